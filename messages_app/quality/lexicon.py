"""What a word list is, and how it is searched.

Each language spells its lists in `lexicon_<language>.py`; the rules only
ever read them through a `Lexicon`, so both languages have the same lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def keywords(*alternatives: str) -> re.Pattern[str]:
    r"""Keywords as one regex over lower-cased text.

    Each alternative starts with a literal letter and there is no leading
    `\b`: the regex engine can then skip ahead to the possible first letters,
    which keeps the whole check well under a millisecond. The start of a word
    is checked by `words()` instead.
    """
    for alternative in alternatives:
        if not alternative[0].isalpha() or alternative[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"A keyword must start with a literal letter: {alternative!r}")
    return re.compile("(?:" + "|".join(alternatives) + r")\b")


def words(pattern: re.Pattern[str], low: str) -> list[re.Match[str]]:
    """Matches of a `keywords()` pattern that start a word."""
    return [
        m
        for m in pattern.finditer(low)
        if m.start() == 0 or not (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")
    ]


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one language, each a `keywords()` pattern."""

    #: Thanks.
    gratitude: re.Pattern[str]
    #: Saying no: declining, withdrawing, not going ahead.
    decision: re.Pattern[str]
    #: Hedging; it only counts inside a decision sentence.
    vague: re.Pattern[str]
    #: Words that introduce a reason.
    reason: re.Pattern[str]
    #: Criticism of the company, its pay or its people.
    criticism: re.Pattern[str]
    #: Apologies.
    apology: re.Pattern[str]
    #: Leaving the door open.
    door_open: re.Pattern[str]
    #: Words after which a capitalised name is another employer's.
    other_employer: re.Pattern[str]
    #: Asking for information (when not sure yet).
    request: re.Pattern[str]
    #: Proposing or asking for another date (when not sure yet).
    new_date: re.Pattern[str]
