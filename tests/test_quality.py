"""The quality check as a whole: a good or composed message passes, findings
come in the order of `RULES`, each rule has its wording, in the message
language. Each rule on its own: tests/test_quality_rules.py."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from django.utils import translation

from messages_app.choices import Channel, Length, ReasonDetail, ReasonKey, ScenarioKey, Tone
from messages_app.composer import MessageRequest, compose
from messages_app.quality import MESSAGES, RULES, CheckInput, check, check_input, wording

GOOD_EN = (
    "Dear Ms Smith,\n\n"
    "I hope you are well. Thank you for inviting me to interview for the Data analyst "
    "position at Acme. I appreciate the time you have spent on my application.\n\n"
    "After careful thought, I have decided to decline the interview. I have accepted "
    "another offer that is closer to my current plans.\n\n"
    "I would be glad to cross paths again in the future.\n\n"
    "Thank you again for your understanding.\n\n"
    "Kind regards,\nAlex Martin"
)
GOOD_FR = (
    "Madame,\n\n"
    "J’espère que vous allez bien. Je vous remercie de m’avoir proposé un entretien pour "
    "le poste de Data analyst chez Acme. J’ai apprécié le temps que vous avez consacré à "
    "ma candidature.\n\n"
    "Après réflexion, j’ai décidé de décliner cet entretien, car j’ai accepté une autre "
    "proposition plus proche de mon projet actuel.\n\n"
    "Je serais heureux que nos chemins se croisent à nouveau à l’avenir.\n\n"
    "Je vous remercie encore pour votre compréhension.\n\n"
    "Bien cordialement,\nAlex Martin"
)


#: The rules of a message asking before deciding (information, another date).
ASKING_ONLY = {"request", "no_decline"}


def run(text: str, *, language: str = "en", channel: str = "email", **kwargs: Any):
    params: dict[str, Any] = {
        "text": text,
        "subject": "Interview for the Data analyst position",
        "language": language,
        "channel": channel,
        "wants_door_open": True,
        "company": "Acme",
        "position": "Data analyst",
    }
    params.update(kwargs)
    return {finding.rule: finding for finding in check(**params)}


def failed(findings: dict) -> set[str]:
    return {rule for rule, finding in findings.items() if not finding.ok}


@pytest.mark.parametrize(("text", "language"), [(GOOD_EN, "en"), (GOOD_FR, "fr")])
def test_a_good_message_passes_every_rule(text, language):
    findings = run(text, language=language)
    assert failed(findings) == set()
    # "leftover" only applies to a message copied from another one, "request"
    # and "no_decline" to a message asking before deciding.
    assert list(findings) == [
        rule.name for rule in RULES if rule.name not in {"leftover", *ASKING_ONLY}
    ]
    assert all(f.message for f in findings.values())


def test_rules_that_do_not_apply_are_left_out():
    findings = run(GOOD_EN, channel="phone", wants_door_open=False, company="", position="")
    assert "subject" not in findings
    assert "door_open" not in findings
    assert "role" not in findings


def _seed_requests():
    for language, channel, tone, scenario, length, detail in itertools.product(
        ("fr", "en"),
        Channel.values,
        Tone.values,
        ScenarioKey.values,
        Length.values,
        ReasonDetail.values,
    ):
        yield MessageRequest(
            language=language,
            channel=channel,
            company="Nordlys",
            position="Product designer",
            scenario=scenario,
            tone=tone,
            length=length,
            contact_name="Camille Durand" if detail != ReasonDetail.NONE else "",
            sender_name="Alex Martin",
            include_apology=scenario == ScenarioKey.ACCEPTED,
            include_door_open=True,
            include_stay_in_touch=length == Length.STANDARD,
            reason_detail=detail,
            reasons=(ReasonKey.LOCATION,),
        )


def test_every_composed_seed_message_passes_the_check(catalog):
    problems = []
    for request in _seed_requests():
        message = compose(request, catalog)
        findings = check(
            text=message.body,
            subject=message.subject,
            language=message.language,
            channel=message.channel,
            wants_door_open=request.include_door_open,
            company=request.company,
            position=request.position,
        )
        for finding in findings:
            if not finding.ok:
                label = f"{request.language}/{request.channel}/{request.tone}/"
                label += f"{request.scenario}/{request.length}/{request.reason_detail}"
                problems.append((label, finding.rule, finding.message))
    assert problems == []


def test_an_empty_message_is_reported_not_crashed():
    findings = run("", subject="")
    assert {"gratitude", "decision", "length", "subject", "role"} <= failed(findings)
    assert findings["placeholder"].ok and findings["criticism"].ok


def test_text_whose_case_changes_length_is_still_checked():
    # "İ" lower-cases to two characters: offsets shift, quotes must not break.
    text = GOOD_EN + "\n\nPS İstanbul office felt toxic."
    findings = run(text)
    assert failed(findings) == {"criticism"}
    assert "toxic" in findings["criticism"].message


def test_findings_speak_the_message_language_whatever_the_interface_language():
    with translation.override("en"):
        french = run(GOOD_FR, language="fr")
    with translation.override("fr"):
        english = run(GOOD_EN, language="en")
    assert english["gratitude"].message == "You thank them: it sets a positive tone."
    assert "remerciez" in french["gratitude"].message
    assert "mots" in french["length"].message and "words" in english["length"].message


def test_every_rule_has_a_wording_when_it_passes_and_when_it_does_not():
    assert [rule.name for rule in RULES] == list(MESSAGES)
    for name, states in MESSAGES.items():
        for says in states:
            assert says, name
            for text in says.values() if isinstance(says, dict) else [says]:
                assert text, name


def test_every_wording_is_translated_into_french():
    params = {"count": 2, "max": 9, "words": "x", "name": "x", "found": "x", "names": "x"}
    for name, states in MESSAGES.items():
        for ok, says in zip((True, False), states, strict=True):
            for variant in says if isinstance(says, dict) else [""]:
                judged = wording.Verdict(ok, variant, params)
                english = wording.finding(name, judged, "en").message
                assert wording.finding(name, judged, "fr").message != english, english


def test_findings_come_in_the_order_of_the_rules_table():
    findings = check(
        text=GOOD_EN + "\n\nRegards from Globex",
        subject="Interview",
        language="en",
        channel="email",
        wants_door_open=True,
        company="Acme",
        position="Data analyst",
        earlier_names=("Globex",),
    )
    assert [f.rule for f in findings] == [
        rule.name for rule in RULES if rule.name not in ASKING_ONLY
    ]


def test_a_check_input_is_checked_like_the_same_keywords():
    keywords = {
        "text": GOOD_FR.replace("car", "parce que"),
        "subject": "",
        "language": "fr",
        "channel": "sms",
        "wants_door_open": False,
        "company": "Acme",
        "position": "",
    }
    assert check_input(CheckInput(**keywords)) == check(**keywords)


def test_a_language_other_than_french_is_checked_as_english():
    assert run(GOOD_EN, language="de") == run(GOOD_EN, language="en")
