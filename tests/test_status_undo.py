""" "Undo" after "Mark as sent" and "I received a reply": the previous status
comes back; a stranger gets 404; an undo that no longer applies changes nothing."""

from __future__ import annotations

import re
from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from messages_app.models import DraftStatus
from tests.factories import DraftFactory


def _url(name: str, draft) -> str:
    return reverse(f"messages_app:{name}", args=[draft.pk])


def _undo_button(page: str) -> str | None:
    """The action of the "Undo" form inside the status message, if any."""
    match = re.search(
        r'<div class="messages" role="status">.*?<form method="post"\s+action="([^"]+)"'
        r".*?>Undo</button>",
        page,
        re.S,
    )
    return match.group(1) if match else None


def test_mark_as_sent_says_so_with_an_undo_that_restores_the_draft_status(
    alice_client, alice_draft
):
    page = alice_client.post(_url("draft_mark_sent", alice_draft), follow=True).text
    assert "Marked as sent." in page
    action = _undo_button(page)
    assert action == _url("draft_undo_status", alice_draft)

    after = alice_client.post(action, follow=True).text

    alice_draft.refresh_from_db()
    assert (alice_draft.status, alice_draft.sent_at) == (DraftStatus.DRAFT, None)
    assert "Undone: the status is back to “Draft”." in after
    assert _undo_button(after) is None


def test_undo_of_reply_received_keeps_the_original_sending_date(alice, alice_client):
    sent_at = timezone.now() - timedelta(days=3)
    draft = DraftFactory.create(owner=alice, status=DraftStatus.SENT, sent_at=sent_at)
    page = alice_client.post(_url("draft_mark_reply", draft), follow=True).text
    assert "Noted: you received a reply." in page

    alice_client.post(_undo_button(page))

    draft.refresh_from_db()
    assert (draft.status, draft.sent_at) == (DraftStatus.SENT, sent_at)


def test_undo_of_a_stranger_s_draft_is_404(alice_client, bob):
    bobs = DraftFactory.create(owner=bob, status=DraftStatus.SENT, sent_at=timezone.now())
    response = alice_client.post(_url("draft_undo_status", bobs))
    assert response.status_code == 404
    bobs.refresh_from_db()
    assert bobs.status == DraftStatus.SENT


def test_a_second_undo_changes_nothing(alice_client, alice_draft):
    alice_client.post(_url("draft_mark_sent", alice_draft))
    alice_client.post(_url("draft_undo_status", alice_draft))
    alice_client.post(_url("draft_mark_reply", alice_draft))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.REPLY_RECEIVED
    alice_client.post(_url("draft_undo_status", alice_draft))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.DRAFT

    page = alice_client.post(_url("draft_undo_status", alice_draft), follow=True).text

    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.DRAFT
    assert "Nothing to undo" in page


def test_a_stale_undo_leaves_a_status_changed_since_alone(alice, alice_client, alice_draft):
    page = alice_client.post(_url("draft_mark_sent", alice_draft), follow=True).text
    stale_action = _undo_button(page)
    # Another draft's change since: the old button must not touch either draft.
    other = DraftFactory.create(owner=alice)
    alice_client.post(_url("draft_mark_sent", other))

    response = alice_client.post(stale_action, follow=True)

    assert response.status_code == 200
    alice_draft.refresh_from_db()
    other.refresh_from_db()
    assert alice_draft.status == DraftStatus.SENT
    assert other.status == DraftStatus.SENT
    assert "Nothing to undo" in response.text


def test_undo_needs_a_post(alice_client, alice_draft):
    alice_client.post(_url("draft_mark_sent", alice_draft))
    assert alice_client.get(_url("draft_undo_status", alice_draft)).status_code == 405
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.SENT
