"""Questions asked only when the answers so far make them relevant: the
facts/feeling and research checks once the person is not sure, the profile
link once "stay in touch" is ticked, feedback only after interviews. A
question not asked is not required, its answer is ignored (the default) and
never an error, and what was typed in it stays in the session."""

from __future__ import annotations

import re

import pytest
from django.utils.datastructures import MultiValueDict

from messages_app import wizard
from messages_app.forms import AssessmentForm, StructureForm
from tests.test_wizard import ASSESSMENT, SITUATION, STRUCTURE, post_step, step_data, walk
from tests.visible import is_shown

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def post_advice(client, step: str, values: dict):
    """What htmx sends as the answers change."""
    return client.post(f"/write/{step}/advice/", step_data(step, values), HTTP_HX_REQUEST="true")


def assessment_form(**values: object) -> AssessmentForm:
    data = MultiValueDict({f"assessment-{key}": [value] for key, value in values.items()})
    if "reasons" in values:
        data.setlist("assessment-reasons", list(values["reasons"]))  # type: ignore[call-overload]
    return AssessmentForm(data=data, prefix="assessment")


def structure_form(stage: str = "invitation", **values: object) -> StructureForm:
    data = {"reason_detail": "general", "tone": "formal", "length": "standard", **values}
    return StructureForm(
        data={f"structure-{key}": value for key, value in data.items()},
        prefix="structure",
        stage=stage,
        channel="email",
    )


def is_checked(html: str, name: str, value: str) -> bool:
    return bool(re.search(rf'<input[^>]*name="{name}" value="{value}"[^>]* checked', html))


def stored(client, step: str) -> dict[str, list[str]]:
    raw = wizard.WizardState(client.session).raw(step)
    assert raw is not None
    return dict(raw.lists())


# --- the assessment: facts/feeling and research only when not sure ----------


def test_a_sure_person_is_not_asked_the_two_checks():
    form = assessment_form(reasons=["location"], certainty="sure")
    assert form.is_valid(), form.errors
    assert not form.is_asked("basis")
    assert not form.is_asked("researched")
    assert form.cleaned_data["basis"] == form.cleaned_data["researched"] == ""


@pytest.mark.parametrize("certainty", ["fairly", "unsure"])
def test_a_person_not_sure_is_asked_both_checks(certainty):
    form = assessment_form(reasons=["location"], certainty=certainty)
    assert not form.is_valid()
    assert set(form.errors) == {"basis", "researched"}


def test_an_answer_to_a_check_not_asked_is_ignored_even_when_tampered():
    form = assessment_form(
        reasons=["location"], certainty="sure", basis="feelings", researched="<b>nope</b>"
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["basis"] == ""
    assert form.cleaned_data["researched"] == ""


def test_certainty_comes_before_the_checks_it_reveals(english, seeded):
    walk(english, until="assessment")
    html = english.get("/write/assessment/").text
    assert html.index('name="assessment-certainty"') < html.index('name="assessment-basis"')
    assert html.index('name="assessment-researched"') < html.index('name="assessment-notes"')


def test_the_checks_are_hidden_until_the_answer_says_not_sure(english, seeded):
    walk(english, until="assessment")
    html = english.get("/write/assessment/").text
    assert not is_shown(html, "div_id_assessment-basis")  # first visit: nothing answered
    assert 'data-reveal-when="assessment-certainty"' in html
    assert 'data-reveal-values="fairly unsure"' in html
    # Without JavaScript, "Next" with "not sure" brings the page back with them.
    html = post_step(english, "assessment", {**ASSESSMENT, "certainty": "unsure", "basis": ""})
    assert is_shown(html.text, "div_id_assessment-basis")
    assert "Choose whether your decision rests on facts or a feeling" in html.text


def test_what_was_ticked_in_a_hidden_check_is_kept_and_back_when_revealed(english, seeded):
    walk(english, until="assessment")
    response = post_step(english, "assessment", {**ASSESSMENT, "basis": "feelings"})
    assert response["Location"] == "/write/channel/"  # sure: no check asked
    assert stored(english, "assessment")["assessment-basis"] == ["feelings"]
    html = english.get("/write/assessment/").text
    assert not is_shown(html, "div_id_assessment-basis")
    assert is_checked(html, "assessment-basis", "feelings")
    # The advice (htmx) follows "not sure": the check is asked, with its answer.
    values = {**ASSESSMENT, "basis": "feelings", "certainty": "unsure"}
    advice = post_advice(english, "assessment", values)
    assert advice.status_code == 200
    assert 'data-advice="basis.feelings"' in advice.text
    html = english.get("/write/assessment/").text
    assert is_shown(html, "div_id_assessment-basis")
    assert is_checked(html, "assessment-basis", "feelings")


def test_a_hidden_check_gives_no_advice(english, seeded):
    walk(english, until="assessment")
    values = {**ASSESSMENT, "basis": "feelings", "researched": "no", "certainty": "sure"}
    advice = post_advice(english, "assessment", values).text
    assert "basis.feelings" not in advice
    assert "researched.no" not in advice


def test_the_saved_answers_hold_the_defaults_for_the_checks_not_asked(english, seeded):
    walk(english, assessment={"basis": "feelings", "researched": "no"})
    answers = wizard.WizardState(english.session).answers()
    assert answers is not None
    assert (answers["basis"], answers["researched"]) == ("", "")


# --- the structure: profile link with "stay in touch", feedback after interviews


def test_the_profile_link_is_asked_only_with_stay_in_touch():
    form = structure_form(stay_in_touch_link="x" * 5000)  # over-long, but not asked
    assert form.is_valid(), form.errors
    assert form.cleaned_data["stay_in_touch_link"] == ""
    form = structure_form(include_stay_in_touch="on", stay_in_touch_link="x" * 5000)
    assert "stay_in_touch_link" in form.errors


def test_the_profile_link_typed_then_unticked_stays_in_the_session(english, seeded):
    walk(english, until="structure")
    link = "https://www.linkedin.com/in/sam-taylor"
    post_step(english, "structure", {**STRUCTURE, "stay_in_touch_link": link})
    assert stored(english, "structure")["structure-stay_in_touch_link"] == [link]
    html = english.get("/write/structure/").text
    assert not is_shown(html, "div_id_structure-stay_in_touch_link")
    assert link in html
    assert link not in english.get("/write/preview/").text  # not ticked: not in the message
    post_step(english, "structure", {**STRUCTURE, "include_stay_in_touch": "on"})
    html = english.get("/write/structure/").text
    assert is_shown(html, "div_id_structure-stay_in_touch_link")


def test_feedback_is_not_asked_at_the_invitation_stage_even_when_ticked():
    form = structure_form(include_feedback="on", feedback="")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["include_feedback"] is False
    form = structure_form(stage="several", include_feedback="on", feedback="")
    assert form.errors["feedback"] == [
        "Write your feedback, or untick “Offer constructive feedback”."
    ]


def test_feedback_typed_after_interviews_comes_back_when_the_stage_does(english, seeded):
    walk(english, until="structure", situation={"stage": "several"})
    values = {**STRUCTURE, "include_feedback": "on", "feedback": "A friendly process"}
    assert post_step(english, "structure", values).status_code == 302
    post_step(english, "situation", SITUATION)  # back to the invitation stage
    html = english.get("/write/structure/").text
    assert not is_shown(html, "div_id_structure-include_feedback")
    assert post_step(english, "structure", values).status_code == 302
    assert wizard.WizardState(english.session).answers()["include_feedback"] is False
    post_step(english, "situation", {**SITUATION, "stage": "several"})
    html = english.get("/write/structure/").text
    assert is_shown(html, "div_id_structure-feedback")
    assert "A friendly process" in html


@pytest.mark.parametrize(
    ("language", "link", "feedback"),
    [
        ("en", "Profile link (optional)", "Your feedback"),
        ("fr", "Lien vers votre profil (facultatif)", "Votre retour"),
    ],
)
def test_the_revealed_questions_are_labelled_in_both_languages(
    client, seeded, language, link, feedback
):
    client.cookies["django_language"] = language
    walk(client, until="structure", situation={"stage": "offer"})
    html = client.get("/write/structure/").text
    assert 'data-reveal-when="structure-include_stay_in_touch"' in html
    assert 'data-reveal-when="structure-include_feedback"' in html
    assert link in html
    assert feedback in html
    assert "js/reveal.js" in html
