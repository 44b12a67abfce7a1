"""The advice shown above each proposed reply, in the interface language:
what to aim for with this reaction (from the guide's "handling reactions")."""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from messages_app.choices import Reaction

ADVICE: Mapping[str, Promise] = {
    Reaction.POSITIVE: _(
        "A kind answer deserves a short thank-you for their understanding. If you would like "
        "to hear from them again, say so: it keeps the door open."
    ),
    Reaction.DISAPPOINTED: _(
        "Stay calm and warm: acknowledge their disappointment, thank them for the time they "
        "gave you, and restate your decision without justifying it again."
    ),
    Reaction.WHY: _(
        "One sincere sentence is enough, and it is the same reason as in your message, never a "
        "second one. No criticism; personal reasons need no details."
    ),
    Reaction.INSISTS: _(
        "Stay firm and courteous: thank them, say your decision stands, and do not reopen the "
        "discussion, even for a better offer."
    ),
    Reaction.OTHER_ROLE: _(
        "Your answer about this role stands. If the other role interests you, ask for its "
        "details with genuine interest; if not, thank them and say so just as simply."
    ),
    Reaction.CALL: _(
        "Accept a short call and propose a time. Prepare it with the call script: the "
        "decision, the one-sentence reason if they ask, and your answer if they insist."
    ),
    Reaction.NO_ANSWER: _(
        "No answer is needed: a decline does not call for one, and silence usually means they "
        "took note. Send nothing more."
    ),
}

#: "No answer yet" when the interview the message cancelled is days away.
CHECK_CALL_ADVICE = _(
    "Your interview was only days away: if they have not acknowledged your message, a short "
    "call makes sure they got it, so nobody waits for you. Here is what to say."
)


def advice_for(reaction: str, *, has_reply: bool) -> str:
    """The advice for a reaction (and for "no answer" with a check call)."""
    if reaction == Reaction.NO_ANSWER and has_reply:
        return str(CHECK_CALL_ADVICE)
    return str(ADVICE.get(reaction, ""))
