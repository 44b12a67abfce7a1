"""What every wizard page shares: step URLs, the progress bar, the hidden
input naming the posted step, and the answers to a tampered or early POST."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from messages_app.wizard.state import WizardState
from messages_app.wizard.steps import ANSWER_STEPS, STEP_NAMES, STEPS_BY_NAME

#: The prefix of the hidden step input (`decline_wizard-current_step`).
PREFIX = "decline_wizard"


class StepForm(forms.Form):
    """The hidden input naming the step a form was shown for: a POST for one
    step sent to another step's URL is refused."""

    current_step = forms.ChoiceField(
        choices=[(name, name) for name in STEP_NAMES], widget=forms.HiddenInput
    )


def step_url(step: str) -> str:
    return reverse("messages_app:wizard_step", kwargs={"step": step})


def bad_request(request: HttpRequest) -> HttpResponse:
    """A tampered or stale wizard form: say so plainly, keep the answers."""
    return render(request, "messages_app/wizard/bad_request.html", status=400)


def complete_first(request: HttpRequest, step: str) -> HttpResponse:
    """Send the person back to a step that is not complete yet."""
    messages.info(request, _("Please complete this step first."))
    return redirect(step_url(step))


def _reachable_until(state: WizardState, current_index: int) -> int:
    """Progress links go up to the first step that is incomplete (up to this
    one) or never visited (after it): later steps are not validated on every page."""
    for index, name in enumerate(ANSWER_STEPS):
        if state.raw(name) is None or (index <= current_index and state.cleaned(name) is None):
            return index
    return len(STEP_NAMES) - 1


@dataclass(frozen=True)
class SummaryError:
    """One line of the error summary: the message, and the id of the input it
    links to (empty for an error of the whole form)."""

    message: str
    field_id: str = ""


def error_summary(form: forms.Form) -> list[SummaryError]:
    """The form's errors in field order, each linked to its field: for a
    radio or checkbox group, its first input."""
    if not form.is_bound or not form.errors:
        return []
    lines = [SummaryError(str(message)) for message in form.non_field_errors()]
    for name in form.fields:
        bound = form[name]
        if not bound.errors:
            continue
        field_id = ""  # a hidden input cannot take focus: the message alone
        if not bound.is_hidden:
            subwidgets = bound.subwidgets
            field_id = str((subwidgets[0].id_for_label if subwidgets else "") or bound.auto_id)
        lines += [SummaryError(str(message), field_id) for message in bound.errors]
    return lines


def page_context(state: WizardState, step: str, form: forms.Form) -> dict[str, Any]:
    """The context every step page and the preview share."""
    index = STEP_NAMES.index(step)
    reachable_until = _reachable_until(state, index)
    return {
        "form": form,
        "error_summary": error_summary(form),
        "wizard": {"management_form": StepForm(prefix=PREFIX, initial={"current_step": step})},
        "step": step,
        "step_title": STEPS_BY_NAME[step].title,
        "step_number": index + 1,
        "step_count": len(STEP_NAMES),
        "progress": [
            {
                "step": name,
                "title": STEPS_BY_NAME[name].title,
                "number": number,
                "url": step_url(name),
                "current": name == step,
                "reachable": number - 1 <= reachable_until,
            }
            for number, name in enumerate(STEP_NAMES, start=1)
        ],
        "previous_step": STEP_NAMES[index - 1] if index else None,
    }
