"""Text messages: the GSM-7 / UCS-2 encoding and the SMS segment count.

A text message is sent in GSM-7 when every character is in the GSM 03.38
alphabet, otherwise in UCS-2; the encoding decides how many characters fit in
one segment, and a long message is split into several. `sms_info` is the one
count the preview, the quality check and the composer use.

Hand-written on purpose: the only Python libraries for this are sms-counter
0.0.1 and smsutil (last released in 2020); this module is short and its tests
pin every rule (extension characters, surrogate pairs, segment boundaries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote

from messages_app.phone import dialable

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


@dataclass(frozen=True)
class SmsInfo:
    characters: int  # units counted against the limit: septets (GSM-7) or UTF-16 units
    encoding: str  # "GSM-7" or "UCS-2"
    segments: int
    per_segment: int
    #: (character, word it stands in) for each character outside the GSM
    #: alphabet, which makes every segment 70 characters: ("ô", "Jérôme").
    wide_characters: tuple[tuple[str, str], ...] = ()


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


_WORD = re.compile(r"\S+")


def _outside_gsm(text: str) -> tuple[tuple[str, str], ...]:
    """Each character outside the GSM alphabet once, with the first word it is in."""
    found: dict[str, str] = {}
    for word in _WORD.findall(text):
        for char in word:
            if char not in _GSM_ALL and char not in found:
                found[char] = word.strip(".,;:!?()\"'")
    return tuple(found.items())


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


def sms_plain(text: str) -> str:
    """Replace curly quotes, dashes, ellipsis and special spaces by GSM characters."""
    return text.translate(_SMS_PLAIN)


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


def sms_url(phone: str, body: str) -> str:
    """An `sms:` link that opens the messaging app with the text filled in.

    `sms:+33…?&body=…`: iOS reads the body after `&`, Android after `?`, so
    this one form works on both. The body is percent-encoded whole (spaces as
    %20, never `+`, which iOS would show), with `\\n` line breaks.
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n")
    return f"sms:{dialable(phone)}?&body={quote(text, safe='')}"
