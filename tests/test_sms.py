"""Text messages: the GSM-7 / UCS-2 encoding and the segment count."""

from __future__ import annotations

import pytest

from messages_app.sms import gsm_equivalent, sms_info, sms_plain


@pytest.mark.parametrize(
    ("text", "encoding", "characters", "segments", "per_segment"),
    [
        ("", "GSM-7", 0, 0, 160),
        ("a" * 160, "GSM-7", 160, 1, 160),
        ("a" * 161, "GSM-7", 161, 2, 153),
        ("a" * 306, "GSM-7", 306, 2, 153),
        ("a" * 307, "GSM-7", 307, 3, 153),
        ("ê" * 70, "UCS-2", 70, 1, 70),
        ("ê" * 71, "UCS-2", 71, 2, 67),
        ("ê" * 134, "UCS-2", 134, 2, 67),
        ("ê" * 135, "UCS-2", 135, 3, 67),
        ("é" * 160, "GSM-7", 160, 1, 160),
        ("€" * 80, "GSM-7", 160, 1, 160),
        ("€" * 81, "GSM-7", 162, 2, 153),
        ("😀" * 35, "UCS-2", 70, 1, 70),
        ("😀" * 36, "UCS-2", 72, 2, 67),
    ],
)
def test_sms_segments(text, encoding, characters, segments, per_segment):
    info = sms_info(text)
    assert (info.characters, info.encoding, info.segments, info.per_segment) == (
        characters,
        encoding,
        segments,
        per_segment,
    )


def test_sms_alphabet_table():
    for char in "éèùìòàÄÖÑÜ§¿äöñüÇÉ@£$¥_!?'\"":
        assert sms_info(char * 100).encoding == "GSM-7", char
    for char in "êâîôûëïœçÀ’«»–…":
        assert sms_info(f"hello {char}").encoding == "UCS-2", char
    for char in "^{}\\[]~|€":
        assert sms_info(char).characters == 2, char


def test_an_extension_character_never_straddles_two_segments():
    # 152 plain characters then "€": the escape pair does not fit in segment one.
    info = sms_info("a" * 152 + "€" + "a" * 153)
    assert info.characters == 307
    assert info.segments == 3


def test_characters_outside_the_gsm_alphabet_are_named_with_their_word():
    info = sms_info("Merci Jérôme, à bientôt ; ça marche.")
    assert info.encoding == "UCS-2"
    assert info.wide_characters == (("ô", "Jérôme"), ("ç", "ça"))
    assert sms_info("Merci Jerome").wide_characters == ()


def test_sms_plain_uses_gsm_quotes_dashes_and_spaces():
    assert (
        sms_plain("l\u2019offre \u201cX\u201d \u2013 oui\u2026\u00a0!") == 'l\'offre "X" - oui... !'
    )


def test_gsm_equivalent_brings_a_french_text_back_to_160_characters_a_segment():
    text = "Ça a été un plaisir, Jérôme : « bonne fête » à l\u2019équipe, sœur comprise."
    assert sms_info(text).encoding == "UCS-2"
    plain = gsm_equivalent(text)
    # Ç is in the GSM alphabet; guillemets become straight quotes, spaces kept.
    assert plain == 'Ça a été un plaisir, Jérome : " bonne fete " à l\'équipe, soeur comprise.'
    assert sms_info(plain).encoding == "GSM-7"
