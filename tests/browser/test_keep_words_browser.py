"""In real Chromium: a hand edit survives changed answers, the page asks
before replacing it, and "Undo" brings it back (keyboard-free, mouse only)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import next_step, walk_to_preview

pytestmark = pytest.mark.browser

MY_TEXT = "Thank you, I will not attend. These are my own words."


def test_keep_use_and_undo_after_changing_answers(page_factory):
    page = page_factory("en-GB")
    walk_to_preview(page)
    with page.expect_response(
        lambda r: r.url.endswith("/write/preview/") and r.request.method == "POST"
    ):
        page.fill("#id_body", MY_TEXT)
    # The autosave also brings the way back to the proposal.
    expect(page.get_by_role("button", name="Back to the proposed text")).to_be_visible()

    page.goto("/write/structure/")
    page.check("input[name='structure-tone'][value='warm']")
    next_step(page, "/write/preview/")

    body = page.locator("#id_body")
    expect(body).to_have_value(MY_TEXT)
    panel = page.get_by_role("region", name="Your answers changed: keep your text?")
    expect(panel).to_be_visible()
    expect(panel.locator("del.diff-removed").first).to_be_visible()
    expect(panel.locator("ins.diff-added").first).to_be_visible()

    panel.get_by_role("button", name="Use the new proposal").click()
    expect(page.locator(".alert").first).to_contain_text("The proposed text is in the editor.")
    expect(body).not_to_have_value(MY_TEXT)
    expect(panel).to_have_count(0)

    page.get_by_role("button", name="Undo", exact=True).click()
    expect(body).to_have_value(MY_TEXT)
    expect(panel).to_be_visible()

    panel.get_by_role("button", name="Keep my text").click()
    expect(body).to_have_value(MY_TEXT)
    expect(panel).to_have_count(0)
    page.reload()
    expect(body).to_have_value(MY_TEXT)
    expect(page.get_by_role("button", name="Back to the proposed text")).to_be_visible()
    assert page_factory.problems == []
