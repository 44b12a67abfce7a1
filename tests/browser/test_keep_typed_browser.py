"""Nothing typed is lost on reload, even with the cursor still in the field:
every wizard step and the draft page keep what is typed as it is typed
(static/js/keep-typed.js: a copy in this tab's sessionStorage, and on the
wizard a debounced autosave flushed by beacon when the page is left)."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from messages_app.models import Draft
from tests.browser.test_wizard_browser import choose

pytestmark = pytest.mark.browser


def next_step(page, expected_path: str) -> None:
    page.locator(".wizard-nav button.btn-primary").click()
    page.wait_for_url(re.compile(re.escape(expected_path) + "$"))


def type_at_the_end(page, selector: str, text: str) -> None:
    """Type as a person does, leaving the cursor in the field (no blur, so no
    `change` event) and giving the debounced autosave no time to fire."""
    page.focus(selector)
    page.keyboard.press("Control+End")
    page.keyboard.type(text)


def still_focused(page, selector: str) -> bool:
    return page.evaluate("(s) => document.activeElement === document.querySelector(s)", selector)


def fill_situation(page) -> None:
    page.fill("#id_situation-company", "Northwind Traders")
    page.fill("#id_situation-position", "Product Designer")
    page.check("input[name='situation-invitation_channel'][value='email']")
    page.check("input[name='situation-stage'][value='invitation']")
    page.check("input[name='situation-rapport'][value='some']")
    page.check("input[name='situation-message_language'][value='en']")
    page.fill("#id_situation-sender_name", "Alex Kim")


def fill_assessment(page) -> None:
    page.check("input[name='assessment-reasons'][value='another_offer']")
    choose(page, "input[name='assessment-certainty'][value='sure']")


def walk_to_preview(page) -> None:
    page.goto("/write/")
    fill_situation(page)
    next_step(page, "/write/assessment/")
    fill_assessment(page)
    next_step(page, "/write/channel/")
    next_step(page, "/write/structure/")
    next_step(page, "/write/preview/")


def new_tab(page_factory, page):
    """Another tab of the same browser (same cookies, so the same session),
    with its own, empty sessionStorage: it sees only what the server holds."""
    tab = page.context.new_page()
    tab.on(
        "console",
        lambda msg: (
            page_factory.problems.append(f"console {msg.type}: {msg.text}")
            if msg.type == "error"
            else None
        ),
    )
    tab.on("pageerror", lambda exc: page_factory.problems.append(f"page error: {exc}"))
    return tab


def server_value(tab, path: str, selector: str, expected: str, *, seconds: float = 8) -> str:
    """The value the server renders for a field, waiting for it to become
    `expected` (a beacon or autosave may still be on its way)."""
    deadline = time.monotonic() + seconds
    while True:
        tab.goto(path)
        value = tab.input_value(selector).replace("\r\n", "\n")
        if value == expected or time.monotonic() > deadline:
            return value
        time.sleep(0.2)


def log_in(page, email: str, next_path: str) -> None:
    from tests.factories import PASSWORD

    page.goto(f"/accounts/login/?next={next_path}")
    page.fill("input[name='login']", email)
    page.fill("input[name='password']", PASSWORD)
    page.locator("main form button[type='submit']").last.click()
    page.wait_for_url(re.compile(re.escape(next_path) + "$"))


def test_company_typed_without_leaving_the_field_survives_an_immediate_reload(page_factory):
    page = page_factory("en-GB")
    page.goto("/write/")
    page.wait_for_url(re.compile("/write/situation/$"))
    type_at_the_end(page, "#id_situation-company", "Northwind Traders")
    assert still_focused(page, "#id_situation-company")
    page.reload()

    expect(page.locator("#id_situation-company")).to_have_value("Northwind Traders")
    # The server has it too: a tab that never saw the typing shows it.
    tab = new_tab(page_factory, page)
    assert (
        server_value(tab, "/write/situation/", "#id_situation-company", "Northwind Traders")
        == "Northwind Traders"
    )
    assert page_factory.problems == []


def test_last_words_of_the_private_notes_survive_an_immediate_reload(page_factory):
    page = page_factory("en-GB")
    page.goto("/write/")
    fill_situation(page)
    next_step(page, "/write/assessment/")
    fill_assessment(page)
    # The first sentence reaches the server through the debounced autosave...
    with page.expect_response(
        lambda r: (
            r.url.endswith("/write/assessment/advice/")
            and parse_qs(r.request.post_data or "").get("assessment-notes")
            == ["The salary is fine."]
        )
    ):
        page.fill("#id_assessment-notes", "The salary is fine.")
    # ...the last words are still being typed when the page is reloaded.
    type_at_the_end(page, "#id_assessment-notes", " But the commute is two hours.")
    page.reload()

    expected = "The salary is fine. But the commute is two hours."
    expect(page.locator("#id_assessment-notes")).to_have_value(expected)
    tab = new_tab(page_factory, page)
    assert server_value(tab, "/write/assessment/", "#id_assessment-notes", expected) == expected
    assert page_factory.problems == []


def test_preview_edit_survives_an_immediate_reload(page_factory):
    page = page_factory("en-GB")
    walk_to_preview(page)
    composed = page.input_value("#id_body").replace("\r\n", "\n")
    type_at_the_end(page, "#id_body", "\nP.S. Good luck with the search.")
    page.reload()

    expected = composed + "\nP.S. Good luck with the search."
    expect(page.locator("#id_body")).to_have_value(expected)
    # The page follows the text put back (the mail link is built from it).
    expect(page.locator("#mailto-link")).to_have_attribute(
        "href", re.compile(re.escape("P.S.%20Good%20luck%20with%20the%20search."))
    )
    tab = new_tab(page_factory, page)
    assert server_value(tab, "/write/preview/", "#id_body", expected) == expected
    # Reloading again shows the text once, without a stray "saved" message.
    page.reload()
    expect(page.locator("#id_body")).to_have_value(expected)
    assert page.locator(".messages .alert").count() == 0
    assert page_factory.problems == []


def test_typing_then_leaving_the_page_at_once_is_sent_to_the_server(page_factory):
    page = page_factory("en-GB")
    page.goto("/write/")
    type_at_the_end(page, "#id_situation-position", "Product Designer")
    # Leave at once, the cursor still in the field (no `change`, and before the
    # autosave's delay): only the beacon sent as the page goes can carry it. The
    # server refuses a multipart body, so this also proves it is urlencoded,
    # with the form's CSRF token.
    page.goto("/")

    tab = new_tab(page_factory, page)
    assert (
        server_value(tab, "/write/situation/", "#id_situation-position", "Product Designer")
        == "Product Designer"
    )
    assert page_factory.problems == []


@pytest.fixture
def alice_draft_page(page_factory):
    from tests.factories import DraftFactory, UserFactory

    # A verified primary address (UserFactory): logging in works even with
    # mandatory email verification.
    alice = UserFactory(username="alice", email="alice@example.org")
    draft = DraftFactory(owner=alice, company="Acme Robotics", position="Backend developer")
    page = page_factory("en-GB")
    log_in(page, "alice@example.org", f"/history/{draft.pk}/")
    return page, draft


def open_edit(page) -> None:
    page.locator("details.draft-edit summary").click()
    expect(page.locator("details.draft-edit")).to_have_attribute("open", "")


def test_draft_page_edit_survives_a_reload_and_is_forgotten_once_saved(
    page_factory, alice_draft_page
):
    page, draft = alice_draft_page
    open_edit(page)
    type_at_the_end(page, "details.draft-edit #id_body", "\nP.S. See you at the meetup.")
    page.reload()

    expected = draft.body + "\nP.S. See you at the meetup."
    # Shown where it was typed (the edit panel opens again), nothing saved yet.
    expect(page.locator("details.draft-edit")).to_have_attribute("open", "")
    expect(page.locator("details.draft-edit #id_body")).to_have_value(expected)
    draft.refresh_from_db()
    assert draft.version == 1

    page.get_by_role("button", name="Save my changes").click()
    expect(page.locator(".messages")).to_contain_text("Your changes are saved.")
    draft.refresh_from_db()
    assert draft.body == expected and draft.version == 2
    # Saved: this tab keeps no copy of it any more.
    assert page.evaluate("window.sessionStorage.length") == 0
    assert page_factory.problems == []


def test_a_newer_text_saved_in_another_tab_wins_over_an_old_local_copy(
    page_factory, alice_draft_page
):
    page, draft = alice_draft_page
    open_edit(page)
    type_at_the_end(page, "details.draft-edit #id_body", "\nMy unsaved words.")
    page.reload()
    # The copy is put back while the server still holds what it was typed over...
    expect(page.locator("details.draft-edit #id_body")).to_have_value(
        draft.body + "\nMy unsaved words."
    )

    # ...but another tab saves a newer text meanwhile.
    tab = new_tab(page_factory, page)
    tab.goto(f"/history/{draft.pk}/")
    open_edit(tab)
    tab.fill("details.draft-edit #id_body", "A newer text, saved from the other tab.")
    tab.get_by_role("button", name="Save my changes").click()
    expect(tab.locator(".messages")).to_contain_text("Your changes are saved.")
    assert Draft.objects.get(pk=draft.pk).version == 2

    page.reload()
    expect(page.locator("details.draft-edit #id_body")).to_have_value(
        "A newer text, saved from the other tab."
    )
    expect(page.locator("#draft-message")).to_contain_text(
        "A newer text, saved from the other tab."
    )
    # And it stays so: the old copy is gone, not just skipped once.
    page.reload()
    expect(page.locator("details.draft-edit #id_body")).to_have_value(
        "A newer text, saved from the other tab."
    )
    assert page_factory.problems == []


def test_autosave_with_the_focus_on_save_saves_no_draft(page_factory):
    """htmx sends a form's request to the `formaction` of the button that has
    the focus: tabbing onto "Save to my history" while an edit waits to be
    autosaved must not save a draft behind the person's back."""
    from tests.factories import UserFactory

    UserFactory(username="alice", email="alice@example.org")
    page = page_factory("en-GB")
    log_in(page, "alice@example.org", "/history/")
    walk_to_preview(page)
    type_at_the_end(page, "#id_body", "\nP.S. Thank you again.")
    with page.expect_response(lambda r: r.request.method == "POST") as autosave:
        page.get_by_role("button", name="Save to my history").focus()

    assert autosave.value.url.endswith("/write/preview/")
    assert not Draft.objects.exists()
    expect(page.get_by_role("button", name="Save to my history")).to_be_focused()
    tab = new_tab(page_factory, page)
    tab.goto("/write/preview/")
    assert tab.input_value("#id_body").endswith("P.S. Thank you again.")
    assert page_factory.problems == []


def test_download_pdf_right_after_typing_renders_once_and_keeps_the_edit(page_factory, tmp_path):
    page = page_factory("en-GB", accept_downloads=True)
    walk_to_preview(page)
    pdf_requests: list[str] = []
    page.on("request", lambda r: pdf_requests.append(r.url) if "/write/pdf/" in r.url else None)
    type_at_the_end(page, "#id_body", "\nP.S. Good luck.")
    with (
        page.expect_response(lambda r: r.url.endswith("/write/preview/")) as autosave,
        page.expect_download() as download,
    ):
        page.get_by_role("button", name="Download PDF").click()

    assert download.value.suggested_filename.endswith(".pdf")
    assert autosave.value.ok
    assert len(pdf_requests) == 1
    assert page.locator(".alert-danger").count() == 0  # no "busy, try again"
    tab = new_tab(page_factory, page)
    tab.goto("/write/preview/")
    assert tab.input_value("#id_body").endswith("P.S. Good luck.")
    assert page_factory.problems == []
