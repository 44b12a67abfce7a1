"""The shipped wording, held to the house rules (docs/writing.md) over every
combination `manage.py sample_messages` prints (messages_app/samples.py).

Pure: the messages are composed from the content modules, no database.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

import pytest

from messages_app.catalog import Catalog, scenario_for
from messages_app.choices import BlockKind, Channel, ReasonKey, Stage
from messages_app.composer import ComposedMessage, compose
from messages_app.content import BLOCKS
from messages_app.samples import Sample, samples
from messages_app.sms import sms_info
from messages_app.wizard import message_request_from_answers

#: The only brackets a message may hold: the phone script's stage directions.
STAGE_DIRECTIONS = re.compile(r"\[(À l’accueil|Une fois en ligne|At reception|Once connected)\]")


@cache
def catalog() -> Catalog:
    return Catalog(blocks={spec.key: spec.text for spec in BLOCKS})


@cache
def composed() -> tuple[tuple[Sample, ComposedMessage], ...]:
    return tuple(
        (sample, compose(message_request_from_answers(sample.answers), catalog()))
        for sample in samples()
    )


def label(sample: Sample) -> str:
    a = sample.answers
    parts = (a["message_language"], a["stage"], a["reasons"], a["channel"], a["tone"])
    return "/".join(map(str, parts)) + f"/{sample.name}"


def texts(message: ComposedMessage) -> list[str]:
    """Everything a person reads or says of one message."""
    return [
        message.subject,
        message.body,
        *message.points,
        *(reply.text for reply in message.replies),
        message.voicemail,
        message.call_time,
    ]


def failures(check) -> str:
    """Every combination the check finds a problem in, one per line ("" for none)."""
    found = []
    for sample, message in composed():
        problem = check(sample, message)
        if problem:
            found.append(f"{label(sample)}: {problem}")
    return "\n".join(found)


def test_there_are_many_combinations():
    assert len(composed()) > 1000


def test_no_brace_or_bracket_is_left():
    def check(sample, message):
        for text in texts(message):
            rest = STAGE_DIRECTIONS.sub("", text)
            if re.search(r"[{}\[\]]", rest):
                return repr(text)
        return None

    problems = failures(check)
    assert not problems, problems


def first_line(message: ComposedMessage) -> str:
    return message.body.split("\n", 1)[0]


def test_french_greetings_never_abbreviate_the_title():
    def check(sample, message):
        if message.language != "fr":
            return None
        opening = re.split(r"(?<=[,.?!])\s", message.body, maxsplit=1)[0]
        if re.search(r"\b(Mme|Mlle|M\.)(\s|$)", opening):
            return opening
        return None

    problems = failures(check)
    assert not problems, problems


FORMULA = re.compile(r"Je vous prie d’agréer, (?P<appel>[^,]+(?:, Monsieur)?), l’expression")


def test_formal_french_closings_repeat_the_salutation():
    def check(sample, message):
        if message.language != "fr" or message.channel != Channel.EMAIL:
            return None
        salutation = first_line(message).rstrip(",")
        formula = FORMULA.search(message.body)
        if "agréer" in message.body and (not formula or formula["appel"] != salutation):
            return f"{salutation!r} … {formula and formula['appel']!r}"
        if salutation in ("Madame", "Monsieur", "Madame, Monsieur") and not formula:
            return f"{salutation!r} without the formula that repeats it"
        return None

    problems = failures(check)
    assert not problems, problems


def test_opening_and_closing_registers_agree():
    formal_closings = re.compile(r"salutations distinguées|Yours faithfully|Yours sincerely")

    def check(sample, message):
        if message.channel != Channel.EMAIL:
            return None
        opening = first_line(message)
        casual = opening.startswith(("Bonjour", "Hello", "Hi "))
        if casual and formal_closings.search(message.body):
            return f"{opening!r} then {formal_closings.search(message.body).group(0)!r}"
        return None

    problems = failures(check)
    assert not problems, problems


def decision(language: str, channel: str, tone: str, stage: str, reason: str) -> str:
    scenario = scenario_for(stage, [reason])
    return catalog().index.require(BlockKind.DECISION, language, channel, tone, scenario)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("channel", Channel.values)
@pytest.mark.parametrize("tone", ["formal", "warm"])
def test_the_decision_differs_between_stages_and_names_the_offer(language, channel, tone):
    by_stage = {
        stage: decision(language, channel, tone, stage, ReasonKey.CAREER_GOALS)
        for stage in Stage.values
    }

    assert len(set(by_stage.values())) == len(by_stage), by_stage
    offer_word = {"fr": r"offre|proposition", "en": r"offer"}[language]
    assert re.search(offer_word, by_stage[Stage.OFFER], re.I), by_stage[Stage.OFFER]
    # Without an offer, nothing was offered: nobody declines "the position".
    for stage in (Stage.INVITATION, Stage.ACCEPTED, Stage.SEVERAL):
        assert not re.search(
            r"décliner? (ce|le) poste|decline the (position|role)", by_stage[stage]
        )


#: Words that give away a reason, to find a reply that gives another one.
REASON_WORDS: dict[str, str] = {
    ReasonKey.CAREER_GOALS: r"carrière|career|parcours professionnel",
    ReasonKey.CULTURE: r"culture|environnement de travail|working environment|way of working",
    ReasonKey.LOCATION: r"distance|trajet|déménag|commute|relocat|locali[sz]ation",
    ReasonKey.PERSONAL: r"personnel|personal|famil",
    ReasonKey.ROLE_CHANGED: r"missions|a évolué|has changed|changed since",
    ReasonKey.ANOTHER_OFFER: r"autre (poste|offre|proposition)|another (role|offer|position|job)",
}
REASON_WORDS[ReasonKey.BETTER_OFFER] = REASON_WORDS[ReasonKey.ANOTHER_OFFER]


def test_every_why_reply_follows_the_reason_the_user_chose():
    def check(sample, message):
        why = next((r.text for r in message.replies if r.reaction == "why"), "")
        if not why:
            return None
        # The user's own words are their reason, whatever they mention.
        why = why.replace(sample.answers.get("custom_reason") or "\0", "")
        chosen = set(sample.answers["reasons"])
        for reason, words in REASON_WORDS.items():
            if reason in chosen or REASON_WORDS.get(next(iter(chosen), "")) == words:
                continue
            match = re.search(words, why, re.I)
            if match:
                return f"gives {reason!r} ({match.group(0)!r}): {why!r}"
        return None

    problems = failures(check)
    assert not problems, problems


def test_every_default_text_message_fits_two_segments():
    def check(sample, message):
        if message.channel != Channel.SMS:
            return None
        info = sms_info(message.body)
        if info.segments > 2:
            return f"{info.segments} segments ({info.characters} {info.encoding}): {message.body!r}"
        return None

    problems = failures(check)
    assert not problems, problems


#: Words of five letters or more that carry no content.
FUNCTION_WORDS = frozenset(
    """
    votre vôtre notre cette entre comme aussi toute toutes leurs avoir avons après avant
    depuis encore faire serait seraient pourrait dans pour sans elles nous autre autres
    madame monsieur quelle quelles lequel laquelle celle celles ceux ainsi alors donc
    would could should there their which about after these those other where while
    being might shall your yours please
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_WORD = re.compile(r"[^\W\d_]{5,}")


def _own_words(sample: Sample) -> set[str]:
    a = sample.answers
    values = " ".join(
        str(a.get(key) or "")
        for key in (
            "company",
            "position",
            "contact_name",
            "sender_name",
            "custom_reason",
            "feedback",
        )
    )
    return {word.lower() for word in _WORD.findall(values)}


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?;:])\s+|\n+", text) if s.strip()]


def test_no_content_word_is_repeated_in_two_adjacent_sentences():
    def check(sample, message):
        own = _own_words(sample)
        for text in (message.body, message.voicemail):
            sentences = _sentences(text)
            for first, second in zip(sentences, sentences[1:], strict=False):
                words = {w.lower() for w in _WORD.findall(first)} - own - FUNCTION_WORDS
                repeated = words & {w.lower() for w in _WORD.findall(second)}
                if repeated:
                    return f"{sorted(repeated)} in {first!r} / {second!r}"
        return None

    problems = failures(check)
    assert not problems, problems


def french_typography_problem(text: str, *, sms: bool) -> str | None:
    if sms:
        found = re.search("[\u202f\u00a0’«»]", text)
        return found and f"{found.group(0)!r}, outside the GSM alphabet"
    rules = (
        (r"\w'\w", "a straight apostrophe"),
        (r"[^\u202f][;!?]", "no narrow no-break space before ; ! ?"),
        (r"[^\u00a0\d]:(?!//)", "no no-break space before a colon"),
        (r"«(?!\u00a0)|(?<!\u00a0)»", "no no-break space inside « »"),
    )
    for pattern, problem in rules:
        if re.search(pattern, text):
            return problem
    return None


def test_french_typography_everywhere():
    def check(sample, message):
        if message.language != "fr":
            return None
        for text in texts(message):
            sms = message.channel == Channel.SMS and text == message.body
            problem = french_typography_problem(text, sms=sms)
            if problem:
                return f"{problem}: {text!r}"
        return None

    problems = failures(check)
    assert not problems, problems


SENDER_GENDERED = re.compile(
    r"\b(ravie?s?|désolée?s?|reconnaissante?s?|heureux|heureuse|navrée?|enchantée?|honorée?"
    r"|déçue?|convaincue?|intéressée?)\b",
    re.I,
)


def test_nothing_genders_the_sender():
    def check(sample, message):
        if message.language != "fr":
            return None
        for text in texts(message):
            match = SENDER_GENDERED.search(text)
            if match:
                return f"{match.group(0)!r} in {text!r}"
        return None

    problems = failures(check)
    assert not problems, problems


def test_every_combination_passes_the_quality_check_it_ships_with():
    """The app's own default text never trips its own quality check."""
    from messages_app.quality import check as check_quality

    counts: dict[str, int] = defaultdict(int)

    def check(sample, message):
        a = sample.answers
        findings = check_quality(
            text=message.body,
            subject=message.subject,
            language=message.language,
            channel=message.channel,
            wants_door_open=bool(a["include_door_open"]),
            company=a["company"],
            position=a["position"],
        )
        bad = [f for f in findings if not f.ok]
        for finding in bad:
            counts[finding.rule] += 1
        return "; ".join(f"{f.rule}: {f.message}" for f in bad) or None

    problems = failures(check)
    assert not problems, f"{dict(counts)}\n{problems}"
