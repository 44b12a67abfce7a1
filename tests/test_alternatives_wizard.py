"""Not sure yet, through the wizard: step 2 offers to ask for more
information or for another date; the choice reaches the live preview, step 4,
the preview and its quality check, the PDF and the saved draft; a hidden
choice is ignored (and kept) once the person is sure."""

from __future__ import annotations

import html as html_lib
import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from messages_app import wizard
from messages_app.choices import Purpose
from messages_app.models import Draft
from tests.factories import save_fields
from tests.test_pdf import extract, flat
from tests.test_wizard import (
    ASSESSMENT,
    STRUCTURE,
    body_text,
    post_step,
    slot_html,
    step_data,
    walk,
)
from tests.visible import is_shown

pytestmark = pytest.mark.django_db

QUESTION = "Is the role open to remote work?"
TIMES = "any morning next week"
ASK_INFO = {
    **ASSESSMENT,
    "certainty": "unsure",
    "basis": "mixed",
    "researched": "partly",
    "purpose": "ask_info",
    "question": QUESTION,
}
RESCHEDULE = {**ASK_INFO, "purpose": "reschedule", "availability": TIMES}


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def radio_checked(page: str, name: str) -> str | None:
    """The value of the ticked radio button `name`, as the browser shows it."""
    for tag in re.findall(rf'<input[^>]*name="{name}"[^>]*>', page):
        if re.search(r"\schecked\b", tag):
            return re.search(r'value="([^"]*)"', tag).group(1)  # type: ignore[union-attr]
    return None


def preview_body(client) -> str:
    return html_lib.unescape(body_text(client.get("/write/preview/").text))


# --- step 2: the choice, only when not sure ---------------------------------------


def test_the_choice_is_offered_only_to_a_person_not_sure(english, seeded):
    walk(english, until="assessment")
    page = english.get("/write/assessment/").text
    assert not is_shown(page, "reveal-assessment-purpose")
    # Decline stays the default, ticked before anyone chooses.
    assert radio_checked(page, "assessment-purpose") == "decline"
    post_step(english, "assessment", {**ASSESSMENT, "certainty": "sure"})
    page = english.get("/write/assessment/").text
    assert not is_shown(page, "reveal-assessment-purpose")
    for certainty in ("fairly", "unsure"):
        post_step(english, "assessment", {**ASK_INFO, "certainty": certainty, "purpose": "decline"})
        page = english.get("/write/assessment/").text
        assert is_shown(page, "reveal-assessment-purpose")
        assert "What would you like to do?" in page
        assert "Ask them for more information first" in page
        assert "Ask for another date" in page
        # The question field waits for its own choice.
        assert not is_shown(page, "reveal-assessment-question")


def test_the_question_field_shows_with_ask_info_and_the_times_with_another_date(english, seeded):
    walk(english, until="assessment")
    post_step(english, "assessment", ASK_INFO)
    page = english.get("/write/assessment/").text
    assert is_shown(page, "reveal-assessment-question")
    assert not is_shown(page, "reveal-assessment-availability")
    post_step(english, "assessment", RESCHEDULE)
    page = english.get("/write/assessment/").text
    assert not is_shown(page, "reveal-assessment-question")
    assert is_shown(page, "reveal-assessment-availability")


def test_the_advice_under_the_choice_comes_from_the_self_assessment(english, seeded):
    walk(english, until="assessment")
    for purpose, words in (
        ("decline", "ask them a question first"),
        ("ask_info", "genuinely open to the role"),
        ("reschedule", "only if you really mean to come"),
    ):
        response = english.post(
            "/write/assessment/advice/",
            step_data("assessment", {**ASK_INFO, "purpose": purpose}),
            HTTP_HX_REQUEST="true",
        )
        assert f'data-advice="purpose.{purpose}"' in response.text
        assert words in response.text
    post_step(english, "assessment", ASK_INFO)
    page = english.get("/write/assessment/").text  # without JavaScript, under the field
    assert 'data-advice="purpose.ask_info"' in slot_html(page, "purpose")


def test_a_question_over_the_cap_is_refused_and_kept(english, seeded):
    walk(english, until="assessment")
    long_question = "Is it remote? " * 20
    response = post_step(english, "assessment", {**ASK_INFO, "question": long_question})
    assert response.status_code == 200
    assert "200 characters or fewer" in response.text
    assert html_lib.escape(long_question.strip()) in response.text


# --- the live preview follows the choice --------------------------------------------


def test_the_live_preview_shows_the_chosen_message(english, seeded):
    walk(english, until="assessment")
    response = english.post(
        "/write/assessment/advice/", step_data("assessment", RESCHEDULE), HTTP_HX_REQUEST="true"
    )
    assert 'id="live-preview"' in response.text
    assert "any morning next week" in response.text
    assert "decline" not in response.text.split('id="live-preview"')[1].lower()
    response = english.post(
        "/write/assessment/advice/", step_data("assessment", ASK_INFO), HTTP_HX_REQUEST="true"
    )
    assert html_lib.escape("is the role open to remote work?") in response.text


def test_show_my_message_now_opens_the_request(english, seeded):
    walk(english, until="assessment")
    response = english.post(
        "/write/assessment/",
        {**step_data("assessment", ASK_INFO), "wizard_goto_step": "preview"},
    )
    assert response["Location"] == "/write/preview/"
    body = preview_body(english)
    assert "is the role open to remote work?" in body
    assert "decline" not in body.lower()


# --- step 4: only what makes sense ----------------------------------------------------


def test_step_4_leaves_out_what_only_a_decline_needs(english, seeded):
    walk(english, until="structure", assessment=ASK_INFO)
    page = english.get("/write/structure/").text
    for name in ("reason_detail", "include_door_open", "include_stay_in_touch", "include_apology"):
        assert not is_shown(page, f"div_id_structure-{name}"), name
    assert is_shown(page, "div_id_structure-tone")
    assert "asks your question" in page
    # Posted anyway (a tampered form): ignored, the request is composed.
    response = post_step(english, "structure", {**STRUCTURE, "reason_detail": "specific"})
    assert response["Location"] == "/write/preview/"


def test_another_date_after_accepting_comes_with_the_apology(english, seeded):
    walk(english, until="structure", situation={"stage": "accepted"}, assessment=RESCHEDULE)
    page = english.get("/write/structure/").text
    assert is_shown(page, "div_id_structure-include_apology")
    assert not is_shown(page, "div_id_structure-include_door_open")
    apology = re.search(r'<input[^>]*name="structure-include_apology"[^>]*>', page)
    assert apology and " checked" in apology.group(0)
    post_step(english, "structure", {**STRUCTURE, "include_apology": "on"})
    body = preview_body(english)
    assert "any morning next week" in body
    assert "apologise" in body


# --- the preview, its quality check, the PDF and the history --------------------------


def test_asking_for_information_from_preview_to_pdf_to_saved_draft(alice_client, seeded):
    walk(alice_client, assessment=ASK_INFO)
    preview = alice_client.get("/write/preview/")
    body = html_lib.unescape(body_text(preview.text))
    assert "is the role open to remote work?" in body
    assert "Questions about the Data Engineer role" in preview.text  # the subject line
    assert "decline" not in body.lower()
    assert 'data-rule="request"' in preview.text
    assert 'data-rule="decision"' not in preview.text
    assert 'data-rule="door_open"' not in preview.text

    pdf = alice_client.post(reverse("messages_app:preview_pdf"), {"subject": "S", "body": body})
    assert pdf.status_code == 200
    _, text = extract(pdf.content)
    assert "is the role open to remote work?" in flat(text)

    saved = alice_client.post(
        reverse("messages_app:draft_save"), {"subject": "S", "body": body, **save_fields(preview)}
    )
    assert saved.status_code == 302
    draft = Draft.objects.get()
    assert draft.purpose == Purpose.ASK_INFO
    assert draft.answers["question"] == QUESTION


def test_a_decline_is_saved_as_a_decline(alice_client, seeded):
    preview = walk(alice_client) or alice_client.get("/write/preview/")
    alice_client.post(
        reverse("messages_app:draft_save"),
        {"subject": "S", "body": "Declining, kindly.", **save_fields(preview)},
    )
    assert Draft.objects.get().purpose == Purpose.DECLINE


def test_the_quality_check_flags_declining_words_in_a_request(english, seeded):
    walk(english, assessment=RESCHEDULE)
    response = english.post(
        "/write/preview/",
        {
            **step_data("preview", {}),
            "subject": "Another date",
            "body": "Hello,\n\nThank you. I have decided to decline.\n\nSam",
        },
        HTTP_HX_REQUEST="true",
    )
    assert 'data-rule="no_decline"' in response.text
    assert "reads as a decline" in response.text
    assert "No other date is proposed" in response.text


# --- a hidden choice is ignored, and kept ----------------------------------------------


def test_once_sure_the_choice_is_ignored_and_kept_for_later(english, seeded):
    walk(english, assessment=ASK_INFO)
    assert "is the role open to remote work?" in preview_body(english)
    post_step(english, "assessment", {**ASK_INFO, "certainty": "sure"})
    answers = wizard.get_wizard_answers(english.get("/write/assessment/").wsgi_request) or {}
    assert answers["purpose"] == ""  # not asked: a decline
    assert "decided to decline" in preview_body(english)
    stored = wizard.WizardState(english.session).raw("assessment")
    assert stored is not None and stored.get("assessment-purpose") == "ask_info"
    assert stored.get("assessment-question") == QUESTION
    page = english.get("/write/assessment/").text
    assert not is_shown(page, "reveal-assessment-purpose")
    assert html_lib.escape(QUESTION) in page  # still on the page, hidden
    post_step(english, "assessment", {**ASK_INFO})
    assert "is the role open to remote work?" in preview_body(english)


def test_in_french_the_choice_and_the_findings_speak_french(client, seeded):
    client.cookies["django_language"] = "fr"
    walk(client, until="assessment", situation={"message_language": "fr"})
    post_step(client, "assessment", {**ASK_INFO, "question": "Le poste est-il en télétravail ?"})
    page = client.get("/write/assessment/").text
    assert "Que souhaitez-vous faire\u202f?" in page
    assert "Demander une autre date" in page
    assert "Décliner quand même" in page
    walk(client, situation={"message_language": "fr"}, assessment={**ASK_INFO, "question": ""})
    preview = client.get("/write/preview/").text
    body = html_lib.unescape(body_text(preview))
    assert "Pourriez-vous m’en dire davantage" in body
    assert "Votre question y est" in preview  # the quality check, in the message language


def test_editing_a_saved_request_brings_the_choice_and_the_question_back(alice_client, seeded):
    walk(alice_client, assessment=ASK_INFO)
    preview = alice_client.get("/write/preview/")
    body = html_lib.unescape(body_text(preview.text))
    alice_client.post(
        reverse("messages_app:draft_save"), {"subject": "S", "body": body, **save_fields(preview)}
    )
    draft = Draft.objects.get()
    alice_client.post(reverse("messages_app:wizard_new"))  # another message meanwhile
    alice_client.post(reverse("messages_app:draft_edit", args=[draft.pk]))
    page = alice_client.get("/write/assessment/").text
    assert radio_checked(page, "assessment-purpose") == "ask_info"
    assert html_lib.escape(QUESTION) in page
    assert is_shown(page, "reveal-assessment-question")


def test_a_close_interview_makes_a_request_urgent_for_their_answer(english, seeded):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    walk(english, situation={"interview_date": tomorrow}, assessment=RESCHEDULE)
    preview = english.get("/write/preview/").text
    assert "get in touch today so they have time to answer or to move it" in preview
    assert "offer the slot to someone else" not in preview
    walk(english, situation={"interview_date": tomorrow})  # a decline frees the slot
    assert "offer the slot to someone else" in english.get("/write/preview/").text
