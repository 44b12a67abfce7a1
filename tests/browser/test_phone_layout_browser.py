"""Decliner on a phone (320 and 360 px wide) in real Chromium: no page
scrolls sideways, the header folds into a menu, the wizard shows one compact
progress line, the history is a list of cards; and the colour theme follows
the system or the switch in the header."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import log_in
from tests.browser.test_wizard_browser import fill_assessment, fill_situation, next_step
from tests.browser.walk import Walker, every_page

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
WIDTHS = (360, 320)

# The elements that stick out on the right, named for the failure message.
OVERFLOWING = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .slice(0, 5)
    .map((el) => el.tagName.toLowerCase() + "." + [...el.classList].join("."));
}"""


def assert_no_sideways_scroll(page) -> None:
    """At each phone width the page is no wider than the screen."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": PHONE["height"]})
        scroll, client = page.evaluate(
            "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
        )
        assert scroll <= client, (page.url, width, scroll, page.evaluate(OVERFLOWING))
    page.set_viewport_size(PHONE)


def test_no_page_of_the_wizard_scrolls_sideways_on_a_phone(page_factory):
    page = page_factory("fr-FR", viewport=PHONE)
    for path in ("/", "/accounts/login/", "/accounts/signup/", "/write/"):
        page.goto(path)
        assert_no_sideways_scroll(page)

    fill_situation(
        page,
        company="Établissements Désormeaux-Villeneuve-Saint-Georges",
        position="Responsable de l'industrialisation des procédés",
        contact="Mme Dupont",
        invitation="email",
        stage="invitation",
        rapport="some",
        language="fr",
        sender="Léa Martin",
    )
    assert_no_sideways_scroll(page)
    next_step(page, "/write/assessment/")
    # "Step 2 of 5" and a thin bar, not the wide row of steps, say where the person is.
    expect(page.locator(".wizard-progress-compact")).to_be_visible()
    expect(page.locator(".wizard-progress-count")).to_have_text("Étape 2 sur 5")
    expect(page.locator(".wizard-progress-steps")).to_be_hidden()
    fill_assessment(page, reason="personal")
    assert_no_sideways_scroll(page)
    for path in ("/write/channel/", "/write/structure/", "/write/preview/"):
        next_step(page, path)
        assert_no_sideways_scroll(page)
    assert page_factory.problems == []


def test_the_wide_progress_bar_stays_from_the_md_breakpoint_and_its_steps_work(page_factory):
    page = page_factory("en-GB", viewport={"width": 800, "height": 740})
    page.goto("/write/")
    fill_situation(
        page,
        company="Northwind Traders",
        position="Designer",
        contact="Sam",
        invitation="email",
        stage="invitation",
        rapport="some",
        language="en",
        sender="Alex Kim",
    )
    next_step(page, "/write/assessment/")
    expect(page.locator(".wizard-progress-compact")).to_be_hidden()
    page.locator(".wizard-progress-steps button[value='situation']").click()
    page.wait_for_url(re.compile("/write/situation/$"))
    assert page.input_value("#id_situation-company") == "Northwind Traders"
    assert page_factory.problems == []


def test_history_draft_and_my_data_fit_a_phone_and_the_history_is_cards(page_factory):
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice.with.a.rather.long.address@example.org")
    draft = DraftFactory(
        owner=alice,
        company="Internationale Versicherungsgesellschaft",
        position="Softwareentwicklungsingenieurin",
    )
    page = page_factory("fr-FR", viewport=PHONE)
    log_in(page, alice.email, "/history/")
    assert_no_sideways_scroll(page)
    card = page.locator(".history-row")
    expect(card).to_have_count(1)
    # A card: its own border, the column headings out of sight, the title
    # above the status and the date.
    assert card.evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"
    assert page.locator(".history-table thead").bounding_box()["width"] <= 1
    title = card.locator(".history-title").bounding_box()
    status = card.locator(".status-badge").bounding_box()
    assert status["y"] >= title["y"] + title["height"]
    expect(card).to_contain_text("Softwareentwicklungsingenieurin")
    expect(card).to_contain_text("Internationale Versicherungsgesellschaft")
    expect(card.locator(".status-badge")).to_be_visible()
    expect(card.locator("time")).to_be_visible()
    card.get_by_role("link", name="Softwareentwicklungsingenieurin").click()
    page.wait_for_url(re.compile(rf"/history/{draft.pk}/$"))
    assert_no_sideways_scroll(page)
    page.goto("/my-data/")
    assert_no_sideways_scroll(page)
    assert page_factory.problems == []


def test_the_header_menu_opens_from_the_keyboard_and_its_links_work(page_factory):
    page = page_factory("fr-FR", viewport=PHONE)
    page.goto("/")
    toggle = page.get_by_role("button", name="Menu")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    write = page.get_by_role("link", name="Rédiger un message")
    expect(write).to_be_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(write).to_be_visible()
    expect(page.get_by_role("link", name="Se connecter")).to_be_visible()
    write.click()
    page.wait_for_url(re.compile("/write/situation/$"))
    assert page_factory.problems == []


def open_menu(page) -> None:
    """Open the phone menu and wait until it has finished unfolding."""
    page.get_by_role("button", name="Menu").click()
    page.wait_for_selector(".navbar-collapse.show")
    page.wait_for_function("() => !document.querySelector('.collapsing')")


def test_dark_mode_follows_the_system_and_the_switch_is_remembered(page_factory):
    page = page_factory("en-GB", viewport=PHONE)
    page.emulate_media(color_scheme="dark")
    page.goto("/")
    html = page.locator("html")
    expect(html).to_have_attribute("data-bs-theme", "dark")

    open_menu(page)
    page.get_by_role("button", name="Light").click()
    expect(html).to_have_attribute("data-bs-theme", "light")
    expect(page.get_by_role("button", name="Light")).to_have_attribute("aria-pressed", "true")
    page.goto("/write/")
    expect(html).to_have_attribute("data-bs-theme", "light")

    open_menu(page)
    page.get_by_role("button", name="Auto").click()
    expect(html).to_have_attribute("data-bs-theme", "dark")
    page.emulate_media(color_scheme="light")
    expect(html).to_have_attribute("data-bs-theme", "light")
    page.get_by_role("button", name="Dark").click()
    page.reload()
    expect(html).to_have_attribute("data-bs-theme", "dark")
    assert page_factory.problems == []


# The contrast of every visible text of the project's own colours (WCAG 2.x),
# against the first opaque background behind it.
LOW_CONTRAST = """(selectors) => {
  const rgba = (value) => (value.match(/[\\d.]+/g) || []).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    for (; el; el = el.parentElement) {
      const bg = rgba(getComputedStyle(el).backgroundColor);
      if (bg.length === 3 || bg[3] > 0.5) return bg;
    }
    return rgba(getComputedStyle(document.body).backgroundColor);
  };
  const low = [];
  for (const el of document.querySelectorAll(selectors)) {
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!text || !el.checkVisibility()) continue;
    const [a, b] = [luminance(rgba(getComputedStyle(el).color)), luminance(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const name = el.className + ": " + el.textContent.trim().slice(0, 30);
    if (ratio < 4.5) low.push(name + " " + ratio.toFixed(2));
  }
  return low;
}"""
OWN_COLOURS = ", ".join(
    [
        ".navbar-brand",
        ".nav-link",
        ".btn",
        ".btn *",
        ".badge",
        ".text-body-secondary",
        ".wizard-progress-step",
        ".advice",
        ".advice *",
        ".channel-option",
        ".channel-option *",
        ".history-row *",
        ".history-empty *",
        "main a",
    ]
)


def assert_aa_contrast(page) -> None:
    low = page.evaluate(LOW_CONTRAST, OWN_COLOURS)
    assert low == [], (page.url, low)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_own_colours_keep_aa_contrast_in_both_themes(page_factory, scheme):
    from messages_app.models import DraftStatus
    from tests.factories import DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    for status in DraftStatus.values:
        DraftFactory(owner=alice, status=status)
    page = page_factory("fr-FR")
    page.emulate_media(color_scheme=scheme)
    log_in(page, "alice@example.org", "/history/")
    expect(page.locator("html")).to_have_attribute("data-bs-theme", scheme)
    assert_aa_contrast(page)

    page.goto("/write/new/")
    page.check("input[name='situation-stage'][value='accepted']")
    page.wait_for_selector("#slot-stage .advice")
    assert_aa_contrast(page)
    fill_situation(
        page,
        company="Initech",
        position="Analyste",
        contact="Paul",
        invitation="phone",
        stage="invitation",
        rapport="strong",
        language="fr",
        sender="Léa",
    )
    next_step(page, "/write/assessment/")
    fill_assessment(page, reason="personal", certainty="unsure")
    page.wait_for_selector("#slot-certainty .advice")
    assert_aa_contrast(page)
    next_step(page, "/write/channel/")
    assert page.locator(".channel-option").count() >= 3
    assert_aa_contrast(page)
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")
    assert_aa_contrast(page)
    assert page_factory.problems == []


class SidewaysCheck(Walker):
    """Measures each page of the walk at each phone width."""

    def __init__(self, page: Any) -> None:
        super().__init__(page)
        self.too_wide: list[str] = []

    def arrived(self, name: str) -> None:
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": PHONE["height"]})
            scroll, client = self.page.evaluate(
                "[document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]"
            )
            if scroll > client:
                where = self.page.url.removeprefix(self.base_url)
                sticking_out = self.page.evaluate(OVERFLOWING)
                self.too_wide.append(
                    f"{name} ({where}) at {width} px: {scroll} > {client} {sticking_out}"
                )
        self.page.set_viewport_size(PHONE)


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_no_page_at_all_scrolls_sideways_at_320_and_360_px(page_factory, locale):
    """Every page of the walk shared with the accessibility sweep (home, the
    steps, each preview and call mode, the account pages, the history, the
    error pages), in both languages."""
    page = page_factory(locale, viewport=PHONE)
    check = SidewaysCheck(page)

    every_page(check, person=f"phone-{locale.lower()}")

    assert len(check.pages) >= 30, check.pages
    assert check.too_wide == [], "\n".join(check.too_wide)
