"""Every page of Decliner, reached in one browser page: the list the
accessibility sweep (test_axe_browser.py) checks and `make screenshots`
(bench/screenshots.py) photographs.

`every_page(walker)` opens the visitor pages first (home, the first step
empty and with errors, the CSRF failure page, 404, log in, password reset,
sign up and the code confirmation), then the pages of a signed-in user, whose
session and wizard answers are prepared server-side so the walk does not
depend on how each form is filled in. It needs Django set up, talking to the
database the server uses; `walker.arrived(name)` is called on each page.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from django.conf import settings


class Walker:
    """Opens pages in one Playwright page; subclasses say what to do on each."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.pages: list[str] = []

    def arrived(self, name: str) -> None:
        raise NotImplementedError

    @property
    def base_url(self) -> str:
        match = re.match(r"^https?://[^/]+", self.page.url)
        assert match is not None, self.page.url
        return match.group(0)

    def visit(self, name: str, path: str, *, status: int = 200) -> None:
        response = self.page.goto(path)
        assert response is not None and response.status == status, (name, path, response)
        self._settled(name)

    def submit(self, name: str, form: str, *, status: int) -> None:
        """Send `form` (a selector) as its submit button would, and stay on the answer."""
        with self.page.expect_navigation() as navigation:
            self.page.locator(form).first.evaluate("(form) => form.requestSubmit()")
        response = navigation.value
        assert response is not None and response.status == status, (name, response)
        self._settled(name)

    def add_cookie(self, name: str, value: str) -> None:
        self.page.context.add_cookies([{"name": name, "value": value, "url": self.base_url}])

    def _settled(self, name: str) -> None:
        self.page.wait_for_load_state()
        self.page.wait_for_function("() => !document.querySelector('.htmx-request')")
        self.pages.append(name)
        self.arrived(name)


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


def visitor_pages(walker: Walker, *, newcomer: str) -> None:
    """Pages of someone not logged in; `newcomer` is the address they sign up with."""
    from messages_app import wizard

    walker.visit("home", "/")
    walker.visit("home, text message sample", "/?sample=sms")
    walker.visit("privacy", "/privacy/")
    walker.visit("accessibility", "/accessibility/")
    guide_pages(walker)
    walker.visit("first step, empty", wizard.step_url(wizard.ANSWER_STEPS[0]))
    walker.submit("first step, with errors", "main form", status=200)
    # A token that no longer matches (another tab, an expired session): the
    # CSRF failure page, which shows back what was typed.
    walker.add_cookie(settings.CSRF_COOKIE_NAME, secrets.token_hex(16))
    walker.submit("CSRF failure", "main form", status=403)
    walker.visit("not found (404)", "/no-such-page/", status=404)
    walker.visit("log in", "/accounts/login/")
    walker.visit("password reset", "/accounts/password/reset/")
    walker.visit("password reset sent", "/accounts/password/reset/done/")
    walker.visit("sign up", "/accounts/signup/")
    page = walker.page
    page.fill("input[name='email']", newcomer)
    page.fill("input[name='password1']", "a-long-and-unusual-passphrase-91")
    page.fill("input[name='password2']", "a-long-and-unusual-passphrase-91")
    walker.submit("code confirmation", "main form:has(input[name='password2'])", status=200)
    assert "/accounts/confirm-email/" in page.url, page.url


def member_pages(walker: Walker, *, username: str) -> None:
    """Pages of a signed-in user, `username`, created here with no draft, then three."""
    from django.db.models import F

    from messages_app import wizard
    from messages_app.choices import Channel
    from messages_app.models import Draft, DraftStatus
    from tests.factories import DraftFactory, UserFactory

    user = UserFactory(username=username, email=f"{username}@example.org")
    session = signed_in_session(user)
    walker.add_cookie(settings.SESSION_COOKIE_NAME, session)
    walker.visit("history, empty", "/history/")
    walker.visit("my declines, empty", "/history/insights/")
    walker.visit("my data", "/my-data/")
    walker.visit("email addresses", "/accounts/email/")
    walker.visit("password change", "/accounts/password/change/")
    walker.visit("log out", "/accounts/logout/")

    fill_wizard(session, channel=Channel.EMAIL)
    for step in wizard.ANSWER_STEPS:
        walker.visit(f"step {step}", wizard.step_url(step))
    for channel in Channel:
        fill_wizard(session, channel=channel, invitation_channel=channel)
        walker.visit(f"preview, {channel.value}", wizard.step_url(wizard.STEP_PREVIEW))
        if channel in (Channel.PHONE, Channel.IN_PERSON):
            walker.visit(f"call mode, {channel.value}", "/write/call/")
    # Not sure yet: the choice on step 2, then a request for information.
    fill_wizard(
        session,
        channel=Channel.EMAIL,
        certainty="unsure",
        basis="mixed",
        researched="partly",
        purpose="ask_info",
    )
    walker.visit("step assessment, not sure yet", wizard.step_url(wizard.STEP_ASSESSMENT))
    walker.visit("preview, asking for information", wizard.step_url(wizard.STEP_PREVIEW))
    assert walker.page.url.endswith(wizard.step_url(wizard.STEP_PREVIEW)), walker.page.url
    walker.visit("start again", "/write/reset/")
    walker.visit("write a new message", "/write/new/")

    email = DraftFactory.create(owner=user, company="Nordlicht GmbH")
    phone = DraftFactory.create(owner=user, company="Contoso", channel=Channel.PHONE, subject="")
    DraftFactory.create(
        owner=user, company="Fabrikam", channel=Channel.SMS, subject="", status=DraftStatus.SENT
    )
    walker.visit("history, with drafts", "/history/")
    walker.visit("draft, email", f"/history/{email.pk}/")
    walker.visit("draft, phone", f"/history/{phone.pk}/")
    walker.visit("draft, call mode", f"/history/{phone.pk}/call/")
    walker.visit("draft delete", f"/history/{email.pk}/delete/")
    # The same draft saved meanwhile from another tab: the conflict page.
    walker.visit("draft, before a conflict", f"/history/{email.pk}/")
    Draft.objects.filter(pk=email.pk).update(version=F("version") + 1, body="Saved elsewhere.")
    walker.submit("draft conflict", f"form[action='/history/{email.pk}/update/']", status=409)
    after_sending_pages(walker, user)


def guide_pages(walker: Walker) -> None:
    """The guide: its index, a search with and without results, pages with
    lists, anchors and quotes."""
    walker.visit("guide", "/guide/")
    walker.visit("guide search", "/guide/?q=voicemail")
    walker.visit("guide search, nothing found", "/guide/?q=zzzz")
    walker.visit("guide, choosing the channel", "/guide/choosing-the-channel/")
    walker.visit("guide, scenarios", "/guide/scenarios/")
    walker.visit("guide, FAQ", "/guide/faq/")


def after_sending_pages(walker: Walker, user: Any) -> None:
    """A sent email draft with the recruiter's "why?" and "can we call?"
    recorded: the thread, the call they asked for, deleting a reaction, the
    reflection (empty, then refused with an over-long answer) and My declines."""
    from messages_app import reaction_services
    from messages_app.choices import Channel, Reaction, ReasonKey
    from messages_app.limits import REFLECTION_MAX
    from messages_app.models import DraftStatus, Reflection
    from tests.factories import DraftFactory, wizard_answers

    sent = DraftFactory.create(
        owner=user,
        company="Initech",
        status=DraftStatus.SENT,
        answers=wizard_answers(company="Initech", reasons=[ReasonKey.LOCATION]),
    )
    walker.visit("draft, sent", f"/history/{sent.pk}/")
    reaction_services.reaction_record(
        draft=sent, reaction=Reaction.WHY, their_message="Could you tell us why?"
    )
    call = reaction_services.reaction_record(
        draft=sent, reaction=Reaction.CALL, their_message="Can we talk on the phone?"
    )
    walker.visit("draft, with their reactions", f"/history/{sent.pk}/")
    walker.visit("their call, call mode", f"/history/{sent.pk}/reactions/{call.pk}/call/")
    walker.visit("reaction delete", f"/history/{sent.pk}/reactions/{call.pk}/delete/")
    walker.visit("reflection", f"/history/{sent.pk}/reflection/")
    walker.page.fill("textarea[name='lessons']", "x" * (REFLECTION_MAX + 1))
    walker.submit("reflection, too long", "main form[method='post']", status=400)
    Reflection.objects.create(draft=sent, change_of_mind="A shorter commute.")
    for i, reason in enumerate([ReasonKey.CULTURE, ReasonKey.CAREER_GOALS, ReasonKey.LOCATION]):
        DraftFactory.create(
            owner=user,
            company=f"Globex {i}",
            channel=Channel.PHONE if i else Channel.EMAIL,
            answers=wizard_answers(reasons=[reason]),
        )
    walker.visit("my declines", "/history/insights/")


def every_page(walker: Walker, *, person: str = "alice") -> None:
    """The whole walk; `person` names the accounts it creates (unique per database)."""
    visitor_pages(walker, newcomer=f"{person}.newcomer@example.org")
    member_pages(walker, username=person)
