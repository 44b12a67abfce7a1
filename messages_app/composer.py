"""The composer: plain data in, message out.

No request, no ORM: the view turns database blocks into a `Catalog` and the
wizard answers into a `MessageRequest`; `compose()` returns a
`ComposedMessage` that the preview, the PDF and the history all reuse.

Blocks are written with a fixed vocabulary of `{placeholders}`. User input is
substituted once, as plain text: it is never parsed as a template, so a user
who types `{company}` or `{{ x }}` gets exactly that in the message.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote

from messages_app.addressing import Addressing, addressing
from messages_app.choices import (
    BlockKind,
    Channel,
    Civility,
    Length,
    Reaction,
    ReasonDetail,
    ReasonKey,
    ScenarioKey,
    Stage,
    Tone,
)
from messages_app.text import clean_line, clean_text

#: Every placeholder a block may use, and nothing else.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "company",
        "position",
        "contact_name",
        "civility",
        "surname",
        "first_name",
        "appellation",
        "sender_name",
        "sender_contact",
        "interview_date",
        "interview_day",
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


class ContentError(LookupError):
    """The catalogue cannot build the message (a block is missing or broken).

    This is a content problem for whoever edits the blocks, never something the
    person writing the message did wrong.
    """


@dataclass(frozen=True)
class Catalog:
    """Every block text, keyed by `BlockKey`. Built from the database by
    `Block.objects.catalog()`; built by hand in tests."""

    blocks: Mapping[BlockKey, str]

    @cached_property
    def index(self) -> _Index:
        """Resolved and typeset blocks, memoised per message context (built on first use)."""
        return _Index(self.blocks)


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


@dataclass(frozen=True)
class Reply:
    reaction: str  # choices.Reaction
    text: str


@dataclass(frozen=True)
class SmsInfo:
    characters: int  # units counted against the limit: septets (GSM-7) or UTF-16 units
    encoding: str  # "GSM-7" or "UCS-2"
    segments: int
    per_segment: int
    #: (character, word it stands in) for each character outside the GSM
    #: alphabet, which makes every segment 70 characters: ("ô", "Jérôme").
    wide_characters: tuple[tuple[str, str], ...] = ()


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
# Typography
# --------------------------------------------------------------------------

NBSP = "\u00a0"
NNBSP = "\u202f"

_SPACES = " \t\u00a0\u202f\u2009"
# An ordinary (or already special) space typed before ; ! ? : is replaced...
_FR_HIGH_SPACED = re.compile(rf"(?<=\S)[{_SPACES}]+([;!?])")
_FR_COLON_SPACED = re.compile(rf"(?<=\S)[{_SPACES}]+(:)")
# ...and one is added where none was typed after a word. Digits are left
# alone so that a time such as 10:30 stays intact.
_FR_HIGH_GLUED = re.compile(r"(?<=[^\W\d_]|[})»])([;!?])")
_FR_COLON_GLUED = re.compile(r"(?<=[^\W\d_]|[})»])(:)")
_FR_GUILLEMET_OPEN = re.compile(rf"«[{_SPACES}]*")
_FR_GUILLEMET_CLOSE = re.compile(rf"[{_SPACES}]*»")
_FR_GUILLEMETS_PLAIN = re.compile(rf"«[{_SPACES}]*(.*?)[{_SPACES}]*»", re.S)

#: Typographic characters outside the GSM alphabet, and what a text message uses instead.
_SMS_PLAIN = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def french_typography(text: str, *, plain: bool = False) -> str:
    """French spacing around ; : ! ? and inside « ».

    Narrow no-break space before ; ! ?, no-break space before : and inside
    guillemets. `plain=True` (text messages) uses ordinary spaces, straight
    quotes and apostrophes instead, so the text keeps the GSM alphabet.
    """
    high, colon = (" ", " ") if plain else (NNBSP, NBSP)
    text = _FR_HIGH_SPACED.sub(high + r"\1", text)
    text = _FR_COLON_SPACED.sub(colon + r"\1", text)
    text = _FR_HIGH_GLUED.sub(high + r"\1", text)
    text = _FR_COLON_GLUED.sub(colon + r"\1", text)
    if plain:
        text = _FR_GUILLEMETS_PLAIN.sub(r'"\1"', text)
        return sms_plain(text)
    text = _FR_GUILLEMET_OPEN.sub("«" + NBSP, text)
    return _FR_GUILLEMET_CLOSE.sub(NBSP + "»", text)


def sms_plain(text: str) -> str:
    """Replace curly quotes, dashes, ellipsis and special spaces by GSM characters."""
    return text.translate(_SMS_PLAIN)


def _typeset(text: str, *, language: str, channel: str, kind: str) -> str:
    # Reminders are advice shown on screen, not part of the text message.
    sms = channel == Channel.SMS and kind != BlockKind.REMINDERS
    if language == "fr":
        return french_typography(text, plain=sms)
    return sms_plain(text) if sms else text


# --------------------------------------------------------------------------
# Block selection
# --------------------------------------------------------------------------


class _Index:
    """Selects the most specific block (scenario > channel > tone) and keeps
    each resolved, typeset text, so composing the same kind of message again
    costs a dictionary lookup."""

    __slots__ = ("_blocks", "_resolved")

    def __init__(self, blocks: Mapping[BlockKey, str]) -> None:
        self._blocks = blocks
        self._resolved: dict[tuple[str, str, str, str, str, str], str | None] = {}

    def get(
        self, kind: str, language: str, channel: str, tone: str, scenario: str, reason: str = ""
    ) -> str | None:
        key = (kind, language, channel, tone, scenario, reason)
        try:
            return self._resolved[key]
        except KeyError:
            pass
        text = self._select(key)
        if text is not None:
            unknown = unknown_placeholders(text)
            if unknown:
                raise ContentError(
                    f"The {_describe(key)} block uses unknown placeholder(s): " + ", ".join(unknown)
                )
            text = _typeset(text.strip(), language=language, channel=channel, kind=kind)
        self._resolved[key] = text
        return text

    def _select(self, key: BlockKey) -> str | None:
        kind, language, channel, tone, scenario, reason = key
        blocks = self._blocks
        # Most specific first: reason outranks scenario (then its parent),
        # which outranks channel, which outranks tone. Only reply blocks fall
        # back from a reason to the neutral wording; a reason block has none.
        reasons = (reason, "") if reason and kind in _REASON_FALLBACK_KINDS else (reason,)
        for re_ in reasons:
            for sc in _scenario_chain(scenario):
                for ch in (channel, "") if channel else ("",):
                    for to in (tone, "") if tone else ("",):
                        text = blocks.get((kind, language, ch, to, sc, re_))
                        if text and text.strip():
                            return text
        return None

    def require(
        self, kind: str, language: str, channel: str, tone: str, scenario: str, reason: str = ""
    ) -> str:
        text = self.get(kind, language, channel, tone, scenario, reason)
        fallback = KIND_FALLBACKS.get(kind)
        if text is None and fallback:
            text = self.get(fallback, language, channel, tone, scenario, reason)
        if text is None:
            raise ContentError(
                f"No {_describe((kind, language, channel, tone, scenario, reason))} block "
                "in the catalogue."
            )
        return text


#: A scenario with a parent uses the parent's blocks where it has none of its
#: own: declining an offer reads like withdrawing after interviews, except for
#: the subject and the decision.
SCENARIO_PARENTS: Mapping[str, str] = {ScenarioKey.OFFER: ScenarioKey.AFTER_INTERVIEWS}

#: A kind the catalogue lacks (deleted in the admin, not yet written) is
#: replaced by a more general one rather than failing the whole message.
KIND_FALLBACKS: Mapping[str, str] = {
    BlockKind.GREETING_TITLED: BlockKind.GREETING_NAMED,
    BlockKind.GREETING_FIRST_NAME: BlockKind.GREETING_NAMED,
    BlockKind.SIGNATURE_NAMED: BlockKind.SIGNATURE,
}

#: Kinds a message goes without when the catalogue has none (a formal French
#: letter needs no courtesy line).
_OPTIONAL_KINDS = frozenset({BlockKind.COURTESY})

#: Block kinds written per reason that fall back to a neutral wording.
_REASON_FALLBACK_KINDS = frozenset(
    {
        BlockKind.REPLY_WHY,
        BlockKind.REPLY_DISAPPOINTED,
        BlockKind.REPLY_INSIST,
        BlockKind.REPLY_POSITIVE,
    }
)


def _scenario_chain(scenario: str) -> tuple[str, ...]:
    chain = []
    while scenario:
        chain.append(scenario)
        scenario = SCENARIO_PARENTS.get(scenario, "")
    return (*chain, "")


def _describe(key: BlockKey) -> str:
    kind, language, channel, tone, scenario, reason = key
    parts = [f"'{kind}'", f"language={language}", f"channel={channel}", f"tone={tone}"]
    parts.append(f"scenario={scenario}")
    if reason:
        parts.append(f"reason={reason}")
    return " ".join(parts)


# --------------------------------------------------------------------------
# User values
# --------------------------------------------------------------------------

_SINGLE_LINE_FIELDS = (
    "company",
    "position",
    "sender_name",
    "sender_contact",
    "interview_date",
    "custom_reason",
    "stay_in_touch_link",
)
_MULTI_LINE_FIELDS = ("feedback",)


def _values(request: MessageRequest, address: Addressing) -> dict[str, str]:
    """Every placeholder's value, cleaned; in a text message as GSM characters
    (a typed ’ would otherwise make every segment 70 characters)."""
    values = {name: clean_line(getattr(request, name)) for name in _SINGLE_LINE_FIELDS}
    for name in _MULTI_LINE_FIELDS:
        values[name] = clean_text(getattr(request, name))
    values.update(address.values())
    values["interview_day"] = interview_day_text(values["interview_date"], request.language)
    if request.channel == Channel.SMS:
        values = {name: sms_plain(value) for name, value in values.items()}
    return values


def interview_day_text(day: str, language: str) -> str:
    """ "le mardi 3 mars" / "on Tuesday 3 March", or "" without a date: blocks
    write "l'entretien prévu {interview_day}", which reads right either way."""
    if not day:
        return ""
    return f"le {day}" if language == "fr" else f"on {day}"


_TERMINAL = (".", "!", "?", "…")


def _fit(template: str, values: Mapping[str, str]) -> str:
    """Adjust a block text around empty values and values ending a sentence.

    Works on the block text only (before substitution), so user text is never
    touched: an empty `{contact_name}` takes its leading comma and space with it
    ("Hello {contact_name}, this is" → "Hello, this is"), and a value that ends
    with a full stop does not get a second one from the block.
    """
    if "{" not in template:
        return template
    for name in find_placeholders(template):
        value = values.get(name, "")
        token = "{" + name + "}"
        if not value:
            template = re.sub(r",?[ \t\u00a0\u202f]*" + re.escape(token), "", template)
        elif value.endswith(_TERMINAL) and token + "." in template:
            template = template.replace(token + ".", token)
    return template


#: User values a block may put after a colon, mid-sentence.
_FRAGMENT_FIELDS = ("custom_reason", "feedback")


def _render(template: str, values: Mapping[str, str]) -> str:
    """The block with its values; a reason or feedback typed with a capital
    continues the sentence after a colon ("…simple : le trajet…")."""
    for name in _FRAGMENT_FIELDS:
        value = values.get(name, "")
        if value and re.search(r":\s*\{" + name + r"\}", template):
            values = {**values, name: _continue_sentence(value, value, "en")}
    return fill(_fit(template, values), values)


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
}

_REPLY_KINDS: tuple[tuple[str, str], ...] = (
    (Reaction.POSITIVE, BlockKind.REPLY_POSITIVE),
    (Reaction.DISAPPOINTED, BlockKind.REPLY_DISAPPOINTED),
    (Reaction.WHY, BlockKind.REPLY_WHY),
    (Reaction.INSISTS, BlockKind.REPLY_INSIST),
)

_REASON_ORDER: Mapping[str, int] = {key: i for i, key in enumerate(ReasonKey.values)}

#: One part of a message: (block kind, reason key or "").
_Part = tuple[str, str]


def _reason_part(request: MessageRequest, values: Mapping[str, str]) -> _Part | None:
    """Which reason block the message carries, if any.

    `specific` uses the first chosen reason in `ReasonKey` order; "other" with
    the user's own words uses `reason_custom`. With no usable reason chosen,
    the user's words (if any) or the general reason stand in.
    """
    detail = request.reason_detail
    if detail == ReasonDetail.NONE:
        return None
    if detail != ReasonDetail.SPECIFIC:
        return (BlockKind.REASON_GENERAL, "")
    chosen = sorted((r for r in request.reasons if r in _REASON_ORDER), key=_REASON_ORDER.get)
    first = chosen[0] if chosen else ReasonKey.OTHER
    if first == ReasonKey.OTHER and values["custom_reason"]:
        return (BlockKind.REASON_CUSTOM, "")
    if not chosen:
        return (BlockKind.REASON_GENERAL, "")
    return (BlockKind.REASON, first)


def reply_reason(request: MessageRequest, values: Mapping[str, str]) -> str:
    """The reason the prepared replies follow: the user's main reason (the
    first chosen, in `ReasonKey` order; "other" only with their own words),
    or "" for the neutral replies. Whatever the message says, the replies
    never give a second, different reason."""
    chosen = sorted((r for r in request.reasons if r in _REASON_ORDER), key=_REASON_ORDER.get)
    if not chosen:
        return ""
    if chosen[0] == ReasonKey.OTHER:
        return ReasonKey.OTHER if values["custom_reason"] else ""
    return chosen[0]


def _message_parts(
    request: MessageRequest, values: Mapping[str, str], address: Addressing
) -> list[list[_Part]]:
    """The paragraphs of the message, as lists of block kinds, in order.

    "Short" shortens every channel: no courtesy line or appreciation in an
    email, and no general reason anywhere (a reason the user chose to give
    stays)."""
    channel = request.channel
    email = channel == Channel.EMAIL
    sms = channel == Channel.SMS
    standard = request.length != Length.SHORT

    greeting = address.greeting_kind
    opening: list[_Part] = []
    if email and standard:
        opening.append((BlockKind.COURTESY, ""))
    opening.append((BlockKind.GRATITUDE, ""))
    if email and standard:
        opening.append((BlockKind.APPRECIATION, ""))

    decision: list[_Part] = [(BlockKind.DECISION, "")]
    reason = _reason_part(request, values)
    if reason and (standard or reason[0] != BlockKind.REASON_GENERAL):
        decision.append(reason)
    if request.include_apology:
        decision.append((BlockKind.APOLOGY, ""))

    feedback: list[_Part] = []
    if request.include_feedback and values["feedback"]:
        feedback.append((BlockKind.FEEDBACK, ""))

    future: list[_Part] = []
    if request.include_door_open:
        future.append((BlockKind.DOOR_OPEN, ""))
    if request.include_stay_in_touch:
        link = values["stay_in_touch_link"]
        future.append((BlockKind.STAY_IN_TOUCH_LINK if link else BlockKind.STAY_IN_TOUCH, ""))

    paragraphs = [[(greeting, "")], opening, decision, feedback, future]
    paragraphs.append([(BlockKind.CLOSING, "")])
    if email or sms:
        paragraphs.append([(address.signature_kind, "")])
    return [p for p in paragraphs if p]


def _split_lines(text: str) -> tuple[str, ...]:
    lines = (line.strip().lstrip("-•*").strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _continue_sentence(template: str, text: str, language: str) -> str:
    """Lower-case the first letter of a block that now follows a comma.

    Only when the block itself (not a user value) starts the text with an
    ordinary capitalised word: "Merci" → "merci", "J’ai" → "j’ai"; "I",
    acronyms and names such as "LinkedIn" keep their capitals.
    """
    match = _FIRST_WORD.match(template)
    if not match or not text.startswith(match.group(0)):
        return text
    word = match.group(0)
    if not word[0].isupper() or (len(word) > 1 and not word[1:].islower()):
        return text
    if language == "en" and word == "I":
        return text
    return word[0].lower() + text[1:]


def compose(request: MessageRequest, catalog: Catalog) -> ComposedMessage:
    """Build the message for the request's channel from the catalogue's blocks.

    Raises `ContentError` when a block the message needs is missing: the
    message is never built with a gap or a leftover placeholder.
    """
    language, channel = request.language, request.channel
    if channel not in Channel.values:
        raise ValueError(f"Unknown channel: {channel!r}")
    index = catalog.index
    ctx = (language, channel, request.tone, request.scenario)
    address = addressing(
        name=request.contact_name,
        civility=request.contact_civility,
        first_name_terms=request.first_name_terms,
        language=language,
    )
    values = _values(request, address)

    def text_of(kind: str, reason: str = "") -> str:
        return _render(index.require(kind, *ctx, reason), values)

    paragraphs = [
        [part for part in paragraph if part[0] not in _OPTIONAL_KINDS or index.get(part[0], *ctx)]
        for paragraph in _message_parts(request, values, address)
    ]
    sections: list[str] = []
    rendered: list[str] = []
    for paragraph in paragraphs:
        rendered.append(" ".join(text_of(kind, reason) for kind, reason in paragraph))
        sections.extend(str(kind) for kind, _reason in paragraph)

    reminders = _split_lines(text_of(BlockKind.REMINDERS))
    contact = values["sender_contact"]

    if channel == Channel.EMAIL:
        subject = clean_line(request.subject) or text_of(BlockKind.SUBJECT)
        if contact:
            rendered[-1] = f"{rendered[-1]}\n{contact}"
        return ComposedMessage(
            language=language,
            channel=channel,
            subject=subject,
            body="\n\n".join(rendered),
            reminders=reminders,
            sections=(str(BlockKind.SUBJECT), *sections),
        )

    if channel == Channel.SMS:
        if len(rendered) > 1 and rendered[0].endswith(","):
            # "Hello Camille," runs on in a text message: "Hello Camille, thank you…"
            following = index.require(paragraphs[1][0][0], *ctx, paragraphs[1][0][1])
            rendered[1] = _continue_sentence(following, rendered[1], language)
        body = " ".join(rendered)
        if contact:
            # The number is already shown to the recipient: the contact line only
            # goes in when the text message stays within two segments with it.
            with_contact = f"{body}\n{contact}"
            if sms_info(with_contact).segments <= 2:
                body = with_contact
        return ComposedMessage(
            language=language,
            channel=channel,
            body=body,
            reminders=reminders,
            sms=sms_info(body),
            sections=tuple(sections),
        )

    points = tuple(
        text_of(point)
        for point in dict.fromkeys(_POINT_FOR[kind] for kind in sections if kind in _POINT_FOR)
    )
    reason = reply_reason(request, values)
    replies = tuple(
        Reply(reaction=r.value, text=_render(text, values))
        for r, kind in _REPLY_KINDS
        if (text := index.get(kind, *ctx, reason)) is not None
    )
    voicemail = index.get(BlockKind.VOICEMAIL, *ctx) if channel == Channel.PHONE else None
    phone = channel == Channel.PHONE
    return ComposedMessage(
        language=language,
        channel=channel,
        body="\n\n".join(rendered),
        points=points,
        replies=replies,
        call_time=text_of(BlockKind.CALL_TIME) if phone else "",
        voicemail=_render(voicemail, values) if voicemail else "",
        reminders=reminders,
        sections=tuple(sections),
    )


# --------------------------------------------------------------------------
# Plain text and mail client
# --------------------------------------------------------------------------


def as_text(message: ComposedMessage) -> str:
    """The plain text a user copies: for an email the subject line, a blank
    line and the body; for every other channel the body (the script when spoken)."""
    if message.channel == Channel.EMAIL and message.subject:
        label = SUBJECT_LABELS.get(message.language, SUBJECT_LABELS["en"])
        return f"{label}{message.subject}\n\n{message.body}"
    return message.body


def mailto_url(
    message: ComposedMessage,
    to: str = "",
    *,
    subject: str | None = None,
    body: str | None = None,
) -> str:
    """A `mailto:` link opening the message in the mail client.

    Subject and body (the message's own, or the edited ones passed in) are
    percent-encoded with CRLF line breaks, as RFC 6068 asks.
    """
    subject = message.subject if subject is None else subject
    body = message.body if body is None else body
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    address = quote(clean_line(to), safe="@")
    query = f"subject={quote(clean_line(subject), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{address}?{query}"


# --------------------------------------------------------------------------
# Text messages
# --------------------------------------------------------------------------

#: GSM 03.38 default alphabet (7-bit), without the escape character.
GSM_BASIC: frozenset[str] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
#: GSM 03.38 extension table: each costs two septets (escape + character).
GSM_EXTENSION: frozenset[str] = frozenset("\f^{}\\[]~|€")

GSM_SINGLE, GSM_MULTI = 160, 153
UCS2_SINGLE, UCS2_MULTI = 70, 67


_GSM_ALL = GSM_BASIC | GSM_EXTENSION


def _packed_segments(units: Iterable[int], multi: int) -> int:
    """Segments of a concatenated message when a character never straddles two
    segments (an escape pair, a surrogate pair)."""
    segments, used = 1, 0
    for size in units:
        if used + size > multi:
            segments += 1
            used = size
        else:
            used += size
    return segments


def sms_info(text: str) -> SmsInfo:
    """Characters, encoding and segment count of a text message.

    GSM-7 when every character is in the GSM 03.38 alphabet (extension
    characters count two): 160 in one segment, 153 each when concatenated.
    Otherwise UCS-2, counted in UTF-16 units (an emoji outside the BMP counts
    two): 70 in one segment, 67 each when concatenated.
    """
    chars = set(text)
    if chars <= _GSM_ALL:
        extended = chars & GSM_EXTENSION
        total = len(text) + sum(text.count(c) for c in extended)
        encoding, single, multi = "GSM-7", GSM_SINGLE, GSM_MULTI
        wide = bool(extended)
    else:
        total = len(text.encode("utf-16-le")) // 2
        encoding, single, multi = "UCS-2", UCS2_SINGLE, UCS2_MULTI
        wide = total != len(text)
    outside = _outside_gsm(text) if encoding == "UCS-2" else ()
    if total <= single:
        return SmsInfo(total, encoding, 1 if total else 0, single, outside)
    if not wide:
        segments = -(-total // multi)
    elif encoding == "GSM-7":
        segments = _packed_segments((2 if c in GSM_EXTENSION else 1 for c in text), multi)
    else:
        segments = _packed_segments((2 if ord(c) > 0xFFFF else 1 for c in text), multi)
    return SmsInfo(total, encoding, segments, multi, outside)


_WORD = re.compile(r"\S+")


def _outside_gsm(text: str) -> tuple[tuple[str, str], ...]:
    """Each character outside the GSM alphabet once, with the first word it is in."""
    found: dict[str, str] = {}
    for word in _WORD.findall(text):
        for char in word:
            if char not in _GSM_ALL and char not in found:
                found[char] = word.strip(".,;:!?()\"'")
    return tuple(found.items())


#: What a text message can use instead of characters outside the GSM
#: alphabet (letters lose their accent; é è à ù É Ç are in the alphabet).
_GSM_EQUIVALENTS = str.maketrans(
    {
        "ç": "c",
        "â": "a",
        "ê": "e",
        "ë": "e",
        "î": "i",
        "ï": "i",
        "ô": "o",
        "û": "u",
        "ü": "u",
        "ÿ": "y",
        "œ": "oe",
        "Œ": "OE",
        "À": "A",
        "Â": "A",
        "È": "E",
        "Ê": "E",
        "Î": "I",
        "Ô": "O",
        "Û": "U",
        "«": '"',
        "»": '"',
    }
)


def gsm_equivalent(text: str) -> str:
    """The text with GSM characters instead of the ones that would make each
    segment 70 characters (what the preview offers to apply)."""
    return sms_plain(text).translate(_GSM_EQUIVALENTS)


# --------------------------------------------------------------------------
# Wizard answers
# --------------------------------------------------------------------------

_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def interview_date_text(date: dt.date | str | None, language: str) -> str:
    """The interview date as written in a message: "mardi 3 mars" / "Tuesday 3 March".

    Independent of the active locale. Accepts a date or an ISO string; returns
    "" for no date. French writes the first of the month "1er".
    """
    if not date:
        return ""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    lang = "fr" if language == "fr" else "en"
    day = _DAYS[lang][date.weekday()]
    month = _MONTHS[lang][date.month - 1]
    number = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{day} {number} {month}"


def scenario_for(stage: str, reasons: Iterable[str]) -> str:
    """The scenario a message is written for, from the wizard's answers.

    The stage decides first: an interview already accepted → `accepted`
    (even with another offer in hand: the apology for cancelling matters
    most); after interviews → `after_interviews`; an offer → `offer`. Otherwise the
    reasons decide: another or a better offer → `better_offer`; personal
    circumstances → `personal`; anything else → `early`.
    """
    if stage == Stage.ACCEPTED:
        return ScenarioKey.ACCEPTED
    if stage == Stage.OFFER:
        return ScenarioKey.OFFER
    if stage == Stage.SEVERAL:
        return ScenarioKey.AFTER_INTERVIEWS
    chosen = set(reasons)
    if chosen & {ReasonKey.BETTER_OFFER, ReasonKey.ANOTHER_OFFER}:
        return ScenarioKey.BETTER_OFFER
    if ReasonKey.PERSONAL in chosen:
        return ScenarioKey.PERSONAL
    return ScenarioKey.EARLY
