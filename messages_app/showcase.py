"""What the home and privacy pages show: one sample message per channel,
composed by the app's own composer, and how long a visit's answers are kept."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import ngettext

from messages_app.choices import Channel, Language, ReasonKey, Tone
from messages_app.samples import base_answers
from messages_app.wizard import compose_from_answers


@dataclass(frozen=True)
class ChannelSample:
    channel: str
    label: str
    subject: str
    body: str

    @property
    def is_spoken(self) -> bool:
        return self.channel in (Channel.PHONE, Channel.IN_PERSON)


def channel_samples(language: str) -> list[ChannelSample]:
    """The message each channel gets for one ordinary situation (an
    interview invitation that does not fit the career plan), in `language`."""
    if language not in Language.values:
        language = Language.FRENCH
    samples = []
    for channel, label in Channel.choices:
        answers = base_answers(
            stage="invitation",
            reason=ReasonKey.CAREER_GOALS,
            channel=channel,
            language=language,
            tone=Tone.FORMAL,
        )
        message = compose_from_answers(answers)
        samples.append(ChannelSample(channel, str(label), message.subject, message.body))
    return samples


def session_retention() -> str:
    """`SESSION_COOKIE_AGE` in words ("14 days"): how long the answers of a
    visitor without an account stay after their last change."""
    seconds = settings.SESSION_COOKIE_AGE
    if seconds % 86400 == 0:
        days = seconds // 86400
        return ngettext("%(count)d day", "%(count)d days", days) % {"count": days}
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return ngettext("%(count)d hour", "%(count)d hours", hours) % {"count": hours}
    minutes = -(-seconds // 60)
    return ngettext("%(count)d minute", "%(count)d minutes", minutes) % {"count": minutes}
