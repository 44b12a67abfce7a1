"""Everything the wizard keeps in the session, behind one small typed API.

One session key holds one message in progress:

- `step_data`: for each step, the raw text of its last POST (valid or not),
  bounded in size (`filter_step_data`): reload, "Previous", the back button
  and a second tab all find it again;
- `extra_data`: the preview's text (`PreviewText`: tied to the answers it
  was written for, and whether it is a hand edit), the text "Undo" brings
  back, the submission id sent with "Save", the saved draft the message
  belongs to (`EditTarget`), the names of the message it was copied from,
  and the recipient's address or number typed on the preview.

The layout is the one earlier versions stored (plus new keys, read with
defaults), so a message in progress survives an upgrade. The session is
written only when something changed: a visitor who only looks at the first
step gets no session at all.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from django import forms
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest
from django.utils.datastructures import MultiValueDict

from messages_app.composer import ComposedMessage
from messages_app.services import EditTarget, Recipient
from messages_app.wizard.answers import (
    ANSWER_DEFAULTS,
    answers_fingerprint,
    compose_from_answers,
)
from messages_app.wizard.step_data import filter_step_data
from messages_app.wizard.steps import ANSWER_STEPS, STEPS_BY_NAME

SESSION_KEY = "wizard_decline_wizard"

_PREVIEW = "preview_text"
_PREVIOUS = "previous_text"  # what "Undo" brings back
_EARLIER = "earlier_text"  # older sessions: an edit kept when the answers changed
_SUBMISSION = "submission_id"
_TARGET = "edit_target"
_EARLIER_NAMES = "earlier_names"
_RECIPIENT = "recipient"
_DEFAULTED = "defaulted_steps"


@dataclasses.dataclass(frozen=True)
class PreviewText:
    """A text of the preview and the answers it was written for (`basis`,
    see `answers_fingerprint`); `edited` when it is not simply what the
    composer proposed for them. Stored as a dict of these fields (older
    sessions have no `edited`: their texts count as edited)."""

    subject: str
    body: str
    basis: str
    edited: bool = True

    @classmethod
    def from_stored(cls, value: Any) -> PreviewText | None:
        if not isinstance(value, dict):
            return None
        return cls(
            subject=str(value.get("subject") or ""),
            body=str(value.get("body") or ""),
            basis=str(value.get("basis") or ""),
            edited=value.get("edited") is not False,
        )

    def as_stored(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @property
    def text(self) -> tuple[str, str]:
        return (self.subject, self.body)


def _fresh() -> dict[str, Any]:
    # The submission id is born with the wizard, so showing the preview never
    # has to write the session just to add it.
    return {"step_data": {}, "extra_data": {_SUBMISSION: str(uuid.uuid4())}}


class WizardState:
    """The message in progress: raw step text, read through the step forms."""

    def __init__(self, session: SessionBase) -> None:
        self._session = session
        stored = session.get(SESSION_KEY)
        self._attached = isinstance(stored, dict)
        self._data: dict[str, Any] = stored if isinstance(stored, dict) else _fresh()
        self._data.setdefault("step_data", {})
        self._data.setdefault("extra_data", {})
        self._forms: dict[str, forms.Form | None] = {}  # bound to the stored text
        self._message: tuple[ComposedMessage | None] | None = None

    @classmethod
    def for_request(cls, request: HttpRequest) -> WizardState:
        """The request's wizard (a new, empty one until something is stored)."""
        return cls(request.session)

    @classmethod
    def existing(cls, request: HttpRequest) -> WizardState | None:
        """The request's wizard, or None when the session holds none."""
        return cls(request.session) if SESSION_KEY in request.session else None

    def _changed(self) -> None:
        if self._attached:
            self._session.modified = True
        else:
            self._session[SESSION_KEY] = self._data
            self._attached = True

    def clear(self) -> None:
        """Forget every answer, edit, draft link and submission id."""
        self._session.pop(SESSION_KEY, None)
        self._data = _fresh()
        self._attached = False
        self._forms.clear()
        self._message = None

    # Steps ---------------------------------------------------------------

    def raw(self, step: str) -> MultiValueDict[str, Any] | None:
        stored = self._data["step_data"].get(step)
        return MultiValueDict(stored) if isinstance(stored, dict) else None

    def has_answers(self) -> bool:
        return any(self.raw(step) for step in ANSWER_STEPS)

    def set_raw(self, step: str, data: MultiValueDict[str, Any]) -> None:
        """Keep what was posted for `step`, valid or not (raises StepTooLarge)."""
        self.store_raw(step, filter_step_data(step, data))

    def store_raw(self, step: str, data: dict[str, list[str]]) -> None:
        if self._data["step_data"].get(step) != data:
            self._data["step_data"][step] = data
            self._changed()
        self._forms.clear()  # a step's form may depend on the others' answers
        self._message = None

    def form(self, step: str) -> forms.Form | None:
        """The step's form bound to its stored text (None when never stored),
        built once until a step's text changes."""
        if step not in self._forms:
            raw = self.raw(step)
            self._forms[step] = None if raw is None else STEPS_BY_NAME[step].bind(self, data=raw)
        return self._forms[step]

    def cleaned(self, step: str) -> dict[str, Any] | None:
        """The step's stored text, validated (None when missing or invalid)."""
        form = self.form(step)
        return form.cleaned_data if form is not None and form.is_valid() else None

    def first_incomplete(self, before: str | None = None) -> str | None:
        """The first answer step (before `before`, if given) that is not complete."""
        for step in ANSWER_STEPS:
            if step == before:
                return None
            if self.cleaned(step) is None:
                return step
        return None

    def answers(self) -> dict[str, Any] | None:
        """Every answer of the steps before the preview (the keys of
        `ANSWER_DEFAULTS`, JSON-serialisable), or None if a step is not complete."""
        answers = dict(ANSWER_DEFAULTS)
        for step in ANSWER_STEPS:
            cleaned = self.cleaned(step)
            if cleaned is None:
                return None
            answers.update((key, value) for key, value in cleaned.items() if key in answers)
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
        if self.recipient() != Recipient():
            content["recipient"] = dataclasses.asdict(self.recipient())
        encoded = json.dumps(content, sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(encoded).hexdigest()[:24]

    # Extras --------------------------------------------------------------

    def _extra(self, key: str) -> Any:
        return self._data["extra_data"].get(key)

    def _set_extra(self, key: str, value: Any) -> None:
        extra = self._data["extra_data"]
        if key not in extra or extra[key] != value:
            extra[key] = value
            self._changed()

    def _pop_extra(self, key: str) -> None:
        if key in self._data["extra_data"]:
            del self._data["extra_data"][key]
            self._changed()

    def submission_id(self) -> str:
        """The id sent with "Save to my history", so a double submit saves once."""
        if not self._extra(_SUBMISSION):
            self._set_extra(_SUBMISSION, str(uuid.uuid4()))
        return str(self._extra(_SUBMISSION))

    def edit_target(self) -> EditTarget | None:
        """The saved draft the message belongs to, at the version it was last
        saved or opened at; None for a message never saved."""
        value = self._extra(_TARGET)
        if not isinstance(value, dict):
            return None
        return EditTarget(draft_id=value["draft_id"], version=value["version"])

    def set_edit_target(self, target: EditTarget) -> None:
        """Bind the message to a saved draft, as it is now (saved)."""
        value = {**dataclasses.asdict(target), "saved": self.content_fingerprint()}
        self._set_extra(_TARGET, value)

    def has_unsaved_work(self) -> bool:
        """Whether answers or text are here that no saved draft has."""
        if not self.has_answers():
            return False
        saved = self._extra(_TARGET)
        return not isinstance(saved, dict) or saved.get("saved") != self.content_fingerprint()

    def earlier_names(self) -> tuple[str, ...]:
        """The company and contact of the message this one was copied from."""
        value = self._extra(_EARLIER_NAMES)
        return tuple(value) if isinstance(value, list) else ()

    def set_earlier_names(self, names: list[str]) -> None:
        self._set_extra(_EARLIER_NAMES, [name for name in names if name])

    def recipient(self) -> Recipient:
        """The email address or phone number typed on the preview."""
        value = self._extra(_RECIPIENT)
        if not isinstance(value, dict):
            return Recipient()
        return Recipient(email=str(value.get("email", "")), phone=str(value.get("phone", "")))

    def store_recipient(self, recipient: Recipient) -> None:
        self._set_extra(_RECIPIENT, dataclasses.asdict(recipient))

    def defaulted_steps(self) -> dict[str, str]:
        """The steps "Show my message now" filled with defaults, each with a
        fingerprint of what it stored (see `wizard.live`)."""
        value = self._extra(_DEFAULTED)
        return value if isinstance(value, dict) else {}

    def set_defaulted_steps(self, steps: dict[str, str]) -> None:
        self._set_extra(_DEFAULTED, steps)

    # Preview text --------------------------------------------------------

    def message(self) -> ComposedMessage | None:
        """The message the composer proposes for the current answers."""
        if self._message is None:
            answers = self.answers()
            self._message = (compose_from_answers(answers) if answers else None,)
        return self._message[0]

    def _basis(self) -> str:
        return answers_fingerprint(self.answers())

    def _stored_text(self) -> PreviewText | None:
        return PreviewText.from_stored(self._extra(_PREVIEW))

    def _proposed_text(self) -> PreviewText | None:
        message = self.message()
        if message is None:
            return None
        return PreviewText(message.subject, message.body, self._basis(), edited=False)

    def stored_preview_text(self) -> dict[str, str] | None:
        value = self._extra(_PREVIEW)
        return value if isinstance(value, dict) else None

    def shown_preview_text(self) -> PreviewText | None:
        """The text the preview shows instead of the proposal: the edit made
        for the current answers, or a hand edit made for earlier ones (never
        replaced unasked, see `pending_choice`)."""
        stored = self._stored_text()
        if stored and (stored.edited or stored.basis == self._basis()):
            return stored
        return None

    def pending_choice(self) -> PreviewText | None:
        """A hand edit made before the answers changed: the preview asks
        whether to keep it or to use the text proposed for the new answers."""
        stored = self._stored_text()
        return stored if stored and stored.edited and stored.basis != self._basis() else None

    def previous_preview_text(self) -> PreviewText | None:
        """The text "Undo" brings back (an earlier edit, in older sessions)."""
        return PreviewText.from_stored(self._extra(_PREVIOUS)) or PreviewText.from_stored(
            self._extra(_EARLIER)
        )

    def store_preview_text(self, *, subject: str, body: str) -> None:
        """Keep the text as typed, for the current answers. The same text
        again changes nothing: a hand edit made for earlier answers still
        waits for the user's choice."""
        stored = self._stored_text()
        if stored is None or stored.text != (subject, body):
            self._put_text(subject, body)

    def _put_text(self, subject: str, body: str) -> None:
        proposed = self._proposed_text()
        edited = proposed is None or proposed.text != (subject, body)
        self._set_extra(_PREVIEW, PreviewText(subject, body, self._basis(), edited).as_stored())

    def keep_preview_text(self) -> None:
        """ "Keep my text": the text shown becomes the edit for the current answers."""
        shown = self.shown_preview_text()
        if shown is not None:
            self._put_text(shown.subject, shown.body)

    def replace_preview_text(self, *, subject: str, body: str) -> None:
        """Put another text in the editor (the new proposal, the proposed
        text, plain letters), keeping the one it replaces for "Undo"."""
        self._keep_for_undo(self.shown_preview_text() or self._proposed_text())
        self._put_text(subject, body)

    def undo_preview_text(self) -> bool:
        """Bring back the text as it was before the last replacement. The
        text undone is kept in turn (a second "Undo" brings it back), so
        nothing is lost. False when there was nothing to undo."""
        previous = self.previous_preview_text()
        if previous is None:
            return False
        self._keep_for_undo(self.shown_preview_text() or self._proposed_text())
        self._set_extra(_PREVIEW, previous.as_stored())
        return True

    def _keep_for_undo(self, text: PreviewText | None) -> None:
        self._pop_extra(_EARLIER)
        if text is None:
            self._pop_extra(_PREVIOUS)
        else:
            self._set_extra(_PREVIOUS, text.as_stored())

    # Whole messages ------------------------------------------------------

    def restore(self, answers: Mapping[str, Any], *, subject: str = "", body: str = "") -> None:
        """Make every step show `answers` and the preview `subject`/`body`
        (when given), replacing whatever the wizard held."""
        self.clear()
        for step in ANSWER_STEPS:
            raw = STEPS_BY_NAME[step].raw_for(answers)
            if raw:  # a step with nothing to restore shows its first-visit defaults
                self.store_raw(step, raw)
        if subject or body:
            self.store_preview_text(subject=subject, body=body)
        self._changed()
