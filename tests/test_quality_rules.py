"""Each rule of the quality check finds its problem, in English and in French."""

from __future__ import annotations

import pytest

from tests.test_quality import GOOD_EN, GOOD_FR, failed, run

_NO_THANKS = {
    "en": (
        ("Thank you for inviting me", "You invited me"),
        ("I appreciate the time", "I noted the time"),
        ("Thank you again for your understanding.", "Have a nice day."),
    ),
    "fr": (
        ("Je vous remercie de m’avoir proposé", "Vous m’avez proposé"),
        ("J’ai apprécié le temps", "J’ai noté le temps"),
        ("Je vous remercie encore pour", "Bonne suite avec"),
    ),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_missing_gratitude_is_found(language):
    text = GOOD_EN if language == "en" else GOOD_FR
    for old, new in _NO_THANKS[language]:
        assert old in text
        text = text.replace(old, new)
    findings = run(text, language=language)
    assert failed(findings) == {"gratitude"}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "After careful thought, I have decided to decline the interview."),
        ("fr", "Après réflexion, j’ai décidé de décliner cet entretien, car"),
    ],
)
def test_no_decision_sentence_is_found(language, sentence):
    text = GOOD_EN if language == "en" else GOOD_FR
    assert sentence in text
    text = text.replace(
        sentence,
        "After careful thought, here is my answer."
        if language == "en"
        else "Après réflexion, voici ma réponse, car",
    )
    findings = run(text, language=language)
    assert failed(findings) == {"decision"}
    assert "decline" in findings["decision"].message or "déclin" in findings["decision"].message


@pytest.mark.parametrize(
    ("language", "old", "new", "word"),
    [
        ("en", "I have decided to decline", "I will maybe decline", "maybe"),
        ("en", "I have decided to decline", "I am not sure, but I decline", "not sure"),
        ("fr", "j’ai décidé de décliner", "je vais peut-être décliner", "peut-être"),
        ("fr", "j’ai décidé de décliner", "je ne suis pas sûr mais je décline", "pas sûr"),
    ],
)
def test_a_vague_decision_is_found(language, old, new, word):
    text = (GOOD_EN if language == "en" else GOOD_FR).replace(old, new)
    findings = run(text, language=language)
    assert failed(findings) == {"decision"}
    assert word in findings["decision"].message


def test_vague_words_outside_the_decision_do_not_count():
    text = GOOD_EN.replace(
        "I would be glad to cross paths again in the future.",
        "Perhaps our paths will cross again in the future.",
    )
    assert failed(run(text)) == set()


@pytest.mark.parametrize(
    ("language", "extra"),
    [
        ("en", " It is because the commute would be long, since I live far away."),
        ("en", " Also, due to my family situation, I cannot relocate."),
        ("fr", " C’est aussi parce que le trajet serait trop long."),
        ("fr", " En raison de ma situation familiale, je ne peux pas déménager."),
    ],
)
def test_a_reason_spread_over_several_sentences_is_found(language, extra):
    base = GOOD_EN.replace("I have accepted another", "I have accepted, because of timing, another")
    text = (base if language == "en" else GOOD_FR).replace("\n\nI would", extra + "\n\nI would")
    text = text.replace("\n\nJe serais", extra + "\n\nJe serais")
    findings = run(text, language=language)
    assert failed(findings) == {"reason"}
    assert "2" in findings["reason"].message


@pytest.mark.parametrize(
    ("language", "extra", "word"),
    [
        ("en", "Frankly, the team seemed disorganised.", "disorganised"),
        ("en", "The salary was too low.", "salary was too low"),
        ("en", "I also read bad reviews about the company.", "bad reviews"),
        ("fr", "Franchement, l’équipe m’a semblé désorganisée.", "désorganisée"),
        ("fr", "L’ambiance m’a paru toxique.", "toxique"),
        ("fr", "Le processus n’était pas sérieux.", "pas sérieux"),
        ("fr", "L’entreprise a une mauvaise réputation.", "mauvaise réputation"),
    ],
)
def test_criticism_of_the_company_is_found(language, extra, word):
    text = (GOOD_EN if language == "en" else GOOD_FR) + "\n\nPS " + extra
    findings = run(text, language=language)
    assert failed(findings) == {"criticism"}
    assert word in findings["criticism"].message


@pytest.mark.parametrize(
    ("language", "extra"),
    [
        ("en", "I am so sorry. I apologise for any inconvenience."),
        ("fr", "Je suis vraiment désolé. Veuillez m’excuser pour ce contretemps."),
    ],
)
def test_over_apologising_is_found_but_one_apology_is_fine(language, extra):
    good = GOOD_EN if language == "en" else GOOD_FR
    one = good.replace("\n\nKind", " " + extra.split(". ")[0] + ".\n\nKind")
    one = one.replace("\n\nBien", " " + extra.split(". ")[0] + ".\n\nBien")
    assert failed(run(one, language=language)) == set()
    findings = run(good + "\n" + extra, language=language)
    assert failed(findings) == {"apology"}
    assert "2" in findings["apology"].message


@pytest.mark.parametrize(
    ("language", "old", "new", "name"),
    [
        ("en", "another offer that", "an offer from Globex Corp that", "Globex Corp"),
        ("en", "I have accepted another offer", "I am joining Initech instead", "Initech"),
        ("fr", "une autre proposition", "une proposition de Globex", "Globex"),
        ("fr", "j’ai accepté une autre", "je vais rejoindre Initech, une autre", "Initech"),
    ],
)
def test_naming_the_other_employer_is_found(language, old, new, name):
    text = (GOOD_EN if language == "en" else GOOD_FR).replace(old, new)
    assert new in text
    findings = run(text, language=language)
    assert failed(findings) == {"other_employer"}
    assert name in findings["other_employer"].message


def test_the_company_declined_and_the_position_are_not_taken_for_another_employer():
    text = GOOD_FR.replace("chez Acme", "chez Acme Studio").replace(
        "le poste de Data analyst", "le poste de Chef de projet"
    )
    findings = run(text, language="fr", company="Acme Studio", position="Chef de projet")
    assert findings["other_employer"].ok


def test_an_other_employer_given_explicitly_is_found():
    text = GOOD_EN.replace("another offer", "another offer at a firm called hooli")
    findings = run(text, other_employer="Hooli")
    assert not findings["other_employer"].ok


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_closed_door_is_found_only_when_the_user_wants_it_open(language):
    text = GOOD_EN if language == "en" else GOOD_FR
    for sentence in (
        "I would be glad to cross paths again in the future.\n\n",
        "Je serais heureux que nos chemins se croisent à nouveau à l’avenir.\n\n",
    ):
        text = text.replace(sentence, "")
    assert failed(run(text, language=language)) == {"door_open"}
    assert failed(run(text, language=language, wants_door_open=False)) == set()


def test_length_is_checked_for_each_channel():
    short_email = run(
        "Dear Ms Smith, thank you, but I decline the interview. Alex", wants_door_open=False
    )
    assert failed(short_email) == {"length"}
    long_email = run(GOOD_EN + "\n\n" + "Thank you for the lovely chat. " * 40)
    assert failed(long_email) == {"length"}
    assert "220" in long_email["length"].message

    sms = "Hello, thank you for the Data analyst invitation at Acme, but I decline. Alex"
    assert run(sms, channel="sms")["length"].ok
    long_sms = run(sms + " Thanks again for everything." * 12, channel="sms", wants_door_open=False)
    assert failed(long_sms) == {"length"}
    assert "3" in long_sms["length"].message

    script = GOOD_EN.split("Kind regards")[0]
    assert run(script, channel="phone", subject="")["length"].ok
    long_script = run(script + "Thanks again. " * 100, channel="in_person", subject="")
    assert failed(long_script) == {"length"}


@pytest.mark.parametrize(
    "leftover",
    ["[Interviewer name]", "{company}", "( )", "[]", "()", "{ }"],
)
def test_leftover_placeholders_and_empty_brackets_are_found(leftover):
    findings = run(GOOD_EN.replace("Ms Smith", leftover))
    assert failed(findings) == {"placeholder"}
    assert leftover in findings["placeholder"].message
    in_subject = run(GOOD_EN, subject=f"Interview {leftover}")
    assert failed(in_subject) == {"placeholder"}


def test_an_empty_email_subject_is_found():
    assert failed(run(GOOD_EN, subject="  ")) == {"subject"}
    assert "subject" not in run(GOOD_EN, channel="sms", subject="")


def test_a_message_that_names_neither_company_nor_position_is_found():
    text = GOOD_EN.replace("the Data analyst position at Acme", "the position")
    findings = run(text, subject="Your invitation")
    assert failed(findings) == {"role"}


def test_a_long_one_sentence_reason_is_flagged_as_too_long():
    long_reason = " ".join(["word"] * 40)
    text = (
        "Dear Ms Carter, thank you for the invitation to interview for the Analyst role at "
        f"Acme. I have decided to decline it, because {long_reason}. Best regards, Alex"
    )

    findings = run(text, language="en")

    assert "reason" in failed(findings)
    assert "a short one (about 20 words) is enough" in findings["reason"].message


def test_names_from_the_copied_message_are_flagged():
    findings = run(
        "Dear Ms Carter, thank you. I decline the Globex interview. Best, Alex",
        subject="",
        wants_door_open=False,
        company="Initech",
        position="Analyst",
        earlier_names=("Globex", "Sarah Carter"),
    )

    assert not findings["leftover"].ok
    assert "Globex" in findings["leftover"].message


def test_a_message_free_of_the_copied_names_passes_and_the_current_company_is_kept():
    findings = run(GOOD_EN, earlier_names=("Globex", "Sarah Carter", "Acme", "Al"))
    assert findings["leftover"].ok
    assert findings["leftover"].message == "Nothing is left over from the message you copied."
    assert "leftover" not in run(GOOD_EN, earlier_names=("Acme", "Al"))


@pytest.mark.parametrize(
    ("language", "text", "hint"),
    [
        ("en", GOOD_EN.replace(" that is closer to my current plans", ""), "If you give"),
        ("en", GOOD_EN.replace("another offer", "another offer, because of timing,"), "fits"),
        ("fr", GOOD_FR.replace(", car j’ai", ". J’ai"), "Si vous"),
    ],
)
def test_no_reason_or_one_short_reason_passes_with_its_own_wording(language, text, hint):
    findings = run(text, language=language)
    assert findings["reason"].ok
    assert hint in findings["reason"].message
