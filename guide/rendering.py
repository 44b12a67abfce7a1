"""A page's Markdown as safe HTML: rendered by Python-Markdown, then
sanitised by nh3 (ammonia) with an allow-list.

Whatever an admin types — raw HTML, `<script>`, `onerror=`, `style=`,
`javascript:` links — only the allowed tags and attributes come out, and
links keep to http, https, mailto and relative addresses. Rendered on read;
a page's HTML is kept per process for its text (the text is the key, so an
edit is never served stale).
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import unescape

import markdown  # type: ignore[import-untyped]
import nh3

#: What the guide's Markdown may produce; everything else is removed.
ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "a",
    "blockquote", "code", "pre", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "h2": {"id"}, "h3": {"id"}, "th": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}
#: Tags removed together with their content (not just unwrapped).
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "template"}

_ID = re.compile(r"[a-z][a-z0-9-]{0,40}")
_H1 = re.compile(r"<(/?)h1\b")
_TAG = re.compile(r"<[^>]+>")
#: Runs of ASCII white space (not the no-break spaces of French typography).
_SPACES = re.compile(r"[ \t\r\n]+")


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Heading ids are anchors (#after-accepting): plain slugs only."""
    if attribute == "id":
        return value if _ID.fullmatch(value) else None
    return value


_CLEANER = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    clean_content_tags=REMOVED_WITH_CONTENT,
    attributes=ALLOWED_ATTRIBUTES,
    attribute_filter=_keep_attribute,
    url_schemes=URL_SCHEMES,
    link_rel=None,
)


@lru_cache(maxsize=64)
def render_markdown(text: str) -> str:
    """`text` (Markdown) as sanitised HTML. A `#` heading becomes `<h2>`: the
    page title is the only `<h1>`. `{#anchor}` after a heading sets its id."""
    html = markdown.markdown(
        text, extensions=["attr_list", "tables", "sane_lists"], output_format="html"
    )
    return _CLEANER.clean(_H1.sub(r"<\1h2", html))


@lru_cache(maxsize=64)
def plain_text(text: str) -> str:
    """The words of `text` (Markdown) as a reader sees them, for search excerpts."""
    without_tags = _TAG.sub("", render_markdown(text))  # blocks end with a newline
    return _SPACES.sub(" ", unescape(without_tags)).strip()
