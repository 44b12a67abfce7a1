"""Call mode on a phone, the copy button's own confirmation, and printing,
in real Chromium."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_pdf_browser import ANSWERS, open_preview

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}


def open_call_mode(page, live_server):
    open_preview(page, live_server, ANSWERS)
    page.get_by_role("button", name="Passer en mode appel").click()
    page.wait_for_url(re.compile("/write/call/$"))


def test_call_mode_on_a_phone_reads_large_ticks_points_and_keeps_awake(page_factory, live_server):
    page = page_factory("fr-FR", viewport=PHONE)
    open_call_mode(page, live_server)

    # Nothing wider than the screen; the script readable at arm's length.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.call-script p')).fontSize)"
    )
    assert size >= 20
    expect(page.locator("header.site-header")).to_have_count(0)

    # A point ticked stays ticked for this tab.
    first = page.locator(".call-checklist input[type=checkbox]").first
    page.locator(".call-checklist label").first.click()
    expect(first).to_be_checked()
    page.reload()
    expect(page.locator(".call-checklist input[type=checkbox]").first).to_be_checked()
    expect(page.locator(".call-checklist input[type=checkbox]").nth(1)).not_to_be_checked()

    # The screen is kept awake, or the page says it cannot be (headless
    # Chromium may refuse the lock): both are handled, never an error.
    page.wait_for_function("document.documentElement.dataset.wakeLock !== undefined")
    state = page.evaluate("document.documentElement.dataset.wakeLock")
    assert state in ("on", "refused", "unsupported")
    note = page.locator("#wake-lock-note")
    expect(note).to_be_visible()
    if state == "on":
        expect(note).to_have_text("Votre écran reste allumé tant que cette page est ouverte.")
    else:
        expect(note).to_contain_text("ne peut pas garder l’écran allumé")

    # The prepared replies and the voicemail are one tap away.
    replies = page.locator("details.call-replies")
    expect(replies.locator("dd").first).not_to_be_visible()
    replies.locator("summary").click()
    expect(replies.locator("dd").first).to_be_visible()
    page.locator("details.call-voicemail summary").click()
    expect(page.locator("details.call-voicemail p")).to_be_visible()

    page.get_by_role("link", name="Retour à l’aperçu").click()
    page.wait_for_url(re.compile("/write/preview/$"))
    assert page_factory.problems == []


def test_the_wake_lock_is_asked_for_again_when_the_page_comes_back(page_factory, live_server):
    page = page_factory("fr-FR", viewport=PHONE)
    # A browser that grants the lock, and counts the requests.
    page.add_init_script(
        """
        window.__lockRequests = 0;
        Object.defineProperty(navigator, "wakeLock", { value: { request: function () {
          window.__lockRequests += 1;
          window.__sentinel = new EventTarget();
          window.__sentinel.released = false;
          return Promise.resolve(window.__sentinel);
        } } });
        """
    )
    open_call_mode(page, live_server)
    page.wait_for_function("document.documentElement.dataset.wakeLock === 'on'")
    expect(page.locator("#wake-lock-note")).to_have_text(
        "Votre écran reste allumé tant que cette page est ouverte."
    )
    # The browser drops the lock when the tab is hidden...
    page.evaluate(
        """
        Object.defineProperty(document, "visibilityState", {value: "hidden", configurable: true});
        window.__sentinel.released = true;
        window.__sentinel.dispatchEvent(new Event("release"));
        document.dispatchEvent(new Event("visibilitychange"));
        """
    )
    assert page.evaluate("window.__lockRequests") == 1
    # ...and back in view, the page asks for it again.
    page.evaluate(
        """
        Object.defineProperty(document, "visibilityState", {value: "visible", configurable: true});
        document.dispatchEvent(new Event("visibilitychange"));
        """
    )
    page.wait_for_function("window.__lockRequests === 2")
    expect(page.locator("#wake-lock-note")).to_have_text(
        "Votre écran reste allumé tant que cette page est ouverte."
    )
    assert page_factory.problems == []


def test_without_the_api_the_page_says_the_screen_may_go_dark(page_factory, live_server):
    page = page_factory("en-GB", viewport=PHONE)
    page.add_init_script("delete Navigator.prototype.wakeLock;")
    answers = {**ANSWERS, "message_language": "en"}
    open_preview(page, live_server, answers)
    page.get_by_role("button", name="Start the call mode").click()
    page.wait_for_url(re.compile("/write/call/$"))
    page.wait_for_function("document.documentElement.dataset.wakeLock === 'unsupported'")
    expect(page.locator("#wake-lock-note")).to_contain_text("cannot keep the screen on")
    assert page_factory.problems == []


def test_the_copy_button_says_copied_on_itself_then_comes_back(page_factory, live_server):
    page = page_factory("fr-FR", clipboard=True)
    open_preview(page, live_server, ANSWERS)
    button = page.locator("[data-copy-source='id_body']")
    label = button.inner_text().strip()
    button.click()
    expect(button).to_have_text("Copié ✓")
    expect(page.locator("#copy-status")).to_have_text("Copié dans le presse-papiers.")
    expect(button).to_have_text(label, timeout=4000)
    assert page.evaluate("navigator.clipboard.readText()") == page.input_value("#id_body")
    assert page_factory.problems == []


def test_printing_the_preview_prints_the_script_and_points_only(page_factory, live_server):
    page = page_factory("fr-FR")
    open_preview(page, live_server, ANSWERS)
    page.emulate_media(media="print")
    expect(page.locator("header.site-header")).to_be_hidden()
    expect(page.locator("footer")).to_be_hidden()
    expect(page.locator(".send-actions")).to_be_hidden()
    expect(page.get_by_role("button", name="Passer en mode appel")).to_be_hidden()
    expect(page.locator(".advice-card")).to_be_hidden()
    sheet = page.locator(".print-sheet")
    expect(sheet).to_be_visible()
    expect(sheet.locator(".print-body")).to_contain_text("Jules Martin")
    expect(sheet.locator(".print-points li").first).to_be_visible()
    page.emulate_media(media="screen")
    expect(sheet).to_be_hidden()
    expect(page.locator("header.site-header")).to_be_visible()


def test_printing_call_mode_prints_the_script_and_the_points(page_factory, live_server):
    page = page_factory("fr-FR", viewport=PHONE)
    open_call_mode(page, live_server)
    page.emulate_media(media="print")
    expect(page.locator(".call-bar")).to_be_hidden()
    expect(page.locator("#wake-lock-note")).to_be_hidden()
    expect(page.locator(".call-script p").first).to_be_visible()
    expect(page.locator(".call-checklist li").first).to_be_visible()
    expect(page.locator(".call-extras")).to_be_hidden()


def test_enter_in_the_subject_keeps_the_text_in_place(page_factory, live_server):
    page = page_factory("en-GB")
    answers = {**ANSWERS, "message_language": "en", "channel": "email"}
    open_preview(page, live_server, answers)
    expect(page.get_by_role("button", name="Save my changes")).to_have_count(0)
    page.fill("#id_subject", "About the interview")
    page.press("#id_subject", "Enter")
    expect(page.locator(".messages")).to_contain_text("Your changes are saved.")
    assert page.url.endswith("/write/preview/")
    expect(page.locator("#id_subject")).to_have_value("About the interview")
    assert page_factory.problems == []
