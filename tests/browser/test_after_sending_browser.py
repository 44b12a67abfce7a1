"""After sending, as a new user would try it, in French and in English: a
person who declined gets "why?" by email, finds the reply that gives the
reason their message gave and copies it within a minute, records a
reflection, and sees their reasons across a dozen declines on one chart,
with the same figures in its table."""

from __future__ import annotations

import copy
import re
import time

import pytest
from playwright.sync_api import expect

from tests.browser.test_keep_typed_browser import log_in

pytestmark = pytest.mark.browser

#: The words a person reads and clicks, in each interface language.
WORDS = {
    "fr-FR": {
        "react": "Quelle a été leur réaction",
        "why": "Demande pourquoi",
        "their_reply": "Leur réponse (facultatif)",
        "propose": "Proposer ma réponse",
        "copy": "Copier la réponse",
        "copied": "Copié dans le presse-papiers.",
        "reflect": "Faire le point sur cette décision",
        "change_of_mind": "Qu’est-ce qui vous aurait fait dire oui",
        "save": "Enregistrer mon bilan",
        "insights": "Mes refus",
        "location": "Localisation ou trajet",
    },
    "en-GB": {
        "react": "How did they react?",
        "why": "Asks why",
        "their_reply": "Their reply (optional)",
        "propose": "Propose my reply",
        "copy": "Copy the reply",
        "copied": "Copied to the clipboard.",
        "reflect": "Reflect on this decision",
        "change_of_mind": "What would have made you say yes?",
        "save": "Save my reflection",
        "insights": "My declines",
        "location": "Location or commute",
    },
}

#: Eleven earlier declines, with the reasons given (location three more times).
EARLIER = [
    ["another_offer"],
    ["location"],
    ["culture"],
    ["culture", "career_goals"],
    ["location", "personal"],
    ["career_goals"],
    ["personal"],
    ["culture"],
    ["better_offer"],
    ["location"],
    ["role_changed"],
]


def _alice_with_a_dozen_declines(language: str):
    """Alice, her eleven earlier declines, and the sent email declining
    for the commute that the recruiter answers with "why?"."""
    from messages_app.models import DraftStatus
    from tests.factories import DraftFactory, UserFactory, wizard_answers

    alice = UserFactory(username="alice", email="alice@example.org")
    for index, reasons in enumerate(EARLIER):
        DraftFactory(
            owner=alice,
            company=f"Company {index}",
            status=DraftStatus.SENT,
            answers=wizard_answers(reasons=reasons),
        )
    sent = DraftFactory(
        owner=alice,
        company="Acme Robotics",
        position="Backend developer",
        subject="Backend developer interview",
        language=language,
        status=DraftStatus.SENT,
        answers=wizard_answers(
            reasons=["location"], reason_detail="specific", message_language=language
        ),
    )
    return sent


def _table(page, slug: str) -> dict[str, str]:
    rows = page.locator(f"[data-table='{slug}'] tbody tr")
    return {
        rows.nth(i).locator("th").inner_text().strip(): rows.nth(i).locator("td").inner_text()
        for i in range(rows.count())
    }


@pytest.mark.parametrize("locale", ["fr-FR", "en-GB"])
def test_why_by_email_to_a_copied_reply_a_reflection_and_the_reasons_on_one_chart(
    page_factory, locale
):
    from messages_app.models import RecruiterReaction, Reflection
    from messages_app.reaction_services import composed_reply

    words = WORDS[locale]
    language = locale[:2]
    sent = _alice_with_a_dozen_declines(language)
    page = page_factory(locale, clipboard=True)
    log_in(page, "alice@example.org", f"/history/{sent.pk}/")

    # "Why?" by email: a reply that gives the reason the message gave, copied.
    started = time.monotonic()
    page.get_by_role("link", name=words["react"]).click()
    # "(optional)" is the only marker: no asterisk on the question they must answer.
    expect(page.locator("#reaction-form .asteriskField")).to_be_hidden()
    page.get_by_label(words["why"]).check()
    page.get_by_label(words["their_reply"]).fill("Could you tell us why?")
    page.get_by_role("button", name=words["propose"]).click()
    page.wait_for_url(re.compile(rf"/history/{sent.pk}/#reaction-\d+$"))
    page.get_by_role("button", name=words["copy"]).click()
    expect(page.locator("[id^=reply-copy-status-]")).to_have_text(words["copied"])
    copied = page.evaluate("navigator.clipboard.readText()")
    elapsed = time.monotonic() - started
    reaction = RecruiterReaction.objects.get(draft=sent)
    assert copied == page.locator(".reply-body").inner_text() == reaction.reply_body
    # The reply is the one written for the commute, in the message's language.
    assert reaction.reply_body == composed_reply(sent, "why").body
    assert reaction.reply_body != composed_reply(_with_reason(sent, "career_goals"), "why").body
    assert elapsed < 60, elapsed

    # A reflection, saved with the draft.
    page.get_by_role("link", name=words["reflect"]).first.click()
    page.get_by_label(words["change_of_mind"]).fill("An office closer to home.")
    page.get_by_role("button", name=words["save"]).click()
    page.wait_for_url(re.compile(rf"/history/{sent.pk}/"))
    assert Reflection.objects.get(draft=sent).change_of_mind == "An office closer to home."

    # The dozen declines on one chart, the same figures in its table.
    page.get_by_role("link", name=words["insights"]).first.click()
    expect(page.locator(".insights-total")).to_contain_text("12")
    reasons = _table(page, "reasons")
    assert reasons[words["location"]] == "4"
    chart = page.locator("[data-chart='reasons'] .chart-row")
    assert chart.count() == len(reasons)
    expect(page.locator("main")).to_contain_text("An office closer to home.")
    assert page_factory.problems == []


def _with_reason(draft, reason: str):
    """A copy of the draft as if it had declined for `reason` (not saved)."""
    other = copy.copy(draft)
    other.answers = {**draft.answers, "reasons": [reason]}
    return other
