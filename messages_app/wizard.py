"""The decline wizard: situation → assessment → channel → structure → preview.

One URL per step (django-formtools' `NamedUrlSessionWizardView`, the app's
only class-based view). Nothing typed is ever lost:

- every POST of a step (next, previous, or the htmx advice refresh) stores the
  raw text of that step first, valid or not, so reload, "previous", the back
  button and a second tab all find it again;
- a step is *complete* when its stored text validates; a URL further than the
  first incomplete step redirects there;
- the preview's edits are stored as they are typed, tied to the answers they
  were made for: when the answers change, the new message is shown and the
  earlier edit is kept beside it.

Tampered wizard fields (management form, step names) get a 400 page.

The public API at the top (`get_wizard_answers`, `restore_wizard`, …) is what
the PDF export and the history use; it reads and writes the same session
storage as the view.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import threading
import uuid
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage import get_storage
from formtools.wizard.storage.base import BaseStorage
from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView

from messages_app import advice as advice_rules
from messages_app import pdf
from messages_app.choices import (
    Channel,
    Civility,
    Language,
    Length,
    Rapport,
    Reaction,
    ReasonKey,
    Stage,
    Tone,
)
from messages_app.composer import (
    ComposedMessage,
    MessageRequest,
    compose,
    gsm_equivalent,
    interview_date_text,
    mailto_url,
    scenario_for,
    sms_info,
)
from messages_app.forms import (
    STEP_ASSESSMENT,
    STEP_CHANNEL,
    STEP_PREVIEW,
    STEP_SITUATION,
    STEP_STRUCTURE,
    WIDGET_RENDERER,
    AssessmentForm,
    ChannelForm,
    PreviewForm,
    SituationForm,
    StructureForm,
)
from messages_app.limits import KEPT_FACTOR
from messages_app.models import Block
from messages_app.quality import check
from messages_app.services import EditTarget

STORAGE_NAME = "messages_app.wizard.WizardSessionStorage"
#: The storage prefix, shared by the view and the public API below.
PREFIX = "decline_wizard"
SESSION_KEY = f"wizard_{PREFIX}"

FORM_LIST: list[tuple[str, type[forms.Form]]] = [
    (STEP_SITUATION, SituationForm),
    (STEP_ASSESSMENT, AssessmentForm),
    (STEP_CHANNEL, ChannelForm),
    (STEP_STRUCTURE, StructureForm),
    (STEP_PREVIEW, PreviewForm),
]
FORMS: dict[str, type[forms.Form]] = dict(FORM_LIST)
STEPS: tuple[str, ...] = tuple(FORMS)
ANSWER_STEPS: tuple[str, ...] = STEPS[:-1]
STEPS_PATTERN = "|".join(STEPS)

# What is kept of a step's raw POST: the step's own fields only, one value
# for a single-value field, each value cut at twice its field's limit (so an
# over-long paste is still shown, with its "too long" error), and at most
# MAX_STEP_BYTES in all: above that the POST is refused (400).
MAX_STORED_VALUES = 20
SHORT_VALUE_CHARS = 200  # choices, dates, booleans
# The largest real step (the notes at twice their limit, in 4-byte
# characters) is about 16 KB.
MAX_STEP_BYTES = 24 * 1024


class StepTooLarge(ValueError):
    """A step's POST is larger than any real answer could be."""


_EXTRA_PREVIEW = "preview_text"
_EXTRA_EARLIER = "earlier_text"
_EXTRA_SUBMISSION = "submission_id"
_EXTRA_TARGET = "edit_target"

#: Every answer key with its value when the step does not ask for it.
ANSWER_DEFAULTS: dict[str, Any] = {
    "company": "",
    "position": "",
    "contact_name": "",
    "contact_civility": Civility.NONE,
    "first_name_terms": False,
    "invitation_channel": "",
    "stage": "",
    "interview_date": None,
    "rapport": "",
    "message_language": "",
    "sender_name": "",
    "sender_contact": "",
    "reasons": [],
    "notes": "",
    "basis": "",
    "researched": "",
    "certainty": "",
    "channel": "",
    "reason_detail": "general",
    "custom_reason": "",
    "include_apology": False,
    "include_door_open": False,
    "include_stay_in_touch": False,
    "stay_in_touch_link": "",
    "include_feedback": False,
    "feedback": "",
    "tone": Tone.FORMAL,
    "length": Length.STANDARD,
    "subject": "",
}


# --------------------------------------------------------------------------
# Public API (used by the PDF export and the history)
# --------------------------------------------------------------------------


def get_wizard_answers(request: HttpRequest) -> dict[str, Any] | None:
    """All answers of steps 1–4 as a JSON-serialisable dict, or None if a step
    is missing or no longer valid.

    Keys are those of `ANSWER_DEFAULTS` (every key is always present); the
    interview date is an ISO string or None, the reasons a list of keys.
    """
    state = WizardState.for_request(request, create=False)
    return state.answers() if state else None


def message_request_from_answers(
    answers: Mapping[str, Any], *, subject: str = ""
) -> MessageRequest:
    """The composer's input for a set of answers (`subject` overrides the
    answers' own subject line)."""
    a = {**ANSWER_DEFAULTS, **answers}
    language = a["message_language"] or "fr"
    reasons = tuple(a["reasons"] or ())
    return MessageRequest(
        language=language,
        channel=a["channel"],
        company=a["company"],
        position=a["position"],
        scenario=scenario_for(a["stage"], reasons),
        tone=a["tone"],
        length=a["length"],
        contact_name=a["contact_name"],
        contact_civility=a["contact_civility"] or Civility.NONE,
        first_name_terms=bool(a["first_name_terms"]),
        sender_name=a["sender_name"],
        sender_contact=a["sender_contact"],
        interview_date=interview_date_text(a["interview_date"], language),
        reasons=reasons,
        reason_detail=a["reason_detail"],
        custom_reason=a["custom_reason"],
        include_apology=bool(a["include_apology"]),
        include_door_open=bool(a["include_door_open"]),
        include_stay_in_touch=bool(a["include_stay_in_touch"]),
        stay_in_touch_link=a["stay_in_touch_link"],
        include_feedback=bool(a["include_feedback"]),
        feedback=a["feedback"],
        subject=subject or a["subject"],
    )


def compose_from_answers(answers: Mapping[str, Any]) -> ComposedMessage:
    """Compose the message for a set of answers (one small query: the content
    version of the catalog kept in memory, see `BlockQuerySet.message_catalog`)."""
    request = message_request_from_answers(answers)
    catalog = Block.objects.message_catalog(language=request.language, channel=request.channel)
    return compose(request, catalog)


def get_preview_text(request: HttpRequest) -> tuple[str, str] | None:
    """(subject, body) as last edited on the preview, or None when the preview
    shows the composed message (never edited, or edited for other answers)."""
    state = WizardState.for_request(request, create=False)
    if state is None:
        return None
    current = state.current_preview_text()
    return (current["subject"], current["body"]) if current else None


def set_preview_text(request: HttpRequest, *, subject: str, body: str) -> None:
    """Store the text shown on the preview (what `get_preview_text` returns
    next), e.g. the text posted with "Download PDF" or "Save"."""
    WizardState.for_request(request).store_preview_text(subject=subject, body=body)


def restore_wizard(
    request: HttpRequest,
    answers: Mapping[str, Any],
    *,
    target: EditTarget | None = None,
    subject: str = "",
    body: str = "",
) -> None:
    """Fill the wizard so every step shows `answers` and the preview shows
    `subject`/`body` (when given). Used to edit a draft (`target` is the draft
    and the version the edit starts from) or to duplicate one (no target).
    Clears whatever the wizard held before (see `has_unsaved_work`)."""
    state = WizardState.for_request(request)
    state.storage.reset()
    for step, raw in answers_to_raw(answers).items():
        if raw:  # a step with nothing to restore shows its first-visit defaults
            state.storage.set_step_data(step, raw)
    state.invalidate()
    if subject or body:
        state.store_preview_text(subject=subject, body=body)
    state.storage.current_step = state.first_incomplete() or STEP_PREVIEW
    if target is not None:
        set_edit_target(request, target)


#: Answers about the company and the application, not about the person: a
#: message copied for another company starts without them.
COMPANY_ANSWERS: tuple[str, ...] = (
    "company",
    "position",
    "contact_name",
    "contact_civility",
    "first_name_terms",
    "invitation_channel",
    "stage",
    "interview_date",
    "rapport",
    "notes",
    "basis",
    "researched",
    "certainty",
    "channel",
    "custom_reason",
    "include_apology",
    "include_feedback",
    "feedback",
    "subject",
)
_EXTRA_EARLIER_NAMES = "earlier_names"


def start_copy(request: HttpRequest, answers: Mapping[str, Any]) -> None:
    """A new message from a saved one, for another company: the wizard keeps
    the answers about the person (name, signature, language, reasons, tone…),
    clears those about the other company, and remembers that company's names so
    the quality check flags any left in the text."""
    kept = {key: value for key, value in answers.items() if key not in COMPANY_ANSWERS}
    restore_wizard(request, kept)
    names = [str(answers.get(key) or "") for key in ("company", "contact_name")]
    WizardState.for_request(request).storage.set_extra(
        _EXTRA_EARLIER_NAMES, [name for name in names if name]
    )


def earlier_names(request: HttpRequest) -> tuple[str, ...]:
    """The company and contact of the message this one was copied from."""
    state = WizardState.for_request(request, create=False)
    value = state.storage.extra_data.get(_EXTRA_EARLIER_NAMES) if state else None
    return tuple(value) if isinstance(value, list) else ()


def get_edit_target(request: HttpRequest) -> EditTarget | None:
    """The saved draft the wizard's message belongs to, and the version it was
    last saved or opened at; None for a message never saved."""
    state = WizardState.for_request(request, create=False)
    if state is None:
        return None
    value = state.storage.extra_data.get(_EXTRA_TARGET)
    if not isinstance(value, dict):
        return None
    return EditTarget(draft_id=value["draft_id"], version=value["version"])


def set_edit_target(request: HttpRequest, target: EditTarget) -> None:
    """Bind the wizard's message to a saved draft at `target.version`, as it
    is now (`has_unsaved_work` is False until something changes)."""
    state = WizardState.for_request(request)
    value = {**dataclasses.asdict(target), "saved": state.content_fingerprint()}
    state.storage.set_extra(_EXTRA_TARGET, value)


def has_unsaved_work(request: HttpRequest) -> bool:
    """Whether the wizard holds answers or text that no saved draft has:
    starting another message would lose them."""
    state = WizardState.for_request(request, create=False)
    if state is None or not any(state.raw(step) for step in ANSWER_STEPS):
        return False
    saved = state.storage.extra_data.get(_EXTRA_TARGET)
    return not isinstance(saved, dict) or saved.get("saved") != state.content_fingerprint()


def wizard_company(request: HttpRequest) -> str:
    """The company typed in the wizard (to name the message in progress)."""
    state = WizardState.for_request(request, create=False)
    raw = state.raw(STEP_SITUATION) if state else None
    return str(raw.get(f"{STEP_SITUATION}-company", "")) if raw else ""


def get_submission_id(request: HttpRequest) -> str:
    """The id sent with "Save to my history" (a uuid4, created on first use and
    kept until the wizard is reset), so a double submit saves once."""
    storage = WizardState.for_request(request).storage
    if not storage.extra_data.get(_EXTRA_SUBMISSION):
        storage.set_extra(_EXTRA_SUBMISSION, str(uuid.uuid4()))
    return storage.extra_data[_EXTRA_SUBMISSION]


def reset_wizard(request: HttpRequest) -> None:
    """Forget every answer, edit, draft link and submission id."""
    request.session.pop(SESSION_KEY, None)


# --------------------------------------------------------------------------
# Storage, read through the step forms
# --------------------------------------------------------------------------


def answers_fingerprint(answers: Mapping[str, Any] | None) -> str:
    """Identifies what a message was composed from: edits made on the preview
    belong to one fingerprint. Private notes or the self-assessment do not
    change the message, so they do not change the fingerprint."""
    if answers is None:
        return ""
    request = dataclasses.asdict(message_request_from_answers(answers))
    encoded = json.dumps(request, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:24]


def _stored_fields(step: str) -> dict[str, forms.Field]:
    """The POST keys of a step's form, with their fields."""
    form_class = FORMS[step]
    if step == STEP_PREVIEW:
        return dict(form_class.base_fields)
    return {f"{step}-{name}": field for name, field in form_class.base_fields.items()}


def filter_step_data(step: str, data: MultiValueDict) -> dict[str, list[str]]:
    """The part of a POST that belongs to `step`, with bounded sizes (see
    MAX_STEP_BYTES); raises StepTooLarge above them."""
    kept: dict[str, list[str]] = {}
    for key, field in _stored_fields(step).items():
        if key not in data:
            continue
        max_length = getattr(field, "max_length", None)
        limit = KEPT_FACTOR * max_length if max_length else SHORT_VALUE_CHARS
        if isinstance(field, forms.MultipleChoiceField):
            values = data.getlist(key)[:MAX_STORED_VALUES]
        else:
            values = data.getlist(key)[-1:]  # the value a form reads
        kept[key] = [str(value)[:limit] for value in values]
    if len(json.dumps(kept, ensure_ascii=False).encode()) > MAX_STEP_BYTES:
        raise StepTooLarge(step)
    return kept


def answers_to_raw(answers: Mapping[str, Any]) -> dict[str, dict[str, list[str]]]:
    """The stored (POST-like) data that makes each step show `answers`."""
    a = {**ANSWER_DEFAULTS, **answers}
    raw: dict[str, dict[str, list[str]]] = {}
    for step in ANSWER_STEPS:
        data: dict[str, list[str]] = {}
        for name, field in FORMS[step].base_fields.items():
            key = f"{step}-{name}"
            value = a.get(name)
            if name == "subject_initial":
                data[key] = [""]
            elif isinstance(field, forms.BooleanField):
                if value:
                    data[key] = ["on"]
            elif isinstance(field, forms.MultipleChoiceField):
                data[key] = [str(v) for v in (value or ())]
            elif value not in (None, ""):
                data[key] = [str(value)]
        raw[step] = data
    return raw


def typed_values(form: forms.Form) -> dict[str, Any]:
    """Each field's value as far as it can be read on its own (None when that
    field is invalid): advice follows what is typed, even on a form with
    errors elsewhere."""
    if form.is_bound and form.is_valid():
        return dict(form.cleaned_data)
    values: dict[str, Any] = {}
    for name, field in form.fields.items():
        if form.is_bound:
            raw = field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        else:
            raw = form.get_initial_for_field(field, name)
        try:
            values[name] = field.clean(raw)
        except ValidationError:
            values[name] = None
    return values


def raw_initial(form: forms.Form) -> dict[str, Any]:
    """A bound form's raw values, as `initial` for an unbound copy."""
    return {
        name: field.widget.value_from_datadict(form.data, form.files, form.add_prefix(name))
        for name, field in form.fields.items()
    }


class WizardSessionStorage(SessionStorage):
    """formtools' session storage, writing the session only when something
    changed: the stock one marks the session modified on every read, so every
    page view cost a session write (an UPDATE and a commit). A visitor who only
    looks at the first step gets no session at all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        BaseStorage.__init__(self, *args, **kwargs)
        self._local: dict[str, Any] | None = None
        if self.prefix not in self.request.session:
            self._local = self._fresh()

    def _fresh(self) -> dict[str, Any]:
        # The submission id is born with the wizard, so showing the preview
        # never has to write the session just to add it.
        return {
            self.step_key: None,
            self.step_data_key: {},
            self.step_files_key: {},
            self.extra_data_key: {_EXTRA_SUBMISSION: str(uuid.uuid4())},
        }

    def init_data(self) -> None:
        self.data = self._fresh()

    def _get_data(self) -> dict[str, Any]:
        if self._local is not None:
            return self._local
        return self.request.session[self.prefix]

    def _set_data(self, value: dict[str, Any]) -> None:
        self._local = None
        self.request.session[self.prefix] = value

    data = property(_get_data, _set_data)

    def changed(self) -> None:
        """Record a change made in place (attaches a new wizard to the session)."""
        if self._local is not None:
            self._set_data(self._local)
        else:
            self.request.session.modified = True

    def _set_current_step(self, step: str | None) -> None:
        # Where this request is: kept in memory, saved along with real changes.
        self.data[self.step_key] = step

    def set_step_data(self, step: str, cleaned_data: Any) -> None:
        if isinstance(cleaned_data, MultiValueDict):
            cleaned_data = dict(cleaned_data.lists())
        if self.data[self.step_data_key].get(step) != cleaned_data:
            self.data[self.step_data_key][step] = cleaned_data
            self.changed()

    def set_extra(self, key: str, value: Any) -> None:
        if self.extra_data.get(key, _MISSING) != value:
            self.extra_data[key] = value
            self.changed()

    def pop_extra(self, key: str) -> None:
        if key in self.extra_data:
            del self.extra_data[key]
            self.changed()

    def reset(self) -> None:
        self.init_data()


_MISSING = object()


# Validating a step's stored text is a pure function of that text, the answers
# the step's form depends on and the active language (date input formats). Every
# page re-reads the earlier steps (the preview all four), so the results are kept
# in a small per-process cache instead of building and validating the forms again.
_VALIDATED: OrderedDict[str, dict[str, Any] | None] = OrderedDict()
_VALIDATED_MAX = 1024
_VALIDATED_LOCK = threading.Lock()


def validated_step(
    step: str, raw: MultiValueDict, form_kwargs: Mapping[str, Any]
) -> dict[str, Any] | None:
    """The cleaned data of a step's stored text (`form_kwargs` are the answers
    its form depends on), or None when it does not validate. A fresh dict each
    time: callers may change it."""
    key = hashlib.sha256(
        json.dumps(
            [get_language(), step, dict(raw.lists()), form_kwargs],
            sort_keys=True,
            default=str,
            ensure_ascii=False,
        ).encode()
    ).hexdigest()
    with _VALIDATED_LOCK:
        found = _VALIDATED.get(key, _MISSING)
        if found is not _MISSING:
            _VALIDATED.move_to_end(key)
    if found is _MISSING:
        prefix = None if step == STEP_PREVIEW else step
        form = FORMS[step](data=raw, prefix=prefix, **form_kwargs)
        found = copy.deepcopy(form.cleaned_data) if form.is_valid() else None
        with _VALIDATED_LOCK:
            _VALIDATED[key] = found
            while len(_VALIDATED) > _VALIDATED_MAX:
                _VALIDATED.popitem(last=False)
    return None if found is None else copy.deepcopy(found)


class WizardState:
    """The wizard's session storage, read through the step forms (no query)."""

    def __init__(self, storage: WizardSessionStorage) -> None:
        self.storage = storage
        self._cleaned: dict[str, dict[str, Any] | None] = {}

    @classmethod
    def for_request(cls, request: HttpRequest, *, create: bool = True) -> WizardState | None:
        if not create and SESSION_KEY not in request.session:
            return None
        return cls(get_storage(STORAGE_NAME, PREFIX, request))

    def invalidate(self) -> None:
        self._cleaned.clear()

    def raw(self, step: str) -> MultiValueDict | None:
        return self.storage.get_step_data(step)

    def set_raw(self, step: str, data: MultiValueDict) -> None:
        self.storage.set_step_data(step, filter_step_data(step, data))
        self.invalidate()

    def form_kwargs(self, step: str) -> dict[str, Any]:
        """What a step's form needs to know from the earlier steps."""
        if step == STEP_STRUCTURE:
            situation = self.cleaned(STEP_SITUATION) or {}
            assessment = self.cleaned(STEP_ASSESSMENT) or {}
            channel = self.cleaned(STEP_CHANNEL) or {}
            return {
                "stage": situation.get("stage", ""),
                "reasons": assessment.get("reasons", ()),
                "channel": channel.get("channel", ""),
            }
        if step == STEP_PREVIEW:
            channel = self.cleaned(STEP_CHANNEL) or {}
            return {"channel": channel.get("channel", "")}
        return {}

    def bound_form(self, step: str, data: MultiValueDict | None = None) -> forms.Form:
        prefix = None if step == STEP_PREVIEW else step
        data = self.raw(step) if data is None else data
        return FORMS[step](data=data, prefix=prefix, **self.form_kwargs(step))

    def cleaned(self, step: str) -> dict[str, Any] | None:
        if step not in self._cleaned:
            raw = self.raw(step)
            self._cleaned[step] = (
                None if raw is None else validated_step(step, raw, self.form_kwargs(step))
            )
        return self._cleaned[step]

    def remember(self, step: str, cleaned: dict[str, Any] | None) -> None:
        """Record a validation already done on the stored data of `step`."""
        self._cleaned[step] = cleaned

    def first_incomplete(self, before: str | None = None) -> str | None:
        """The first answer step (before `before`, if given) that is not complete."""
        for step in ANSWER_STEPS:
            if step == before:
                return None
            if self.cleaned(step) is None:
                return step
        return None

    def answers(self) -> dict[str, Any] | None:
        answers = dict(ANSWER_DEFAULTS)
        for step in ANSWER_STEPS:
            cleaned = self.cleaned(step)
            if cleaned is None:
                return None
            for key, value in cleaned.items():
                if key in answers:
                    answers[key] = value
        if isinstance(answers["interview_date"], date):
            answers["interview_date"] = answers["interview_date"].isoformat()
        answers["reasons"] = list(answers["reasons"])
        return answers

    def content_fingerprint(self) -> str:
        """Identifies everything typed: every step's raw text and the preview's."""
        content = {
            "steps": {step: dict(raw.lists()) for step in ANSWER_STEPS if (raw := self.raw(step))},
            "preview": self.stored_preview_text(),
        }
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()[:24]

    # Preview text ------------------------------------------------------

    def stored_preview_text(self) -> dict[str, str] | None:
        value = self.storage.extra_data.get(_EXTRA_PREVIEW)
        return value if isinstance(value, dict) else None

    def current_preview_text(self) -> dict[str, str] | None:
        stored = self.stored_preview_text()
        if stored and stored.get("basis") == answers_fingerprint(self.answers()):
            return stored
        return None

    def earlier_preview_text(self) -> dict[str, str] | None:
        """An edit made for other answers, kept so that nothing is lost."""
        stored = self.stored_preview_text()
        if stored and stored.get("basis") != answers_fingerprint(self.answers()):
            return stored
        earlier = self.storage.extra_data.get(_EXTRA_EARLIER)
        return earlier if isinstance(earlier, dict) else None

    def store_preview_text(self, *, subject: str, body: str) -> None:
        stale = self.stored_preview_text()
        basis = answers_fingerprint(self.answers())
        if stale and stale.get("basis") != basis:
            self.storage.set_extra(_EXTRA_EARLIER, stale)
        self.storage.set_extra(_EXTRA_PREVIEW, {"subject": subject, "body": body, "basis": basis})

    def discard_earlier_text(self) -> None:
        self.storage.pop_extra(_EXTRA_EARLIER)
        stored = self.stored_preview_text()
        if stored and stored.get("basis") != answers_fingerprint(self.answers()):
            self.storage.pop_extra(_EXTRA_PREVIEW)


# --------------------------------------------------------------------------
# Advice for each step (pure rules in advice.py, fed with what is typed)
# --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ReasonRow:
    """A reason as the assessment step shows it: its label and its hint."""

    key: str
    label: str
    hint: str


def reason_rows() -> list[ReasonRow]:
    """The reasons in `ReasonKey` order, labelled and hinted in the interface
    language (one query, for the hints)."""
    hints = Block.objects.reason_hints((get_language() or "fr")[:2])
    return [
        ReasonRow(key=reason.value, label=str(reason.label), hint=hints.get(reason.value, ""))
        for reason in ReasonKey
    ]


def _date(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _by_field(items: Iterable[advice_rules.Advice]) -> dict[str, list[advice_rules.Advice]]:
    grouped: dict[str, list[advice_rules.Advice]] = {}
    for item in items:
        grouped.setdefault(item.field, []).append(item)
    return grouped


def step_advice(
    step: str,
    form: forms.Form,
    state: WizardState,
    *,
    reasons: list[ReasonRow] | None = None,
) -> dict[str, Any]:
    """Template context for a step's advice: `field_advice` (by field name,
    shown under the field), `advice` (the side panel) and extras."""
    values = typed_values(form)
    today = timezone.localdate()
    situation = state.cleaned(STEP_SITUATION) or {}
    context: dict[str, Any] = {}
    items: list[advice_rules.Advice] = []
    if step == STEP_SITUATION:
        items += advice_rules.stage_advice(stage=values.get("stage") or "")
        items += advice_rules.timing_advice(
            interview_date=values.get("interview_date"), today=today
        )
    elif step == STEP_ASSESSMENT:
        certainty = values.get("certainty") or ""
        chosen = values.get("reasons") or []
        items += advice_rules.certainty_advice(
            certainty=certainty,
            basis=values.get("basis") or "",
            researched=values.get("researched") or "",
        )
        items += advice_rules.reasons_advice(reasons=chosen)
        items += [
            item
            for item in advice_rules.timing_advice(
                interview_date=situation.get("interview_date"),
                today=today,
                certainty=certainty,
            )
            if item.code != "timing.general"
        ]
        if reasons is not None:
            context["reason_hints"] = [r for r in reasons if r.key in chosen and r.hint]
    elif step == STEP_CHANNEL:
        recommendation = channel_recommendation(situation, today)
        context["recommendation"] = recommendation
        context["recommended_label"] = Channel(recommendation.recommended).label
        context["channel_options"] = [
            {"widget": widget, "option": recommendation.option(widget.data["value"])}
            for widget in form["channel"]
        ]
        items += advice_rules.chosen_channel_advice(
            chosen=values.get("channel") or "", recommendation=recommendation
        )
    elif step == STEP_STRUCTURE:
        kwargs = state.form_kwargs(STEP_STRUCTURE)
        items += advice_rules.structure_advice(
            stage=kwargs["stage"],
            channel=kwargs["channel"],
            reason_detail=values.get("reason_detail") or "",
            include_apology=bool(values.get("include_apology")),
            include_feedback=bool(values.get("include_feedback")),
            include_door_open=bool(values.get("include_door_open")),
            length=values.get("length") or "",
        )
    grouped = _by_field(items)
    context["advice"] = grouped.pop("", [])
    context["field_advice"] = grouped
    context["all_advice"] = items
    return context


def channel_recommendation(
    situation: Mapping[str, Any], today: date
) -> advice_rules.ChannelRecommendation:
    return advice_rules.recommend_channel(
        invitation_channel=situation.get("invitation_channel") or Channel.EMAIL,
        stage=situation.get("stage") or Stage.INVITATION,
        rapport=situation.get("rapport") or Rapport.NONE,
        interview_date=_date(situation.get("interview_date")),
        today=today,
    )


# --------------------------------------------------------------------------
# The view
# --------------------------------------------------------------------------


def bad_request(request: HttpRequest) -> HttpResponse:
    """A tampered or stale wizard form: say so plainly, keep the answers."""
    return render(request, "messages_app/wizard/bad_request.html", status=400)


def step_url(step: str) -> str:
    return _step_url(step, get_script_prefix())


@lru_cache(maxsize=64)
def _step_url(step: str, script_prefix: str) -> str:
    return reverse("messages_app:wizard_step", kwargs={"step": step})


def step_titles() -> dict[str, str]:
    return {
        STEP_SITUATION: _("Your situation"),
        STEP_ASSESSMENT: _("Your decision"),
        STEP_CHANNEL: _("Channel"),
        STEP_STRUCTURE: _("Message structure"),
        STEP_PREVIEW: _("Your message"),
    }


class WizardManagementForm(ManagementForm):
    """formtools' management form (one hidden input naming the step), printed
    on every wizard page without going through the form templates."""

    default_renderer = WIDGET_RENDERER

    def render(
        self, template_name: str | None = None, context: Any = None, renderer: Any = None
    ) -> SafeString:
        if template_name is None and context is None and renderer is None and not self.errors:
            # Each hidden field renders itself, escaped, as in django/forms/p.html.
            return mark_safe("".join(str(field) for field in self.hidden_fields()))  # noqa: S308
        return super().render(template_name, context, renderer)

    __str__ = __html__ = render


class DeclineWizard(NamedUrlSessionWizardView):
    """The five steps. GET renders a step (or redirects to the first incomplete
    one); POST stores what was typed, then moves on, back, or shows errors."""

    form_list = FORM_LIST
    storage_name = STORAGE_NAME

    def get_prefix(self, request: HttpRequest, *args: Any, **kwargs: Any) -> str:
        return PREFIX

    def get_template_names(self) -> list[str]:
        return [f"messages_app/wizard/{self.steps.current}.html"]

    @property
    def state(self) -> WizardState:
        if not hasattr(self, "_state"):
            self._state = WizardState(self.storage)
        return self._state

    # GET ---------------------------------------------------------------

    def get(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        step = kwargs.get("step")
        if step is None:
            return redirect(step_url(self.state.first_incomplete() or STEP_PREVIEW))
        missing = self.state.first_incomplete(before=step)
        if missing:
            messages.info(request, _("Please complete this step first."))
            self.storage.current_step = missing
            return redirect(step_url(missing))
        self.storage.current_step = step
        if step == STEP_PREVIEW:
            return self.render_preview()
        return self.render(self.display_form(step))

    def display_form(self, step: str) -> forms.Form:
        """What was typed for the step (or sensible defaults on a first visit).
        Typed but invalid text is shown as typed, without errors until "Next"."""
        kwargs = self.state.form_kwargs(step)
        if step == STEP_ASSESSMENT:
            kwargs["reason_choices"] = self.reason_choices()
        raw = self.state.raw(step)
        form_class = FORMS[step]
        if raw is None:
            return form_class(prefix=step, initial=self.first_visit_initial(step), **kwargs)
        if step == STEP_STRUCTURE and "subject" in form_class.base_fields:
            raw = self.follow_default_subject(raw)
        form = form_class(data=raw, prefix=step, **kwargs)
        valid = form.is_valid()
        self.state.remember(step, form.cleaned_data if valid else None)
        if valid:
            return form
        return form_class(prefix=step, initial=raw_initial(form), **kwargs)

    def reason_choices(self) -> list[tuple[str, str]]:
        if not hasattr(self, "_reasons"):
            self._reasons = reason_rows()
        return [(r.key, r.label) for r in self._reasons]

    def first_visit_initial(self, step: str) -> dict[str, Any]:
        situation = self.state.cleaned(STEP_SITUATION) or {}
        if step == STEP_CHANNEL:
            recommendation = channel_recommendation(situation, timezone.localdate())
            return {"channel": recommendation.recommended}
        if step == STEP_STRUCTURE:
            channel = (self.state.cleaned(STEP_CHANNEL) or {}).get("channel", "")
            contact = situation.get("sender_contact", "")
            initial: dict[str, Any] = {
                "include_apology": situation.get("stage") == Stage.ACCEPTED,
                "tone": Tone.WARM if situation.get("rapport") == Rapport.STRONG else Tone.FORMAL,
                "length": Length.SHORT if channel == Channel.SMS else Length.STANDARD,
                "stay_in_touch_link": contact if _looks_like_link(contact) else "",
            }
            if channel == Channel.EMAIL:
                initial["subject"] = initial["subject_initial"] = self.default_subject()
            return initial
        return {}

    def default_subject(self) -> str:
        """The composer's subject for the answers so far (structure defaults)."""
        answers = {**ANSWER_DEFAULTS}
        for step in (STEP_SITUATION, STEP_ASSESSMENT, STEP_CHANNEL):
            answers.update(self.state.cleaned(step) or {})
        answers["subject"] = ""
        answers["include_door_open"] = True
        return compose_from_answers(answers).subject

    def follow_default_subject(self, raw: MultiValueDict) -> MultiValueDict:
        """An unchanged subject follows the current answers."""
        subject = raw.get(f"{STEP_STRUCTURE}-subject", "")
        proposed = raw.get(f"{STEP_STRUCTURE}-subject_initial", "")
        if subject.strip() != proposed.strip():
            return raw
        raw = raw.copy()
        default = self.default_subject()
        raw.setlist(f"{STEP_STRUCTURE}-subject", [default])
        raw.setlist(f"{STEP_STRUCTURE}-subject_initial", [default])
        return raw

    # POST --------------------------------------------------------------

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        management = ManagementForm(request.POST, prefix=self.prefix)
        if not management.is_valid():
            return bad_request(request)
        step = management.cleaned_data["current_step"]
        if step not in STEPS or step != kwargs.get("step"):
            return bad_request(request)
        goto = request.POST.get("wizard_goto_step")
        if goto is not None and goto not in STEPS:
            return bad_request(request)
        self.storage.current_step = step
        if step == STEP_PREVIEW:
            return self.post_preview(goto)

        # Whatever happens next, what was typed is kept.
        try:
            self.state.set_raw(step, request.POST)
        except StepTooLarge:
            return bad_request(request)
        if goto:
            self.storage.current_step = goto
            return redirect(step_url(goto))
        missing = self.state.first_incomplete(before=step)
        if missing:
            messages.info(request, _("Please complete this step first."))
            self.storage.current_step = missing
            return redirect(step_url(missing))
        kwargs = self.state.form_kwargs(step)
        if step == STEP_ASSESSMENT:
            kwargs["reason_choices"] = self.reason_choices()
        form = FORMS[step](data=self.state.raw(step), prefix=step, **kwargs)
        if form.is_valid():
            following = STEPS[STEPS.index(step) + 1]
            self.storage.current_step = following
            return redirect(step_url(following))
        return self.render(form)

    def post_preview(self, goto: str | None) -> HttpResponse:
        request = self.request
        missing = self.state.first_incomplete()
        if missing:
            messages.info(request, _("Please complete this step first."))
            self.storage.current_step = missing
            return redirect(step_url(missing))
        if request.POST.get("action") == "discard_earlier":
            self.state.discard_earlier_text()
            return redirect(step_url(STEP_PREVIEW))
        if request.POST.get("action") == "sms_plain":
            return self.replace_wide_characters()
        form = self.state.bound_form(STEP_PREVIEW, data=request.POST)
        valid = form.is_valid()
        if valid:
            self.state.store_preview_text(
                subject=form.cleaned_data.get("subject", ""), body=form.cleaned_data["body"]
            )
            if request.POST.get("action") == "use_earlier":
                self.storage.pop_extra(_EXTRA_EARLIER)
        if goto:
            self.storage.current_step = goto
            return redirect(step_url(goto))
        if getattr(request, "htmx", False):
            return render(request, "messages_app/wizard/_quality.html", self.quality_context(form))
        if valid:
            messages.success(request, _("Your changes are saved."))
            return redirect(step_url(STEP_PREVIEW))
        return self.render_preview(form=form)

    def replace_wide_characters(self) -> HttpResponse:
        """ "Replace them with plain letters": the text message as typed, with
        GSM characters instead of those that make each segment 70 characters."""
        form = self.state.bound_form(STEP_PREVIEW, data=self.request.POST)
        if form.is_valid():
            self.state.store_preview_text(
                subject="", body=gsm_equivalent(form.cleaned_data["body"])
            )
            messages.success(self.request, _("Done: the text message uses plain letters."))
        return redirect(step_url(STEP_PREVIEW))

    # Preview -----------------------------------------------------------

    def preview_message(self) -> tuple[dict[str, Any], ComposedMessage]:
        if not hasattr(self, "_message"):
            answers = self.state.answers()
            assert answers is not None  # the caller checked completeness
            self._message = (answers, compose_from_answers(answers))
        return self._message

    def quality_context(self, form: forms.Form) -> dict[str, Any]:
        """The live quality check of the text in `form` (as edited)."""
        answers, message = self.preview_message()
        values = typed_values(form)
        subject = values.get("subject") or ""
        body = values.get("body")
        context: dict[str, Any] = {"message": message, "form": form}
        if body is None:
            context["findings"] = []
            return context
        context["findings"] = check(
            text=body,
            subject=subject,
            language=message.language,
            channel=message.channel,
            wants_door_open=bool(answers["include_door_open"]),
            company=answers["company"],
            position=answers["position"],
            earlier_names=earlier_names(self.request),
        )
        if message.channel == Channel.SMS:
            context["sms"] = sms_info(body)
        if message.channel == Channel.EMAIL:
            context["mailto"] = mailto_url(message, subject=subject, body=body)
        return context

    def render_preview(self, form: forms.Form | None = None) -> HttpResponse:
        pdf.warm_up_worker()
        answers, message = self.preview_message()
        channel = message.channel
        if form is None:
            current = self.state.current_preview_text()
            text = current or {"subject": message.subject, "body": message.body}
            form = PreviewForm(
                channel=channel,
                data={"subject": text["subject"], "body": text["body"], "paper": "a4"},
            )
        context = self.get_context_data(form=form)
        context.update(self.quality_context(form))
        replies = {reply.reaction: reply.text for reply in message.replies}
        context.update(
            answers=answers,
            channel_label=Channel(channel).label,
            language_label=Language(message.language).label,
            earlier=self.state.earlier_preview_text(),
            submission_id=get_submission_id(self.request),
            edit_target=get_edit_target(self.request),
            replies=[
                (label, replies[value]) for value, label in Reaction.choices if replies.get(value)
            ],
            timing=advice_rules.timing_advice(
                interview_date=_date(answers["interview_date"]),
                today=timezone.localdate(),
            ),
        )
        return self.render_to_response(context)

    # Context -----------------------------------------------------------

    def get_context_data(self, form: forms.Form, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(form=form, **kwargs)
        step = self.steps.current
        context["wizard"]["management_form"] = WizardManagementForm(
            prefix=self.prefix, initial={"current_step": step}
        )
        titles = step_titles()
        # Links up to the first step that is incomplete (up to this one) or
        # never visited (after it): later steps are not validated on every page.
        current_index = STEPS.index(step)
        reachable_until = next(
            (
                i
                for i, name in enumerate(ANSWER_STEPS)
                if self.state.raw(name) is None
                or (i <= current_index and self.state.cleaned(name) is None)
            ),
            len(STEPS) - 1,
        )
        context.update(
            step=step,
            step_title=titles[step],
            step_number=STEPS.index(step) + 1,
            step_count=len(STEPS),
            progress=[
                {
                    "step": name,
                    "title": titles[name],
                    "number": index + 1,
                    "url": step_url(name),
                    "current": name == step,
                    "reachable": index <= reachable_until,
                }
                for index, name in enumerate(STEPS)
            ],
            previous_step=STEPS[STEPS.index(step) - 1] if step != STEPS[0] else None,
        )
        if step != STEP_PREVIEW:
            reasons = self._reasons if step == STEP_ASSESSMENT else None
            context.update(step_advice(step, form, self.state, reasons=reasons))
        return context


def _looks_like_link(value: str) -> bool:
    value = value.strip().lower()
    return value.startswith(("http://", "https://", "www.", "linkedin.com/"))


# Never cached: the pages hold what the person typed, and the back button
# should show what is stored now, not an old copy.
wizard_view = never_cache(DeclineWizard.as_view(url_name="messages_app:wizard_step"))


@never_cache
@require_POST
def wizard_advice(request: HttpRequest, step: str) -> HttpResponse:
    """htmx: keep what was typed on `step` and return its refreshed advice."""
    if step not in ANSWER_STEPS:
        return bad_request(request)
    state = WizardState.for_request(request)
    try:
        state.set_raw(step, request.POST)
    except StepTooLarge:
        return bad_request(request)
    reasons = reason_rows() if step == STEP_ASSESSMENT else None
    form = state.bound_form(step, data=request.POST)
    context = step_advice(step, form, state, reasons=reasons)
    context.update(
        step=step,
        slots=[(name, context["field_advice"].get(name, [])) for name in form.advice_slots],
    )
    return render(request, "messages_app/wizard/_advice_response.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def wizard_reset(request: HttpRequest) -> HttpResponse:
    """ "Start again": GET asks for confirmation, POST clears everything."""
    if request.method == "POST":
        reset_wizard(request)
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
        reset_wizard(request)
        return redirect(step_url(STEP_SITUATION))
    state = WizardState.for_request(request, create=False)
    if state is None or not any(state.raw(step) for step in ANSWER_STEPS):
        return redirect(step_url(STEP_SITUATION))
    return render(
        request,
        "messages_app/wizard/replace.html",
        {
            "company": wizard_company(request),
            "saved": not has_unsaved_work(request),
            "action": reverse("messages_app:wizard_new"),
            "proceed": _("Start a new message"),
        },
    )
