"""The guide in real Chromium: from the wizard's advice to the guide page
and back, nothing typed is lost; the guide reads at 320 px and in dark mode."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from guide.loading import load_guide
from tests.browser.test_wizard_browser import choose, fill_situation, next_step

pytestmark = pytest.mark.browser


@pytest.fixture
def guide(transactional_db):
    """The shipped pages: the live server's tests flush the tables."""
    load_guide()


def test_learn_more_from_step_2_opens_the_guide_and_back_keeps_the_answers(page, guide):
    page.goto("/write/")
    fill_situation(
        page,
        company="Ateliers Brunel",
        position="Cheffe de projet",
        contact="Mme Lefèvre",
        invitation="email",
        stage="invitation",
        rapport="none",
        language="fr",
        sender="Camille Roy",
    )
    next_step(page, "/write/assessment/")
    page.check("input[name='assessment-reasons'][value='location']")
    choose(page, "input[name='assessment-certainty'][value='unsure']")
    advice = page.locator("[data-advice='certainty.unsure']")
    expect(advice).to_be_visible()
    link = advice.get_by_role("link", name="En savoir plus\u00a0: Vérifier votre décision")
    expect(link).to_have_attribute("href", "/guide/self-assessment/")
    colour, background = link.evaluate(
        """a => [getComputedStyle(a).color,
                 getComputedStyle(a.closest('.advice')).backgroundColor]"""
    )
    assert _contrast(colour, background) >= 4.5, (colour, background)
    link.click()
    page.wait_for_url(re.compile(r"/guide/self-assessment/$"))
    expect(page.locator("h1")).to_have_text("Vérifier votre décision")
    expect(page).to_have_title(re.compile(r"^Vérifier votre décision · Guide · Decliner$"))
    expect(page.get_by_role("link", name="Rédiger mon message")).to_be_visible()

    page.go_back()
    page.wait_for_url(re.compile(r"/write/assessment/$"))
    expect(page.locator("input[name='assessment-certainty'][value='unsure']")).to_be_checked()
    expect(page.locator("input[name='assessment-reasons'][value='location']")).to_be_checked()
    page.locator(".wizard-nav button[value='situation']").click()
    page.wait_for_url(re.compile(r"/write/situation/$"))
    expect(page.locator("#id_situation-company")).to_have_value("Ateliers Brunel")
    expect(page.locator("#id_situation-sender_name")).to_have_value("Camille Roy")


def test_the_guide_fits_a_320_px_phone_in_dark_mode_and_searches_without_javascript(
    page_factory, guide
):
    page = page_factory("en-GB", viewport={"width": 320, "height": 640})
    page.emulate_media(color_scheme="dark")
    page.goto("/guide/")
    expect(page.locator("h1")).to_have_text("The guide")
    page.get_by_label("Search the guide").fill("voicemail")
    page.get_by_label("Search the guide").press("Enter")
    page.wait_for_url(re.compile(r"/guide/\?q=voicemail$"))
    result = page.locator(".guide-results a", has_text="Choosing the channel")
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(r"/guide/choosing-the-channel/$"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert page.evaluate("document.documentElement.dataset.bsTheme") == "dark"
    text, background = page.evaluate(
        """() => [getComputedStyle(document.querySelector('.guide-body p')).color,
                  getComputedStyle(document.body).backgroundColor]"""
    )
    assert _luminance(background) < _luminance(text)  # light text on a dark page
    assert _contrast(text, background) >= 4.5  # WCAG AA for body text
    headings = page.evaluate(
        "[...document.querySelectorAll('main h1, main h2, main h3')].map(h => h.tagName)"
    )
    assert headings[0] == "H1" and headings.count("H1") == 1 and "H3" not in headings[:2]
    page.goto("/guide/scenarios/#offer")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    expect(page.locator("#offer")).to_be_in_viewport()
    assert page_factory.problems == [], page_factory.problems


def _luminance(css_colour: str) -> float:
    """WCAG relative luminance of an rgb() colour."""
    channels = [int(part) / 255 for part in re.findall(r"\d+", css_colour)[:3]]
    red, green, blue = (
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    )
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _contrast(first: str, second: str) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
