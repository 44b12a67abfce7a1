"""Deleting a draft: a confirmation page, then the deletion."""

from __future__ import annotations

from django.urls import reverse

from messages_app.models import Draft


def test_it_asks_first(alice_client, alice_draft):
    response = alice_client.get(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    assert response.status_code == 200
    assert "Delete this draft?" in response.text
    assert Draft.objects.filter(pk=alice_draft.pk).exists()


def test_deleting_after_confirmation(alice_client, alice_draft):
    response = alice_client.post(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:history")
    assert not Draft.objects.filter(pk=alice_draft.pk).exists()
