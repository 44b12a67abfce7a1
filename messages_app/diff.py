"""What changed between two texts, word by word, to read on a page.

Pure: two strings in, parts (or escaped HTML) out. Words keep their inner
apostrophes and hyphens ("l’entretien", "peut-être") so a change reads as a
whole word; punctuation and spaces are parts of their own, and differences
in spacing alone are not marked (the new spacing is shown).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from typing import Literal

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import pgettext

Kind = Literal["same", "added", "removed"]

_TOKEN = re.compile(r"\s+|\w+(?:['’-]\w+)*|[^\w\s]")
# Lines, then sentences, then words: each level only looks inside what the
# level above found changed, so a long message is compared in milliseconds.
_LINES = re.compile(r"(?<=\n)")
_SENTENCES = re.compile(r"(?<=[.!?…])(?=\s)")
# Above this many word pairs in one changed passage, difflib's "popular
# token" heuristic keeps the time bounded (at some cost in precision).
_EXACT_PAIRS = 160_000


@dataclasses.dataclass(frozen=True)
class Part:
    kind: Kind
    text: str


def word_diff(old: str, new: str) -> tuple[Part, ...]:
    """`old` → `new` as parts: unchanged, removed from `old`, added in `new`.
    A removal comes before the addition that replaces it."""
    return tuple(_merged(_diff(old, new, [_LINES, _SENTENCES])))


def _diff(old: str, new: str, splitters: list[re.Pattern[str]]) -> list[Part]:
    if not splitters:
        return _words(_TOKEN.findall(old), _TOKEN.findall(new))
    a, b = splitters[0].split(old), splitters[0].split(new)
    parts: list[Part] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            parts.append(Part("same", "".join(a[i1:i2])))
        else:
            parts.extend(_diff("".join(a[i1:i2]), "".join(b[j1:j2]), splitters[1:]))
    return parts


def _words(a: list[str], b: list[str]) -> list[Part]:
    exact = len(a) * len(b) <= _EXACT_PAIRS
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=not exact)
    runs: list[_Run] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old, new = "".join(a[i1:i2]), "".join(b[j1:j2])
        if tag == "equal":
            runs.append(_Run(old, old, same=True))
        elif runs and not runs[-1].same:
            runs[-1] = _Run(runs[-1].old + old, runs[-1].new + new)
        else:
            runs.append(_Run(old, new))
    return [part for run in _folded(runs) for part in run.parts()]


@dataclasses.dataclass(frozen=True)
class _Run:
    """A stretch of both texts: the same in each, or changed from `old` to `new`."""

    old: str
    new: str
    same: bool = False

    @property
    def size(self) -> int:
        return max(len(self.old), len(self.new))

    def parts(self) -> list[Part]:
        if self.same:
            return [Part("same", self.old)]
        parts = [] if self.old.isspace() or not self.old else [Part("removed", self.old)]
        if self.new:  # spacing alone is shown as it will be, unmarked
            parts.append(Part("same" if self.new.isspace() else "added", self.new))
        return parts


def _folded(runs: list[_Run]) -> list[_Run]:
    """Fold into the changes around it any unchanged stretch no longer than
    either of them ("Thank you" kept between two rewritten sentences), so a
    rewrite reads as whole phrases, not as scattered words."""
    folded = list(runs)
    at = 1
    while at < len(folded) - 1:
        before, same, after = folded[at - 1 : at + 2]
        if (
            same.same
            and not before.same
            and not after.same
            and same.size <= min(before.size, after.size)
        ):
            folded[at - 1 : at + 2] = [
                _Run(before.old + same.old + after.old, before.new + same.new + after.new)
            ]
            at = max(1, at - 1)
        else:
            at += 1
    return folded


def _merged(parts: list[Part]) -> list[Part]:
    merged: list[Part] = []
    for part in parts:
        if merged and merged[-1].kind == part.kind:
            merged[-1] = Part(part.kind, merged[-1].text + part.text)
        elif part.text:
            merged.append(part)
    return merged


def has_changes(parts: tuple[Part, ...]) -> bool:
    return any(part.kind != "same" for part in parts)


def diff_html(old: str, new: str) -> SafeString:
    """`word_diff` as HTML: removals in <del>, additions in <ins>, each with a
    visually hidden label for screen readers; every text escaped."""
    html = []
    for part in word_diff(old, new):
        if part.kind == "same":
            html.append(conditional_escape(part.text))
        elif part.kind == "removed":
            html.append(
                _marked("del", "diff-removed", pgettext("text comparison", "Removed:"), part.text)
            )
        else:
            html.append(
                _marked("ins", "diff-added", pgettext("text comparison", "Added:"), part.text)
            )
    return mark_safe("".join(html))  # noqa: S308 - each part escaped above


def _marked(tag: str, css: str, label: str, text: str) -> SafeString:
    return format_html(
        '<{tag} class="{css}"><span class="visually-hidden">{label} </span>{text}'
        '<span class="visually-hidden"> {end}</span></{tag}>',
        tag=tag,
        css=css,
        label=label,
        text=text,
        end=pgettext("text comparison", "(end)"),
    )
