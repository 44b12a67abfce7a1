"""The HTML a PDF is made from, and the text taming that keeps it quick to lay out.

`render_html()` turns a `PdfDocument` into an HTML string with the Django
templates in `templates/messages_app/pdf/`: labels in the *message* language,
every user value escaped by the template engine, the invisible characters
that stall line breaking removed or capped (`tame_invisibles`: soft hyphens,
zalgo marks, runs of joiners and bidi controls) and every over-long unbroken
run of characters cut into breakable pieces (`printable`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from messages_app.choices import Channel, Reaction
from messages_app.limits import (
    BODY_MAX,
    CONTACT_MAX,
    ITEM_MAX,
    ITEMS_MAX,
    NAME_MAX,
    PHONE_MAX,
    SUBJECT_MAX,
)
from messages_app.pdf.document import PAPER_CSS, PdfDocument
from messages_app.text import strip_control_characters

#: An unbroken run longer than this is cut every `RUN_PIECE` characters with a
#: zero-width space: long unbreakable words make line breaking quadratic.
MAX_RUN = 80
RUN_PIECE = 40

ZWSP = "\u200b"
ZWJ = "\u200d"
_RUN_RE = re.compile(rf"[^ \t\n\u200b]{{{MAX_RUN + 1},}}")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


# --- text safety ------------------------------------------------------------

#: Invisible format characters removed before layout: nothing a reader sees
#: goes with them. The soft hyphen is why this list exists: each one is a
#: hyphenation point WeasyPrint tries again and again while it breaks a line,
#: and 1,200 of them ran a one-page letter past 10 s.
DROPPED_FORMAT_CHARACTERS = frozenset(
    "\u00ad"  # soft hyphen
    "\u180e"  # Mongolian vowel separator (a format character since Unicode 6.3)
    "\u2061\u2062\u2063\u2064"  # invisible maths operators
    "\u206a\u206b\u206c\u206d\u206e\u206f"  # deprecated shaping controls
    "\ufeff"  # zero-width no-break space, a stray byte order mark
    "\ufff9\ufffa\ufffb"  # interlinear annotation controls
    "\U000e0001"  # language tag (deprecated)
)
#: At most this many combining marks and format characters in a row: the
#: 30 "non-starters" of Unicode's stream-safe text format (UAX #15), far more
#: than any language stacks on one letter. Zalgo text stacks thousands, which
#: WeasyPrint shapes as one ever-growing cluster.
MAX_ATTACHED_RUN = 30
#: At most this many format characters in a row (joiners, bidi controls, emoji
#: tags): an emoji subdivision flag needs 6, real text 1 or 2.
MAX_FORMAT_RUN = 8
#: Bidi controls that open a level: embeddings and overrides (LRE, RLE, LRO,
#: RLO), closed by PDF; isolates (LRI, RLI, FSI), closed by PDI.
BIDI_EMBEDDINGS = frozenset("\u202a\u202b\u202d\u202e")
BIDI_ISOLATES = frozenset("\u2066\u2067\u2068")
BIDI_POP_EMBEDDING = "\u202c"
BIDI_POP_ISOLATE = "\u2069"
#: At most this many bidi levels open at once; real text nests 1 to 3. A few
#: hundred unbalanced embeddings, overrides and isolates crash the render
#: process (a segfault in the text layout libraries near the 125-level limit
#: of the Unicode bidi algorithm).
MAX_BIDI_DEPTH = 8


def _attaches(char: str) -> bool:
    """A character that belongs to the one before it on the page: a combining
    mark, a format character (joiner, bidi control, emoji tag) or an emoji
    skin-tone modifier. A line is never cut just before one."""
    category = unicodedata.category(char)
    return category[0] == "M" or category == "Cf" or "\U0001f3fb" <= char <= "\U0001f3ff"


def _bidi_kept(char: str, levels: list[str]) -> bool:
    """Whether a bidi control is kept, given the levels open before it
    (`levels`, updated): an opener beyond `MAX_BIDI_DEPTH` and a closer with
    nothing to close (which the bidi algorithm ignores anyway) are not."""
    if char in BIDI_EMBEDDINGS or char in BIDI_ISOLATES:
        if len(levels) >= MAX_BIDI_DEPTH:
            return False
        levels.append(char)
    elif char == BIDI_POP_EMBEDDING:
        if not levels or levels[-1] not in BIDI_EMBEDDINGS:
            return False
        levels.pop()
    elif char == BIDI_POP_ISOLATE:
        if not any(level in BIDI_ISOLATES for level in levels):
            return False
        while levels.pop() not in BIDI_ISOLATES:  # closes the embeddings inside too
            pass
    return True


def tame_invisibles(text: str) -> str:
    """Text whose invisible characters can neither stall nor crash the layout.

    * The format characters in `DROPPED_FORMAT_CHARACTERS` (soft hyphens
      first) are removed.
    * Runs of combining marks and format characters (category M or Cf) are
      cut to `MAX_ATTACHED_RUN` characters, and runs of format characters
      alone (zero-width joiners and spaces, bidi controls, tags) to
      `MAX_FORMAT_RUN`; the first ones are kept.
    * Bidi embeddings, overrides and isolates are kept balanced and at most
      `MAX_BIDI_DEPTH` deep; the levels still open at the end are closed, so
      one field's controls cannot reorder the text printed after it.

    Everything a person can see stays, in the order typed: accented letters
    (composed or not), Arabic and Hebrew with their vowel marks, Indic
    scripts, CJK, emoji sequences (a zero-width joiner sits between two
    emoji, never in a run), flags, bidi marks. Text is not otherwise
    normalised. Costs ~1 ms for 5,000 non-ASCII characters.
    """
    if text.isascii():  # no format character or combining mark in ASCII
        return text
    kept: list[str] = []
    attached = formats = 0  # length of the current runs
    levels: list[str] = []  # the bidi levels open
    for char in text:
        category = unicodedata.category(char)
        if category == "Cf":
            if char in DROPPED_FORMAT_CHARACTERS:
                continue
            attached += 1
            formats += 1
            if attached > MAX_ATTACHED_RUN or formats > MAX_FORMAT_RUN:
                continue
            if not _bidi_kept(char, levels):
                continue
        elif category[0] == "M":
            attached += 1
            formats = 0
            if attached > MAX_ATTACHED_RUN:
                continue
        else:
            attached = formats = 0
        kept.append(char)
    for level in reversed(levels):
        kept.append(BIDI_POP_ISOLATE if level in BIDI_ISOLATES else BIDI_POP_EMBEDDING)
    return "".join(kept)


def _is_regional_indicator(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _breakable(run: str) -> str:
    """A long unbroken run with a zero-width space every `RUN_PIECE`
    characters or so, placed between two visible characters: never inside an
    accented letter, an emoji sequence or a flag (two regional indicators).
    A piece with no such place in `MAX_RUN` characters is cut there anyway."""
    pieces: list[str] = []
    start = 0
    regional = 0  # regional indicators in a row just before `index`
    for index in range(1, len(run)):
        char, before = run[index], run[index - 1]
        regional = regional + 1 if _is_regional_indicator(before) else 0
        length = index - start
        between_clusters = (
            not _attaches(char)
            and before != ZWJ
            and not (_is_regional_indicator(char) and regional % 2)
        )
        if (length >= RUN_PIECE and between_clusters) or length >= MAX_RUN:
            pieces.append(run[start:index])
            start = index
    pieces.append(run[start:])
    return ZWSP.join(pieces)


def printable(text: str, *, limit: int | None = None) -> str:
    """Plain text made safe to lay out: control characters removed, line
    endings normalised, invisible characters tamed (`tame_invisibles`),
    unbroken runs over `MAX_RUN` cut into breakable pieces. HTML escaping is
    left to the template engine."""
    text = strip_control_characters(text)
    if limit is not None:
        text = text[:limit]
    text = tame_invisibles(text)
    return _RUN_RE.sub(lambda m: _breakable(m.group(0)), text)


def _paragraphs(text: str) -> list[str]:
    return [p for p in _PARAGRAPH_RE.split(printable(text, limit=BODY_MAX).strip()) if p]


def _items(values: Iterable[str]) -> list[str]:
    cleaned = (printable(v, limit=ITEM_MAX).strip() for v in list(values)[:ITEMS_MAX])
    return [v for v in cleaned if v]


REPLY_LABELS: dict[str, Any] = {
    Reaction.POSITIVE: _("If they take it well"),
    Reaction.DISAPPOINTED: _("If they sound disappointed"),
    Reaction.WHY: _("If they ask why"),
    Reaction.INSISTS: _("If they insist or offer more"),
}


def _title(document: PdfDocument, company: str, position: str) -> str:
    names = {"company": company, "position": position}
    if document.is_reply:
        return gettext("Your reply — %(position)s at %(company)s") % names
    if document.channel == Channel.PHONE:
        return gettext("Call script — %(position)s at %(company)s") % names
    if document.channel == Channel.IN_PERSON:
        return gettext("Talking points — %(position)s at %(company)s") % names
    if document.channel == Channel.SMS:
        return gettext("Text message — %(position)s at %(company)s") % names
    return gettext("Email — %(position)s at %(company)s") % names


#: The date written in full, as in a letter ("3 mars 2026", "March 3, 2026").
DATE_FORMATS: dict[str, str] = {"fr": "j F Y", "en": "F j, Y"}

#: One layout per channel.
TEMPLATES: dict[str, str] = {
    Channel.EMAIL: "messages_app/pdf/email.html",
    Channel.PHONE: "messages_app/pdf/phone.html",
    Channel.SMS: "messages_app/pdf/sms.html",
    Channel.IN_PERSON: "messages_app/pdf/in_person.html",
}


def template_for(channel: str) -> str:
    return TEMPLATES.get(channel, TEMPLATES[Channel.EMAIL])


def render_html(document: PdfDocument) -> str:
    """The HTML WeasyPrint receives: labels and date in the message language."""
    company = printable(document.company, limit=NAME_MAX).strip()
    position = printable(document.position, limit=NAME_MAX).strip()
    day = document.date or timezone.localdate()
    reminders = _items(document.reminders)
    with translation.override(document.language):
        replies = [
            {"label": REPLY_LABELS.get(reply.reaction, ""), "text": text}
            for reply in document.replies[:ITEMS_MAX]
            if (text := printable(reply.text, limit=ITEM_MAX).strip())
        ]
        context = {
            "language": document.language,
            "channel": document.channel,
            "title": _title(document, company, position),
            "company": company,
            "position": position,
            "subject": printable(document.subject, limit=SUBJECT_MAX).strip(),
            "paragraphs": _paragraphs(document.body),
            "sender_name": printable(document.sender_name, limit=NAME_MAX).strip(),
            "sender_contact": printable(document.sender_contact, limit=CONTACT_MAX).strip(),
            "recipient_phone": printable(document.recipient_phone, limit=PHONE_MAX).strip(),
            "points": _items(document.points),
            "replies": replies,
            "call_time": printable(document.call_time, limit=ITEM_MAX).strip(),
            "voicemail": printable(document.voicemail, limit=ITEM_MAX).strip(),
            "reminders": reminders,
            "date": date_format(day, DATE_FORMATS.get(document.language, "DATE_FORMAT")),
            "page_size": PAPER_CSS.get(document.paper, "A4"),
        }
        return render_to_string(template_for(document.channel), context)
