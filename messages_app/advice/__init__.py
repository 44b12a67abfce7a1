"""The advice shown beside the wizard's fields, as pure functions.

Plain data in (choice values, dates), plain data out (`Advice` items, a
`ChannelRecommendation`). No request, no database: the wizard calls these on
every GET and on every htmx change, and the tests call them directly.

Every rule comes from the seed article: decline as soon as the decision is
firm, urgently when the interview is in the next days; an unsure person may
be better off attending the interview (FAQ 4); apologise when an accepted
interview is cancelled; answer on the channel you were contacted on, email
being the safe default, phone suiting an existing rapport, text messages only
when texting was already the channel, in person only when you have already
met or are about to.

Messages are translated in the *interface* language (the active one).

- `common`: `Advice`, its levels (order, colour), how many are shown at
  once, and how close the interview is.
- `timing`: when to send, given the interview date and the channel.
- `steps`: the advice for each step's other answers (stage, certainty,
  reasons, structure).
- `channel`: the recommended channel and how well each channel fits.
"""

from __future__ import annotations

from messages_app.advice.channel import (
    DISCOURAGED,
    RECOMMENDED,
    SUITABLE,
    ChannelOption,
    ChannelRecommendation,
    chosen_channel_advice,
    recommend_channel,
)
from messages_app.advice.common import (
    INFO,
    SHOWN_AT_ONCE,
    SUCCESS,
    URGENT,
    URGENT_DAYS,
    WARNING,
    Advice,
    by_severity,
    days_until,
)
from messages_app.advice.steps import (
    certainty_advice,
    purpose_advice,
    reasons_advice,
    stage_advice,
    structure_advice,
)
from messages_app.advice.timing import timing_advice

__all__ = [
    "DISCOURAGED",
    "INFO",
    "RECOMMENDED",
    "SHOWN_AT_ONCE",
    "SUCCESS",
    "SUITABLE",
    "URGENT",
    "URGENT_DAYS",
    "WARNING",
    "Advice",
    "ChannelOption",
    "ChannelRecommendation",
    "by_severity",
    "certainty_advice",
    "purpose_advice",
    "chosen_channel_advice",
    "days_until",
    "reasons_advice",
    "recommend_channel",
    "stage_advice",
    "structure_advice",
    "timing_advice",
]
