"""Accounts: login, signup, logout, password reset, throttling, your data, and
saving a draft from the preview (including when logging in midway)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from messages_app import wizard
from messages_app.models import Draft
from tests.clients import FormClient
from tests.factories import (
    PASSWORD,
    DraftFactory,
    UserFactory,
    post_wizard_step,
    save_fields,
    walk_wizard,
    wizard_answers,
)

LOGIN = reverse("account_login")
SIGNUP = reverse("account_signup")
LOGOUT = reverse("account_logout")
RESET = reverse("account_reset_password")
SAVE = reverse("messages_app:draft_save")
PREVIEW = wizard.step_url(wizard.STEP_PREVIEW)
BASE_DIR = Path(settings.BASE_DIR)


CONFIRM_CODE = reverse("account_email_verification_sent")


def verification_code(message) -> str:
    """The code of a verification email (allauth's `XXXX-XXXX`)."""
    import re

    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.M)
    assert match, "no code in the email"
    return match.group(1)


def sign_up(client, email: str, *, next_url: str = "") -> object:
    """Sign up, then type the emailed code in the same tab, as a person does.
    Returns the answer to the code."""
    data = {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    if next_url:
        data["next"] = next_url
    response = client.post(SIGNUP, data)
    assert response.status_code == 302, response.text
    code = verification_code(mail.outbox[-1])
    return client.post(response["Location"], {"code": code})


def _save(client, preview, *, subject="", body="My own words, edited on the preview."):
    return client.post(
        SAVE,
        {
            "subject": subject or preview.context["form"]["subject"].value(),
            "body": body,
            **save_fields(preview),
            "paper": "a4",
        },
    )


# --- pages in both languages -------------------------------------------------


# allauth ships the French for its own form labels; our layout wraps them.
@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["Adresse e-mail", 'lang="fr"']),
        ("en", ["Email address", 'lang="en"']),
    ],
)
@pytest.mark.parametrize("url", [LOGIN, SIGNUP, RESET])
def test_account_pages_use_the_site_layout_in_both_languages(client, db, url, language, expected):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    for text in expected:
        assert text in response.text
    # The site's own header and stylesheet, not allauth's bare layout.
    assert "css/decliner.css" in response.text
    assert "form-control" in response.text


@pytest.mark.parametrize("name", ["account_email", "account_change_password", "account_logout"])
def test_account_management_pages_render_for_a_logged_in_user(alice_client, name):
    response = alice_client.get(reverse(name))
    assert response.status_code == 200
    assert "css/decliner.css" in response.text
    assert "alice@example.org" in response.text


# --- login, logout, sessions -------------------------------------------------------


def test_login_with_email_and_password_leads_to_the_history(english_client, alice):
    response = english_client.post(LOGIN, {"login": alice.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:history")
    assert english_client.get(reverse("messages_app:history")).status_code == 200


def test_wrong_password_is_refused_with_a_message(english_client, alice):
    response = english_client.post(LOGIN, {"login": alice.email, "password": "nope"})
    assert response.status_code == 200
    assert "not correct" in response.text


def test_session_key_rotates_on_login(english_client, alice):
    english_client.get(LOGIN)
    session = english_client.session
    session["visited"] = True
    session.save()
    before = session.session_key
    english_client.post(LOGIN, {"login": alice.email, "password": PASSWORD})
    after = english_client.session.session_key
    assert after and after != before
    assert english_client.session.get("visited") is True


def test_logout_needs_a_post_and_kills_the_old_session(english_client, alice):
    english_client.post(LOGIN, {"login": alice.email, "password": PASSWORD})
    old_cookie = english_client.cookies[settings.SESSION_COOKIE_NAME].value
    # GET shows a confirmation and changes nothing.
    assert english_client.get(LOGOUT).status_code == 200
    assert english_client.get(reverse("messages_app:history")).status_code == 200
    english_client.post(LOGOUT)
    assert english_client.get(reverse("messages_app:history")).status_code == 302
    # Replaying the old cookie from another browser does not bring the session back.
    thief = FormClient()
    thief.cookies[settings.SESSION_COOKIE_NAME] = old_cookie
    response = thief.get(reverse("messages_app:history"))
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_signup_logs_in_once_the_emailed_code_is_typed(english_client, db):
    response = english_client.post(
        SIGNUP,
        {"email": "carol@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="carol@example.org").exists()
    # Not in before the address is confirmed.
    assert english_client.get(reverse("messages_app:history")).status_code == 302
    (message,) = mail.outbox
    assert message.to == ["carol@example.org"]
    page = english_client.get(response["Location"])
    assert page.status_code == 200
    english_client.post(response["Location"], {"code": "WRONG-CODE"})
    assert english_client.get(reverse("messages_app:history")).status_code == 302

    english_client.post(response["Location"], {"code": verification_code(message)})

    assert english_client.get(reverse("messages_app:history")).status_code == 200
    from allauth.account.models import EmailAddress

    assert EmailAddress.objects.get(email="carol@example.org").verified


def test_signup_answers_the_same_for_a_known_and_an_unknown_email(db, alice):
    known = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
        SIGNUP, {"email": "ALICE@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )
    unknown = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
        SIGNUP, {"email": "nobody@example.org", "password1": PASSWORD, "password2": PASSWORD}
    )

    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert "already" not in known.text.lower()
    # The owner of the known address is told by email, not the visitor on the page.
    assert sorted(message.to[0].lower() for message in mail.outbox) == [
        "alice@example.org",
        "nobody@example.org",
    ]
    assert get_user_model().objects.filter(email__iexact="alice@example.org").count() == 1


# --- throttling ------------------------------------------------------------------------


def test_repeated_failed_logins_are_refused_even_with_the_right_password(db, alice):
    # Each attempt from a new client: a new session, as a script would do.
    for _ in range(5):
        response = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
            LOGIN, {"login": alice.email, "password": "wrong"}
        )
        assert "not correct" in response.text
    response = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
        LOGIN, {"login": alice.email, "password": PASSWORD}
    )
    assert "Too many failed login attempts" in response.text
    assert "_auth_user_id" not in response.wsgi_request.session


def test_failed_logins_for_one_account_do_not_lock_out_another(db, alice, bob):
    for _ in range(5):
        FormClient().post(LOGIN, {"login": alice.email, "password": "wrong"})
    response = FormClient().post(LOGIN, {"login": bob.email, "password": PASSWORD})
    assert response.status_code == 302


def test_login_throttle_counts_live_in_the_database_cache_every_process_shares(db, alice):
    """The failures are counted in the default cache, not in the process: with
    the database cache (the default), every server process sees the same
    counts. Clearing that cache lifts the throttle."""
    from django.core.cache import cache

    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert "login_failed" in settings.ACCOUNT_RATE_LIMITS
    for _ in range(5):
        FormClient(HTTP_ACCEPT_LANGUAGE="en").post(LOGIN, {"login": alice.email, "password": "x"})
    throttled = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
        LOGIN, {"login": alice.email, "password": PASSWORD}
    )
    assert "Too many failed login attempts" in throttled.text

    cache.clear()

    assert FormClient().post(LOGIN, {"login": alice.email, "password": PASSWORD}).status_code == 302


CROSS_PROCESS_SCRIPT = textwrap.dedent(
    """
    import sys

    import django


    def attempt(email, password):
        from tests.clients import FormClient

        response = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
            "/accounts/login/", {"login": email, "password": password}
        )
        if response.status_code == 302:
            return "LOGGED_IN"
        if b"Too many failed login attempts" in response.content:
            return "THROTTLED"
        return "REFUSED"


    def main():
        django.setup()
        from django.core.management import call_command
        from django.test import override_settings

        # The throttle does not depend on the hasher: a fast one saves seconds.
        with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
            if sys.argv[1] == "first":
                call_command("migrate", "--noinput", verbosity=0)
                call_command("createcachetable")
                from tests.factories import UserFactory

                UserFactory(username="dana", email="dana@example.org")
                UserFactory(username="eve", email="eve@example.org")
                outcomes = [attempt("dana@example.org", "wrong") for _ in range(3)]
            else:
                outcomes = [attempt("dana@example.org", "wrong") for _ in range(2)]
                outcomes.append(attempt("dana@example.org", sys.argv[2]))
                outcomes += [attempt("eve@example.org", "wrong") for _ in range(2)]
                outcomes.append(attempt("eve@example.org", sys.argv[2]))
        print(" ".join(outcomes))


    # The guard matters: the PDF worker process is started with "spawn",
    # which re-imports the main module.
    if __name__ == "__main__":
        main()
    """
)


def _run(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.slow
def test_failed_logins_are_counted_across_server_processes(tmp_path):
    """Two separate Python processes (as two gunicorn workers would be) share
    one database cache: failures counted in one throttle logins in the other."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "decliner.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        "CACHE_URL": "dbcache://decliner_cache",
        "PYTHONPATH": str(BASE_DIR),
    }
    script = tmp_path / "attempts.py"
    script.write_text(CROSS_PROCESS_SCRIPT)

    first = _run(env, str(script), "first").split()
    second = _run(env, str(script), "second", PASSWORD).split()

    assert first == ["REFUSED"] * 3
    # Only 2 of dana's failures happened in the second process, but the shared
    # count is 5. Control: eve, with only this process's 2 failures, gets in.
    assert second == ["REFUSED", "REFUSED", "THROTTLED", "REFUSED", "REFUSED", "LOGGED_IN"]


# --- password reset ------------------------------------------------------------------


def test_password_reset_answers_the_same_for_known_and_unknown_emails(db, alice):
    known = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(RESET, {"email": alice.email}, follow=True)
    unknown = FormClient(HTTP_ACCEPT_LANGUAGE="en").post(
        RESET, {"email": "nobody@example.org"}, follow=True
    )
    assert known.redirect_chain == unknown.redirect_chain
    assert known.status_code == unknown.status_code == 200

    def page(response):
        return response.text.replace(str(response.context["csrf_token"]), "")

    assert page(known) == page(unknown)
    # The account holder gets a reset link; the unknown address only a notice.
    assert [m.to for m in mail.outbox] == [[alice.email], ["nobody@example.org"]]
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body


def test_password_reset_requests_are_throttled(db, alice):
    client = FormClient(HTTP_ACCEPT_LANGUAGE="en")
    responses = [client.post(RESET, {"email": alice.email}) for _ in range(6)]
    assert [r.status_code for r in responses[:5]] == [302] * 5
    assert responses[5].status_code != 302
    assert len(mail.outbox) == 5


def test_password_reset_by_link_sets_a_new_password(english_client, alice):
    english_client.post(RESET, {"email": alice.email})
    link = next(line for line in mail.outbox[0].body.splitlines() if "/password/reset/key/" in line)
    path = link[link.index("/accounts/") :].strip()
    form_page = english_client.get(path, follow=True)
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else path
    new_password = "a-brand-new-passphrase-77"
    response = english_client.post(action, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    assert FormClient().login(username=alice.username, password=new_password)


# --- saving from the preview -------------------------------------------------------


def test_saving_from_the_preview_while_logged_in_saves_one_draft(alice_client, seeded):
    preview = walk_wizard(alice_client)
    response = _save(alice_client, preview, body="Text as edited on screen.")
    assert response.status_code == 302
    assert response["Location"] == PREVIEW
    draft = Draft.objects.get(owner__email="alice@example.org")
    assert draft.body == "Text as edited on screen."
    assert draft.company == "Acme Robotics"
    assert draft.answers["sender_name"] == "Alice Durand"
    back = alice_client.get(PREVIEW)
    assert "Draft saved." in back.text
    assert "See my history" in back.text
    assert "Text as edited on screen." in back.text


def test_double_submit_saves_one_draft(alice_client, seeded):
    preview = walk_wizard(alice_client)
    _save(alice_client, preview, body="Once")
    _save(alice_client, preview, body="Once")
    assert Draft.objects.count() == 1


def test_saving_again_after_more_edits_updates_the_same_draft(alice_client, seeded):
    preview = walk_wizard(alice_client)
    _save(alice_client, preview, body="First version")
    _save(alice_client, alice_client.get(PREVIEW), body="Second version")
    draft = Draft.objects.get()
    assert (draft.body, draft.version) == ("Second version", 2)


def test_get_on_the_save_address_writes_nothing(alice_client, seeded):
    walk_wizard(alice_client)
    response = alice_client.get(SAVE)
    assert response.status_code == 302
    assert response["Location"] == PREVIEW
    assert Draft.objects.count() == 0


def test_a_tampered_save_is_a_clear_400_and_shows_the_text(alice_client, seeded):
    walk_wizard(alice_client)
    response = alice_client.post(
        SAVE, {"subject": "S", "body": "My precious text", "submission_id": "not-a-uuid"}
    )
    assert response.status_code == 400
    assert "My precious text" in response.text
    assert Draft.objects.count() == 0


def test_saving_after_the_session_expired_shows_the_text_back(alice_client, seeded):
    response = alice_client.post(
        SAVE,
        {
            "subject": "S",
            "body": "Typed before the session expired",
            "submission_id": "0b0d5d8e-4a3b-4c39-9f4e-1d2a3b4c5d6e",
        },
    )
    assert response.status_code == 400
    assert "Typed before the session expired" in response.text
    assert "no longer here" in response.text


def test_anonymous_save_then_login_comes_back_to_the_preview_with_one_saved_draft(
    english_client, alice, seeded
):
    answers = wizard_answers(company="Initech", position="Tester", sender_name="Alice D.")
    preview = walk_wizard(english_client, answers)
    response = _save(english_client, preview, body="Edited before logging in.")
    assert response.status_code == 302
    assert response["Location"] == f"{SIGNUP}?next=%2Fwrite%2Fpreview%2F"
    assert Draft.objects.count() == 0
    # A second click while still anonymous changes nothing either.
    _save(english_client, preview, body="Edited before logging in.")

    # Sign-up first; "I already have one" leads to the login.
    signup_page = english_client.get(response["Location"])
    assert "Save your draft" in signup_page.text
    assert f'href="{LOGIN}?next=%2Fwrite%2Fpreview%2F"' in signup_page.text
    login_page = english_client.get(f"{LOGIN}?next=%2Fwrite%2Fpreview%2F")
    assert "Log in to save your draft." in login_page.text
    after = english_client.post(
        LOGIN, {"login": alice.email, "password": PASSWORD, "next": PREVIEW}
    )
    assert after.status_code == 302
    assert after["Location"] == PREVIEW

    (draft,) = Draft.objects.filter(owner=alice)
    assert draft.body == "Edited before logging in."
    assert (draft.company, draft.position) == ("Initech", "Tester")
    assert {k: draft.answers[k] for k in answers} == {
        k: v for k, v in answers.items() if k != "interview_date"
    } | {"interview_date": None}
    back = english_client.get(PREVIEW)
    assert "Edited before logging in." in back.text
    assert "Draft saved." in back.text
    assert "Update my saved draft" in back.text
    # Replaying the login (back button, resubmit) does not save a second draft.
    english_client.post(LOGIN, {"login": alice.email, "password": PASSWORD, "next": PREVIEW})
    assert Draft.objects.filter(owner=alice).count() == 1


def test_anonymous_save_then_signup_and_code_saves_exactly_one_draft(english_client, seeded):
    preview = walk_wizard(english_client)
    _save(english_client, preview, body="Saved by signing up.")
    assert Draft.objects.count() == 0

    response = sign_up(english_client, "frank@example.org", next_url=PREVIEW)

    assert response.status_code == 302
    assert response["Location"] == PREVIEW
    (draft,) = Draft.objects.all()
    assert draft.owner.email == "frank@example.org"
    assert draft.body == "Saved by signing up."
    back = english_client.get(PREVIEW)
    assert "Saved by signing up." in back.text
    assert "Draft saved." in back.text


def test_signing_up_midway_through_the_wizard_keeps_every_answer(english_client, seeded):
    answers = wizard_answers(company="Umbrella", position="Chemist", notes="My private notes")
    post_wizard_step(english_client, wizard.STEP_SITUATION, answers)
    post_wizard_step(english_client, wizard.STEP_ASSESSMENT, answers)
    sign_up(english_client, "gina@example.org")
    situation = english_client.get(wizard.step_url(wizard.STEP_SITUATION))
    assert 'value="Umbrella"' in situation.text
    assert "My private notes" in english_client.get(wizard.step_url(wizard.STEP_ASSESSMENT)).text
    post_wizard_step(english_client, wizard.STEP_CHANNEL, answers)
    post_wizard_step(english_client, wizard.STEP_STRUCTURE, answers)
    preview = english_client.get(PREVIEW)
    assert "Umbrella" in preview.text
    _save(english_client, preview, body="Finished after signing up.")
    (draft,) = Draft.objects.all()
    assert draft.owner.email == "gina@example.org"
    assert (draft.company, draft.answers["notes"]) == ("Umbrella", "My private notes")


def test_a_form_posted_after_logging_in_elsewhere_comes_back_with_its_text(alice, seeded):
    browser = FormClient(enforce_csrf_checks=True, HTTP_ACCEPT_LANGUAGE="en")
    browser.get(LOGIN)
    token = browser.cookies[settings.CSRF_COOKIE_NAME].value
    # Another tab logs in, which rotates the CSRF token.
    browser.post(LOGIN, {"login": alice.email, "password": PASSWORD, "csrfmiddlewaretoken": token})
    response = browser.post(
        SAVE,
        {
            "csrfmiddlewaretoken": "x" * 64,
            "body": "Words typed in the stale tab",
            "submission_id": "0b0d5d8e-4a3b-4c39-9f4e-1d2a3b4c5d6e",
        },
    )
    assert response.status_code == 403
    assert "Words typed in the stale tab" in response.text
    assert Draft.objects.count() == 0


# --- editing and duplicating through the wizard -------------------------------------


def test_edit_reopens_the_wizard_with_every_answer_and_saves_into_the_same_draft(
    alice_client, alice, seeded
):
    draft = DraftFactory(
        owner=alice,
        answers=wizard_answers(company="Hooli", position="PM", notes="Remember the commute"),
        company="Hooli",
        position="PM",
        body="Saved text",
    )
    response = alice_client.post(reverse("messages_app:draft_edit", args=[draft.pk]))
    assert response.status_code == 302
    assert 'value="Hooli"' in alice_client.get(wizard.step_url(wizard.STEP_SITUATION)).text
    assert "Remember the commute" in alice_client.get(wizard.step_url(wizard.STEP_ASSESSMENT)).text
    preview = alice_client.get(PREVIEW)
    assert "Saved text" in preview.text
    _save(alice_client, preview, body="Saved text, improved")
    draft.refresh_from_db()
    assert (draft.body, draft.version) == ("Saved text, improved", 2)
    assert Draft.objects.count() == 1


def test_a_stale_edit_from_the_wizard_is_refused_and_both_versions_shown(
    alice_client, alice_draft, seeded
):
    alice_client.post(reverse("messages_app:draft_edit", args=[alice_draft.pk]))
    preview = alice_client.get(PREVIEW)
    # Meanwhile, another tab saves a change on the draft page.
    alice_client.post(
        reverse("messages_app:draft_update", args=[alice_draft.pk]),
        {"subject": alice_draft.subject, "body": "Changed in the other tab", "version": 1},
    )
    response = _save(alice_client, preview, body="Changed in the wizard")
    assert response.status_code == 409
    assert "Changed in the other tab" in response.text
    assert "Changed in the wizard" in response.text
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Changed in the other tab", 2)


def test_duplicate_starts_a_new_draft_and_leaves_the_original_alone(
    alice_client, alice_draft, seeded
):
    response = alice_client.post(reverse("messages_app:draft_duplicate", args=[alice_draft.pk]))
    assert Draft.objects.count() == 1
    assert "the company, the position, the contact" in alice_client.get(response["Location"]).text
    answers = {**alice_draft.answers, "company": "Another Company", "contact_name": ""}
    for step in wizard.ANSWER_STEPS:
        post_wizard_step(alice_client, step, answers)
    preview = alice_client.get(PREVIEW)
    assert "Update my saved draft" not in preview.text
    _save(alice_client, preview, body="For another company")
    assert Draft.objects.count() == 2
    copy = Draft.objects.exclude(pk=alice_draft.pk).get()
    assert (copy.company, copy.body) == ("Another Company", "For another company")
    alice_draft.refresh_from_db()
    assert alice_draft.version == 1 and alice_draft.company == "Acme Robotics"


def test_duplicate_keeps_the_answers_about_the_person_and_clears_the_other_companys(
    alice_client, alice, seeded
):
    source = DraftFactory(
        owner=alice,
        answers=wizard_answers(
            company="Globex",
            contact_name="Mme Lefèvre",
            interview_date="2027-03-02",
            sender_name="Alice Durand",
            sender_contact="alice@example.org",
            notes="Globex felt rushed",
        ),
        company="Globex",
    )

    alice_client.post(reverse("messages_app:draft_duplicate", args=[source.pk]))

    alice_client.get(wizard.step_url(wizard.STEP_SITUATION))  # shows the notice once
    situation = alice_client.get(wizard.step_url(wizard.STEP_SITUATION)).text
    assert 'value="Alice Durand"' in situation
    assert 'value="alice@example.org"' in situation
    assert "Globex" not in situation
    assert "Mme Lefèvre" not in situation
    assert "2027-03-02" not in situation
    assert "Globex felt rushed" not in alice_client.get(wizard.step_url("assessment")).text


def test_a_copied_message_still_naming_the_other_company_is_flagged(alice_client, alice, seeded):
    source = DraftFactory(owner=alice, answers=wizard_answers(company="Globex"), company="Globex")
    alice_client.post(reverse("messages_app:draft_duplicate", args=[source.pk]))
    answers = wizard_answers(company="Initech")
    for step in wizard.ANSWER_STEPS:
        post_wizard_step(alice_client, step, answers)
    preview = alice_client.get(PREVIEW)

    response = alice_client.post(
        PREVIEW,
        {
            "decline_wizard-current_step": "preview",
            "subject": "Interview",
            "body": "Dear Ms Martin, thank you for inviting me to Globex. I decline.",
            "paper": "a4",
        },
        HTTP_HX_REQUEST="true",
    )

    assert preview.status_code == 200
    assert "“Globex” comes from the message you copied" in response.text


def test_saving_an_edit_of_a_draft_deleted_meanwhile_keeps_the_text(
    alice_client, alice_draft, seeded
):
    alice_client.post(reverse("messages_app:draft_edit", args=[alice_draft.pk]))
    preview = alice_client.get(PREVIEW)
    alice_client.post(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    _save(alice_client, preview, body="Not lost")
    (draft,) = Draft.objects.all()
    assert draft.body == "Not lost"


# --- your data ----------------------------------------------------------------------


def test_account_deletion_needs_the_password(alice_client, alice):
    DraftFactory.create_batch(2, owner=alice)
    for typed in ({"password": "wrong-password"}, {"email": alice.email}, {}):
        response = alice_client.post(reverse("messages_app:account_delete"), typed)
        assert response.status_code == 400
    assert (
        "not the password of your account"
        in alice_client.post(
            reverse("messages_app:account_delete"), {"password": "wrong-password"}
        ).text
    )
    assert Draft.objects.filter(owner=alice).count() == 2
    assert alice_client.get(reverse("messages_app:account_delete")).status_code == 302
    assert get_user_model().objects.filter(pk=alice.pk).exists()


def test_password_guesses_on_account_deletion_are_throttled(alice_client, alice):
    for _ in range(10):
        alice_client.post(reverse("messages_app:account_delete"), {"password": "guess"})
    response = alice_client.post(reverse("messages_app:account_delete"), {"password": PASSWORD})
    assert response.status_code == 400
    assert "Too many attempts" in response.text
    assert get_user_model().objects.filter(pk=alice.pk).exists()


def test_account_deletion_removes_the_account_and_all_drafts_for_real(alice_client, alice, bob):
    DraftFactory.create_batch(3, owner=alice)
    DraftFactory(owner=bob)
    response = alice_client.post(reverse("messages_app:account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:home")
    assert not get_user_model().objects.filter(pk=alice.pk).exists()
    assert Draft.objects.filter(owner_id=alice.pk).count() == 0
    assert Draft.objects.count() == 1
    # Logged out, and the old credentials no longer work.
    assert alice_client.get(reverse("messages_app:history")).status_code == 302
    assert not FormClient().login(username="alice", password=PASSWORD)
    home = alice_client.get(response["Location"])
    assert "Your account and all your drafts are deleted." in home.text


def test_a_new_account_can_reuse_a_deleted_email(alice_client, alice):
    alice_client.post(reverse("messages_app:account_delete"), {"password": PASSWORD})
    UserFactory(username="alice2", email=alice.email)
    assert FormClient().post(LOGIN, {"login": alice.email, "password": PASSWORD}).status_code == 302


# --- re-authentication before account changes --------------------------------------


def test_adding_an_email_asks_for_the_password_again_first(alice_client, alice):
    from allauth.account.models import EmailAddress

    response = alice_client.post(
        reverse("account_email"), {"email": "second@example.org", "action_add": ""}
    )

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert not EmailAddress.objects.filter(email="second@example.org").exists()
    assert mail.outbox == []
    # Once the password is typed, the change asked for goes through.
    page = alice_client.get(response["Location"])
    assert "password" in page.text
    resumed = alice_client.post(
        reverse("account_reauthenticate"), {"password": PASSWORD, "next": reverse("account_email")}
    )
    # The new address is then confirmed with the code sent to it.
    assert resumed["Location"] == CONFIRM_CODE
    (message,) = mail.outbox
    assert message.to == ["second@example.org"]
    alice_client.post(CONFIRM_CODE, {"code": verification_code(message)})
    assert EmailAddress.objects.filter(user=alice, email="second@example.org").exists()


def test_changing_the_password_needs_the_current_one(alice_client, alice):
    response = alice_client.post(
        reverse("account_change_password"),
        {
            "oldpassword": "not-my-password",
            "password1": "N3w-passw0rd!x",
            "password2": "N3w-passw0rd!x",
        },
    )

    assert response.status_code == 200
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)
