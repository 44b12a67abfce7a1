"""The advice rules beside the wizard's fields (pure functions)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.utils import translation

from messages_app import advice
from messages_app.choices import Channel, Length, Rapport, ReasonDetail, ReasonKey, Stage

TODAY = date(2025, 3, 10)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def codes(items: list[advice.Advice]) -> list[str]:
    return [item.code for item in items]


def test_interview_tomorrow_is_urgent_and_says_so():
    items = advice.timing_advice(interview_date=TODAY + timedelta(days=1), today=TODAY)
    assert codes(items) == ["timing.urgent"]
    assert items[0].level == advice.URGENT
    assert "tomorrow" in items[0].message
    assert items[0].field == "interview_date"


@pytest.mark.parametrize("days", [2, 3])
def test_interview_within_three_days_is_urgent_with_the_day_count(days):
    (item,) = advice.timing_advice(interview_date=TODAY + timedelta(days=days), today=TODAY)
    assert item.code == "timing.urgent"
    assert f"in {days} days" in item.message


def test_interview_today_asks_to_tell_them_right_away():
    (item,) = advice.timing_advice(interview_date=TODAY, today=TODAY)
    assert item.code == "timing.today"
    assert "right away" in item.message


def test_interview_next_week_is_not_urgent():
    (item,) = advice.timing_advice(interview_date=TODAY + timedelta(days=8), today=TODAY)
    assert item.code == "timing.soon"
    assert item.level == advice.INFO


def test_past_date_gets_a_warning_that_lets_the_user_continue():
    (item,) = advice.timing_advice(interview_date=TODAY - timedelta(days=1), today=TODAY)
    assert item.code == "timing.past"
    assert item.level == advice.WARNING
    assert "already past" in item.message
    assert "continue" in item.message


def test_firm_decision_says_decline_now():
    items = advice.timing_advice(interview_date=None, today=TODAY, certainty="sure")
    assert codes(items) == ["timing.firm"]
    assert "decline now" in items[0].message


def test_no_date_and_no_decision_yet_gives_the_general_timing_rule():
    assert codes(advice.timing_advice(interview_date=None, today=TODAY)) == ["timing.general"]


def test_unsure_user_is_kindly_told_attending_may_be_better_and_may_continue():
    items = advice.certainty_advice(certainty="unsure", basis="facts", researched="yes")
    assert codes(items) == ["certainty.unsure"]
    message = items[0].message
    assert "Going to the interview may be the better move" in message
    assert "you can continue" in message


def test_decision_on_a_feeling_without_research_gets_two_cautions():
    items = advice.certainty_advice(certainty="fairly", basis="feelings", researched="no")
    assert codes(items) == ["certainty.fairly", "basis.feelings", "researched.no"]


def test_offer_reasons_warn_against_naming_the_other_employer():
    items = advice.reasons_advice(reasons=[ReasonKey.ANOTHER_OFFER])
    assert codes(items) == ["reasons.other_employer"]
    assert "do not name the other employer" in items[0].message


def test_accepted_interview_stage_announces_the_apology():
    (item,) = advice.stage_advice(stage=Stage.ACCEPTED)
    assert item.code == "stage.accepted"
    assert "apologise" in item.message


@pytest.mark.parametrize(
    ("invitation", "stage", "rapport", "expected"),
    [
        (Channel.EMAIL, Stage.INVITATION, Rapport.NONE, Channel.EMAIL),
        (Channel.PHONE, Stage.INVITATION, Rapport.SOME, Channel.PHONE),
        (Channel.SMS, Stage.INVITATION, Rapport.NONE, Channel.SMS),
        (Channel.IN_PERSON, Stage.SEVERAL, Rapport.SOME, Channel.IN_PERSON),
        (Channel.EMAIL, Stage.SEVERAL, Rapport.STRONG, Channel.PHONE),
        (Channel.EMAIL, Stage.OFFER, Rapport.SOME, Channel.EMAIL),
    ],
)
def test_recommended_channel_follows_the_seed_rules(invitation, stage, rapport, expected):
    recommendation = advice.recommend_channel(
        invitation_channel=invitation, stage=stage, rapport=rapport
    )
    assert recommendation.recommended == expected
    assert recommendation.option(expected).fit == advice.RECOMMENDED
    assert recommendation.why


def test_text_message_is_discouraged_unless_the_invitation_came_by_text():
    by_email = advice.recommend_channel(
        invitation_channel=Channel.EMAIL, stage=Stage.INVITATION, rapport=Rapport.STRONG
    )
    assert by_email.option(Channel.SMS).fit == advice.DISCOURAGED
    by_text = advice.recommend_channel(
        invitation_channel=Channel.SMS, stage=Stage.INVITATION, rapport=Rapport.NONE
    )
    assert by_text.option(Channel.SMS).fit == advice.RECOMMENDED


def test_in_person_is_possible_only_when_already_met_or_imminent():
    never_met = advice.recommend_channel(
        invitation_channel=Channel.EMAIL, stage=Stage.INVITATION, rapport=Rapport.NONE
    )
    assert never_met.option(Channel.IN_PERSON).fit == advice.DISCOURAGED
    met = advice.recommend_channel(
        invitation_channel=Channel.EMAIL, stage=Stage.SEVERAL, rapport=Rapport.SOME
    )
    assert met.option(Channel.IN_PERSON).fit == advice.SUITABLE
    imminent = advice.recommend_channel(
        invitation_channel=Channel.EMAIL,
        stage=Stage.INVITATION,
        rapport=Rapport.NONE,
        interview_date=TODAY + timedelta(days=1),
        today=TODAY,
    )
    assert imminent.option(Channel.IN_PERSON).fit == advice.SUITABLE


def test_email_is_always_at_least_suitable_and_every_option_has_pros_and_cons():
    for invitation in Channel.values:
        recommendation = advice.recommend_channel(
            invitation_channel=invitation, stage=Stage.INVITATION, rapport=Rapport.NONE
        )
        assert recommendation.option(Channel.EMAIL).fit in (advice.RECOMMENDED, advice.SUITABLE)
        assert [o.channel for o in recommendation.options] == list(Channel.values)
        assert all(o.pros and o.cons and o.why for o in recommendation.options)


def test_choosing_a_discouraged_channel_gets_a_gentle_warning():
    recommendation = advice.recommend_channel(
        invitation_channel=Channel.EMAIL, stage=Stage.INVITATION, rapport=Rapport.NONE
    )
    (item,) = advice.chosen_channel_advice(chosen=Channel.SMS, recommendation=recommendation)
    assert item.code == "channel.discouraged"
    assert advice.chosen_channel_advice(chosen=Channel.EMAIL, recommendation=recommendation) == []


def _structure(**overrides):
    values = {
        "stage": Stage.INVITATION,
        "channel": Channel.EMAIL,
        "reason_detail": ReasonDetail.GENERAL,
        "include_apology": False,
        "include_feedback": False,
        "include_door_open": False,
        "length": Length.STANDARD,
    }
    values.update(overrides)
    return codes(advice.structure_advice(**values))


def test_accepted_interview_explains_the_preselected_apology():
    assert "apology.preselected" in _structure(stage=Stage.ACCEPTED, include_apology=True)
    assert "apology.missing" in _structure(stage=Stage.ACCEPTED, include_apology=False)
    assert "apology.optional" in _structure(include_apology=True)


def test_structure_advice_follows_the_options():
    assert "reason.none" in _structure(reason_detail=ReasonDetail.NONE)
    assert "reason.specific" in _structure(reason_detail=ReasonDetail.SPECIFIC)
    assert "feedback.kind" in _structure(include_feedback=True)
    assert "length.sms" in _structure(channel=Channel.SMS)
    assert "length.sms" not in _structure(channel=Channel.SMS, length=Length.SHORT)
