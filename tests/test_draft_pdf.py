"""A saved draft as a PDF."""

from __future__ import annotations

import io

from django.urls import reverse
from pypdf import PdfReader

from tests.factories import DraftFactory


def test_pdf_of_a_saved_draft_shows_the_saved_text(alice_client, alice, seeded):
    draft = DraftFactory(
        owner=alice, company="Acme Robotics", body="My edited text, exactly as saved."
    )
    response = alice_client.get(reverse("messages_app:draft_pdf", args=[draft.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "My edited text, exactly as saved." in text
    assert "Acme Robotics" in text
