"""The inputs that hurt a PDF renderer, at the field caps: every Unicode format
character (Cf), combining mark (Mn, Me, Mc), bidi control and joiner, grouped
by class and laid out in the patterns that hurt (one after every letter,
stacked on one letter, inside long words, inside short words), plus visible
text that is slow to lay out. Used by tests/test_pdf_limits.py (each one
renders) and bench/pdf_sweep.py (how long each one takes).
"""

from __future__ import annotations

import functools
import sys
import unicodedata
from collections.abc import Callable, Iterator
from itertools import cycle, islice

from django.conf import settings as django_settings

from messages_app import limits, pdf
from messages_app.choices import Channel, Reaction
from messages_app.composer import ComposedMessage, Reply
from messages_app.pdf.document import MAX_LINES_PER_PAGE

# --- the characters ------------------------------------------------------------


@functools.cache
def characters_by_category() -> dict[str, tuple[str, ...]]:
    """Every assigned code point of the categories swept, by category."""
    wanted = {"Cf", "Mn", "Me", "Mc"}
    found: dict[str, list[str]] = {category: [] for category in wanted}
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category in wanted:
            found[category].append(chr(code))
    return {category: tuple(chars) for category, chars in found.items()}


BIDI_CONTROLS = tuple("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Joiners and zero-width spaces: ZWJ, ZWNJ, word joiner, combining grapheme
#: joiner, zero-width space, zero-width no-break space (BOM).
JOINERS = tuple("\u200d\u200c\u2060\u034f\u200b\ufeff")


def character_classes() -> dict[str, tuple[str, ...]]:
    by_category = characters_by_category()
    return {
        "soft hyphen": ("\u00ad",),
        f"format Cf ({len(by_category['Cf'])})": by_category["Cf"],
        f"bidi controls ({len(BIDI_CONTROLS)})": BIDI_CONTROLS,
        f"joiners ({len(JOINERS)})": JOINERS,
        f"nonspacing marks Mn ({len(by_category['Mn'])})": by_category["Mn"],
        f"enclosing marks Me ({len(by_category['Me'])})": by_category["Me"],
        f"spacing marks Mc ({len(by_category['Mc'])})": by_category["Mc"],
    }


def _text(pieces: Callable[[str], str], chars: tuple[str, ...]) -> Callable[[int], str]:
    """A filler: `length` characters of `pieces(char)` for each char in turn."""

    def fill(length: int) -> str:
        return "".join(islice("".join(map(pieces, islice(cycle(chars), length))), length))

    return fill


#: The layouts that hurt: what each character class is put through.
PATTERNS: dict[str, Callable[[tuple[str, ...]], Callable[[int], str]]] = {
    "after every letter": lambda chars: _text(lambda c: "a" + c, chars),
    "stacked on one letter": lambda chars: lambda n: "a" + _text(lambda c: c, chars)(n - 1),
    "inside a long word": lambda chars: _text(lambda c: "a" * 30 + c, chars),
    "inside short words": lambda chars: _text(lambda c: "mot" + c + "long ", chars),
}


def _constant(text: str) -> Callable[[int], str]:
    return lambda length: (text * (length // len(text) + 1))[:length]


#: Visible text that is slow to lay out (PERFORMANCE.md: long words, scripts).
VISIBLE: dict[str, Callable[[int], str]] = {
    "one unbroken word": _constant("z"),
    "hyphens after every letter": _constant("a-"),
    "no-break spaces": _constant("a\u00a0"),
    "CJK, no spaces": _constant("谢谢您的邀请我已接受另一份工作"),
    "Arabic with vowel marks": _constant("مَرْحَبًا بِكُمْ "),
    "Devanagari conjuncts": _constant("क्षत्रिय "),
    "emoji ZWJ sequences": _constant(
        "👩🏽\u200d💻👨\u200d👩\u200d👧\u200d👦🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f🇫🇷"
    ),
    "right-to-left override": _constant("\u202eabc def\u202c "),
    "line breaks": _constant("a\n"),
    "blank lines": _constant("a\n\n"),
    "line separators": _constant("a\u2028"),
}


def sweep_cases() -> dict[str, Callable[[int], str]]:
    cases = {
        f"{name}, {pattern}": make(chars)
        for name, chars in character_classes().items()
        for pattern, make in PATTERNS.items()
    }
    cases.update({f"visible: {name}": fill for name, fill in VISIBLE.items()})
    return cases


#: The letter (email) and the call script (phone: laid out a second time,
#: compact, when it spills onto a second page). In person shares the script's
#: layout; the text-message bubble never came out slower than the letter.
SWEEP_CHANNELS = (Channel.EMAIL, Channel.PHONE)


def document_at_the_caps(fill: Callable[[int], str], channel: str) -> pdf.PdfDocument:
    """Every field the person types, filled to its cap; the composer's parts
    carry the longest free text the wizard takes (feedback, custom reason)."""
    message = ComposedMessage(
        language="fr",
        channel=channel,
        body="",
        points=(fill(limits.FEEDBACK_MAX),),
        replies=(Reply(reaction=Reaction.WHY, text=fill(limits.CUSTOM_REASON_MAX)),),
        call_time=fill(limits.NAME_MAX),
        reminders=(fill(limits.NAME_MAX),),
    )
    return pdf.document_for(
        message,
        subject=fill(limits.SUBJECT_MAX),
        body=fill(limits.BODY_MAX),
        sender_name=fill(limits.NAME_MAX),
        sender_contact=fill(limits.CONTACT_MAX),
        company=fill(limits.NAME_MAX),
        position=fill(limits.NAME_MAX),
    )


def just_under_the_line_cap(channel: str) -> pdf.PdfDocument:
    """The most line breaks a document may hold (more are refused unlaid)."""
    lines = MAX_LINES_PER_PAGE * int(django_settings.PDF_MAX_PAGES)
    message = ComposedMessage(language="fr", channel=channel, body="")
    return pdf.document_for(
        message, subject="Objet", body="a\n" * lines, company="Brasserie", position="Vendeur"
    )


LINE_CAP_CASE = "visible: the most line breaks allowed"


def sweep_keys(*, every_pattern: bool = True) -> list[tuple[str, str]]:
    """(case, channel) for every case in every channel of `SWEEP_CHANNELS`
    (80). Without `every_pattern`, each character class comes in its hardest
    pattern only, one after every letter (stacking and long words are capped
    before layout, which tests/test_pdf_limits.py checks without rendering):
    38."""
    keys = []
    for channel in SWEEP_CHANNELS:
        for case in sweep_cases():
            hardest = case.startswith("visible:") or case.endswith("after every letter")
            if every_pattern or hardest:
                keys.append((case, str(channel)))
        keys.append((LINE_CAP_CASE, str(channel)))
    return keys


def sweep_document(case: str, channel: str) -> pdf.PdfDocument:
    if case == LINE_CAP_CASE:
        return just_under_the_line_cap(channel)
    return document_at_the_caps(sweep_cases()[case], channel)


def sweep_documents(*, every_pattern: bool = True) -> Iterator[tuple[str, str, pdf.PdfDocument]]:
    """The documents of `sweep_keys`, with their case and channel."""
    for case, channel in sweep_keys(every_pattern=every_pattern):
        yield case, channel, sweep_document(case, channel)
