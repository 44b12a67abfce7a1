"""My declines, counted: how often each reason was given, at which stage, on
which channel, and month by month.

Pure functions of plain rows (no request, no ORM), so the counting is tested
without a database; `insights_views` reads the rows in a fixed number of
queries whatever the size of the history.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from messages_app.choices import Channel, ReasonKey, Stage


@dataclass(frozen=True)
class DeclineRow:
    """What the counts need of one decline: the reasons ticked, the stage
    (both as stored in its answers, possibly missing or malformed), its
    channel and the day it was sent (or written, when not sent)."""

    reasons: object
    stage: object
    channel: str
    day: date


@dataclass(frozen=True)
class Count:
    """One bar: a choice's key, its label, and how many declines gave it."""

    key: str
    label: str
    value: int


@dataclass(frozen=True)
class Insights:
    total: int
    #: Every reason, most given first (ties in the wizard's order), zeros left out.
    reasons: list[Count] = field(default_factory=list)
    #: How many declines name at least one known reason.
    with_reasons: int = 0
    #: In the order of a hiring process.
    stages: list[Count] = field(default_factory=list)
    channels: list[Count] = field(default_factory=list)
    #: One per month from the first decline's to the last one's, empty months included.
    months: list[Count] = field(default_factory=list)


#: The reasons in the wizard's order (`ReasonKey.values` builds a new list on
#: every read: read once, not once per decline).
_REASON_KEYS: tuple[str, ...] = tuple(ReasonKey.values)


def known_reasons(reasons: object) -> list[str]:
    """The reason keys of a row that the app knows, each once, in the wizard's order."""
    if not isinstance(reasons, list):
        return []
    given = {reason for reason in reasons if isinstance(reason, str)}
    return [key for key in _REASON_KEYS if key in given]


def _counts(
    counter: Counter[str], choices: Sequence[tuple[str, object]], *, most_first: bool = True
) -> list[Count]:
    """The non-zero counts of `choices`, most first (ties keep the choices'
    order) or in the choices' order."""
    rows = [Count(key, str(label), counter[key]) for key, label in choices if counter[key]]
    return sorted(rows, key=lambda count: -count.value) if most_first else rows


def iso_month(month: date) -> str:
    """A month as "2026-03" (the view passes a localised name instead)."""
    return month.strftime("%Y-%m")


def month_range(first: date, last: date) -> list[date]:
    """The first day of every month from `first`'s to `last`'s, both included."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(date(year, month, 1))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _months(days: Iterable[date], label: Callable[[date], str]) -> list[Count]:
    counter = Counter(day.replace(day=1) for day in days)
    if not counter:
        return []
    return [
        Count(iso_month(month), label(month), counter[month])
        for month in month_range(min(counter), max(counter))
    ]


def summarise(
    rows: Iterable[DeclineRow], *, month_label: Callable[[date], str] = iso_month
) -> Insights:
    """Count the declines of `rows`. A reason, stage or channel the app does
    not know (old or hand-edited answers) is left out of its chart."""
    rows = list(rows)
    reasons: Counter[str] = Counter()
    with_reasons = 0
    for row in rows:
        keys = known_reasons(row.reasons)
        reasons.update(keys)
        with_reasons += bool(keys)
    stages = Counter(row.stage for row in rows if isinstance(row.stage, str))
    channels = Counter(row.channel for row in rows)
    return Insights(
        total=len(rows),
        reasons=_counts(reasons, ReasonKey.choices),
        with_reasons=with_reasons,
        # The stages in the order a process goes through them.
        stages=_counts(stages, Stage.choices, most_first=False),
        channels=_counts(channels, Channel.choices),
        months=_months((row.day for row in rows), month_label),
    )
