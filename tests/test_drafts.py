"""Draft writes: one draft per submission, stale saves refused, nothing lost."""

from __future__ import annotations

import uuid

import pytest
from django.db import IntegrityError, transaction

from messages_app import services
from messages_app.models import Draft, DraftStatus
from tests.factories import DraftFactory, UserFactory, wizard_answers


def _save(owner, submission_id, **kwargs):
    return services.draft_save(
        owner=owner,
        answers=kwargs.pop("answers", wizard_answers()),
        subject=kwargs.pop("subject", "Interview for Backend developer"),
        body=kwargs.pop("body", "Thank you, but I will not pursue this role."),
        submission_id=submission_id,
    )


def test_saving_copies_company_position_channel_and_language_from_the_answers(alice):
    answers = wizard_answers(
        company="Öko Bäckerei", position="Chef de projet", channel="phone", message_language="fr"
    )
    draft = _save(alice, uuid.uuid4(), answers=answers)
    assert (draft.company, draft.position, draft.channel, draft.language) == (
        "Öko Bäckerei",
        "Chef de projet",
        "phone",
        "fr",
    )
    assert draft.answers == answers
    assert draft.version == 1
    assert draft.status == DraftStatus.DRAFT


def test_saving_the_same_submission_twice_keeps_one_draft(alice):
    submission = uuid.uuid4()
    first = _save(alice, submission, body="First click")
    second = _save(alice, str(submission), body="Second click")
    assert first.pk == second.pk
    assert Draft.objects.filter(owner=alice).count() == 1
    assert Draft.objects.get().body == "First click"


def test_the_database_refuses_a_second_draft_for_one_submission(alice):
    submission = uuid.uuid4()
    DraftFactory(owner=alice, submission_id=submission)
    with pytest.raises(IntegrityError), transaction.atomic():
        DraftFactory(owner=alice, submission_id=submission)
    assert Draft.objects.count() == 1


def test_two_people_can_use_the_same_submission_id(alice, bob):
    submission = uuid.uuid4()
    _save(alice, submission)
    _save(bob, submission)
    assert Draft.objects.filter(owner=alice).count() == 1
    assert Draft.objects.filter(owner=bob).count() == 1


def test_update_from_the_current_version_saves_and_bumps_the_version(alice_draft):
    updated = services.draft_update(
        draft=alice_draft, expected_version=1, subject="New subject", body="New body"
    )
    assert updated.version == 2
    alice_draft.refresh_from_db()
    assert (alice_draft.subject, alice_draft.body) == ("New subject", "New body")


def test_update_with_new_answers_refreshes_the_searchable_columns(alice_draft):
    services.draft_update(
        draft=alice_draft,
        expected_version=1,
        subject="s",
        body="b",
        answers=wizard_answers(company="Globex", position="SRE"),
    )
    alice_draft.refresh_from_db()
    assert (alice_draft.company, alice_draft.position) == ("Globex", "SRE")
    assert alice_draft.answers["company"] == "Globex"


def test_stale_update_is_refused_and_the_newer_text_is_intact(alice_draft):
    services.draft_update(
        draft=alice_draft, expected_version=1, subject="Tab A", body="Saved from tab A"
    )
    with pytest.raises(services.DraftConflict) as conflict:
        services.draft_update(
            draft=alice_draft, expected_version=1, subject="Tab B", body="Typed in tab B"
        )
    assert conflict.value.current.body == "Saved from tab A"
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Saved from tab A", 2)


def test_resubmitting_an_update_that_already_applied_is_not_a_conflict(alice_draft):
    services.draft_update(draft=alice_draft, expected_version=1, subject="S", body="Same text")
    again = services.draft_update(
        draft=alice_draft, expected_version=1, subject="S", body="Same text"
    )
    assert again.version == 2
    assert again.body == "Same text"


def test_marking_sent_records_the_date_and_does_not_block_a_later_edit(alice_draft):
    services.draft_mark_sent(draft=alice_draft)
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.SENT
    assert alice_draft.sent_at is not None
    # An edit opened before the status change still saves.
    services.draft_update(draft=alice_draft, expected_version=1, subject="s", body="edited")
    alice_draft.refresh_from_db()
    assert alice_draft.body == "edited"
    assert alice_draft.status == DraftStatus.SENT


def test_a_reply_received_implies_the_message_was_sent(alice_draft):
    services.draft_mark_reply_received(draft=alice_draft)
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.REPLY_RECEIVED
    assert alice_draft.sent_at is not None


def test_deleting_a_draft_removes_only_that_draft(alice):
    kept, gone = DraftFactory(owner=alice), DraftFactory(owner=alice)
    services.draft_delete(draft=gone)
    assert list(Draft.objects.values_list("pk", flat=True)) == [kept.pk]


def test_account_deletion_removes_the_user_and_every_draft_but_nobody_else(alice, bob):
    DraftFactory.create_batch(3, owner=alice)
    bobs = DraftFactory(owner=bob)
    assert services.account_delete(user=alice) == 3
    assert not type(alice).objects.filter(pk=alice.pk).exists()
    assert list(Draft.objects.all()) == [bobs]


@pytest.mark.parametrize(
    "text",
    [
        "Merci « beaucoup » ; à bientôt ! Œuvre, ça, été.",
        "مرحبا — שלום \u202eevil\u202c",
        "Emoji 👩🏽‍💻🎉 and CJK 面接を辞退します",
        "<script>alert(1)</script> {{ 7*7 }} {% debug %}",
    ],
)
def test_unicode_and_markup_round_trip_identically(alice, text):
    draft = _save(alice, uuid.uuid4(), subject=text[:150], body=text)
    stored = Draft.objects.get(pk=draft.pk)
    assert (stored.subject, stored.body) == (text[:150], text)


def test_owned_by_gives_nothing_to_anonymous_visitors(alice_draft):
    from django.contrib.auth.models import AnonymousUser

    assert list(Draft.objects.owned_by(AnonymousUser())) == []
    assert list(Draft.objects.owned_by(UserFactory())) == []
    assert list(Draft.objects.owned_by(alice_draft.owner)) == [alice_draft]
