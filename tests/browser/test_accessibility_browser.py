"""Accessibility checks in real Chromium, on every wizard step and the preview:
every field has a label, keyboard focus is visible, text is readable
(WCAG AA contrast), and the skip link leads to the content."""

from __future__ import annotations

import pytest

from tests.browser.test_wizard_browser import fill_assessment, fill_situation, next_step

pytestmark = pytest.mark.browser

# Runs in the page: a list of problems a screen-reader or keyboard user would meet.
AUDIT = """() => {
  const problems = [];
  const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
  for (const el of document.querySelectorAll("input, select, textarea")) {
    if (el.type === "hidden" || !visible(el) || el.closest("[aria-hidden='true']")) continue;
    const named = (el.labels && el.labels.length) || el.getAttribute("aria-label")
      || el.getAttribute("aria-labelledby") || el.getAttribute("title");
    if (!named) problems.push("no label: " + (el.name || el.id));
  }
  for (const el of document.querySelectorAll("button, a[href]")) {
    if (!visible(el)) continue;
    if (!(el.textContent.trim() || el.getAttribute("aria-label"))) {
      problems.push("no accessible name: " + el.outerHTML.slice(0, 80));
    }
  }
  const rgb = (value) => value.match(/[\\d.]+/g).map(Number);
  const luminance = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const background = (el) => {
    for (let node = el; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      const parts = rgb(color);
      if (parts.length < 4 || parts[3] > 0) return parts.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const selector = "p, label, li, h1, h2, h3, legend, .form-text, .btn, .alert, dd, dt, td, th";
  for (const el of document.querySelectorAll(selector)) {
    if (!visible(el) || !el.innerText.trim()) continue;
    const fg = luminance(rgb(getComputedStyle(el).color));
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    const size = parseFloat(getComputedStyle(el).fontSize);
    const bold = parseInt(getComputedStyle(el).fontWeight, 10) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) {
      const text = el.innerText.trim().slice(0, 40);
      problems.push(`contrast ${ratio.toFixed(2)} < ${needed}: ${text}`);
    }
  }
  return problems;
}"""


def audit(page) -> list[str]:
    assert page.locator("html").get_attribute("lang") in ("fr", "en")
    return [f"{page.url}: {problem}" for problem in page.evaluate(AUDIT)]


def focus_is_visible(page) -> bool:
    """Tab to the first control of the main content and read its outline."""
    page.locator("main").focus()
    page.keyboard.press("Tab")
    return page.evaluate(
        """() => {
          const style = getComputedStyle(document.activeElement);
          return document.activeElement !== document.body
            && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
        }"""
    )


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_every_step_is_labelled_readable_and_keyboard_visible(page_factory, locale):
    page = page_factory(locale=locale)
    problems: list[str] = []
    page.goto("/write/")

    # The skip link is the first stop of the keyboard and leads to the content.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#content"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#content"

    problems += audit(page)
    assert focus_is_visible(page), "no visible focus on the situation step"
    fill_situation(
        page,
        company="Nordlicht GmbH",
        position="Analyste données",
        contact="Claire Martin",
        invitation="email",
        stage="invitation",
        rapport="some",
        language="fr",
        sender="Camille Dubois",
    )
    next_step(page, "/write/assessment/")
    problems += audit(page)
    fill_assessment(page, reason="career_goals")
    next_step(page, "/write/channel/")
    problems += audit(page)
    assert focus_is_visible(page), "no visible focus on the channel step"
    next_step(page, "/write/structure/")
    problems += audit(page)
    next_step(page, "/write/preview/")
    problems += audit(page)
    assert focus_is_visible(page), "no visible focus on the preview"

    assert problems == [], "\n".join(problems)
    assert page_factory.problems == []


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_account_and_history_pages_are_labelled_and_readable(page_factory, locale):
    from tests.factories import PASSWORD, DraftFactory, UserFactory

    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(owner=alice, company="Nordlicht GmbH")
    page = page_factory(locale=locale)
    problems: list[str] = []

    page.goto("/accounts/signup/")
    problems += audit(page)
    page.goto("/accounts/password/reset/")
    problems += audit(page)
    page.goto("/accounts/login/")
    problems += audit(page)
    assert focus_is_visible(page), "no visible focus on the login page"
    page.fill("input[name='login']", "alice@example.org")
    page.fill("input[name='password']", PASSWORD)
    page.locator("main form button[type='submit']").last.click()
    page.wait_for_url("**/history/")
    problems += audit(page)
    page.goto(f"/history/{draft.pk}/")
    problems += audit(page)
    page.goto("/my-data/")
    problems += audit(page)

    assert problems == [], "\n".join(problems)
    assert page_factory.problems == []
