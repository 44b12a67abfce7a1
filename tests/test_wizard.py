"""The decline wizard, step by step, through the real views and the seed content."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.html import escape

from messages_app import wizard
from messages_app.choices import ReasonKey
from messages_app.models import Block
from messages_app.services import EditTarget
from tests.clients import FormClient
from tests.visible import is_shown

MANAGEMENT = "decline_wizard-current_step"

SITUATION = {
    "company": "Acme Robotics",
    "position": "Data Engineer",
    "contact_name": "Claire Martin",
    "invitation_channel": "email",
    "stage": "invitation",
    "interview_date": "",
    "rapport": "none",
    "message_language": "en",
    "sender_name": "Sam Taylor",
    "sender_contact": "",
}
ASSESSMENT = {
    "reasons": ["career_goals"],
    "basis": "facts",
    "researched": "yes",
    "certainty": "sure",
    "notes": "",
}
CHANNEL = {"channel": "email"}
STRUCTURE = {
    "reason_detail": "general",
    "include_door_open": "on",
    "tone": "formal",
    "length": "standard",
}
ANSWERS = {"situation": SITUATION, "assessment": ASSESSMENT, "channel": CHANNEL}


def step_data(step: str, values: dict) -> dict:
    data = {MANAGEMENT: step}
    for key, value in values.items():
        if value is None or value is False:
            continue
        data[f"{step}-{key}"] = value
    return data


def post_step(client: Client, step: str, values: dict, **extra) -> Any:
    return client.post(f"/write/{step}/", {**step_data(step, values), **extra})


def walk(client: Client, until: str = "preview", **overrides: dict) -> None:
    """Answer every step before `until`, each one valid."""
    values = {
        "situation": {**SITUATION, **overrides.get("situation", {})},
        "assessment": {**ASSESSMENT, **overrides.get("assessment", {})},
        "channel": {**CHANNEL, **overrides.get("channel", {})},
        "structure": {**STRUCTURE, **overrides.get("structure", {})},
    }
    for step in wizard.ANSWER_STEPS:
        if step == until:
            return
        response = post_step(client, step, values[step])
        assert response.status_code == 302, (step, response.content.decode()[:2000])


def field_html(html: str, name: str) -> str:
    """The crispy block of one field: its label, input and messages."""
    start = html.index(f'id="div_id_{name}"')
    end = html.find('id="div_id_', start + 10)
    return html[start : end if end != -1 else len(html)]


def body_text(html: str) -> str:
    """The editable message on the preview."""
    match = re.search(r'id="id_body">(.*?)</textarea>', html, re.S)
    assert match, "no message on the page"
    return match.group(1)


def slot_html(html: str, name: str) -> str:
    match = re.search(rf'<div id="slot-{name}"[^>]*>(.*?)</div>\s*(?=<|$)', html, re.S)
    assert match, f"no advice slot for {name}"
    return match.group(0)


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


# --- navigation ----------------------------------------------------------


@pytest.mark.django_db
def test_write_starts_at_the_situation_step(client):
    response = client.get("/write/")
    assert response.status_code == 302
    assert response["Location"] == "/write/situation/"


@pytest.mark.django_db
def test_each_step_has_its_own_url_and_moves_forward(english, seeded):
    response = post_step(english, "situation", SITUATION)
    assert response["Location"] == "/write/assessment/"
    response = post_step(english, "assessment", ASSESSMENT)
    assert response["Location"] == "/write/channel/"
    response = post_step(english, "channel", CHANNEL)
    assert response["Location"] == "/write/structure/"
    response = post_step(english, "structure", STRUCTURE)
    assert response["Location"] == "/write/preview/"
    assert english.get("/write/").headers["Location"] == "/write/preview/"


@pytest.mark.django_db
def test_going_straight_to_a_later_step_redirects_to_the_first_incomplete_one(english, seeded):
    response = english.get("/write/structure/")
    assert response.status_code == 302
    assert response["Location"] == "/write/situation/"
    walk(english, until="channel")
    response = english.get("/write/preview/", follow=True)
    assert response.redirect_chain[-1][0] == "/write/channel/"
    assert "Please complete this step first." in response.text


@pytest.mark.django_db
def test_skipped_ahead_final_post_stores_nothing_and_redirects(english, seeded):
    walk(english, until="assessment")
    response = english.post(
        "/write/preview/", {MANAGEMENT: "preview", "body": "Hello", "subject": "Hi"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/write/assessment/"
    request = english.get("/write/situation/").wsgi_request
    assert wizard.get_preview_text(request) is None
    assert wizard.get_wizard_answers(request) is None


# --- validation, in both interface languages -------------------------------


@pytest.mark.django_db
def test_missing_answers_get_a_message_next_to_each_field_in_english(english):
    response = post_step(english, "situation", {"company": "Acme", "position": ""})
    assert response.status_code == 200
    html = response.text
    assert "Enter the position" in field_html(html, "situation-position")
    assert "Choose where you are in the process" in field_html(html, "situation-stage")
    assert "Enter the company" not in field_html(html, "situation-company")
    assert 'value="Acme"' in field_html(html, "situation-company")


@pytest.mark.django_db
def test_missing_answers_get_a_message_next_to_each_field_in_french(client):
    response = post_step(client, "situation", {"company": "Acme", "position": ""})
    html = response.text
    assert '<html lang="fr">' in html
    assert "Indiquez le poste" in field_html(html, "situation-position")
    assert 'value="Acme"' in field_html(html, "situation-company")


@pytest.mark.django_db
def test_over_long_company_is_refused_with_a_message_and_the_rest_is_kept(english):
    values = {**SITUATION, "company": "A" * 121}
    html = post_step(english, "situation", values).text
    assert "must be 120 characters or fewer – it has 121" in field_html(html, "situation-company")
    assert 'value="Data Engineer"' in field_html(html, "situation-position")
    assert 'value="Sam Taylor"' in field_html(html, "situation-sender_name")


@pytest.mark.django_db
def test_over_long_company_is_refused_in_french_too(client):
    values = {**SITUATION, "company": "A" * 121}
    html = post_step(client, "situation", values).text
    assert "au plus 120 caractères" in field_html(html, "situation-company")


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["Acme\x00Corp", "Acme\x07", "Acme\x1b[31m", "Ac\x85me"])
def test_control_characters_are_refused_with_a_clear_message(english, text):
    html = post_step(english, "situation", {**SITUATION, "company": text}).text
    assert "invisible control characters" in field_html(html, "situation-company")


@pytest.mark.django_db
def test_line_breaks_and_tabs_are_fine_in_notes(english, seeded):
    walk(english, until="assessment")
    notes = "Line one\r\n\tLine two"
    response = post_step(english, "assessment", {**ASSESSMENT, "notes": notes})
    assert response.status_code == 302
    html = english.get("/write/assessment/").text
    assert re.search(r"Line one\r?\n\tLine two</textarea>", html)


@pytest.mark.django_db
def test_assessment_requires_a_reason_and_each_question(english, seeded):
    walk(english, until="assessment")
    html = post_step(english, "assessment", {"notes": "keep me"}).text
    assert "Tick at least one reason." in field_html(html, "assessment-reasons")
    assert "Choose how sure you are" in field_html(html, "assessment-certainty")
    assert "keep me" in field_html(html, "assessment-notes")


@pytest.mark.django_db
def test_assessment_lists_every_reason_in_the_interface_language(english, seeded):
    walk(english, until="assessment")
    html = english.get("/write/assessment/").text
    for reason in ReasonKey:
        assert f'value="{reason.value}"' in html
        assert escape(str(reason.label)) in html


@pytest.mark.django_db
def test_the_hints_of_the_ticked_reasons_follow_the_interface_language_and_the_admin(
    client, seeded
):
    hint = Block.objects.get(kind="reason_hint", language="en", reason=ReasonKey.LOCATION)
    hint.text = "Mention the distance once, briefly."
    hint.save()
    values = {**ASSESSMENT, "reasons": [ReasonKey.LOCATION, ReasonKey.PERSONAL]}
    data = step_data("assessment", values)
    client.cookies["django_language"] = "en"
    walk(client, until="assessment")
    english = client.post("/write/assessment/advice/", data, HTTP_HX_REQUEST="true").text
    assert "Mention the distance once, briefly." in english
    assert "Health, family or other commitments." in english
    assert "The company culture does not suit me" not in english
    client.cookies["django_language"] = "fr"
    french = client.post("/write/assessment/advice/", data, HTTP_HX_REQUEST="true").text
    assert "Santé, famille ou autres engagements." in french
    assert "Localisation ou trajet" in french


@pytest.mark.django_db
def test_channel_is_required(english, seeded):
    walk(english, until="channel")
    response = post_step(english, "channel", {})
    assert response.status_code == 200
    assert "Choose how you will tell them" in response.text


@pytest.mark.django_db
def test_feedback_checked_without_text_asks_for_it(english, seeded):
    walk(english, until="structure", situation={"stage": "several"})
    html = post_step(english, "structure", {**STRUCTURE, "include_feedback": "on"}).text
    assert "Write your feedback" in field_html(html, "structure-feedback")


@pytest.mark.django_db
def test_feedback_is_only_offered_after_interviews(english, seeded):
    walk(english, until="structure")
    assert not is_shown(english.get("/write/structure/").text, "div_id_structure-include_feedback")
    post_step(english, "situation", {**SITUATION, "stage": "offer"})
    assert is_shown(english.get("/write/structure/").text, "div_id_structure-include_feedback")


# --- advice beside the fields ----------------------------------------------


@pytest.mark.django_db
def test_past_interview_date_is_accepted_with_a_warning_next_to_the_field(english, seeded):
    past = (timezone.localdate() - timedelta(days=2)).isoformat()
    response = post_step(english, "situation", {**SITUATION, "interview_date": past})
    assert response.status_code == 302  # a warning, not an error
    html = english.get("/write/situation/").text
    slot = slot_html(html, "interview_date")
    assert 'data-advice="timing.past"' in slot
    assert "already past" in slot


@pytest.mark.django_db
def test_interview_tomorrow_shows_urgent_advice_as_the_date_is_chosen(english, seeded):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    response = english.post(
        "/write/situation/advice/",
        step_data("situation", {**SITUATION, "interview_date": tomorrow}),
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'data-advice="timing.urgent"' in response.text
    assert (
        'id="slot-interview_date" class="field-advice" aria-live="polite" hx-swap-oob="true"'
        in (response.text)
    )


@pytest.mark.django_db
def test_unsure_user_is_told_kindly_to_consider_attending_and_may_continue(english, seeded):
    walk(english, until="assessment")
    values = {**ASSESSMENT, "certainty": "unsure"}
    advice = english.post(
        "/write/assessment/advice/", step_data("assessment", values), HTTP_HX_REQUEST="true"
    )
    assert 'data-advice="certainty.unsure"' in advice.text
    assert "Going to the interview may be the better move" in advice.text
    # Shown without JavaScript too, on the page itself.
    html = english.get("/write/assessment/").text
    assert 'data-advice="certainty.unsure"' in slot_html(html, "certainty")
    response = post_step(english, "assessment", values)
    assert response["Location"] == "/write/channel/"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("invitation", "stage", "rapport", "expected"),
    [
        ("email", "invitation", "none", "email"),
        ("phone", "invitation", "some", "phone"),
        ("sms", "invitation", "none", "sms"),
        ("email", "several", "strong", "phone"),
    ],
)
def test_recommended_channel_is_preselected_and_explained(
    english, seeded, invitation, stage, rapport, expected
):
    walk(
        english,
        until="channel",
        situation={"invitation_channel": invitation, "stage": stage, "rapport": rapport},
    )
    html = english.get("/write/channel/").text
    checked = re.findall(
        r'<input type="radio" name="channel-channel" value="(\w+)"[^>]* checked', html
    )
    assert checked == [expected]
    assert 'data-advice="channel.recommended"' in html
    assert "Recommended" in html


@pytest.mark.django_db
def test_apology_is_preselected_and_explained_when_the_interview_was_accepted(english, seeded):
    walk(english, until="structure", situation={"stage": "accepted"})
    html = english.get("/write/structure/").text
    assert re.search(r'name="structure-include_apology"[^>]* checked', html)
    assert 'data-advice="apology.preselected"' in slot_html(html, "include_apology")


@pytest.mark.django_db
def test_apology_is_not_preselected_for_a_plain_invitation(english, seeded):
    walk(english, until="structure")
    html = english.get("/write/structure/").text
    assert not re.search(r'name="structure-include_apology"[^>]* checked', html)


@pytest.mark.django_db
def test_message_language_defaults_to_the_interface_language(client, english):
    french = FormClient()
    assert re.search(
        r'name="situation-message_language" value="fr"[^>]* checked',
        french.get("/write/situation/").text,
    )
    assert re.search(
        r'name="situation-message_language" value="en"[^>]* checked',
        english.get("/write/situation/").text,
    )


@pytest.mark.django_db
def test_progress_links_only_to_steps_that_can_be_opened(english, seeded):
    def offers(html: str, step: str) -> bool:
        return bool(re.search(rf'name="wizard_goto_step"\s+value="{step}"', html))

    post_step(english, "situation", {"company": "Half done"})
    html = english.get("/write/situation/").text
    assert not offers(html, "assessment")
    walk(english, until="channel")
    html = english.get("/write/situation/").text
    assert offers(html, "assessment")
    assert offers(html, "channel")
    assert not offers(html, "structure")


# --- nothing lost --------------------------------------------------------------


@pytest.mark.django_db
def test_reload_and_a_second_tab_show_what_was_typed(english, seeded):
    walk(english, until="channel")
    html = english.get("/write/situation/").text
    assert 'value="Acme Robotics"' in html
    second_tab = FormClient()
    second_tab.cookies = english.cookies
    assert 'value="Claire Martin"' in second_tab.get("/write/situation/").text
    assert second_tab.get("/write/channel/").status_code == 200


@pytest.mark.django_db
def test_typed_text_survives_a_reload_before_next_is_pressed(english, seeded):
    """The htmx advice refresh (on every change) keeps what was typed."""
    english.post(
        "/write/situation/advice/",
        step_data("situation", {"company": "Half typed Ltd"}),
        HTTP_HX_REQUEST="true",
    )
    html = english.get("/write/situation/").text
    assert 'value="Half typed Ltd"' in html
    assert "Enter the position" not in html  # no error noise on a reload
    assert "There is a problem" not in html


@pytest.mark.django_db
def test_previous_keeps_the_typed_text_even_when_invalid(english, seeded):
    walk(english, until="assessment")
    typed = {"notes": "My reasons, half written", "certainty": "fairly"}
    response = post_step(english, "assessment", typed, wizard_goto_step="situation")
    assert response.status_code == 302
    assert response["Location"] == "/write/situation/"
    html = english.get("/write/assessment/").text
    assert "My reasons, half written" in html
    assert re.search(r'name="assessment-certainty" value="fairly"[^>]* checked', html)


@pytest.mark.django_db
def test_previous_from_the_preview_keeps_the_edited_text(english, seeded):
    walk(english)
    english.post(
        "/write/preview/",
        {MANAGEMENT: "preview", "subject": "My subject", "body": "My own words", "paper": "a4"},
    )
    response = english.post(
        "/write/preview/",
        {
            MANAGEMENT: "preview",
            "subject": "My subject",
            "body": "My own words, edited again",
            "paper": "a4",
            "wizard_goto_step": "structure",
        },
    )
    assert response["Location"] == "/write/structure/"
    assert body_text(english.get("/write/preview/").text).strip() == "My own words, edited again"


@pytest.mark.django_db
def test_right_to_left_text_and_emoji_round_trip_to_the_message(english, seeded):
    company = "شركة النور 🚀"
    walk(english, situation={"company": company, "contact_name": "Zoë \u202eevil"})
    html = english.get("/write/preview/").text
    assert company in body_text(html)
    assert wizard.get_wizard_answers(english.get("/").wsgi_request)["company"] == company


@pytest.mark.django_db
def test_huge_bodies_and_too_many_fields_get_a_400_not_a_500(english, seeded):
    huge = english.post(
        "/write/situation/", {MANAGEMENT: "situation", "situation-company": "x" * 3_000_000}
    )
    assert huge.status_code == 400
    fields = {f"f{i}": "x" for i in range(1_200)}
    many = english.post("/write/situation/", {MANAGEMENT: "situation", **fields})
    assert many.status_code == 400
    assert english.get("/write/situation/").status_code == 200


@pytest.mark.django_db
def test_wizard_pages_are_never_cached(english):
    response = english.get("/write/situation/")
    assert "no-store" in response["Cache-Control"]


# --- tampering -------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "data",
    [
        {MANAGEMENT: "nope", "situation-company": "Acme"},
        {"situation-company": "Acme"},
        {MANAGEMENT: "situation", "wizard_goto_step": "nope"},
        {MANAGEMENT: "assessment", "assessment-notes": "x"},
        {MANAGEMENT: ""},
    ],
    ids=["unknown-step", "missing-management", "bad-goto", "other-step", "empty-step"],
)
def test_tampered_wizard_fields_get_a_400_and_the_session_still_works(english, seeded, data):
    walk(english, until="assessment")
    response = english.post("/write/situation/", data)
    assert response.status_code == 400
    assert "could not be read" in response.text
    assert 'value="Acme Robotics"' in english.get("/write/situation/").text


@pytest.mark.django_db
def test_unknown_step_url_is_not_found(client):
    assert client.get("/write/done/").status_code == 404
    assert client.get("/write/nope/").status_code == 404


@pytest.mark.django_db
def test_advice_endpoint_refuses_get(client):
    assert client.get("/write/situation/advice/").status_code == 405


# --- the preview ----------------------------------------------------------------------


@pytest.mark.django_db
def test_full_flow_reaches_an_english_email_with_the_seed_content(english, seeded):
    walk(english)
    response = english.get("/write/preview/")
    assert response.status_code == 200
    html = response.text
    body = body_text(html)
    assert "Acme Robotics" in body
    assert "Data Engineer" in body
    assert "Sam Taylor" in body
    assert "Claire Martin" in body
    assert 'name="subject"' in html
    assert 'href="mailto:?subject=' in html
    assert 'data-rule="gratitude"' in html
    assert 'formaction="/write/pdf/"' in html
    assert 'formaction="/write/save/"' in html


@pytest.mark.django_db
def test_phone_preview_shows_the_script_points_replies_and_when_to_call(client, seeded):
    walk(
        client,
        situation={"message_language": "fr", "invitation_channel": "phone", "rapport": "some"},
        channel={"channel": "phone"},
    )
    html = client.get("/write/preview/").text
    assert 'name="subject"' not in html
    assert 'class="checklist"' in html
    assert 'class="call-time"' in html
    assert 'class="replies"' in html
    body = body_text(html)
    assert "Acme Robotics" in body or "Data Engineer" in body


@pytest.mark.django_db
def test_text_message_preview_shows_the_segment_count(english, seeded):
    walk(
        english,
        situation={"invitation_channel": "sms"},
        channel={"channel": "sms"},
        structure={"length": "short"},
    )
    html = english.get("/write/preview/").text
    assert re.search(r'class="sms-count fw-semibold" data-segments="[12]"', html)
    response = english.post(
        "/write/preview/",
        {MANAGEMENT: "preview", "body": "ê" * 71, "paper": "a4"},
        HTTP_HX_REQUEST="true",
    )
    assert 'data-segments="2"' in response.text
    assert "71 characters: 2 text messages." in response.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "payload", "escaped"),
    [
        ("company", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("position", "{{ 7*7 }}", "{{ 7*7 }}"),
        ("contact_name", "{% debug %}", "{% debug %}"),
        ("sender_name", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
    ],
)
def test_payloads_are_shown_literally_and_escaped_on_the_preview(
    english, seeded, field, payload, escaped
):
    walk(english, situation={field: payload})
    html = english.get("/write/preview/").text
    assert escaped in html
    assert payload not in html.replace(escaped, "") or payload == escaped
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "49" not in body_text(html)
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert payload not in title and escaped not in title


@pytest.mark.django_db
def test_payloads_in_the_edited_text_come_back_literally(english, seeded):
    walk(english)
    english.post(
        "/write/preview/",
        {
            MANAGEMENT: "preview",
            "subject": "{{ 7*7 }}",
            "body": "<script>alert(1)</script> {% debug %}",
            "paper": "a4",
        },
        HTTP_HX_REQUEST="true",
    )
    html = english.get("/write/preview/").text
    assert body_text(html).strip() == "&lt;script&gt;alert(1)&lt;/script&gt; {% debug %}"
    assert 'value="{{ 7*7 }}"' in html


@pytest.mark.django_db
def test_editing_the_preview_is_saved_as_typed_and_survives_a_reload(english, seeded):
    walk(english)
    response = english.post(
        "/write/preview/",
        {
            MANAGEMENT: "preview",
            "subject": "Thanks",
            "body": "Thank you, I decline.",
            "paper": "a4",
        },
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'data-rule="gratitude"' in response.text
    assert "<html" not in response.text  # a partial
    html = english.get("/write/preview/").text
    assert body_text(html).strip() == "Thank you, I decline."
    assert wizard.get_preview_text(response.wsgi_request) == ("Thanks", "Thank you, I decline.")


@pytest.mark.django_db
def test_invalid_preview_edit_shows_the_error_and_keeps_the_last_good_text(english, seeded):
    walk(english)
    good = {MANAGEMENT: "preview", "subject": "Thanks", "body": "Good text", "paper": "a4"}
    english.post("/write/preview/", good, HTTP_HX_REQUEST="true")
    response = english.post(
        "/write/preview/", {**good, "body": "Bad\x00text"}, HTTP_HX_REQUEST="true"
    )
    assert "invisible control characters" in response.text
    assert body_text(english.get("/write/preview/").text).strip() == "Good text"
    too_long = english.post("/write/preview/", {**good, "body": "x" * 5001})
    assert too_long.status_code == 200
    assert "must be 5000 characters or fewer" in too_long.text


@pytest.mark.django_db
def test_changing_answers_after_editing_keeps_the_edit_and_asks(english, seeded):
    walk(english)
    english.post(
        "/write/preview/",
        {MANAGEMENT: "preview", "subject": "S", "body": "My careful edit", "paper": "a4"},
    )
    post_step(english, "structure", {**STRUCTURE, "tone": "warm"})
    html = english.get("/write/preview/").text
    assert body_text(html).strip() == "My careful edit"  # still in the editor
    assert "Keep my text" in html and "Use the new proposal" in html
    response = english.post(
        "/write/preview/",
        {MANAGEMENT: "preview", "subject": "S", "body": "My careful edit", "action": "keep_mine"},
    )
    assert response.status_code == 302
    html = english.get("/write/preview/").text
    assert body_text(html).strip() == "My careful edit"
    assert "Keep my text" not in html


def _subject_field(html: str) -> str:
    match = re.search(r'<input[^>]*name="structure-subject"[^>]*>', html)
    assert match, "no subject field on the page"
    return match.group(0)


@pytest.mark.django_db
def test_an_empty_subject_follows_a_corrected_position_but_a_typed_one_stays(english, seeded):
    walk(english, until="structure", situation={"position": "Data Enginer"})
    field = _subject_field(english.get("/write/structure/").text)
    assert "Data Enginer" in re.search(r'placeholder="([^"]*)"', field).group(1)
    assert 'value="' not in field  # empty: the subject shown is used
    post_step(english, "structure", {**STRUCTURE, "subject": ""})
    post_step(english, "situation", {**SITUATION, "position": "Data Engineer"})
    field = _subject_field(english.get("/write/structure/").text)
    assert "Data Engineer" in field and "Data Enginer" not in field
    assert "Data Engineer interview" in re.search(
        r'name="subject" value="([^"]*)"', english.get("/write/preview/").text
    ).group(1)

    post_step(english, "structure", {**STRUCTURE, "subject": "My own subject"})
    post_step(english, "situation", {**SITUATION, "position": "Data Scientist"})
    assert 'value="My own subject"' in english.get("/write/structure/").text
    assert 'value="My own subject"' in english.get("/write/preview/").text


@pytest.mark.django_db
def test_start_again_asks_first_then_clears_everything(english, seeded):
    walk(english)
    confirm = english.get("/write/reset/")
    assert confirm.status_code == 200
    assert english.get("/write/").headers["Location"] == "/write/preview/"  # GET cleared nothing
    response = english.post("/write/reset/")
    assert response["Location"] == "/write/situation/"
    html = english.get("/write/situation/").text
    assert "Acme Robotics" not in html


# --- both interface languages ------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_step_renders_in_both_interface_languages(client, seeded, language):
    client.cookies["django_language"] = language
    walk(client)
    for step in wizard.STEP_NAMES:
        response = client.get(f"/write/{step}/")
        assert response.status_code == 200, step
        assert f'<html lang="{language}">' in response.text
        assert 'id="wizard-form"' in response.text
        assert 'aria-current="step"' in response.text


# --- public API ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_answers_are_json_ready_and_none_until_complete(english, seeded):
    walk(english, until="structure")
    request = english.get("/").wsgi_request
    assert wizard.get_wizard_answers(request) is None
    date = (timezone.localdate() + timedelta(days=5)).isoformat()
    walk(english, situation={"interview_date": date})
    answers = wizard.get_wizard_answers(english.get("/").wsgi_request)
    assert json.loads(json.dumps(answers)) == answers
    assert answers["interview_date"] == date
    assert answers["reasons"] == ["career_goals"]
    assert answers["company"] == "Acme Robotics"
    assert set(answers) == set(wizard.ANSWER_DEFAULTS)
    message = wizard.compose_from_answers(answers)
    assert message.channel == "email"
    assert "Acme Robotics" in message.body


@pytest.mark.django_db
def test_restore_wizard_fills_every_step_and_the_preview_text(english, seeded):
    walk(
        english,
        situation={"stage": "several"},
        structure={"include_feedback": "on", "feedback": "Great team"},
    )
    answers = wizard.get_wizard_answers(english.get("/").wsgi_request)
    other = FormClient()
    other.cookies["django_language"] = "en"
    request = other.get("/").wsgi_request
    target = EditTarget(draft_id=7, version=3)
    wizard.restore_wizard(
        request, answers, target=target, subject="Saved subject", body="Saved body"
    )
    request.session.save()
    other.cookies["sessionid"] = request.session.session_key
    request = other.get("/").wsgi_request
    assert wizard.get_wizard_answers(request) == answers
    assert wizard.get_edit_target(request) == target
    assert not wizard.has_unsaved_work(request)
    assert wizard.get_preview_text(request) == ("Saved subject", "Saved body")
    html = other.get("/write/preview/").text
    assert body_text(html).strip() == "Saved body"
    assert "Update my saved draft" in html
    assert '<input type="hidden" name="draft_id" value="7">' in html
    assert '<input type="hidden" name="version" value="3">' in html
    assert "Great team" in other.get("/write/structure/").text


@pytest.mark.django_db
def test_submission_id_is_stable_and_rendered_in_the_preview_form(english, seeded):
    walk(english)
    html = english.get("/write/preview/").text
    rendered = re.search(r'name="submission_id" value="([0-9a-f-]{36})"', html).group(1)
    request = english.get("/write/preview/").wsgi_request
    assert wizard.get_submission_id(request) == rendered
    wizard.reset_wizard(request)
    assert wizard.get_wizard_answers(request) is None
    assert wizard.get_submission_id(request) != rendered


# --- performance contract ------------------------------------------------------------------


TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE SAVEPOINT")


def data_queries(context: CaptureQueriesContext) -> list[str]:
    """The statements that read or write data (BEGIN, COMMIT and savepoints
    around Django's own session save are transaction control, not queries)."""
    return [
        q["sql"] for q in context.captured_queries if not q["sql"].startswith(TRANSACTION_CONTROL)
    ]


@pytest.mark.django_db
def test_each_step_uses_at_most_four_queries(english, seeded):
    english.get("/write/situation/")  # the session exists from here on
    values = {"situation": SITUATION, "assessment": ASSESSMENT, "channel": CHANNEL}
    values["structure"] = STRUCTURE
    for step in wizard.STEP_NAMES:
        with CaptureQueriesContext(connection) as get_queries:
            assert english.get(f"/write/{step}/").status_code == 200
        assert len(data_queries(get_queries)) <= 4, (step, data_queries(get_queries))
        if step == "preview":
            data = {MANAGEMENT: "preview", "subject": "S", "body": "Thank you", "paper": "a4"}
        else:
            data = step_data(step, values[step])
        with CaptureQueriesContext(connection) as post_queries:
            assert english.post(f"/write/{step}/", data).status_code == 302
        assert len(data_queries(post_queries)) <= 4, (step, data_queries(post_queries))
        with CaptureQueriesContext(connection) as advice_queries:
            if step != "preview":
                english.post(f"/write/{step}/advice/", data, HTTP_HX_REQUEST="true")
        assert len(data_queries(advice_queries)) <= 4, (step, data_queries(advice_queries))
