"""The save services on their own, without a request: what a save from the
wizard may overwrite, and the save completed after a login."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from messages_app import services
from messages_app.models import Draft
from messages_app.services import EditTarget, PendingSave
from tests.factories import DraftFactory, wizard_answers


def _save(owner, *, page, session, body="Saved text", submission_id=None):
    return services.draft_save_from_wizard(
        owner=owner,
        answers=wizard_answers(company="Acme"),
        subject="S",
        body=body,
        submission_id=submission_id or uuid.uuid4(),
        page_target=page,
        session_target=session,
    )


def test_a_new_message_is_saved_once_per_submission(alice):
    submission = uuid.uuid4()
    first = _save(alice, page=None, session=None, submission_id=submission)
    again = _save(alice, page=None, session=None, submission_id=submission)
    assert (first.created, first.replaced_deleted) == (True, False)
    assert again.draft.pk == first.draft.pk
    assert Draft.objects.count() == 1


def test_an_edit_at_the_stored_version_replaces_text_and_answers(alice_draft):
    target = EditTarget(draft_id=alice_draft.pk, version=1)
    outcome = _save(alice_draft.owner, page=target, session=target, body="Edited")
    assert outcome.created is False
    assert (outcome.draft.body, outcome.draft.version, outcome.draft.company) == (
        "Edited",
        2,
        "Acme",
    )


def test_a_stale_save_is_a_conflict_never_a_save_over_the_stored_version(alice_draft):
    services.draft_update(draft=alice_draft, expected_version=1, subject="S", body="Newer")
    old = EditTarget(draft_id=alice_draft.pk, version=1)
    with pytest.raises(services.DraftConflict) as conflict:
        _save(alice_draft.owner, page=old, session=old, body="Older")
    assert (conflict.value.current.body, conflict.value.current.version) == ("Newer", 2)
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Newer", 2)


def test_a_page_made_for_another_message_than_the_wizard_holds_is_stale(alice):
    x = DraftFactory(owner=alice, body="X")
    y = DraftFactory(owner=alice, body="Y")
    with pytest.raises(services.StalePage) as stale:
        _save(
            alice,
            page=EditTarget(draft_id=x.pk, version=1),
            session=EditTarget(draft_id=y.pk, version=1),
            body="Meant for X",
        )
    assert stale.value.current == y
    assert sorted(Draft.objects.values_list("body", flat=True)) == ["X", "Y"]


def test_a_new_message_page_cannot_save_over_the_draft_the_wizard_holds(alice_draft):
    with pytest.raises(services.StalePage):
        _save(
            alice_draft.owner,
            page=None,
            session=EditTarget(draft_id=alice_draft.pk, version=1),
            body="From an old tab",
        )
    assert Draft.objects.count() == 1


def test_a_double_submit_of_an_edit_is_a_success(alice_draft):
    page = EditTarget(draft_id=alice_draft.pk, version=1)
    first = _save(alice_draft.owner, page=page, session=page, body="Clicked twice")
    bound = EditTarget(draft_id=alice_draft.pk, version=first.draft.version)
    second = _save(alice_draft.owner, page=page, session=bound, body="Clicked twice")
    assert second.draft.pk == alice_draft.pk
    assert second.draft.version == 2


def test_a_draft_deleted_meanwhile_is_saved_again_as_a_new_one(alice_draft):
    target = EditTarget(draft_id=alice_draft.pk, version=1)
    owner = alice_draft.owner
    alice_draft.delete()
    outcome = _save(owner, page=target, session=target, body="Not lost")
    assert (outcome.created, outcome.replaced_deleted) == (True, True)
    assert Draft.objects.get().body == "Not lost"


def test_a_stranger_s_draft_is_never_the_one_replaced(bob, alice_draft):
    target = EditTarget(draft_id=alice_draft.pk, version=1)
    assert services.draft_save_edit(owner=bob, edit=target, subject="S", body="Hijacked") is None
    body = alice_draft.body
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == (body, 1)


def test_the_outcome_cannot_be_changed_after_the_fact(alice):
    outcome = _save(alice, page=None, session=None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.created = False


def test_a_pending_save_refused_after_login_writes_nothing(alice_draft):
    services.draft_update(draft=alice_draft, expected_version=1, subject="S", body="Newer")
    pending = PendingSave(uuid.uuid4(), EditTarget(draft_id=alice_draft.pk, version=1))
    outcome = services.draft_save_pending(
        owner=alice_draft.owner,
        pending=pending,
        answers=wizard_answers(),
        subject="S",
        body="Typed before logging in",
        session_target=pending.page_target,
    )
    assert outcome is None
    alice_draft.refresh_from_db()
    assert alice_draft.body == "Newer"


def test_a_pending_save_of_a_new_message_saves_it(alice):
    pending = PendingSave(uuid.uuid4(), None)
    outcome = services.draft_save_pending(
        owner=alice,
        pending=pending,
        answers=wizard_answers(company="Globex"),
        subject="S",
        body="Typed before logging in",
        session_target=None,
    )
    assert outcome is not None and outcome.created
    assert outcome.draft.submission_id == pending.submission_id


@pytest.mark.parametrize("target", [None, EditTarget(draft_id=7, version=3)])
def test_a_pending_save_survives_the_session(target):
    pending = PendingSave(uuid.uuid4(), target)
    assert PendingSave.from_dict(pending.as_dict()) == pending


@pytest.mark.parametrize(
    "value",
    [
        None,
        "x",
        {},
        {"submission_id": "not-a-uuid"},
        {"submission_id": str(uuid.uuid4()), "draft_id": 7, "version": None},
        {"submission_id": str(uuid.uuid4()), "draft_id": None, "version": 3},
    ],
)
def test_a_damaged_pending_save_is_ignored_rather_than_guessed(value):
    assert PendingSave.from_dict(value) is None
