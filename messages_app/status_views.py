"""A saved draft's status: "Mark as sent", "I received a reply", and the
"Undo" offered in the message that follows either (one change at a time).
After "Mark as sent" on a decline, a second message invites to reflect on it.

Owner-only like every draft page (`decorators.owned_draft`); the status
itself is written by `messages_app.services`.
"""

from __future__ import annotations

from datetime import datetime

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.translation import gettext

from messages_app import services
from messages_app.choices import Purpose
from messages_app.decorators import owned_draft
from messages_app.models import Draft, DraftStatus
from messages_app.reflection import reflection_of

#: Session key: the status a draft had before "Mark as sent" or "I received a
#: reply", for "Undo" (read by `history/_undo_status.html` too).
STATUS_UNDO_KEY = "decliner_status_undo"


def _remember_status(draft: Draft) -> dict[str, object]:
    """What "Undo" puts back after the status change about to be made."""
    return {
        "draft": draft.pk,
        "status": draft.status,
        "sent_at": draft.sent_at.isoformat() if draft.sent_at else None,
    }


def _offer_undo(request: HttpRequest, before: dict[str, object], draft: Draft, notice: str) -> None:
    """Keep what the status was (one change at a time can be undone) and say
    what happened, with an "Undo" button (`history/_undo_status.html`)."""
    request.session[STATUS_UNDO_KEY] = before | {"changed_to": draft.status}
    messages.success(request, notice, extra_tags="status-undo")


@owned_draft(methods=("POST",))
def draft_mark_sent(request: HttpRequest, draft: Draft) -> HttpResponse:
    before = _remember_status(draft)
    services.draft_mark_sent(draft=draft)
    _offer_undo(request, before, draft, gettext("Marked as sent."))
    _invite_to_reflect(request, draft)
    return redirect("messages_app:draft_detail", pk=draft.pk)


def _invite_to_reflect(request: HttpRequest, draft: Draft) -> None:
    """Right after a decline is sent, a second message links to its
    reflection (not when one is written already)."""
    if draft.purpose != Purpose.DECLINE or reflection_of(draft) is not None:
        return
    messages.info(
        request,
        format_html(
            '{} <a class="alert-link reflection-invite" href="{}">{}</a>',
            gettext("Take two minutes to reflect on this decision."),
            reverse("messages_app:draft_reflection", args=[draft.pk]),
            gettext("Reflect now"),
        ),
    )


@owned_draft(methods=("POST",))
def draft_mark_reply(request: HttpRequest, draft: Draft) -> HttpResponse:
    before = _remember_status(draft)
    services.draft_mark_reply_received(draft=draft)
    _offer_undo(request, before, draft, gettext("Noted: you received a reply."))
    return redirect("messages_app:draft_detail", pk=draft.pk)


def _status_to_restore(request: HttpRequest, draft: Draft) -> tuple[str, datetime | None] | None:
    """The status and sending date "Undo" puts back, or None when there is
    nothing (left) to undo on this draft: already undone, another draft's
    change, or the status changed again since."""
    record = request.session.get(STATUS_UNDO_KEY)
    if not isinstance(record, dict) or record.get("draft") != draft.pk:
        return None
    if record.get("changed_to") != draft.status or record.get("status") not in DraftStatus.values:
        return None
    sent_at = record.get("sent_at")
    restored_sent_at = parse_datetime(sent_at) if isinstance(sent_at, str) else None
    return record["status"], restored_sent_at


@owned_draft(methods=("POST",))
def draft_undo_status(request: HttpRequest, draft: Draft) -> HttpResponse:
    """ "Undo" after "Mark as sent" or "I received a reply"."""
    restore = _status_to_restore(request, draft)
    if restore is None:
        messages.info(request, gettext("Nothing to undo: the status of this draft changed since."))
    else:
        request.session.pop(STATUS_UNDO_KEY, None)
        status, sent_at = restore
        services.draft_restore_status(draft=draft, status=status, sent_at=sent_at)
        messages.success(
            request,
            gettext("Undone: the status is back to “%(status)s”.")
            % {"status": draft.get_status_display()},
        )
    return redirect("messages_app:draft_detail", pk=draft.pk)
