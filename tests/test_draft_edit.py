"""Editing a saved draft in the wizard, and starting a copy of it."""

from __future__ import annotations

from django.urls import reverse

from messages_app import services, wizard
from messages_app.models import Draft
from tests.factories import save_fields, walk_wizard, wizard_answers

SITUATION = wizard.step_url(wizard.STEP_SITUATION)
PREVIEW = wizard.step_url(wizard.STEP_PREVIEW)


def test_it_reopens_the_wizard_on_the_draft_at_its_version(alice_client, alice_draft, seeded):
    response = alice_client.post(reverse("messages_app:draft_edit", args=[alice_draft.pk]))
    assert response["Location"] == SITUATION
    assert wizard.get_edit_target(response.wsgi_request) == services.EditTarget(
        draft_id=alice_draft.pk, version=1
    )
    assert alice_draft.body in alice_client.get(PREVIEW).text


def test_a_stale_wizard_tab_cannot_overwrite_a_newer_save(alice_client, alice_draft, seeded):
    # Tab A: "edit" reopens the wizard on the draft; its preview carries version 1.
    alice_client.post(reverse("messages_app:draft_edit", args=[alice_draft.pk]))
    preview = alice_client.get(PREVIEW)
    assert 'name="version" value="1"' in preview.text
    fields = save_fields(preview)
    assert fields["draft_id"] == str(alice_draft.pk)
    # Meanwhile the draft page (tab B) saves a newer text.
    services.draft_update(
        draft=alice_draft, expected_version=1, subject="S", body="Newer text from tab B"
    )
    # Tab A saves from its stale preview: refused, both texts shown, nothing overwritten.
    response = alice_client.post(
        reverse("messages_app:draft_save"),
        {
            "subject": "S",
            "body": "Older text from tab A",
            **fields,
        },
    )
    assert response.status_code == 409
    assert "Newer text from tab B" in response.text
    assert "Older text from tab A" in response.text
    alice_draft.refresh_from_db()
    assert alice_draft.body == "Newer text from tab B"


def test_duplicate_starts_an_unbound_copy_without_the_company(alice_client, alice_draft, seeded):
    response = alice_client.post(reverse("messages_app:draft_duplicate", args=[alice_draft.pk]))
    assert response["Location"] == SITUATION
    assert wizard.get_edit_target(response.wsgi_request) is None
    answers = wizard.get_wizard_answers(response.wsgi_request) or {}
    assert not answers.get("company")
    assert Draft.objects.count() == 1


def test_edit_and_duplicate_replace_an_unsaved_message_once_confirmed(
    alice_client, alice_draft, seeded
):
    for name in ("draft_edit", "draft_duplicate"):
        walk_wizard(alice_client, wizard_answers(company="Unsaved Ltd"))
        url = reverse(f"messages_app:{name}", args=[alice_draft.pk])
        asked = alice_client.post(url)
        assert asked.status_code == 200
        assert f'action="{url}"' in asked.text
        confirmed = alice_client.post(url, {"replace": "1"})
        assert confirmed["Location"] == SITUATION
        assert 'value="Unsaved Ltd"' not in alice_client.get(SITUATION).text
