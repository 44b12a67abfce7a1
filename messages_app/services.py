"""Writes: one function per action, keyword-only, atomic.

Views call these; nothing else writes drafts or deletes accounts.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from messages_app.choices import purpose_of
from messages_app.limits import NAME_MAX
from messages_app.models import Draft, DraftStatus


class DraftConflict(Exception):
    """A save started from an older version of the draft than the stored one.

    `current` is the draft as stored now (the newer version); the text that
    was refused stays with the caller, who shows both.
    """

    def __init__(self, current: Draft) -> None:
        super().__init__(f"Draft {current.pk} is at version {current.version}")
        self.current = current


class StalePage(Exception):
    """A save from a page rendered for another message than the one the
    wizard holds now (a new message in one tab, "Edit in the wizard" on a
    draft in another). Nothing is saved; `current` is the draft the wizard is
    bound to now, if any, to show beside the refused text."""

    def __init__(self, current: Draft | None) -> None:
        super().__init__("The page was rendered for another message")
        self.current = current


@dataclass(frozen=True)
class EditTarget:
    """A saved draft and the version an edit of it starts from."""

    draft_id: int
    version: int


@dataclass(frozen=True)
class Recipient:
    """Where the message goes, when the person typed it: an email address, a
    phone number (both optional, already validated by the form)."""

    email: str = ""
    phone: str = ""

    @classmethod
    def of(cls, draft: Draft) -> Recipient:
        return cls(email=draft.recipient_email, phone=draft.recipient_phone)

    def as_fields(self) -> dict[str, str]:
        """The Draft columns that hold it."""
        return {"recipient_email": self.email, "recipient_phone": self.phone}


@dataclass(frozen=True)
class SaveOutcome:
    """What a save from the wizard did, for the message shown to the user."""

    draft: Draft
    created: bool
    replaced_deleted: bool = False


@dataclass(frozen=True)
class PendingSave:
    """A save asked for from the preview before the visitor had logged in:
    what the page carried, kept until the login or the signup completes it."""

    submission_id: uuid.UUID
    page_target: EditTarget | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-serialisable, for the session."""
        target = self.page_target
        return {
            "submission_id": str(self.submission_id),
            "draft_id": target.draft_id if target else None,
            "version": target.version if target else None,
        }

    @classmethod
    def from_dict(cls, value: object) -> PendingSave | None:
        """The pending save stored by `as_dict`; None for anything else."""
        if not isinstance(value, Mapping):
            return None
        try:
            submission_id = uuid.UUID(str(value["submission_id"]))
        except (KeyError, ValueError):
            return None
        draft_id, version = value.get("draft_id"), value.get("version")
        if isinstance(draft_id, int) and isinstance(version, int):
            return cls(submission_id, EditTarget(draft_id=draft_id, version=version))
        if draft_id is None and version is None:
            return cls(submission_id, None)
        return None  # half a target: never guess the other half


@transaction.atomic
def draft_save_edit(
    *,
    owner: User,
    edit: EditTarget,
    subject: str,
    body: str,
    answers: Mapping[str, Any] | None = None,
    recipient: Recipient | None = None,
) -> Draft | None:
    """The stale-save rule: the one place that decides which version a save
    compares against.

    Every save over a saved draft (its own page, or the wizard's preview)
    names the draft and the version its page was rendered for (`edit`, from
    the form), and is compared against that version only: never against the
    version stored now nor one remembered in the session, and a form without
    a version is refused, never completed from elsewhere. The text (and, from
    the wizard, the answers) is replaced only if the stored draft is still at
    `edit.version`; otherwise `DraftConflict` carries the newer draft, so the
    person sees both texts and chooses. Returns None when the draft is not
    (or no longer) the owner's: nothing is written.

    A save from the wizard must also come from a page made for the draft the
    wizard holds now (`StalePage`, checked first by `draft_save_from_wizard`).
    """
    draft = _owned(owner, edit)
    if draft is None:
        return None
    return draft_update(
        draft=draft,
        expected_version=edit.version,
        subject=subject,
        body=body,
        answers=answers,
        recipient=recipient,
    )


@transaction.atomic
def draft_save_from_wizard(
    *,
    owner: User,
    answers: Mapping[str, Any],
    subject: str,
    body: str,
    submission_id: uuid.UUID | str,
    page_target: EditTarget | None,
    session_target: EditTarget | None,
    recipient: Recipient | None = None,
) -> SaveOutcome:
    """Save the wizard's message from its preview.

    `page_target` is the draft and version the page was rendered for (None for
    a new message), `session_target` what the wizard holds now. They must
    agree, or the page is stale and `StalePage` is raised, unless the very
    same text was already saved (a double submit). Then a new message is saved
    once per `submission_id`, and an edit goes through the stale-save rule
    (`draft_save_edit`: `DraftConflict` over a newer version). A draft
    deleted meanwhile is saved again as a new draft rather than lost.
    """
    if page_target != session_target:
        bound = _owned(owner, session_target)
        if bound is not None and _is_repeat(
            bound, page_target, submission_id=submission_id, subject=subject, body=body
        ):
            return SaveOutcome(bound, created=False)
        raise StalePage(bound or _owned(owner, page_target))
    save = functools.partial(
        draft_save, owner=owner, answers=answers, subject=subject, body=body, recipient=recipient
    )
    if page_target is None:
        return SaveOutcome(save(submission_id=submission_id), created=True)
    edited = draft_save_edit(
        owner=owner,
        edit=page_target,
        subject=subject,
        body=body,
        answers=answers,
        recipient=recipient,
    )
    if edited is not None:
        return SaveOutcome(edited, created=False)
    replacement = save(submission_id=uuid.uuid4())
    return SaveOutcome(replacement, created=True, replaced_deleted=True)


def draft_save_pending(
    *,
    owner: User,
    pending: PendingSave,
    answers: Mapping[str, Any],
    subject: str,
    body: str,
    session_target: EditTarget | None,
    recipient: Recipient | None = None,
) -> SaveOutcome | None:
    """Complete a save asked for before the login or signup that just
    happened, with the text the wizard kept. Returns None when the save is
    refused (a stale page or a newer version, as `draft_save_from_wizard`
    decides): nothing is written, and saving again from the preview shows
    what stands in the way."""
    try:
        return draft_save_from_wizard(
            owner=owner,
            answers=answers,
            subject=subject,
            body=body,
            submission_id=pending.submission_id,
            page_target=pending.page_target,
            session_target=session_target,
            recipient=recipient,
        )
    except (DraftConflict, StalePage):
        return None


def _owned(owner: User, target: EditTarget | None) -> Draft | None:
    if target is None:
        return None
    return Draft.objects.filter(owner=owner, pk=target.draft_id).first()


def _is_repeat(
    draft: Draft,
    page_target: EditTarget | None,
    *,
    submission_id: uuid.UUID | str,
    subject: str,
    body: str,
) -> bool:
    """Whether this save repeats the one that made `draft` what it is (the same
    text, from the same new message or the same draft's page)."""
    if (draft.subject, draft.body) != (subject, body):
        return False
    if page_target is None:
        return str(draft.submission_id) == str(submission_id)
    return page_target.draft_id == draft.pk


def _summary(answers: Mapping[str, Any]) -> dict[str, str]:
    """The columns copied from the wizard answers (for listing and search)."""
    return {
        "channel": str(answers.get("channel") or ""),
        "language": str(answers.get("message_language") or ""),
        "company": str(answers.get("company") or "")[:NAME_MAX],
        "position": str(answers.get("position") or "")[:NAME_MAX],
        "purpose": purpose_of(answers),
    }


@transaction.atomic
def draft_save(
    *,
    owner: User,
    answers: Mapping[str, Any],
    subject: str,
    body: str,
    submission_id: uuid.UUID | str,
    recipient: Recipient | None = None,
) -> Draft:
    """Save a new draft, once per `submission_id`.

    Saving the same submission again (a double click, a resubmitted form, a
    replayed login) returns the draft saved the first time, unchanged.
    """
    submission_id = uuid.UUID(str(submission_id))
    existing = Draft.objects.filter(owner=owner, submission_id=submission_id).first()
    if existing is not None:
        return existing
    now = timezone.now()
    try:
        # A savepoint, so that losing a race to a concurrent identical
        # submission leaves the outer transaction usable.
        with transaction.atomic():
            return Draft.objects.create(
                owner=owner,
                answers=dict(answers),
                subject=subject,
                body=body,
                submission_id=submission_id,
                created_at=now,
                updated_at=now,
                **_summary(answers),
                **(recipient or Recipient()).as_fields(),
            )
    except IntegrityError:
        return Draft.objects.get(owner=owner, submission_id=submission_id)


@transaction.atomic
def draft_update(
    *,
    draft: Draft,
    expected_version: int,
    subject: str,
    body: str,
    answers: Mapping[str, Any] | None = None,
    recipient: Recipient | None = None,
) -> Draft:
    """Replace the text (and, from the wizard, the answers) of a draft; the
    recipient too when given (None leaves it alone).

    The update only applies if the stored version is still `expected_version`
    (compare-and-swap in one UPDATE, safe across processes). Otherwise
    `DraftConflict` is raised with the stored draft, unless the stored text is
    already exactly what is being saved (a double submit), which is a success.
    """
    changes: dict[str, Any] = {"subject": subject, "body": body, "updated_at": timezone.now()}
    if answers is not None:
        changes["answers"] = dict(answers)
        changes.update(_summary(answers))
    if recipient is not None:
        changes.update(recipient.as_fields())
    updated = Draft.objects.filter(pk=draft.pk, version=expected_version).update(
        version=F("version") + 1, **changes
    )
    current = Draft.objects.get(pk=draft.pk)
    if updated:
        return current
    same_text = current.subject == subject and current.body == body
    same_answers = answers is None or current.answers == dict(answers)
    same_recipient = recipient is None or Recipient.of(current) == recipient
    if same_text and same_answers and same_recipient:
        return current
    raise DraftConflict(current)


@transaction.atomic
def draft_delete(*, draft: Draft) -> None:
    draft.delete()


@transaction.atomic
def draft_mark_sent(*, draft: Draft, sent_at: datetime | None = None) -> Draft:
    """Note that the message was sent. Status changes leave `version` alone:
    they never conflict with an edit of the text."""
    draft.status = DraftStatus.SENT
    draft.sent_at = sent_at or draft.sent_at or timezone.now()
    draft.updated_at = timezone.now()
    draft.save(update_fields=["status", "sent_at", "updated_at"])
    return draft


@transaction.atomic
def draft_mark_reply_received(*, draft: Draft) -> Draft:
    """The recruiter answered; a message that got a reply was necessarily sent."""
    draft.status = DraftStatus.REPLY_RECEIVED
    draft.sent_at = draft.sent_at or timezone.now()
    draft.updated_at = timezone.now()
    draft.save(update_fields=["status", "sent_at", "updated_at"])
    return draft


@transaction.atomic
def account_delete(*, user: User) -> int:
    """Delete the account for real: the user, their email addresses and every
    draft. Returns how many drafts went with it."""
    count = Draft.objects.filter(owner=user).count()
    Draft.objects.filter(owner=user).delete()
    user.delete()
    return count


@transaction.atomic
def draft_restore_status(*, draft: Draft, status: str, sent_at: datetime | None) -> Draft:
    """Undo a status change: the status and the sending date it had before."""
    draft.status = status
    draft.sent_at = sent_at
    draft.updated_at = timezone.now()
    draft.save(update_fields=["status", "sent_at", "updated_at"])
    return draft
