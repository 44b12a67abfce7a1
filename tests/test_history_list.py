"""The history page: every draft of its owner, searched, filtered, paged."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from messages_app.models import DraftStatus
from tests.factories import DraftFactory, bulk_drafts

HISTORY = reverse("messages_app:history")


def _rows(response) -> list[str]:
    return [row.company for row in response.context["rows"]]


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


def test_each_row_links_to_its_draft_and_says_when_it_was_sent(alice_client, alice):
    sent = DraftFactory(
        owner=alice, company="Acme", position="", status=DraftStatus.SENT, sent_at=timezone.now()
    )
    response = alice_client.get(HISTORY)
    assert f'href="{reverse("messages_app:draft_detail", args=[sent.pk])}"' in response.text
    assert "Untitled position" in response.text
    (row,) = response.context["rows"]
    assert row.sent_date and f"sent {row.sent_date}" in response.text


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
    bulk_drafts(alice, 60, company="Acme")
    first = alice_client.get(HISTORY, {"q": "acme"})
    assert len(first.context["rows"]) == 25
    assert "Page 1 of 3" in first.text
    assert "?q=acme&amp;page=2" in first.text
    last = alice_client.get(HISTORY, {"q": "acme", "page": "3"})
    assert len(last.context["rows"]) == 10
    # Out of range or nonsense page numbers land on a real page, not an error.
    assert alice_client.get(HISTORY, {"page": "999"}).context["page"].number == 3
    assert alice_client.get(HISTORY, {"page": "abc"}).context["page"].number == 1


@pytest.mark.parametrize("count", [1, 1000])
def test_history_query_count_does_not_grow_with_the_number_of_drafts(
    alice_client, alice, django_assert_num_queries, count
):
    bulk_drafts(alice, count)
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
    assert "must be 100 characters or fewer" in response.text


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


@pytest.mark.parametrize("verb", ["post", "put", "delete"])
def test_history_only_answers_get_and_head(alice_client, verb):
    assert getattr(alice_client, verb)(HISTORY).status_code == 405
    assert alice_client.head(HISTORY).status_code == 200
