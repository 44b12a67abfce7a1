"""WeasyPrint, in this process: an HTML string becomes PDF bytes.

Only WeasyPrint's public API is used (`HTML`, `render()`, `Document`,
`write_pdf()`), so an upgrade cannot silently change the PDFs. Imported by
the render worker (and the tests), never by the web processes: importing
WeasyPrint takes half a second.
"""

from __future__ import annotations

from typing import Any

import weasyprint
from weasyprint.text.fonts import FontConfiguration

from messages_app.pdf.assets import BASE_URL, SHARED_CSS_PATH
from messages_app.pdf.document import RenderResult
from messages_app.pdf.errors import PdfTooManyPagesError
from messages_app.pdf.fetcher import AssetURLFetcher

COMPACT_MARK = '<body class="'


def compact_variant(html: str) -> str:
    """The same document with the `compact` class on <body>: tighter spacing
    and smaller side notes (the script keeps its 14pt), see _pdf.css."""
    return html.replace(COMPACT_MARK, COMPACT_MARK + "compact ", 1)


def html_to_pdf(
    html: str,
    *,
    max_pages: int,
    url_fetcher: AssetURLFetcher | None = None,
    font_config: FontConfiguration | None = None,
    base_url: str = BASE_URL,
    fit_one_page: bool = False,
) -> RenderResult:
    """The PDF for `html`, laid out by WeasyPrint with its own stylesheets.

    With `fit_one_page`, a document that spills onto a second page is laid
    out again in its compact variant, kept if it fits on one. Embedded files
    are dropped whatever the HTML says (no `<link rel=attachment>`, no
    attachment links), and a document over `max_pages` raises
    `PdfTooManyPagesError` before anything is written. Reuse one
    `font_config` for every render of a process: it keeps memory flat.
    """
    fetcher = url_fetcher or AssetURLFetcher()

    def layout(source: str) -> Any:
        document = weasyprint.HTML(string=source, base_url=base_url, url_fetcher=fetcher)
        return document.render(font_config=font_config)

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


def warm_up_html() -> str:
    """A small document using the same @font-face rules as the real ones, so
    the fonts are registered once, before the first request."""
    try:
        css = SHARED_CSS_PATH.read_text(encoding="utf-8")
    except OSError:
        css = ""
    return (
        f'<html lang="fr"><head><style>{css}</style></head><body class="channel-phone">'
        "<h1>Prêt</h1><p>« œuvre » à ç é è\u202f!</p><ul class='checklist'><li>1</li></ul>"
        "</body></html>"
    )
