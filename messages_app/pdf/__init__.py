"""PDF export: one printable page per message, rendered safely by WeasyPrint.

The pipeline, one module a step:

* `document`: a `PdfDocument` (plain data) from a composed message and the
  text as the user last saw it, each field checked against its cap
  (`document_for`); `errors` holds the `PdfError` family, each with a message
  for the user.
* `html`: `render_html()` turns the document into an HTML string with the
  templates in `templates/messages_app/pdf/`, its text tamed (`printable`,
  `tame_invisibles`) so that nothing within the caps stalls the layout.
* `worker`: a separate render process (pebble), killed and replaced when a
  render exceeds `settings.PDF_RENDER_TIMEOUT`. There `render` lays the
  HTML out with WeasyPrint's public API, `fetcher` lets it load the bundled
  fonts and nothing else, `fonts` trims those fonts to what the PDFs print.
* `slots`: at most `settings.PDF_RENDER_SLOTS` renders at once on a server
  (`render_slot`, a file lock).
* `response`: `render_pdf()` runs the steps, `pdf_response()` is the download.

The web processes never import WeasyPrint (`render`, `fetcher` and `fonts`
are for the render process); `warm_up_worker()` starts the render process
when a gunicorn worker starts.
"""

from messages_app.choices import Paper
from messages_app.pdf.document import PdfDocument, document_for
from messages_app.pdf.errors import (
    PdfBusyError,
    PdfError,
    PdfInputError,
    PdfRateLimitedError,
    PdfTimeoutError,
    PdfTooManyPagesError,
)
from messages_app.pdf.html import printable, render_html, tame_invisibles
from messages_app.pdf.response import pdf_filename, pdf_response, render_pdf
from messages_app.pdf.slots import render_slot
from messages_app.pdf.worker import warm_up_worker

__all__ = [
    "Paper",
    "PdfBusyError",
    "PdfDocument",
    "PdfError",
    "PdfInputError",
    "PdfRateLimitedError",
    "PdfTimeoutError",
    "PdfTooManyPagesError",
    "document_for",
    "pdf_filename",
    "pdf_response",
    "printable",
    "render_html",
    "render_pdf",
    "render_slot",
    "tame_invisibles",
    "warm_up_worker",
]
