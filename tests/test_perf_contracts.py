"""Performance contracts of the wizard, preview and history pages.

The fast pages rest on the per-process block catalogue and on a session
written only when something changed. These tests hold them to their
promises: the catalogue never serves stale content, and the session is not
written just to show a page.
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from messages_app import wizard
from messages_app.choices import BlockKind
from messages_app.models import Block, Draft, DraftStatus
from tests.factories import post_wizard_step, walk_wizard, wizard_answers

CLOSING = {"kind": BlockKind.CLOSING, "language": "en", "channel": "email", "tone": "formal"}


def _closing_block() -> Block:
    return Block.objects.get(**CLOSING, scenario="", reason="")


def _body() -> str:
    return wizard.compose_from_answers(wizard_answers()).body


# --- the block catalogue kept in memory ---------------------------------------------------


@pytest.mark.django_db
def test_a_block_edited_in_the_admin_is_in_the_very_next_message(seeded, client):
    block = _closing_block()
    assert block.text.strip() in _body()  # the catalogue is now in memory
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 20)
    client.force_login(admin)
    url = reverse("admin:messages_app_block_change", args=[block.pk])
    response = client.post(
        url,
        {
            "kind": block.kind,
            "language": block.language,
            "channel": block.channel,
            "tone": block.tone,
            "scenario": "",
            "reason": "",
            "text": "With thanks for your time, edited in the admin.",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    body = _body()
    assert "With thanks for your time, edited in the admin." in body
    assert block.text.strip() not in body


@pytest.mark.django_db
def test_an_added_then_deleted_block_changes_the_next_message_each_time(seeded):
    original = _closing_block().text.strip()
    assert original in _body()
    specific = Block.objects.create(
        **CLOSING, scenario="better_offer", text="Thanks again, and good luck with the search."
    )
    assert "Thanks again, and good luck with the search." in _body()
    specific.delete()
    body = _body()
    assert original in body
    assert "good luck with the search" not in body


@pytest.mark.django_db
def test_composing_again_reads_no_block_text_when_nothing_changed(seeded):
    _body()
    with CaptureQueriesContext(connection) as queries:
        body = _body()
    assert _closing_block().text.strip() in body
    assert len(queries) == 1  # the content version, one row
    assert '"text"' not in queries[0]["sql"]


# --- the session is written only when something changed ---------------------------------------


SESSION_WRITE = re.compile(r"^(UPDATE|INSERT)\b.*django_session", re.S)


@pytest.mark.django_db
def test_showing_the_preview_for_the_first_time_does_not_write_the_session(seeded, english_client):
    for step in wizard.ANSWER_STEPS:
        assert post_wizard_step(english_client, step, wizard_answers()).status_code == 302
    with CaptureQueriesContext(connection) as queries:
        first = english_client.get(wizard.step_url("preview"))
    assert first.status_code == 200
    statements = [q["sql"] for q in queries.captured_queries]
    assert not [sql for sql in statements if SESSION_WRITE.match(sql)], statements
    assert len(statements) <= 4, statements
    rendered = re.search(r'name="submission_id" value="([0-9a-f-]{36})"', first.text).group(1)
    again = english_client.get(wizard.step_url("preview")).text
    assert f'name="submission_id" value="{rendered}"' in again


# --- the history rows, worked out once per page ----------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "fr"])
def test_history_rows_print_what_the_template_tags_and_filters_print(alice, client, language):
    now = timezone.now()
    for i, (channel, status, position) in enumerate(
        [("sms", DraftStatus.SENT, ""), ("phone", DraftStatus.REPLY_RECEIVED, "Analyst")]
    ):
        Draft.objects.create(
            owner=alice,
            channel=channel,
            language="fr",
            company=f"Company {i}",
            position=position,
            body="Body",
            status=status,
            sent_at=now - timedelta(days=3 * i, hours=23),
            created_at=now - timedelta(days=40 * i, hours=5),
            submission_id=uuid.uuid4(),
        )
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    client.force_login(alice)
    rows = client.get(reverse("messages_app:history")).context["rows"]
    assert len(rows) == 2
    filters = Template(
        "{% load i18n %}{{ d.created_at|date:'c' }}|{{ d.created_at|date:'SHORT_DATE_FORMAT' }}"
        "|{{ d.sent_at|date:'SHORT_DATE_FORMAT' }}|{{ d.position|default:_('Untitled position') }}"
    )
    with translation.override(language):
        for row in rows:
            draft = Draft.objects.get(pk=row.pk)
            expected = filters.render(Context({"d": draft})).split("|")
            assert [row.created_iso, row.created_date, row.sent_date, row.title] == expected
            assert row.detail_url == reverse("messages_app:draft_detail", args=[draft.pk])
            assert row.channel_label == draft.get_channel_display()
            assert row.status_label == draft.get_status_display()
            assert (row.company, row.status, row.language_code) == (
                draft.company,
                draft.status,
                "FR",
            )


# --- the pages, end to end -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_preview_still_shows_the_message_the_advice_and_the_quality_check(
    seeded, english_client
):
    html = walk_wizard(english_client).content.decode()
    assert _closing_block().text.strip() in html
    assert 'data-rule="gratitude"' in html
    assert 'id="id_decline_wizard-current_step"' in html
