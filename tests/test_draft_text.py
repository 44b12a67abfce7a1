"""A saved draft as a plain-text file."""

from __future__ import annotations

from django.urls import reverse

from tests.factories import DraftFactory


def test_plain_text_download(alice_client, alice):
    draft = DraftFactory(
        owner=alice, company="Société Générale", subject="Objet é", body="Corps\n« ok »"
    )
    response = alice_client.get(reverse("messages_app:draft_text", args=[draft.pk]))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="decline-societe-generale-{draft.pk}.txt"'
    )
    assert "no-store" in response["Cache-Control"]
    assert response.content.decode() == "Objet é\n\nCorps\n« ok »\n"


def test_a_company_without_letters_still_gives_a_file_name(alice_client, alice):
    draft = DraftFactory(owner=alice, company="???", subject="", body="Hello")
    response = alice_client.get(reverse("messages_app:draft_text", args=[draft.pk]))
    assert response["Content-Disposition"] == (
        f'attachment; filename="decline-message-{draft.pk}.txt"'
    )
    assert response.content.decode() == "Hello\n"


def test_a_request_is_not_named_a_decline_in_its_files(alice_client, alice, seeded):
    """A request for information or another date downloads as "question-…"
    or "new-date-…", in plain text and in PDF."""
    from tests.factories import wizard_answers

    for purpose, prefix in (("ask_info", "question"), ("reschedule", "new-date")):
        answers = wizard_answers(company="Initech", certainty="unsure", purpose=purpose)
        draft = DraftFactory(owner=alice, company="Initech", purpose=purpose, answers=answers)
        text = alice_client.get(reverse("messages_app:draft_text", args=[draft.pk]))
        assert text["Content-Disposition"] == (
            f'attachment; filename="{prefix}-initech-{draft.pk}.txt"'
        )
        document = alice_client.get(reverse("messages_app:draft_pdf", args=[draft.pk]))
        assert document["Content-Disposition"] == (
            f'attachment; filename="{prefix}-initech-email.pdf"'
        )
