"""Where the message goes and how it leaves: the recipient's email or phone
number (preview, session, draft, export, PDF), the `mailto:`, `tel:` and
`sms:` links, and the one primary action of each channel."""

from __future__ import annotations

import io
import json
import re
from urllib.parse import unquote

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from pypdf import PdfReader

from messages_app.composer import ComposedMessage
from messages_app.mailto import mailto_url
from messages_app.models import Draft
from messages_app.phone import dialable, tel_url, validate_phone
from messages_app.send_actions import CALL_MODE, COPY, MAIL, primary_action
from messages_app.sms import sms_url
from tests.factories import DraftFactory, save_fields, wizard_answers
from tests.test_wizard import MANAGEMENT, walk

PREVIEW = "/write/preview/"


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def _post_preview(client, **values):
    return client.post(PREVIEW, {MANAGEMENT: "preview", "paper": "a4", **values})


# --- the links ----------------------------------------------------------------


def test_the_mailto_link_is_addressed_to_the_recipient():
    message = ComposedMessage(language="en", channel="email", subject="Thanks", body="No")
    assert mailto_url(message, "claire.martin@acme.test").startswith(
        "mailto:claire.martin@acme.test?subject=Thanks&body=No"
    )


def test_the_sms_link_carries_the_number_and_the_whole_text_encoded():
    url = sms_url("+33 6 12-34.56 (78)", "Bonjour Jérôme & co,\nmerci ? 100% sûr+")
    assert url.startswith("sms:+33612345678?&body=")
    body = url.split("?&body=", 1)[1]
    # Nothing left that a messages app would read as a separator or a space.
    assert not re.search(r"[ &?+#\n]", body)
    assert "%20" in body and "%0A" in body and "%26" in body and "%2B" in body
    assert unquote(body) == "Bonjour Jérôme & co,\nmerci ? 100% sûr+"


def test_the_sms_link_without_a_number_still_fills_the_text():
    assert sms_url("", "Hi\r\nthere") == "sms:?&body=Hi%0Athere"


@pytest.mark.parametrize(
    ("typed", "dialled"),
    [
        ("+33 (0)1 23 45 67 89", "+33123456789"),
        ("06.12.34.56.78", "0612345678"),
        ("(415) 555-0100", "4155550100"),
        ("", ""),
    ],
)
def test_a_number_is_dialled_with_its_digits_only(typed, dialled):
    assert dialable(typed) == dialled
    assert tel_url(typed) == (f"tel:{dialled}" if dialled else "")


@pytest.mark.parametrize(
    "bad", ["06 12 34 ab", "+33 6 12 34 56 78 ext. 5", "12", "06+12345678", "1" * 31]
)
def test_a_number_with_letters_misplaced_plus_or_wrong_length_is_refused(bad):
    with pytest.raises(ValidationError):
        validate_phone(bad)


@pytest.mark.parametrize(
    ("channel", "invited_by", "primary"),
    [
        ("email", "email", COPY),
        ("email", "phone", MAIL),
        ("phone", "email", CALL_MODE),
        ("in_person", "in_person", CALL_MODE),
        ("sms", "sms", COPY),
    ],
)
def test_each_channel_has_one_primary_action(channel, invited_by, primary):
    assert primary_action(channel=channel, invitation_channel=invited_by) == primary


# --- the preview ----------------------------------------------------------------


def test_an_email_invited_by_email_offers_copy_for_the_thread_first(english, seeded):
    walk(english)  # the invitation came by email
    html = english.get(PREVIEW).content.decode()
    actions = html[html.index('class="send-actions') :]
    copy = actions.index("Copy and reply in the thread")
    mail = actions.index('id="mailto-link"')
    assert copy < mail
    assert "Write a new email in my mail app" in actions
    assert "paste your text there, so it stays in the same thread" in html
    assert "Save my changes" not in html


def test_an_email_invited_otherwise_opens_in_the_mail_app_first(english, seeded):
    walk(english, situation={"invitation_channel": "phone"}, channel={"channel": "email"})
    html = english.get(PREVIEW).content.decode()
    actions = html[html.index('class="send-actions') :]
    assert re.search(r'id="mailto-link"\s+class="btn btn-primary"', actions)
    assert actions.index('id="mailto-link"') < actions.index("Copy the message")


def test_the_recipient_email_is_kept_and_fills_the_mailto(english, seeded):
    walk(english)
    response = _post_preview(
        english, subject="Thanks", body="Dear Claire", recipient_email="claire@acme.test"
    )
    assert response.status_code == 302
    html = english.get(PREVIEW).content.decode()
    assert 'value="claire@acme.test"' in html
    assert 'href="mailto:claire@acme.test?subject=Thanks&amp;body=Dear%20Claire"' in html


def test_a_wrong_email_is_explained_and_the_text_is_still_kept(english, seeded):
    walk(english)
    response = _post_preview(english, subject="S", body="Kept words", recipient_email="claire@")
    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert "Kept words" in english.get(PREVIEW).content.decode()


def test_the_phone_preview_has_the_number_the_call_mode_and_support_before_actions(english, seeded):
    walk(english, channel={"channel": "phone"})
    _post_preview(english, body="Hello Claire", recipient_phone="+44 20 7946 0000")
    html = english.get(PREVIEW).content.decode()
    assert 'href="tel:+442079460000"' in html
    assert reverse("messages_app:wizard_call") in html
    actions = html.index('class="send-actions')
    for support in (
        "Points to cover",
        "When to call",
        "If you reach their voicemail",
        "If they react",
    ):
        assert html.index(support) < actions, support
    assert html.index("Start the call mode") < html.index("Download the script (PDF)")
    assert reverse("messages_app:wizard_call_ics") in html


def test_a_bad_phone_number_is_explained_next_to_the_field(english, seeded):
    walk(english, channel={"channel": "phone"})
    response = _post_preview(english, body="Hello", recipient_phone="call me maybe")
    assert "Use only digits, spaces, +, dots, dashes and parentheses." in response.content.decode()


def test_the_sms_preview_has_an_sms_link_and_its_counter_under_the_text(english, seeded):
    walk(english, channel={"channel": "sms"}, situation={"invitation_channel": "sms"})
    _post_preview(english, body="Hi Claire, no thanks.", recipient_phone="06 12 34 56 78")
    html = english.get(PREVIEW).content.decode()
    assert 'href="sms:0612345678?&amp;body=Hi%20Claire%2C%20no%20thanks."' in html
    body_end = html.index("</textarea>")
    counter = html.index('id="sms-count"')
    assert body_end < counter < html.index('id="id_recipient_phone"')
    assert counter < html.index('class="send-actions')


def test_the_quality_refresh_brings_the_links_for_the_text_as_typed(english, seeded):
    walk(english, channel={"channel": "sms"}, situation={"invitation_channel": "sms"})
    response = english.post(
        PREVIEW,
        {MANAGEMENT: "preview", "body": "Short.", "recipient_phone": "0611", "paper": "a4"},
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert 'id="sms-link"' in html and "sms:0611?&amp;body=Short." in html
    assert 'id="sms-count" class="sms-counter mb-3" hx-swap-oob="true"' in html


def test_paper_size_sits_next_to_the_pdf_button(english, seeded):
    walk(english)
    html = english.get(PREVIEW).content.decode()
    group = html[html.index('class="input-group input-group-sm w-auto pdf-group"') :]
    group = group[: group.index("</div>")]
    assert "Download PDF" in group and '<select name="paper"' in group


# --- saving, the draft page, the export, the PDF ------------------------------------


def test_saving_from_the_preview_keeps_the_recipient_on_the_draft(alice_client, alice, seeded):
    walk(alice_client)
    preview = alice_client.get(PREVIEW)
    response = alice_client.post(
        reverse("messages_app:draft_save"),
        {
            "subject": "Thanks",
            "body": "Dear Claire",
            "recipient_email": "claire@acme.test",
            "paper": "a4",
            **save_fields(preview),
        },
    )
    assert response.status_code == 302
    draft = Draft.objects.get(owner=alice)
    assert draft.recipient_email == "claire@acme.test"

    export = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    assert export["drafts"][0]["recipient_email"] == "claire@acme.test"
    assert export["drafts"][0]["recipient_phone"] == ""


def test_the_draft_page_has_the_mail_action_and_edits_the_address(alice_client, alice_draft):
    url = reverse("messages_app:draft_detail", args=[alice_draft.pk])
    html = alice_client.get(url).content.decode()
    assert 'id="mailto-link"' in html and "mailto:?subject=Interview" in html
    response = alice_client.post(
        reverse("messages_app:draft_update", args=[alice_draft.pk]),
        {
            "subject": alice_draft.subject,
            "body": alice_draft.body,
            "version": 1,
            "recipient_email": "hr@acme.test",
        },
    )
    assert response.status_code == 302
    alice_draft.refresh_from_db()
    assert alice_draft.recipient_email == "hr@acme.test" and alice_draft.version == 2
    html = alice_client.get(url).content.decode()
    assert "mailto:hr@acme.test?subject=" in html
    assert "To: hr@acme.test" in html


def test_an_edit_without_the_address_field_leaves_the_address_alone(alice_client, alice):
    draft = DraftFactory(owner=alice, recipient_email="hr@acme.test")
    alice_client.post(
        reverse("messages_app:draft_update", args=[draft.pk]),
        {"subject": draft.subject, "body": "New text", "version": 1},
    )
    draft.refresh_from_db()
    assert (draft.body, draft.recipient_email) == ("New text", "hr@acme.test")


def test_editing_a_draft_in_the_wizard_brings_its_number_back(alice_client, alice, seeded):
    answers = wizard_answers(channel="phone", invitation_channel="phone")
    draft = DraftFactory(
        owner=alice, channel="phone", subject="", answers=answers, recipient_phone="0612345678"
    )
    alice_client.post(reverse("messages_app:draft_edit", args=[draft.pk]))
    html = alice_client.get(PREVIEW).content.decode()
    assert 'value="0612345678"' in html and 'href="tel:0612345678"' in html


def test_the_call_script_pdf_prints_the_number_to_call(alice_client, alice, seeded):
    answers = wizard_answers(channel="phone", invitation_channel="phone")
    draft = DraftFactory(
        owner=alice,
        channel="phone",
        subject="",
        answers=answers,
        recipient_phone="+33 1 23 45 67 89",
    )
    response = alice_client.get(reverse("messages_app:draft_pdf", args=[draft.pk]))
    assert response.status_code == 200
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "+33 1 23 45 67 89" in text
    assert "Number to call" in text


def test_the_preview_pdf_prints_the_number_typed(english, seeded):
    walk(english, channel={"channel": "phone"})
    response = english.post(
        reverse("messages_app:preview_pdf"),
        {"body": "Hello Claire, Sam here.", "recipient_phone": "06 98 76 54 32", "paper": "a4"},
    )
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "06 98 76 54 32" in text


def test_typing_the_number_brings_the_call_button_with_the_quality_refresh(english, seeded):
    walk(english, channel={"channel": "phone"})
    response = english.post(
        PREVIEW,
        {
            MANAGEMENT: "preview",
            "body": "Hello",
            "recipient_phone": "01 23 45 67 89",
            "paper": "a4",
        },
        HTTP_HX_REQUEST="true",
    )
    html = response.content.decode()
    assert '<span id="tel-link" hx-swap-oob="true">' in html
    assert 'href="tel:0123456789"' in html and "Call 01 23 45 67 89" in html
