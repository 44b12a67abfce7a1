"""The recruiter's reaction to a sent draft, and the reply as edited on the
draft page."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from messages_app.choices import Channel, Reaction
from messages_app.forms.fields import PlainTextField, radio
from messages_app.limits import BODY_MAX, SUBJECT_MAX, THEIR_MESSAGE_MAX


class ReactionForm(forms.Form):
    """ "How did they react?", with their reply pasted if the owner wishes."""

    reaction = radio(
        Reaction.choices,
        label=_("How did they react?"),
        error_messages={"required": _("Choose how they reacted.")},
    )
    their_message = PlainTextField(
        label=_("Their reply (optional)"),
        required=False,
        multiline=True,
        rows=5,
        max_length=THEIR_MESSAGE_MAX,
        help_text=_(
            "Paste it here to keep it with this draft. It stays private: only you see it, "
            "and Decliner never sends it anywhere."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("prefix", "reaction")
        super().__init__(*args, **kwargs)


class ReplyForm(forms.Form):
    """The proposed reply as the owner edits it. `stamp` is the reply's
    `updated_at` when the page was shown: a save over a newer one is refused."""

    reply_subject = PlainTextField(label=_("Subject"), required=False, max_length=SUBJECT_MAX)
    reply_body = PlainTextField(
        label=_("Your reply"),
        multiline=True,
        rows=8,
        max_length=BODY_MAX,
        error_messages={"required": _("The reply is empty.")},
    )
    stamp = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: Any, channel: str = Channel.EMAIL, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if channel != Channel.EMAIL:
            del self.fields["reply_subject"]
        if channel in (Channel.PHONE, Channel.IN_PERSON):
            self.fields["reply_body"].label = _("What you will say")
