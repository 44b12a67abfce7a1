"""How advice is shown: each piece once, the most serious first, at most two
at a time (the rest behind "More advice"), urgent in amber, never in the red
of an error; the urgency said with the channel's verb; "Step 2 of 5"."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from messages_app import advice
from tests.test_wizard import ASSESSMENT, SITUATION, post_step, slot_html, step_data, walk
from tests.visible import main_word_count, parse

TODAY = date(2025, 3, 10)


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def advice_codes(html: str) -> list[str]:
    return re.findall(r'data-advice="([^"]+)"', html)


def shown_advice(html: str) -> list[str]:
    """The advice a person sees without opening "More advice", in page order."""
    return parse(html).shown_advice


# --- order, limit, colour (pure) ----------------------------------------------


def test_the_most_serious_advice_comes_first_and_equal_ones_keep_their_order():
    items = [
        advice.Advice("a", advice.SUCCESS, "a"),
        advice.Advice("b", advice.INFO, "b"),
        advice.Advice("c", advice.WARNING, "c"),
        advice.Advice("d", advice.URGENT, "d"),
        advice.Advice("e", advice.WARNING, "e"),
    ]
    assert [item.code for item in advice.by_severity(items)] == ["d", "c", "e", "b", "a"]


def test_urgent_advice_is_amber_and_bold_not_the_red_of_an_error():
    item = advice.Advice("timing.urgent", advice.URGENT, "Call today")
    html = render_to_string("messages_app/wizard/_advice_item.html", {"item": item})
    assert "bg-warning-subtle" in html
    assert "danger" not in html
    assert item.colour == "warning"


@pytest.mark.parametrize(
    ("channel", "english", "french"),
    [
        ("phone", "call them today", "appelez dès aujourd’hui"),
        ("in_person", "tell them today", "dites-le-leur dès aujourd’hui"),
        ("sms", "send your text today", "envoyez votre SMS dès aujourd’hui"),
        ("email", "send your message today", "envoyez votre message dès aujourd’hui"),
    ],
)
def test_the_urgency_is_said_with_the_channel_s_verb(channel, english, french):
    for language, expected in (("en", english), ("fr", french)):
        with translation.override(language):
            for days in (1, 3):
                (item,) = advice.timing_advice(
                    interview_date=TODAY + timedelta(days=days), today=TODAY, channel=channel
                )
                assert item.level == advice.URGENT
                assert expected in item.message


def test_an_interview_today_asks_a_phone_user_to_call_now():
    with translation.override("fr"):
        (item,) = advice.timing_advice(interview_date=TODAY, today=TODAY, channel="phone")
    assert "appelez tout de suite" in item.message


def test_a_reason_with_its_own_hint_gets_no_second_caution():
    items = advice.reasons_advice(reasons=["culture", "better_offer"], covered=["culture"])
    assert [item.code for item in items] == ["reasons.other_employer"]


# --- on the pages ------------------------------------------------------------------


@pytest.mark.django_db
def test_at_most_two_pieces_of_advice_show_the_strongest_first_the_rest_wait(english, seeded):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    walk(english, until="assessment", situation={"interview_date": tomorrow})
    values = {
        **ASSESSMENT,
        "reasons": ["culture", "personal"],
        "certainty": "unsure",
        "basis": "feelings",
        "researched": "no",
    }
    post_step(english, "assessment", values)
    html = english.get("/write/assessment/").text
    assert sorted(shown_advice(html)) == ["certainty.unsure", "timing.urgent"]
    assert html.index('data-advice="timing.urgent"') < html.index("More advice")
    # The others are one click away, each once.
    codes = advice_codes(html)
    for code in ("basis.feelings", "researched.no", "reasons.hint.culture"):
        assert codes.count(code) == 1
    assert "reasons.culture" not in codes  # the hint says it already
    # The htmx refresh follows the same rule.
    response = english.post(
        "/write/assessment/advice/", step_data("assessment", values), HTTP_HX_REQUEST="true"
    )
    assert sorted(shown_advice(response.text)) == ["certainty.unsure", "timing.urgent"]


@pytest.mark.django_db
def test_a_firm_decision_is_acknowledged_once(english, seeded):
    walk(english, until="channel")
    html = english.get("/write/assessment/").text
    assert advice_codes(html).count("timing.firm") == 1
    assert "certainty.sure" not in advice_codes(html)


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "compare"), [("en", "Compare channels"), ("fr", "Comparer")])
def test_the_channel_step_leads_with_the_recommendation_said_once(
    client, seeded, language, compare
):
    client.cookies["django_language"] = language
    walk(client, until="channel", situation={"invitation_channel": "phone", "rapport": "some"})
    html = client.get("/write/channel/").text
    values = re.findall(r'name="channel-channel" value="(\w+)"', html)
    assert values[0] == "phone"
    assert advice_codes(html).count("channel.recommended") == 1
    why = re.search(r'data-advice="channel.recommended">([^<]+)<', html)
    assert why and html.count(why.group(1)) == 1
    # The pros and cons wait, closed, behind "Compare channels".
    assert compare in html
    assert re.search(r"<details class=\"compare-channels[^>]*>\s*<summary>", html)
    assert '<details class="compare-channels mb-3" open' not in html
    assert main_word_count(html) < 150


@pytest.mark.django_db
def test_the_preview_of_a_call_says_call_them_today(client, seeded):
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    walk(
        client,
        situation={
            "message_language": "fr",
            "invitation_channel": "phone",
            "interview_date": tomorrow,
        },
        channel={"channel": "phone"},
    )
    html = client.get("/write/preview/").text
    assert "appelez dès aujourd’hui" in html
    assert "envoyez votre message" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text"), [("en", "Step 2 of 5"), ("fr", "Étape 2 sur 5")])
def test_each_step_says_where_the_person_is(client, seeded, language, text):
    client.cookies["django_language"] = language
    walk(client, until="assessment")
    html = client.get("/write/assessment/").text
    line = re.search(r'class="wizard-progress-count[^"]*">\s*([^<]+?)\s*<', html)
    assert line and line.group(1) == text


@pytest.mark.django_db
def test_the_french_questions_are_inclusive_and_carry_no_asterisk_convention_clash(client, seeded):
    walk(client, until="assessment")
    post_step(client, "assessment", {**ASSESSMENT, "certainty": "unsure"})
    html = client.get("/write/assessment/").text
    assert "renseigné" not in html
    assert "Avez-vous fait des recherches" in html
    # "(facultatif)" marks what may be left empty; crispy's asterisks are not drawn.
    assert "(facultatif)" in html
    situation = client.get("/write/situation/").text
    assert "Vous êtes-vous" not in situation


@pytest.mark.django_db
def test_the_stage_advice_is_under_its_field_only(english, seeded):
    html = post_step(english, "situation", {**SITUATION, "stage": "accepted", "company": ""}).text
    assert advice_codes(html).count("stage.accepted") == 1
    assert 'data-advice="stage.accepted"' in slot_html(html, "stage")
