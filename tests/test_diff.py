"""Word-level differences between two texts (messages_app/diff.py)."""

from __future__ import annotations

from django.utils import translation

from messages_app.diff import Part, diff_html, has_changes, word_diff

NBSP = "\u00a0"


def test_a_changed_word_is_removed_then_added_and_the_rest_is_unchanged():
    assert word_diff("I will not attend.", "I will not come.") == (
        Part("same", "I will not "),
        Part("removed", "attend"),
        Part("added", "come"),
        Part("same", "."),
    )


def test_identical_texts_have_no_change():
    parts = word_diff("Merci pour votre invitation.", "Merci pour votre invitation.")
    assert parts == (Part("same", "Merci pour votre invitation."),)
    assert not has_changes(parts)


def test_french_words_keep_their_accents_apostrophes_and_hyphens_whole():
    parts = word_diff(
        "Il m’est apparu que l’entretien de mardi prochain ne correspond pas, peut-être.",
        "Il m’est apparu que l’offre de mardi prochain ne correspondait pas, peut-être.",
    )
    removed = [part.text for part in parts if part.kind == "removed"]
    added = [part.text for part in parts if part.kind == "added"]
    assert removed == ["l’entretien", "correspond"]
    assert added == ["l’offre", "correspondait"]
    assert Part("same", " pas, peut-être.") in parts


def test_punctuation_is_compared_on_its_own():
    parts = word_diff(f"Merci{NBSP}! À bientôt.", f"Merci{NBSP}? À bientôt.")
    assert [part for part in parts if part.kind != "same"] == [
        Part("removed", "!"),
        Part("added", "?"),
    ]


def test_a_rewrite_reads_as_whole_phrases_not_scattered_words():
    parts = word_diff(
        "Thank you so much for the call. I must decline.",
        "I hope you are well. Thank you for your message and the call.",
    )
    changed = [part for part in parts if part.kind != "same"]
    assert len(changed) <= 4, changed  # not a mark on every other word


def test_a_replaced_phrase_reads_as_one_change_not_word_by_word():
    parts = word_diff("Thank you for the kind offer today.", "Thank you for your time today.")
    assert parts == (
        Part("same", "Thank you for "),
        Part("removed", "the kind offer"),
        Part("added", "your time"),
        Part("same", " today."),
    )


def test_a_difference_in_spacing_alone_is_not_marked():
    parts = word_diff("Bonjour,\nMerci.", "Bonjour,\n\nMerci.")
    assert not has_changes(parts)
    assert "".join(part.text for part in parts) == "Bonjour,\n\nMerci."


def test_an_added_paragraph_is_one_addition():
    old = "Dear Ms Martin,\n\nThank you.\n\nBest regards"
    new = "Dear Ms Martin,\n\nThank you.\n\nI wish you every success.\n\nBest regards"
    added = [part.text for part in word_diff(old, new) if part.kind == "added"]
    assert [text.strip() for text in added] == ["I wish you every success."]


def test_the_html_marks_changes_with_del_and_ins_and_labels_for_screen_readers():
    with translation.override("en"):
        html = diff_html("I will not attend.", "I will not come.")
    assert html.startswith("I will not ")
    assert '<del class="diff-removed"><span class="visually-hidden">Removed: </span>attend' in html
    assert '<ins class="diff-added"><span class="visually-hidden">Added: </span>come' in html
    assert html.count('<span class="visually-hidden"> (end)</span>') == 2


def test_the_screen_reader_labels_follow_the_interface_language():
    with translation.override("fr"):
        html = diff_html("Je viendrai.", "Je ne viendrai pas.")
    assert f'<span class="visually-hidden">Ajouté{NBSP}: </span>ne' in html
    assert '<span class="visually-hidden"> (fin)</span>' in html


def test_the_html_escapes_every_text_typed():
    html = diff_html('<script>alert("x")</script> & co', '<script>alert("x")</script> & co <b>')
    assert html.startswith("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co")
    assert "</span> &lt;b&gt;<span" in html  # the addition, escaped too
    assert "<script>" not in html and "<b>" not in html


def test_template_syntax_is_shown_literally():
    assert "{{ 7*7 }}" in diff_html("Merci.", "Merci. {{ 7*7 }} {% debug %}")


def test_a_long_message_rewritten_throughout_is_still_compared():
    old = " ".join(f"Phrase numéro {n}, écrite à la main." for n in range(300))
    new = old.replace("à la main", "par l’assistant")
    parts = word_diff(old, new)
    assert "".join(part.text for part in parts if part.kind != "added") == old
    assert "".join(part.text for part in parts if part.kind != "removed") == new
