"""The page of one saved draft."""

from __future__ import annotations

from django.urls import reverse


def test_draft_page_shows_the_message_and_its_actions(alice_client, alice_draft):
    response = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert alice_draft.subject in response.text
    assert "I will not pursue the Backend developer role at Acme Robotics." in response.text
    for name in ("draft_pdf", "draft_text", "draft_edit", "draft_duplicate", "draft_delete"):
        assert reverse(f"messages_app:{name}", args=[alice_draft.pk]) in response.text
    assert reverse("messages_app:draft_mark_sent", args=[alice_draft.pk]) in response.text


def test_the_edit_form_starts_from_the_stored_version(alice_client, alice_draft):
    alice_draft.version = 4
    alice_draft.save(update_fields=["version"])
    response = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert response.context["form"].initial["version"] == 4
    assert 'name="version" value="4"' in response.text


def test_it_checks_ownership(bob_client, alice_draft):
    response = bob_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert response.status_code == 404
