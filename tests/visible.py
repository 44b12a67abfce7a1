"""What a person sees of a page without JavaScript: which elements are shown
(no `hidden` ancestor, not inside a closed <details> apart from its summary),
and the words of the main text (the interface's words: the live preview of the
message is not counted). A small stdlib parser, for server-side tests."""

from __future__ import annotations

import re
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
SKIPPED = {"script", "style", "template", "progress"}
#: Shown, but the message itself rather than words of the interface to read.
NOT_COUNTED_IDS = {"live-preview"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        # Each open element: (tag, hides its content, hides all but its summary).
        self.stack: list[tuple[str, bool, bool]] = []
        self.shown_ids: set[str] = set()
        self.hidden_ids: set[str] = set()
        self.main_words: list[str] = []
        self.shown_advice: list[str] = []  # the data-advice codes shown, in page order
        self.in_main = 0
        self.uncounted_depth: int | None = None  # inside a NOT_COUNTED_IDS element

    def _hidden(self) -> bool:
        return any(hides for _, hides, _ in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        closed_details = self.stack and self.stack[-1][2] and tag != "summary"
        hides = (
            "hidden" in values
            or tag in SKIPPED
            or "visually-hidden" in classes
            or values.get("aria-hidden") == "true"
            or bool(closed_details)
        )
        if (code := values.get("data-advice")) and not (hides or self._hidden()):
            self.shown_advice.append(code)
        if element_id := values.get("id"):
            (self.hidden_ids if hides or self._hidden() else self.shown_ids).add(element_id)
        if tag in VOID:
            return
        if values.get("id") in NOT_COUNTED_IDS and self.uncounted_depth is None:
            self.uncounted_depth = len(self.stack)
        self.stack.append((tag, hides, tag == "details" and "open" not in values))
        if tag == "main":
            self.in_main += 1

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                if self.uncounted_depth is not None and len(self.stack) <= self.uncounted_depth:
                    self.uncounted_depth = None
                break
        if tag == "main":
            self.in_main -= 1

    def handle_data(self, data: str) -> None:
        counted = self.in_main and self.uncounted_depth is None
        if counted and not self._hidden() and not (self.stack and self.stack[-1][2]):
            self.main_words += re.findall(r"[\w’'-]+", data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


def is_shown(html: str, element_id: str) -> bool:
    """Whether the element with this id is on the page and shown."""
    page = parse(html)
    assert element_id in page.shown_ids | page.hidden_ids, f"no #{element_id} on the page"
    return element_id in page.shown_ids


def main_word_count(html: str) -> int:
    """The words of the page's <main> a person sees, before opening anything."""
    return len(parse(html).main_words)
