"""The exchange after a sent draft, as its page shows it: message sent →
their reaction → your reply, as often as they answer.

One query, whatever the number of reactions: the replies are stored as
composed (then edited), so showing the thread composes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.urls import reverse

from messages_app.choices import Channel, Reaction
from messages_app.forms import ReactionForm, ReplyForm
from messages_app.mailto import mailto_for
from messages_app.models import Draft, RecruiterReaction
from messages_app.phone import tel_url
from messages_app.reaction_advice import advice_for
from messages_app.reaction_services import can_react, stamp_of
from messages_app.sms import sms_url


@dataclass(frozen=True)
class ThreadItem:
    """One reaction and the reply to it, with what its actions need."""

    reaction: RecruiterReaction
    advice: str
    form: ReplyForm
    mailto: str = ""
    sms_url: str = ""
    tel: str = ""
    call_url: str = ""
    pdf_url: str = ""

    @property
    def is_spoken(self) -> bool:
        return self.reaction.reply_channel in (Channel.PHONE, Channel.IN_PERSON)

    @property
    def is_email(self) -> bool:
        return self.reaction.reply_channel == Channel.EMAIL


def reply_form(reaction: RecruiterReaction, data: Mapping[str, Any] | None = None) -> ReplyForm:
    """The edit form of one reply (its fields prefixed with its id): bound to
    `data` (a post) or showing the stored reply."""
    initial = {
        "reply_subject": reaction.reply_subject,
        "reply_body": reaction.reply_body,
        "stamp": stamp_of(reaction),
    }
    return ReplyForm(
        data, initial=initial, prefix=f"reply-{reaction.pk}", channel=reaction.reply_channel
    )


def _item(draft: Draft, reaction: RecruiterReaction, form: ReplyForm | None) -> ThreadItem:
    channel, body = reaction.reply_channel, reaction.reply_body
    args = [draft.pk, reaction.pk]
    links: dict[str, str] = {}
    if body:
        links["pdf_url"] = reverse("messages_app:reaction_pdf", args=args)
        if channel == Channel.EMAIL:
            links["mailto"] = mailto_for(
                draft.recipient_email, subject=reaction.reply_subject, body=body
            )
        elif channel == Channel.SMS:
            links["sms_url"] = sms_url(draft.recipient_phone, body)
        elif channel == Channel.PHONE:
            links["tel"] = tel_url(draft.recipient_phone)
    if reaction.reaction == Reaction.CALL:
        links["call_url"] = reverse("messages_app:reaction_call", args=args)
    return ThreadItem(
        reaction=reaction,
        advice=advice_for(reaction.reaction, has_reply=bool(body)),
        form=form or reply_form(reaction),
        **links,
    )


def thread_context(
    draft: Draft,
    *,
    reaction_form: ReactionForm | None = None,
    reply_forms: Mapping[int, ReplyForm] | None = None,
) -> dict[str, Any]:
    """What the draft page needs to show the draft's thread: the reactions,
    oldest first, each with its reply and actions; and, once the message was
    sent, the "How did they react?" form (`reaction_form`: a refused post,
    shown again). `reply_forms`: refused reply edits, by reaction id."""
    bound = reply_forms or {}
    reactions = list(draft.reactions.all())
    return {
        "thread_items": [_item(draft, r, bound.get(r.pk)) for r in reactions],
        "can_react": can_react(draft),
        "reaction_form": reaction_form or ReactionForm(),
    }
