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
    EMAIL_MAX,
    SUBJECT_MAX,
)
from messages_app.models import DraftStatus
from messages_app.phone import validate_phone
from messages_app.selectors import SEARCH_MAX_LENGTH, HistoryFilters
from messages_app.services import EditTarget, Recipient

#: The channels whose message goes to an email address, and to a phone number.
EMAIL_CHANNELS = frozenset({Channel.EMAIL})
PHONE_CHANNELS = frozenset({Channel.PHONE, Channel.SMS})


class EmailAddressField(forms.EmailField):
    """An email address; no `maxlength`, as on every field (a browser would cut
    a paste silently): the server refuses a longer one with its message."""

    def widget_attrs(self, widget: forms.Widget) -> dict[str, Any]:
        attrs = super().widget_attrs(widget)
        attrs.pop("maxlength", None)
        return attrs


class RecipientFields(forms.Form):
    """Where the message goes (both optional): the email address for an
    email, the phone number for a call or a text message."""

    recipient_email = EmailAddressField(
        label=_("Their email address"),
        required=False,
        max_length=EMAIL_MAX,
        help_text=_("Optional: your mail app then opens with it in the “To” line."),
        widget=forms.EmailInput(attrs={"autocomplete": "off", "inputmode": "email"}),
    )
    # Capped at PHONE_MAX by `validate_phone` (no character counter for a number).
    recipient_phone = PlainTextField(
        label=_("Their phone number"),
        required=False,
        validators=[validate_phone],
        help_text=_("Optional: one tap then calls or texts it."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off", "inputmode": "tel"}),
    )

    def keep_recipient_fields(self, channel: str) -> None:
        """Drop the field the channel does not use."""
        if channel not in EMAIL_CHANNELS:
            del self.fields["recipient_email"]
        if channel not in PHONE_CHANNELS:
            del self.fields["recipient_phone"]

    def posted_recipient(self) -> Recipient | None:
        """The recipient, or None when the form posted neither field (a form
        that does not show them must not erase them)."""
        if not {"recipient_email", "recipient_phone"} & set(self.data):
            return None
        return self.recipient()

    def recipient(self) -> Recipient:
        """The recipient as typed (valid form only); "" for a field left out."""
        data = self.cleaned_data
        return Recipient(
            email=data.get("recipient_email") or "", phone=data.get("recipient_phone") or ""
        )


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


class PreviewForm(RecipientFields, DraftTextForm):
    """The composed message as edited on the preview, and where it goes. No
    prefix: the PDF and the save views read `subject`, `body`, `paper` and the
    recipient straight from the POST."""

    paper = forms.ChoiceField(
        label=_("Paper size"), choices=Paper.choices, initial=Paper.A4, required=False
    )

    def __init__(self, *args: Any, channel: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.channel = channel
        self.keep_recipient_fields(channel)
        if channel != Channel.EMAIL:
            del self.fields["subject"]
        else:
            self.fields["subject"].required = True
            self.fields["subject"].error_messages["required"] = gettext("The subject is empty.")
        if channel in (Channel.PHONE, Channel.IN_PERSON):
            self.fields["body"].label = gettext("What you will say")


def text_is_valid(form: forms.Form) -> bool:
    """Whether the subject and the body of a checked form are valid (the
    text is kept even while the recipient field still has an error)."""
    return not {"subject", "body"} & set(form.errors) and "body" in form.cleaned_data


def valid_recipient(form: forms.Form) -> Recipient | None:
    """The recipient of a checked form, or None while one of its fields is invalid."""
    if not isinstance(form, RecipientFields) or {"recipient_email", "recipient_phone"} & set(
        form.errors
    ):
        return None
    return form.recipient()


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


class DraftEditForm(RecipientFields, DraftTextForm):
    """The text of a saved draft and its recipient, edited on its page.
    Carries the version it started from, so a save over a newer version is
    refused. The page shows the recipient field of the draft's channel."""

    version = forms.IntegerField(min_value=1, widget=forms.HiddenInput)
    # Used only by "save mine as a new draft" on the conflict page.
    submission_id = forms.UUIDField(required=False, widget=forms.HiddenInput)

    def page_target(self, *, draft_id: int) -> EditTarget:
        """The draft `draft_id` at the version this page was rendered for."""
        return EditTarget(draft_id=draft_id, version=self.cleaned_data["version"])


class SaveFromPreviewForm(RecipientFields, DraftTextForm):
    """The preview's text and recipient, with the draft and version the page
    was rendered for (both empty for a new message)."""

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
