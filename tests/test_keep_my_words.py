"""The user's own words on the preview are never replaced unasked: after a
hand edit, changed answers bring a choice (with what would change marked);
"Back to the proposed text" and a one-step "Undo" are kept server-side; the
conflict page marks what differs. In English and in French."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import pytest
from django.urls import reverse

from messages_app import services, wizard
from messages_app.composer import ComposedMessage
from messages_app.wizard.answers import compose_from_answers
from tests.factories import DraftFactory, post_wizard_step, save_fields, walk_wizard, wizard_answers

pytestmark = pytest.mark.django_db

PREVIEW = wizard.step_url(wizard.STEP_PREVIEW)
MANAGEMENT = f"{wizard.PREFIX}-current_step"
MY_TEXT = "Thank you for your call. I am not going on with it: my own words, é à ç."

WORDING = {
    "en": {
        "keep": "Keep my text",
        "use": "Use the new proposal",
        "back": ">Back to the proposed text</button>",
        "undo": ">Undo</button>",
        "kept": "Your text is kept, for your new answers.",
        "replaced": "The proposed text is in the editor.",
        "undone": "Undone: the text is back as it was before.",
        "removed": "Removed:",
        "differs": "What differs",
    },
    "fr": {
        "keep": "Garder mon texte",
        "use": "Utiliser la nouvelle proposition",
        "back": ">Revenir au texte proposé</button>",
        "undo": ">Annuler</button>",
        "kept": "Votre texte est conservé pour vos nouvelles réponses.",
        "replaced": "Le texte proposé est dans l’éditeur.",
        "undone": "C’est annulé\N{NO-BREAK SPACE}: le texte est revenu tel qu’il était.",
        "removed": "Retiré\N{NO-BREAK SPACE}:",
        "differs": "Ce qui diffère",
    },
}


@pytest.fixture(params=["en", "fr"])
def lang(request, client) -> str:
    """The interface language; the message is written in the same language."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = request.param
    return request.param


def answers(lang: str, **overrides: Any) -> dict[str, Any]:
    return wizard_answers(message_language=lang, **overrides)


def editor(page: str) -> str:
    """The text in the preview's editor, as the browser shows it."""
    match = re.search(r'id="id_body">(.*?)</textarea>', page, re.S)
    assert match, "no editor on the page"
    return html_lib.unescape(match.group(1)).removeprefix("\n")


def choice(page: str) -> str:
    """The "keep my text?" panel, or "" when the page does not ask."""
    match = re.search(
        r'<section class="card border-warning[^"]*regenerate-choice".*?</section>', page, re.S
    )
    return match.group(0) if match else ""


def send(client, body: str, *, subject: str = "S", action: str | None = None, **extra: Any) -> Any:
    data = {MANAGEMENT: "preview", "subject": subject, "body": body, "paper": "a4"}
    if action:
        data["action"] = action
    return client.post(PREVIEW, data, **extra)


def proposed(client) -> ComposedMessage:
    """What the composer proposes for the answers the wizard holds now."""
    held = wizard.get_wizard_answers(client.get(PREVIEW).wsgi_request)
    assert held is not None
    return compose_from_answers(held)


def proposal(client) -> str:
    return proposed(client).body


def edit_then_change_answers(client, lang: str) -> None:
    walk_wizard(client, answers(lang))
    send(client, MY_TEXT)
    post_wizard_step(client, "structure", answers(lang, tone="warm", include_door_open=False))


def test_changed_answers_keep_the_hand_edit_in_the_editor_and_ask(client, lang, seeded):
    words = WORDING[lang]
    edit_then_change_answers(client, lang)

    page = client.get(PREVIEW).text

    assert editor(page) == MY_TEXT
    panel = choice(page)
    assert words["keep"] in panel and words["use"] in panel
    # What would change: the user's words struck through, the proposal's underlined.
    assert '<del class="diff-removed">' in panel and '<ins class="diff-added">' in panel
    removed = "".join(re.findall(r'<del class="diff-removed">(.*?)</del>', panel, re.S))
    assert "my own words" in re.sub(r'<span class="visually-hidden">.*?</span>', "", removed)
    assert f'<span class="visually-hidden">{words["removed"]} </span>' in panel
    new_line = next(line for line in proposal(client).splitlines() if len(line) > 30)
    assert html_lib.escape(new_line.split()[-1]) in panel
    assert words["back"] not in page  # the panel is the way to the proposal here


def test_keep_my_text_keeps_it_for_the_new_answers(client, lang, seeded):
    words = WORDING[lang]
    edit_then_change_answers(client, lang)

    response = send(client, MY_TEXT, action="keep_mine", follow=True)

    assert words["kept"] in response.text
    assert editor(response.text) == MY_TEXT
    assert choice(response.text) == ""
    reloaded = client.get(PREVIEW).text
    assert editor(reloaded) == MY_TEXT and choice(reloaded) == ""
    assert words["back"] in reloaded  # the proposal stays one click away


def test_use_the_new_proposal_replaces_the_text_and_undo_brings_it_back(client, lang, seeded):
    words = WORDING[lang]
    edit_then_change_answers(client, lang)

    response = send(client, MY_TEXT, action="use_proposal", follow=True)

    assert words["replaced"] in response.text
    assert editor(response.text) == proposal(client)
    assert choice(response.text) == ""
    assert words["undo"] in response.text
    assert words["undo"] in client.get(PREVIEW).text  # kept across a reload

    undone = send(client, proposal(client), action="undo", follow=True)

    assert words["undone"] in undone.text
    assert editor(undone.text) == MY_TEXT
    assert words["keep"] in choice(undone.text)  # back exactly as it was: still asking
    # Nothing is lost the other way either: "Undo" again brings the proposal.
    again = send(client, MY_TEXT, action="undo", follow=True)
    assert editor(again.text) == proposal(client)


def test_back_to_the_proposed_text_then_undo(client, lang, seeded):
    words = WORDING[lang]
    walk_wizard(client, answers(lang))
    composed = proposal(client)
    assert words["back"] not in client.get(PREVIEW).text  # nothing edited yet
    send(client, MY_TEXT)
    page = client.get(PREVIEW).text
    assert words["back"] in page

    response = send(client, MY_TEXT, action="back_to_proposed", follow=True)

    assert editor(response.text) == composed
    assert words["back"] not in response.text
    undone = send(client, composed, action="undo", follow=True)
    assert editor(undone.text) == MY_TEXT


def test_text_typed_just_before_a_replacement_is_what_undo_brings_back(client, lang, seeded):
    edit_then_change_answers(client, lang)
    typed = MY_TEXT + " And one more sentence."

    send(client, typed, action="use_proposal")
    send(client, proposal(client), action="undo")

    assert editor(client.get(PREVIEW).text) == typed


def test_the_question_stays_until_answered(client, lang, seeded):
    words = WORDING[lang]
    edit_then_change_answers(client, lang)

    # "Previous" posts the editor's text unchanged: the question is still open.
    send(client, MY_TEXT, wizard_goto_step="structure")
    page = client.get(PREVIEW).text

    assert editor(page) == MY_TEXT
    assert words["keep"] in choice(page)


def test_typing_in_the_kept_text_answers_the_question_and_refreshes_the_buttons(
    client, lang, seeded
):
    words = WORDING[lang]
    edit_then_change_answers(client, lang)

    autosave = send(client, MY_TEXT + " More.", HTTP_HX_REQUEST="true")

    assert '<div id="text-undo"' in autosave.text and 'hx-swap-oob="true"' in autosave.text
    assert words["back"] in autosave.text
    page = client.get(PREVIEW).text
    assert editor(page) == MY_TEXT + " More." and choice(page) == ""


def test_a_text_never_edited_follows_the_new_answers(client, lang, seeded):
    walk_wizard(client, answers(lang))
    message = proposed(client)
    send(client, message.body, subject=message.subject)  # "Save my changes", nothing edited

    post_wizard_step(client, "structure", answers(lang, tone="warm", include_door_open=False))
    page = client.get(PREVIEW).text

    assert editor(page) == proposal(client)
    assert choice(page) == ""


def test_editing_a_saved_hand_edited_draft_asks_before_replacing_it(client, lang, alice, seeded):
    words = WORDING[lang]
    client.force_login(alice)
    draft = DraftFactory.create(
        owner=alice,
        answers=answers(lang),
        language=lang,
        body="Dear Ms Martin,\n\nThank you. (edited before signing up)\n\nAlice",
    )
    client.post(reverse("messages_app:draft_edit", args=[draft.pk]))
    post_wizard_step(client, "structure", answers(lang, tone="warm"))

    page = client.get(PREVIEW).text

    assert editor(page) == draft.body
    assert words["keep"] in choice(page)
    assert "(edited before signing up)" in choice(page)
    # Saving what is on screen updates the draft with the user's own text.
    client.post(
        reverse("messages_app:draft_save"),
        {"subject": draft.subject, "body": editor(page), **save_fields(client.get(PREVIEW))},
    )
    draft.refresh_from_db()
    assert "(edited before signing up)" in draft.body


def test_the_conflict_page_marks_what_differs(client, lang, alice, seeded):
    words = WORDING[lang]
    client.force_login(alice)
    draft = DraftFactory.create(owner=alice, answers=answers(lang), language=lang)
    client.post(reverse("messages_app:draft_edit", args=[draft.pk]))
    fields = save_fields(client.get(PREVIEW))
    services.draft_update(
        draft=draft, expected_version=1, subject="S", body="Thank you. Newer words from tab B."
    )

    response = client.post(
        reverse("messages_app:draft_save"),
        {"subject": "S", "body": "Thank you. Older words from tab A.", **fields},
    )

    assert response.status_code == 409
    assert words["differs"] in response.text
    assert re.search(r'<del class="diff-removed">.*?Newer.*?</del>', response.text, re.S)
    assert re.search(r'<ins class="diff-added">.*?Older.*?</ins>', response.text, re.S)


def test_a_message_from_an_older_session_still_opens_and_keeps_its_earlier_edit(
    client, lang, seeded
):
    words = WORDING[lang]
    walk_wizard(client, answers(lang))
    session = client.session
    stored = session[wizard.SESSION_KEY]
    # The layout earlier versions stored: no "edited" flag, an "earlier_text".
    stored["extra_data"]["preview_text"] = {"subject": "S", "body": MY_TEXT, "basis": "old"}
    stored["extra_data"]["earlier_text"] = {"subject": "S", "body": "Older edit", "basis": "x"}
    session[wizard.SESSION_KEY] = stored
    session.save()

    page = client.get(PREVIEW).text

    assert editor(page) == MY_TEXT
    assert words["keep"] in choice(page)
    assert words["undo"] in page
    undone = send(client, MY_TEXT, action="undo", follow=True)
    assert editor(undone.text) == "Older edit"
