"""Not sure yet: the messages that ask the recruiter for more information
before deciding, or for another interview date, composed from the shipped
blocks for every language, channel, tone and stage, and checked by the
quality rules written for them."""

from __future__ import annotations

import io
import itertools
import json
import re
from typing import Any

import pytest
from django.core.management import call_command

from messages_app.catalog import Catalog
from messages_app.choices import BlockKind, Channel, Language, Purpose, ScenarioKey, Tone
from messages_app.composer import MessageRequest, compose
from messages_app.content import BLOCKS
from messages_app.quality import LEFTOVER_RE, STAGE_DIRECTIONS, check
from messages_app.quality.inputs import LEXICONS
from messages_app.quality.lexicon import words
from messages_app.sms import sms_info

K = BlockKind
ASKING = (Purpose.ASK_INFO, Purpose.RESCHEDULE)
#: The scenarios an alternative is written for: the stage alone decides.
STAGES = (ScenarioKey.EARLY, ScenarioKey.ACCEPTED, ScenarioKey.AFTER_INTERVIEWS, ScenarioKey.OFFER)

VALUES: dict[str, dict[str, str]] = {
    "en": {
        "company": "Atelier Dupré & Fils",
        "position": "Communications Officer",
        "contact_name": "Sarah Carter",
        "sender_name": "Camille Martin",
        "interview_date": "Tuesday 2 March 2027",
        "question": "Is the role open to remote work?",
        "availability": "any morning next week",
    },
    "fr": {
        "company": "Atelier Dupré & Fils",
        "position": "Chargée de communication",
        "contact_name": "Hélène Lefèvre",
        "sender_name": "Camille Martin",
        "interview_date": "mardi 2 mars 2027",
        "question": "Le poste est-il ouvert au télétravail ?",
        "availability": "mardi ou mercredi matin",
    },
}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog({block.key: block.text for block in BLOCKS})


def request_for(
    purpose: str, language: str, channel: str, tone: str, scenario: str, **changes: Any
) -> MessageRequest:
    values = {k: v for k, v in VALUES[language].items() if k not in ("question", "availability")}
    fields: dict[str, Any] = {
        **values,
        "language": language,
        "channel": channel,
        "tone": tone,
        "scenario": scenario,
        "contact_civility": "ms",
        "purpose": purpose,
        "include_apology": scenario == ScenarioKey.ACCEPTED and purpose == Purpose.RESCHEDULE,
        # A decline's options, which these messages must ignore.
        "include_door_open": True,
        "include_stay_in_touch": True,
        "reason_detail": "specific",
        "reasons": ("career_goals",),
    }
    fields.update(changes)
    return MessageRequest(**fields)


COMBINATIONS = list(
    itertools.product(ASKING, Language.values, Channel.values, Tone.values, STAGES, (False, True))
)


def _id(combination: tuple) -> str:
    purpose, language, channel, tone, scenario, typed = combination
    return f"{purpose}-{language}-{channel}-{tone}-{scenario}-{'typed' if typed else 'empty'}"


def declining_words(text: str, language: str) -> list[str]:
    low = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ").lower()
    return [m.group(0) for m in words(LEXICONS[language].decision, low)]


@pytest.mark.parametrize("combination", COMBINATIONS, ids=[_id(c) for c in COMBINATIONS])
def test_every_alternative_asks_without_declining(catalog, combination):
    purpose, language, channel, tone, scenario, typed = combination
    typed_values = (
        {key: VALUES[language][key] for key in ("question", "availability")} if typed else {}
    )
    message = compose(
        request_for(purpose, language, channel, tone, scenario, **typed_values), catalog
    )
    text = f"{message.subject}\n{message.body}\n{message.voicemail}"
    # Nothing left to fill in (a call's stage directions are brackets on purpose).
    assert not LEFTOVER_RE.findall(STAGE_DIRECTIONS.sub("", text)), text
    # No decision, no reason, no door left open: they are not leaving.
    assert not declining_words(text, language), text
    for kind in (K.DECISION, K.REASON, K.DOOR_OPEN, K.STAY_IN_TOUCH, K.CLOSING):
        assert kind not in message.sections, message.sections
    assert message.replies == ()  # no answers to a reaction to a decline
    # The request itself, in the person's own words when typed.
    if purpose == Purpose.ASK_INFO:
        wanted = K.ASK_INFO_QUESTION if typed else K.ASK_INFO_REQUEST
        assert wanted in message.sections
        if typed:
            question = VALUES[language]["question"]
            assert question[1:] in message.body  # its first letter follows a colon
    else:
        wanted = K.RESCHEDULE_PROPOSAL if typed else K.RESCHEDULE_ASK
        assert wanted in message.sections
        assert K.RESCHEDULE_CONFLICT in message.sections
        if typed:
            assert VALUES[language]["availability"] in message.body
    assert VALUES[language]["position"] in message.body
    if channel == Channel.EMAIL:
        assert message.subject and VALUES[language]["position"] in message.subject
    if channel == Channel.PHONE:
        assert message.voicemail and VALUES[language]["sender_name"] in message.voicemail
    if channel in (Channel.PHONE, Channel.IN_PERSON):
        assert len(message.points) >= 3
    assert len(message.reminders) >= 3


@pytest.mark.parametrize("purpose", ASKING)
@pytest.mark.parametrize("channel", Channel.values)
def test_french_alternatives_follow_french_typography(catalog, purpose, channel):
    for tone, scenario in itertools.product(Tone.values, STAGES):
        message = compose(request_for(purpose, "fr", channel, tone, scenario), catalog)
        text = f"{message.subject}\n{message.body}"
        if channel == Channel.SMS:
            # Plain spaces and straight apostrophes: the GSM alphabet.
            assert "’" not in text and "\u202f" not in text and "«" not in text
            assert sms_info(text).encoding == "GSM-7", text
            continue
        assert "'" not in text, text
        assert not re.search(r"[^\u00a0\u202f][;:!?»]", text.replace("\n", " ")), text
        assert not re.search(r"«[^\u00a0]", text), text


@pytest.mark.parametrize("purpose", ASKING)
@pytest.mark.parametrize("language", Language.values)
def test_a_default_text_message_fits_two_segments(catalog, purpose, language):
    for tone, scenario in itertools.product(Tone.values, STAGES):
        message = compose(request_for(purpose, language, Channel.SMS, tone, scenario), catalog)
        assert message.sms is not None and message.sms.segments <= 2, message.body


def test_the_stage_changes_what_waits_for_the_answer(catalog):
    def body(scenario: str, purpose: str = Purpose.ASK_INFO) -> str:
        return compose(request_for(purpose, "en", Channel.EMAIL, "formal", scenario), catalog).body

    assert "before our interview on Tuesday 2 March 2027" in body(ScenarioKey.ACCEPTED)
    assert "my decision on the offer" in body(ScenarioKey.OFFER)
    assert "about the interview" in body(ScenarioKey.EARLY)
    moved = body(ScenarioKey.ACCEPTED, Purpose.RESCHEDULE)
    assert "no longer free for our interview on Tuesday 2 March 2027" in moved
    assert "apologise" in moved  # the apology, on when an accepted interview moves
    assert "next meeting" in body(ScenarioKey.AFTER_INTERVIEWS, Purpose.RESCHEDULE)


@pytest.mark.parametrize("language", Language.values)
@pytest.mark.parametrize("scenario", STAGES)
def test_a_request_by_email_opens_with_thanks_not_a_courtesy_line_about_a_decision(
    catalog, language, scenario
):
    """The courtesy lines speak of a decision ("Je tenais à vous informer au
    plus tôt de ma décision"): a standard-length request starts with thanks,
    where a decline has its courtesy line first."""
    decline = compose(
        request_for(Purpose.DECLINE, language, Channel.EMAIL, "formal", scenario), catalog
    )
    assert decline.sections[2:4] == (K.COURTESY, K.GRATITUDE)
    for purpose in ASKING:
        message = compose(
            request_for(purpose, language, Channel.EMAIL, "formal", scenario), catalog
        )
        assert message.sections[2] == K.GRATITUDE
        assert K.COURTESY not in message.sections and K.APPRECIATION not in message.sections


def test_what_the_person_typed_is_never_read_as_a_template(catalog):
    typed = "{company} <b>when</b>?"
    message = compose(
        request_for(Purpose.ASK_INFO, "en", Channel.EMAIL, "formal", "early", question=typed),
        catalog,
    )
    assert "{company} <b>when</b>?" in message.body


def test_a_decline_is_composed_as_before(catalog):
    decline = compose(
        request_for(Purpose.DECLINE, "en", Channel.EMAIL, "formal", "early", question="Why?"),
        catalog,
    )
    assert K.DECISION in decline.sections and K.DOOR_OPEN in decline.sections
    assert "Why?" not in decline.body


# --- quality check -------------------------------------------------------------


def findings_for(text: str, purpose: str, language: str = "en", channel: str = "email"):
    found = check(
        text=text,
        subject="About the role",
        language=language,
        channel=channel,
        wants_door_open=True,
        company="Acme",
        position="Analyst",
        purpose=purpose,
    )
    return {finding.rule: finding for finding in found}


@pytest.mark.parametrize("combination", COMBINATIONS[::7], ids=[_id(c) for c in COMBINATIONS[::7]])
def test_every_shipped_alternative_passes_its_own_quality_check(catalog, combination):
    purpose, language, channel, tone, scenario, typed = combination
    typed_values = (
        {key: VALUES[language][key] for key in ("question", "availability")} if typed else {}
    )
    message = compose(
        request_for(purpose, language, channel, tone, scenario, **typed_values), catalog
    )
    found = check(
        text=message.body,
        subject=message.subject,
        language=language,
        channel=channel,
        wants_door_open=True,
        company=VALUES[language]["company"],
        position=VALUES[language]["position"],
        purpose=purpose,
    )
    assert [f.message for f in found if not f.ok] == []
    rules = {f.rule for f in found}
    assert {"request", "no_decline"} <= rules
    assert not rules & {"decision", "reason", "door_open"}


def test_a_request_for_information_without_a_question_is_flagged_in_the_message_language():
    text = "Dear Ms Carter,\n\nThank you for your message about the role.\n\nKind regards,\nSam"
    found = findings_for(text, Purpose.ASK_INFO)
    assert not found["request"].ok
    assert "No question found" in found["request"].message
    french = findings_for("Madame,\n\nMerci pour votre message.\n\nCamille", Purpose.ASK_INFO, "fr")
    assert not french["request"].ok
    assert "Aucune question" in french["request"].message


def test_a_request_for_another_date_that_proposes_none_is_flagged():
    text = "Hello,\n\nThank you. Unfortunately I am not free on Tuesday.\n\nBest wishes,\nSam"
    assert not findings_for(text, Purpose.RESCHEDULE)["request"].ok
    text += "\nWould another time suit you?"
    assert findings_for(text, Purpose.RESCHEDULE)["request"].ok


def test_declining_words_contradict_a_request_and_are_quoted():
    text = "Hello,\n\nCould you tell me more? I have decided to decline your invitation.\n\nSam"
    found = findings_for(text, Purpose.ASK_INFO)
    assert not found["no_decline"].ok
    assert "decline" in found["no_decline"].message
    french = findings_for(
        "Bonjour,\n\nPourriez-vous m’en dire plus ? Je retire ma candidature.",
        Purpose.ASK_INFO,
        "fr",
    )
    assert not french["no_decline"].ok
    assert "«\u00a0retire" in french["no_decline"].message


def test_a_call_opener_question_is_not_the_question_about_the_role():
    script = "Hello, this is Sam. Is now a good time for a quick word?\n\nThank you for the call."
    assert not findings_for(script, Purpose.ASK_INFO, channel="phone")["request"].ok
    script += "\n\nIs the role open to remote work?"
    assert findings_for(script, Purpose.ASK_INFO, channel="phone")["request"].ok


def test_a_decline_is_not_checked_for_a_request():
    found = findings_for("Thank you. I have decided to decline.", Purpose.DECLINE)
    assert "request" not in found and "no_decline" not in found
    assert "decision" in found


# --- manage.py sample_messages ---------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("variant", ["ask_info_typed", "reschedule"])
def test_sample_messages_prints_the_requests_at_every_stage_and_tone(seeded, variant):
    out = io.StringIO()
    options = ["--language", "en", "--channel", "email", "--variant", variant]
    call_command("sample_messages", *options, stdout=out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == len(STAGES) * len(Tone.values)
    assert {record["answers"]["stage"] for record in records} == {
        "invitation",
        "accepted",
        "several",
        "offer",
    }
    for record in records:
        assert record["answers"]["purpose"] == variant.removesuffix("_typed")
        assert record["findings"] == [], record
        assert "decline" not in record["body"].lower()
    if variant == "ask_info_typed":
        assert all("remote work?" in record["body"] for record in records)
