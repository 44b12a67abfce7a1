"""Errors the way people find them: a summary at the top linking to each field,
"Error:" in the page title, a message that says what to do for each required
field, and over-long text kept as typed (no `maxlength` cutting a paste)."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from messages_app.limits import CUSTOM_REASON_MAX, NAME_MAX
from tests.factories import DraftFactory, UserFactory
from tests.test_wizard import MANAGEMENT, STRUCTURE, field_html, post_step, walk

#: Every required field of the steps and the preview, with its own message.
REQUIRED = [
    ("situation", "company", "Enter the company's name", "Indiquez le nom de l’entreprise"),
    ("situation", "position", "Enter the position", "Indiquez le poste"),
    (
        "situation",
        "invitation_channel",
        "Choose how the invitation reached you",
        "Indiquez comment vous avez reçu l’invitation",
    ),
    (
        "situation",
        "stage",
        "Choose where you are in the process",
        "Indiquez où vous en êtes dans le processus",
    ),
    (
        "situation",
        "rapport",
        "Choose how well you know your contact",
        "Indiquez si vous connaissez bien votre interlocuteur",
    ),
    (
        "situation",
        "message_language",
        "Choose the language of the message",
        "Choisissez la langue du message",
    ),
    ("situation", "sender_name", "Enter your name", "Indiquez votre nom"),
    ("assessment", "reasons", "Tick at least one reason.", "Cochez au moins une raison."),
    (
        "assessment",
        "basis",
        "Choose whether your decision rests on facts or a feeling",
        "Indiquez si votre décision repose sur des faits ou sur une impression",
    ),
    (
        "assessment",
        "researched",
        "Choose whether you have looked into the company and the role",
        "Indiquez si vous avez fait des recherches sur l’entreprise et le poste",
    ),
    (
        "assessment",
        "certainty",
        "Choose how sure you are",
        "Indiquez si votre décision est arrêtée",
    ),
    (
        "channel",
        "channel",
        "Choose how you will tell them",
        "Choisissez comment vous allez les prévenir",
    ),
    (
        "structure",
        "reason_detail",
        "Choose whether to give a reason",
        "Indiquez si vous donnez une raison",
    ),
    ("structure", "tone", "Choose a tone", "Choisissez un ton"),
    ("structure", "length", "Choose a length", "Choisissez une longueur"),
]


#: The answer that makes a question asked.
REVEALED_BY = {"basis": {"certainty": "unsure"}, "researched": {"certainty": "unsure"}}


def summary(html: str) -> str:
    match = re.search(r"<div[^>]*data-error-summary[^>]*>(.*?)</div>", html, re.S)
    assert match, "no error summary"
    return match.group(0)


def summary_links(html: str) -> list[tuple[str, str]]:
    """(field id, message) of each link in the error summary."""
    return [
        (field_id, html_lib.unescape(text.strip()))
        for field_id, text in re.findall(r'<a href="#([^"]+)"[^>]*>(.*?)</a>', summary(html), re.S)
    ]


def page_title(html: str) -> str:
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title
    # Runs of spaces and new lines only: the no-break space is part of the text.
    return re.sub(r"[ \t\n]+", " ", html_lib.unescape(title.group(1))).strip()


def post_preview(client, **values: str):
    return client.post("/write/preview/", {MANAGEMENT: "preview", "paper": "a4", **values})


def set_language(client, language: str):
    client.cookies["django_language"] = language
    return client


@pytest.mark.django_db
def test_the_summary_links_each_error_to_its_field_in_field_order(client, seeded):
    set_language(client, "en")
    html = post_step(client, "situation", {"company": "Acme"}).text
    links = summary_links(html)
    assert [message for _, message in links] == [
        "Enter the position",
        "Choose how the invitation reached you",
        "Choose where you are in the process",
        "Choose how well you know your contact",
        "Choose the language of the message",
        "Enter your name",
    ]
    for field_id, _ in links:
        assert f'id="{field_id}"' in html
    # A text field by its own id, a radio group by its first input.
    assert links[0][0] == "id_situation-position"
    assert links[1][0] == "id_situation-invitation_channel_0"
    block = summary(html)
    assert 'role="alert"' in block
    assert 'tabindex="-1"' in block
    assert "There is a problem" in block
    assert "Some answers need your attention" not in html


@pytest.mark.django_db
def test_the_summary_is_in_french_and_the_checkboxes_link_to_the_first_one(client, seeded):
    walk(client, until="assessment")
    html = post_step(client, "assessment", {"notes": "à garder"}).text
    assert "Il y a un problème" in summary(html)
    links = summary_links(html)
    assert links[0] == ("id_assessment-reasons_0", "Cochez au moins une raison.")
    assert [field_id for field_id, _ in links] == [
        "id_assessment-reasons_0",
        "id_assessment-certainty_0",
    ]
    # Not sure: the two questions that follow are asked, in the order shown.
    html = post_step(client, "assessment", {"notes": "à garder", "certainty": "unsure"}).text
    assert [field_id for field_id, _ in summary_links(html)] == [
        "id_assessment-reasons_0",
        "id_assessment-basis_0",
        "id_assessment-researched_0",
    ]


@pytest.mark.django_db
def test_the_channel_cards_link_to_their_first_option(client, seeded):
    set_language(client, "en")
    walk(client, until="channel")
    html = post_step(client, "channel", {}).text
    ((field_id, message),) = summary_links(html)
    assert message == "Choose how you will tell them"
    assert f'id="{field_id}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "prefix"), [("en", "Error: "), ("fr", "Erreur\u00a0: ")])
def test_a_step_with_errors_says_so_in_its_title(client, seeded, language, prefix):
    set_language(client, language)
    html = post_step(client, "situation", {}).text
    assert page_title(html).startswith(prefix)
    clean = client.get("/write/situation/").text
    assert not page_title(clean).startswith(prefix)
    assert "data-error-summary" not in clean


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "title"), [("en", "Error: Your message"), ("fr", "Erreur\u00a0: Votre message")]
)
def test_the_preview_with_an_empty_message_has_the_summary_and_the_title(
    client, seeded, language, title
):
    set_language(client, language)
    walk(client)
    html = post_preview(client, subject="Hello", body="").text
    assert page_title(html).startswith(title)
    ((field_id, message),) = summary_links(html)
    assert field_id == "id_body"
    assert message == {"en": "The message is empty.", "fr": "Le message est vide."}[language]


@pytest.mark.django_db
def test_the_preview_of_an_email_asks_for_its_subject(client, seeded):
    set_language(client, "en")
    walk(client)
    html = post_preview(client, subject="", body="Hello").text
    assert summary_links(html) == [("id_subject", "The subject is empty.")]


@pytest.mark.django_db
@pytest.mark.parametrize(("step", "name", "english", "french"), REQUIRED)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_required_field_has_its_own_message(
    client, seeded, language, step, name, english, french
):
    set_language(client, language)
    walk(client, until=step)
    html = post_step(client, step, REVEALED_BY.get(name, {})).text
    message = english if language == "en" else french
    assert message in [text for _, text in summary_links(html)]
    generic = "This field is required." if language == "en" else "Ce champ est obligatoire."
    assert generic not in html
    if step != "channel":  # the channel cards have their own markup
        assert html_lib.escape(message) in field_html(html, f"{step}-{name}")


@pytest.mark.django_db
def test_text_widgets_have_no_maxlength_but_carry_their_limit(client, seeded):
    set_language(client, "en")
    pages = [client.get("/write/situation/").text]
    walk(
        client, until="structure", assessment={"reasons": ["other"]}, situation={"stage": "several"}
    )
    pages.append(client.get("/write/assessment/").text)
    pages.append(client.get("/write/structure/").text)
    walk(client, assessment={"reasons": ["other"]}, situation={"stage": "several"})
    pages.append(client.get("/write/preview/").text)
    for html in pages:
        assert "maxlength" not in html
    assert f'data-max-chars="{NAME_MAX}"' in field_html(pages[0], "situation-company")
    assert f'data-max-chars="{CUSTOM_REASON_MAX}"' in field_html(
        pages[2], "structure-custom_reason"
    )
    assert 'data-max-chars="' in field_html(pages[1], "assessment-notes")
    assert 'data-max-chars="' in field_html(pages[2], "structure-feedback")
    assert 'data-max-chars="' in field_html(pages[3], "body")
    company = field_html(pages[0], "situation-company")
    assert 'data-chars-left-other="You have %(count)s characters remaining"' in company
    assert 'data-chars-over-one="You have %(count)s character too many"' in company


@pytest.mark.django_db
def test_the_counter_wording_follows_the_interface_language(client, seeded):
    html = client.get("/write/situation/").text
    company = field_html(html, "situation-company")
    assert 'data-chars-left-one="Il vous reste %(count)s caractère"' in company
    assert 'data-chars-over-other="Vous avez %(count)s caractères en trop"' in company


@pytest.mark.django_db
def test_an_over_long_paste_is_kept_as_typed_with_its_error(client, seeded):
    set_language(client, "en")
    walk(client, until="structure", assessment={"reasons": ["other"]})
    reason = ("Lorem ipsum dolor sit amet " * 15).strip()  # 404 characters
    assert len(reason) > CUSTOM_REASON_MAX
    response = post_step(client, "structure", {**STRUCTURE, "custom_reason": reason})
    assert response.status_code == 200
    block = field_html(response.text, "structure-custom_reason")
    assert f'value="{reason}"' in block
    assert f"must be {CUSTOM_REASON_MAX} characters or fewer – it has {len(reason)}" in block
    assert summary_links(response.text)[0][0] == "id_structure-custom_reason"
    # Still all there when the page is opened again.
    again = client.get("/write/structure/").text
    assert f'value="{reason}"' in field_html(again, "structure-custom_reason")
    # Shortened, it goes through.
    response = post_step(
        client, "structure", {**STRUCTURE, "custom_reason": reason[:CUSTOM_REASON_MAX]}
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_a_saved_draft_page_counts_characters_too(client, seeded):
    alice = UserFactory()
    draft = DraftFactory(owner=alice)
    client.force_login(alice)
    html = client.get(f"/history/{draft.pk}/").text
    assert "js/counters.js" in html
    assert 'data-max-chars="' in html
    assert "maxlength" not in html
