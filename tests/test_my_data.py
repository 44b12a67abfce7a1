"""The "my account and data" page."""

from __future__ import annotations

from django.urls import reverse

from tests.factories import DraftFactory


def test_my_data_page_offers_export_and_deletion(alice_client, alice):
    DraftFactory.create_batch(2, owner=alice)
    response = alice_client.get(reverse("messages_app:my_data"))
    assert response.status_code == 200
    assert reverse("messages_app:data_export") in response.text
    assert reverse("messages_app:account_delete") in response.text
    assert "2 drafts" in response.text
