"""Dates as a message writes them."""

from __future__ import annotations

import datetime as dt

from django.utils import translation

from messages_app.dates import interview_date_text, interview_day_text


def test_interview_date_text():
    assert interview_date_text(dt.date(2026, 3, 3), "fr") == "mardi 3 mars"
    assert interview_date_text(dt.date(2026, 3, 3), "en") == "Tuesday 3 March"
    assert interview_date_text(dt.date(2026, 8, 1), "fr") == "samedi 1er août"
    assert interview_date_text("2026-12-25", "en") == "Friday 25 December"
    assert interview_date_text(None, "fr") == ""


def test_interview_date_text_ignores_the_interface_language():
    with translation.override("fr"):
        assert interview_date_text(dt.date(2026, 3, 1), "en") == "Sunday 1 March"
    with translation.override("en"):
        assert interview_date_text("2026-03-01T09:30", "fr") == "dimanche 1er mars"


def test_interview_day_text_reads_right_with_or_without_a_date():
    assert interview_day_text("mardi 3 mars", "fr") == "le mardi 3 mars"
    assert interview_day_text("Tuesday 3 March", "en") == "on Tuesday 3 March"
    assert interview_day_text("", "fr") == ""
