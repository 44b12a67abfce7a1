"""Reads for the history: the list page, the plain-text and JSON exports.

Every read starts from `Draft.objects.owned_by(user)`, so a stranger's
drafts can never appear.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.core.paginator import Page, Paginator
from django.utils import timezone

from messages_app.models import Draft

HISTORY_PAGE_SIZE = 25
SEARCH_MAX_LENGTH = 100


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
        .order_by("-created_at", "-pk")
    )
    return Paginator(drafts, HISTORY_PAGE_SIZE).get_page(page_number)


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
        "version": draft.version,
        "answers": draft.answers,
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
    drafts = Draft.objects.owned_by(user).order_by("-created_at", "-pk")
    for draft in drafts.iterator(chunk_size=500):
        yield draft_as_dict(draft)
