"""The shared front-end behaviours in real Chromium: one copy script for the
preview and the saved drafts, the mail link built by the server as the text is
edited, and the progress steps as buttons of the wizard form."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import log_in
from tests.browser.test_wizard_browser import fill_assessment, fill_situation, next_step

pytestmark = pytest.mark.browser

REFUSE_CLIPBOARD = "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));"


def walk_to_email_preview(page) -> None:
    page.goto("/write/")
    fill_situation(
        page,
        company="Northwind Traders",
        position="Product Designer",
        contact="Sam Lee",
        invitation="email",
        stage="invitation",
        rapport="some",
        language="en",
        sender="Alex Kim",
    )
    next_step(page, "/write/assessment/")
    fill_assessment(page, reason="another_offer")
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")


@pytest.fixture
def alice_draft_page(page_factory):
    """Alice, logged in, on her saved email draft; the clipboard allowed."""
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(owner=alice, company="Acme Robotics", position="Backend developer")
    page = page_factory("en-GB", clipboard=True)
    log_in(page, "alice@example.org", f"/history/{draft.pk}/")
    return page, draft


def test_the_mail_link_follows_an_edit_once_the_server_has_checked_it(page_factory):
    page = page_factory("en-GB")
    walk_to_email_preview(page)
    link = page.locator("#mailto-link")
    before = link.get_attribute("href")
    assert before.startswith("mailto:?subject=")

    with page.expect_response(
        lambda r: r.url.endswith("/write/preview/") and r.request.method == "POST"
    ):
        page.fill("#id_subject", "Our interview on Friday")
        page.fill("#id_body", "Dear Sam,\nI will not go on.\nAlex")
        # Nothing rebuilds the link in the page: it is the server's until it answers.
        assert link.get_attribute("href") == before

    # The quality check's answer brings the link, built from the same text.
    expected = "mailto:?subject=" + quote("Our interview on Friday")
    expect(link).to_have_attribute("href", re.compile("^" + re.escape(expected) + "&body="))
    assert quote("Dear Sam,\r\nI will not go on.\r\nAlex") in link.get_attribute("href")
    assert page.locator("#mailto-link").count() == 1
    # Typing goes on where it was: the swap leaves the cursor in the text.
    assert page.evaluate("document.activeElement.id") == "id_body"
    assert page_factory.problems == []


def test_the_copy_buttons_copy_on_the_preview_and_on_a_saved_draft(page_factory, alice_draft_page):
    page, draft = alice_draft_page
    page.get_by_role("button", name="Copy and reply in the thread").click()
    expect(page.locator("#copy-status")).to_have_text("Copied to the clipboard.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.replace("\r\n", "\n") == f"{draft.subject}\n\n{draft.body}"

    walk_to_email_preview(page)
    page.get_by_role("button", name="Copy the subject").click()
    expect(page.locator("#copy-status")).to_have_text("Subject copied to the clipboard.")
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#id_subject")
    assert page_factory.problems == []


def test_a_refused_clipboard_on_a_saved_draft_selects_the_message_shown(page_factory):
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(owner=alice)
    page = page_factory("en-GB")
    page.add_init_script(REFUSE_CLIPBOARD)
    log_in(page, "alice@example.org", f"/history/{draft.pk}/")

    page.get_by_role("button", name="Copy and reply in the thread").click()
    expect(page.locator("#copy-status")).to_contain_text("the text is selected, press Ctrl+C")
    selected = page.evaluate("window.getSelection().toString()")
    assert draft.subject in selected
    assert "I will not pursue" in selected
    assert page_factory.problems == []


def test_a_progress_step_keeps_what_was_typed_and_enter_still_means_next(page_factory):
    page = page_factory("en-GB")
    page.goto("/write/")
    fill_situation(
        page,
        company="Contoso",
        position="Analyst",
        contact="Jordan",
        invitation="email",
        stage="invitation",
        rapport="none",
        language="en",
        sender="Robin",
    )
    next_step(page, "/write/assessment/")
    page.fill("#id_assessment-notes", "Half of my reasons")

    # Back through the progress bar, with the keyboard: this step is saved first.
    step_one = page.locator(".wizard-progress button[value='situation']")
    step_one.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("/write/situation/$"))

    # Enter in a field still goes forward, not to a step of the progress bar.
    page.focus("#id_situation-company")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("/write/assessment/$"))
    expect(page.locator("#id_assessment-notes")).to_have_value("Half of my reasons")
    assert page_factory.problems == []
