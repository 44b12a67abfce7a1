"""The call's calendar event: the recommended time to call and its .ics file.

The advice says to call during office hours, between 10 a.m. and noon or
between 2 and 4 p.m., never first thing nor late in the afternoon:
`next_call_time` picks the next of those windows' starts on a working day.
The file is written with `icalendar` (RFC 5545: folding, escaping, the
VTIMEZONE of the local time zone), so any calendar app reads it back.
"""

from __future__ import annotations

import datetime
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

#: The starts of the two call windows of the advice (10–12, 14–16).
CALL_WINDOWS = (datetime.time(10, 0), datetime.time(14, 0))
CALL_LENGTH = datetime.timedelta(minutes=15)
#: What a calendar app names the program that wrote the file (RFC 5545 PRODID).
PRODID = "-//Decliner//Call reminder//EN"


def local_zone() -> ZoneInfo:
    """The site's time zone (`TIME_ZONE`, Europe/Paris by default)."""
    return ZoneInfo(settings.TIME_ZONE or "Europe/Paris")


def next_call_time(now: datetime.datetime) -> datetime.datetime:
    """The next start of a call window, Monday to Friday, not before `now`,
    as an aware time in the site's zone."""
    zone = local_zone()
    local = now.astimezone(zone)
    day = local.date()
    while True:
        if day.weekday() < 5:
            for start in CALL_WINDOWS:
                moment = datetime.datetime.combine(day, start, tzinfo=zone)
                if moment >= local:
                    return moment
        day += datetime.timedelta(days=1)


@dataclass(frozen=True)
class CallEvent:
    """What the reminder holds: who to call, on which number, and how to start."""

    company: str
    phone: str
    first_line: str
    language: str
    start: datetime.datetime


def first_line(script: str) -> str:
    """The script's first line that says something."""
    return next((line.strip() for line in script.splitlines() if line.strip()), "")


def call_event_ics(event: CallEvent, *, stamp: datetime.datetime | None = None) -> bytes:
    """The .ics file of one 15-minute event at `event.start`, worded in the
    message's language (the person reads it next to the script)."""
    with translation.override(event.language):
        if event.company:
            summary = gettext("Call %(company)s to decline") % {"company": event.company}
        else:
            summary = gettext("Call the recruiter to decline")
        lines = [gettext("Company: %(company)s") % {"company": event.company}]
        if event.phone:
            lines.append(gettext("Phone: %(phone)s") % {"phone": event.phone})
        if event.first_line:
            lines.append(gettext("Start with: %(line)s") % {"line": event.first_line})
    vevent = icalendar.Event.new(
        uid=uuid.uuid4(),
        stamp=stamp or datetime.datetime.now(datetime.UTC),
        start=event.start,
        end=event.start + CALL_LENGTH,
        summary=summary,
        description="\n".join(lines),
    )
    calendar = icalendar.Calendar.new(prodid=PRODID, subcomponents=[vevent])
    # The zone's rules around the event only: a few lines, not 70 years of them.
    day = event.start.date()
    calendar.add_missing_timezones(
        first_date=day - datetime.timedelta(days=366), last_date=day + datetime.timedelta(days=366)
    )
    ics: bytes = calendar.to_ical()
    return ics
