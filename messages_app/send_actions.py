"""How a message leaves the preview: the one primary action of its channel,
and the links that hand it to the mail app, the phone or the messaging app.

One primary action per channel, following the advice: an email opens in the
mail app, unless the invitation came by email (then it is copied, to paste
into a reply in the same thread, and the mail app comes second); a call or a
conversation opens the call mode; a text message is copied or opened in the
messaging app.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.utils import timezone

from messages_app.call_event import next_call_time
from messages_app.choices import Channel
from messages_app.mailto import mailto_for, mailto_url
from messages_app.phone import tel_url
from messages_app.services import Recipient
from messages_app.sms import sms_info, sms_url

if TYPE_CHECKING:
    from messages_app.composer import ComposedMessage
    from messages_app.models import Draft

#: The primary actions, one per channel (see `primary_action`).
COPY, MAIL, CALL_MODE, SMS_APP = "copy", "mail", "call_mode", "sms_app"


def replies_in_thread(*, channel: str, invitation_channel: str) -> bool:
    """Whether the email answers one that came by email (so it belongs in
    that thread, which only the mail app's "Reply" keeps)."""
    return channel == Channel.EMAIL and invitation_channel == Channel.EMAIL


def primary_action(*, channel: str, invitation_channel: str) -> str:
    """The one action the preview puts first for this channel."""
    if channel == Channel.EMAIL:
        return (
            COPY
            if replies_in_thread(channel=channel, invitation_channel=invitation_channel)
            else MAIL
        )
    if channel in (Channel.PHONE, Channel.IN_PERSON):
        return CALL_MODE
    return COPY


def send_links(
    message: ComposedMessage,
    values: Mapping[str, Any],
    *,
    subject: str,
    body: str,
    invitation_channel: str,
) -> dict[str, Any]:
    """What the preview's action bar needs for the text and recipient as typed
    (`values`: the preview form's values, None for an invalid field): the
    primary action, whether the email belongs in the invitation's thread, the
    `mailto:` of an email, the `sms:` link and segment count of a text
    message, the `tel:` link and the recommended time of a call."""
    channel = message.channel
    email = values.get("recipient_email") or ""
    phone = values.get("recipient_phone") or ""
    context: dict[str, Any] = {
        "primary": primary_action(channel=channel, invitation_channel=invitation_channel),
        "reply_in_thread": replies_in_thread(
            channel=channel, invitation_channel=invitation_channel
        ),
        "phone": phone,
    }
    if channel == Channel.EMAIL:
        context["mailto"] = mailto_url(message, email, subject=subject, body=body)
    if channel == Channel.SMS:
        context.update(sms=sms_info(body), sms_url=sms_url(phone, body), tel=tel_url(phone))
    if channel == Channel.PHONE:
        context.update(tel=tel_url(phone), call_at=next_call_time(timezone.now()))
    return context


def draft_links(draft: Draft) -> dict[str, Any]:
    """The same actions for a saved draft, on its page."""
    channel, phone = draft.channel, draft.recipient_phone
    invited_by = str(draft.answers.get("invitation_channel") or "")
    context: dict[str, Any] = {
        "primary": primary_action(channel=channel, invitation_channel=invited_by),
        "reply_in_thread": replies_in_thread(channel=channel, invitation_channel=invited_by),
        "phone": phone,
        "tel": tel_url(phone) if channel in (Channel.PHONE, Channel.SMS) else "",
    }
    if channel == Channel.EMAIL:
        context["mailto"] = mailto_for(
            draft.recipient_email, subject=draft.subject, body=draft.body
        )
    if channel == Channel.SMS:
        context["sms_url"] = sms_url(phone, draft.body)
    return context


def recipient_data(recipient: Recipient) -> dict[str, str]:
    """The preview form's recipient fields, as POST data."""
    return {"recipient_email": recipient.email, "recipient_phone": recipient.phone}
