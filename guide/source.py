"""The shipped pages' file format, read and written.

One file per page and language, guide/content/<language>/<slug>.md::

    ---
    section: before
    order: 10
    ---
    # The page's title

    The summary: one line, for the index and the links.

    The body, in Markdown (## for its headings).

The block between the `---` lines holds `key: value` lines (section and
order); the title is the first `# ` line; the summary is the paragraph after
it. Pure functions of text: the loader and the tests use them, the data
migration keeps its own frozen copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: Where the shipped pages live: <language>/<slug>.md.
CONTENT_DIR = Path(__file__).resolve().parent / "content"


class SourceError(ValueError):
    """A shipped file does not follow the format above."""


@dataclass(frozen=True)
class ShippedPage:
    slug: str
    language: str
    section: str
    order: int
    title: str
    summary: str
    body: str

    @property
    def source(self) -> str:
        return page_source(title=self.title, summary=self.summary, body=self.body)


def page_source(*, title: str, summary: str, body: str) -> str:
    """Title, summary and body in the file format (without the front matter),
    line endings normalised: what tells an edited page from a shipped one."""
    body = body.replace("\r\n", "\n").strip()
    return f"# {title.strip()}\n\n{summary.strip()}\n\n{body}\n"


def parse_page(text: str, *, slug: str, language: str) -> ShippedPage:
    """One shipped file's content (see the module docstring)."""
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        end = lines.index("---", 1) if "---" in lines[1:] else 0
        if not end:
            raise SourceError(f"{language}/{slug}: the front matter has no closing ---.")
        for line in lines[1:end]:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        lines = lines[end + 1 :]
    paragraphs = "\n".join(lines).strip().split("\n\n", 2)
    if len(paragraphs) < 3 or not paragraphs[0].startswith("# "):
        raise SourceError(f"{language}/{slug}: expected '# Title', a summary, then the body.")
    title, summary, body = paragraphs
    return ShippedPage(
        slug=slug,
        language=language,
        section=meta.get("section", "before"),
        order=int(meta.get("order", "100")),
        title=title.removeprefix("# ").strip(),
        summary=re.sub(r"[ \t\n]+", " ", summary).strip(),
        body=body.strip(),
    )


def shipped_pages(directory: Path = CONTENT_DIR) -> list[ShippedPage]:
    """Every page under `directory` (<language>/<slug>.md), sorted."""
    return [
        parse_page(path.read_text(encoding="utf-8"), slug=path.stem, language=path.parent.name)
        for path in sorted(directory.glob("*/*.md"))
    ]
