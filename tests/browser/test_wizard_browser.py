"""The wizard in real Chromium: a French phone script and an English email,
copied to the clipboard and read back; keyboard-only use; no console errors."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def next_step(page, expected_path: str) -> None:
    page.locator(".wizard-nav button.btn-primary").click()
    page.wait_for_url(re.compile(re.escape(expected_path) + "$"))


def choose(page, selector: str) -> None:
    """Tick a radio button. The advice appearing under the fields as they are
    answered moves the ones below: wait for the page to be still first."""
    option = page.locator(selector)
    for attempt in range(3):
        option.scroll_into_view_if_needed()
        page.wait_for_function("() => !window.htmx || !document.querySelector('.htmx-request')")
        try:
            option.check()
            break
        except PlaywrightError:  # the advice swapped in moved it under the click
            if attempt == 2:
                raise
    expect(option).to_be_checked()


def fill_situation(
    page,
    *,
    company: str,
    position: str,
    contact: str,
    invitation: str,
    stage: str,
    rapport: str,
    language: str,
    sender: str,
) -> None:
    page.fill("#id_situation-company", company)
    page.fill("#id_situation-position", position)
    page.fill("#id_situation-contact_name", contact)
    for name, value in (
        ("invitation_channel", invitation),
        ("stage", stage),
        ("rapport", rapport),
        ("message_language", language),
    ):
        choose(page, f"input[name='situation-{name}'][value='{value}']")
    page.fill("#id_situation-sender_name", sender)


def to_assessment(
    page, language: str = "fr", *, stage: str = "invitation", contact: str = ""
) -> None:
    """From the start to step 2 with Initech's invitation by email, the
    interface and the message in `language` ("en" switches the interface)."""
    page.goto("/write/")
    if language == "en":
        page.click(".language-switch button[value='en']")
        page.wait_for_selector("html[lang='en']")
    fill_situation(
        page,
        company="Initech",
        position="Analyst" if language == "en" else "Analyste",
        contact=contact,
        invitation="email",
        stage=stage,
        rapport="none",
        language=language,
        sender="Max Dupont",
    )
    next_step(page, "/write/assessment/")


def fill_assessment(page, *, reason: str, certainty: str = "sure") -> None:
    """The reason and the certainty; when not sure, the two questions it reveals."""
    page.check(f"input[name='assessment-reasons'][value='{reason}']")
    choose(page, f"input[name='assessment-certainty'][value='{certainty}']")
    if certainty != "sure":
        choose(page, "input[name='assessment-basis'][value='facts']")
        choose(page, "input[name='assessment-researched'][value='yes']")


def copy_and_read_back(page, button_selector: str, source_selector: str) -> str:
    page.click(button_selector)
    expect(page.locator("#copy-status")).not_to_be_empty()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.input_value(source_selector)
    return copied


def test_french_phone_script_walk_copy_and_keyboard_only_channel_step(page_factory):
    page = page_factory("fr-FR", clipboard=True)
    page.goto("/write/")
    assert page.locator("html").get_attribute("lang") == "fr"
    fill_situation(
        page,
        company="Société Générale des Eaux",
        position="Chargée de projet",
        contact="Mme Dupont",
        invitation="phone",
        stage="invitation",
        rapport="some",
        language="fr",
        sender="Léa Martin",
    )
    # The advice follows the answers in place (htmx), before any submit.
    page.check("input[name='situation-stage'][value='accepted']")
    page.wait_for_selector("#slot-stage [data-advice='stage.accepted']")
    page.check("input[name='situation-stage'][value='invitation']")
    page.wait_for_selector("#slot-stage [data-advice='stage.accepted']", state="detached")
    next_step(page, "/write/assessment/")

    fill_assessment(page, reason="personal", certainty="unsure")
    page.wait_for_selector("#slot-certainty [data-advice='certainty.unsure']")
    choose(page, "input[name='assessment-certainty'][value='sure']")
    next_step(page, "/write/channel/")

    # The recommended channel (they called) is preselected.
    assert page.is_checked("input[name='channel-channel'][value='phone']")
    # Keyboard only: reach the radio group with Tab, move with the arrows, Enter.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.name") == "channel-channel":
            break
    else:
        pytest.fail("the channel choice cannot be reached with Tab")
    # The recommended channel comes first, then the others in their usual order.
    page.keyboard.press("ArrowRight")
    assert page.is_checked("input[name='channel-channel'][value='email']")
    page.keyboard.press("ArrowLeft")
    assert page.is_checked("input[name='channel-channel'][value='phone']")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile("/write/structure/$"))

    next_step(page, "/write/preview/")
    script = page.input_value("#id_body")
    assert "Léa Martin" in script or "Société Générale des Eaux" in script
    assert page.locator(".checklist li").count() >= 3
    assert page.locator(".call-time").inner_text().strip()
    assert page.locator(".replies dt").count() == 4  # positive, disappointed, why, insists
    assert page.locator(".voicemail").inner_text().strip()
    assert page.locator("#id_subject").count() == 0

    copied = copy_and_read_back(page, "[data-copy-source='id_body']", "#id_body")
    assert copied == script
    assert page_factory.problems == []


def test_english_email_walk_edit_reload_copy_and_mailto(page_factory):
    page = page_factory("en-GB", clipboard=True)
    page.goto("/write/")
    page.click(".language-switch button[value='en']")
    page.wait_for_selector("html[lang='en']")
    fill_situation(
        page,
        company="Northwind Traders",
        position="Product Designer",
        contact="",
        invitation="email",
        stage="accepted",
        rapport="none",
        language="en",
        sender="Alex Kim",
    )
    next_step(page, "/write/assessment/")
    fill_assessment(page, reason="another_offer")
    next_step(page, "/write/channel/")
    assert page.is_checked("input[name='channel-channel'][value='email']")
    next_step(page, "/write/structure/")
    # The interview had been accepted: the apology is preselected and explained.
    assert page.is_checked("#id_structure-include_apology")
    assert page.locator("#slot-include_apology [data-advice='apology.preselected']").count() == 1
    next_step(page, "/write/preview/")

    subject = page.input_value("#id_subject")
    body = page.input_value("#id_body")
    assert "Northwind Traders" in body
    assert subject
    href = page.get_attribute("#mailto-link", "href")
    assert href.startswith("mailto:?subject=")

    # Edit in place: the quality check follows and the edit survives a reload.
    edited = body + "\n\nP.S. Thank you again."
    with page.expect_response(
        lambda r: r.url.endswith("/write/preview/") and r.request.method == "POST"
    ):
        page.fill("#id_body", edited)
    page.wait_for_selector("#quality [data-rule='gratitude']")
    assert "P.S.%20Thank%20you%20again." in page.get_attribute("#mailto-link", "href")
    page.reload()
    assert page.input_value("#id_body").replace("\r\n", "\n") == edited

    copy_and_read_back(page, "[data-copy-source='id_body']", "#id_body")
    copy_and_read_back(page, "[data-copy-source='id_subject']", "#id_subject")
    assert page_factory.problems == []


def test_refused_clipboard_selects_the_text_and_says_how_to_copy(page_factory):
    page = page_factory("en-GB")
    page.add_init_script(
        "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));"
    )
    page.goto("/write/")
    page.click(".language-switch button[value='en']")
    page.wait_for_selector("html[lang='en']")
    fill_situation(
        page,
        company="Contoso",
        position="Analyst",
        contact="Jordan",
        invitation="email",
        stage="invitation",
        rapport="none",
        language="en",
        sender="Robin",
    )
    next_step(page, "/write/assessment/")
    fill_assessment(page, reason="location")
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")
    page.click("[data-copy-source='id_body']")
    expect(page.locator("#copy-status")).to_contain_text("Ctrl+C")
    selected = page.evaluate(
        "(() => { const t = document.getElementById('id_body');"
        " return t.value.substring(t.selectionStart, t.selectionEnd); })()"
    )
    assert selected == page.input_value("#id_body")
    assert page_factory.problems == []
