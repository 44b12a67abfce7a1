"""Everything an account holds, as a JSON download."""

from __future__ import annotations

import json

from django.urls import reverse

from messages_app.models import Draft
from tests.factories import DraftFactory, bulk_drafts


def test_export_contains_every_draft_and_nobody_elses(alice_client, alice, bob):
    bulk_drafts(alice, 30)
    DraftFactory(owner=bob, company="Bob's secret")
    response = alice_client.get(reverse("messages_app:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="decliner-export-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "alice@example.org"
    assert len(data["drafts"]) == 30
    assert {d["id"] for d in data["drafts"]} == set(
        Draft.objects.filter(owner=alice).values_list("pk", flat=True)
    )
    assert "Bob's secret" not in response.content.decode()


def test_export_keeps_unicode_and_answers(alice_client, alice):
    DraftFactory(owner=alice, company="Crème brûlée & Cie", body="Merci « vraiment » 🎉")
    data = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    (draft,) = data["drafts"]
    assert draft["company"] == "Crème brûlée & Cie"
    assert draft["body"] == "Merci « vraiment » 🎉"
    assert draft["answers"]["company"] == "Crème brûlée & Cie"


def test_export_is_a_download_not_a_write(alice_client, alice_draft):
    assert alice_client.post(reverse("messages_app:data_export")).status_code == 405
