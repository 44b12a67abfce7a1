"""The composer: plain data in, message out.

No request, no ORM: the view turns database blocks into a `Catalog` and the
wizard answers into a `MessageRequest`; `compose()` returns a
`ComposedMessage` that the preview, the PDF and the history all reuse.

Blocks are written with a fixed vocabulary of `{placeholders}`. User input is
substituted once, as plain text: it is never parsed as a template, so a user
who types `{company}` or `{{ x }}` gets exactly that in the message.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from messages_app.choices import Channel, Length, ReasonDetail, Tone

#: Every placeholder a block may use, and nothing else.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "company",
        "position",
        "contact_name",
        "sender_name",
        "sender_contact",
        "interview_date",
        "custom_reason",
        "feedback",
        "stay_in_touch_link",
    }
)

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def find_placeholders(text: str) -> list[str]:
    """Names of every `{placeholder}` in a block text, in order."""
    return _PLACEHOLDER_RE.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders a block uses that are not in the vocabulary (incl. stray braces)."""
    unknown = [name for name in find_placeholders(text) if name not in PLACEHOLDERS]
    stripped = _PLACEHOLDER_RE.sub("", text)
    if "{" in stripped or "}" in stripped:
        unknown.append("{" if "{" in stripped else "}")
    return unknown


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace the placeholders of a block text with plain values, in one pass."""
    return _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


#: (kind, language, channel, tone, scenario, reason); "" means "any".
BlockKey = tuple[str, str, str, str, str, str]


@dataclass(frozen=True)
class Catalog:
    """Every block text, keyed by `BlockKey`. Built from the database by
    `Block.objects.catalog()`; built by hand in tests."""

    blocks: Mapping[BlockKey, str]


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
    contact_name: str = ""
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


@dataclass(frozen=True)
class Reply:
    reaction: str  # choices.Reaction
    text: str


@dataclass(frozen=True)
class SmsInfo:
    characters: int
    encoding: str  # "GSM-7" or "UCS-2"
    segments: int
    per_segment: int


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
    sections: tuple[str, ...] = field(default=())  # block kinds used, in order

    @property
    def is_spoken(self) -> bool:
        return self.channel in (Channel.PHONE, Channel.IN_PERSON)


def compose(request: MessageRequest, catalog: Catalog) -> ComposedMessage:
    raise NotImplementedError
