"""The composer: plain data in, message out.

No request, no ORM: the view turns database blocks into a `Catalog` and the
wizard answers into a `MessageRequest`; `compose()` returns a
`ComposedMessage` that the preview, the PDF and the history all reuse, and
`subject_for()` decides the subject line.

A message declines (nearly always), or, for a person not sure yet, asks for
more information or for another interview date (`MessageRequest.purpose`):
the same greeting, thanks and signature around other blocks. Which
paragraphs each kind of message has: `outline.py`.

Which block a message uses: `catalog.py`; placeholders and user values:
`placeholders.py`; SMS segments: `sms.py`; French spacing: `text.py`; dates:
`dates.py`; the mail-client link: `mailto.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from messages_app.addressing import addressing
from messages_app.catalog import BlockIndex, Catalog
from messages_app.choices import (
    BlockKind,
    Channel,
    Civility,
    Length,
    Purpose,
    Reaction,
    ReasonDetail,
    Tone,
)
from messages_app.outline import Part, message_parts, purpose_kinds, reply_reason
from messages_app.placeholders import continue_sentence, placeholder_values, render
from messages_app.sms import SmsInfo, sms_info
from messages_app.text import clean_line


@dataclass(frozen=True)
class MessageRequest:
    """Everything the wizard knows, as plain values."""

    language: str
    channel: str
    company: str
    position: str
    scenario: str
    tone: str = Tone.FORMAL
    length: str = Length.STANDARD
    contact_name: str = ""  # as typed: "Mme Lefèvre", "Sarah Carter", "Lefèvre"
    contact_civility: str = Civility.NONE
    first_name_terms: bool = False  # on first-name terms with the contact
    sender_name: str = ""
    sender_contact: str = ""
    interview_date: str = ""  # already formatted for the message language
    reasons: tuple[str, ...] = ()
    reason_detail: str = ReasonDetail.GENERAL
    custom_reason: str = ""
    include_apology: bool = False
    include_door_open: bool = True
    include_stay_in_touch: bool = False
    stay_in_touch_link: str = ""
    include_feedback: bool = False
    feedback: str = ""
    subject: str = ""  # the user's own subject line; empty = from the blocks
    #: Decline, or (not sure yet) ask for more information / another date.
    purpose: str = Purpose.DECLINE
    question: str = ""  # ask_info: what the person wants to know (optional)
    availability: str = ""  # reschedule: when they could come instead (optional)


@dataclass(frozen=True)
class Reply:
    reaction: str  # choices.Reaction
    text: str


#: The label of the subject line in the copied text, in the message language.
SUBJECT_LABELS: Mapping[str, str] = {"fr": "Objet\u00a0: ", "en": "Subject: "}


@dataclass(frozen=True)
class ComposedMessage:
    language: str
    channel: str
    subject: str = ""  # email only
    body: str = ""  # email body, text message, or the spoken script
    points: tuple[str, ...] = ()  # phone / in person: points to cover
    replies: tuple[Reply, ...] = ()  # phone / in person
    call_time: str = ""  # phone only
    reminders: tuple[str, ...] = ()  # advice for the channel
    sms: SmsInfo | None = None  # text message only
    voicemail: str = ""  # phone only: a 20-second message if nobody answers
    sections: tuple[str, ...] = field(default=())  # block kinds used, in order

    @property
    def is_spoken(self) -> bool:
        return self.channel in (Channel.PHONE, Channel.IN_PERSON)

    @property
    def full_text(self) -> str:
        """The plain text a user copies (see `as_text`)."""
        return as_text(self)


# --------------------------------------------------------------------------
# Composition
# --------------------------------------------------------------------------

_POINT_FOR: Mapping[str, str] = {
    BlockKind.GRATITUDE: BlockKind.POINT_GRATITUDE,
    BlockKind.DECISION: BlockKind.POINT_DECISION,
    BlockKind.REASON: BlockKind.POINT_REASON,
    BlockKind.REASON_GENERAL: BlockKind.POINT_REASON,
    BlockKind.REASON_CUSTOM: BlockKind.POINT_REASON,
    BlockKind.APOLOGY: BlockKind.POINT_APOLOGY,
    BlockKind.FEEDBACK: BlockKind.POINT_FEEDBACK,
    BlockKind.DOOR_OPEN: BlockKind.POINT_DOOR_OPEN,
    BlockKind.STAY_IN_TOUCH: BlockKind.POINT_STAY_IN_TOUCH,
    BlockKind.STAY_IN_TOUCH_LINK: BlockKind.POINT_STAY_IN_TOUCH,
    BlockKind.CLOSING: BlockKind.POINT_CLOSING,
    BlockKind.ASK_INFO_INTEREST: BlockKind.POINT_INTEREST,
    BlockKind.RESCHEDULE_INTEREST: BlockKind.POINT_INTEREST,
    BlockKind.ASK_INFO_REQUEST: BlockKind.POINT_ASK_INFO,
    BlockKind.ASK_INFO_QUESTION: BlockKind.POINT_ASK_INFO,
    BlockKind.ASK_INFO_NEXT: BlockKind.POINT_ANSWER_BY,
    BlockKind.RESCHEDULE_CONFLICT: BlockKind.POINT_RESCHEDULE,
    BlockKind.RESCHEDULE_PROPOSAL: BlockKind.POINT_NEW_DATE,
    BlockKind.RESCHEDULE_ASK: BlockKind.POINT_NEW_DATE,
}


#: Kinds a message goes without when the catalogue has none (a formal French
#: letter needs no courtesy line).
_OPTIONAL_KINDS = frozenset({BlockKind.COURTESY})

_REPLY_KINDS: tuple[tuple[Reaction, BlockKind], ...] = (
    (Reaction.POSITIVE, BlockKind.REPLY_POSITIVE),
    (Reaction.DISAPPOINTED, BlockKind.REPLY_DISAPPOINTED),
    (Reaction.WHY, BlockKind.REPLY_WHY),
    (Reaction.INSISTS, BlockKind.REPLY_INSIST),
)


def _split_lines(text: str) -> tuple[str, ...]:
    lines = (line.strip().lstrip("-•*").strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


class _Composition:
    """One message being composed: its blocks' context and its placeholder values."""

    __slots__ = ("address", "ctx", "index", "request", "values")

    def __init__(self, request: MessageRequest, catalog: Catalog) -> None:
        self.request = request
        self.index: BlockIndex = catalog.index
        self.ctx = (request.language, request.channel, request.tone, request.scenario)
        self.address = addressing(
            name=request.contact_name,
            civility=request.contact_civility,
            first_name_terms=request.first_name_terms,
            language=request.language,
        )
        self.values = placeholder_values(request, self.address)

    def block(self, kind: str, reason: str = "") -> str | None:
        """The typeset block text (placeholders not yet filled), or None."""
        return self.index.get(kind, *self.ctx, reason)

    def template(self, kind: str, reason: str = "") -> str:
        """Like `block`, but a missing block is a `ContentError`."""
        return self.index.require(kind, *self.ctx, reason)

    def text_of(self, kind: str, reason: str = "") -> str:
        """The block with its values filled in; a missing one is a `ContentError`."""
        return render(self.template(kind, reason), self.values)

    def paragraphs(self) -> list[list[Part]]:
        """The message's paragraphs, without the optional blocks the catalogue lacks."""
        return [
            [part for part in paragraph if part[0] not in _OPTIONAL_KINDS or self.block(part[0])]
            for paragraph in message_parts(self.request, self.values, self.address)
        ]


def compose(request: MessageRequest, catalog: Catalog) -> ComposedMessage:
    """Build the message for the request's channel from the catalogue's blocks.

    Raises `ContentError` when a block the message needs is missing: the
    message is never built with a gap or a leftover placeholder.
    """
    if request.channel not in Channel.values:
        raise ValueError(f"Unknown channel: {request.channel!r}")
    message = _Composition(request, catalog)
    paragraphs = message.paragraphs()
    rendered = [" ".join(message.text_of(kind, reason) for kind, reason in p) for p in paragraphs]
    sections = tuple(str(kind) for paragraph in paragraphs for kind, _reason in paragraph)
    reminders = _split_lines(message.text_of(purpose_kinds(request.purpose).reminders))
    if request.channel == Channel.EMAIL:
        return _email(message, rendered, sections, reminders)
    if request.channel == Channel.SMS:
        return _text_message(message, paragraphs, rendered, sections, reminders)
    return _spoken(message, rendered, sections, reminders)


def has_subject(channel: str) -> bool:
    """Only an email has a subject line."""
    return channel == Channel.EMAIL


def subject_for(request: MessageRequest, catalog: Catalog) -> str:
    """The subject line of the message: the person's own (cleaned) when typed,
    otherwise the catalogue's subject block; "" for a channel without one
    (`has_subject`)."""
    if not has_subject(request.channel):
        return ""
    return _subject(_Composition(request, catalog))


def _subject(message: _Composition) -> str:
    kind = purpose_kinds(message.request.purpose).subject
    return clean_line(message.request.subject) or message.text_of(kind)


def _email(
    message: _Composition,
    rendered: list[str],
    sections: tuple[str, ...],
    reminders: tuple[str, ...],
) -> ComposedMessage:
    """Paragraphs separated by a blank line; the sender's contact under the signature."""
    subject = _subject(message)
    contact = message.values["sender_contact"]
    if contact:
        rendered = [*rendered[:-1], f"{rendered[-1]}\n{contact}"]
    return ComposedMessage(
        language=message.request.language,
        channel=message.request.channel,
        subject=subject,
        body="\n\n".join(rendered),
        reminders=reminders,
        sections=(str(BlockKind.SUBJECT), *sections),
    )


def _text_message(
    message: _Composition,
    paragraphs: list[list[Part]],
    rendered: list[str],
    sections: tuple[str, ...],
    reminders: tuple[str, ...],
) -> ComposedMessage:
    """One paragraph; the sender's contact only while it fits in two segments."""
    language = message.request.language
    if len(rendered) > 1 and rendered[0].endswith(","):
        # "Hello Camille," runs on in a text message: "Hello Camille, thank you…"
        following = message.template(*paragraphs[1][0])
        rendered = [
            rendered[0],
            continue_sentence(following, rendered[1], language),
            *rendered[2:],
        ]
    body = " ".join(rendered)
    contact = message.values["sender_contact"]
    if contact:
        # The number is already shown to the recipient: the contact line only
        # goes in when the text message stays within two segments with it.
        with_contact = f"{body}\n{contact}"
        if sms_info(with_contact).segments <= 2:
            body = with_contact
    return ComposedMessage(
        language=language,
        channel=message.request.channel,
        body=body,
        reminders=reminders,
        sms=sms_info(body),
        sections=sections,
    )


def _spoken(
    message: _Composition,
    rendered: list[str],
    sections: tuple[str, ...],
    reminders: tuple[str, ...],
) -> ComposedMessage:
    """The script, the points to cover, prepared replies; for a call, when to
    call and a voicemail."""
    request, values = message.request, message.values
    phone = request.channel == Channel.PHONE
    kinds = dict.fromkeys(_POINT_FOR[kind] for kind in sections if kind in _POINT_FOR)
    points = tuple(message.text_of(kind) for kind in kinds)
    kinds_for = purpose_kinds(request.purpose)
    reason = reply_reason(request, values)
    replies = tuple(
        Reply(reaction=reaction.value, text=render(text, values))
        for reaction, kind in _REPLY_KINDS
        if kinds_for.replies and (text := message.block(kind, reason)) is not None
    )
    voicemail = message.block(kinds_for.voicemail) if phone else None
    return ComposedMessage(
        language=request.language,
        channel=request.channel,
        body="\n\n".join(rendered),
        points=points,
        replies=replies,
        call_time=message.text_of(BlockKind.CALL_TIME) if phone else "",
        voicemail=render(voicemail, values) if voicemail else "",
        reminders=reminders,
        sections=sections,
    )


# --------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------


def as_text(message: ComposedMessage) -> str:
    """The plain text a user copies: for an email the subject line, a blank
    line and the body; for every other channel the body (the script when spoken)."""
    if message.channel == Channel.EMAIL and message.subject:
        label = SUBJECT_LABELS.get(message.language, SUBJECT_LABELS["en"])
        return f"{label}{message.subject}\n\n{message.body}"
    return message.body
