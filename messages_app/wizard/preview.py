"""The last step: the composed message, edited in place, with its live
quality check. Edits are stored as they are typed, tied to the answers they
were made for (see `WizardState.store_preview_text`)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from messages_app import advice as advice_rules
from messages_app.choices import Channel, Language, Reaction
from messages_app.composer import ComposedMessage
from messages_app.mailto import mailto_url
from messages_app.quality import check
from messages_app.sms import gsm_equivalent, sms_info
from messages_app.wizard.answers import compose_from_answers, parse_date
from messages_app.wizard.pages import complete_first, page_context, step_url
from messages_app.wizard.state import WizardState
from messages_app.wizard.steps import STEP_PREVIEW, STEPS_BY_NAME, typed_values

PREVIEW = STEPS_BY_NAME[STEP_PREVIEW]


def _message(state: WizardState) -> tuple[dict[str, Any], ComposedMessage]:
    answers = state.answers()
    assert answers is not None  # the caller checked completeness
    return answers, compose_from_answers(answers)


def quality_context(
    state: WizardState, form: forms.Form, answers: dict[str, Any], message: ComposedMessage
) -> dict[str, Any]:
    """The live quality check of the text in `form` (as edited), with the
    text message's segments or the email's mailto link for that text."""
    values = typed_values(form)
    subject = values.get("subject") or ""
    body = values.get("body")
    context: dict[str, Any] = {"message": message, "form": form, "findings": []}
    if body is None:
        return context
    context["findings"] = check(
        text=body,
        subject=subject,
        language=message.language,
        channel=message.channel,
        wants_door_open=bool(answers["include_door_open"]),
        company=answers["company"],
        position=answers["position"],
        earlier_names=state.earlier_names(),
    )
    if message.channel == Channel.SMS:
        context["sms"] = sms_info(body)
    if message.channel == Channel.EMAIL:
        context["mailto"] = mailto_url(message, subject=subject, body=body)
    return context


def render_preview(
    request: HttpRequest, state: WizardState, form: forms.Form | None = None
) -> HttpResponse:
    answers, message = _message(state)
    if form is None:
        text = state.current_preview_text() or {"subject": message.subject, "body": message.body}
        data = {"subject": text["subject"], "body": text["body"], "paper": "a4"}
        form = PREVIEW.bind(state, data=data)
    replies = {reply.reaction: reply.text for reply in message.replies}
    context = page_context(state, STEP_PREVIEW, form)
    context.update(quality_context(state, form, answers, message))
    context.update(
        answers=answers,
        channel_label=Channel(message.channel).label,
        language_label=Language(message.language).label,
        earlier=state.earlier_preview_text(),
        submission_id=state.submission_id(),
        edit_target=state.edit_target(),
        replies=[
            (label, replies[value]) for value, label in Reaction.choices if replies.get(value)
        ],
        timing=advice_rules.timing_advice(
            interview_date=parse_date(answers["interview_date"]),
            today=timezone.localdate(),
            channel=message.channel,
        ),
    )
    return render(request, PREVIEW.template, context)


def post_preview(request: HttpRequest, state: WizardState, goto: str | None) -> HttpResponse:
    """Keep the edited text, then move, refresh the quality check (htmx) or
    show the page again."""
    missing = state.first_incomplete()
    if missing:
        return complete_first(request, missing)
    action = request.POST.get("action")
    if action == "discard_earlier":
        state.discard_earlier_text()
        return redirect(step_url(STEP_PREVIEW))
    if action == "sms_plain":
        return _replace_wide_characters(request, state)
    form = PREVIEW.bind(state, data=request.POST)
    valid = form.is_valid()
    if valid:
        state.store_preview_text(
            subject=form.cleaned_data.get("subject", ""), body=form.cleaned_data["body"]
        )
        if action == "use_earlier":
            state.use_earlier_text()
    if goto:
        return redirect(step_url(goto))
    if getattr(request, "htmx", False):
        answers, message = _message(state)
        context = quality_context(state, form, answers, message)
        return render(request, "messages_app/wizard/_quality.html", context)
    if valid:
        messages.success(request, _("Your changes are saved."))
        return redirect(step_url(STEP_PREVIEW))
    return render_preview(request, state, form=form)


def _replace_wide_characters(request: HttpRequest, state: WizardState) -> HttpResponse:
    """ "Replace them with plain letters": the text message as typed, with
    GSM characters instead of those that make each segment 70 characters."""
    form = PREVIEW.bind(state, data=request.POST)
    if form.is_valid():
        state.store_preview_text(subject="", body=gsm_equivalent(form.cleaned_data["body"]))
        messages.success(request, _("Done: the text message uses plain letters."))
    return redirect(step_url(STEP_PREVIEW))
