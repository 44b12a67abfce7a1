"""Searching the guide: every word of the query, anywhere in a page's title,
summary or body, ignoring case and accents ("telephone" finds "téléphone").

The guide is a handful of pages per language, so the search reads them in
one query and matches in Python, the same on SQLite and PostgreSQL (SQLite's
LIKE folds only ASCII case).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from guide.models import GuidePage
from guide.rendering import plain_text

#: The longest query accepted (the form says so beyond it).
QUERY_MAX = 100
#: Characters of context shown on each side of the first match.
EXCERPT_RADIUS = 90


@dataclass(frozen=True)
class Result:
    page: GuidePage
    before: str
    match: str
    after: str


def fold(text: str) -> str:
    """`text` without case or accents, one character for each of `text`'s
    (so a position in the folded text is a position in `text`)."""
    return "".join(unicodedata.normalize("NFD", char)[0].casefold()[:1] or char for char in text)


def search_pages(pages: Iterable[GuidePage], query: str) -> list[Result]:
    """The pages containing every word of `query`, in their order, each with
    an excerpt around the first word found in its body (or its summary)."""
    words = [fold(word) for word in query.split()]
    results = []
    for page in pages:
        body = plain_text(page.body)
        haystack = fold(f"{page.title}\n{page.summary}\n{body}")
        if words and all(word in haystack for word in words):
            results.append(_result(page, body, words))
    return results


def _result(page: GuidePage, body: str, words: list[str]) -> Result:
    for text in (body, page.summary):
        folded = fold(text)
        found = [(folded.find(word), len(word)) for word in words if word in folded]
        if found:
            start, length = min(found)
            return _excerpt(page, text, start, length)
    return Result(page, "", "", page.summary)


def _excerpt(page: GuidePage, text: str, start: int, length: int) -> Result:
    begin = max(0, start - EXCERPT_RADIUS)
    end = min(len(text), start + length + EXCERPT_RADIUS)
    before = ("…" if begin else "") + text[begin:start]
    after = text[start + length : end] + ("…" if end < len(text) else "")
    return Result(page, before, text[start : start + length], after)
