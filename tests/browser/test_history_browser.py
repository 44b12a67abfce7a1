"""The whole history journey in real Chromium: draft anonymously, save, sign
up, come back to the saved preview, then history, edit, duplicate, delete."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from messages_app.models import Draft
from tests.browser.test_wizard_browser import choose

pytestmark = pytest.mark.browser

PASSWORD = "a-long-and-unusual-passphrase-31"


def next_step(page, expected_path: str) -> None:
    page.locator(".wizard-nav button.btn-primary").click()
    page.wait_for_url(re.compile(re.escape(expected_path) + "$"))


def edit_preview_text(page, text: str) -> None:
    """Type in the preview and let its autosave finish (as a person who reads
    what they typed before clicking would)."""
    with page.expect_response(
        lambda r: r.url.endswith("/write/preview/") and r.request.method == "POST"
    ):
        page.fill("#id_body", text)


def walk_to_preview(page) -> None:
    page.fill("#id_situation-company", "Northwind Traders")
    page.fill("#id_situation-position", "Product Designer")
    page.check("input[name='situation-invitation_channel'][value='email']")
    page.check("input[name='situation-stage'][value='invitation']")
    page.check("input[name='situation-rapport'][value='some']")
    page.check("input[name='situation-message_language'][value='en']")
    page.fill("#id_situation-sender_name", "Alex Kim")
    next_step(page, "/write/assessment/")
    page.check("input[name='assessment-reasons'][value='another_offer']")
    choose(page, "input[name='assessment-certainty'][value='sure']")
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")


def test_draft_anonymously_sign_up_and_manage_the_history(page_factory):
    page = page_factory("en-GB", clipboard=True)
    page.goto("/write/")
    assert page.locator("html").get_attribute("lang") == "en"
    walk_to_preview(page)

    # Anonymous: edit the message, then save.
    edited = page.input_value("#id_body") + "\n\nWith my best wishes for the search."
    edit_preview_text(page, edited)
    page.get_by_role("button", name="Save to my history").click()
    # Sign-up first, on one page that also leads to the login; the save
    # happens with the signup.
    page.wait_for_url(re.compile(r"/accounts/signup/\?next="))
    assert page.get_by_role("heading", name="Save your draft").count() == 1
    assert page.get_by_role("link", name="Log in and save").count() == 1
    page.fill("#id_email", "alex@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.get_by_role("button", name="Create my account").click()

    # The emailed code, typed in the same tab.
    page.wait_for_url(re.compile(r"/accounts/confirm-email/"))
    code = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", mail.outbox[-1].body, re.M).group(1)
    page.fill("input[name='code']", code)
    page.get_by_role("button", name="Confirm").click()

    # Back on the same preview, everything intact, the draft saved.
    page.wait_for_url(re.compile("/write/preview/$"))
    assert page.locator(".messages .alert").all_inner_texts() == ["Draft saved.\nSee my history"]
    assert page.input_value("#id_body").replace("\r\n", "\n") == edited
    assert page.get_by_role("button", name="Update my saved draft").count() == 1
    (draft,) = Draft.objects.all()
    assert draft.owner.email == "alex@example.org"
    assert draft.body == edited

    # History: one draft; open it, copy it.
    page.get_by_role("link", name="My history", exact=True).click()
    page.wait_for_url(re.compile("/history/$"))
    assert page.locator(".history-row").count() == 1
    page.get_by_role("link", name="Product Designer").click()
    page.wait_for_url(re.compile(r"/history/\d+/$"))
    assert "With my best wishes for the search." in page.inner_text("#draft-message")
    page.get_by_role("button", name="Copy and reply in the thread").click()
    expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(draft.subject)
    assert copied.rstrip().endswith("With my best wishes for the search.")

    # Edit through the wizard: every answer is back; saving updates this draft.
    page.get_by_role("button", name="Edit in the wizard").click()
    page.wait_for_url(re.compile("/write/situation/$"))
    assert page.input_value("#id_situation-company") == "Northwind Traders"
    assert page.input_value("#id_situation-sender_name") == "Alex Kim"
    page.goto("/write/preview/")
    assert page.input_value("#id_body").replace("\r\n", "\n") == edited
    edit_preview_text(page, edited + "\nP.S. Edited later.")
    page.get_by_role("button", name="Update my saved draft").click()
    page.wait_for_url(re.compile("/write/preview/$"))
    assert "Your changes are saved." in page.inner_text("main")
    draft.refresh_from_db()
    assert draft.version == 2
    assert draft.body.endswith("P.S. Edited later.")
    assert Draft.objects.count() == 1

    # Duplicate for another company: a new draft, the original untouched.
    page.goto(f"/history/{draft.pk}/")
    page.get_by_role("button", name="Duplicate for another company").click()
    page.wait_for_url(re.compile("/write/situation/$"))
    # The answers about the person stay; those about the other company are cleared.
    assert page.input_value("#id_situation-sender_name") == "Alex Kim"
    assert page.input_value("#id_situation-company") == ""
    page.fill("#id_situation-company", "Contoso")
    page.fill("#id_situation-position", "Product Designer")
    page.check("input[name='situation-invitation_channel'][value='email']")
    page.check("input[name='situation-stage'][value='invitation']")
    page.check("input[name='situation-rapport'][value='some']")
    next_step(page, "/write/assessment/")
    assert page.is_checked("input[name='assessment-reasons'][value='another_offer']")
    choose(page, "input[name='assessment-certainty'][value='sure']")
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")
    assert "Contoso" in page.input_value("#id_body")
    page.get_by_role("button", name="Save to my history").click()
    page.wait_for_url(re.compile("/write/preview/$"))
    assert "Draft saved." in page.inner_text("main")
    assert Draft.objects.count() == 2
    draft.refresh_from_db()
    assert draft.company == "Northwind Traders" and draft.version == 2

    # Delete the copy, after confirming.
    page.get_by_role("link", name="My history", exact=True).click()
    page.wait_for_url(re.compile("/history/$"))
    expect(page.locator(".history-row")).to_have_count(2)
    page.locator(".history-row", has_text="Contoso").get_by_role("link").click()
    page.get_by_role("link", name="Delete…").click()
    page.wait_for_url(re.compile(r"/history/\d+/delete/$"))
    page.get_by_role("button", name="Yes, delete it").click()
    page.wait_for_url(re.compile("/history/$"))
    assert "The draft is deleted." in page.inner_text("main")
    assert page.locator(".history-row").count() == 1
    assert list(Draft.objects.values_list("company", flat=True)) == ["Northwind Traders"]

    assert page_factory.problems == []
