"""The wizard's steps, one declarative description each.

A `Step` says which form it shows, what that form needs from the earlier
steps (`form_kwargs`), what a first visit shows (`initial`) and which advice
goes with what is typed (`advice`). The views never ask "which step is it?".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django import forms
from django.utils import timezone
from django.utils.functional import Promise, lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from messages_app import advice as advice_rules
from messages_app.choices import (
    Channel,
    Length,
    Purpose,
    Rapport,
    ReasonKey,
    Stage,
    Tone,
    purpose_of,
)
from messages_app.forms import (
    AssessmentForm,
    ChannelForm,
    PreviewForm,
    SituationForm,
    StructureForm,
    WizardForm,
)
from messages_app.forms.wizard_form import unasked_value
from messages_app.models import Block
from messages_app.wizard.answers import (
    ANSWER_DEFAULTS,
    automatic_subject,
    looks_like_link,
    parse_date,
)

if TYPE_CHECKING:
    from messages_app.wizard.state import WizardState

STEP_SITUATION = "situation"
STEP_ASSESSMENT = "assessment"
STEP_CHANNEL = "channel"
STEP_STRUCTURE = "structure"
STEP_PREVIEW = "preview"

Context = dict[str, Any]


def _nothing(state: WizardState) -> dict[str, Any]:
    return {}


def _no_advice(values: Mapping[str, Any], form: forms.Form, state: WizardState) -> Context:
    return {}


@dataclass(frozen=True)
class Step:
    name: str
    form_class: type[forms.Form]
    title: str | Promise
    #: What the form needs to know from the earlier steps.
    form_kwargs: Callable[[WizardState], dict[str, Any]] = _nothing
    #: What a first visit shows.
    initial: Callable[[WizardState], dict[str, Any]] = _nothing
    #: Advice for what is typed: `advice` (the side panel) and per-field items.
    advice: Callable[[Mapping[str, Any], forms.Form, WizardState], Context] = _no_advice

    @property
    def prefix(self) -> str | None:
        # The preview's fields are read straight from the POST by the PDF and
        # save views: no prefix there.
        return None if self.name == STEP_PREVIEW else self.name

    @property
    def template(self) -> str:
        return f"messages_app/wizard/{self.name}.html"

    def bind(self, state: WizardState, **kwargs: Any) -> forms.Form:
        """The step's form (`data=` or `initial=` in `kwargs`)."""
        return self.form_class(prefix=self.prefix, **self.form_kwargs(state), **kwargs)

    def post_fields(self) -> dict[str, forms.Field]:
        """The POST keys of the step's form, with their fields."""
        return {
            (f"{self.prefix}-{name}" if self.prefix else name): field
            for name, field in self.form_class.base_fields.items()
        }

    def raw_for(self, answers: Mapping[str, Any]) -> dict[str, list[str]]:
        """The stored (POST-like) data that makes the step show `answers`."""
        a = {**ANSWER_DEFAULTS, **answers}
        data: dict[str, list[str]] = {}
        for key, field in self.post_fields().items():
            value = a.get(key.removeprefix(f"{self.prefix}-"))
            if isinstance(field, forms.BooleanField):
                if value:
                    data[key] = ["on"]
            elif isinstance(field, forms.MultipleChoiceField):
                data[key] = [str(v) for v in (value or ())]
            elif value not in (None, ""):
                data[key] = [str(value)]
        return data


# --- what the forms need from earlier steps -------------------------------------


def _situation(state: WizardState) -> dict[str, Any]:
    return state.cleaned(STEP_SITUATION) or {}


def _chosen_channel(state: WizardState) -> str:
    return str((state.cleaned(STEP_CHANNEL) or {}).get("channel", ""))


def _structure_kwargs(state: WizardState) -> dict[str, Any]:
    channel = _chosen_channel(state)
    answers = {**ANSWER_DEFAULTS}
    for step in (STEP_SITUATION, STEP_ASSESSMENT, STEP_CHANNEL):
        answers.update(state.cleaned(step) or {})
    return {
        "stage": answers["stage"],
        "reasons": answers["reasons"],
        "channel": channel,
        "purpose": purpose_of(answers),
        # Composed only if the field is shown: reading the answers needs no message.
        "subject_placeholder": lazy(automatic_subject, str)(answers)
        if channel == Channel.EMAIL
        else "",
    }


def _preview_kwargs(state: WizardState) -> dict[str, Any]:
    return {"channel": _chosen_channel(state)}


# --- first visits -------------------------------------------------------------------


def channel_recommendation(state: WizardState) -> advice_rules.ChannelRecommendation:
    situation = _situation(state)
    return advice_rules.recommend_channel(
        invitation_channel=situation.get("invitation_channel") or Channel.EMAIL,
        stage=situation.get("stage") or Stage.INVITATION,
        rapport=situation.get("rapport") or Rapport.NONE,
        interview_date=parse_date(situation.get("interview_date")),
        today=timezone.localdate(),
    )


def _channel_initial(state: WizardState) -> dict[str, Any]:
    return {"channel": channel_recommendation(state).recommended}


def _structure_initial(state: WizardState) -> dict[str, Any]:
    situation = _situation(state)
    contact = situation.get("sender_contact", "")
    return {
        "include_apology": situation.get("stage") == Stage.ACCEPTED,
        "tone": Tone.WARM if situation.get("rapport") == Rapport.STRONG else Tone.FORMAL,
        "length": Length.SHORT if _chosen_channel(state) == Channel.SMS else Length.STANDARD,
        "stay_in_touch_link": contact if looks_like_link(contact) else "",
    }


# --- advice -------------------------------------------------------------------------


def _situation_advice(values: Mapping[str, Any], form: forms.Form, state: WizardState) -> Context:
    items = advice_rules.stage_advice(stage=values.get("stage") or "")
    items += advice_rules.timing_advice(
        interview_date=values.get("interview_date"), today=timezone.localdate()
    )
    return {"all_advice": items}


def _assessment_advice(values: Mapping[str, Any], form: forms.Form, state: WizardState) -> Context:
    certainty = values.get("certainty") or ""
    chosen = values.get("reasons") or []
    hints = reason_hints(chosen)
    items = advice_rules.certainty_advice(
        certainty=certainty,
        basis=values.get("basis") or "",
        researched=values.get("researched") or "",
        purpose=values.get("purpose") or "",
    )
    items += hints
    items += advice_rules.reasons_advice(
        reasons=chosen, covered=[item.code.removeprefix("reasons.hint.") for item in hints]
    )
    timing = advice_rules.timing_advice(
        interview_date=_situation(state).get("interview_date"),
        today=timezone.localdate(),
        certainty=certainty,
        purpose=values.get("purpose") or Purpose.DECLINE,
    )
    items += [item for item in timing if item.code != "timing.general"]
    return {"all_advice": items}


def reason_hints(chosen: Iterable[str]) -> list[advice_rules.Advice]:
    """The hints of the ticked reasons (edited in the admin), in `ReasonKey`
    order and the interface language (one query)."""
    hints = Block.objects.reason_hints((get_language() or "fr")[:2])
    return [
        advice_rules.Advice(
            f"reasons.hint.{reason.value}",
            advice_rules.INFO,
            hints[reason.value],
            field="reasons",
            title=str(reason.label),
        )
        for reason in ReasonKey
        if reason.value in chosen and reason.value in hints
    ]


def _channel_advice(values: Mapping[str, Any], form: forms.Form, state: WizardState) -> Context:
    recommendation = channel_recommendation(state)
    items = advice_rules.chosen_channel_advice(
        chosen=values.get("channel") or "", recommendation=recommendation
    )
    # The recommended channel first; its reason is said once, on its card.
    widgets = sorted(form["channel"], key=lambda w: w.data["value"] != recommendation.recommended)
    options = [
        {"widget": widget, "option": recommendation.option(widget.data["value"])}
        for widget in widgets
    ]
    return {"all_advice": items, "recommendation": recommendation, "channel_options": options}


def _structure_advice(values: Mapping[str, Any], form: forms.Form, state: WizardState) -> Context:
    kwargs = _structure_kwargs(state)
    items = advice_rules.structure_advice(
        stage=kwargs["stage"],
        channel=kwargs["channel"],
        reason_detail=values.get("reason_detail") or "",
        include_apology=bool(values.get("include_apology")),
        include_feedback=bool(values.get("include_feedback")),
        include_door_open=bool(values.get("include_door_open")),
        length=values.get("length") or "",
        purpose=kwargs["purpose"],
    )
    return {"all_advice": items}


STEPS: tuple[Step, ...] = (
    Step(
        STEP_SITUATION,
        SituationForm,
        _("Your situation"),
        advice=_situation_advice,
    ),
    Step(
        STEP_ASSESSMENT,
        AssessmentForm,
        _("Your decision"),
        advice=_assessment_advice,
    ),
    Step(
        STEP_CHANNEL,
        ChannelForm,
        _("Channel"),
        initial=_channel_initial,
        advice=_channel_advice,
    ),
    Step(
        STEP_STRUCTURE,
        StructureForm,
        _("Message structure"),
        form_kwargs=_structure_kwargs,
        initial=_structure_initial,
        advice=_structure_advice,
    ),
    Step(STEP_PREVIEW, PreviewForm, _("Your message"), form_kwargs=_preview_kwargs),
)
STEPS_BY_NAME: dict[str, Step] = {step.name: step for step in STEPS}
STEP_NAMES: tuple[str, ...] = tuple(STEPS_BY_NAME)
#: The steps whose answers make the message (all but the preview).
ANSWER_STEPS: tuple[str, ...] = STEP_NAMES[:-1]


def advice_context(
    step: Step, values: Mapping[str, Any], form: forms.Form, state: WizardState
) -> Context:
    """A step's advice as the templates read it, each item shown once: the
    `SHOWN_AT_ONCE` most serious ones under their field (`field_advice`) or in
    the side panel (`advice`), the others behind "More advice" (`more_advice`);
    `all_advice` and the step's extras too."""
    context = step.advice(values, form, state)
    items = advice_rules.by_severity(context.setdefault("all_advice", []))
    shown, context["more_advice"] = (
        items[: advice_rules.SHOWN_AT_ONCE],
        items[advice_rules.SHOWN_AT_ONCE :],
    )
    slots: tuple[str, ...] = getattr(form, "advice_slots", ())
    grouped: dict[str, list[advice_rules.Advice]] = {}
    for item in shown:
        grouped.setdefault(item.field if item.field in slots else "", []).append(item)
    context["advice"] = grouped.pop("", [])
    context["field_advice"] = grouped
    return context


def typed_values(form: forms.Form) -> dict[str, Any]:
    """Each field's value as far as it can be read on its own (None when that
    field is invalid, the default for a question not asked): advice follows
    what is typed, even on a form with errors elsewhere."""
    if form.is_bound and form.is_valid():
        return dict(form.cleaned_data)
    values: dict[str, Any] = {}
    for name, field in form.fields.items():
        if isinstance(form, WizardForm) and not form.is_asked(name):
            values[name] = unasked_value(field)
            continue
        if form.is_bound:
            raw = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        else:
            raw = form.get_initial_for_field(field, name)
        try:
            values[name] = field.clean(raw)
        except forms.ValidationError:
            values[name] = None
    return values


def raw_initial(form: forms.Form) -> dict[str, Any]:
    """A bound form's raw values, as `initial` for an unbound copy."""
    return {
        name: field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        for name, field in form.fields.items()
    }
