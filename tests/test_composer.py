"""The composer: block selection, assembly per channel, the subject line."""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest

from messages_app.catalog import Catalog, ContentError, scenario_for
from messages_app.choices import (
    BlockKind,
    Channel,
    Length,
    ReasonDetail,
    ReasonKey,
    ScenarioKey,
    Stage,
    Tone,
)
from messages_app.composer import MessageRequest, as_text, compose, subject_for
from messages_app.dates import interview_date_text
from messages_app.quality import LEFTOVER_RE
from messages_app.sms import sms_info
from messages_app.text import NBSP, NNBSP

K = BlockKind

# --------------------------------------------------------------------------
# A small hand-written catalogue: generic blocks, a few specific ones.
# --------------------------------------------------------------------------

_EN = {
    K.SUBJECT: "Interview for the {position} position",
    K.GREETING_NAMED: "Dear {contact_name},",
    K.GREETING_TEAM: "Dear hiring team,",
    K.COURTESY: "I hope you are well.",
    K.GRATITUDE: "Thank you for inviting me to interview for the {position} role at {company}.",
    K.APPRECIATION: "I appreciate the time you have given my application.",
    K.DECISION: "After careful thought, I have decided to decline the interview.",
    K.REASON_GENERAL: "The role is not the right fit for me at this time.",
    K.REASON_CUSTOM: "My reason is simple: {custom_reason}.",
    K.APOLOGY: "Please accept my apologies for the late change.",
    K.FEEDBACK: "If it helps, one observation: {feedback}",
    K.DOOR_OPEN: "I would be glad to hear about future opportunities.",
    K.STAY_IN_TOUCH: "I hope we stay in touch.",
    K.STAY_IN_TOUCH_LINK: "I hope we stay in touch: {stay_in_touch_link}",
    K.CLOSING: "Thank you again for your understanding.",
    K.SIGNATURE: "Kind regards,\n{sender_name}",
    K.CALL_TIME: "Call between 10 a.m. and noon.",
    K.REPLY_POSITIVE: "Thank you, I appreciate it.",
    K.REPLY_DISAPPOINTED: "I understand, and I am grateful for your time.",
    K.REPLY_WHY: "It comes down to timing; it is not about {company}.",
    K.REMINDERS: "Prepare your points\n\n- Say the decision clearly\nEnd on a positive note",
    K.POINT_GRATITUDE: "Thank them",
    K.POINT_DECISION: "State the decision",
    K.POINT_REASON: "One-sentence reason",
    K.POINT_APOLOGY: "Apologise once",
    K.POINT_FEEDBACK: "Offer feedback",
    K.POINT_DOOR_OPEN: "Leave the door open",
    K.POINT_STAY_IN_TOUCH: "Offer to stay in touch",
    K.POINT_CLOSING: "Close warmly",
}
_FR = {
    K.SUBJECT: "Entretien pour le poste de {position}",
    K.GREETING_NAMED: "Bonjour {contact_name},",
    K.GREETING_TEAM: "Madame, Monsieur,",
    K.COURTESY: "J’espère que vous allez bien.",
    K.GRATITUDE: "Je vous remercie de m’avoir invité pour le poste de {position} chez {company}.",
    K.APPRECIATION: "J’apprécie le temps consacré à ma candidature.",
    K.DECISION: "Après réflexion, j’ai décidé de décliner l’entretien.",
    K.REASON_GENERAL: "Ce poste ne correspond pas à mon projet actuel.",
    K.REASON_CUSTOM: "Ma raison est simple : {custom_reason}.",
    K.APOLOGY: "Je vous prie d’excuser ce changement tardif.",
    K.FEEDBACK: "Si cela peut vous être utile : {feedback}",
    K.DOOR_OPEN: "Je serais ravi d’échanger à nouveau à l’avenir.",
    K.STAY_IN_TOUCH: "Restons en contact !",
    K.STAY_IN_TOUCH_LINK: "Restons en contact : {stay_in_touch_link}",
    K.CLOSING: "Merci encore pour votre compréhension; belle journée!",
    K.SIGNATURE: "Bien cordialement,\n{sender_name}",
    K.CALL_TIME: "Appelez entre 10 h et midi.",
    K.REPLY_POSITIVE: "Merci, c’est très aimable.",
    K.REPLY_DISAPPOINTED: "Je comprends, et je vous remercie de votre temps.",
    K.REPLY_WHY: "C’est une question de calendrier, pas de {company}.",
    K.REMINDERS: "Préparez vos points : gratitude, décision\nTerminez sur une note positive",
    K.POINT_GRATITUDE: "Remercier",
    K.POINT_DECISION: "Annoncer la décision",
    K.POINT_REASON: "Une raison, une phrase",
    K.POINT_APOLOGY: "S’excuser une fois",
    K.POINT_FEEDBACK: "Proposer un retour",
    K.POINT_DOOR_OPEN: "Laisser la porte ouverte",
    K.POINT_STAY_IN_TOUCH: "Proposer de rester en contact",
    K.POINT_CLOSING: "Conclure",
}
_REASONS = {
    "en": "I have accepted an offer that matches my plans.",
    "fr": "J’ai accepté une proposition qui correspond à mon projet.",
}


def hand_blocks() -> dict[tuple[str, str, str, str, str, str], str]:
    blocks: dict[tuple[str, str, str, str, str, str], str] = {}
    for language, texts in (("en", _EN), ("fr", _FR)):
        for kind, text in texts.items():
            blocks[(kind, language, "", "", "", "")] = text
        for reason in ReasonKey.values:
            blocks[(K.REASON, language, "", "", "", reason)] = f"{_REASONS[language]} ({reason})"
    # Channel-specific wording the tests can recognise.
    blocks[(K.GREETING_NAMED, "en", "phone", "", "", "")] = (
        "Hello {contact_name}, this is {sender_name}. Do you have two minutes?"
    )
    blocks[(K.GREETING_TEAM, "en", "phone", "", "", "")] = (
        "Hello, this is {sender_name}. Do you have two minutes?"
    )
    blocks[(K.SIGNATURE, "en", "sms", "", "", "")] = "– {sender_name}"
    blocks[(K.SIGNATURE, "fr", "sms", "", "", "")] = "– {sender_name}"
    blocks[(K.GREETING_NAMED, "fr", "sms", "", "", "")] = "Bonjour {contact_name} !"
    blocks[(K.GRATITUDE, "fr", "sms", "", "", "")] = (
        "Merci pour l’invitation « {position} » chez {company}: vraiment!"
    )
    return blocks


def hand_catalog() -> Catalog:
    return Catalog(blocks=hand_blocks())


def request_for(**overrides: object) -> MessageRequest:
    values: dict[str, object] = {
        "language": "en",
        "channel": Channel.EMAIL,
        "company": "Acme",
        "position": "Data analyst",
        "scenario": ScenarioKey.EARLY,
        "contact_name": "Dana Smith",
        "sender_name": "Alex Martin",
    }
    values.update(overrides)
    return MessageRequest(**values)  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Block selection
# --------------------------------------------------------------------------


def _selection_catalog() -> Catalog:
    blocks = hand_blocks()
    blocks[(K.DECISION, "en", "", "warm", "", "")] = "I decline (tone)."
    blocks[(K.DECISION, "en", "email", "", "", "")] = "I decline (channel)."
    blocks[(K.DECISION, "en", "email", "warm", "", "")] = "I decline (channel+tone)."
    blocks[(K.DECISION, "en", "", "", "accepted", "")] = "I withdraw (scenario)."
    blocks[(K.DECISION, "en", "sms", "", "personal", "")] = "I withdraw (sms+scenario)."
    return Catalog(blocks=blocks)


@pytest.mark.parametrize(
    ("channel", "tone", "scenario", "expected"),
    [
        ("phone", "formal", "early", "After careful thought"),  # only the generic one fits
        ("phone", "warm", "early", "I decline (tone)."),
        ("email", "formal", "early", "I decline (channel)."),
        ("email", "warm", "early", "I decline (channel+tone)."),
        # A scenario match outranks a channel and tone match.
        ("email", "warm", "accepted", "I withdraw (scenario)."),
        ("sms", "warm", "personal", "I withdraw (sms+scenario)."),
        ("email", "warm", "personal", "I decline (channel+tone)."),
    ],
)
def test_the_most_specific_block_wins(channel, tone, scenario, expected):
    message = compose(
        request_for(channel=channel, tone=tone, scenario=scenario), _selection_catalog()
    )
    assert expected in message.body


def test_a_missing_block_is_a_clear_content_error():
    blocks = hand_blocks()
    del blocks[(K.DECISION, "en", "", "", "", "")]
    with pytest.raises(ContentError, match="'decision'.*language=en.*channel=email"):
        compose(request_for(), Catalog(blocks=blocks))


def test_a_missing_optional_block_only_matters_when_asked_for():
    blocks = hand_blocks()
    del blocks[(K.FEEDBACK, "en", "", "", "", "")]
    catalog = Catalog(blocks=blocks)
    assert compose(request_for(include_feedback=False), catalog).body
    with pytest.raises(ContentError, match="'feedback'"):
        compose(request_for(include_feedback=True, feedback="Great team."), catalog)


def test_a_block_with_an_unknown_placeholder_is_refused_not_printed():
    blocks = hand_blocks()
    blocks[(K.CLOSING, "en", "", "", "", "")] = "See you at {venue}."
    with pytest.raises(ContentError, match="venue"):
        compose(request_for(), Catalog(blocks=blocks))


def test_a_blank_specific_block_falls_back_to_the_generic_one():
    blocks = hand_blocks()
    blocks[(K.CLOSING, "en", "email", "", "", "")] = "   "
    message = compose(request_for(), Catalog(blocks=blocks))
    assert "Thank you again for your understanding." in message.body


def test_a_catalogue_filtered_to_one_language_and_channel_composes():
    blocks = {
        key: text for key, text in hand_blocks().items() if key[1] == "fr" and key[2] in ("", "sms")
    }
    message = compose(request_for(language="fr", channel="sms"), Catalog(blocks=blocks))
    assert "Acme" in message.body


# --------------------------------------------------------------------------
# Email
# --------------------------------------------------------------------------


def test_email_has_subject_greeting_paragraphs_and_signature():
    message = compose(request_for(include_door_open=True), hand_catalog())
    assert message.subject == "Interview for the Data analyst position"
    paragraphs = message.body.split("\n\n")
    assert paragraphs[0] == "Dear Dana Smith,"
    assert paragraphs[1].startswith("I hope you are well. Thank you for inviting me")
    assert paragraphs[2].startswith("After careful thought, I have decided to decline")
    assert paragraphs[-1] == "Kind regards,\nAlex Martin"
    assert message.sections == (
        "subject",
        "greeting_named",
        "courtesy",
        "gratitude",
        "appreciation",
        "decision",
        "reason_general",
        "door_open",
        "closing",
        "signature_named",
    )
    assert message.sms is None and message.points == () and message.replies == ()
    assert message.reminders == (
        "Prepare your points",
        "Say the decision clearly",
        "End on a positive note",
    )


def test_the_users_own_subject_replaces_the_block():
    message = compose(request_for(subject="  Our   interview\non Monday "), hand_catalog())
    assert message.subject == "Our interview on Monday"


def test_subject_for_an_email_is_the_composed_subject():
    request = request_for(scenario=ScenarioKey.ACCEPTED)
    assert subject_for(request, hand_catalog()) == "Interview for the Data analyst position"
    assert subject_for(request, hand_catalog()) == compose(request, hand_catalog()).subject


def test_subject_for_a_french_email_is_typeset_and_filled():
    blocks = hand_blocks()
    blocks[(K.SUBJECT, "fr", "", "", "", "")] = "Candidature : {position} chez {company}"
    request = request_for(language="fr", company="Acme ; SA")
    assert subject_for(request, Catalog(blocks=blocks)) == (
        f"Candidature{NBSP}: Data analyst chez Acme ; SA"
    )


def test_a_typed_subject_wins_and_is_cleaned():
    request = request_for(subject="  Our\x00   interview\r\non Monday ")
    assert subject_for(request, hand_catalog()) == "Our interview on Monday"
    # No subject block needed when the person typed their own.
    assert subject_for(request, Catalog(blocks={})) == "Our interview on Monday"


@pytest.mark.parametrize("channel", [Channel.PHONE, Channel.SMS, Channel.IN_PERSON])
def test_only_an_email_has_a_subject(channel):
    assert subject_for(request_for(channel=channel), hand_catalog()) == ""
    assert subject_for(request_for(channel=channel, subject="Typed"), hand_catalog()) == ""
    assert compose(request_for(channel=channel, subject="Typed"), hand_catalog()).subject == ""


def test_a_missing_subject_block_is_a_content_error():
    blocks = hand_blocks()
    del blocks[(K.SUBJECT, "en", "", "", "", "")]
    with pytest.raises(ContentError, match="'subject'"):
        subject_for(request_for(), Catalog(blocks=blocks))


def test_no_contact_name_uses_the_team_greeting_and_never_dear_comma():
    for name in ("", "   ", "\t"):
        message = compose(request_for(contact_name=name), hand_catalog())
        assert message.body.startswith("Dear hiring team,")
        assert "Dear ," not in message.body and "Dear," not in message.body


def test_an_empty_contact_name_inside_a_sentence_takes_its_comma_with_it():
    message = compose(request_for(channel="phone", contact_name=""), hand_catalog())
    assert message.body.startswith("Hello, this is Alex Martin.")
    blocks = hand_blocks()
    blocks[(K.CLOSING, "en", "", "", "", "")] = "Thank you, {contact_name}, for your time."
    message = compose(request_for(contact_name=""), Catalog(blocks=blocks))
    assert "Thank you, for your time." in message.body
    assert " ," not in message.body


def test_short_length_drops_courtesy_and_appreciation():
    standard = compose(request_for(), hand_catalog())
    short = compose(request_for(length=Length.SHORT), hand_catalog())
    assert "I hope you are well." in standard.body
    assert "I hope you are well." not in short.body
    assert "I appreciate the time" not in short.body
    assert "courtesy" not in short.sections and "appreciation" not in short.sections
    assert len(short.body) < len(standard.body)


def test_reason_detail_none_general_and_specific():
    none = compose(request_for(reason_detail=ReasonDetail.NONE), hand_catalog())
    assert not {"reason", "reason_general", "reason_custom"} & set(none.sections)
    general = compose(request_for(reason_detail=ReasonDetail.GENERAL), hand_catalog())
    assert "The role is not the right fit for me" in general.body
    # The first chosen reason in ReasonKey order, whatever order the caller used.
    specific = compose(
        request_for(
            reason_detail=ReasonDetail.SPECIFIC,
            reasons=(ReasonKey.LOCATION, ReasonKey.CAREER_GOALS),
        ),
        hand_catalog(),
    )
    assert "(career_goals)" in specific.body and "(location)" not in specific.body


def test_reason_other_uses_the_users_words_when_given():
    custom = compose(
        request_for(
            reason_detail=ReasonDetail.SPECIFIC,
            reasons=(ReasonKey.OTHER,),
            custom_reason="I am  moving abroad.",
        ),
        hand_catalog(),
    )
    assert "My reason is simple: I am moving abroad." in custom.body
    assert "abroad.." not in custom.body
    assert "reason_custom" in custom.sections
    without_words = compose(
        request_for(reason_detail=ReasonDetail.SPECIFIC, reasons=(ReasonKey.OTHER,)),
        hand_catalog(),
    )
    assert "(other)" in without_words.body
    # Another reason ranks before "other": its block wins over the user's words.
    both = compose(
        request_for(
            reason_detail=ReasonDetail.SPECIFIC,
            reasons=(ReasonKey.OTHER, ReasonKey.LOCATION),
            custom_reason="moving abroad",
        ),
        hand_catalog(),
    )
    assert "(location)" in both.body and "moving abroad" not in both.body


def test_optional_parts_appear_only_when_asked_for():
    bare = compose(request_for(include_door_open=False, include_apology=False), hand_catalog())
    assert "future opportunities" not in bare.body and "apologies" not in bare.body
    full = compose(
        request_for(
            include_apology=True,
            include_door_open=True,
            include_stay_in_touch=True,
            include_feedback=True,
            feedback="The team was welcoming.",
        ),
        hand_catalog(),
    )
    for words in (
        "Please accept my apologies",
        "one observation: the team was welcoming.",
        "future opportunities",
        "I hope we stay in touch.",
    ):
        assert words in full.body


def test_feedback_is_left_out_when_the_text_is_blank():
    message = compose(request_for(include_feedback=True, feedback=" \n "), hand_catalog())
    assert "feedback" not in message.sections
    assert "one observation" not in message.body


def test_stay_in_touch_uses_the_link_when_given():
    message = compose(
        request_for(include_stay_in_touch=True, stay_in_touch_link="https://linkedin.com/in/alex"),
        hand_catalog(),
    )
    assert "I hope we stay in touch: https://linkedin.com/in/alex" in message.body
    assert "stay_in_touch_link" in message.sections


def test_sender_contact_goes_on_its_own_line_under_the_signature():
    message = compose(request_for(sender_contact="+33 6 12 34 56 78"), hand_catalog())
    assert message.body.endswith("Kind regards,\nAlex Martin\n+33 6 12 34 56 78")


# --------------------------------------------------------------------------
# Text message
# --------------------------------------------------------------------------


def test_sms_is_one_paragraph_with_its_segment_count():
    message = compose(request_for(channel="sms"), hand_catalog())
    assert "\n" not in message.body
    # The greeting runs on: the next block's first word loses its capital.
    assert message.body.startswith("Dear Dana Smith, thank you for inviting me")
    assert message.body.endswith("- Alex Martin")
    assert "I hope you are well." not in message.body  # no courtesy by text
    assert message.sms == sms_info(message.body)
    assert message.sms.encoding == "GSM-7"
    assert message.subject == ""


@pytest.mark.parametrize(
    ("language", "gratitude", "expected"),
    [
        ("en", "I thank you for {position}.", "Dear Dana Smith, I thank you for Data analyst."),
        ("en", "LinkedIn told me.", "Dear Dana Smith, LinkedIn told me."),
        ("en", "{company} was kind.", "Dear Dana Smith, Acme was kind."),
        (
            "fr",
            "J’ai bien reçu votre invitation.",
            "Dear Dana Smith, j'ai bien reçu votre invitation.",
        ),
    ],
)
def test_sms_greeting_running_on_keeps_capitals_that_matter(language, gratitude, expected):
    blocks = hand_blocks()
    blocks[(K.GREETING_NAMED, language, "sms", "", "", "")] = "Dear {contact_name},"
    blocks[(K.GRATITUDE, language, "sms", "", "", "")] = gratitude
    message = compose(request_for(language=language, channel="sms"), Catalog(blocks=blocks))
    assert message.body.startswith(expected)


def test_sms_carries_the_contact_line_only_while_it_stays_within_two_segments():
    brief = {"channel": "sms", "reason_detail": ReasonDetail.NONE, "include_door_open": False}
    short = compose(request_for(**brief, sender_contact="alex@example.com"), hand_catalog())
    assert short.body.endswith("- Alex Martin\nalex@example.com")
    assert short.sms.segments == 2
    long_contact = "alex.martin.portfolio@example.com " * 5
    long = compose(request_for(**brief, sender_contact=long_contact), hand_catalog())
    assert "portfolio" not in long.body
    assert long.body.endswith("- Alex Martin")


def test_french_sms_keeps_plain_spaces_and_apostrophes():
    message = compose(request_for(language="fr", channel="sms"), hand_catalog())
    assert NBSP not in message.body and NNBSP not in message.body
    assert "’" not in message.body and "«" not in message.body and "–" not in message.body
    assert (
        'Bonjour Dana Smith ! Merci pour l\'invitation "Data analyst" chez Acme : vraiment !'
        in (message.body)
    )
    # Reminders are advice shown on screen, not sent: they keep French typography.
    assert message.reminders[0] == f"Préparez vos points{NBSP}: gratitude, décision"


# --------------------------------------------------------------------------
# Phone and in person
# --------------------------------------------------------------------------


def test_phone_script_points_replies_and_call_time():
    message = compose(
        request_for(channel="phone", include_door_open=True, include_apology=True),
        hand_catalog(),
    )
    assert message.is_spoken and message.subject == ""
    assert message.body.startswith(
        "Hello Dana Smith, this is Alex Martin. Do you have two minutes?\n\n"
    )
    assert "Kind regards" not in message.body  # no signature when speaking
    assert message.points == (
        "Thank them",
        "State the decision",
        "One-sentence reason",
        "Apologise once",
        "Leave the door open",
        "Close warmly",
    )
    assert [r.reaction for r in message.replies] == ["positive", "disappointed", "why"]
    assert message.replies[2].text == "It comes down to timing; it is not about Acme."
    assert message.call_time == "Call between 10 a.m. and noon."
    assert message.sms is None
    assert as_text(message) == message.body


def test_in_person_has_no_call_time():
    message = compose(request_for(channel="in_person"), hand_catalog())
    assert message.call_time == ""
    assert message.points and message.replies


# --------------------------------------------------------------------------
# French typography
# --------------------------------------------------------------------------


def test_french_email_gets_typography_in_blocks_but_user_text_stays_as_typed():
    message = compose(
        request_for(
            language="fr",
            company="Acme ; SA !",
            include_stay_in_touch=True,
            reason_detail=ReasonDetail.SPECIFIC,
            reasons=(ReasonKey.OTHER,),
            custom_reason="raison : personnelle",
        ),
        hand_catalog(),
    )
    assert f"compréhension{NNBSP}; belle journée{NNBSP}!" in message.body
    assert f"Restons en contact{NNBSP}!" in message.body
    assert f"Ma raison est simple{NBSP}: raison : personnelle." in message.body
    # A value that ends a sentence does not get a second full stop from the block.
    assert "chez Acme ; SA ! " in message.body


def test_english_gets_no_french_typography():
    blocks = hand_blocks()
    blocks[(K.CLOSING, "en", "", "", "", "")] = "Thank you ; really !"
    message = compose(request_for(), Catalog(blocks=blocks))
    assert "Thank you ; really !" in message.body
    assert NBSP not in message.body and NNBSP not in message.body


# --------------------------------------------------------------------------
# User input is plain text
# --------------------------------------------------------------------------

_PAYLOADS = ("<script>alert(1)</script>", "{{ 7*7 }}", "{company}", "%(x)s", "{% debug %}")
_USER_FIELDS = (
    "company",
    "position",
    "contact_name",
    "sender_name",
    "sender_contact",
    "interview_date",
    "custom_reason",
    "stay_in_touch_link",
    "feedback",
)


@pytest.mark.parametrize("payload", _PAYLOADS)
@pytest.mark.parametrize("channel", Channel.values)
def test_payloads_in_every_user_field_come_out_literally(payload, channel):
    blocks = hand_blocks()
    # Make every user field appear somewhere in the message.
    blocks[(K.COURTESY, "en", "", "", "", "")] = (
        "Contact: {sender_contact}. Date: {interview_date}."
    )
    blocks[(K.GRATITUDE, "en", "", "", "", "")] = (
        "Thanks, {contact_name}, for the {position} role at {company}; "
        "I am {sender_name}, {sender_contact}, {interview_date}."
    )
    request = request_for(
        channel=channel,
        **{name: f"{name} {payload}" for name in _USER_FIELDS},
        reason_detail=ReasonDetail.SPECIFIC,
        reasons=(ReasonKey.OTHER,),
        include_stay_in_touch=True,
        include_feedback=True,
        subject=f"subject {payload}",
    )
    message = compose(request, Catalog(blocks=blocks))
    text = message.subject + "\n" + message.body
    for name in _USER_FIELDS:
        assert f"{name} {payload}" in text, name
    if channel == Channel.EMAIL:
        assert message.subject == f"subject {payload}"
    assert "49" not in text  # nothing evaluated {{ 7*7 }}
    assert "Acme" not in text  # {company} typed by the user was not substituted


def test_control_characters_are_removed_and_single_lines_collapsed():
    message = compose(
        request_for(
            company="Ac\x00me\x07  \t Corp\x1b",
            contact_name="Dana\r\nSmith",
            include_feedback=True,
            feedback="Line one\x0b\r\n\r\n\r\n\r\nLine\ttwo\x85",
        ),
        hand_catalog(),
    )
    assert "at Acme Corp." in message.body
    assert "Dear Dana Smith," in message.body
    assert "line one\n\nLine\ttwo" in message.body  # continues the sentence after ":"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", message.body)


# --------------------------------------------------------------------------
# Helpers for the wizard
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "reasons", "expected"),
    [
        (Stage.ACCEPTED, (ReasonKey.ANOTHER_OFFER, ReasonKey.PERSONAL), ScenarioKey.ACCEPTED),
        (Stage.SEVERAL, (ReasonKey.BETTER_OFFER,), ScenarioKey.AFTER_INTERVIEWS),
        (Stage.OFFER, (), ScenarioKey.OFFER),
        (Stage.INVITATION, (ReasonKey.LOCATION, ReasonKey.ANOTHER_OFFER), ScenarioKey.BETTER_OFFER),
        (Stage.INVITATION, (ReasonKey.BETTER_OFFER, ReasonKey.PERSONAL), ScenarioKey.BETTER_OFFER),
        (Stage.INVITATION, (ReasonKey.PERSONAL,), ScenarioKey.PERSONAL),
        (Stage.INVITATION, (ReasonKey.CULTURE,), ScenarioKey.EARLY),
        (Stage.INVITATION, (), ScenarioKey.EARLY),
    ],
)
def test_scenario_for_the_wizard_answers(stage, reasons, expected):
    assert scenario_for(stage, reasons) == expected


def test_full_text_starts_with_the_subject_line_in_the_message_language():
    english = compose(request_for(), hand_catalog())
    assert english.full_text == f"Subject: {english.subject}\n\n{english.body}"
    french = compose(request_for(language="fr"), hand_catalog())
    assert french.full_text.startswith(f"Objet{NBSP}: Entretien pour le poste de Data analyst\n\n")
    assert as_text(french) == french.full_text


# --------------------------------------------------------------------------
# The real seed content, every combination
# --------------------------------------------------------------------------

_GRATITUDE_WORDS = {
    "en": ("thank", "grateful", "appreciat"),
    "fr": ("merci", "remerci", "reconnaissant", "gratitude"),
}
_DECISION_RE = {
    "en": re.compile(r"declin|withdraw|not (?:to )?(?:pursue|proceed|move forward)", re.I),
    "fr": re.compile(r"déclin|retir|renonc|annul|ne pas donner suite|ne pas poursuivre", re.I),
}
_FR_PLAIN_SPACE_BEFORE = re.compile(r" [;:!?]|« | »")


def _all_requests():
    for language, channel, tone, scenario, length, contact in itertools.product(
        ("fr", "en"),
        Channel.values,
        Tone.values,
        ScenarioKey.values,
        Length.values,
        ("Camille Durand", ""),
    ):
        yield MessageRequest(
            language=language,
            channel=channel,
            company="Nordlys",
            position="Product designer",
            scenario=scenario,
            tone=tone,
            length=length,
            contact_name=contact,
            sender_name="Alex Martin",
            sender_contact="alex@example.com",
            interview_date=interview_date_text(dt.date(2026, 3, 3), language),
            include_apology=scenario == ScenarioKey.ACCEPTED,
            include_door_open=True,
            include_stay_in_touch=length == Length.STANDARD,
            stay_in_touch_link="https://www.linkedin.com/in/alex" if contact else "",
            include_feedback=scenario == ScenarioKey.AFTER_INTERVIEWS,
            feedback="the exchanges were clear and friendly",
            reason_detail=(ReasonDetail.GENERAL if contact else ReasonDetail.SPECIFIC),
            reasons=(ReasonKey.CAREER_GOALS,),
        )


def test_every_combination_of_the_seed_content_makes_a_complete_message(catalog):
    count = 0
    for request in _all_requests():
        message = compose(request, catalog)
        label = f"{request.language}/{request.channel}/{request.tone}/{request.scenario}/"
        label += f"{request.length}/{'named' if request.contact_name else 'team'}"
        text = message.subject + "\n" + message.body
        low = text.casefold()
        if request.channel != Channel.SMS:  # a text message has no room for the company
            assert "Nordlys" in text, label
        assert "Product designer" in text, label
        assert any(w in low for w in _GRATITUDE_WORDS[request.language]), label
        assert _DECISION_RE[request.language].search(text), label
        if request.channel in (Channel.EMAIL, Channel.SMS):
            assert "Alex Martin" in message.body, label
        directions = r"\[(À l’accueil|Une fois en ligne|At reception|Once connected)\]"
        leftover = LEFTOVER_RE.search(re.sub(directions, "", text))
        assert not leftover, (label, leftover)
        assert "None" not in text, label
        assert " ," not in text and ",," not in text and ".." not in text, label
        if request.channel == Channel.EMAIL:
            assert message.subject, label
        else:
            assert not message.subject, label
        if request.channel == Channel.SMS:
            assert message.sms == sms_info(message.body), label
            # A profile link or feedback is the user's own text, of any length:
            # the seed content can only promise two segments without them.
            link = request.include_stay_in_touch and request.stay_in_touch_link
            if not link and not request.include_feedback:
                assert message.sms.segments <= 2, (label, message.sms)
        if message.is_spoken:
            assert len(message.points) >= 3 and len(message.replies) == 4, label
            assert bool(message.call_time) == (request.channel == Channel.PHONE), label
        assert message.reminders, label
        if request.language == "fr":
            if request.channel == Channel.SMS:
                for char in (NBSP, NNBSP, "’"):
                    assert char not in message.body, (label, char)
            else:
                assert not _FR_PLAIN_SPACE_BEFORE.search(text), (
                    label,
                    _FR_PLAIN_SPACE_BEFORE.search(text),
                )
        count += 1
    assert count == 2 * 4 * 2 * len(ScenarioKey.values) * 2 * 2


def test_french_seed_email_uses_no_break_spaces(catalog):
    message = compose(
        MessageRequest(
            language="fr",
            channel="email",
            company="Nordlys",
            position="Product designer",
            scenario=ScenarioKey.EARLY,
            sender_name="Alex Martin",
            include_stay_in_touch=True,
            stay_in_touch_link="https://www.linkedin.com/in/alex",
        ),
        catalog,
    )
    assert f"Objet{NBSP}:" in message.full_text
    assert NBSP in message.body or NNBSP in message.body
