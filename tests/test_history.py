"""The history page and the draft pages, as their owner sees them."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader

from messages_app.models import Draft, DraftStatus
from tests.factories import DraftFactory, save_fields

HISTORY = reverse("messages_app:history")


def _bulk_drafts(owner, count, **fields):
    """Many drafts in one INSERT, each a minute older than the previous one."""
    now = timezone.now()
    Draft.objects.bulk_create(
        Draft(
            owner=owner,
            answers={"company": f"Company {i}"},
            channel=fields.get("channel", "email"),
            language="en",
            company=fields.get("company", f"Company {i}"),
            position=fields.get("position", "Analyst"),
            subject="Subject",
            body="Body",
            status=fields.get("status", DraftStatus.DRAFT),
            created_at=now - timedelta(minutes=i),
            updated_at=now - timedelta(minutes=i),
            submission_id=uuid.uuid4(),
        )
        for i in range(count)
    )


def _rows(response) -> list[str]:
    return [draft.company for draft in response.context["drafts"]]


# --- history page ----------------------------------------------------------


def test_empty_history_leads_to_the_wizard(alice_client):
    response = alice_client.get(HISTORY)
    assert response.status_code == 200
    assert "No drafts yet" in response.text
    assert f'href="{reverse("messages_app:wizard_new")}"' in response.text


def test_history_lists_drafts_newest_first(alice_client, alice):
    now = timezone.now()
    DraftFactory(owner=alice, company="Older", created_at=now - timedelta(days=3))
    DraftFactory(owner=alice, company="Newest", created_at=now)
    DraftFactory(owner=alice, company="Middle", created_at=now - timedelta(days=1))
    response = alice_client.get(HISTORY)
    assert _rows(response) == ["Newest", "Middle", "Older"]
    assert "3 drafts" in response.text


def test_history_search_matches_company_or_position_ignoring_case(alice_client, alice):
    DraftFactory(owner=alice, company="Acme Robotics", position="Designer")
    DraftFactory(owner=alice, company="Globex", position="Robotics engineer")
    DraftFactory(owner=alice, company="Initech", position="Accountant")
    response = alice_client.get(HISTORY, {"q": "ROBOTICS"})
    assert sorted(_rows(response)) == ["Acme Robotics", "Globex"]


def test_history_search_and_filters_combine(alice_client, alice):
    DraftFactory(owner=alice, company="Acme A", channel="email", status=DraftStatus.SENT)
    DraftFactory(owner=alice, company="Acme B", channel="phone", status=DraftStatus.SENT)
    DraftFactory(owner=alice, company="Acme C", channel="email", status=DraftStatus.DRAFT)
    DraftFactory(owner=alice, company="Other", channel="email", status=DraftStatus.SENT)
    response = alice_client.get(HISTORY, {"q": "acme", "status": "sent", "channel": "email"})
    assert _rows(response) == ["Acme A"]
    response = alice_client.get(HISTORY, {"status": "sent"})
    assert sorted(_rows(response)) == ["Acme A", "Acme B", "Other"]
    response = alice_client.get(HISTORY, {"q": "acme", "channel": "phone"})
    assert _rows(response) == ["Acme B"]


def test_history_says_when_nothing_matches_and_offers_to_clear(alice_client, alice):
    DraftFactory(owner=alice, company="Acme")
    response = alice_client.get(HISTORY, {"q": "zzz"})
    assert "No draft matches these filters." in response.text
    assert "No drafts yet" not in response.text


def test_history_pages_hold_25_drafts_and_keep_the_filters(alice_client, alice):
    _bulk_drafts(alice, 60, company="Acme")
    first = alice_client.get(HISTORY, {"q": "acme"})
    assert len(first.context["drafts"]) == 25
    assert "Page 1 of 3" in first.text
    assert "?q=acme&amp;page=2" in first.text
    last = alice_client.get(HISTORY, {"q": "acme", "page": "3"})
    assert len(last.context["drafts"]) == 10
    # Out of range or nonsense page numbers land on a real page, not an error.
    assert alice_client.get(HISTORY, {"page": "999"}).context["page"].number == 3
    assert alice_client.get(HISTORY, {"page": "abc"}).context["page"].number == 1


@pytest.mark.parametrize("count", [1, 1000])
def test_history_query_count_does_not_grow_with_the_number_of_drafts(
    alice_client, alice, django_assert_num_queries, count
):
    _bulk_drafts(alice, count)
    # Session, user, count, page: the same four queries for 1 or 1,000 drafts.
    with django_assert_num_queries(4):
        response = alice_client.get(HISTORY)
    assert response.context["page"].paginator.count == count
    with django_assert_num_queries(4):
        alice_client.get(HISTORY, {"q": "company", "status": "draft", "page": "2"})


@pytest.mark.parametrize(
    "query",
    [
        "x" * 5000,
        "%_%",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\x00nul",
        "emoji 👩🏽‍💻",
        "\u202eRTL",
    ],
)
def test_odd_or_overlong_searches_are_handled_without_error(alice_client, alice, query):
    DraftFactory(owner=alice, company="Acme")
    response = alice_client.get(HISTORY, {"q": query, "status": "bogus", "channel": "<b>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_an_overlong_search_is_explained(alice_client, alice):
    DraftFactory(owner=alice, company="Acme")
    response = alice_client.get(HISTORY, {"q": "x" * 101})
    assert "at most 100 characters" in response.text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_history_and_draft_pages_render_in_both_interface_languages(
    alice_client, alice_draft, language
):
    pages = {
        HISTORY: "Backend developer",
        reverse("messages_app:draft_detail", args=[alice_draft.pk]): alice_draft.body,
        reverse("messages_app:draft_delete", args=[alice_draft.pk]): "Acme Robotics",
        reverse("messages_app:my_data"): "alice@example.org",
    }
    for url, content in pages.items():
        response = alice_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 200
        assert f'<html lang="{language}">' in response.text
        assert content in response.text


def test_history_is_never_cached(alice_client):
    assert "no-store" in alice_client.get(HISTORY)["Cache-Control"]


# --- draft page ------------------------------------------------------------


def test_draft_page_shows_the_message_and_its_actions(alice_client, alice_draft):
    response = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert alice_draft.subject in response.text
    assert "I will not pursue the Backend developer role at Acme Robotics." in response.text
    for name in ("draft_pdf", "draft_text", "draft_edit", "draft_duplicate", "draft_delete"):
        assert reverse(f"messages_app:{name}", args=[alice_draft.pk]) in response.text
    assert reverse("messages_app:draft_mark_sent", args=[alice_draft.pk]) in response.text


def test_user_text_is_shown_literally_on_the_history_and_draft_pages(alice_client, alice):
    payload = "<script>alert(1)</script>{{ 7*7 }}{% debug %}<style>*{}</style>"
    draft = DraftFactory(owner=alice, company=payload[:120], position=payload[:120], body=payload)
    for url in (HISTORY, reverse("messages_app:draft_detail", args=[draft.pk])):
        text = alice_client.get(url).text
        assert "<script>alert(1)</script>" not in text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;{{ 7*7 }}{% debug %}" in text
    title = alice_client.get(reverse("messages_app:draft_detail", args=[draft.pk])).text
    title = title.split("<title>")[1].split("</title>")[0]
    assert "&lt;script&gt;" in title


def test_editing_the_text_on_the_draft_page_saves_a_new_version(alice_client, alice_draft):
    url = reverse("messages_app:draft_update", args=[alice_draft.pk])
    response = alice_client.post(
        url, {"subject": "Better subject", "body": "Better body", "version": 1}
    )
    assert response.status_code == 302
    alice_draft.refresh_from_db()
    assert (alice_draft.subject, alice_draft.body, alice_draft.version) == (
        "Better subject",
        "Better body",
        2,
    )


def test_a_stale_edit_is_refused_and_both_versions_are_shown(alice_client, alice_draft):
    url = reverse("messages_app:draft_update", args=[alice_draft.pk])
    # Tab A saves first.
    alice_client.post(url, {"subject": "S", "body": "Newer text from tab A", "version": 1})
    # Tab B still holds version 1.
    response = alice_client.post(url, {"subject": "S", "body": "Older tab B text", "version": 1})
    assert response.status_code == 409
    assert "Newer text from tab A" in response.text
    assert "Older tab B text" in response.text
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Newer text from tab A", 2)


def test_keeping_my_version_from_the_conflict_page_replaces_the_newer_one(
    alice_client, alice_draft
):
    url = reverse("messages_app:draft_update", args=[alice_draft.pk])
    alice_client.post(url, {"subject": "S", "body": "Tab A", "version": 1})
    conflict = alice_client.post(url, {"subject": "S", "body": "Tab B", "version": 1})
    form = conflict.context["form"]
    response = alice_client.post(
        url,
        {
            "subject": "S",
            "body": "Tab B",
            "version": form.initial["version"],
            "submission_id": form.initial["submission_id"],
            "replace": "",
        },
    )
    assert response.status_code == 302
    alice_draft.refresh_from_db()
    assert (alice_draft.body, alice_draft.version) == ("Tab B", 3)


def test_saving_mine_as_a_new_draft_keeps_both_even_on_a_double_click(alice_client, alice_draft):
    url = reverse("messages_app:draft_update", args=[alice_draft.pk])
    alice_client.post(url, {"subject": "S", "body": "Tab A", "version": 1})
    conflict = alice_client.post(url, {"subject": "S", "body": "Tab B", "version": 1})
    data = {
        "subject": "S",
        "body": "Tab B",
        "version": conflict.context["form"].initial["version"],
        "submission_id": conflict.context["form"].initial["submission_id"],
        "save_as_new": "",
    }
    alice_client.post(url, data)
    alice_client.post(url, data)
    bodies = sorted(Draft.objects.filter(owner=alice_draft.owner).values_list("body", flat=True))
    assert bodies == ["Tab A", "Tab B"]


def test_an_invalid_edit_keeps_the_typed_text_and_explains(alice_client, alice_draft):
    url = reverse("messages_app:draft_update", args=[alice_draft.pk])
    response = alice_client.post(
        url, {"subject": "S", "body": "typed\x00text " + "y" * 6000, "version": 1}
    )
    assert response.status_code == 400
    assert "y" * 6000 in response.text
    alice_draft.refresh_from_db()
    assert alice_draft.version == 1


def test_marking_sent_then_reply_received(alice_client, alice_draft):
    alice_client.post(reverse("messages_app:draft_mark_sent", args=[alice_draft.pk]))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.SENT and alice_draft.sent_at
    page = alice_client.get(reverse("messages_app:draft_detail", args=[alice_draft.pk]))
    assert "Sent" in page.text
    alice_client.post(reverse("messages_app:draft_mark_reply", args=[alice_draft.pk]))
    alice_draft.refresh_from_db()
    assert alice_draft.status == DraftStatus.REPLY_RECEIVED


def test_get_never_changes_a_draft(alice_client, alice_draft):
    for name in ("draft_mark_sent", "draft_mark_reply", "draft_update", "draft_edit"):
        response = alice_client.get(reverse(f"messages_app:{name}", args=[alice_draft.pk]))
        assert response.status_code == 405
    response = alice_client.get(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    assert response.status_code == 200
    assert "Delete this draft?" in response.text
    alice_draft.refresh_from_db()
    assert (alice_draft.status, alice_draft.version) == (DraftStatus.DRAFT, 1)


def test_deleting_after_confirmation(alice_client, alice_draft):
    response = alice_client.post(reverse("messages_app:draft_delete", args=[alice_draft.pk]))
    assert response.status_code == 302
    assert response["Location"] == HISTORY
    assert not Draft.objects.filter(pk=alice_draft.pk).exists()


def test_plain_text_download(alice_client, alice):
    draft = DraftFactory(
        owner=alice, company="Société Générale", subject="Objet é", body="Corps\n« ok »"
    )
    response = alice_client.get(reverse("messages_app:draft_text", args=[draft.pk]))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="decline-societe-generale-{draft.pk}.txt"'
    )
    assert "no-store" in response["Cache-Control"]
    assert response.content.decode() == "Objet é\n\nCorps\n« ok »\n"


def test_pdf_of_a_saved_draft_shows_the_saved_text(alice_client, alice, seeded):
    draft = DraftFactory(
        owner=alice, company="Acme Robotics", body="My edited text, exactly as saved."
    )
    response = alice_client.get(reverse("messages_app:draft_pdf", args=[draft.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    import io

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "My edited text, exactly as saved." in text
    assert "Acme Robotics" in text


# --- your data -----------------------------------------------------------------


def test_export_contains_every_draft_and_nobody_elses(alice_client, alice, bob):
    _bulk_drafts(alice, 30)
    DraftFactory(owner=bob, company="Bob's secret")
    response = alice_client.get(reverse("messages_app:data_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="decliner-export-')
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "alice@example.org"
    assert len(data["drafts"]) == 30
    assert {d["id"] for d in data["drafts"]} == set(
        Draft.objects.filter(owner=alice).values_list("pk", flat=True)
    )
    assert "Bob's secret" not in response.content.decode()


def test_export_keeps_unicode_and_answers(alice_client, alice):
    DraftFactory(owner=alice, company="Crème brûlée & Cie", body="Merci « vraiment » 🎉")
    data = json.loads(alice_client.get(reverse("messages_app:data_export")).content)
    (draft,) = data["drafts"]
    assert draft["company"] == "Crème brûlée & Cie"
    assert draft["body"] == "Merci « vraiment » 🎉"
    assert draft["answers"]["company"] == "Crème brûlée & Cie"


def test_my_data_page_offers_export_and_deletion(alice_client, alice):
    DraftFactory.create_batch(2, owner=alice)
    response = alice_client.get(reverse("messages_app:my_data"))
    assert response.status_code == 200
    assert reverse("messages_app:data_export") in response.text
    assert reverse("messages_app:account_delete") in response.text
    assert "2 drafts" in response.text


def test_a_stale_wizard_tab_cannot_overwrite_a_newer_save(alice_client, alice_draft, seeded):
    from messages_app import services

    # Tab A: "edit" reopens the wizard on the draft; its preview carries version 1.
    alice_client.post(reverse("messages_app:draft_edit", args=[alice_draft.pk]))
    preview = alice_client.get(reverse("messages_app:wizard_step", args=["preview"]))
    assert 'name="version" value="1"' in preview.text
    fields = save_fields(preview)
    assert fields["draft_id"] == str(alice_draft.pk)
    # Meanwhile the draft page (tab B) saves a newer text.
    services.draft_update(
        draft=alice_draft, expected_version=1, subject="S", body="Newer text from tab B"
    )
    # Tab A saves from its stale preview: refused, both texts shown, nothing overwritten.
    response = alice_client.post(
        reverse("messages_app:draft_save"),
        {
            "subject": "S",
            "body": "Older text from tab A",
            **fields,
        },
    )
    assert response.status_code == 409
    assert "Newer text from tab B" in response.text
    assert "Older text from tab A" in response.text
    alice_draft.refresh_from_db()
    assert alice_draft.body == "Newer text from tab B"
