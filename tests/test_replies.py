"""The reply to the recruiter's reaction (messages_app/replies.py), composed
from the shipped blocks for every reaction, language and channel. Pure: no
database."""

from __future__ import annotations

import datetime
import re
from functools import cache

import pytest

from messages_app.catalog import Catalog, ContentError
from messages_app.choices import BlockKind, Channel, Reaction
from messages_app.composer import compose
from messages_app.content import BLOCKS
from messages_app.replies import (
    ReplyRequest,
    compose_call_script,
    compose_reply,
    interview_is_soon,
    reply_subject,
)
from messages_app.wizard import message_request_from_answers
from tests.factories import wizard_answers

LANGUAGES = ("en", "fr")
CHANNELS = tuple(Channel.values)
REACTIONS = tuple(Reaction.values)
#: Words only one of the two languages uses, to tell which one a text is in.
LANGUAGE_MARKERS = {
    "en": re.compile(r"\b(you|your|I)\b"),
    "fr": re.compile(r"\b(vous|votre|je|j’|j')"),
}


@cache
def catalog() -> Catalog:
    return Catalog(blocks={spec.key: spec.text for spec in BLOCKS})


def message(language: str = "en", channel: str = "email", **answers):
    defaults = {"reasons": ["location"], "reason_detail": "specific"}
    return message_request_from_answers(
        wizard_answers(channel=channel, message_language=language, **(defaults | answers))
    )


def reply(reaction: str, language: str = "en", channel: str = "email", **answers):
    request = ReplyRequest(
        message(language, channel, **answers), reaction, original_subject="Backend developer"
    )
    return compose_reply(request, catalog())


@pytest.mark.parametrize("channel", CHANNELS)
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reaction", REACTIONS)
def test_every_reaction_composes_in_every_language_and_channel(reaction, language, channel):
    composed = reply(reaction, language, channel)
    assert (composed.language, composed.channel) == (language, channel)
    if reaction == Reaction.NO_ANSWER:
        # No answer is needed: nothing is composed, nothing is to be sent.
        assert composed.is_empty and composed.subject == ""
        return
    text = composed.subject + composed.body
    assert composed.body and "{" not in text and "}" not in text
    assert LANGUAGE_MARKERS[language].search(composed.body), composed.body
    other = "fr" if language == "en" else "en"
    assert not LANGUAGE_MARKERS[other].search(composed.body), composed.body
    if channel == Channel.EMAIL:
        assert composed.subject == "Re: Backend developer"
    else:
        assert composed.subject == ""
    if channel == Channel.SMS:
        assert "\n" not in composed.body and len(composed.body) <= 320
        assert "’" not in composed.body and "«" not in composed.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("channel", CHANNELS)
def test_the_answer_to_why_gives_the_reason_the_message_gave_and_no_other(language, channel):
    location = reply(Reaction.WHY, language, channel, reasons=["location"]).body.lower()
    assert re.search(r"commute|location|distance|trajet", location), location
    assert not re.search(r"career|carrière|carriere|offer|offre", location), location
    career = reply(Reaction.WHY, language, channel, reasons=["career_goals"]).body.lower()
    assert re.search(r"career|carrière|carriere", career), career
    assert not re.search(r"commute|distance|trajet", career), career


@pytest.mark.parametrize("language", LANGUAGES)
def test_personal_reasons_stay_private_in_the_answer_to_why(language):
    body = reply(Reaction.WHY, language, reasons=["personal"]).body
    assert re.search(r"personal reasons|raisons personnelles", body)
    # Keep private: only that they are personal, and nothing the wizard's notes say.
    assert body.count(".") <= 3


def test_their_own_words_answer_why_only_when_they_gave_them():
    own = reply(Reaction.WHY, reasons=["other"], custom_reason="I am going back to university")
    assert "I am going back to university" in own.body
    # "Other" without words: the neutral answer, no empty reason.
    neutral = reply(Reaction.WHY, reasons=["other"], custom_reason="")
    assert "not the right fit for me" in neutral.body


@pytest.mark.parametrize(("language", "words"), [("en", "commitment"), ("fr", "engagement")])
def test_insisting_after_another_offer_hears_about_the_commitment(language, words):
    body = reply(Reaction.INSISTS, language, reasons=["another_offer"]).body
    assert words in body
    assert "decision stands" in reply(Reaction.INSISTS, "en", reasons=["location"]).body


def test_an_email_reply_greets_and_signs_as_the_message_did():
    request = message("en", "email", contact_name="Ms Carter", tone="warm")
    sent = compose(request, catalog())
    composed = compose_reply(ReplyRequest(request, Reaction.POSITIVE, "Hello"), catalog())
    paragraphs = composed.body.split("\n\n")
    assert paragraphs[0] == sent.body.split("\n\n")[0] == "Hello Ms Carter,"
    assert paragraphs[-1] == sent.body.split("\n\n")[-1]
    assert paragraphs[-1].startswith("Best wishes,\nAlice Durand")


def test_the_door_stays_open_in_the_reply_only_if_the_message_opened_it():
    assert "stay in touch" in reply(Reaction.POSITIVE, include_door_open=True).body
    assert "stay in touch" not in reply(Reaction.POSITIVE, include_door_open=False).body


def test_other_role_asks_about_the_new_role_without_reopening_the_declined_one():
    body = reply(Reaction.OTHER_ROLE).body
    assert "My decision on the Backend developer role stands" in body
    assert "description" in body


def test_a_french_email_reply_has_french_typography():
    body = reply(Reaction.WHY, "fr").body
    assert "distance\u00a0:" in body and "actuellement\u202f;" in body
    assert not re.search(r" [:;?!]", body)
    assert "’" in body and "'" not in body


def test_a_french_text_message_reply_keeps_its_accents_and_plain_punctuation():
    """Like the first message, its letters keep their accents ("échange",
    never "echange"); curly quotes and special spaces become their plain GSM
    forms."""
    body = reply(Reaction.CALL, "fr", "sms").body
    assert body.startswith("Bonjour Claire Martin, volontiers pour un court échange")
    assert "’" not in body and "\u202f" not in body and "\u00a0" not in body


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("Interview for Backend developer", "Re: Interview for Backend developer"),
        ("Re: Interview", "Re: Interview"),
        ("RE : Entretien", "RE : Entretien"),
    ],
)
def test_the_subject_is_a_reply_to_the_original_once(original, expected):
    assert reply_subject(original) == expected


def test_no_answer_needs_a_check_call_only_when_a_cancelled_interview_is_days_away():
    today = datetime.date(2026, 3, 2)
    assert interview_is_soon("accepted", datetime.date(2026, 3, 4), today)
    assert not interview_is_soon("accepted", datetime.date(2026, 3, 20), today)
    assert not interview_is_soon("invitation", datetime.date(2026, 3, 4), today)
    request = ReplyRequest(
        message("en", "email", stage="accepted", interview_date="2026-03-04"),
        Reaction.NO_ANSWER,
        interview_soon=True,
    )
    composed = compose_reply(request, catalog())
    assert composed.channel == Channel.PHONE
    assert "make sure my message reached you" in composed.body
    assert "Backend developer" in composed.body


def test_an_admins_block_with_an_unknown_placeholder_is_refused():
    blocks = dict(catalog().blocks)
    blocks[(BlockKind.ANSWER_POSITIVE, "en", "", "", "", "")] = "Thanks, {salary}."
    with pytest.raises(ContentError, match="salary"):
        compose_reply(ReplyRequest(message(), Reaction.POSITIVE), Catalog(blocks=blocks))


def test_a_missing_block_is_a_content_error_not_a_gap():
    blocks = {key: text for key, text in catalog().blocks.items() if key[0] != "answer_call"}
    with pytest.raises(ContentError):
        compose_reply(ReplyRequest(message(), Reaction.CALL), Catalog(blocks=blocks))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_call_script_restates_the_decision_with_answers_for_the_reason(language):
    script = compose_call_script(message(language, "email", reasons=["location"]), catalog())
    assert script.channel == Channel.PHONE and script.is_spoken
    assert "Alice Durand" in script.body.split("\n\n")[0]
    assert len(script.body.split("\n\n")) == 4  # opener, decision, door open, close
    replies = {r.reaction: r.text for r in script.replies}
    assert set(replies) == {"positive", "disappointed", "why", "insists"}
    assert re.search(r"distance", replies["why"])
    assert len(script.points) == 4
    assert "{" not in script.body + "".join(script.points) + "".join(replies.values())
