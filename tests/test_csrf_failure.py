"""The page shown when a form is refused for its CSRF token.

A form forged by another site must never come back as a form the user can
send with one click (that turned a cross-site POST into an account takeover);
what was typed is shown to read and copy. Only our own wizard and draft forms,
sent from our own page after the token merely changed (a login in another
tab), are offered again.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from messages_app import wizard
from tests.clients import FormClient
from tests.factories import wizard_answers

EVIL = "https://evil.example"
OURS = "http://testserver"


class FormReader(HTMLParser):
    """The forms of a page, with their method and fields, as a browser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append(
                {
                    "method": (attributes.get("method") or "get").lower(),
                    "action": attributes.get("action"),
                    "fields": [],
                }
            )
        elif tag == "input" and self.forms and attributes.get("name"):
            self.forms[-1]["fields"].append((attributes["name"], attributes.get("value") or ""))


def forms_of(html: str) -> list[dict]:
    reader = FormReader()
    reader.feed(html)
    return reader.forms


def resend_forms(html: str) -> list[dict]:
    """POST forms that carry a CSRF token: what one click could send."""
    return [
        form
        for form in forms_of(html)
        if form["method"] == "post" and any(n == "csrfmiddlewaretoken" for n, _ in form["fields"])
    ]


def victim(client: FormClient, user) -> FormClient:
    """A logged-in browser, with a CSRF cookie as after any page view."""
    client.force_login(user)
    client.get(reverse("messages_app:home"))
    return client


def state_changing_urls(draft_pk: int) -> list[str]:
    history = [
        reverse(f"messages_app:{name}", args=[draft_pk])
        for name in (
            "draft_update",
            "draft_edit",
            "draft_duplicate",
            "draft_delete",
            "draft_mark_sent",
            "draft_mark_reply",
            "reaction_add",
            "draft_reflection",
        )
    ]
    steps = [wizard.step_url(step) for step in wizard.STEP_NAMES]
    return [
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/password/set/",
        "/accounts/password/reset/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/logout/",
        reverse("messages_app:account_delete"),
        reverse("messages_app:wizard_reset"),
        reverse("messages_app:wizard_new"),
        reverse("messages_app:draft_save"),
        reverse("messages_app:preview_pdf"),
        *history,
        *steps,
        "/i18n/setlang/",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("headers", ["evil origin", "evil referer", "no origin nor referer"])
def test_a_forged_cross_site_post_is_never_offered_again(alice, alice_draft, headers):
    """Every state-changing URL, as a page on another site would post to it."""
    client = victim(FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en"), alice)
    extra = {
        "evil origin": {"HTTP_ORIGIN": EVIL},
        "evil referer": {"HTTP_REFERER": f"{EVIL}/prize.html"},
        "no origin nor referer": {},
    }[headers]
    forged = {"email": "mallory@evil.test", "action_add": "", "csrfmiddlewaretoken": "B" * 32}

    for url in state_changing_urls(alice_draft.pk):
        response = client.post(url, forged, **extra)

        assert response.status_code == 403, url
        assert resend_forms(response.text) == [], url
        assert "csrfmiddlewaretoken" not in response.text, url
        assert "mallory@evil.test" in response.text, url  # shown, to read
    alice.refresh_from_db()
    assert list(alice.emailaddress_set.values_list("email", flat=True)) == ["alice@example.org"]


@pytest.mark.django_db
def test_a_rotated_token_on_an_account_page_is_shown_not_resent(alice):
    """Even from our own page: account changes are typed again, never resent."""
    client = victim(FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en"), alice)

    for url in ("/accounts/email/", reverse("messages_app:account_delete")):
        response = client.post(
            url, {"email": "new@example.org", "csrfmiddlewaretoken": "B" * 32}, HTTP_ORIGIN=OURS
        )

        assert response.status_code == 403
        assert resend_forms(response.text) == []
        assert "new@example.org" in response.text


@pytest.mark.django_db
def test_a_rotated_token_on_a_wizard_step_resends_it_with_nothing_lost(seeded):
    """Logged in in another tab: the step's form comes back with a fresh token."""
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    client.get(wizard.step_url(wizard.STEP_SITUATION))
    answers = wizard_answers(company="Nothing-Lost SARL", position="Data analyst")
    typed = dict(wizard.STEPS_BY_NAME[wizard.STEP_SITUATION].raw_for(answers))
    typed[f"{wizard.PREFIX}-current_step"] = wizard.STEP_SITUATION

    refused = client.post(
        wizard.step_url(wizard.STEP_SITUATION),
        {**typed, "csrfmiddlewaretoken": "B" * 32},
        HTTP_ORIGIN=OURS,
    )

    assert refused.status_code == 403
    assert "Nothing is lost" in refused.text
    [form] = resend_forms(refused.text)
    assert form["action"] == wizard.step_url(wizard.STEP_SITUATION)
    again = client.post(form["action"], _as_post(form["fields"]), HTTP_ORIGIN=OURS)
    assert again.status_code == 302
    assert again["Location"] == wizard.step_url(wizard.STEP_ASSESSMENT)
    page = client.get(wizard.step_url(wizard.STEP_SITUATION))
    assert 'value="Nothing-Lost SARL"' in page.text


def _as_post(fields: list[tuple[str, str]]) -> dict[str, list[str]]:
    data: dict[str, list[str]] = {}
    for name, value in fields:
        data.setdefault(name, []).append(value)
    return data


@pytest.mark.django_db
def test_the_page_shows_the_posted_text_back_escaped():
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    typed = "Dear Ms <b>Martin</b>,\nThank you <script>alert('x')</script> & goodbye"

    response = client.post("/accounts/signup/", {"email": typed}, HTTP_ORIGIN=EVIL)

    assert response.status_code == 403
    assert "This page had expired" in response.text
    assert "Dear Ms &lt;b&gt;Martin&lt;/b&gt;," in response.text
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; goodbye" in response.text
    assert "<script>alert" not in response.text


@pytest.mark.django_db
def test_the_page_never_writes_passwords_back():
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")

    response = client.post(
        "/accounts/signup/",
        {"email": "bob@example.com", "password1": "Tr0ub4dor&3x", "password2": "Tr0ub4dor&3x"},
        HTTP_ORIGIN=OURS,
    )

    assert response.status_code == 403
    assert "bob@example.com" in response.text
    assert "Tr0ub4dor" not in response.text


@pytest.mark.django_db
def test_the_page_speaks_french_to_a_french_visitor():
    client = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="fr")

    response = client.post("/accounts/login/", {"login": "x@example.org"}, HTTP_ORIGIN=EVIL)

    assert '<html lang="fr">' in response.text
    assert "This page had expired" not in response.text
