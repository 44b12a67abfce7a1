"""Questions revealed by an earlier answer, in real Chromium: "sure" hides the
facts/feeling and research questions, "not sure" shows them, the focus stays
on the radio just ticked; "stay in touch" reveals the profile link."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_wizard_browser import choose, next_step, to_assessment

pytestmark = pytest.mark.browser


def test_sure_hides_the_two_checks_and_not_sure_reveals_them_with_the_focus_kept(page_factory):
    page = page_factory("fr-FR")
    to_assessment(page, contact="Paul Leroy")
    basis = page.locator("#div_id_assessment-basis")
    researched = page.locator("#div_id_assessment-researched")
    expect(basis).to_be_hidden()  # nothing answered yet: not asked
    sure = page.locator("input[name='assessment-certainty'][value='sure']")
    unsure = page.locator("input[name='assessment-certainty'][value='unsure']")

    unsure.focus()
    page.keyboard.press("Space")
    expect(basis).to_be_visible()
    expect(researched).to_be_visible()
    expect(unsure).to_be_focused()
    # It also reveals what to do instead of declining: aria-controls lists both.
    expect(unsure).to_have_attribute(
        "aria-controls", re.compile(r"^reveal-assessment-basis reveal-assessment-purpose$")
    )
    page.check("input[name='assessment-basis'][value='feelings']")

    sure.focus()
    page.keyboard.press("Space")
    expect(basis).to_be_hidden()
    expect(researched).to_be_hidden()
    expect(sure).to_be_focused()

    # Shown again, the answer given before is still there.
    choose(page, "input[name='assessment-certainty'][value='fairly']")
    expect(basis).to_be_visible()
    expect(page.locator("input[name='assessment-basis'][value='feelings']")).to_be_checked()
    assert page_factory.problems == []


def test_a_hidden_check_is_not_asked_for_and_the_path_goes_on(page_factory):
    page = page_factory("fr-FR")
    to_assessment(page, contact="Paul Leroy")
    page.check("input[name='assessment-reasons'][value='location']")
    choose(page, "input[name='assessment-certainty'][value='sure']")
    next_step(page, "/write/channel/")
    # The pros and cons wait behind "Compare channels"; the recommended channel leads.
    first = page.locator(".channel-option").first
    expect(first).to_contain_text("Recommandé")
    expect(page.locator(".compare-channels ul").first).to_be_hidden()
    page.locator(".compare-channels summary").click()
    expect(page.locator(".compare-channels ul").first).to_be_visible()
    assert page_factory.problems == []


def test_stay_in_touch_reveals_the_profile_link(page_factory):
    page = page_factory("en-GB")
    to_assessment(page, "en")
    page.check("input[name='assessment-reasons'][value='location']")
    choose(page, "input[name='assessment-certainty'][value='sure']")
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    expect(page.locator(".wizard-progress-count")).to_have_text("Step 4 of 5")
    link = page.locator("#id_structure-stay_in_touch_link")
    expect(link).to_be_hidden()
    # At the invitation stage there is no feedback to offer.
    expect(page.locator("#id_structure-include_feedback")).to_be_hidden()
    box = page.locator("#id_structure-include_stay_in_touch")
    box.check()
    expect(link).to_be_visible()
    expect(box).to_be_focused()
    expect(box).to_have_attribute("aria-controls", re.compile(r"\S"))
    link.fill("https://www.linkedin.com/in/max-dupont")
    # No asterisks: only "(optional)" marks what may be left empty.
    expect(page.locator(".asteriskField").first).to_be_hidden()
    next_step(page, "/write/preview/")
    assert "linkedin.com/in/max-dupont" in page.input_value("#id_body")
    assert page_factory.problems == []
