"""Each history row shows the first words of its message, cut on a word."""

from __future__ import annotations

import pytest
from django.urls import reverse

from messages_app.selectors import snippet
from tests.factories import DraftFactory

LONG = (
    "Dear Ms Carter,\n\nThank you for considering my application for the Communications "
    "Officer position at Atelier Dupré & Fils. After careful thought, I have decided."
)


def test_a_history_row_shows_the_start_of_its_message(alice_client, alice):
    DraftFactory.create(owner=alice, body=LONG, company="Atelier Dupré & Fils")
    page = alice_client.get(reverse("messages_app:history")).text
    shown = snippet(LONG)
    assert shown.startswith("Dear Ms Carter, Thank you for considering")
    assert f'<p class="history-snippet small mb-0">{shown.replace("&", "&amp;")}</p>' in page
    assert "After careful thought" not in page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Short message.", "Short message."),
        ("Line one\n\nline two", "Line one line two"),
        ("word " * 30, ("word " * 20).strip() + "…"),
        ("x" * 150, "x" * 100 + "…"),
        ("Hello, " + "a" * 95 + " tail", "Hello…"),
    ],
)
def test_the_snippet_is_cut_at_the_end_of_a_word(text, expected):
    assert snippet(text) == expected
    assert len(snippet(text)) <= 101
