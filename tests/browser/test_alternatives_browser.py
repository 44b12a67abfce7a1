"""Not sure yet, in real Chromium: ticking "Not sure yet" reveals what to do
instead of declining; "Ask for another date" reveals the times field and the
live preview turns into a request for another date, then the preview opens
with it. The choice passes axe and fits a 320-pixel phone, light or dark."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.test_axe_browser import AXE, RUN_AXE, TAGS
from tests.browser.test_phone_layout_browser import assert_no_sideways_scroll
from tests.browser.test_wizard_browser import choose, to_assessment

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}


def test_not_sure_then_another_date_changes_the_live_preview(page_factory):
    page = page_factory("en-GB", viewport=DESKTOP)
    to_assessment(page, "en")
    page.check("input[name='assessment-reasons'][value='location']")
    choice = page.locator("#reveal-assessment-purpose")
    preview = page.locator("#live-preview .live-body")
    expect(choice).to_be_hidden()
    expect(preview).to_contain_text("decided to decline")

    choose(page, "input[name='assessment-certainty'][value='unsure']")
    expect(choice).to_be_visible()
    expect(page.get_by_role("group", name="What would you like to do?")).to_be_visible()
    decline = page.get_by_label("Decline anyway")
    expect(decline).to_be_checked()

    choose(page, "input[name='assessment-purpose'][value='reschedule']")
    times = page.get_by_label("When would suit you? (optional)")
    expect(times).to_be_visible()
    expect(page.get_by_label("What would you like to know? (optional)")).to_be_hidden()
    expect(preview).to_contain_text("Could we find another time?")
    expect(preview).not_to_contain_text("decline")
    times.fill("any morning next week")
    expect(preview).to_contain_text("I would be available any morning next week")

    page.check("input[name='assessment-basis'][value='facts']")
    page.check("input[name='assessment-researched'][value='partly']")
    page.get_by_role("button", name="Show my message now").click()
    page.wait_for_url("**/write/preview/")
    body = page.input_value("#id_body")
    assert "any morning next week" in body
    assert "decline" not in body.lower()
    expect(page.locator("[data-rule='request']")).to_be_visible()
    assert page_factory.problems == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_choice_passes_axe_and_fits_a_small_phone(page_factory, scheme):
    page = page_factory("fr-FR", viewport={"width": 320, "height": 700}, bypass_csp=True)
    page.emulate_media(color_scheme=scheme)
    to_assessment(page, stage="accepted")
    page.check("input[name='assessment-reasons'][value='location']")
    choose(page, "input[name='assessment-certainty'][value='unsure']")
    choose(page, "input[name='assessment-purpose'][value='ask_info']")
    expect(page.get_by_label("Que voulez-vous savoir ? (facultatif)")).to_be_visible()
    page.wait_for_function("() => !document.querySelector('.htmx-request')")
    assert_no_sideways_scroll(page)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(RUN_AXE, TAGS) == []
    assert page_factory.problems == []
