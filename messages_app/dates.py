"""Dates as a message writes them, in the message language.

Hand-rolled rather than `django.utils.formats.date_format`: the message
language is not the interface language (a French user may write in English),
so the active locale cannot be used, and Django's French format writes the
first of the month "1 mars" where French writes "1er mars".
"""

from __future__ import annotations

import datetime as dt

_DAYS = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def interview_date_text(date: dt.date | str | None, language: str) -> str:
    """The interview date as written in a message: "mardi 3 mars" / "Tuesday 3 March".

    Independent of the active locale. Accepts a date or an ISO string; returns
    "" for no date. French writes the first of the month "1er".
    """
    if not date:
        return ""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    lang = "fr" if language == "fr" else "en"
    day = _DAYS[lang][date.weekday()]
    month = _MONTHS[lang][date.month - 1]
    number = "1er" if lang == "fr" and date.day == 1 else str(date.day)
    return f"{day} {number} {month}"


def interview_day_text(day: str, language: str) -> str:
    """ "le mardi 3 mars" / "on Tuesday 3 March", or "" without a date: blocks
    write "l'entretien prévu {interview_day}", which reads right either way."""
    if not day:
        return ""
    return f"le {day}" if language == "fr" else f"on {day}"
