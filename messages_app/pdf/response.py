"""A document's PDF, and the HTTP response that downloads it."""

from __future__ import annotations

import unicodedata

from django.conf import settings
from django.http import HttpResponse
from django.utils.text import slugify

from messages_app.choices import Channel
from messages_app.pdf.document import MAX_LINES_PER_PAGE, PdfDocument, line_breaks
from messages_app.pdf.errors import PdfTooManyPagesError, too_many_pages_message
from messages_app.pdf.html import render_html
from messages_app.pdf.slots import render_slot
from messages_app.pdf.worker import render_worker

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o"})


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
    render_worker.wait_until_ready()
    with render_slot():
        result = render_worker.render(
            html,
            timeout=float(settings.PDF_RENDER_TIMEOUT),
            max_pages=max_pages,
            # The call script is meant to be held during the call: one sheet.
            fit_one_page=document.channel in (Channel.PHONE, Channel.IN_PERSON),
        )
    return result.pdf


def pdf_filename(*, company: str, channel: str, prefix: str = "decline") -> str:
    """`decline-<company>-<channel>.pdf` (or another `prefix`), ASCII only."""
    ascii_company = (
        unicodedata.normalize("NFKD", company.translate(_LIGATURES))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    parts = [prefix, slugify(ascii_company)[:60].strip("-"), slugify(channel.replace("_", "-"))]
    return "-".join(part for part in parts if part) + ".pdf"


def pdf_response(
    document: PdfDocument, *, filename_hint: str = "", prefix: str = "decline"
) -> HttpResponse:
    """A download of the rendered document; raises `PdfError` on failure.

    `filename_hint` replaces the company in the file name when given;
    `prefix` starts it ("reply" for a reply, "call" for a call script).
    """
    content = render_pdf(document)
    response = HttpResponse(content, content_type="application/pdf")
    filename = pdf_filename(
        company=filename_hint or document.company, channel=document.channel, prefix=prefix
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
