"""Plain text rules: cleaning what a person types, and French typography.

C0 and C1 control characters, DEL and the two Unicode non-characters XML
cannot carry are never kept. A single line keeps a tab; a text keeps tabs and
line breaks, with CRLF and CR normalised to LF first.

`french_typography` is the one French-spacing rule: message blocks, scenario
advice and reason hints all go through it.
"""

import re

from messages_app.sms import sms_plain

#: Every control character, tab and line feed included (see `control_characters`).
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff"
_CONTROL_IN_TEXT = re.compile(f"[{_CONTROL}]")
_CONTROL_IN_LINE = re.compile(f"[\n{_CONTROL}]")
_WHITESPACE_RUN = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_TRAILING_SPACES = re.compile(r"[ \t]+\n")


def normalize_newlines(value: str) -> str:
    """CRLF and CR (as browsers and old editors send them) become LF."""
    return value.replace("\r\n", "\n").replace("\r", "\n")


def has_control_characters(value: str, *, multiline: bool) -> bool:
    """Whether `value` holds a character this module never keeps (in a single
    line, a line break counts as one). `value` has its newlines normalised."""
    pattern = _CONTROL_IN_TEXT if multiline else _CONTROL_IN_LINE
    return bool(pattern.search(value))


def strip_control_characters(value: str) -> str:
    """`value` with normalised line breaks and no other control character."""
    return _CONTROL_IN_TEXT.sub("", normalize_newlines(value))


def clean_line(value: object) -> str:
    """A single-line value: no control characters, one space between words."""
    if not value:
        return ""
    return _WHITESPACE_RUN.sub(" ", strip_control_characters(str(value))).strip()


def clean_text(value: object) -> str:
    """A multi-line value: no control characters but \\n and \\t, no trailing
    spaces, at most one blank line in a row."""
    if not value:
        return ""
    text = _TRAILING_SPACES.sub("\n", strip_control_characters(str(value)))
    return _BLANK_LINES.sub("\n\n", text).strip()


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
