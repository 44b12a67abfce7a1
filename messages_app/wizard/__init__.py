"""The decline wizard: situation → assessment → channel → structure → preview.

- `steps`: one declarative description per step (form, initial values, advice);
- `state`: everything the wizard keeps in the session (`WizardState`);
- `answers`: the answers → the composer's input;
- `views`, `preview`, `pages`: the pages;
- `api`: the wizard as the PDF export and the history use it.
"""

from messages_app.wizard.answers import (
    ANSWER_DEFAULTS,
    COMPANY_ANSWERS,
    compose_from_answers,
    message_request_from_answers,
)
from messages_app.wizard.api import (
    earlier_names,
    get_edit_target,
    get_preview_text,
    get_recipient,
    get_submission_id,
    get_wizard_answers,
    has_unsaved_work,
    reset_wizard,
    restore_wizard,
    set_edit_target,
    set_preview_text,
    set_recipient,
    start_copy,
    wizard_company,
)
from messages_app.wizard.pages import PREFIX, step_url
from messages_app.wizard.state import SESSION_KEY, WizardState
from messages_app.wizard.step_data import StepTooLarge
from messages_app.wizard.steps import (
    ANSWER_STEPS,
    STEP_ASSESSMENT,
    STEP_CHANNEL,
    STEP_NAMES,
    STEP_PREVIEW,
    STEP_SITUATION,
    STEP_STRUCTURE,
    STEPS,
    STEPS_BY_NAME,
)
from messages_app.wizard.views import wizard_advice, wizard_new, wizard_reset, wizard_view

#: The URL pattern matching a step name.
STEPS_PATTERN = "|".join(STEP_NAMES)

__all__ = [
    "ANSWER_DEFAULTS",
    "ANSWER_STEPS",
    "COMPANY_ANSWERS",
    "PREFIX",
    "SESSION_KEY",
    "STEPS",
    "STEPS_BY_NAME",
    "STEPS_PATTERN",
    "STEP_ASSESSMENT",
    "STEP_CHANNEL",
    "STEP_NAMES",
    "STEP_PREVIEW",
    "STEP_SITUATION",
    "STEP_STRUCTURE",
    "StepTooLarge",
    "WizardState",
    "compose_from_answers",
    "earlier_names",
    "get_edit_target",
    "get_preview_text",
    "get_recipient",
    "get_submission_id",
    "get_wizard_answers",
    "has_unsaved_work",
    "message_request_from_answers",
    "reset_wizard",
    "restore_wizard",
    "set_edit_target",
    "set_preview_text",
    "set_recipient",
    "start_copy",
    "step_url",
    "wizard_advice",
    "wizard_company",
    "wizard_new",
    "wizard_reset",
    "wizard_view",
]
