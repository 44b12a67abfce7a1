"""Plain text rules: cleaning typed values, and French typography."""

from __future__ import annotations

from messages_app.choices import BlockKind
from messages_app.content import BLOCKS
from messages_app.text import NBSP, NNBSP, clean_line, clean_text, french_typography


def test_french_typography_spaces():
    assert french_typography("Merci ; vraiment ! Pourquoi ? Voici : ceci") == (
        f"Merci{NNBSP}; vraiment{NNBSP}! Pourquoi{NNBSP}? Voici{NBSP}: ceci"
    )
    # Added where none was typed after a word; a time keeps its colon.
    assert french_typography("Merci!Oui? Non; à 10:30") == (
        f"Merci{NNBSP}!Oui{NNBSP}? Non{NNBSP}; à 10:30"
    )
    assert french_typography("« {position} »  et «poste»") == (
        f"«{NBSP}{{position}}{NBSP}»  et «{NBSP}poste{NBSP}»"
    )
    assert french_typography("Bonjour !", plain=True) == "Bonjour !"
    assert french_typography("Bonjour! l’offre « x »", plain=True) == 'Bonjour ! l\'offre "x"'


def test_french_typography_replaces_a_typed_space_and_leaves_times_alone():
    assert french_typography(f"Oui\u2009! Non{NBSP}; voici :") == (
        f"Oui{NNBSP}! Non{NNBSP}; voici{NBSP}:"
    )
    assert french_typography("à 10:30 ou 14:00") == "à 10:30 ou 14:00"
    assert french_typography("! en tête") == "! en tête"


def test_french_typography_is_idempotent():
    text = "Pourquoi ? Voici : « ceci » ; merci !"
    once = french_typography(text)
    assert french_typography(once) == once


def test_shipped_french_hints_are_stored_with_french_spacing():
    texts = [b.text for b in BLOCKS if b.kind == BlockKind.REASON_HINT and b.language == "fr"]
    spaced = [t for t in texts if any(c in t for c in ";:!?«»")]
    assert spaced
    for text in spaced:
        assert french_typography(text) == text
        assert " :" not in text and " ?" not in text and "« " not in text


def test_clean_line_removes_control_characters_and_collapses_spaces():
    assert clean_line("  Ac\x00me\x07 \t Corp\r\nSA\x85 ") == "Acme Corp SA"
    assert clean_line(None) == ""


def test_clean_text_keeps_line_breaks_and_one_blank_line():
    assert clean_text("one  \r\n\r\n\r\n\rtwo\tthree\x0b") == "one\n\ntwo\tthree"
