"""The advice is translated when it is given, in the active interface language."""

from __future__ import annotations

from datetime import date

from django.utils import translation

from messages_app import advice
from messages_app.choices import Basis, Certainty, Channel, Rapport, ReasonKey, Researched, Stage


def _all_messages() -> list[str]:
    items = [
        *advice.stage_advice(stage=Stage.ACCEPTED),
        *advice.certainty_advice(
            certainty=Certainty.UNSURE, basis=Basis.FEELINGS, researched=Researched.NO
        ),
        *advice.reasons_advice(reasons=[ReasonKey.BETTER_OFFER, ReasonKey.PERSONAL]),
        *advice.timing_advice(interview_date=date(2025, 3, 11), today=date(2025, 3, 10)),
    ]
    recommendation = advice.recommend_channel(
        invitation_channel=Channel.SMS, stage=Stage.INVITATION, rapport=Rapport.NONE
    )
    texts = [item.message for item in items] + [recommendation.why]
    for option in recommendation.options:
        texts += [option.why, *option.pros, *option.cons]
    return texts


def test_table_driven_advice_follows_the_language_active_when_it_is_asked_for():
    with translation.override("en"):
        english = _all_messages()
    with translation.override("fr"):
        french = _all_messages()
    with translation.override("en"):
        assert _all_messages() == english
    assert len(english) == len(french)
    assert all(en != fr for en, fr in zip(english, french, strict=True))
    assert french[0].startswith("Vous aviez accepté l’entretien")


def test_the_recommended_channel_is_a_channel_choice():
    recommendation = advice.recommend_channel(
        invitation_channel="phone", stage=Stage.INVITATION, rapport=Rapport.NONE
    )
    assert recommendation.recommended is Channel.PHONE
