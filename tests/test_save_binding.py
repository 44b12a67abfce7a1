"""A save from the preview replaces only the draft the page was showing.

The save form carries the draft id and version the page was rendered for;
the server compares them with what the wizard holds and with what is stored,
and refuses (409, both texts shown) when they differ. A new message never
starts bound to a saved draft.
"""

from __future__ import annotations

from django.urls import reverse

from messages_app import wizard
from messages_app.models import Draft
from tests.factories import DraftFactory, save_fields, walk_wizard, wizard_answers

SAVE = reverse("messages_app:draft_save")
NEW = reverse("messages_app:wizard_new")
PREVIEW = wizard.step_url(wizard.STEP_PREVIEW)


def save(client, preview, body: str):
    """ "Save to my history" from the page `preview`, as its form sends it."""
    return client.post(
        SAVE, {"subject": "Subject", "body": body, "paper": "a4", **save_fields(preview)}
    )


def test_write_a_new_message_after_saving_starts_unbound_and_saves_a_second_draft(
    alice_client, seeded
):
    first = walk_wizard(alice_client, wizard_answers(company="Acme"))
    save(alice_client, first, "The Acme message")
    (acme,) = Draft.objects.all()

    # Every "Write a new message" link: it asks nothing is lost, changes nothing on GET.
    page = alice_client.get(NEW)
    assert page.status_code == 200
    assert "Your message for Acme is saved in your history." in page.text
    assert wizard.get_edit_target(page.wsgi_request) is not None
    started = alice_client.post(NEW)
    assert started["Location"] == wizard.step_url(wizard.STEP_SITUATION)

    second = walk_wizard(alice_client, wizard_answers(company="Globex"))
    assert "Save to my history" in second.text
    assert "Update my saved draft" not in second.text
    assert save_fields(second)["draft_id"] == ""
    save(alice_client, second, "The Globex message")

    assert Draft.objects.count() == 2
    acme.refresh_from_db()
    assert (acme.company, acme.body, acme.version) == ("Acme", "The Acme message", 1)
    assert Draft.objects.get(company="Globex").body == "The Globex message"


def test_an_empty_wizard_starts_a_new_message_at_once(alice_client, seeded):
    response = alice_client.get(NEW)

    assert response.status_code == 302
    assert response["Location"] == wizard.step_url(wizard.STEP_SITUATION)


def test_write_a_new_message_warns_when_the_one_in_progress_is_not_saved(alice_client, seeded):
    walk_wizard(alice_client, wizard_answers(company="Initech"))

    page = alice_client.get(NEW)

    assert "Your message for Initech is not saved yet." in page.text
    assert "Continue the message in progress" in page.text


def test_a_stale_new_message_tab_cannot_overwrite_the_draft_opened_in_another_tab(
    alice_client, alice, seeded
):
    y = DraftFactory(owner=alice, company="Ycorp", body="Y's own text")
    # Tab A: a new message, up to its preview.
    tab_a = walk_wizard(alice_client, wizard_answers(company="TabA-Corp"))
    # Tab B: "Edit in the wizard" on Y. The unsaved message is not dropped silently.
    asked = alice_client.post(reverse("messages_app:draft_edit", args=[y.pk]))
    assert asked.status_code == 200
    assert "Your message for TabA-Corp is not saved yet." in asked.text
    alice_client.post(reverse("messages_app:draft_edit", args=[y.pk]), {"replace": "1"})

    response = save(alice_client, tab_a, "TabA-Corp text from the stale tab")

    assert response.status_code == 409
    assert "This page was out of date" in response.text
    assert "TabA-Corp text from the stale tab" in response.text
    assert "Y&#x27;s own text" in response.text
    assert Draft.objects.count() == 1
    y.refresh_from_db()
    assert (y.company, y.answers["company"], y.body, y.version) == (
        "Ycorp",
        y.answers["company"],
        "Y's own text",
        1,
    )


def test_a_stale_edit_tab_of_one_draft_cannot_overwrite_another_draft(alice_client, alice, seeded):
    x = DraftFactory(owner=alice, company="Xcorp", body="X's text")
    y = DraftFactory(owner=alice, company="Ycorp", body="Y's text")
    alice_client.post(reverse("messages_app:draft_edit", args=[x.pk]))
    tab_a = alice_client.get(PREVIEW)
    assert save_fields(tab_a)["draft_id"] == str(x.pk)
    alice_client.post(reverse("messages_app:draft_edit", args=[y.pk]), {"replace": "1"})

    response = save(alice_client, tab_a, "Meant for X")

    assert response.status_code == 409
    x.refresh_from_db()
    y.refresh_from_db()
    assert (x.body, x.version, y.body, y.version) == ("X's text", 1, "Y's text", 1)


def test_a_preview_older_than_the_last_save_of_the_same_draft_is_refused(alice_client, seeded):
    first = walk_wizard(alice_client)
    save(alice_client, first, "Version one")
    tab_a = alice_client.get(PREVIEW)  # bound to the draft at version 1
    tab_b = alice_client.get(PREVIEW)
    save(alice_client, tab_b, "Version two, from tab B")

    response = save(alice_client, tab_a, "Version two, from tab A")

    assert response.status_code == 409
    draft = Draft.objects.get()
    assert (draft.body, draft.version) == ("Version two, from tab B", 2)


def test_a_double_submit_saves_once_and_answers_success_both_times(alice_client, seeded):
    preview = walk_wizard(alice_client)

    first = save(alice_client, preview, "Clicked twice")
    second = save(alice_client, preview, "Clicked twice")

    assert (first.status_code, second.status_code) == (302, 302)
    assert Draft.objects.count() == 1


def test_a_save_naming_a_draft_without_its_version_is_refused(alice_client, alice, seeded):
    x = DraftFactory(owner=alice, body="Kept")
    alice_client.post(reverse("messages_app:draft_edit", args=[x.pk]))
    fields = save_fields(alice_client.get(PREVIEW))
    fields["version"] = ""

    response = alice_client.post(SAVE, {"subject": "S", "body": "Overwrite?", **fields})

    assert response.status_code == 400
    x.refresh_from_db()
    assert x.body == "Kept"


def test_duplicate_warns_before_replacing_an_unsaved_message(alice_client, alice_draft, seeded):
    walk_wizard(alice_client, wizard_answers(company="Unsaved Ltd"))

    asked = alice_client.post(reverse("messages_app:draft_duplicate", args=[alice_draft.pk]))

    assert asked.status_code == 200
    assert "Your message for Unsaved Ltd is not saved yet." in asked.text
    assert 'value="Unsaved Ltd"' in alice_client.get(wizard.step_url("situation")).text
