"""Writing the recruiter's reactions and your replies (the views only read
the request and call these).

A reaction is recorded on a sent draft with the reply composed for it
(`replies.compose_reply`, from the draft's answers and the blocks in the
database); the reply is then the owner's to edit. A save made from a page
older than the reply's last change is refused (`StaleReply`).
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from messages_app import services
from messages_app.catalog import ContentError
from messages_app.choices import Purpose, Reaction
from messages_app.composer import ComposedMessage, has_subject
from messages_app.models import Block, Draft, DraftStatus, RecruiterReaction
from messages_app.replies import (
    ComposedReply,
    ReplyRequest,
    compose_call_script,
    compose_reply,
    interview_is_soon,
    reply_channel,
)
from messages_app.wizard import message_request_from_answers
from messages_app.wizard.answers import parse_date

logger = logging.getLogger(__name__)

#: The statuses a draft can have a reaction in: it was sent.
SENT_STATUSES = frozenset({DraftStatus.SENT, DraftStatus.REPLY_RECEIVED})


class StaleReply(Exception):
    """The reply changed since the page was shown (another tab, say)."""

    def __init__(self, current: RecruiterReaction) -> None:
        super().__init__("stale reply")
        self.current = current


class NotSent(Exception):
    """A reaction can only follow a decline that was sent."""


def can_react(draft: Draft) -> bool:
    """Whether "How did they react?" applies: a decline, once sent. A request
    for information or another date gets an ordinary answer, not a reaction
    to a decline."""
    return draft.status in SENT_STATUSES and draft.purpose == Purpose.DECLINE


def stamp_of(reaction: RecruiterReaction) -> str:
    """The token an edit form carries: the reply's last change."""
    return reaction.updated_at.isoformat()


def reply_request(draft: Draft, reaction: str) -> ReplyRequest:
    """The composer's input for a reaction to `draft`."""
    answers = draft.answers
    return ReplyRequest(
        message=message_request_from_answers(answers),
        reaction=reaction,
        original_subject=draft.subject,
        interview_soon=interview_is_soon(
            str(answers.get("stage") or ""),
            parse_date(answers.get("interview_date")),
            timezone.localdate(),
        ),
    )


def composed_reply(draft: Draft, reaction: str) -> ComposedReply:
    """The reply Decliner proposes for `reaction` (raises `ContentError`)."""
    request = reply_request(draft, reaction)
    catalog = Block.objects.message_catalog(
        language=request.message.language, channel=reply_channel(request)
    )
    return compose_reply(request, catalog)


def call_script(draft: Draft) -> ComposedMessage:
    """The phone script of the call the recruiter asked for."""
    message = message_request_from_answers(draft.answers)
    catalog = Block.objects.message_catalog(language=message.language, channel="phone")
    return compose_call_script(message, catalog)


@transaction.atomic
def reaction_record(*, draft: Draft, reaction: str, their_message: str) -> RecruiterReaction:
    """Record how they reacted, with the proposed reply; the draft now has a
    reply received (unless there is no answer yet)."""
    if not can_react(draft):
        raise NotSent
    try:
        reply = composed_reply(draft, reaction)
    except ContentError as error:
        # A block an admin deleted or broke: the reaction is kept, and the
        # page offers to write the reply by hand.
        logger.error("Reply not composed for draft %s: %s", draft.pk, error)
        reply = ComposedReply(reaction, draft.language, draft.channel)
    now = timezone.now()
    recorded = RecruiterReaction.objects.create(
        draft=draft,
        reaction=reaction,
        their_message=their_message,
        reply_channel=reply.channel,
        reply_subject=reply.subject,
        reply_body=reply.body,
        created_at=now,
        updated_at=now,
    )
    if reaction != Reaction.NO_ANSWER and draft.status != DraftStatus.REPLY_RECEIVED:
        services.draft_mark_reply_received(draft=draft)
    return recorded


@transaction.atomic
def reply_update(
    *, reaction: RecruiterReaction, subject: str, body: str, stamp: str
) -> RecruiterReaction:
    """Save the reply as edited, unless it changed since `stamp` (`StaleReply`)."""
    current = RecruiterReaction.objects.select_for_update().get(pk=reaction.pk)
    if stamp != stamp_of(current):
        raise StaleReply(current)
    current.reply_subject = subject if has_subject(current.reply_channel) else ""
    current.reply_body = body
    current.updated_at = timezone.now()
    current.save(update_fields=["reply_subject", "reply_body", "updated_at"])
    return current


def reaction_delete(*, reaction: RecruiterReaction) -> None:
    """Forget a reaction and its reply (the draft's status stays as it is)."""
    reaction.delete()
