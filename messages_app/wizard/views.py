"""The wizard's views: situation → assessment → channel → structure → preview.

One URL per step. A plain view over `WizardState` (the rule "keep what was
typed, valid or not" is the wizard's own, so it needs no form-wizard library):

- every POST of a step (next, previous, or the htmx advice refresh) stores the
  raw text of that step first, valid or not;
- a step is *complete* when its stored text validates; a URL further than the
  first incomplete step redirects there;
- tampered wizard fields (the step input, step names) get a 400 page.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from messages_app.wizard.api import wizard_company
from messages_app.wizard.live import fill_with_defaults, live_preview
from messages_app.wizard.pages import (
    PREFIX,
    StepForm,
    bad_request,
    complete_first,
    page_context,
    step_url,
)
from messages_app.wizard.preview import post_preview, render_preview
from messages_app.wizard.state import WizardState
from messages_app.wizard.step_data import StepTooLarge
from messages_app.wizard.steps import (
    ANSWER_STEPS,
    STEP_NAMES,
    STEP_PREVIEW,
    STEP_SITUATION,
    STEPS_BY_NAME,
    Step,
    advice_context,
    raw_initial,
    typed_values,
)


# Never cached: the pages hold what the person typed, and the back button
# should show what is stored now, not an old copy.
@method_decorator(never_cache, name="dispatch")
class WizardView(View):
    """GET renders a step (or redirects to the first incomplete one); POST
    stores what was typed, then moves on, back, or shows errors."""

    http_method_names = ["get", "post"]

    def setup(self, request: HttpRequest, *args: Any, **kwargs: Any) -> None:
        super().setup(request, *args, **kwargs)
        self.state = WizardState.for_request(request)

    def get(self, request: HttpRequest, step: str | None = None) -> HttpResponse:
        if step is None:
            return redirect(step_url(self.state.first_incomplete() or STEP_PREVIEW))
        missing = self.state.first_incomplete(before=step)
        if missing:
            return complete_first(request, missing)
        if step == STEP_PREVIEW:
            return render_preview(request, self.state)
        return self.render_step(STEPS_BY_NAME[step], self.display_form(STEPS_BY_NAME[step]))

    def post(self, request: HttpRequest, step: str | None = None) -> HttpResponse:
        posted = StepForm(request.POST, prefix=PREFIX)
        if step is None or not posted.is_valid() or posted.cleaned_data["current_step"] != step:
            return bad_request(request)
        goto = request.POST.get("wizard_goto_step")
        if goto is not None and goto not in STEP_NAMES:
            return bad_request(request)
        if step == STEP_PREVIEW:
            return post_preview(request, self.state, goto)
        try:  # whatever happens next, what was typed is kept
            self.state.set_raw(step, request.POST)
        except StepTooLarge:
            return bad_request(request)
        if goto == STEP_PREVIEW:
            return self.show_message_now(STEPS_BY_NAME[step])
        if goto:
            return redirect(step_url(goto))
        missing = self.state.first_incomplete(before=step)
        if missing:
            return complete_first(request, missing)
        form = self.state.form(step) or STEPS_BY_NAME[step].bind(self.state, data=request.POST)
        if form.is_valid():
            return redirect(step_url(STEP_NAMES[STEP_NAMES.index(step) + 1]))
        return self.render_step(STEPS_BY_NAME[step], form)

    def show_message_now(self, step: Step) -> HttpResponse:
        """ "Show my message now": defaults for every step not done, then the
        preview. Something typed that is invalid is shown with its error."""
        invalid = fill_with_defaults(self.state)
        if invalid is None:
            return redirect(step_url(STEP_PREVIEW))
        if invalid != step.name:
            return complete_first(self.request, invalid)
        return self.render_step(step, step.bind(self.state, data=self.state.raw(step.name)))

    def display_form(self, step: Step) -> forms.Form:
        """What was typed for the step (or its defaults on a first visit).
        Typed but invalid text is shown as typed, without errors until "Next"."""
        form = self.state.form(step.name)
        if form is None:
            return step.bind(self.state, initial=step.initial(self.state))
        if form.is_valid():
            return form
        return step.bind(self.state, initial=raw_initial(form))

    def render_step(self, step: Step, form: forms.Form) -> HttpResponse:
        context = page_context(self.state, step.name, form)
        context.update(advice_context(step, typed_values(form), form, self.state))
        context["live"] = live_preview(self.state, step.name, form)
        return render(self.request, step.template, context)


wizard_view = WizardView.as_view()


@never_cache
@require_POST
def wizard_advice(request: HttpRequest, step: str) -> HttpResponse:
    """htmx: keep what was typed on `step` and return its refreshed advice,
    with the live preview of the message (out of band: one request a change)."""
    if step not in ANSWER_STEPS:
        return bad_request(request)
    state = WizardState.for_request(request)
    try:
        state.set_raw(step, request.POST)
    except StepTooLarge:
        return bad_request(request)
    # The form of the text just stored: the live preview's answers read it too.
    form = state.form(step) or STEPS_BY_NAME[step].bind(state, data=request.POST)
    context = advice_context(STEPS_BY_NAME[step], typed_values(form), form, state)
    advice_slots: tuple[str, ...] = getattr(form, "advice_slots", ())
    context.update(
        step=step,
        slots=[(name, context["field_advice"].get(name, [])) for name in advice_slots],
        live=live_preview(state, step, form),
    )
    return render(request, "messages_app/wizard/_advice_response.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def wizard_reset(request: HttpRequest) -> HttpResponse:
    """ "Start again": GET asks for confirmation, POST clears everything."""
    if request.method == "POST":
        WizardState.for_request(request).clear()
        messages.success(request, _("Your answers have been cleared. Let's start again."))
        return redirect(step_url(STEP_SITUATION))
    return render(request, "messages_app/wizard/reset.html")


@never_cache
@require_http_methods(["GET", "POST"])
def wizard_new(request: HttpRequest) -> HttpResponse:
    """ "Write a new message": a new message is never bound to a saved draft.
    An empty wizard starts at once; otherwise GET says what happens to the
    message in progress (saved or not) and POST starts afresh."""
    if request.method == "POST":
        WizardState.for_request(request).clear()
        return redirect(step_url(STEP_SITUATION))
    state = WizardState.existing(request)
    if state is None or not state.has_answers():
        return redirect(step_url(STEP_SITUATION))
    return render(
        request,
        "messages_app/wizard/replace.html",
        {
            "company": wizard_company(request),
            "saved": not state.has_unsaved_work(),
            "action": reverse("messages_app:wizard_new"),
            "proceed": _("Start a new message"),
        },
    )
