"""The hurried path on a phone: from the home page to a French email copied to
the clipboard, answering only what the message cannot do without (the
company, the position, one's name) and taking the defaults for the rest.

The person is driven through `Person`, which counts what they do (taps,
scrolls, fields typed, keystrokes) and estimates the time with the
keystroke-level model (Card, Moran and Newell), plus the time to read the
message once before sending it. README ("The quickest way") quotes the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}

# Keystroke-level model operators, in seconds.
KEYSTROKE = 0.28  # an average typist, about 40 words a minute
POINT = 1.1  # reach a target on screen
PRESS = 0.2  # tap (press and release)
THINK = 1.35  # mental preparation before each action and on each new page
HOME = 0.4  # hand between screen and keyboard, once per field typed
SCROLL = 1.5  # a swipe to bring the next target on screen
READING_WORDS_PER_MINUTE = 250

MAX_INTERACTIONS = 12
MAX_SECONDS = 90


@dataclass
class Person:
    """A person using the page, each action counted."""

    page: Any  # a Playwright Page
    taps: int = 0
    scrolls: int = 0
    fields: int = 0
    keystrokes: int = 0
    pages: int = 0
    read_words: int = 0
    log: list[str] = field(default_factory=list)

    @property
    def interactions(self) -> int:
        return self.taps + self.scrolls + self.fields

    def arrive(self, path: str) -> None:
        self.page.wait_for_url(re.compile(re.escape(path) + r"(\?.*)?$"))
        self.page.wait_for_load_state()
        self.pages += 1

    def _bring_into_view(self, locator) -> None:
        in_view = locator.evaluate(
            "e => { const r = e.getBoundingClientRect();"
            " return r.top >= 0 && r.bottom <= window.innerHeight; }"
        )
        if not in_view:
            self.scrolls += 1
            self.log.append("scroll")
            locator.scroll_into_view_if_needed()

    def tap(self, locator) -> None:
        self._bring_into_view(locator)
        self.taps += 1
        self.log.append(f"tap {locator.inner_text().strip()!r}")
        locator.click()

    def type_into(self, locator, text: str) -> None:
        self._bring_into_view(locator)
        self.fields += 1
        self.keystrokes += len(text)
        self.log.append(f"type {text!r}")
        locator.click()
        self.page.keyboard.type(text)

    def read(self, text: str) -> None:
        self.read_words += len(re.findall(r"\w+", text))

    def seconds(self) -> float:
        actions = self.interactions * THINK + self.pages * THINK
        pointing = (self.taps + self.fields) * (POINT + PRESS) + self.scrolls * SCROLL
        typing = self.fields * HOME + self.keystrokes * KEYSTROKE
        reading = self.read_words / READING_WORDS_PER_MINUTE * 60
        return actions + pointing + typing + reading


def test_a_french_email_is_copied_within_90_seconds_and_12_interactions(page_factory):
    page = page_factory("fr-FR", viewport=PHONE, clipboard=True)
    person = Person(page)
    page.goto("/")
    person.arrive("/")

    person.tap(page.get_by_role("link", name="Rédiger mon message"))
    person.arrive("/write/situation/")
    person.type_into(page.locator("#id_situation-company"), "Brasserie Lumière")
    person.type_into(page.locator("#id_situation-position"), "Responsable des ventes")
    person.type_into(page.locator("#id_situation-sender_name"), "Jules Martin")
    person.tap(page.get_by_role("button", name="Voir mon message maintenant"))
    person.arrive("/write/preview/")

    body = page.input_value("#id_body")
    person.read(body)
    # The invitation came by email (the default): copy, to reply in its thread.
    copy = page.locator(".send-actions button[data-copy-source='id_body']")
    expect(copy).to_have_text("Copier pour répondre dans le fil")
    person.tap(copy)
    expect(copy).to_have_text("Copié ✓")  # the button itself confirms

    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.replace("\r\n", "\n") == body.replace("\r\n", "\n")
    assert copied.startswith("Madame, Monsieur,")  # no contact named: the formal greeting
    for typed in ("Brasserie Lumière", "Responsable des ventes", "Jules Martin"):
        assert typed in copied
    assert "[" not in copied  # no placeholder left for a missing answer
    assert person.interactions <= MAX_INTERACTIONS, person.log
    seconds = person.seconds()
    print(
        f"hurried path: {person.interactions} interactions ({person.taps} taps,"
        f" {person.scrolls} scrolls, {person.fields} fields, {person.keystrokes} keystrokes),"
        f" {person.read_words} words read, about {seconds:.0f} s"
    )
    assert seconds <= MAX_SECONDS, person.log
    assert page_factory.problems == []
