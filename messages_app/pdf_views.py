"""PDF downloads: the preview's text as on screen, or a saved draft, laid out
for its channel.

Every render is counted against allauth's rate limiter first (`pdf_render`
in `settings.ACCOUNT_RATE_LIMITS`: per client IP, found behind the proxy as
for the login throttle, and per session), then runs in one of the server's
render slots (`pdf.render_slot`). A refusal, like any other PDF failure,
sends the person back to the page they came from with a message; nothing
they typed is lost.
"""

from __future__ import annotations

import logging

from allauth.core import ratelimit
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from messages_app import pdf, wizard
from messages_app.choices import Paper, Reaction, file_prefix
from messages_app.composer import ComposedMessage, has_subject
from messages_app.decorators import owned_draft
from messages_app.forms import PreviewForm
from messages_app.forms.drafts import valid_recipient
from messages_app.limits import KEPT_PREVIEW_MAX
from messages_app.models import Draft, RecruiterReaction
from messages_app.reaction_services import call_script
from messages_app.reaction_views import owned_reaction

logger = logging.getLogger(__name__)

#: The rate-limit action: its rates are `settings.ACCOUNT_RATE_LIMITS["pdf_render"]`.
RATE_LIMIT_ACTION = "pdf_render"


def count_render(request: HttpRequest) -> None:
    """Count one PDF render against the `pdf_render` rate limits, per client
    IP and per session; raises `PdfRateLimitedError` when over either.

    The client IP is allauth's (`ALLAUTH_TRUSTED_PROXY_COUNT` decides which
    X-Forwarded-For entry is the client's); the session key is the per-session
    key (allauth stores only its hash).
    """
    if request.session.session_key is None:
        request.session.save()  # a key to count under
    # `consume_or_429` rather than `consume`: only it takes `limit_get`, and
    # without it allauth never limits GET requests (the draft PDF is one).
    refused = ratelimit.consume_or_429(
        request, action=RATE_LIMIT_ACTION, key=request.session.session_key, limit_get=True
    )
    if refused is not None:
        raise pdf.PdfRateLimitedError("over the pdf_render rate limit")


@require_POST
def preview_pdf(request: HttpRequest) -> HttpResponse:
    """POST from the preview ("Download PDF"): subject, body and paper as on screen.

    The posted text is stored in the wizard first, so whatever happens next
    (a form error, too many PDFs, a busy or slow renderer) the preview shows
    it again. Failures come back to the preview with a message, never a 500.
    """
    answers = wizard.get_wizard_answers(request)
    if answers is None:
        messages.error(
            request,
            _(
                "Your answers could not be found (the session may have expired). "
                "Please go through the steps again to create the PDF."
            ),
        )
        return redirect("messages_app:wizard")
    preview_url = wizard.step_url(wizard.STEP_PREVIEW)
    channel = answers["channel"]
    message = wizard.compose_from_answers(answers)
    form = PreviewForm(request.POST, channel=channel)
    valid = form.is_valid()
    keep_posted_text(request, form, message, valid=valid)
    if not valid:
        messages.error(
            request, _("The PDF was not created: please correct the text below and try again.")
        )
        return redirect(preview_url)

    try:
        document = pdf.document_for(
            message,
            subject=form.cleaned_data.get("subject", "") if has_subject(channel) else "",
            body=form.cleaned_data["body"],
            sender_name=answers["sender_name"],
            sender_contact=answers["sender_contact"],
            recipient_phone=form.cleaned_data.get("recipient_phone") or "",
            company=answers["company"],
            position=answers["position"],
            paper=form.cleaned_data.get("paper") or Paper.A4,
        )
        count_render(request)
        return pdf.pdf_response(document, prefix=file_prefix(answers))
    except pdf.PdfError as error:
        logger.warning("PDF export failed: %s: %s", type(error).__name__, error)
        messages.error(request, str(error.user_message))
        return redirect(preview_url)


def keep_posted_text(
    request: HttpRequest, form: PreviewForm, message: ComposedMessage, *, valid: bool
) -> None:
    """Store the posted text as the preview's text, unless it is simply the
    composed message (nothing edited) or too big to be a real edit; and the
    recipient, when valid. (The PDF and the call mode take the text as posted.)"""
    if valid:
        subject = form.cleaned_data.get("subject", "")
        body = form.cleaned_data["body"]
    else:
        subject = request.POST.get("subject", "") if "subject" in form.fields else ""
        body = request.POST.get("body", "").replace("\r\n", "\n")
    recipient = valid_recipient(form)
    if recipient is not None:
        wizard.set_recipient(request, recipient)
    if len(subject) + len(body) > KEPT_PREVIEW_MAX:
        return
    unchanged = (subject, body) == (message.subject, message.body)
    if unchanged and wizard.get_preview_text(request) is None:
        return
    wizard.set_preview_text(request, subject=subject, body=body)


@owned_draft(methods=("GET", "HEAD"))
def draft_pdf(request: HttpRequest, draft: Draft) -> HttpResponse:
    """The saved draft as a PDF, laid out for its channel; failures go back
    to the draft's page with a message."""
    answers = draft.answers
    try:
        message = wizard.compose_from_answers(answers)
        document = pdf.document_for(
            message,
            subject=draft.subject,
            body=draft.body,
            sender_name=str(answers.get("sender_name") or ""),
            sender_contact=str(answers.get("sender_contact") or ""),
            recipient_phone=draft.recipient_phone,
            company=draft.company,
            position=draft.position,
            paper=request.GET.get("paper", Paper.A4),
        )
        count_render(request)
        return pdf.pdf_response(document, prefix=file_prefix(answers))
    except pdf.PdfError as error:
        return _pdf_failed(request, draft, error)


def _pdf_failed(request: HttpRequest, draft: Draft, error: pdf.PdfError) -> HttpResponse:
    """Back to the draft's page with what went wrong."""
    logger.warning("Draft PDF export failed: %s: %s", type(error).__name__, error)
    messages.error(
        request,
        str(error.user_message or gettext("The PDF could not be made. Please try again.")),
    )
    return redirect("messages_app:draft_detail", pk=draft.pk)


def _render_draft_document(
    request: HttpRequest,
    draft: Draft,
    message: ComposedMessage,
    *,
    subject: str,
    body: str,
    prefix: str,
    is_reply: bool = False,
) -> HttpResponse:
    """A PDF for one of the draft's texts (the reply, the call script)."""
    answers = draft.answers
    try:
        document = pdf.document_for(
            message,
            subject=subject,
            body=body,
            sender_name=str(answers.get("sender_name") or ""),
            sender_contact=str(answers.get("sender_contact") or ""),
            recipient_phone=draft.recipient_phone if message.channel == "phone" else "",
            company=draft.company,
            position=draft.position,
            paper=request.GET.get("paper", Paper.A4),
            is_reply=is_reply,
        )
        count_render(request)
        return pdf.pdf_response(document, prefix=prefix)
    except pdf.PdfError as error:
        return _pdf_failed(request, draft, error)


@owned_reaction(methods=("GET", "HEAD"))
def reaction_pdf(request: HttpRequest, draft: Draft, reaction: RecruiterReaction) -> HttpResponse:
    """The reply to the recruiter's reaction as a one-page PDF, laid out for its channel."""
    if not reaction.reply_body:
        raise Http404("No reply to print")
    message = ComposedMessage(language=draft.language, channel=reaction.reply_channel)
    return _render_draft_document(
        request,
        draft,
        message,
        subject=reaction.reply_subject,
        body=reaction.reply_body,
        prefix="reply",
        is_reply=True,
    )


@owned_reaction(methods=("GET", "HEAD"))
def reaction_call_pdf(
    request: HttpRequest, draft: Draft, reaction: RecruiterReaction
) -> HttpResponse:
    """The script of the call they asked for, on one sheet like a call's."""
    if reaction.reaction != Reaction.CALL:
        raise Http404("Only a request for a call has a call script")
    message = call_script(draft)
    return _render_draft_document(
        request, draft, message, subject="", body=message.body, prefix="call"
    )
