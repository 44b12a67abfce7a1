"""The live preview beside each wizard step, and "Show my message now"."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from tests.test_wizard import (
    ASSESSMENT,
    CHANNEL,
    MANAGEMENT,
    SITUATION,
    data_queries,
    post_step,
    step_data,
)

ADVICE = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def french(client):
    client.cookies["django_language"] = "fr"
    return client


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def live_html(html: str) -> str:
    match = re.search(r'<section id="live-preview".*?</section>', html, re.S)
    assert match, "no live preview"
    return match.group(0)


def advice(client, step: str, values: dict):
    response = client.post(f"/write/{step}/advice/", step_data(step, values), **ADVICE)
    assert response.status_code == 200
    return response.content.decode()


# --- the fragment sent with the advice ------------------------------------------------------


@pytest.mark.django_db
def test_the_advice_response_carries_the_live_preview_out_of_band(english, seeded):
    html = advice(english, "situation", {"company": "Northwind Traders", "message_language": "en"})
    preview = live_html(html)
    assert 'hx-swap-oob="true"' in preview.split(">", 1)[0]
    assert "Northwind Traders" in preview
    # Steps not done are marked as defaults, and so is the one in progress.
    assert "Written with default answers for:" in preview
    for title in ("1. Your situation", "2. Your decision", "3. Channel", "4. Message structure"):
        assert title in preview
    # A name not typed yet is a visible placeholder, in the message language.
    assert "[position]" in preview and "[your name]" in preview
    # Email: the subject and the body, in the message's language.
    assert 'lang="en"' in preview
    assert "Subject</span>" in preview
    assert "Dear Hiring Team" in preview


@pytest.mark.django_db
def test_the_live_preview_follows_the_company_as_it_is_typed(english, seeded):
    first = live_html(advice(english, "situation", {"company": "Acme", "message_language": "en"}))
    second = live_html(
        advice(english, "situation", {"company": "Globex", "message_language": "en"})
    )
    assert "Acme" in first and "Globex" not in first
    assert "Globex" in second and "Acme" not in second


@pytest.mark.django_db
def test_the_live_preview_is_in_the_message_language_not_the_site_language(french, seeded):
    html = advice(french, "situation", {"company": "Maison Dupont", "message_language": "fr"})
    preview = live_html(html)
    assert "Écrit avec des réponses par défaut pour" in preview  # the site speaks French
    assert 'lang="fr"' in preview
    assert "Madame, Monsieur," in preview
    assert "chez Maison Dupont" in preview
    assert "[intitulé du poste]" in preview and "[votre nom]" in preview
    # The same French interface, writing an English message.
    english_message = live_html(
        advice(french, "situation", {"company": "Maison Dupont", "message_language": "en"})
    )
    assert 'lang="en"' in english_message
    assert "Dear Hiring Team" in english_message
    assert "[position]" in english_message


@pytest.mark.django_db
def test_a_complete_path_shows_no_defaults_and_a_phone_call_shows_the_opening(english, seeded):
    post_step(english, "situation", SITUATION)
    post_step(english, "assessment", ASSESSMENT)
    preview = live_html(advice(english, "channel", {"channel": "phone"}))
    # Situation, decision and the channel on screen are answered; the structure is not yet.
    assert "1. Your situation" not in preview and "2. Your decision" not in preview
    assert "3. Channel" not in preview and "4. Message structure" in preview
    assert "Subject</span>" not in preview
    assert "The opening of your script" in preview
    assert "Acme Robotics" in preview


@pytest.mark.django_db
def test_each_step_page_shows_the_live_preview_without_javascript(english, seeded):
    html = english.get("/write/situation/").content.decode()
    preview = live_html(html)
    assert "hx-swap-oob" not in preview
    assert "[company]" in preview
    post_step(english, "situation", SITUATION)
    preview = live_html(english.get("/write/assessment/").content.decode())
    assert escape("Acme Robotics") in preview
    assert "1. Your situation" not in preview


@pytest.mark.django_db
def test_the_advice_and_live_preview_request_costs_at_most_four_queries(english, seeded):
    english.get("/write/situation/")
    post_step(english, "situation", SITUATION)
    post_step(english, "assessment", ASSESSMENT)
    post_step(english, "channel", CHANNEL)
    for step, values in (("situation", SITUATION), ("channel", CHANNEL)):
        changed = {**values, "company": "Initech"} if step == "situation" else values
        with CaptureQueriesContext(connection) as queries:
            html = advice(english, step, changed)
        assert 'id="live-preview"' in html
        assert len(data_queries(queries)) <= 4, (step, [q[:60] for q in data_queries(queries)])
    with CaptureQueriesContext(connection) as queries:
        html = advice(english, "structure", {"tone": "warm", "length": "short"})
    assert 'id="live-preview"' in html
    assert len(data_queries(queries)) <= 4, data_queries(queries)


# --- "Show my message now" ---------------------------------------------------------------


def show_now(client, step: str, values: dict):
    data = {**step_data(step, values), "wizard_goto_step": "preview"}
    return client.post(f"/write/{step}/", data)


@pytest.mark.django_db
def test_every_step_before_the_last_offers_show_my_message_now(english, seeded):
    html = english.get("/write/situation/").content.decode()
    button = re.search(r"<button[^>]*>\s*Show my message now\s*</button>", html)
    assert button, "no Show my message now button"
    assert 'name="wizard_goto_step"' in button.group(0) and 'value="preview"' in button.group(0)
    assert 'form="wizard-form"' in button.group(0)


@pytest.mark.django_db
def test_show_my_message_now_from_step_one_opens_the_preview_with_defaults(english, seeded):
    response = show_now(english, "situation", {"company": "Umbrella", "message_language": "en"})
    assert response.status_code == 302
    assert response["Location"] == "/write/preview/"
    html = english.get("/write/preview/").content.decode()
    notice = re.search(r"<div[^>]*data-defaults-notice.*?</div>", html, re.S)
    assert notice, "no defaults notice"
    for step, title in (
        ("situation", "1. Your situation"),
        ("assessment", "2. Your decision"),
        ("channel", "3. Channel"),
        ("structure", "4. Message structure"),
    ):
        assert f'<a href="/write/{step}/">{title}</a>' in notice.group(0)
    assert "Umbrella" in html  # what was typed is in the message
    # ... and is still on step 1, where the steps stay reachable for coaching.
    step_one = english.get("/write/situation/").content.decode()
    assert 'value="Umbrella"' in step_one
    assert english.get("/write/structure/").status_code == 200


@pytest.mark.django_db
def test_a_step_changed_after_show_my_message_now_is_no_longer_listed(english, seeded):
    post_step(english, "situation", SITUATION)
    show_now(english, "assessment", ASSESSMENT)
    html = english.get("/write/preview/").content.decode()
    assert "2. Your decision" not in html.split("data-defaults-notice", 1)[1][:800]
    assert '<a href="/write/channel/">3. Channel</a>' in html
    post_step(english, "channel", {"channel": "sms"})
    post_step(english, "structure", {"tone": "warm", "length": "short", "reason_detail": "none"})
    html = english.get("/write/preview/").content.decode()
    assert "data-defaults-notice" not in html


@pytest.mark.django_db
def test_show_my_message_now_keeps_an_invalid_entry_and_shows_its_error(english, seeded):
    data = {**step_data("situation", {"company": "A" * 500}), "wizard_goto_step": "preview"}
    response = english.post("/write/situation/", data)
    assert response.status_code == 200  # the step again, with its error
    html = response.content.decode()
    assert "A" * 200 in html
    assert "is-invalid" in html


@pytest.mark.django_db
def test_the_preview_without_show_my_message_now_has_no_defaults_notice(english, seeded):
    post_step(english, "situation", SITUATION)
    post_step(english, "assessment", ASSESSMENT)
    post_step(english, "channel", CHANNEL)
    data = step_data("structure", {"tone": "formal", "length": "standard"})
    english.post("/write/structure/", {**data, MANAGEMENT: "structure"})
    html = english.get("/write/preview/").content.decode()
    assert "data-defaults-notice" not in html


@pytest.mark.django_db
def test_defaults_fill_only_empty_fields_and_never_tick_an_unticked_box(seeded):
    from django.contrib.sessions.backends.db import SessionStore

    from messages_app.wizard.live import filled_raw
    from messages_app.wizard.state import WizardState

    state = WizardState(SessionStore())
    # Typed on step 4: a tone, "keep the door open" unticked, the length left empty.
    state.store_raw("structure", {"structure-tone": ["warm"], "structure-length": [""]})
    raw = filled_raw(state, "structure", "en")
    assert raw["structure-tone"] == ["warm"]
    assert raw["structure-length"] == ["standard"]
    assert "structure-include_door_open" not in raw
    # A step never visited gets what its first visit shows: the door kept open.
    state.clear()
    assert filled_raw(state, "structure", "en")["structure-include_door_open"] == ["on"]
