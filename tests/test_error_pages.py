"""400, 404 and refused uploads: branded pages in the visitor's language that
cannot fail, with a way back (home, and the history when logged in)."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from messages_app import wizard
from tests.clients import FormClient

FORM_LATIN1 = "application/x-www-form-urlencoded; charset=latin-1"


@pytest.mark.django_db
@pytest.mark.parametrize("charset", ["latin-1", "utf-16"])
@pytest.mark.parametrize("url", [wizard.step_url(wizard.STEP_SITUATION), "/accounts/login/"])
def test_a_form_body_in_another_charset_is_a_400_not_a_500(url, charset):
    client = FormClient(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")

    response = client.post(
        url,
        "decline_wizard-current_step=situation&situation-company=Caf%E9",
        content_type=f"application/x-www-form-urlencoded; charset={charset}",
    )

    assert response.status_code == 400
    assert '<html lang="en">' in response.text
    assert "This request could not be read" in response.text
    assert 'href="/"' in response.text


@pytest.mark.django_db
def test_the_400_page_speaks_french_to_a_french_visitor():
    client = FormClient(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="fr")

    response = client.post("/accounts/login/", "login=x", content_type=FORM_LATIN1)

    assert response.status_code == 400
    assert '<html lang="fr">' in response.text
    assert "This request could not be read" not in response.text


@pytest.mark.django_db
def test_an_upload_is_refused_before_anything_reads_it(tmp_path):
    client = FormClient(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE="en")
    upload = tmp_path / "big.bin"
    upload.write_bytes(b"x" * (3 * 1024 * 1024))

    with upload.open("rb") as handle:
        # Django's own client sends a dict as multipart, files included.
        response = FormClient.__mro__[1].post(
            client,
            wizard.step_url(wizard.STEP_SITUATION),
            {"decline_wizard-current_step": "situation", "file": handle},
        )

    assert response.status_code == 400
    assert "This request could not be read" in response.text
    assert client.session.get(wizard.SESSION_KEY) is None


@pytest.mark.django_db
def test_an_unknown_page_is_a_branded_404_in_the_visitors_language():
    english = FormClient(HTTP_ACCEPT_LANGUAGE="en").get("/no-such-page/")
    french = FormClient(HTTP_ACCEPT_LANGUAGE="fr").get("/no-such-page/")

    assert english.status_code == french.status_code == 404
    assert "Page not found" in english.text
    assert '<html lang="fr">' in french.text
    assert "Page not found" not in french.text
    assert "Decliner" in english.text
    assert reverse("messages_app:history") not in english.text


def test_a_stranger_opening_someone_elses_draft_gets_the_branded_404_with_the_history_link(
    bob_client, alice_draft
):
    response = bob_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))

    assert response.status_code == 404
    assert "Page not found" in response.text
    assert alice_draft.company not in response.text
    assert f'href="{reverse("messages_app:history")}"' in response.text


@pytest.mark.parametrize(
    ("template", "heading", "message"),
    [
        ("errors/400.html", "This request could not be read", "nothing was changed"),
        ("errors/403.html", "Access refused", "log in again and retry"),
        ("errors/404.html", "Page not found", "Check the address"),
        ("errors/500.html", "Something went wrong on our side", "Please go back and try again"),
        ("errors/503.html", "Decliner is temporarily unavailable", "Nothing you typed"),
    ],
)
def test_each_error_page_renders_its_own_heading_and_message_with_a_way_back(
    template, heading, message
):
    # Rendered directly: the view's last-resort page would hide a broken template.
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        html = render_to_string(template, {"LANGUAGE_CODE": "en", "logged_in": True})

    page = " ".join(html.split())
    assert re.search(rf'<h1 class="h3"> ?{re.escape(heading)} ?</h1> <p> ?[^<]*{message}', page)
    assert 'href="/"' in html
    assert 'href="/history/"' in html
