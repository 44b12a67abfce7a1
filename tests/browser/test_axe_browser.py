"""An automated accessibility sweep: axe-core (the npm devDependency, pinned
in package-lock.json) run in real Chromium over every page of Decliner, in
French and English, in the light and the dark colour theme; no WCAG 2.1 A/AA
violation is allowed.

axe is injected with `page.add_script_tag(path=...)`, an inline script the
site's strict Content-Security-Policy refuses: the sweep's pages are opened
with Playwright's `bypass_csp=True` (the CSP itself is tested elsewhere,
tests/test_security.py). The dark theme is the system preference
(`page.emulate_media(color_scheme="dark")`), which theme.js follows when no
choice is stored.

One page per language and theme walks every page (a fresh live-server
database each): visitor pages first, then those of a signed-in user, whose
session is prepared server-side so the sweep does not depend on how each form
is filled in.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

pytestmark = pytest.mark.browser

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const result = await axe.run(document, { runOnly: { type: "tag", values: tags } });
  return result.violations.map((rule) => ({
    id: rule.id,
    impact: rule.impact,
    help: rule.help,
    targets: rule.nodes.map((node) => node.target.join(" ")),
    detail: [...rule.nodes[0].any, ...rule.nodes[0].all, ...rule.nodes[0].none]
      .map((check) => check.message).join(" "),
  }));
}"""


class Sweep:
    """Runs axe on each page reached and keeps a readable line per violation."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.pages: list[str] = []
        self.violations: list[str] = []

    def visit(self, name: str, path: str, *, status: int = 200) -> None:
        response = self.page.goto(path)
        assert response is not None and response.status == status, (name, path, response)
        self.check(name)

    def submit(self, name: str, form: str, *, status: int) -> None:
        """Send `form` (a selector) as its submit button would, and check the answer."""
        with self.page.expect_navigation() as navigation:
            self.page.locator(form).first.evaluate("(form) => form.requestSubmit()")
        response = navigation.value
        assert response is not None and response.status == status, (name, response)
        self.check(name)

    def check(self, name: str) -> None:
        page = self.page
        page.wait_for_load_state()
        page.wait_for_function("() => !document.querySelector('.htmx-request')")
        page.add_script_tag(path=str(AXE))
        where = re.sub(r"^https?://[^/]+", "", page.url)
        self.pages.append(name)
        for rule in page.evaluate(RUN_AXE, TAGS):
            targets = "; ".join(rule["targets"][:5])
            self.violations.append(
                f"{name} ({where}): {rule['id']} [{rule['impact']}] {rule['help']} "
                f"→ {targets} ({rule['detail']})"
            )


def signed_in_session(user: Any) -> str:
    """The key of a server-side session where `user` is logged in."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


def fill_wizard(session_key: str, **answers: Any) -> None:
    """Give that session's wizard a complete set of answers."""
    from django.contrib.sessions.backends.db import SessionStore
    from django.test import RequestFactory

    from messages_app import wizard
    from tests.factories import wizard_answers

    request = RequestFactory().get("/")
    request.session = SessionStore(session_key)
    wizard.restore_wizard(request, wizard_answers(**answers))
    request.session.save()


def visitor_pages(sweep: Sweep, context: Any) -> None:
    from messages_app import wizard

    first = wizard.step_url(wizard.ANSWER_STEPS[0])
    sweep.visit("home", "/")
    sweep.visit("first step, empty", first)
    sweep.submit("first step, with errors", "main form", status=200)
    # A token that no longer matches (another tab, an expired session): the
    # CSRF failure page, which shows back what was typed.
    stale = secrets.token_hex(16)
    context.add_cookies(
        [{"name": settings.CSRF_COOKIE_NAME, "value": stale, "url": sweep_url(sweep)}]
    )
    sweep.submit("CSRF failure", "main form", status=403)
    sweep.visit("not found (404)", "/no-such-page/", status=404)
    sweep.visit("log in", "/accounts/login/")
    sweep.visit("password reset", "/accounts/password/reset/")
    sweep.visit("password reset sent", "/accounts/password/reset/done/")
    sweep.visit("sign up", "/accounts/signup/")
    page = sweep.page
    page.fill("input[name='email']", "new.person@example.org")
    page.fill("input[name='password1']", "a-long-and-unusual-passphrase-91")
    page.fill("input[name='password2']", "a-long-and-unusual-passphrase-91")
    sweep.submit("code confirmation", "main form:has(input[name='password2'])", status=200)
    assert "/accounts/confirm-email/" in page.url, page.url


def sweep_url(sweep: Sweep) -> str:
    match = re.match(r"^https?://[^/]+", sweep.page.url)
    assert match is not None
    return match.group(0)


def member_pages(sweep: Sweep, context: Any) -> None:
    from django.db.models import F

    from messages_app import wizard
    from messages_app.choices import Channel
    from messages_app.models import Draft
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    session = signed_in_session(alice)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": sweep_url(sweep)}]
    )
    sweep.visit("history, empty", "/history/")
    sweep.visit("my data", "/my-data/")
    sweep.visit("email addresses", "/accounts/email/")
    sweep.visit("password change", "/accounts/password/change/")
    sweep.visit("log out", "/accounts/logout/")

    fill_wizard(session, channel=Channel.EMAIL)
    for step in wizard.ANSWER_STEPS:
        sweep.visit(f"step {step}", wizard.step_url(step))
    for channel in Channel:
        fill_wizard(session, channel=channel, invitation_channel=channel)
        sweep.visit(f"preview, {channel.value}", wizard.step_url(wizard.STEP_PREVIEW))
    sweep.visit("start again", "/write/reset/")
    sweep.visit("write a new message", "/write/new/")

    email = DraftFactory.create(owner=alice, company="Nordlicht GmbH")
    phone = DraftFactory.create(owner=alice, company="Contoso", channel=Channel.PHONE, subject="")
    DraftFactory.create(owner=alice, company="Fabrikam", channel=Channel.SMS, subject="")
    sweep.visit("history, with drafts", "/history/")
    sweep.visit("draft, email", f"/history/{email.pk}/")
    sweep.visit("draft, phone", f"/history/{phone.pk}/")
    sweep.visit("draft delete", f"/history/{email.pk}/delete/")
    # The same draft saved meanwhile from another tab: the conflict page.
    sweep.visit("draft, before a conflict", f"/history/{email.pk}/")
    Draft.objects.filter(pk=email.pk).update(version=F("version") + 1, body="Saved elsewhere.")
    sweep.submit("draft conflict", f"form[action='/history/{email.pk}/update/']", status=409)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_every_page_has_no_wcag_violation(page_factory, locale, scheme):
    page = page_factory(locale=locale, bypass_csp=True)
    page.emulate_media(color_scheme=scheme)
    sweep = Sweep(page)

    visitor_pages(sweep, page.context)
    member_pages(sweep, page.context)

    assert page.evaluate("document.documentElement.dataset.bsTheme") == scheme
    assert len(sweep.pages) >= 30, sweep.pages
    assert sweep.violations == [], (
        f"{len(sweep.violations)} axe violation(s) ({locale}, {scheme}):\n"
        + "\n".join(sweep.violations)
    )
    # The 403, 404 and 409 pages are reached on purpose; nothing else may fail.
    expected = re.compile(r"Failed to load resource: .* status of (403|404|409)")
    assert [problem for problem in page_factory.problems if not expected.search(problem)] == []
