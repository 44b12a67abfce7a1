"""PDF export: one printable page per message, rendered safely by WeasyPrint.

The pipeline:

* In the web process, `render_html()` turns a `PdfDocument` (plain data) into
  an HTML string with the Django templates in `templates/messages_app/pdf/`,
  labels in the *message* language, every user value escaped by the template
  engine, the invisible characters that stall line breaking removed or
  capped (`tame_invisibles`: soft hyphens, zalgo marks, runs of joiners and
  bidi controls) and every over-long unbroken run of characters cut into
  breakable pieces.
* In a separate worker process, WeasyPrint turns that HTML into PDF bytes.
  The worker imports WeasyPrint and builds one `FontConfiguration` when it
  starts (a reused configuration keeps memory flat and saves ~15 % a render),
  fetches nothing but the bundled fonts (`AssetURLFetcher`), refuses documents
  longer than `settings.PDF_MAX_PAGES`, and is killed and replaced when a
  render exceeds `settings.PDF_RENDER_TIMEOUT`.
* Across the web processes of a server, at most `settings.PDF_RENDER_SLOTS`
  renders run at once (`render_slot`, a file lock): fewer than the web
  workers, so PDF requests never hold them all. A request that finds no
  free slot within `SLOT_WAIT` gets `PdfBusyError`.
* What makes a render fast (bench/pdf.py measures it): the worker
  lays documents out with its own small user-agent stylesheet
  (`print_html_class`), parses the shared stylesheet once, embeds trimmed
  copies of the fonts (`trimmed_fonts`), and the templates avoid what
  WeasyPrint lays out slowly (flex, grid, multi-column, one box per bullet).

The worker is a "spawn" process (safe with threads and database connections;
it never touches Django's settings or the database). Like every spawned
process it re-imports the main script, so a script that renders PDFs needs
the usual `if __name__ == "__main__":` guard (manage.py, gunicorn and pytest
have it). Each web process starts its own worker on the first request it
serves (see pdf_views), never in management commands.

Public interface: `PdfDocument`, `document_for()`, `render_pdf()`,
`pdf_response()`, `pdf_filename()`, `printable()`, `render_slot()` and the
`PdfError` family.
"""

from __future__ import annotations

import atexit
import contextlib
import datetime
import fcntl
import functools
import hashlib
import io
import logging
import mimetypes
import multiprocessing
import os
import re
import shutil
import tempfile
import threading
import time
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.db import models
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.formats import date_format, number_format
from django.utils.functional import lazy
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from messages_app.choices import Channel, Reaction
from messages_app.composer import ComposedMessage, Reply
from messages_app.limits import BODY_MAX, CONTACT_MAX, ITEM_MAX, ITEMS_MAX, NAME_MAX, SUBJECT_MAX
from messages_app.text import strip_control_characters

logger = logging.getLogger(__name__)

#: The only files a PDF may load: the fonts bundled with the project.
ASSETS_DIR: Path = Path(__file__).resolve().parent.parent / "static" / "fonts"
#: Relative URLs in the PDF templates resolve against this directory.
BASE_URL: str = ASSETS_DIR.as_uri() + "/"

#: An unbroken run longer than this is cut every `RUN_PIECE` characters with a
#: zero-width space: long unbreakable words make line breaking quadratic.
MAX_RUN = 80
RUN_PIECE = 40
#: No page holds more lines than this: the densest layout fits 173 one-letter
#: lines on 4 pages (email, A4). A document with more line breaks than
#: `MAX_LINES_PER_PAGE` × `settings.PDF_MAX_PAGES` is refused before layout,
#: not after laying out dozens of pages (2,500 of them took 2.4–2.9 s).
MAX_LINES_PER_PAGE = 60
_LINE_BREAK_RE = re.compile("\r\n|[\n\r\u2028\u2029]")

#: How long a fresh worker may take to import WeasyPrint and load the fonts.
WORKER_START_TIMEOUT = 60.0
#: Address space of the render process (it needs ~250 MB).
WORKER_MEMORY_LIMIT = 1024 * 1024 * 1024

ZWSP = "\u200b"
ZWJ = "\u200d"
_RUN_RE = re.compile(rf"[^ \t\n\u200b]{{{MAX_RUN + 1},}}")
_PARAGRAPH_RE = re.compile(r"\n[ \t]*\n\s*")


class Paper(models.TextChoices):
    A4 = "a4", _("A4")
    LETTER = "letter", _("US Letter")


#: CSS `@page { size }` for each paper; a fixed mapping, never user text.
PAPER_CSS: dict[str, str] = {Paper.A4: "A4", Paper.LETTER: "letter"}


# --- errors -------------------------------------------------------------


class PdfError(Exception):
    """Something the user should be told about; `user_message` is translated
    lazily, so it comes out in the interface language of the request."""

    user_message: Any = _("The PDF could not be created. Your text is kept: please try again.")

    def __init__(self, detail: str = "", *, user_message: Any = None) -> None:
        super().__init__(detail or str(type(self).__name__))
        if user_message is not None:
            self.user_message = user_message


class PdfInputError(PdfError):
    """A field is too long to print."""


class PdfTimeoutError(PdfError):
    user_message = _(
        "Creating the PDF took too long and was stopped. Your text is kept: "
        "shorten it a little or try again."
    )


class PdfTooManyPagesError(PdfError):
    pass


class PdfBusyError(PdfError):
    user_message = _("The PDF service is busy. Your text is kept: please try again in a moment.")


class PdfRateLimitedError(PdfError):
    """Over the `pdf_render` rate limits (see pdf_views)."""

    user_message = _("Too many PDFs in a short time: please try again in a minute.")


# --- the document -----------------------------------------------------------


@dataclass(frozen=True)
class PdfDocument:
    """Everything printed on the page, as plain text.

    `subject` and `body` are the text as the user last saw it (their edits
    included); points, replies, call time and reminders come from the composer.
    """

    channel: str
    language: str
    company: str
    position: str
    body: str
    subject: str = ""
    sender_name: str = ""
    sender_contact: str = ""
    points: tuple[str, ...] = ()
    replies: tuple[Reply, ...] = ()
    call_time: str = ""
    voicemail: str = ""
    reminders: tuple[str, ...] = ()
    paper: str = Paper.A4
    date: datetime.date | None = None  # None: today


def document_for(
    message: ComposedMessage,
    *,
    subject: str,
    body: str,
    sender_name: str = "",
    sender_contact: str = "",
    company: str,
    position: str,
    paper: str = Paper.A4,
    date: datetime.date | None = None,
) -> PdfDocument:
    """The document for a composed message, printed with the given text.

    Raises `PdfInputError` (with a message for the user) when a field is over
    its cap; an unknown paper size falls back to A4.
    """
    checks = (
        ("subject", subject, SUBJECT_MAX),
        ("body", body, BODY_MAX),
        ("company", company, NAME_MAX),
        ("position", position, NAME_MAX),
        ("sender_name", sender_name, NAME_MAX),
        ("sender_contact", sender_contact, CONTACT_MAX),
    )
    for name, value, limit in checks:
        if len(value) > limit:
            raise PdfInputError(
                f"{name} over {limit} characters",
                user_message=too_long_message(name, len(value), limit),
            )
    return PdfDocument(
        channel=message.channel,
        language=message.language,
        company=company,
        position=position,
        subject=subject,
        body=body,
        sender_name=sender_name,
        sender_contact=sender_contact,
        points=tuple(message.points),
        replies=tuple(message.replies),
        call_time=message.call_time,
        voicemail=message.voicemail,
        reminders=tuple(message.reminders),
        paper=paper if paper in PAPER_CSS else Paper.A4,
        date=date,
    )


TOO_LONG_MESSAGES: dict[str, Any] = {
    "subject": _("The subject is too long for the PDF: %(length)s characters, at most %(limit)s."),
    "body": _("The message is too long for the PDF: %(length)s characters, at most %(limit)s."),
    "company": _(
        "The company name is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "position": _(
        "The position is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "sender_name": _(
        "Your name is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "sender_contact": _(
        "Your contact line is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
}


def _too_long_text(name: str, length: int, limit: int) -> str:
    return str(TOO_LONG_MESSAGES[name]) % {
        "length": number_format(length, force_grouping=True),
        "limit": number_format(limit, force_grouping=True),
    }


def _too_many_pages_text(limit: int) -> str:
    return ngettext(
        "The PDF would be longer than %(limit)s page. Your text is kept: please shorten it.",
        "The PDF would be longer than %(limit)s pages. Your text is kept: please shorten it.",
        limit,
    ) % {"limit": limit}


#: Messages for the user, translated when shown (in the interface language).
too_long_message = lazy(_too_long_text, str)
too_many_pages_message = lazy(_too_many_pages_text, str)


# --- text safety ------------------------------------------------------------

#: Invisible format characters removed before layout: nothing a reader sees
#: goes with them. The soft hyphen is why this list exists: each one is a
#: hyphenation point WeasyPrint tries again and again while it breaks a line,
#: and 1,200 of them ran a one-page letter past 10 s (security review D2).
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
            "points": _items(document.points),
            "replies": replies,
            "call_time": printable(document.call_time, limit=ITEM_MAX).strip(),
            "voicemail": printable(document.voicemail, limit=ITEM_MAX).strip(),
            "reminders": reminders,
            "date": date_format(day, DATE_FORMATS.get(document.language, "DATE_FORMAT")),
            "page_size": PAPER_CSS.get(document.paper, "A4"),
        }
        return render_to_string(template_for(document.channel), context)


# --- the URL fetcher (runs in the worker) -------------------------------------


def _weasy_urls() -> Any:
    import weasyprint.urls

    return weasyprint.urls


class RefusedURLError(ValueError):
    """A URL the PDF is not allowed to load."""


def make_fetcher_class() -> type:
    """The deny-by-default fetcher class (built lazily: importing WeasyPrint
    takes half a second, and only the worker process needs it)."""
    urls = _weasy_urls()

    class AssetURLFetcher(urls.URLFetcher):
        """Serves the bundled PDF assets and `data:` URIs; refuses everything
        else (other files, devices, every network scheme). Redirects off.

        `replacements` maps asset paths (resolved) to the bytes to serve in
        their place: the render worker serves trimmed copies of the fonts.
        A replaced path goes through the same checks as any other.
        """

        def __init__(
            self,
            allowed_dir: str | os.PathLike[str] = ASSETS_DIR,
            *,
            replacements: Mapping[Path, bytes] | None = None,
            **kwargs: Any,
        ):
            kwargs.setdefault("allow_redirects", False)
            kwargs.setdefault("allowed_protocols", ("file", "data"))
            kwargs.setdefault("timeout", 2)
            super().__init__(**kwargs)
            self.allowed_dir = Path(allowed_dir).resolve(strict=True)
            self.replacements = dict(replacements or {})

        def fetch(self, url: str, headers: Any = None) -> Any:
            try:
                return self._fetch(url, headers)
            except RefusedURLError:
                logger.warning("PDF asset refused: %.200s", url)
                raise

        def _fetch(self, url: str, headers: Any) -> Any:
            scheme = url.split(":", 1)[0].lower() if ":" in url else ""
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme != "file":
                raise RefusedURLError(f"scheme not allowed: {url[:200]}")
            return self._fetch_file(url)

        def _fetch_file(self, url: str) -> Any:
            parts = urlsplit(url)
            if parts.netloc not in ("", "localhost"):
                raise RefusedURLError(f"remote file URL: {url[:200]}")
            raw_path = url2pathname(unquote(parts.path))
            try:
                path = Path(raw_path).resolve(strict=True)
            except (OSError, RuntimeError) as exc:
                raise RefusedURLError(f"no such asset: {url[:200]}") from exc
            if not path.is_relative_to(self.allowed_dir) or not path.is_file():
                raise RefusedURLError(f"outside the PDF assets: {url[:200]}")
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            body = self.replacements.get(path)
            if body is None:
                body = path.read_bytes()
            return urls.URLFetcherResponse(
                url=path.as_uri(), body=body, headers={"Content-Type": content_type}
            )

    return AssetURLFetcher


# --- trimmed fonts (made in the worker) ----------------------------------------

#: The characters the PDF fonts keep (see `trimmed_fonts`): Latin for every
#: language written in it (Vietnamese included), Greek, Cyrillic, spaces and
#: punctuation (the zero-width space cutting long runs too), currency signs,
#: letter-like signs, arrows, maths, shapes, symbols and dingbats (☐ ✓ ★), the
#: Latin ligatures. Other characters fall back to the system's fonts, as the
#: ones DejaVu lacks (Chinese, say) always did.
FONT_UNICODE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x02B0, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x04FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x25A0, 0x25FF),
    (0x2600, 0x27BF),
    (0xFB00, 0xFB06),
    (0xFFFD, 0xFFFD),
)


def trimmed_fonts(assets_dir: str | os.PathLike[str] = ASSETS_DIR) -> dict[Path, bytes]:
    """The bundled TrueType fonts cut down to `FONT_UNICODE_RANGES`, by path.

    WeasyPrint copies and subsets every face it embeds, on every render, in
    a time that follows the size of the font file: DejaVu Sans is 740 KB, its
    trimmed copy ~250 KB, and a call script renders ~3 ms (6 %) faster with
    the same pages, pixel for pixel. Hinting goes (WeasyPrint leaves it out
    of the PDF anyway); every OpenType feature stays. Takes ~1 s of CPU, once
    per render process (a restarted process gets the copies it is handed).
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    root = Path(assets_dir).resolve(strict=True)
    unicodes = [code for first, last in FONT_UNICODE_RANGES for code in range(first, last + 1)]
    trimmed: dict[Path, bytes] = {}
    for candidate in sorted(root.glob("*.ttf")):
        path = candidate.resolve()
        if not path.is_relative_to(root) or not path.is_file():
            continue
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge's timestamp
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        with TTFont(path) as font:
            subsetter.subset(font)
            output = io.BytesIO()
            font.save(output)
        trimmed[path] = output.getvalue()
    return trimmed


# --- rendering (runs in the worker) -----------------------------------------

_PDF_TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates" / "messages_app" / "pdf"
#: The user-agent stylesheet of the PDFs (in place of WeasyPrint's own).
_UA_CSS_PATH = _PDF_TEMPLATES_DIR / "_ua.css"


@functools.cache
def print_html_class() -> type:
    """WeasyPrint's `HTML` with our own, small user-agent stylesheet.

    WeasyPrint's stylesheet styles every HTML element and gives every element
    six pseudo-elements (::marker, footnote and note calls), each with its
    own computed style; ours covers what the PDF templates use, so a call
    script computes ~45 styles instead of ~390 (see _ua.css). One class per
    process, built on first use: importing WeasyPrint takes half a second.
    """
    import weasyprint
    from weasyprint.css.counters import CounterStyle

    counter_style = CounterStyle()
    stylesheet = weasyprint.CSS(
        string=_UA_CSS_PATH.read_text(encoding="utf-8"), counter_style=counter_style
    )

    class PrintHTML(weasyprint.HTML):
        def _ua_stylesheets(self, forms: bool = False) -> list[Any]:
            return [stylesheet]

        def _ua_counter_style(self) -> list[Any]:
            return [counter_style.copy()]

    return PrintHTML


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    pages: int


COMPACT_MARK = '<body class="'


def compact_variant(html: str) -> str:
    """The same document with the `compact` class on <body>: tighter spacing
    and smaller side notes (the script keeps its 14pt), see _pdf.css."""
    return html.replace(COMPACT_MARK, COMPACT_MARK + "compact ", 1)


#: Our own stylesheet, the same for every document: the worker parses it once.
_SHARED_STYLE_RE = re.compile(r'<style data-shared="pdf">(.*?)</style>', re.DOTALL)
_STYLE_CACHE_SIZE = 8


def _shared_stylesheet(
    html: str, cache: dict[str, Any], *, base_url: str, url_fetcher: Any, font_config: Any
) -> tuple[str, list[Any]]:
    """Take the shared `<style>` out of the HTML and return it parsed (from
    the cache when seen before: one entry per paper size). Parsing it is
    ~15 % of a one-page render.

    It comes back as a user stylesheet: below the document's own rules and
    above the user-agent stylesheet, where it was anyway.
    """
    import weasyprint

    match = _SHARED_STYLE_RE.search(html)
    if match is None:
        return html, []
    text = match.group(1)
    css = cache.get(text)
    if css is None:
        if len(cache) >= _STYLE_CACHE_SIZE:
            cache.clear()
        css = cache[text] = weasyprint.CSS(
            string=text, base_url=base_url, url_fetcher=url_fetcher, font_config=font_config
        )
    return html[: match.start()] + html[match.end() :], [css]


def html_to_pdf(
    html: str,
    *,
    max_pages: int,
    url_fetcher: Any = None,
    font_config: Any = None,
    base_url: str = BASE_URL,
    fit_one_page: bool = False,
    style_cache: dict[str, Any] | None = None,
) -> RenderResult:
    """WeasyPrint, in this process: HTML string → PDF bytes.

    With `fit_one_page`, a document that spills onto a second page is laid
    out again in its compact variant, kept if it fits on one. Embedded files
    are dropped whatever the HTML says (no `<link rel=attachment>`, no
    attachment links), and a document over `max_pages` raises
    `PdfTooManyPagesError` before anything is written. With a `style_cache`
    (and a `font_config` to go with it), the shared stylesheet is parsed once.
    Documents are laid out with `print_html_class()`'s user-agent stylesheet.
    """
    if url_fetcher is None:
        url_fetcher = make_fetcher_class()()
    stylesheets: list[Any] = []
    if style_cache is not None and font_config is not None:
        html, stylesheets = _shared_stylesheet(
            html, style_cache, base_url=base_url, url_fetcher=url_fetcher, font_config=font_config
        )

    html_class = print_html_class()

    def layout(source: str) -> Any:
        return html_class(string=source, base_url=base_url, url_fetcher=url_fetcher).render(
            font_config=font_config, stylesheets=stylesheets
        )

    document = layout(html)
    if fit_one_page and len(document.pages) == 2 and COMPACT_MARK in html:
        compact = layout(compact_variant(html))
        if len(compact.pages) == 1:
            document = compact
    pages = len(document.pages)
    if pages > max_pages:
        raise PdfTooManyPagesError(f"{pages} pages")
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
    return RenderResult(pdf=document.write_pdf(attachments=None), pages=pages)


#: The shared stylesheet, read by the worker to load the fonts before any request.
_SHARED_CSS_PATH = _PDF_TEMPLATES_DIR / "_pdf.css"


def _warm_up_html() -> str:
    """A small document using the same @font-face rules as the real ones, so
    the fonts are registered once, before the first request."""
    try:
        css = _SHARED_CSS_PATH.read_text(encoding="utf-8")
    except OSError:
        css = ""
    return (
        f'<html lang="fr"><head><style>{css}</style></head><body class="channel-phone">'
        "<h1>Prêt</h1><p>« œuvre » à ç é è\u202f!</p><ul class='checklist'><li>1</li></ul>"
        "</body></html>"
    )


def _rss_kib() -> int:
    """Resident memory of this process, from /proc (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _limit_memory() -> None:
    """Cap the worker's address space: a runaway render fails with MemoryError
    (a clear error for the user) instead of starving the web server."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_LIMIT, WORKER_MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):  # not on this platform
        pass


def _worker_main(
    conn: Connection,
    assets_dir: str,
    fonts: dict[Path, bytes] | None = None,
    scratch_dir: str | None = None,
) -> None:
    """The render worker's loop: one FontConfiguration for its whole life.

    `fonts` are the trimmed fonts from an earlier render process of the same
    web process (None: make them); they go back with "ready" to be kept.
    `scratch_dir` receives WeasyPrint's temporary files; the web process
    removes it when this process ends, even when it had to be killed.
    """
    if scratch_dir:
        tempfile.tempdir = scratch_dir
    _limit_memory()
    from weasyprint.text.fonts import FontConfiguration

    if fonts is None:
        try:
            fonts = trimmed_fonts(assets_dir)
        except Exception:  # the full fonts work too, a little slower
            logger.exception("Could not trim the PDF fonts; using them whole")
            fonts = {}
    font_config = FontConfiguration()
    style_cache: dict[str, Any] = {}
    fetcher = make_fetcher_class()(assets_dir, replacements=fonts)
    base_url = Path(assets_dir).resolve().as_uri() + "/"
    try:
        html_to_pdf(_warm_up_html(), max_pages=2, url_fetcher=fetcher, font_config=font_config)
        conn.send(("ready", os.getpid(), fonts))
    except Exception as exc:  # report instead of dying silently
        conn.send(("error", f"warm-up failed: {exc!r}"))
        return
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return  # the web process went away
        kind = job[0]
        if kind == "render":
            _, html, max_pages, fit_one_page = job
            try:
                result = html_to_pdf(
                    html,
                    max_pages=max_pages,
                    url_fetcher=fetcher,
                    font_config=font_config,
                    base_url=base_url,
                    fit_one_page=fit_one_page,
                    style_cache=style_cache,
                )
            except PdfTooManyPagesError as exc:
                conn.send(("too_many_pages", str(exc)))
            except Exception as exc:
                conn.send(("error", f"{type(exc).__name__}: {exc}"))
            else:
                conn.send(("ok", result.pdf, result.pages))
        elif kind == "stats":
            conn.send(("stats", _rss_kib()))
        elif kind == "stop":
            return


class RenderWorker:
    """One long-lived render process owned by this web process.

    Renders are serialised (a lock); a render that outlives the time limit
    gets the process killed and a fresh one started in the background, so
    the next request works. A new process (after a fork, e.g. a gunicorn
    worker) gets its own render process.
    """

    def __init__(self, assets_dir: Path = ASSETS_DIR) -> None:
        self.assets_dir = assets_dir
        self._lock = threading.Lock()
        self._process: Any = None
        self._conn: Connection | None = None
        self._owner_pid = 0
        self._ready = False
        #: The trimmed fonts the first render process made, for its successors.
        self._fonts: dict[Path, bytes] | None = None
        self._scratch_dir: str | None = None
        # Remove the render process's temporary files when this process exits.
        atexit.register(self.stop)

    # lifecycle

    def start(self) -> None:
        """Start the process if needed, without waiting for it."""
        with self._lock:
            self._ensure_started()

    def _ensure_started(self) -> None:
        if self._owner_pid != os.getpid():
            # Inherited through a fork: that process belongs to the parent.
            self._process, self._conn, self._ready = None, None, False
        if self._process is not None and self._process.is_alive():
            return
        self._discard()
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        self._scratch_dir = tempfile.mkdtemp(prefix="decliner-pdf-")
        process = context.Process(
            target=_worker_main,
            args=(child_end, str(self.assets_dir), self._fonts, self._scratch_dir),
            name="decliner-pdf-render",
            daemon=True,
        )
        process.start()
        child_end.close()
        self._process, self._conn = process, parent_end
        self._owner_pid, self._ready = os.getpid(), False

    def _discard(self) -> None:
        """Kill the process (if any) and forget it."""
        process, conn = self._process, self._conn
        self._process, self._conn, self._ready = None, None, False
        if process is not None and process.is_alive():
            process.kill()
            process.join(2)
        if conn is not None:
            conn.close()
        if self._scratch_dir and self._owner_pid == os.getpid():
            shutil.rmtree(self._scratch_dir, ignore_errors=True)
        self._scratch_dir = None

    def stop(self) -> None:
        with self._lock:
            self._discard()

    def wait_until_ready(self) -> None:
        """Start the process if needed and wait until it can render (at most
        `WORKER_START_TIMEOUT`); raises `PdfError` if it cannot start."""
        with self._lock:
            self._wait_ready()

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def _wait_ready(self) -> Connection:
        self._ensure_started()
        conn = self._conn
        assert conn is not None
        if self._ready:
            return conn
        if not conn.poll(WORKER_START_TIMEOUT):
            self._discard()
            raise PdfError("render worker did not start in time")
        try:
            message = conn.recv()
        except (EOFError, OSError) as exc:
            self._discard()
            raise PdfError("render worker died while starting") from exc
        if message[0] != "ready":
            self._discard()
            raise PdfError(f"render worker failed to start: {message[1]}")
        self._fonts = message[2]
        self._ready = True
        return conn

    # jobs

    def _ask(self, job: tuple, *, timeout: float) -> tuple:
        conn = self._wait_ready()
        started = time.monotonic()
        try:
            conn.send(job)
            if not conn.poll(timeout):
                elapsed = time.monotonic() - started
                self._discard()
                self._ensure_started()  # the next request finds it warming up
                raise PdfTimeoutError(f"render stopped after {elapsed:.2f} s")
            return conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._discard()
            self._ensure_started()
            raise PdfError("render worker died") from exc

    def render(
        self, html: str, *, timeout: float, max_pages: int, fit_one_page: bool = False
    ) -> RenderResult:
        """PDF bytes for `html`, or a `PdfError` within `timeout` seconds
        (the wait for another render in this process counts too)."""
        started = time.monotonic()
        if not self._lock.acquire(timeout=timeout):
            raise PdfBusyError("another render is still running")
        try:
            remaining = max(timeout - (time.monotonic() - started), 0.001)
            answer = self._ask(("render", html, max_pages, fit_one_page), timeout=remaining)
        finally:
            self._lock.release()
        if answer[0] == "ok":
            return RenderResult(pdf=answer[1], pages=answer[2])
        if answer[0] == "too_many_pages":
            raise PdfTooManyPagesError(answer[1], user_message=too_many_pages_message(max_pages))
        raise PdfError(answer[1])

    def rss_kib(self) -> int:
        """Resident memory of the render process (KiB), for the benchmark."""
        with self._lock:
            answer = self._ask(("stats",), timeout=WORKER_START_TIMEOUT)
        return int(answer[1])


#: The render process of this web process.
worker = RenderWorker()


def start_worker() -> None:
    """Start the render process now (it imports WeasyPrint and loads the fonts
    in the background), so the first PDF request does not pay for it."""
    worker.start()


def warm_up_worker() -> None:
    """Start this process's render worker in the background, without waiting.

    Called by the pages that offer "Download PDF" (the preview, a draft page):
    WeasyPrint is imported and the fonts are loaded while the person reads,
    and pages without a PDF button never pay for it.
    """
    try:
        start_worker()
    except Exception:  # the PDF request itself will try again and report it
        logger.exception("Could not start the PDF render worker")


# --- the server's render slots -------------------------------------------------

#: How long a request waits for a free render slot before it is told that the
#: PDF service is busy. Its web worker waits too, and so do the pages queued
#: behind it: under a flood from many addresses (bench/pdf_flood.py --spread,
#: 2 connections) the other visitors' page p99 was this wait + ~90 ms (1 s:
#: 748 ms; 0.25 s: 336 ms; 0.1 s: 190–200 ms). A normal render takes 40–180
#: ms, so a request still waits out one render in progress.
SLOT_WAIT = 0.1
SLOT_POLL_INTERVAL = 0.02


def slot_directory() -> Path:
    """Where the slot lock files live: `settings.PDF_RENDER_SLOT_DIR` if set;
    otherwise a directory in var/ (local to the server, writable in the
    Docker image) named after the database. The web processes of one server
    share it; a test run or a benchmark, each with its own database, gets its
    own and never waits for the server's renders (nor makes it wait)."""
    configured = getattr(settings, "PDF_RENDER_SLOT_DIR", None)
    if configured:
        return Path(configured)
    database = settings.DATABASES["default"]
    identity = "|".join(str(database.get(key, "")) for key in ("NAME", "HOST", "PORT"))
    digest = hashlib.sha256(identity.encode()).hexdigest()[:12]
    return Path(getattr(settings, "VAR_DIR", tempfile.gettempdir())) / f"pdf-slots-{digest}"


def _take_free_slot(paths: list[Path]) -> int | None:
    """An open, exclusively locked slot file, or None if every slot is taken."""
    for path in paths:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            continue
        return descriptor
    return None


@contextlib.contextmanager
def render_slot(*, wait: float = SLOT_WAIT) -> Iterator[None]:
    """Hold one of the server's `settings.PDF_RENDER_SLOTS` render slots (1
    unless set) for the duration of the block, or raise `PdfBusyError` when
    none frees up within `wait` seconds.

    Each web process renders in its own render process; the slots cap how
    many renders run at once across all web processes of the server. With
    fewer slots than web workers, PDF requests can never hold every worker:
    the others keep serving pages. A slot is an exclusive `flock()` on a
    small file in `slot_directory()`: shared by every process on the
    machine, released by the kernel if its holder dies.
    """
    slots = max(1, int(getattr(settings, "PDF_RENDER_SLOTS", 1)))
    directory = slot_directory()
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"pdf-render-slot-{number}.lock" for number in range(slots)]
    deadline = time.monotonic() + wait
    while (descriptor := _take_free_slot(paths)) is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PdfBusyError(f"no render slot free within {wait:.2f} s")
        time.sleep(min(SLOT_POLL_INTERVAL, remaining))
    try:
        yield
    finally:
        os.close(descriptor)  # releases the lock


def line_breaks(document: PdfDocument) -> int:
    """How many line breaks the document's text holds, all fields together."""
    texts = [document.subject, document.body, document.sender_name, document.sender_contact]
    texts += [document.company, document.position, document.call_time, document.voicemail]
    texts += [*document.points, *document.reminders, *(reply.text for reply in document.replies)]
    return sum(len(_LINE_BREAK_RE.findall(text)) for text in texts)


def render_pdf(document: PdfDocument) -> bytes:
    """PDF bytes for a document, or a `PdfError` carrying a message for the user.

    A document with more lines than its pages can hold is refused at once
    (`MAX_LINES_PER_PAGE`). The render runs in one of the server's render
    slots (`render_slot`); the render process is made ready before a slot is
    taken, so a process that is still starting never keeps the slot from the
    others.
    """
    max_pages = int(settings.PDF_MAX_PAGES)
    if (lines := line_breaks(document)) > MAX_LINES_PER_PAGE * max_pages:
        raise PdfTooManyPagesError(
            f"{lines} line breaks", user_message=too_many_pages_message(max_pages)
        )
    html = render_html(document)
    worker.wait_until_ready()
    with render_slot():
        result = worker.render(
            html,
            timeout=float(settings.PDF_RENDER_TIMEOUT),
            max_pages=max_pages,
            # The call script is meant to be held during the call: one sheet.
            fit_one_page=document.channel in (Channel.PHONE, Channel.IN_PERSON),
        )
    return result.pdf


# --- the HTTP response ------------------------------------------------------

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o"})


def pdf_filename(*, company: str, channel: str) -> str:
    """`decline-<company>-<channel>.pdf`, ASCII only."""
    ascii_company = (
        unicodedata.normalize("NFKD", company.translate(_LIGATURES))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    parts = ["decline", slugify(ascii_company)[:60].strip("-"), slugify(channel.replace("_", "-"))]
    return "-".join(part for part in parts if part) + ".pdf"


def pdf_response(document: PdfDocument, *, filename_hint: str = "") -> HttpResponse:
    """A download of the rendered document; raises `PdfError` on failure.

    `filename_hint` replaces the company in the file name when given.
    """
    content = render_pdf(document)
    response = HttpResponse(content, content_type="application/pdf")
    filename = pdf_filename(company=filename_hint or document.company, channel=document.channel)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
