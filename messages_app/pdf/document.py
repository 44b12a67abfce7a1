"""The document a PDF prints, checked against the field caps, and what
rendering it gives: plain data, light to import (a render's result comes
back to the web process, which never imports WeasyPrint)."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from messages_app.choices import Paper
from messages_app.composer import ComposedMessage, Reply
from messages_app.limits import BODY_MAX, CONTACT_MAX, NAME_MAX, PHONE_MAX, SUBJECT_MAX
from messages_app.pdf.errors import PdfInputError, too_long_message

#: CSS `@page { size }` for each paper; a fixed mapping, never user text.
PAPER_CSS: dict[str, str] = {Paper.A4: "A4", Paper.LETTER: "letter"}

#: No page holds more lines than this: the densest layout fits 173 one-letter
#: lines on 4 pages (email, A4). A document with more line breaks than
#: `MAX_LINES_PER_PAGE` × `settings.PDF_MAX_PAGES` is refused before layout,
#: not after laying out dozens of pages (2,500 of them took 2.4–2.9 s).
MAX_LINES_PER_PAGE = 60
_LINE_BREAK_RE = re.compile("\r\n|[\n\r\u2028\u2029]")


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
    recipient_phone: str = ""  # a call: the number to dial, printed above the script
    points: tuple[str, ...] = ()
    replies: tuple[Reply, ...] = ()
    call_time: str = ""
    voicemail: str = ""
    reminders: tuple[str, ...] = ()
    paper: str = Paper.A4
    date: datetime.date | None = None  # None: today
    is_reply: bool = False  # the reply to the recruiter's reaction, not the first message


@dataclass(frozen=True)
class RenderResult:
    """A rendered PDF and its page count."""

    pdf: bytes
    pages: int


def document_for(
    message: ComposedMessage,
    *,
    subject: str,
    body: str,
    sender_name: str = "",
    sender_contact: str = "",
    recipient_phone: str = "",
    company: str,
    position: str,
    paper: str = Paper.A4,
    date: datetime.date | None = None,
    is_reply: bool = False,
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
        ("recipient_phone", recipient_phone, PHONE_MAX),
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
        recipient_phone=recipient_phone,
        points=tuple(message.points),
        replies=tuple(message.replies),
        call_time=message.call_time,
        voicemail=message.voicemail,
        reminders=tuple(message.reminders),
        paper=paper if paper in PAPER_CSS else Paper.A4,
        date=date,
        is_reply=is_reply,
    )


def line_breaks(document: PdfDocument) -> int:
    """How many line breaks the document's text holds, all fields together."""
    texts = [document.subject, document.body, document.sender_name, document.sender_contact]
    texts += [document.company, document.position, document.call_time, document.voicemail]
    texts += [*document.points, *document.reminders, *(reply.text for reply in document.replies)]
    return sum(len(_LINE_BREAK_RE.findall(text)) for text in texts)
