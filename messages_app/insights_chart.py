"""The insights' bar charts laid out for server-rendered SVG: one horizontal
bar per count, its label above it and its value as text at its end.

Plain geometry in the SVG's own units (the `viewBox`): the SVG scales to
its container's width, so the same layout serves a phone and a desktop.
Labels are wrapped in Python (SVG text does not wrap).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from messages_app.insights import Count

#: The width of the viewBox: about a phone's width in CSS pixels, so the text
#: (13 units, static/css/insights.css) is about 13 px on a 320 px screen and
#: grows a little with the chart on a wider one (insights.css caps its width).
WIDTH = 300
#: Room kept right of the longest bar for its value (four digits in bold).
VALUE_ROOM = 48
#: Characters per label line at the label's font size.
LABEL_CHARS = 38
LINE_HEIGHT = 16
BAR_HEIGHT = 18
ROW_GAP = 14


@dataclass(frozen=True)
class Line:
    text: str
    y: int


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    lines: list[Line]
    y: int
    width: float
    value_x: float
    value_y: int


@dataclass(frozen=True)
class Chart:
    """A chart and the data of its table: `slug` names its ids, `counts` its rows."""

    slug: str
    title: str
    description: str
    value_heading: str
    label_heading: str
    counts: list[Count]
    bars: list[Bar]
    width: int
    height: int
    bar_height: int = BAR_HEIGHT


def bar_chart(
    *,
    slug: str,
    title: str,
    description: str,
    label_heading: str,
    value_heading: str,
    counts: list[Count],
) -> Chart:
    """Lay out one bar per count, top to bottom, in the order given."""
    longest = max((count.value for count in counts), default=0) or 1
    room = WIDTH - VALUE_ROOM
    bars: list[Bar] = []
    y = 0
    for count in counts:
        wrapped = textwrap.wrap(count.label, LABEL_CHARS) or [count.label]
        lines = [
            Line(text, y + LINE_HEIGHT * (index + 1) - 4) for index, text in enumerate(wrapped)
        ]
        bar_y = y + LINE_HEIGHT * len(wrapped) + 2
        # A non-zero bar stays visible however small it is next to the longest.
        width = max(room * count.value / longest, 3.0) if count.value else 0.0
        bars.append(
            Bar(
                label=count.label,
                value=count.value,
                lines=lines,
                y=bar_y,
                width=round(width, 1),
                value_x=round(width + 6, 1),
                value_y=bar_y + BAR_HEIGHT - 5,
            )
        )
        y = bar_y + BAR_HEIGHT + ROW_GAP
    return Chart(
        slug=slug,
        title=title,
        description=description,
        label_heading=label_heading,
        value_heading=value_heading,
        counts=counts,
        bars=bars,
        width=WIDTH,
        height=max(y - ROW_GAP, 1),
    )
