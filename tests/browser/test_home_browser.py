"""The home page's sample switch on a phone, and "Undo" after a status change,
in real Chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import log_in
from tests.browser.test_phone_layout_browser import PHONE, assert_no_sideways_scroll

pytestmark = pytest.mark.browser


def test_the_sample_switch_shows_each_channel_on_a_phone(page_factory):
    page = page_factory("en-GB", viewport=PHONE)
    page.goto("/")
    samples = page.locator(".home-samples")
    expect(samples.locator("#sample-email")).to_be_visible()
    expect(samples.locator("#sample-email")).to_contain_text("Dear Ms Carter,")
    assert_no_sideways_scroll(page)
    page.evaluate("window.sameDocument = true")

    for name, channel in [
        ("Text message", "sms"),
        ("Phone call", "phone"),
        ("In person", "in_person"),
    ]:
        page.get_by_role("link", name=name, exact=True).click()
        # Shown at once, without a page load; the address says which one.
        expect(samples.locator(f"#sample-{channel}")).to_be_visible()
        expect(samples.locator(".sample-panel:visible")).to_have_count(1)
        assert page.url.endswith(f"?sample={channel}#samples")
        assert page.evaluate("window.sameDocument === true")
        expect(page.get_by_role("link", name=name, exact=True)).to_have_attribute(
            "aria-current", "true"
        )
        assert_no_sideways_scroll(page)
    expect(samples.locator("#sample-sms")).to_contain_text("Hello Ms Carter, thank you")
    # A reload keeps the chosen sample (the server reads the address).
    page.reload()
    expect(samples.locator("#sample-in_person")).to_be_visible()
    expect(samples.locator("#sample-email")).to_be_hidden()
    assert page_factory.problems == []


def test_undo_after_mark_as_sent_puts_the_draft_back(page_factory):
    from messages_app.models import DraftStatus
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(owner=alice, company="Initech", position="Tester")
    page = page_factory("en-GB", viewport=PHONE)
    log_in(page, alice.email, f"/history/{draft.pk}/")

    page.get_by_role("button", name="Mark as sent").click()
    page.wait_for_url(re.compile(rf"/history/{draft.pk}/$"))
    status = page.get_by_role("status").filter(has_text="Marked as sent.")
    expect(status).to_be_visible()
    draft.refresh_from_db()
    assert draft.status == DraftStatus.SENT
    assert_no_sideways_scroll(page)

    status.get_by_role("button", name="Undo").click()

    page.wait_for_url(re.compile(rf"/history/{draft.pk}/$"))
    expect(page.get_by_role("status").filter(has_text="Undone")).to_be_visible()
    expect(page.get_by_role("button", name="Mark as sent")).to_be_visible()
    expect(page.get_by_role("button", name="Undo")).to_have_count(0)
    draft.refresh_from_db()
    assert (draft.status, draft.sent_at) == (DraftStatus.DRAFT, None)
    assert page_factory.problems == []
