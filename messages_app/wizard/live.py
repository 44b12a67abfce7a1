"""The message as it stands at any step: the answers so far, and defaults for
the rest. The live preview beside each step shows it; "Show my message now"
stores those defaults in the steps not done and opens the preview.

A step's defaults are what its first visit shows (the recommended channel,
the suggested tone…), then a neutral value for each question still empty;
a missing name is a visible placeholder such as "[company]" in the message
language (the quality check points it out). What was typed always wins,
valid or not: only empty fields take a default.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from django import forms
from django.utils import translation
from django.utils.datastructures import MultiValueDict
from django.utils.functional import Promise
from django.utils.translation import get_language, pgettext

from messages_app.choices import (
    Basis,
    Certainty,
    Channel,
    Language,
    Rapport,
    ReasonKey,
    Researched,
    Stage,
)
from messages_app.composer import ComposedMessage
from messages_app.wizard.answers import ANSWER_DEFAULTS, compose_from_answers
from messages_app.wizard.state import WizardState
from messages_app.wizard.steps import (
    ANSWER_STEPS,
    STEP_SITUATION,
    STEPS_BY_NAME,
    channel_recommendation,
    typed_values,
)

#: The neutral answer to each question a first visit leaves empty.
NEUTRAL_ANSWERS: dict[str, Any] = {
    "invitation_channel": Channel.EMAIL,
    "stage": Stage.INVITATION,
    "rapport": Rapport.NONE,
    "reasons": [ReasonKey.CAREER_GOALS],
    "basis": Basis.FACTS,
    "researched": Researched.YES,
    "certainty": Certainty.SURE,
}

#: Lines of a phone or in-person script the live preview shows.
SCRIPT_OPENING_LINES = 4


def _placeholders(language: str) -> dict[str, str]:
    """Visible stand-ins for the names not typed yet, in the message language."""
    with translation.override(language):
        return {
            "company": pgettext("stands for a missing answer in a message", "[company]"),
            "position": pgettext("stands for a missing answer in a message", "[position]"),
            "sender_name": pgettext("stands for a missing answer in a message", "[your name]"),
        }


def _message_language(state: WizardState) -> str:
    raw = state.raw(STEP_SITUATION)
    typed = raw.get(f"{STEP_SITUATION}-message_language") if raw else None
    if typed in Language.values:
        return str(typed)
    interface = (get_language() or "fr")[:2]
    return interface if interface in Language.values else Language.FRENCH


def _step_defaults(state: WizardState, step: str, language: str) -> dict[str, Any]:
    """What a first visit of `step` shows, with a neutral answer or a
    placeholder for each question it leaves empty (no form is built)."""
    definition = STEPS_BY_NAME[step]
    defaults = {**NEUTRAL_ANSWERS, **_placeholders(language), "message_language": language}
    for name, field in definition.form_class.base_fields.items():
        initial = field.initial() if callable(field.initial) else field.initial
        if initial not in (None, ""):
            defaults[name] = initial
    defaults.update(definition.initial(state))
    return {name: defaults.get(name) for name in definition.form_class.base_fields}


def _is_empty(values: list[str]) -> bool:
    return not any(str(value).strip() for value in values)


def filled_raw(state: WizardState, step: str, language: str) -> dict[str, list[str]]:
    """The step's stored text with a default in every empty field (all of
    them for a step never visited). A box left unticked stays unticked."""
    definition = STEPS_BY_NAME[step]
    proposed = definition.raw_for(_step_defaults(state, step, language))
    raw = state.raw(step)
    if raw is None:
        return proposed
    kept = dict(raw.lists())
    for key, field in definition.post_fields().items():
        if isinstance(field, forms.BooleanField) or key not in proposed:
            continue
        if _is_empty(kept.get(key, [])):
            kept[key] = proposed[key]
    return kept


def _fingerprint(raw: dict[str, list[str]]) -> str:
    encoded = json.dumps(raw, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:16]


@dataclass(frozen=True)
class PendingStep:
    """A step whose answers are (partly) defaults."""

    name: str
    number: int
    title: str | Promise


def _pending(names: list[str]) -> list[PendingStep]:
    return [
        PendingStep(name, ANSWER_STEPS.index(name) + 1, STEPS_BY_NAME[name].title) for name in names
    ]


def _known_values(form: forms.Form) -> dict[str, Any]:
    return {key: value for key, value in typed_values(form).items() if value not in (None, "")}


def answers_with_defaults(
    state: WizardState, shown: tuple[str, forms.Form] | None = None
) -> tuple[dict[str, Any], list[PendingStep]]:
    """The answers stored so far, defaults for the rest, and the steps that
    are not complete (their answers are partly or wholly defaults). `shown`
    is the step on screen and its form, read as it is."""
    language = _message_language(state)
    answers = {**ANSWER_DEFAULTS, **NEUTRAL_ANSWERS, **_placeholders(language)}
    pending: list[str] = []
    for step in ANSWER_STEPS:
        if shown and shown[0] == step:
            form = shown[1]
            values = form.cleaned_data if form.is_bound and form.is_valid() else None
            if values is None:
                pending.append(step)
                values = _known_values(form)
        elif (values := state.cleaned(step)) is None:
            pending.append(step)
            if state.raw(step) is None:  # never visited: what its first visit shows
                values = _step_defaults(state, step, language)
            else:
                data = MultiValueDict(filled_raw(state, step, language))
                values = _known_values(STEPS_BY_NAME[step].bind(state, data=data))
        answers.update(
            (key, value)
            for key, value in values.items()
            if key in answers and value not in (None, "")
        )
    if not answers["channel"]:  # none chosen yet on the channel step
        answers["channel"] = channel_recommendation(state).recommended
    return answers, _pending(pending)


@dataclass(frozen=True)
class LivePreview:
    """What the live preview beside a step shows."""

    message: ComposedMessage
    text: str  # the body, or the opening of a spoken script
    pending: list[PendingStep]


def live_preview(state: WizardState, step: str, form: forms.Form) -> LivePreview:
    """The live preview beside `step`, whose form is `form` as shown."""
    answers, pending = answers_with_defaults(state, (step, form))
    message = compose_from_answers(answers)
    text = message.body
    if message.is_spoken:
        text = "\n".join(text.splitlines()[:SCRIPT_OPENING_LINES]).rstrip()
    return LivePreview(message=message, text=text, pending=pending)


def fill_with_defaults(state: WizardState) -> str | None:
    """ "Show my message now": store defaults in every step not complete and
    remember which steps got them. Returns the first step that still does
    not validate (something typed is invalid: shown, never replaced), or None."""
    language = _message_language(state)
    filled = dict(state.defaulted_steps())
    invalid = None
    for step in ANSWER_STEPS:
        if state.cleaned(step) is not None:
            continue
        raw = filled_raw(state, step, language)
        state.store_raw(step, raw)
        if state.cleaned(step) is None:
            invalid = step
            break
        filled[step] = _fingerprint(raw)
    state.set_defaulted_steps(filled)
    return invalid


def defaulted_steps(state: WizardState) -> list[PendingStep]:
    """The steps still holding the defaults "Show my message now" stored
    (a step changed since is the person's own again)."""
    filled = state.defaulted_steps()
    names = [
        step
        for step in ANSWER_STEPS
        if step in filled and (raw := state.raw(step)) is not None
        if _fingerprint(dict(raw.lists())) == filled[step]
    ]
    return _pending(names)
