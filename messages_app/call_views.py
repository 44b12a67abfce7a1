"""Call mode: the script of a call or a conversation, full screen and read
only, to read from during it; and the call's calendar reminder (.ics).

Two of each: the wizard's message (as last edited on the preview) and a
saved draft (owner only, through `owned_draft`); and the call mode of the
call a recruiter asked for after the decline (`owned_reaction`). Only a spoken message has a
call mode; any other channel goes back to where it came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_safe

from messages_app import reaction_services, wizard
from messages_app.call_event import CallEvent, call_event_ics, first_line, next_call_time
from messages_app.choices import Channel, Reaction
from messages_app.composer import ComposedMessage
from messages_app.decorators import owned_draft
from messages_app.forms import PreviewForm
from messages_app.models import Draft, RecruiterReaction
from messages_app.pdf_views import keep_posted_text
from messages_app.phone import tel_url
from messages_app.reaction_views import owned_reaction

_PARAGRAPHS = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Call:
    """One message to say aloud: its composed extras, the script as edited,
    and who to call."""

    message: ComposedMessage
    script: str
    company: str
    phone: str

    @property
    def has_reminder(self) -> bool:
        """A call (not a conversation) has a recommended time to put in a calendar."""
        return self.message.channel == Channel.PHONE

    def event(self) -> CallEvent:
        return CallEvent(
            company=self.company,
            phone=self.phone,
            first_line=first_line(self.script),
            language=self.message.language,
            start=next_call_time(timezone.now()),
        )


def replies_for(message: ComposedMessage) -> list[tuple[str, str]]:
    """(reaction label, prepared reply), in the order of `Reaction`."""
    texts = {reply.reaction: reply.text for reply in message.replies}
    return [(str(label), texts[value]) for value, label in Reaction.choices if texts.get(value)]


def _wizard_call(request: HttpRequest) -> Call | None:
    answers = wizard.get_wizard_answers(request)
    if answers is None:
        return None
    message = wizard.compose_from_answers(answers)
    text = wizard.get_preview_text(request)
    return Call(
        message=message,
        script=text[1] if text else message.body,
        company=str(answers["company"]),
        phone=wizard.get_recipient(request).phone,
    )


def _keep_posted(request: HttpRequest) -> None:
    answers = wizard.get_wizard_answers(request)
    if answers is None:
        return
    form = PreviewForm(request.POST, channel=answers["channel"])
    valid = form.is_valid()
    keep_posted_text(request, form, wizard.compose_from_answers(answers), valid=valid)


def _draft_call(draft: Draft) -> Call:
    message = wizard.compose_from_answers(draft.answers)
    if not message.is_spoken:
        raise Http404("Only a call or a conversation has a call mode")
    return Call(
        message=message, script=draft.body, company=draft.company, phone=draft.recipient_phone
    )


def _render(
    request: HttpRequest,
    call: Call,
    *,
    back_url: str,
    ics_url: str,
    key: str,
    from_draft: bool = False,
    pdf_url: str = "",
) -> HttpResponse:
    context: dict[str, Any] = {
        "message": call.message,
        "paragraphs": [p.strip() for p in _PARAGRAPHS.split(call.script) if p.strip()],
        "company": call.company,
        "phone": call.phone,
        "tel": tel_url(call.phone),
        "replies": replies_for(call.message),
        "back_url": back_url,
        "ics_url": ics_url if call.has_reminder else "",
        "call_at": call.event().start if call.has_reminder else None,
        "storage_key": key,
        "from_draft": from_draft,
        "pdf_url": pdf_url,
    }
    return render(request, "messages_app/call.html", context)


def _ics_response(call: Call) -> HttpResponse:
    response = HttpResponse(
        call_event_ics(call.event()), content_type="text/calendar; charset=utf-8"
    )
    slug = slugify(call.company)[:40] or "call"
    response["Content-Disposition"] = f'attachment; filename="call-{slug}.ics"'
    return response


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def wizard_call(request: HttpRequest) -> HttpResponse:
    """Call mode for the message on the preview. The preview's button posts
    its text here first (kept as the preview's, like a PDF download), so the
    script shown is the one on screen even before the autosave ran."""
    if request.method == "POST":
        _keep_posted(request)
        return redirect("messages_app:wizard_call")
    call = _wizard_call(request)
    if call is None:
        return redirect("messages_app:wizard")
    preview = wizard.step_url(wizard.STEP_PREVIEW)
    if not call.message.is_spoken:
        return redirect(preview)
    return _render(
        request,
        call,
        back_url=preview,
        ics_url=reverse("messages_app:wizard_call_ics"),
        key=f"call-wizard-{wizard.get_submission_id(request)}",
    )


@never_cache
@require_safe
def wizard_call_ics(request: HttpRequest) -> HttpResponse:
    """The calendar reminder of the call on the preview."""
    call = _wizard_call(request)
    if call is None or not call.has_reminder:
        return redirect("messages_app:wizard")
    return _ics_response(call)


@owned_draft(methods=("GET", "HEAD"))
def draft_call(request: HttpRequest, draft: Draft) -> HttpResponse:
    """Call mode for a saved draft."""
    return _render(
        request,
        _draft_call(draft),
        back_url=reverse("messages_app:draft_detail", args=[draft.pk]),
        ics_url=reverse("messages_app:draft_call_ics", args=[draft.pk]),
        key=f"call-draft-{draft.pk}-{draft.version}",
        from_draft=True,
    )


@owned_draft(methods=("GET", "HEAD"))
def draft_call_ics(request: HttpRequest, draft: Draft) -> HttpResponse:
    """The calendar reminder of a saved draft's call."""
    call = _draft_call(draft)
    if not call.has_reminder:
        raise Http404("Only a call has a reminder")
    return _ics_response(call)


def _reaction_call(draft: Draft, reaction: RecruiterReaction) -> Call:
    """The call the recruiter asked for (a reaction `call` only)."""
    if reaction.reaction != Reaction.CALL:
        raise Http404("Only a request for a call has a call script")
    message = reaction_services.call_script(draft)
    return Call(
        message=message, script=message.body, company=draft.company, phone=draft.recipient_phone
    )


@owned_reaction(methods=("GET", "HEAD"))
def reaction_call(request: HttpRequest, draft: Draft, reaction: RecruiterReaction) -> HttpResponse:
    """Call mode for the call the recruiter asked for: the same page as a
    draft's call, with the script written for that call."""
    return _render(
        request,
        _reaction_call(draft, reaction),
        back_url=reverse("messages_app:draft_detail", args=[draft.pk]) + f"#reaction-{reaction.pk}",
        ics_url="",
        key=f"call-reaction-{reaction.pk}",
        from_draft=True,
        pdf_url=reverse("messages_app:reaction_call_pdf", args=[draft.pk, reaction.pk]),
    )
