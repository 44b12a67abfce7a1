"""The live preview in real Chromium: it follows what is typed, sits beside
the form on a desktop and below it on a phone, where the advice comes just
above the buttons."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_phone_layout_browser import assert_no_sideways_scroll

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}


def box(page, selector: str) -> dict:
    found = page.locator(selector).first.bounding_box()
    assert found, f"{selector} is not shown"
    return found


def test_the_live_preview_follows_the_company_typed_on_step_one(page_factory):
    page = page_factory("en-GB", viewport=DESKTOP)
    page.goto("/write/situation/")
    preview = page.locator("#live-preview")
    expect(preview).to_contain_text("[company]")
    expect(preview).to_contain_text("Written with default answers for:")
    page.fill("#id_situation-company", "Northwind Traders")
    expect(preview.locator(".live-body")).to_contain_text("Northwind Traders")
    expect(preview).not_to_contain_text("[company]")
    # Beside the form: the preview on the right, then the advice under it.
    form, side, advice = (
        box(page, "#wizard-form"),
        box(page, "#live-preview"),
        box(page, ".advice-card"),
    )
    assert side["x"] >= form["x"] + form["width"] - 1
    assert advice["y"] >= side["y"] + side["height"] - 1
    assert page_factory.problems == []


def test_show_my_message_now_from_step_one_opens_the_preview(page_factory):
    page = page_factory("en-GB", viewport=DESKTOP)
    page.goto("/write/situation/")
    page.fill("#id_situation-company", "Northwind Traders")
    page.get_by_role("button", name="Show my message now").click()
    page.wait_for_url(re.compile("/write/preview/$"))
    notice = page.locator("[data-defaults-notice]")
    expect(notice).to_contain_text("default answers")
    expect(notice.get_by_role("link", name="3. Channel")).to_be_visible()
    expect(page.locator("#id_body")).to_contain_text("Northwind Traders")
    assert page_factory.problems == []


def test_on_a_phone_the_advice_is_above_the_buttons_and_the_preview_below_the_form(
    page_factory,
):
    page = page_factory("fr-FR", viewport=PHONE)
    page.goto("/write/situation/")
    page.fill("#id_situation-company", "Établissements Désormeaux-Villeneuve")
    expect(page.locator("#live-preview .live-body")).to_contain_text("Désormeaux")
    form = box(page, "#wizard-form")
    advice = box(page, ".advice-card")
    buttons = box(page, ".wizard-nav")
    preview = box(page, "#live-preview")
    assert advice["y"] >= form["y"] + form["height"] - 1
    assert buttons["y"] >= advice["y"] + advice["height"] - 1
    assert preview["y"] >= buttons["y"] + buttons["height"] - 1
    assert_no_sideways_scroll(page)
    assert page_factory.problems == []
