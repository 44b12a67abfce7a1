"""Reads for the history: the list page and its rows, the plain-text and JSON
exports, and the rows the insights count.

Every read starts from `Draft.objects.owned_by(user)`, so a stranger's
drafts can never appear.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models.functions import Substr
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from messages_app.choices import Channel, Purpose, purpose_badge
from messages_app.insights import DeclineRow
from messages_app.models import Draft, DraftStatus, RecruiterReaction, Reflection
from messages_app.reflection import reflection_of

HISTORY_PAGE_SIZE = 25
SEARCH_MAX_LENGTH = 100
#: A history row shows about this many characters of the message.
SNIPPET_LENGTH = 100


@dataclass(frozen=True)
class HistoryFilters:
    search: str = ""
    status: str = ""
    channel: str = ""

    @property
    def active(self) -> bool:
        return bool(self.search or self.status or self.channel)


def history_page(*, user: object, filters: HistoryFilters, page_number: str | int | None) -> Page:
    """One page of the user's drafts, newest first, filtered.

    Two queries whatever the number of drafts: the count and the page.
    """
    drafts = (
        Draft.objects.owned_by(user)
        .matching(filters.search[:SEARCH_MAX_LENGTH])
        .with_status(filters.status)
        .on_channel(filters.channel)
        .for_listing()
        # The start of the message, not the whole of it (a message can be long).
        .annotate(body_start=Substr("body", 1, 2 * SNIPPET_LENGTH))
        .order_by("-created_at", "-pk")
    )
    return Paginator(drafts, HISTORY_PAGE_SIZE).get_page(page_number)


@dataclass(frozen=True)
class HistoryRow:
    """One row of the history table, as printed: the same text as the
    template tags and filters would give for the draft."""

    pk: int
    detail_url: str
    #: The position, or "Untitled position".
    title: str
    company: str
    status: str
    status_label: str
    channel_label: str
    #: The message language, upper case ("FR").
    language_code: str
    #: `created_at` in local time, ISO 8601 (the `date:'c'` filter).
    created_iso: str
    created_date: str
    #: The day it was sent, "" for a message not sent yet.
    sent_date: str
    #: The first words of the message (`snippet()`).
    snippet: str = ""
    #: "Asking for information" / "Another date"; "" for a decline (`purpose_badge`).
    purpose_label: str = ""


def snippet(text: str, limit: int = SNIPPET_LENGTH) -> str:
    """`text` on one line, cut after at most `limit` characters at the end of
    a word ("…" when something was cut)."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit + 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > 0 else flat[:limit]).rstrip(" ,;:.") + "…"


def history_rows(drafts: Iterable[Draft]) -> list[HistoryRow]:
    """The rows of one history page (drafts loaded with `for_listing()`).

    Labels and dates are worked out once per page rather than once per row:
    the page shows at most a few distinct days, and each choice label is
    translated once.
    """
    channels = {value: str(label) for value, label in Channel.choices}
    statuses = {value: str(label) for value, label in DraftStatus.choices}
    untitled = gettext("Untitled position")
    short_dates: dict[date, str] = {}

    def short_date(moment: datetime) -> str:
        # SHORT_DATE_FORMAT shows the day only.
        day = timezone.localtime(moment).date()
        if day not in short_dates:
            short_dates[day] = date_format(day, "SHORT_DATE_FORMAT")
        return short_dates[day]

    return [
        HistoryRow(
            pk=draft.pk,
            detail_url=reverse("messages_app:draft_detail", args=[draft.pk]),
            title=draft.position or untitled,
            company=draft.company,
            status=draft.status,
            status_label=statuses.get(draft.status, draft.status),
            channel_label=channels.get(draft.channel, draft.channel),
            language_code=draft.language.upper(),
            created_iso=timezone.localtime(draft.created_at).isoformat(),
            created_date=short_date(draft.created_at),
            sent_date=short_date(draft.sent_at) if draft.sent_at else "",
            snippet=snippet(getattr(draft, "body_start", "")),
            purpose_label=purpose_badge(draft.purpose),
        )
        for draft in drafts
    ]


def draft_as_text(draft: Draft) -> str:
    """The message as a person would paste it: subject line, blank line, body."""
    if draft.subject:
        return f"{draft.subject}\n\n{draft.body}\n"
    return f"{draft.body}\n"


def draft_as_dict(draft: Draft) -> dict[str, Any]:
    return {
        "id": draft.pk,
        "created_at": draft.created_at.isoformat(),
        "updated_at": draft.updated_at.isoformat(),
        "status": draft.status,
        "sent_at": draft.sent_at.isoformat() if draft.sent_at else None,
        "channel": draft.channel,
        "language": draft.language,
        "company": draft.company,
        "position": draft.position,
        "subject": draft.subject,
        "body": draft.body,
        "recipient_email": draft.recipient_email,
        "recipient_phone": draft.recipient_phone,
        "version": draft.version,
        "answers": draft.answers,
        "reactions": [reaction_as_dict(reaction) for reaction in draft.reactions.all()],
        "reflection": reflection_as_dict(reflection_of(draft)),
    }


def reaction_as_dict(reaction: RecruiterReaction) -> dict[str, Any]:
    """A recruiter's reaction and the reply to it, as the export gives them."""
    return {
        "reaction": reaction.reaction,
        "their_message": reaction.their_message,
        "reply_channel": reaction.reply_channel,
        "reply_subject": reaction.reply_subject,
        "reply_body": reaction.reply_body,
        "created_at": reaction.created_at.isoformat(),
        "updated_at": reaction.updated_at.isoformat(),
    }


def reflection_as_dict(reflection: Reflection | None) -> dict[str, Any] | None:
    """The five answers of a reflection, or None when none was written."""
    if reflection is None:
        return None
    return {
        **{name: getattr(reflection, name) for name in Reflection.QUESTIONS},
        "updated_at": reflection.updated_at.isoformat(),
    }


def account_export(*, user: Any) -> dict[str, Any]:
    """Everything the account holds, as JSON-serialisable data."""
    return {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email": user.email,
            "date_joined": user.date_joined.isoformat(),
        },
        "drafts": list(_drafts_as_dicts(user)),
    }


def _drafts_as_dicts(user: object) -> Iterator[dict[str, Any]]:
    # Three queries per 500 drafts: the drafts with their reflections, their reactions.
    drafts = (
        Draft.objects.owned_by(user)
        .select_related("reflection")
        .prefetch_related("reactions")
        .order_by("-created_at", "-pk")
    )
    for draft in drafts.iterator(chunk_size=500):
        yield draft_as_dict(draft)


# --- my declines (insights) ----------------------------------------------------


@dataclass(frozen=True)
class ChangeOfMind:
    """A reflection's "what would have made you say yes?", with its draft."""

    draft_id: int
    company: str
    position: str
    text: str


def decline_rows(*, user: object) -> list[DeclineRow]:
    """What the insights count of each of the user's declines (the other
    purposes are not declines). One query, reading only the two answers
    needed (JSON key transforms, on SQLite and PostgreSQL alike)."""
    rows = (
        Draft.objects.owned_by(user)
        .filter(purpose=Purpose.DECLINE)
        .order_by()  # counted, not listed: no sort
        .values_list("answers__reasons", "answers__stage", "channel", "created_at", "sent_at")
    )
    return [
        DeclineRow(
            reasons=reasons,
            stage=stage,
            channel=channel,
            day=timezone.localtime(sent_at or created_at).date(),
        )
        for reasons, stage, channel, created_at, sent_at in rows
    ]


def changes_of_mind(*, user: object) -> list[ChangeOfMind]:
    """Every answer the user gave to "what would have made you say yes?" on
    a decline, newest decline first. One query."""
    rows = (
        Reflection.objects.filter(draft__in=Draft.objects.owned_by(user))
        .filter(draft__purpose=Purpose.DECLINE)
        .exclude(change_of_mind="")
        .order_by("-draft__created_at", "-draft__pk")
        .values_list("draft_id", "draft__company", "draft__position", "change_of_mind")
    )
    return [
        ChangeOfMind(draft_id=pk, company=company, position=position, text=text.strip())
        for pk, company, position, text in rows
        if text.strip()
    ]
