"""The preview's "Download PDF" button in real Chromium delivers the PDF of
what is on screen."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from pypdf import PdfReader

from messages_app import wizard

pytestmark = pytest.mark.browser

ANSWERS: dict[str, Any] = {
    **wizard.ANSWER_DEFAULTS,
    "company": "Brasserie Lumière",
    "position": "Responsable des ventes",
    "contact_name": "Claire Dubois",
    "invitation_channel": "phone",
    "stage": "invitation",
    "rapport": "strong",
    "message_language": "fr",
    "sender_name": "Jules Martin",
    "sender_contact": "jules.martin@example.org",
    "reasons": ["another_offer"],
    "basis": "facts",
    "researched": "yes",
    "certainty": "sure",
    "channel": "phone",
    "reason_detail": "general",
    "include_door_open": True,
}


def open_preview(page, live_server, answers: dict[str, Any]) -> None:
    """A browser session whose wizard already holds complete answers."""
    session = SessionStore()
    request = RequestFactory().get("/")
    request.session = session
    wizard.restore_wizard(request, answers)
    session.save()
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session.session_key,
                "url": live_server.url,
            }
        ]
    )
    page.goto("/write/preview/")


def download_pdf(page, tmp_path: Path) -> tuple[str, PdfReader, str]:
    with page.expect_download() as info:
        page.get_by_role("button", name=re.compile("PDF")).click()
    download = info.value
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    reader = PdfReader(target)
    text = "\n".join(p.extract_text() for p in reader.pages)
    return download.suggested_filename, reader, re.sub(r"\s+", " ", text)


def test_download_pdf_delivers_the_edited_call_script(page_factory, live_server, tmp_path):
    page = page_factory("fr-FR", accept_downloads=True)
    open_preview(page, live_server, ANSWERS)
    edited = "Bonjour Claire, ici Jules : je préfère vous le dire de vive voix, merci."
    page.fill("#id_body", edited)
    page.select_option("#id_paper", "letter")

    filename, reader, text = download_pdf(page, tmp_path)

    assert filename == "decline-brasserie-lumiere-phone.pdf"
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == 792  # US Letter
    assert edited in text
    assert "Brasserie Lumière" in text
    assert page.url.endswith("/write/preview/")  # the preview stays open
    assert page_factory.problems == []


def test_download_pdf_of_an_english_email(page_factory, live_server, tmp_path):
    page = page_factory("en-GB", accept_downloads=True)
    answers = {
        **ANSWERS,
        "company": "Northwind Traders",
        "position": "Sales Manager",
        "message_language": "en",
        "channel": "email",
        "invitation_channel": "email",
    }
    open_preview(page, live_server, answers)
    page.fill("#id_subject", "About the Sales Manager interview")

    filename, reader, text = download_pdf(page, tmp_path)

    assert filename == "decline-northwind-traders-email.pdf"
    assert "Subject: About the Sales Manager interview" in text
    assert page.input_value("#id_body").split("\n")[0].strip() in text
    assert reader.attachments == {}
    assert page_factory.problems == []
