"""The reply to the recruiter's reaction, and the call they may ask for: plain
data in, text out.

No request, no ORM, like `composer.py`: the view gives the draft's
`MessageRequest` (its answers), the reaction and the catalogue of the reply's
channel; `compose_reply()` returns the reply to send back, in the message's
language and on its channel, built from the same blocks and placeholder
rules as the message (an unknown placeholder or a missing block is a
`ContentError`, never a gap).

- An email reply is the original message's greeting and signature (same
  contact, same tone) around a short answer, under "Re: <the subject>";
- a text message is one short text, the greeting running on;
- a call or a conversation gets the spoken answer to say when they call back
  (the prepared replies the call mode shows: one obvious place for them).

The answer to "why?" and to insisting follows `outline.reply_reason`: the
reason the message gave, never a second one. "No answer yet" composes
nothing, except a check call when a cancelled interview is days away.
`compose_call_script()` writes the call they asked for, shown in call mode.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Mapping
from dataclasses import dataclass

from messages_app.addressing import Addressing, addressing
from messages_app.catalog import BlockIndex, Catalog
from messages_app.choices import BlockKind, Channel, Reaction, Stage
from messages_app.composer import ComposedMessage, MessageRequest, Reply, subject_for
from messages_app.outline import reply_reason
from messages_app.placeholders import continue_sentence, placeholder_values, render
from messages_app.text import clean_line

#: The subject prefix of a reply, in both languages: RFC 5322's "Re: ", which
#: Gmail, Apple Mail and Thunderbird write in French too and every client
#: (Outlook's "RE :" included) recognises to keep the thread together.
REPLY_PREFIX = "Re: "
_ALREADY_A_REPLY = re.compile(r"^\s*(re|tr|fwd?)\s*:", re.IGNORECASE)

#: How many days ahead a cancelled interview still calls for a check call
#: when the recruiter has not answered.
CHECK_CALL_DAYS = 3

#: The written answer to each reaction (email, text message).
_WRITTEN: Mapping[str, str] = {
    Reaction.POSITIVE: BlockKind.ANSWER_POSITIVE,
    Reaction.DISAPPOINTED: BlockKind.ANSWER_DISAPPOINTED,
    Reaction.WHY: BlockKind.ANSWER_WHY,
    Reaction.INSISTS: BlockKind.ANSWER_INSIST,
    Reaction.OTHER_ROLE: BlockKind.ANSWER_OTHER_ROLE,
    Reaction.CALL: BlockKind.ANSWER_CALL,
}
#: The spoken answer (phone, in person): the call script's prepared replies
#: where there is one.
_SPOKEN: Mapping[str, str] = {
    **_WRITTEN,
    Reaction.POSITIVE: BlockKind.REPLY_POSITIVE,
    Reaction.DISAPPOINTED: BlockKind.REPLY_DISAPPOINTED,
    Reaction.WHY: BlockKind.REPLY_WHY,
    Reaction.INSISTS: BlockKind.REPLY_INSIST,
}
#: Written answers that keep the door open when the message did.
_DOOR_OPEN_AFTER = frozenset({Reaction.POSITIVE, Reaction.DISAPPOINTED, Reaction.WHY})

#: The prepared replies of the call they asked for, in `Reaction` order.
_CALL_REPLIES: tuple[tuple[str, str], ...] = (
    (Reaction.POSITIVE, BlockKind.REPLY_POSITIVE),
    (Reaction.DISAPPOINTED, BlockKind.REPLY_DISAPPOINTED),
    (Reaction.WHY, BlockKind.REPLY_WHY),
    (Reaction.INSISTS, BlockKind.REPLY_INSIST),
)


@dataclass(frozen=True)
class ReplyRequest:
    """What the reply is composed from: the draft's message, the reaction,
    the subject as sent, and whether a cancelled interview is days away."""

    message: MessageRequest
    reaction: str
    original_subject: str = ""
    interview_soon: bool = False


@dataclass(frozen=True)
class ComposedReply:
    reaction: str
    language: str
    channel: str  # the reply's: the message's, or a phone call for a check call
    subject: str = ""  # email only
    body: str = ""  # empty: nothing to send ("no answer yet")
    sections: tuple[str, ...] = ()  # block kinds used, in order

    @property
    def is_empty(self) -> bool:
        return not self.body


def interview_is_soon(stage: str, interview: datetime.date | None, today: datetime.date) -> bool:
    """Whether the message cancelled an interview that is at most
    `CHECK_CALL_DAYS` days away (today included)."""
    if stage != Stage.ACCEPTED or interview is None:
        return False
    return 0 <= (interview - today).days <= CHECK_CALL_DAYS


def reply_channel(request: ReplyRequest) -> str:
    """The reply's channel: the message's, but a check call is a call."""
    if request.reaction == Reaction.NO_ANSWER:
        return Channel.PHONE if request.interview_soon else request.message.channel
    return request.message.channel


def reply_subject(original: str) -> str:
    """ "Re: <original>", once: a subject that is already a reply stays as it is."""
    original = clean_line(original)
    if _ALREADY_A_REPLY.match(original):
        return original
    return f"{REPLY_PREFIX}{original}" if original else ""


class _Reply:
    """One reply being composed: the blocks' context and the placeholder values."""

    __slots__ = ("address", "ctx", "index", "request", "values")

    def __init__(self, request: MessageRequest, catalog: Catalog) -> None:
        self.request = request
        self.index: BlockIndex = catalog.index
        self.ctx = (request.language, request.channel, request.tone, request.scenario)
        self.address: Addressing = addressing(
            name=request.contact_name,
            civility=request.contact_civility,
            first_name_terms=request.first_name_terms,
            language=request.language,
        )
        self.values = placeholder_values(request, self.address)

    @property
    def reason(self) -> str:
        return reply_reason(self.request, self.values)

    def template(self, kind: str, reason: str = "") -> str:
        """The block for this context: the reason's, or else the neutral one.
        A text message keeps its accents, as the first message does: French
        without them reads as misspelt ("bien sur")."""
        text = self.index.get(kind, *self.ctx, reason) if reason else None
        if text is None:
            text = self.index.require(kind, *self.ctx)
        return text

    def text_of(self, kind: str, reason: str = "") -> str:
        return render(self.template(kind, reason), self.values)


def compose_reply(request: ReplyRequest, catalog: Catalog) -> ComposedReply:
    """The reply to send back for `request.reaction`, from the catalogue of
    `reply_channel(request)`. Raises `ContentError` when a block is missing."""
    channel = reply_channel(request)
    message = dataclasses.replace(request.message, channel=channel)
    reply = _Reply(message, catalog)
    empty = ComposedReply(request.reaction, message.language, channel)
    if request.reaction == Reaction.NO_ANSWER:
        if not request.interview_soon:
            return empty
        check: str = BlockKind.ANSWER_CHECK_CALL
        return dataclasses.replace(empty, body=reply.text_of(check), sections=(check,))
    if request.reaction not in _WRITTEN:
        raise ValueError(f"Unknown reaction: {request.reaction!r}")
    if message.channel in (Channel.PHONE, Channel.IN_PERSON):
        spoken = _SPOKEN[request.reaction]
        return dataclasses.replace(
            empty, body=reply.text_of(spoken, reply.reason), sections=(spoken,)
        )
    kinds = [_WRITTEN[request.reaction]]
    if channel == Channel.SMS:
        return _text_message(reply, empty, kinds)
    if request.reaction in _DOOR_OPEN_AFTER and message.include_door_open:
        kinds.append(BlockKind.ANSWER_DOOR_OPEN)
    return _email(reply, empty, kinds, request.original_subject, catalog)


def _email(
    reply: _Reply, empty: ComposedReply, kinds: list[str], original: str, catalog: Catalog
) -> ComposedReply:
    """Greeting, the answer, the signature (and the sender's contact under it)."""
    address, reason = reply.address, reply.reason
    answer = " ".join(reply.text_of(kind, reason) for kind in kinds)
    signature = reply.text_of(address.signature_kind)
    contact = reply.values["sender_contact"]
    if contact:
        signature = f"{signature}\n{contact}"
    subject = reply_subject(original or subject_for(reply.request, catalog))
    return dataclasses.replace(
        empty,
        subject=subject,
        body="\n\n".join((reply.text_of(address.greeting_kind), answer, signature)),
        sections=(address.greeting_kind, *kinds, address.signature_kind),
    )


def _text_message(reply: _Reply, empty: ComposedReply, kinds: list[str]) -> ComposedReply:
    """One short text: "Hello Claire, thank you…", then the sender's name
    (no door-open sentence: the message said it, and a text stays short)."""
    address, reason, language = reply.address, reply.reason, reply.request.language
    greeting = reply.text_of(address.greeting_kind)
    answer = " ".join(reply.text_of(kind, reason) for kind in kinds)
    if greeting.endswith(","):
        answer = continue_sentence(reply.template(kinds[0], reason), answer, language)
    parts = [greeting, answer, reply.text_of(address.signature_kind)]
    return dataclasses.replace(
        empty,
        body=" ".join(part for part in parts if part),
        sections=(address.greeting_kind, *kinds, address.signature_kind),
    )


def compose_call_script(message: MessageRequest, catalog: Catalog) -> ComposedMessage:
    """The call the recruiter asked for, as a phone script for call mode and
    its PDF: an opener, the decision restated kindly, the door left open if
    the message left it open, a close; the points to tick; and the prepared
    answers (the one-sentence reason if they ask, insisting…) for the
    message's reason. `catalog`: the phone catalogue of the message language."""
    phone = dataclasses.replace(message, channel=Channel.PHONE)
    call = _Reply(phone, catalog)
    kinds = [BlockKind.CALL_OPENER, BlockKind.CALL_DECISION]
    points = [BlockKind.POINT_DECISION]
    reason = call.reason
    if reason:
        points.append(BlockKind.POINT_REASON)
    if phone.include_door_open:
        kinds.append(BlockKind.DOOR_OPEN)
        points.append(BlockKind.POINT_DOOR_OPEN)
    kinds.append(BlockKind.CLOSING)
    points.append(BlockKind.POINT_CLOSING)
    replies = tuple(
        Reply(reaction=str(reaction), text=call.text_of(kind, reason))
        for reaction, kind in _CALL_REPLIES
    )
    return ComposedMessage(
        language=phone.language,
        channel=Channel.PHONE,
        body="\n\n".join(call.text_of(kind) for kind in kinds),
        points=tuple(call.text_of(kind) for kind in points),
        replies=replies,
        sections=tuple(str(kind) for kind in kinds),
    )
