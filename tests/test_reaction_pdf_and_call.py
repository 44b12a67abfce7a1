"""The reply as a PDF, and the call the recruiter asked for: its call mode
and its one-page script."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from messages_app.models import DraftStatus
from tests.test_reaction_views import react, sent_draft


def pdf_text(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    reader = PdfReader(io.BytesIO(response.content))
    assert len(reader.pages) == 1
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def draft(alice, seeded):
    draft = sent_draft(alice)
    draft.recipient_phone = "06 12 34 56 78"
    draft.save(update_fields=["recipient_phone"])
    return draft


def _recorded(client, draft, reaction):
    react(client, draft, reaction)
    return draft.reactions.get(reaction=reaction)


def test_the_reply_downloads_as_a_one_page_pdf_with_the_edited_text(alice_client, draft):
    recorded = _recorded(alice_client, draft, "why")
    recorded.reply_body = "Dear Claire,\n\nMy own words about the commute.\n\nAlice"
    recorded.save()
    response = alice_client.get(reverse("messages_app:reaction_pdf", args=[draft.pk, recorded.pk]))
    text = pdf_text(response)
    assert "My own words about the commute." in text
    assert "Re: Backend developer interview" in text
    assert "Your reply" in text and "Acme Robotics" in text
    assert response["Content-Disposition"] == 'attachment; filename="reply-acme-robotics-email.pdf"'


def test_no_answer_has_nothing_to_print(alice_client, draft):
    recorded = _recorded(alice_client, draft, "no_answer")
    url = reverse("messages_app:reaction_pdf", args=[draft.pk, recorded.pk])
    assert alice_client.get(url).status_code == 404


def test_can_we_call_gets_a_written_yes_and_a_call_script_in_call_mode(alice_client, draft):
    recorded = _recorded(alice_client, draft, "call")
    assert "short call" in recorded.reply_body  # the written answer, by email
    page = alice_client.get(reverse("messages_app:draft_detail", args=[draft.pk])).text
    call_url = reverse("messages_app:reaction_call", args=[draft.pk, recorded.pk])
    assert call_url in page
    response = alice_client.get(call_url)
    assert response.status_code == 200
    html = response.text
    assert "Thank you for taking the time to talk about the Backend developer role." in html
    assert "I&#x27;ve decided not to go further" in html
    # The tick boxes, the prepared answers for the reason, the dial link, the wake lock.
    assert 'class="form-check-input" type="checkbox"' in html
    assert "distance" in html and "If they react" in html
    assert 'href="tel:0612345678"' in html
    assert "js/call-mode.js" in html and 'id="wake-lock-note"' in html
    assert f'href="/history/{draft.pk}/#reaction-{recorded.pk}"' in html
    assert reverse("messages_app:reaction_call_pdf", args=[draft.pk, recorded.pk]) in html


def test_the_call_script_prints_on_one_sheet_in_the_message_language(alice_client, alice, seeded):
    draft = sent_draft(alice, message_language="fr")
    draft.language = "fr"
    draft.status = DraftStatus.REPLY_RECEIVED
    draft.save()
    recorded = _recorded(alice_client, draft, "call")
    response = alice_client.get(
        reverse("messages_app:reaction_call_pdf", args=[draft.pk, recorded.pk])
    )
    text = pdf_text(response)
    assert (
        "Merci de prendre le temps d’échanger" in text
        or "Merci de prendre le temps d'échanger" in text
    )
    assert "Acme Robotics" in text
    assert response["Content-Disposition"] == 'attachment; filename="call-acme-robotics-phone.pdf"'


def test_only_a_request_for_a_call_has_a_call_mode(alice_client, draft):
    recorded = _recorded(alice_client, draft, "why")
    for route in ("reaction_call", "reaction_call_pdf"):
        url = reverse(f"messages_app:{route}", args=[draft.pk, recorded.pk])
        assert alice_client.get(url).status_code == 404
