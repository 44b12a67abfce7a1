"""Errors and limits in real Chromium: the error summary takes focus and its
links lead to the fields; the character counter follows what is typed, and
nothing typed is cut."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from messages_app.limits import NAME_MAX
from tests.browser.test_wizard_browser import next_step

pytestmark = pytest.mark.browser


def focused_id(page) -> str:
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_an_empty_step_focuses_the_summary_whose_links_lead_to_the_fields(page_factory):
    page = page_factory("fr-FR")
    page.goto("/write/situation/")
    page.locator(".wizard-nav button.btn-primary").click()
    page.wait_for_url(re.compile("/write/situation/$"))
    summary = page.locator("[data-error-summary]")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("Il y a un problème")
    expect(summary).to_contain_text("Indiquez le nom de l’entreprise")
    assert page.title().startswith("Erreur\u00a0: ")
    # Keyboard: the first link is one Tab away, Enter moves to its field.
    page.keyboard.press("Tab")
    expect(summary.locator("a").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#id_situation-company")).to_be_focused()
    # A radio group's link moves to its first option.
    summary.get_by_role("link", name="Indiquez où vous en êtes dans le processus").click()
    expect(page.locator("#id_situation-stage_0")).to_be_focused()
    assert page_factory.problems == [], page_factory.problems


def test_the_counter_follows_the_typing_and_nothing_is_cut(page_factory):
    page = page_factory("en-GB")
    page.goto("/write/situation/")
    company = page.locator("#id_situation-company")
    counter = page.locator("#id_situation-company-counter")
    expect(counter).to_have_text(f"You have {NAME_MAX} characters remaining")
    assert counter.get_attribute("aria-live") == "polite"
    assert "id_situation-company-counter" in (company.get_attribute("aria-describedby") or "")
    company.fill("Acme")
    expect(counter).to_have_text(f"You have {NAME_MAX - 4} characters remaining")
    company.fill("x" * (NAME_MAX - 1))
    expect(counter).to_have_text("You have 1 character remaining")
    long_name = "Lorem ipsum dolor sit amet " * 5  # 135 characters
    company.fill(long_name)
    assert company.input_value() == long_name  # no maxlength: the paste is whole
    expect(counter).to_have_text(f"You have {len(long_name) - NAME_MAX} characters too many")
    company.press("End")
    company.press("Backspace")
    expect(counter).to_have_text(f"You have {len(long_name) - 1 - NAME_MAX} characters too many")
    # The server says it too, and shows the text as typed.
    page.locator(".wizard-nav button.btn-primary").click()
    page.wait_for_url(re.compile("/write/situation/$"))
    expect(page.locator("[data-error-summary]")).to_contain_text(
        f"must be {NAME_MAX} characters or fewer"
    )
    expect(company).to_have_value(long_name[:-1])
    assert page_factory.problems == [], page_factory.problems


def test_the_french_counter_and_a_text_area(page_factory):
    page = page_factory("fr-FR")
    page.goto("/write/situation/")
    page.fill("#id_situation-company", "Acme")
    page.fill("#id_situation-position", "Data Engineer")
    page.check("input[name='situation-invitation_channel'][value='email']")
    page.check("input[name='situation-stage'][value='invitation']")
    page.check("input[name='situation-rapport'][value='none']")
    page.fill("#id_situation-sender_name", "Léa Martin")
    next_step(page, "/write/assessment/")
    notes = page.locator("#id_assessment-notes")
    counter = page.locator("#id_assessment-notes-counter")
    limit = int(notes.get_attribute("data-max-chars") or 0)
    notes.fill("é" * (limit - 1) + "\n")
    expect(counter).to_have_text("Il vous reste 0 caractère")
    notes.press("End")
    notes.type("ab")
    expect(counter).to_have_text("Vous avez 2 caractères en trop")
    assert page_factory.problems == [], page_factory.problems
