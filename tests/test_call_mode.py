"""Call mode (`/write/call/`, `/history/<pk>/call/`) and the call's calendar
reminder (.ics), read back with icalendar."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse

from messages_app.call_event import next_call_time
from messages_app.models import Draft
from tests.factories import DraftFactory, wizard_answers
from tests.test_wizard import MANAGEMENT, walk

PARIS = ZoneInfo("Europe/Paris")
PHONE = {"channel": {"channel": "phone"}}


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def _phone_draft(owner, **fields) -> Draft:
    language = fields.pop("language", "en")
    answers = wizard_answers(
        channel="phone",
        message_language=language,
        company="Acme Robotics",
        invitation_channel="phone",
    )
    return DraftFactory.create(
        owner=owner,
        channel="phone",
        language=language,
        company="Acme Robotics",
        subject="",
        body="Hello, is that Claire? This is Alice.\n\nI am calling to decline the interview.",
        answers=answers,
        **fields,
    )


def _event(content: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(content)
    (event,) = calendar.walk("VEVENT")
    assert isinstance(event, icalendar.Event)
    return event


# --- the recommended time -------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (datetime.datetime(2026, 12, 2, 8, 30), datetime.datetime(2026, 12, 2, 10, 0)),  # Wed early
        (datetime.datetime(2026, 12, 2, 10, 30), datetime.datetime(2026, 12, 2, 14, 0)),
        (datetime.datetime(2026, 12, 4, 16, 0), datetime.datetime(2026, 12, 7, 10, 0)),  # Fri late
        (datetime.datetime(2026, 12, 5, 11, 0), datetime.datetime(2026, 12, 7, 10, 0)),  # Saturday
    ],
)
def test_the_call_is_set_at_the_next_good_window_on_a_working_day(now, expected):
    moment = next_call_time(now.replace(tzinfo=PARIS))
    assert moment == expected.replace(tzinfo=PARIS)
    assert moment.tzinfo is not None


# --- call mode from the wizard --------------------------------------------------


def test_call_mode_shows_the_script_the_points_and_the_voicemail(english, seeded):
    walk(english, **PHONE)
    response = english.get("/write/call/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Hello, is that Claire Martin?" in html
    assert 'type="checkbox"' in html and "Points to cover" in html
    assert "If you reach their voicemail" in html and "If they react" in html
    assert 'href="/write/preview/"' in html  # the way back
    assert 'class="site-header' not in html  # full screen: no site header
    assert reverse("messages_app:wizard_call_ics") in html


def test_in_person_notes_open_in_call_mode_without_a_calendar_reminder(english, seeded):
    walk(english, channel={"channel": "in_person"})
    html = english.get("/write/call/").content.decode()
    assert "What to say" in html and 'type="checkbox"' in html
    assert reverse("messages_app:wizard_call_ics") not in html


def test_an_email_has_no_call_mode(english, seeded):
    walk(english)
    response = english.get("/write/call/")
    assert response.status_code == 302
    assert response["Location"] == "/write/preview/"


def test_call_mode_before_the_answers_sends_back_to_the_wizard(english, seeded):
    response = english.get("/write/call/")
    assert response.status_code == 302
    assert response["Location"] == reverse("messages_app:wizard")


def test_the_preview_button_posts_the_text_on_screen_to_call_mode(english, seeded):
    walk(english, **PHONE)
    response = english.post(
        "/write/call/",
        {
            MANAGEMENT: "preview",
            "body": "My own words for the call.",
            "recipient_phone": "+33 6 12 34 56 78",
        },
    )
    assert response.status_code == 302
    html = english.get(response["Location"]).content.decode()
    assert "My own words for the call." in html
    assert 'href="tel:+33612345678"' in html
    # ...and the preview keeps it too.
    assert "My own words for the call." in english.get("/write/preview/").content.decode()


def test_the_call_mode_page_keeps_the_screen_awake_and_says_when_it_cannot(english, seeded):
    walk(english, **PHONE)
    html = english.get("/write/call/").content.decode()
    assert "js/call-mode.js" in html
    assert 'id="wake-lock-note"' in html and "cannot keep the screen on" in html


# --- the reminder ---------------------------------------------------------------


def test_the_reminder_is_at_the_recommended_time_with_the_number_and_first_line(english, seeded):
    walk(english, **PHONE)
    english.post(
        "/write/preview/",
        {
            MANAGEMENT: "preview",
            "body": "Hello Claire, Sam here.\n\nRest.",
            "recipient_phone": "01 23 45 67 89",
        },
    )
    response = english.get(reverse("messages_app:wizard_call_ics"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == 'attachment; filename="call-acme-robotics.ics"'
    event = _event(response.content)
    start = event.decoded("DTSTART")
    assert start.tzinfo is not None and str(start.tzinfo) == "Europe/Paris"
    assert start.time() in (datetime.time(10), datetime.time(14)) and start.weekday() < 5
    assert abs(start - next_call_time(start - datetime.timedelta(seconds=1))) < datetime.timedelta(
        days=1
    )
    assert str(event["SUMMARY"]) == "Call Acme Robotics to decline"
    description = str(event["DESCRIPTION"])
    assert "01 23 45 67 89" in description
    assert "Hello Claire, Sam here." in description
    assert "Acme Robotics" in description


def test_the_reminder_of_a_french_draft_is_worded_in_french(alice_client, alice):
    draft = _phone_draft(alice, language="fr", recipient_phone="+33 1 23 45 67 89")
    response = alice_client.get(reverse("messages_app:draft_call_ics", args=[draft.pk]))
    event = _event(response.content)
    assert str(event["SUMMARY"]) == "Appeler Acme Robotics pour décliner"
    assert "+33 1 23 45 67 89" in str(event["DESCRIPTION"])
    start = event.decoded("DTSTART")
    assert start == next_call_time(start - datetime.timedelta(minutes=1))


# --- call mode of a saved draft --------------------------------------------------


def test_my_phone_draft_opens_in_call_mode_with_its_number(alice_client, alice):
    draft = _phone_draft(alice, recipient_phone="06 12 34 56 78")
    response = alice_client.get(reverse("messages_app:draft_call", args=[draft.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "I am calling to decline the interview." in html
    assert 'href="tel:0612345678"' in html
    assert f'href="/history/{draft.pk}/"' in html
    assert reverse("messages_app:draft_call_ics", args=[draft.pk]) in html


def test_a_stranger_gets_404_for_my_call_page_and_reminder(bob_client, alice):
    draft = _phone_draft(alice)
    for route in ("draft_call", "draft_call_ics"):
        response = bob_client.get(reverse(f"messages_app:{route}", args=[draft.pk]))
        assert response.status_code == 404
        assert "I am calling" not in response.content.decode()


def test_an_email_draft_has_no_call_mode(alice_client, alice_draft):
    response = alice_client.get(reverse("messages_app:draft_call", args=[alice_draft.pk]))
    assert response.status_code == 404
