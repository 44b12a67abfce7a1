"""The last step: the composed message, edited in place, with its live
quality check. Edits are stored as they are typed, tied to the answers they
were made for (see `WizardState.store_preview_text`). A hand edit is never
replaced unasked: when the answers changed since, the page asks whether to
keep it or to use the new proposal, showing what would change; "Back to the
proposed text" and a one-step "Undo" are there whenever they would change
the text."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _

from messages_app import advice as advice_rules
from messages_app.choices import Channel, Language, Reaction, purpose_of
from messages_app.composer import ComposedMessage
from messages_app.forms.drafts import text_is_valid, valid_recipient
from messages_app.quality import check
from messages_app.send_actions import recipient_data, send_links
from messages_app.sms import gsm_equivalent
from messages_app.wizard.answers import parse_date
from messages_app.wizard.live import defaulted_steps
from messages_app.wizard.pages import complete_first, page_context, step_url
from messages_app.wizard.state import WizardState
from messages_app.wizard.steps import STEP_PREVIEW, STEPS_BY_NAME, typed_values

PREVIEW = STEPS_BY_NAME[STEP_PREVIEW]


#: The preview's buttons that change the text in the editor.
TEXT_ACTIONS = ("keep_mine", "use_proposal", "back_to_proposed", "undo")


def _message(state: WizardState) -> tuple[dict[str, Any], ComposedMessage]:
    answers, message = state.answers(), state.message()
    assert answers is not None and message is not None  # the caller checked completeness
    return answers, message


def text_choices(state: WizardState, message: ComposedMessage) -> dict[str, Any]:
    """What the page offers about the text in the editor: the hand edit made
    for earlier answers (`regenerate`, to keep or to replace by `message`),
    "Back to the proposed text" and "Undo", each only when it would change
    the text."""
    proposal = (message.subject, message.body)
    pending = state.pending_choice()
    regenerate = pending if pending and pending.text != proposal else None
    shown = state.shown_preview_text()
    editor = shown.text if shown else proposal
    previous = state.previous_preview_text()
    return {
        "regenerate": regenerate,
        "can_go_back": regenerate is None and editor != proposal,
        "can_undo": previous is not None and previous.text != editor,
    }


def quality_context(
    state: WizardState, form: forms.Form, answers: dict[str, Any], message: ComposedMessage
) -> dict[str, Any]:
    """The live quality check of the text in `form` (as edited), with the
    text message's segments or the email's mailto link for that text."""
    values = typed_values(form)
    subject = values.get("subject") or ""
    body = values.get("body")
    context: dict[str, Any] = {"message": message, "form": form, "findings": []}
    invited_by = str(answers.get("invitation_channel") or "")
    context.update(
        send_links(message, values, subject=subject, body=body or "", invitation_channel=invited_by)
    )
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
        purpose=purpose_of(answers),
        earlier_names=state.earlier_names(),
    )
    return context


def render_preview(
    request: HttpRequest, state: WizardState, form: forms.Form | None = None
) -> HttpResponse:
    answers, message = _message(state)
    if form is None:
        shown = state.shown_preview_text()
        subject, body = shown.text if shown else (message.subject, message.body)
        data = {"subject": subject, "body": body, "paper": "a4"}
        data.update(recipient_data(state.recipient()))
        form = PREVIEW.bind(state, data=data)
    replies = {reply.reaction: reply.text for reply in message.replies}
    context = page_context(state, STEP_PREVIEW, form)
    context.update(quality_context(state, form, answers, message))
    context.update(text_choices(state, message))
    context.update(
        answers=answers,
        channel_label=Channel(message.channel).label,
        language_label=Language(message.language).label,
        defaulted_steps=defaulted_steps(state),
        submission_id=state.submission_id(),
        edit_target=state.edit_target(),
        replies=[
            (label, replies[value]) for value, label in Reaction.choices if replies.get(value)
        ],
        timing=advice_rules.timing_advice(
            interview_date=parse_date(answers["interview_date"]),
            today=timezone.localdate(),
            channel=message.channel,
            purpose=purpose_of(answers),
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
    if action in ("use_earlier", "discard_earlier"):
        # From a page rendered before the choice existed: change nothing
        # (the earlier edit is what "Undo" brings back).
        return redirect(step_url(STEP_PREVIEW))
    if action == "sms_plain":
        return _replace_wide_characters(request, state)
    form = PREVIEW.bind(state, data=request.POST)
    valid = form.is_valid()
    if text_is_valid(form):
        # What the editor holds is kept first, whichever button was pressed.
        state.store_preview_text(
            subject=form.cleaned_data.get("subject", ""), body=form.cleaned_data["body"]
        )
    recipient = valid_recipient(form)
    if recipient is not None:
        state.store_recipient(recipient)
    if goto:
        return redirect(step_url(goto))
    if getattr(request, "htmx", False):
        return _autosaved(request, state, form)
    if valid:
        if action in TEXT_ACTIONS:
            messages.success(request, _change_text(state, action))
        else:
            messages.success(request, _("Your changes are saved."))
        return redirect(step_url(STEP_PREVIEW))
    return render_preview(request, state, form=form)


def _autosaved(request: HttpRequest, state: WizardState, form: forms.Form) -> HttpResponse:
    """htmx: the refreshed quality check, and (out of band) the "Back to the
    proposed text" / "Undo" buttons for the text as now typed."""
    answers, message = _message(state)
    context = quality_context(state, form, answers, message)
    response = render(request, "messages_app/wizard/_quality.html", context)
    buttons = {**text_choices(state, message), "oob": True}
    response.content += render_to_string(
        "messages_app/wizard/_text_undo.html", buttons, request=request
    ).encode()
    return response


def _change_text(state: WizardState, action: str) -> str:
    """Apply one of `TEXT_ACTIONS` to the stored text; returns what to tell."""
    if action == "keep_mine":
        state.keep_preview_text()
        return _("Your text is kept, for your new answers.")
    if action == "undo":
        if state.undo_preview_text():
            return _("Undone: the text is back as it was before.")
        return _("There was nothing to undo.")
    message = _message(state)[1]
    state.replace_preview_text(subject=message.subject, body=message.body)
    return _("The proposed text is in the editor. “Undo” brings your text back.")


def _replace_wide_characters(request: HttpRequest, state: WizardState) -> HttpResponse:
    """ "Replace them with plain letters": the text message as typed, with
    GSM characters instead of those that make each segment 70 characters."""
    form = PREVIEW.bind(state, data=request.POST)
    if form.is_valid():
        body = form.cleaned_data["body"]
        state.store_preview_text(subject="", body=body)
        state.replace_preview_text(subject="", body=gsm_equivalent(body))
        messages.success(request, _("Done: the text message uses plain letters."))
    return redirect(step_url(STEP_PREVIEW))
