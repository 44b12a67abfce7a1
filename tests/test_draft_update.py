"""Saving the text edited on a draft's page, and the conflict page."""

from __future__ import annotations

from django.urls import reverse

from messages_app.models import Draft
from tests.factories import DraftFactory


def _url(draft) -> str:
    return reverse("messages_app:draft_update", args=[draft.pk])


def test_editing_the_text_on_the_draft_page_saves_a_new_version(alice_client, alice_draft):
    response = alice_client.post(
        _url(alice_draft), {"subject": "Better subject", "body": "Better body", "version": 1}
    )
    assert response.status_code == 302
    alice_draft.refresh_from_db()
    assert (alice_draft.subject, alice_draft.body, alice_draft.version) == (
        "Better subject",
        "Better body",
        2,
    )


def test_a_message_other_than_an_email_keeps_no_subject(alice_client, alice):
    draft = DraftFactory(owner=alice, channel="sms", subject="")
    alice_client.post(_url(draft), {"subject": "Sneaked in", "body": "Short text", "version": 1})
    draft.refresh_from_db()
    assert (draft.subject, draft.body) == ("", "Short text")


def test_a_stale_edit_is_refused_and_both_versions_are_shown(alice_client, alice_draft):
    url = _url(alice_draft)
    # Tab A saves first.
    alice_client.post(url, {"subject": "S", "body": "Newer text from tab A", "version": 1})
    # Tab B still holds version 1.
    response = alice_client.post(url, {"subject": "S", "body": "Older tab B text", "version": 1})
    assert response.status_code == 409
    assert "Newer text from tab A" in response.text
    assert "Older tab B text" in response.text
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Newer text from tab A", 2)


def test_an_edit_without_its_version_is_refused_not_saved_over_the_stored_one(
    alice_client, alice_draft
):
    response = alice_client.post(_url(alice_draft), {"subject": "S", "body": "No version"})
    assert response.status_code == 400
    body = alice_draft.body
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == (body, 1)


def test_keeping_my_version_from_the_conflict_page_replaces_the_newer_one(
    alice_client, alice_draft
):
    url = _url(alice_draft)
    alice_client.post(url, {"subject": "S", "body": "Tab A", "version": 1})
    conflict = alice_client.post(url, {"subject": "S", "body": "Tab B", "version": 1})
    form = conflict.context["form"]
    response = alice_client.post(
        url,
        {
            "subject": "S",
            "body": "Tab B",
            "version": form.initial["version"],
            "submission_id": form.initial["submission_id"],
            "replace": "",
        },
    )
    assert response.status_code == 302
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Tab B", 3)


def test_saving_mine_as_a_new_draft_keeps_both_even_on_a_double_click(alice_client, alice_draft):
    url = _url(alice_draft)
    alice_client.post(url, {"subject": "S", "body": "Tab A", "version": 1})
    conflict = alice_client.post(url, {"subject": "S", "body": "Tab B", "version": 1})
    data = {
        "subject": "S",
        "body": "Tab B",
        "version": conflict.context["form"].initial["version"],
        "submission_id": conflict.context["form"].initial["submission_id"],
        "save_as_new": "",
    }
    alice_client.post(url, data)
    alice_client.post(url, data)
    bodies = sorted(Draft.objects.filter(owner=alice_draft.owner).values_list("body", flat=True))
    assert bodies == ["Tab A", "Tab B"]


def test_an_invalid_edit_keeps_the_typed_text_and_explains(alice_client, alice_draft):
    response = alice_client.post(
        _url(alice_draft), {"subject": "S", "body": "typed\x00text " + "y" * 6000, "version": 1}
    )
    assert response.status_code == 400
    assert "y" * 6000 in response.text
    alice_draft.refresh_from_db()
    assert alice_draft.version == 1


def test_it_checks_ownership(bob_client, alice_draft):
    response = bob_client.post(_url(alice_draft), {"subject": "S", "body": "B", "version": 1})
    assert response.status_code == 404
    alice_draft.refresh_from_db()
    assert alice_draft.version == 1
