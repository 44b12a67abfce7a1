"""A saved request for information or for another date says so in the history."""

from __future__ import annotations

import pytest
from django.urls import reverse

from messages_app import services
from tests.factories import wizard_answers

pytestmark = pytest.mark.django_db


def test_the_history_row_names_a_request_but_not_a_decline(alice_client, alice):
    for purpose, company in (
        ("ask_info", "Initech"),
        ("reschedule", "Globex"),
        ("decline", "Acme"),
    ):
        services.draft_save(
            owner=alice,
            answers=wizard_answers(company=company, certainty="unsure", purpose=purpose),
            subject="S",
            body="Text",
            submission_id=f"00000000-0000-4000-8000-00000000000{len(company)}",
        )
    html = alice_client.get(reverse("messages_app:history")).text
    assert html.count('class="badge text-bg-info purpose-badge"') == 2
    assert "Asking for information" in html
    assert "Another date" in html
