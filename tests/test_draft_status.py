"""Marking a draft as sent, then as answered."""

from __future__ import annotations

from django.urls import reverse

from messages_app.models import DraftStatus


def test_marking_sent_then_reply_received(alice_client, alice_draft):
    alice_client.post(reverse("messages_app:draft_mark_sent", args=[alice_draft.pk]))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.SENT and alice_draft.sent_at
    page = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert "Sent" in page.text
    alice_client.post(reverse("messages_app:draft_mark_reply", args=[alice_draft.pk]))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.REPLY_RECEIVED


def test_a_status_change_says_so_and_comes_back_to_the_draft(alice_client, alice_draft):
    url = reverse("messages_app:draft_mark_sent", args=[alice_draft.pk])
    response = alice_client.post(url, follow=True)
    assert response.redirect_chain[-1][0] == reverse(
        "messages_app:draft_detail", args=[alice_draft.pk]
    )
    assert "Marked as sent." in response.text
