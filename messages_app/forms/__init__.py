"""Forms: `fields` (plain text, radios), `steps` (the wizard's steps), `drafts`
(a message's text on the preview and the history), `account`,
`reflection` (the reflection on a decline)."""

from messages_app.forms.account import AccountDeleteForm
from messages_app.forms.drafts import (
    DraftEditForm,
    DraftTextForm,
    HistoryFilterForm,
    PreviewForm,
    SaveFromPreviewForm,
)
from messages_app.forms.fields import PlainTextField, radio
from messages_app.forms.reactions import ReactionForm, ReplyForm
from messages_app.forms.reflection import ReflectionForm
from messages_app.forms.steps import (
    AssessmentForm,
    ChannelForm,
    SituationForm,
    StructureForm,
)
from messages_app.forms.wizard_form import WizardForm

__all__ = [
    "AccountDeleteForm",
    "AssessmentForm",
    "ChannelForm",
    "DraftEditForm",
    "DraftTextForm",
    "HistoryFilterForm",
    "PlainTextField",
    "PreviewForm",
    "ReflectionForm",
    "ReactionForm",
    "ReplyForm",
    "SaveFromPreviewForm",
    "SituationForm",
    "StructureForm",
    "WizardForm",
    "radio",
]
