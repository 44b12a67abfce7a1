"""The journey after a decline, in real Chromium: the recruiter asks "why?"
by email; the person records it with their reply pasted, finds a reply that
gives the reason their message gave, and copies it."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import log_in

pytestmark = pytest.mark.browser


def test_asks_why_to_a_copied_reply_in_under_a_minute(page_factory):
    from messages_app.models import DraftStatus
    from tests.factories import DraftFactory, UserFactory, wizard_answers

    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(
        owner=alice,
        company="Acme Robotics",
        position="Backend developer",
        subject="Backend developer interview",
        status=DraftStatus.SENT,
        answers=wizard_answers(reasons=["location"], reason_detail="specific"),
    )
    page = page_factory("en-GB", clipboard=True)
    log_in(page, "alice@example.org", f"/history/{draft.pk}/")
    started = time.monotonic()

    page.get_by_role("link", name="How did they react?").click()
    page.get_by_label("Asks why").check()
    page.get_by_label("Their reply (optional)").fill("Could you tell us what made you decide?")
    page.get_by_role("button", name="Propose my reply").click()
    page.wait_for_url(re.compile(rf"/history/{draft.pk}/#reaction-\d+$"))

    reply = page.locator(".reply-body")
    expect(reply).to_contain_text("the commute would be too long for me")
    expect(page.locator(".reply-advice")).to_contain_text("One sincere sentence")
    # Their pasted message is kept, folded away.
    their = page.locator("details.their-message")
    expect(their).not_to_have_attribute("open", "")
    their.locator("summary").click()
    expect(their).to_contain_text("Could you tell us what made you decide?")

    page.get_by_role("button", name="Copy the reply").click()
    expect(page.locator("[id^=reply-copy-status-]")).to_have_text("Copied to the clipboard.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == reply.inner_text()
    assert "Dear Claire Martin," in copied and "commute" in copied
    assert time.monotonic() - started < 60
    assert page_factory.problems == []
