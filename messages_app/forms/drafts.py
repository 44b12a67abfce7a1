"""A message's text: edited on the preview, on a draft's page, saved from the
wizard; and the history's filters."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from messages_app.choices import (
    Channel,
    Paper,
)
from messages_app.forms.fields import PlainTextField
from messages_app.limits import (
    BODY_MAX,
    SUBJECT_MAX,
)
from messages_app.models import DraftStatus
from messages_app.selectors import SEARCH_MAX_LENGTH, HistoryFilters
from messages_app.services import EditTarget


class DraftTextForm(forms.Form):
    """A message's text: the subject (email only) and the body."""

    subject = PlainTextField(label=_("Subject"), required=False, max_length=SUBJECT_MAX)
    body = PlainTextField(
        label=_("Message"),
        multiline=True,
        rows=14,
        max_length=BODY_MAX,
        error_messages={"required": _("The message is empty.")},
    )


class PreviewForm(DraftTextForm):
    """The composed message as edited on the preview. No prefix: the PDF and
    the save views read `subject`, `body` and `paper` straight from the POST."""

    paper = forms.ChoiceField(
        label=_("Paper size"), choices=Paper.choices, initial=Paper.A4, required=False
    )

    def __init__(self, *args: Any, channel: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.channel = channel
        if channel != Channel.EMAIL:
            del self.fields["subject"]
        else:
            self.fields["subject"].required = True
            self.fields["subject"].error_messages["required"] = gettext("The subject is empty.")
        if channel in (Channel.PHONE, Channel.IN_PERSON):
            self.fields["body"].label = gettext("What you will say")


class HistoryFilterForm(forms.Form):
    q = PlainTextField(label=_("Company or position"), required=False, max_length=SEARCH_MAX_LENGTH)
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("Any status")), *DraftStatus.choices],
    )
    channel = forms.ChoiceField(
        label=_("Channel"),
        required=False,
        choices=[("", _("Any channel")), *Channel.choices],
    )

    def filters(self) -> HistoryFilters:
        """The valid filters; an invalid one is dropped (its error is shown)."""
        data = self.cleaned_data if self.is_bound else {}
        return HistoryFilters(
            search=data.get("q") or "",
            status=data.get("status") or "",
            channel=data.get("channel") or "",
        )


class DraftEditForm(DraftTextForm):
    """The text of a saved draft, edited on its page. Carries the version it
    started from, so a save over a newer version is refused."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    # Used only by "save mine as a new draft" on the conflict page.
    submission_id = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def page_target(self, *, draft_id: int) -> EditTarget:
        """The draft `draft_id` at the version this page was rendered for."""
        return EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])


class SaveFromPreviewForm(DraftTextForm):
    """The preview's text, with the draft and version the page was rendered
    for (both empty for a new message)."""

    submission_id = forms.UUIDField()
    draft_id = forms.IntegerField(min_value=1, required=False)
    version = forms.IntegerField(min_value=1, required=False)

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        if (data.get("draft_id") is None) != (data.get("version") is None):
            raise forms.ValidationError(
                _("This page is incomplete: reload it, then save again."), code="target"
            )
        return data

    def page_target(self) -> EditTarget | None:
        draft_id = self.cleaned_data.get("draft_id")
        if draft_id is None:
            return None
        return EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])
