"""What the rules read: the message and its context, and views of its text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Literal

from messages_app.choices import Purpose
from messages_app.quality import lexicon_en, lexicon_fr
from messages_app.quality.lexicon import Lexicon, words

LEXICONS: dict[str, Lexicon] = {"en": lexicon_en.LEXICON, "fr": lexicon_fr.LEXICON}

_SENTENCE_END = re.compile(r"[.!?…\n]\s*")
_PUNCTUATION_ONLY = frozenset(";:!?«»–—-…/&*•")


def word_count(text: str) -> int:
    """Words as a reader counts them ("j’ai" is one; a lone "?" is none)."""
    tokens = text.split()
    return len(tokens) - sum(map(_PUNCTUATION_ONLY.__contains__, tokens))


def quote(found: list[str]) -> str:
    """Up to three distinct quotes, for a message."""
    unique = list(dict.fromkeys(found))
    return ", ".join(unique[:3])


def _sentence_ends(low: str) -> list[int]:
    """Offsets where sentences end: . ! ? … followed by a space, or a line break."""
    return [
        m.end()
        for m in _SENTENCE_END.finditer(low)
        if m.end() > m.start() + 1 or low[m.start()] == "\n" or m.end() == len(low)
    ]


@dataclass(frozen=True)
class CheckInput:
    """One message to check, with what the rules need to know about it.

    `earlier_names` are the company and contact of the message this one was
    started from, if any. The views of the text after them are computed
    once, when the input is made, and shared by every rule.
    """

    text: str
    subject: str
    language: Literal["en", "fr"]
    channel: str
    wants_door_open: bool
    company: str
    position: str
    other_employer: str = ""
    earlier_names: tuple[str, ...] = ()
    #: What the message does (`choices.Purpose`): a decline is checked for its
    #: decision and its open door; a request for information or for another
    #: date for that request, and for no words of declining.
    purpose: str = Purpose.DECLINE

    lexicon: Lexicon = field(init=False, repr=False, compare=False)
    #: The text lower-cased, typographic apostrophes and spaces made plain:
    #: what the word lists are matched against.
    folded: str = field(init=False, repr=False, compare=False)
    #: What quotes are cut from: the plain text as typed, when lower-casing
    #: kept the offsets ("İ" lower-cases to two characters), else `folded`.
    source: str = field(init=False, repr=False, compare=False)
    #: Offsets in `folded` where sentences end.
    sentence_ends: list[int] = field(init=False, repr=False, compare=False)
    subject_and_text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        plain = self.text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
        folded = plain.lower()
        # The idiom for derived fields of a frozen dataclass.
        derive = object.__setattr__
        derive(self, "lexicon", LEXICONS[self.language])
        derive(self, "folded", folded)
        derive(self, "source", plain if len(folded) == len(plain) else folded)
        derive(self, "sentence_ends", _sentence_ends(folded))
        derive(self, "subject_and_text", f"{self.subject}\n{self.text}")

    @property
    def declines(self) -> bool:
        return self.purpose == Purpose.DECLINE

    def find(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Where the words of a `Lexicon` list occur in the text."""
        return words(pattern, self.folded)

    def quoted(self, pattern: re.Pattern[str]) -> list[str]:
        """The words of a `Lexicon` list found in the text, as typed."""
        return [self.source[m.start() : m.end()] for m in self.find(pattern)]

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence holding `offset` of `folded`."""
        return bisect_right(self.sentence_ends, offset)
