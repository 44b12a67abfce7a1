"""The wizard as the PDF export and the history see it: functions of the
request, reading and writing the same `WizardState` as the wizard's views."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest

from messages_app.services import EditTarget, Recipient
from messages_app.wizard.answers import COMPANY_ANSWERS
from messages_app.wizard.state import WizardState
from messages_app.wizard.steps import STEP_SITUATION


def get_wizard_answers(request: HttpRequest) -> dict[str, Any] | None:
    """All answers of the steps before the preview, or None if a step is
    missing or no longer valid (see `WizardState.answers`)."""
    state = WizardState.existing(request)
    return state.answers() if state else None


def get_preview_text(request: HttpRequest) -> tuple[str, str] | None:
    """(subject, body) as the preview shows it, or None when it shows the
    composed message (see `WizardState.shown_preview_text`)."""
    state = WizardState.existing(request)
    shown = state.shown_preview_text() if state else None
    return shown.text if shown else None


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
    recipient: Recipient | None = None,
) -> None:
    """Fill the wizard so every step shows `answers` and the preview shows
    `subject`/`body` (when given). Used to edit a draft (`target` is the draft
    and the version the edit starts from) or to duplicate one (no target).
    Clears whatever the wizard held before (see `has_unsaved_work`)."""
    state = WizardState.for_request(request)
    state.restore(answers, subject=subject, body=body)
    if recipient is not None and recipient != Recipient():
        state.store_recipient(recipient)
    if target is not None:
        state.set_edit_target(target)


def get_recipient(request: HttpRequest) -> Recipient:
    """The email address or phone number typed on the preview (empty when none)."""
    state = WizardState.existing(request)
    return state.recipient() if state else Recipient()


def set_recipient(request: HttpRequest, recipient: Recipient) -> None:
    WizardState.for_request(request).store_recipient(recipient)


def start_copy(request: HttpRequest, answers: Mapping[str, Any]) -> None:
    """A new message from a saved one, for another company: the wizard keeps
    the answers about the person (name, signature, language, reasons, tone…),
    clears those about the other company, and remembers that company's names so
    the quality check flags any left in the text."""
    state = WizardState.for_request(request)
    state.restore({key: value for key, value in answers.items() if key not in COMPANY_ANSWERS})
    state.set_earlier_names([str(answers.get(key) or "") for key in ("company", "contact_name")])


def get_edit_target(request: HttpRequest) -> EditTarget | None:
    """The saved draft the wizard's message belongs to (see `WizardState.edit_target`)."""
    state = WizardState.existing(request)
    return state.edit_target() if state else None


def set_edit_target(request: HttpRequest, target: EditTarget) -> None:
    """Bind the wizard's message to a saved draft at `target.version`, as it
    is now (`has_unsaved_work` is False until something changes)."""
    WizardState.for_request(request).set_edit_target(target)


def has_unsaved_work(request: HttpRequest) -> bool:
    """Whether the wizard holds answers or text that no saved draft has:
    starting another message would lose them."""
    state = WizardState.existing(request)
    return state.has_unsaved_work() if state else False


def wizard_company(request: HttpRequest) -> str:
    """The company typed in the wizard (to name the message in progress)."""
    state = WizardState.existing(request)
    raw = state.raw(STEP_SITUATION) if state else None
    return str(raw.get(f"{STEP_SITUATION}-company", "")) if raw else ""


def get_submission_id(request: HttpRequest) -> str:
    """The id sent with "Save to my history" (see `WizardState.submission_id`)."""
    return WizardState.for_request(request).submission_id()


def earlier_names(request: HttpRequest) -> tuple[str, ...]:
    """The company and contact of the message this one was copied from."""
    state = WizardState.existing(request)
    return state.earlier_names() if state else ()


def reset_wizard(request: HttpRequest) -> None:
    """Forget every answer, edit, draft link and submission id."""
    WizardState.for_request(request).clear()
