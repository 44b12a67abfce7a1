"""The seed content: complete for every message the app can build, and well written.

Block selection is re-implemented here in a few lines (the rule the composer
follows: among blocks whose channel, tone and scenario are each equal or "",
scenario match outranks channel match, which outranks tone match), so these
tests check the content on its own terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import pytest
from django.core.management import call_command

from messages_app.catalog import scenario_chain
from messages_app.choices import (
    REASON_BLOCK_KINDS,
    BlockKind,
    Channel,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.content import (
    BLOCKS,
    BlockSpec,
    ContentError,
    ensure_content,
    load_content,
    unload_content,
    validate_blocks,
)
from messages_app.models import Block
from messages_app.placeholders import PLACEHOLDERS, find_placeholders

K = BlockKind
LANGUAGES = ("en", "fr")
CHANNELS = tuple(Channel.values)
TONES = tuple(Tone.values)
SCENARIO_KEYS = tuple(ScenarioKey.values)
REASON_KEYS = tuple(ReasonKey.values)

_MESSAGE = (
    K.GREETING_TITLED,
    K.GREETING_FIRST_NAME,
    K.GREETING_NAMED,
    K.GREETING_TEAM,
    K.GRATITUDE,
    K.DECISION,
    K.REASON_GENERAL,
    K.REASON_CUSTOM,
    K.APOLOGY,
    K.FEEDBACK,
    K.DOOR_OPEN,
    K.STAY_IN_TOUCH,
    K.STAY_IN_TOUCH_LINK,
    K.CLOSING,
    K.REMINDERS,
)
_SPOKEN = (
    *_MESSAGE,
    K.REPLY_POSITIVE,
    K.REPLY_DISAPPOINTED,
    K.REPLY_WHY,
    K.REPLY_INSIST,
    K.POINT_GRATITUDE,
    K.POINT_DECISION,
    K.POINT_REASON,
    K.POINT_APOLOGY,
    K.POINT_FEEDBACK,
    K.POINT_DOOR_OPEN,
    K.POINT_STAY_IN_TOUCH,
    K.POINT_CLOSING,
)
#: What each channel's message is assembled from.
KINDS_NEEDED: Mapping[str, tuple[str, ...]] = {
    Channel.EMAIL: (*_MESSAGE, K.SUBJECT, K.APPRECIATION, K.SIGNATURE, K.SIGNATURE_NAMED),
    Channel.SMS: (*_MESSAGE, K.SIGNATURE, K.SIGNATURE_NAMED),
    Channel.PHONE: (*_SPOKEN, K.CALL_TIME, K.VOICEMAIL),
    Channel.IN_PERSON: _SPOKEN,
}

Key = tuple[str, str, str, str, str, str]

SAMPLE = {
    "company": "Lumen Conseil",
    "position": "Data analyst",
    "contact_name": "Claire Martin",
    "sender_name": "Jean Dupont",
}


def resolve(
    blocks: Mapping[Key, str],
    kind: str,
    language: str,
    channel: str,
    tone: str,
    scenario: str,
    reason: str = "",
) -> tuple[Key, str] | None:
    """The block the composer would pick, with its key."""
    for sc in scenario_chain(scenario):
        for ch in (channel, ""):
            for to in (tone, ""):
                key = (kind, language, ch, to, sc, reason)
                if key in blocks:
                    return key, blocks[key]
    return None


def text_of(blocks: Mapping[Key, str], kind: str, *context: str, reason: str = "") -> str:
    language, channel, tone, scenario = context
    found = resolve(blocks, kind, language, channel, tone, scenario, reason=reason)
    assert found, f"no {kind} block for {context} {reason}"
    return found[1]


def contexts() -> Iterator[tuple[str, str, str, str]]:
    for language in LANGUAGES:
        for channel in CHANNELS:
            for tone in TONES:
                for scenario in SCENARIO_KEYS:
                    yield language, channel, tone, scenario


def filled(text: str) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: SAMPLE.get(m.group(1), m.group(0)), text)


@pytest.fixture(scope="module")
def blocks() -> dict[Key, str]:
    return {block.key: block.text for block in BLOCKS}


def blocks_where(**criteria: str) -> list[BlockSpec]:
    return [b for b in BLOCKS if all(getattr(b, k) == v for k, v in criteria.items())]


#: The blocks messages are composed from: not the wizard's reason hints, which
#: are advice to the user, shown as stored.
MESSAGE_BLOCKS = [b for b in BLOCKS if b.kind != K.REASON_HINT]


# ---------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_migration_loaded_every_block():
    assert Block.objects.count() == len(BLOCKS)
    for language in LANGUAGES:
        assert Block.objects.filter(language=language).count() > 100


def test_catalog_from_the_database_holds_exactly_the_seed_blocks(catalog, blocks):
    assert dict(catalog.blocks) == blocks


def test_every_seeded_block_passes_the_admin_validation(seeded):
    for block in Block.objects.all():
        block.full_clean()


def test_ensure_content_reloads_everything_after_the_tables_were_emptied(db):
    Block.objects.all().delete()
    ensure_content()
    assert Block.objects.count() == len(BLOCKS)


def test_loading_twice_adds_nothing_and_keeps_an_editors_changes(seeded):
    block = Block.objects.get(
        kind=K.CLOSING, language="en", channel=Channel.SMS, tone=Tone.FORMAL, scenario=""
    )
    block.text = "Many thanks for understanding."
    block.save()
    load_content()
    assert Block.objects.count() == len(BLOCKS)
    block.refresh_from_db()
    assert block.text == "Many thanks for understanding."


def test_unloading_removes_the_seed_rows_and_keeps_an_editors_own_block(seeded):
    own = Block.objects.create(
        kind=K.SUBJECT, language="en", channel=Channel.EMAIL, text="About {position}"
    )
    assert unload_content() == len(BLOCKS)
    assert list(Block.objects.all()) == [own]


@pytest.mark.django_db(transaction=True)
def test_the_data_migration_reverses_and_reapplies_cleanly():
    ensure_content()
    call_command("migrate", "messages_app", "0001_initial", verbosity=0)
    assert not Block.objects.exists()
    call_command("migrate", "messages_app", verbosity=0)
    assert Block.objects.count() == len(BLOCKS)
    assert Block.objects.catalog().blocks == {spec.key: spec.text for spec in BLOCKS}


def test_broken_content_is_refused_before_anything_is_written():
    bad = [
        BlockSpec(kind=K.SUBJECT, language="en", text="About {job_title}"),
        BlockSpec(kind=K.REASON, language="en", text="No reason key."),
        BlockSpec(kind=K.CLOSING, language="en", text="Thanks."),
        BlockSpec(kind=K.CLOSING, language="en", text="Thanks again."),
    ]
    with pytest.raises(ContentError) as error:
        validate_blocks(bad)
    message = str(error.value)
    assert "job_title" in message
    assert "must name its reason" in message
    assert "defined 2 times" in message


# ---------------------------------------------------------------------------
# Coverage
# ---------------------------------------------------------------------------


def test_every_part_of_every_message_resolves_to_a_block(blocks):
    missing = [
        (kind, *context)
        for context in contexts()
        for kind in KINDS_NEEDED[context[1]]
        if resolve(blocks, kind, *context) is None
    ]
    assert missing == []


def test_every_reason_resolves_in_every_language_channel_tone_and_scenario(blocks):
    missing = [
        (reason, *context)
        for context in contexts()
        for reason in REASON_KEYS
        if resolve(blocks, K.REASON, *context, reason=reason) is None
    ]
    assert missing == []


def test_no_channel_specific_wording_is_hidden_by_a_scenario_block_for_any_channel(blocks):
    # A scenario block written for channel "" outranks the channel's own
    # wording: every such block needs a counterpart for that channel.
    hidden = []
    for language, channel, tone, scenario in contexts():
        for kind in (*KINDS_NEEDED[channel], K.REASON):
            for reason in REASON_KEYS if kind == K.REASON else ("",):
                found = resolve(blocks, kind, language, channel, tone, scenario, reason)
                if not found or found[0][2] == channel:
                    continue
                outranked = [
                    key
                    for key in blocks
                    if key[0] == kind
                    and key[1] == language
                    and key[2] == channel
                    and key[3] in ("", tone)
                    and key[4] in ("", scenario)
                    and key[5] == reason
                ]
                if outranked:
                    hidden.append((found[0], outranked))
    assert hidden == []


def test_only_reason_blocks_and_replies_name_a_reason_and_every_reason_block_does():
    for block in BLOCKS:
        if block.kind == K.REASON:
            assert block.reason, block
        elif block.reason:
            assert block.kind in REASON_BLOCK_KINDS, block


# ---------------------------------------------------------------------------
# Placeholders and leftovers
# ---------------------------------------------------------------------------


_STAGE_DIRECTIONS = re.compile(r"\[(À l’accueil|Une fois en ligne|At reception|Once connected)\]")


def test_no_block_contains_brackets_todo_or_an_unknown_placeholder():
    """The phone script's stage directions are the only brackets."""
    for block in BLOCKS:
        text = _STAGE_DIRECTIONS.sub("", block.text)
        for marker in ("[", "]", "TODO", "XXX", "{{", "}}"):
            assert marker not in text, block
        assert set(find_placeholders(block.text)) <= PLACEHOLDERS, block


def test_optional_values_only_appear_in_the_blocks_that_exist_for_them():
    # These values may be empty: a block that is used whether or not they were
    # given must not depend on them, or the message would show a gap.
    # ({interview_day} reads right empty: "l'entretien prévu {interview_day}".)
    owners = {
        "custom_reason": {K.REASON_CUSTOM, *REASON_BLOCK_KINDS},  # replies with reason "other"
        "feedback": {K.FEEDBACK},
        "stay_in_touch_link": {K.STAY_IN_TOUCH_LINK},
        "question": {K.ASK_INFO_QUESTION},  # asking before deciding: their own question
        "availability": {K.RESCHEDULE_PROPOSAL},  # asking for another date: their times
        "contact_name": {K.GREETING_NAMED},
        "civility": {K.GREETING_TITLED, K.GREETING_FIRST_NAME},
        "surname": {K.GREETING_TITLED},
        "first_name": {K.GREETING_FIRST_NAME},
        "appellation": {K.SIGNATURE},
        "interview_date": set(),
        "sender_contact": set(),  # the composer adds it under the signature
    }
    for block in BLOCKS:
        for name in find_placeholders(block.text):
            if name in owners:
                assert block.kind in owners[name], block


def test_each_wrapper_block_carries_the_value_it_wraps(blocks):
    for language, channel, tone, scenario in contexts():
        context = (language, channel, tone, scenario)
        assert "{custom_reason}" in text_of(blocks, K.REASON_CUSTOM, *context)
        assert "{feedback}" in text_of(blocks, K.FEEDBACK, *context)
        if channel != Channel.IN_PERSON:  # face to face, nobody says the name in full
            assert "{contact_name}" in text_of(blocks, K.GREETING_NAMED, *context)
        assert "{contact_name}" not in text_of(blocks, K.GREETING_TEAM, *context)
        gratitude = text_of(blocks, K.GRATITUDE, *context)
        assert "{position}" in gratitude  # (a text message has no room for the company)
        if channel in (Channel.EMAIL, Channel.SMS):
            assert "{stay_in_touch_link}" in text_of(blocks, K.STAY_IN_TOUCH_LINK, *context)
            for kind in (K.SIGNATURE, K.SIGNATURE_NAMED):
                assert text_of(blocks, kind, *context).endswith("{sender_name}")
        else:
            # A web address is not read aloud: the script offers to send it.
            assert "{stay_in_touch_link}" not in text_of(blocks, K.STAY_IN_TOUCH_LINK, *context)
            opener = text_of(blocks, K.GREETING_TEAM, *context)
            assert "{sender_name}" in opener


def test_an_email_signature_is_a_closing_formula_then_the_name_on_its_own_line(blocks):
    for language in LANGUAGES:
        for tone in TONES:
            for kind in (K.SIGNATURE, K.SIGNATURE_NAMED):
                signature = text_of(blocks, kind, language, Channel.EMAIL, tone, "early")
                formula, name = signature.split("\n")
                assert formula and name == "{sender_name}"


# ---------------------------------------------------------------------------
# Scenarios and tones read differently
# ---------------------------------------------------------------------------


def test_the_decision_is_worded_for_each_scenario(blocks):
    for language in LANGUAGES:
        for channel in CHANNELS:
            for tone in TONES:
                decisions = {
                    text_of(blocks, K.DECISION, language, channel, tone, scenario)
                    for scenario in SCENARIO_KEYS
                }
                assert len(decisions) == len(SCENARIO_KEYS), (language, channel, tone)


def test_the_email_subject_and_gratitude_are_worded_for_each_scenario(blocks):
    for language in LANGUAGES:
        for tone in TONES:
            for kind in (K.SUBJECT, K.GRATITUDE):
                texts = {
                    text_of(blocks, kind, language, Channel.EMAIL, tone, scenario)
                    for scenario in SCENARIO_KEYS
                }
                assert len(texts) == len(SCENARIO_KEYS), (language, tone, kind)


@pytest.mark.parametrize(
    ("language", "scenario", "words"),
    [
        ("en", "early", ("decline",)),
        ("en", "accepted", ("withdraw",)),
        ("en", "after_interviews", ("withdraw",)),
        ("en", "offer", ("offer",)),
        ("en", "better_offer", ("another position", "declin")),
        ("en", "personal", ("personal reasons", "decline")),
        ("fr", "early", ("décliner",)),
        ("fr", "accepted", ("annul",)),
        ("fr", "after_interviews", ("retirer ma candidature",)),
        ("fr", "offer", ("proposition d’embauche",)),
        ("fr", "better_offer", ("autre proposition", "décline")),
        ("fr", "personal", ("raisons personnelles", "décliner")),
    ],
)
def test_the_decision_says_plainly_what_the_scenario_calls_for(blocks, language, scenario, words):
    text = text_of(blocks, K.DECISION, language, Channel.EMAIL, Tone.FORMAL, scenario).lower()
    for word in words:
        assert word in text


def test_the_apology_for_an_accepted_interview_mentions_the_change_of_plans(blocks):
    # Not "late": the interview may be two weeks away.
    english = text_of(blocks, K.APOLOGY, "en", "email", "formal", "accepted")
    french = text_of(blocks, K.APOLOGY, "fr", "email", "formal", "accepted")
    assert "late" not in english and "tardi" not in french
    assert re.search(r"cancel|change", english) and "changement" in french


def test_formal_and_warm_messages_open_and_close_differently(blocks):
    for language in LANGUAGES:
        for channel in CHANNELS:
            kinds = [K.GREETING_TEAM, K.CLOSING]
            if channel == Channel.EMAIL:
                kinds.append(K.SIGNATURE)
            formal, warm = (
                [text_of(blocks, kind, language, channel, tone, "early") for kind in kinds]
                for tone in (Tone.FORMAL, Tone.WARM)
            )
            assert formal != warm, (language, channel)
            closing = kinds.index(K.CLOSING)
            assert formal[closing] != warm[closing], (language, channel)


def test_french_formal_emails_use_the_traditional_formulas(blocks):
    context = ("fr", Channel.EMAIL, Tone.FORMAL, "early")
    assert text_of(blocks, K.GREETING_TEAM, *context) == "Madame, Monsieur,"
    assert text_of(blocks, K.SIGNATURE, *context).startswith(
        "Je vous prie d’agréer, {appellation}, l’expression de mes salutations distinguées."
    )
    assert text_of(blocks, K.GREETING_TITLED, *context) == "{civility},"
    assert text_of(blocks, K.GREETING_TEAM, "fr", Channel.EMAIL, Tone.WARM, "early") == "Bonjour,"


def test_the_phone_call_time_avoids_early_morning_and_late_afternoon(blocks):
    for language, hours in (("en", ("10 a.m.", "4 p.m.")), ("fr", ("10\u00a0h", "16\u00a0h"))):
        for scenario in SCENARIO_KEYS:
            text = text_of(blocks, K.CALL_TIME, language, Channel.PHONE, Tone.FORMAL, scenario)
            for hour in hours:
                assert hour in text


def test_reminders_give_several_tips_for_every_channel(blocks):
    for language in LANGUAGES:
        for channel in CHANNELS:
            text = text_of(blocks, K.REMINDERS, language, channel, Tone.FORMAL, "early")
            lines = text.splitlines()
            assert len(lines) >= 4 and all(line.strip() for line in lines), (language, channel)


# ---------------------------------------------------------------------------
# Wording rules
# ---------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def test_every_reason_is_a_single_sentence():
    for block in BLOCKS:
        if block.kind in (K.REASON, K.REASON_GENERAL, K.REASON_CUSTOM):
            assert len(_SENTENCE_END.findall(block.text)) == 1, block


_CRITICISM = re.compile(
    r"toxic|disorgani[sz]ed|unprofessional|salary|underpaid|bad reviews|poorly|"
    r"toxique|désorganisé|pas sérieu|mauvaise réputation|salaire|mal payé|décevant",
    re.IGNORECASE,
)
_OTHER_OFFER_RANKED = re.compile(
    r"\bbetter (offer|position|role|job|opportunit)"
    r"|\bmeilleure? (offre|proposition|poste|opportunit)",
    re.IGNORECASE,
)


def test_no_block_criticises_the_company_or_calls_the_other_offer_better():
    for block in MESSAGE_BLOCKS:
        assert not _CRITICISM.search(block.text), block
        assert not _OTHER_OFFER_RANKED.search(block.text), block


# ("ton" is left out: "un ton calme" is the noun.)
_TUTOIEMENT = re.compile(r"\b(tu|toi|ta|tes|te|t’)\b", re.IGNORECASE)
# Adjectives and participles that would agree with the sender's gender.
_GENDERED = re.compile(
    r"\b(ravie?|désolée?|reconnaissante?|heureux|heureuse|contente?|intéressée?|"
    r"impressionnée?|enchantée?|navrée?|déçue?|invitée?|convaincue?|prête?|"
    r"honorée?|flattée?|partante?|transparente?|arrivée?)s?\b",
    re.IGNORECASE,
)


def test_french_blocks_use_vous_and_never_presume_the_senders_gender():
    for block in blocks_where(language="fr"):
        assert not _TUTOIEMENT.search(block.text), block
        assert not _GENDERED.search(block.text), block


def test_french_blocks_are_written_for_the_composers_typography():
    for block in MESSAGE_BLOCKS:
        if block.language != "fr":
            continue
        text = block.text
        # Ordinary spaces before ; : ! ? and inside « » (the composer swaps them).
        assert not re.search(r"\S[;:!?]", text), block
        assert not re.search(r"«\S|\S»", text), block
        assert "\u202f" not in text, block
        # The only no-break spaces typed by hand sit inside times such as "10 h".
        assert not re.search(r"\u00a0(?!h\b)|(?<!\d)\u00a0", text), block
        sent_by_text_message = block.channel == Channel.SMS and block.kind != K.REMINDERS
        if sent_by_text_message:
            assert "’" not in text and "«" not in text, block
        else:
            assert "'" not in text, block


def test_english_blocks_follow_english_punctuation():
    for block in blocks_where(language="en"):
        assert not re.search(r"\s[;:!?]", block.text), block
        assert "\u00a0" not in block.text and "\u202f" not in block.text, block


# GSM 03.38 basic character set (one septet each); the extension table costs two.
_GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = set("^{}\\[]~|€\f")


def gsm_length(text: str) -> int | None:
    """Septets needed in the GSM alphabet, or None if the text needs UCS-2."""
    length = 0
    for char in text:
        if char in _GSM_BASIC:
            length += 1
        elif char in _GSM_EXTENDED:
            length += 2
        else:
            return None
    return length


def test_text_message_blocks_stay_in_the_gsm_alphabet():
    for block in blocks_where(channel=Channel.SMS):
        if block.kind != K.REMINDERS:
            assert gsm_length(filled(block.text)) is not None, block


# How long composed messages are (text messages within two segments, emails
# and scripts within the quality check's bounds) is checked on the real
# composition of every combination in test_wording.py.


# ---------------------------------------------------------------------------
# Reason hints (shown in the wizard, not part of a message)
# ---------------------------------------------------------------------------


def test_every_reason_has_a_hint_in_both_languages_and_nothing_else_is_keyed_on_a_hint():
    for language in LANGUAGES:
        hints = blocks_where(kind=K.REASON_HINT, language=language)
        assert [hint.reason for hint in hints] == list(REASON_KEYS)
        for hint in hints:
            assert (hint.channel, hint.tone, hint.scenario) == ("", "", "")
            assert 1 <= len(_SENTENCE_END.findall(hint.text)) <= 3, hint


def test_french_hints_are_stored_with_french_no_break_spaces():
    texts = [hint.text for hint in blocks_where(kind=K.REASON_HINT, language="fr")]
    assert any("\u00a0:" in text for text in texts)
    for text in texts:
        assert not re.search(r"[ ][;:!?»]|«[ ]", text), text


@pytest.mark.django_db
def test_reason_hints_are_read_per_language_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        english = Block.objects.reason_hints("en")
    assert set(english) == set(REASON_KEYS)
    assert english[ReasonKey.LOCATION].startswith("A commute that is too long")
    assert Block.objects.reason_hints("fr")[ReasonKey.LOCATION].startswith("Un trajet trop long")


@pytest.mark.django_db
def test_a_composed_message_never_reads_the_reason_hints(seeded):
    catalog = Block.objects.message_catalog(language="en", channel=Channel.EMAIL)
    assert catalog.blocks
    assert K.REASON_HINT not in {key[0] for key in catalog.blocks}


def test_a_reason_hint_for_a_channel_is_refused():
    bad = [
        BlockSpec(
            kind=K.REASON_HINT, language="en", text="Hint.", channel="sms", reason="location"
        ),
        BlockSpec(kind=K.REASON_HINT, language="fr", text="Astuce."),
    ]
    with pytest.raises(ContentError) as error:
        validate_blocks(bad)
    assert "names no channel, tone or scenario" in str(error.value)
    assert "must name its reason" in str(error.value)
