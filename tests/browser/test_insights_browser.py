"""My declines in real Chromium: a dozen declines on one chart, the same
figures in the table, reachable by keyboard, readable at 320 px and in dark
mode, with no console or CSP error."""

from __future__ import annotations

import pytest
from django.conf import settings

from messages_app.models import Reflection
from tests.browser.walk import signed_in_session
from tests.factories import DraftFactory, UserFactory, wizard_answers

pytestmark = pytest.mark.browser

#: Twelve declines: (reasons, stage, channel).
DECLINES = [
    (["another_offer"], "invitation", "email"),
    (["another_offer", "location"], "invitation", "email"),
    (["culture"], "several", "phone"),
    (["culture", "career_goals"], "several", "email"),
    (["culture"], "offer", "phone"),
    (["location"], "invitation", "sms"),
    (["career_goals"], "accepted", "email"),
    (["personal"], "accepted", "email"),
    (["culture", "location"], "several", "in_person"),
    (["better_offer"], "offer", "email"),
    (["another_offer"], "invitation", "email"),
    (["culture"], "offer", "email"),
]

CONTRAST = """(selector) => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.match(/[\\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bg = lum(getComputedStyle(document.body).backgroundColor);
  const fg = lum(getComputedStyle(document.querySelector(selector)).fill);
  return (Math.max(bg, fg) + 0.05) / (Math.min(bg, fg) + 0.05);
}"""


def _alice_with_declines():
    alice = UserFactory(username="alice", email="alice@example.org")
    for index, (reasons, stage, channel) in enumerate(DECLINES):
        draft = DraftFactory(
            owner=alice,
            channel=channel,
            company=f"Company {index}",
            answers=wizard_answers(reasons=reasons, stage=stage, channel=channel),
        )
        if index < 2:
            Reflection.objects.create(draft=draft, change_of_mind=f"A clearer salary {index}")
    return alice


def _open(page, live_server, user) -> None:
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": signed_in_session(user),
                "url": live_server.url,
            }
        ]
    )
    page.goto("/history/insights/")


def test_a_dozen_declines_on_one_chart_with_its_table_by_keyboard(page_factory, live_server):
    alice = _alice_with_declines()
    page = page_factory("en-GB")
    _open(page, live_server, alice)

    chart = page.locator("figure[data-chart='reasons'] svg")
    assert chart.get_attribute("role") == "img"
    assert page.get_by_role("img", name="My reasons for declining").count() == 1
    bars = chart.locator("rect.chart-bar")
    assert bars.count() == 6
    svg_values = chart.locator("text.chart-value").all_text_contents()
    table = page.get_by_role("table", name="My reasons for declining")
    cells = table.locator("tbody td").all_inner_texts()
    assert svg_values == cells == ["5", "3", "3", "2", "1", "1"]
    assert table.locator("tbody th").first.inner_text() == "The company culture does not suit me"
    # The longest bar is the most given reason.
    widths = [float(bars.nth(i).get_attribute("width")) for i in range(bars.count())]
    assert widths[0] == max(widths)

    # By keyboard: from the top, Tab reaches the header link and each draft
    # whose reflection says what would have changed the person's mind.
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.textContent.trim()"))
        if reached[-1].endswith("at Company 0"):
            break
    assert "My declines" in reached
    assert reached[-1] == "Data analyst at Company 0", reached
    assert page.locator("svg [tabindex], svg a").count() == 0
    assert page.evaluate(CONTRAST, "rect.chart-bar") >= 3
    assert page.evaluate(CONTRAST, "text.chart-value") >= 4.5
    assert page_factory.problems == [], page_factory.problems


def test_the_chart_fits_a_phone_and_stays_readable_in_dark_mode(page_factory, live_server):
    alice = _alice_with_declines()
    page = page_factory("fr-FR", viewport={"width": 320, "height": 640})
    page.emulate_media(color_scheme="dark")
    _open(page, live_server, alice)
    assert page.locator("html").get_attribute("data-bs-theme") == "dark"
    assert page.get_by_role("heading", name="Mes raisons de refuser").count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    box = page.locator("figure[data-chart='reasons'] svg").bounding_box()
    assert 250 <= box["width"] <= 320
    assert page.evaluate(CONTRAST, "rect.chart-bar") >= 3
    assert page.evaluate(CONTRAST, "text.chart-label") >= 4.5
    assert page.evaluate(CONTRAST, "text.chart-value") >= 4.5
    assert page_factory.problems == [], page_factory.problems
