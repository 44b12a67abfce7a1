"""How the contact is addressed: typed titles understood, the mode chosen."""

from __future__ import annotations

import pytest

from messages_app.addressing import FIRST_NAME, NAMED, TEAM, TITLED, addressing, split_title
from messages_app.choices import BlockKind, Civility


@pytest.mark.parametrize(
    ("typed", "civility", "name"),
    [
        ("Mme Lefèvre", Civility.MS, "Lefèvre"),
        ("Mme. Lefèvre", Civility.MS, "Lefèvre"),
        ("Madame Hélène Lefèvre", Civility.MS, "Hélène Lefèvre"),
        ("Mlle Roux", Civility.MS, "Roux"),
        ("M. Dubois", Civility.MR, "Dubois"),
        ("Monsieur Dubois", Civility.MR, "Dubois"),
        ("Mr Smith", Civility.MR, "Smith"),
        ("Mrs Carter", "mrs", "Carter"),
        ("Ms Carter", Civility.MS, "Carter"),
        ("Miss Carter", "miss", "Carter"),
        ("Dr Patel", "dr", "Patel"),
        ("Sarah Johnson", "", "Sarah Johnson"),
        ("Lefèvre", "", "Lefèvre"),
        ("Madame", "", "Madame"),
        ("Mathieu Martin", "", "Mathieu Martin"),  # "Ma…" is not a title
    ],
)
def test_typed_titles_are_understood(typed, civility, name):
    assert split_title(typed) == (civility, name)


def test_french_titled_contact_is_madame_in_full_with_the_formula_appel():
    address = addressing(
        name="Mme Lefèvre", civility=Civility.NONE, first_name_terms=False, language="fr"
    )

    assert address.mode == TITLED
    assert (address.civility, address.surname, address.appellation) == (
        "Madame",
        "Lefèvre",
        "Madame",
    )
    assert address.greeting_kind == BlockKind.GREETING_TITLED
    assert address.signature_kind == BlockKind.SIGNATURE


def test_the_civility_chosen_in_the_form_wins_over_a_typed_one():
    address = addressing(
        name="M. Dubois", civility=Civility.MS, first_name_terms=False, language="en"
    )

    assert (address.mode, address.civility, address.surname) == (TITLED, "Ms", "Dubois")


def test_first_name_terms_greet_by_first_name_and_close_by_name():
    address = addressing(
        name="Sarah Carter", civility=Civility.MS, first_name_terms=True, language="en"
    )

    assert (address.mode, address.first_name) == (FIRST_NAME, "Sarah")
    assert address.signature_kind == BlockKind.SIGNATURE_NAMED


def test_first_name_terms_without_a_first_name_fall_back_to_the_title():
    address = addressing(name="Carter", civility=Civility.MS, first_name_terms=True, language="en")

    assert address.mode == TITLED


def test_a_name_without_title_is_greeted_in_full():
    address = addressing(
        name="Sarah Johnson", civility=Civility.NONE, first_name_terms=False, language="en"
    )

    assert (address.mode, address.contact_name) == (NAMED, "Sarah Johnson")
    assert address.signature_kind == BlockKind.SIGNATURE_NAMED


@pytest.mark.parametrize(("language", "appellation"), [("fr", "Madame, Monsieur"), ("en", "")])
def test_no_contact_greets_the_team(language, appellation):
    address = addressing(name="  ", civility=Civility.MR, first_name_terms=True, language=language)

    assert (address.mode, address.appellation) == (TEAM, appellation)
    assert address.signature_kind == BlockKind.SIGNATURE


def test_doctor_is_kept_in_english_and_not_used_in_a_french_salutation():
    english = addressing(name="Dr Patel", civility="", first_name_terms=False, language="en")
    french = addressing(name="Dr Patel", civility="", first_name_terms=False, language="fr")

    assert (english.mode, english.civility) == (TITLED, "Dr")
    assert french.mode == TEAM  # "Bonjour Patel," would be rude


def test_a_lone_surname_without_title_is_not_greeted_bare():
    address = addressing(
        name="Lefèvre", civility=Civility.NONE, first_name_terms=False, language="fr"
    )

    assert (address.mode, address.appellation) == (TEAM, "Madame, Monsieur")


@pytest.mark.parametrize(("language", "word"), [("en", "Mrs"), ("fr", "Madame")])
def test_a_typed_mrs_is_kept_in_english_and_madame_in_french(language, word):
    address = addressing(
        name="Mrs Carter", civility=Civility.MS, first_name_terms=False, language=language
    )

    assert (address.mode, address.civility, address.surname) == (TITLED, word, "Carter")
