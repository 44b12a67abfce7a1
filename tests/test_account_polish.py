"""Saving while anonymous leads to sign-up first; after it, one message; the
generated username never shows; the account emails are Decliner's, in the
visitor's language; the English account pages are in sentence case."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from messages_app.models import Draft
from tests.factories import PASSWORD, save_fields, walk_wizard
from tests.test_accounts import PREVIEW, SAVE, SIGNUP, sign_up

LOGIN = reverse("account_login")


def _alerts(page: str) -> list[str]:
    return [
        " ".join(re.sub(r"<[^>]+>", " ", alert).split())
        for alert in re.findall(r'<div class="alert[^"]*"[^>]*>(.*?)</div>', page, re.S)
    ]


def _save_anonymously(client, body: str):
    preview = walk_wizard(client)
    return client.post(
        SAVE,
        {
            "subject": preview.context["form"]["subject"].value(),
            "body": body,
            **save_fields(preview),
            "paper": "a4",
        },
    )


def _without_email(text: str, user) -> str:
    # The username allauth generates is the start of the address: only the
    # address itself may show.
    return text.replace(user.email, "<email>")


def test_saving_anonymously_leads_to_one_sign_up_first_page(english_client, seeded):
    response = _save_anonymously(english_client, "Kept while I sign up.")

    assert response["Location"] == f"{SIGNUP}?next=%2Fwrite%2Fpreview%2F"
    page = english_client.get(response["Location"]).text
    assert page.index("Create an account") < page.index("I already have one")
    assert page.index('name="password1"') < page.index("Log in and save")
    assert _alerts(page) == []
    assert Draft.objects.count() == 0
    # The text waits in the session, on the preview.
    assert "Kept while I sign up." in english_client.get(PREVIEW).text


def test_after_sign_up_one_message_and_no_username_anywhere(english_client, seeded, mailoutbox):
    _save_anonymously(english_client, "Saved by signing up.")
    english_client.get(f"{SIGNUP}?next={PREVIEW}")

    response = sign_up(english_client, "nora.benali@example.org", next_url=PREVIEW)

    assert response["Location"] == PREVIEW
    back = english_client.get(PREVIEW).text
    assert _alerts(back) == ["Draft saved. See my history"]
    assert 'href="/history/"' in back
    (draft,) = Draft.objects.all()
    assert draft.body == "Saved by signing up."
    user = get_user_model().objects.get(email="nora.benali@example.org")
    assert user.username and user.username != user.email
    for message in mailoutbox:
        assert user.username not in _without_email(message.subject + message.body, user)
    assert "signed in as" not in back


def test_logging_in_never_names_the_username(english_client, alice):
    page = english_client.post(
        LOGIN, {"login": alice.email, "password": PASSWORD}, follow=True
    ).text
    assert _alerts(page) == ["You are logged in."]
    assert alice.username not in _without_email(page, alice)


@pytest.mark.parametrize(
    ("language", "subject", "words"),
    [
        ("fr", "[Decliner] Votre code de confirmation", "Voici le code qui confirme"),
        ("en", "[Decliner] Your confirmation code", "Here is the code that confirms"),
    ],
)
def test_the_verification_email_is_decliner_s_in_the_visitor_s_language(
    client, db, mailoutbox, language, subject, words
):
    client.post(
        SIGNUP,
        {"email": "ines@example.org", "password1": PASSWORD, "password2": PASSWORD},
        HTTP_ACCEPT_LANGUAGE=language,
    )
    (message,) = mailoutbox
    assert message.subject == subject
    assert words in message.body
    assert "Decliner" in message.body
    assert "testserver" not in message.subject + message.body
    assert re.search(r"^\s*[A-Z0-9]{4}-[A-Z0-9]{4}\s*$", message.body, re.M)


def test_the_already_registered_notice_and_the_reset_link_are_branded_in_french(
    client, alice, mailoutbox
):
    client.post(
        SIGNUP,
        {"email": alice.email, "password1": PASSWORD, "password2": PASSWORD},
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    client.post(
        reverse("account_reset_password"), {"email": alice.email}, HTTP_ACCEPT_LANGUAGE="fr"
    )

    notice, reset = mailoutbox
    assert notice.subject == "[Decliner] Vous avez déjà un compte"
    assert "un compte Decliner avec l’adresse alice@example.org" in notice.body
    assert reset.subject == "[Decliner] Choisir un nouveau mot de passe"
    assert "votre compte Decliner" in reset.body
    for message in (notice, reset):
        assert "testserver" not in message.subject + message.body.split("http://testserver")[0]
        assert alice.username not in _without_email(message.body, alice)


def test_the_english_password_change_page_is_in_sentence_case(alice_client):
    page = alice_client.get(reverse("account_change_password")).text
    assert '<h1 class="h3 mb-3">Change password</h1>' in page
    for label in ("Current password", "New password", "New password (again)"):
        assert re.search(rf"<label[^>]*>\s*{re.escape(label)}", page), label
    assert "Change Password" not in page
    assert "Current Password" not in page


def test_the_french_password_change_page_keeps_its_french_labels(client, alice):
    client.force_login(alice)
    page = client.get(reverse("account_change_password"), HTTP_ACCEPT_LANGUAGE="fr").text
    assert "Mot de passe actuel" in page
    assert "Nouveau mot de passe (confirmation)" in page
