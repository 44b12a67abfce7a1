"""Shipped reply blocks in English: what to send back once the recruiter has
reacted to the decline (and the call they may ask for).

The written replies (channel "": an email's body, or a text message's, turned
into GSM characters by the composer) follow the house style of `en.py`: no
contractions, plain ASCII apostrophes; a text-message counterpart (with
contractions) only where the email wording reads too long in a text. A reply to a call uses the spoken
prepared replies of `en.py` (REPLY_*), the same ones the call mode shows
under the script; only the reactions those do not cover have spoken blocks
here. The greeting and the signature are the original message's blocks.

The advice behind each one: thank them for their understanding (positive);
empathy, thanks for their time and the decision restated calmly
(disappointed); one sincere sentence that says the reason the message gave,
and no other (why); firm and courteous, the decision stands (insists);
interest in the other role without reopening this one (other role); yes to
a short call, with a time (call).
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("en")
FORMAL, WARM = T.FORMAL, T.WARM

# --- They took it well -----------------------------------------------------
_b.add(
    K.ANSWER_POSITIVE,
    "Thank you very much for your understanding, and for such a kind reply.",
)
# Only when the message kept the door open (email), and fitted to the
# situation as the message's was: after accepting another position, after
# interviews or at the offer stage, no "should another role come up", which
# would read as still job-hunting.
_b.add(
    K.ANSWER_DOOR_OPEN,
    "I would be glad to stay in touch, and to hear from you should another position suited to "
    "my background come up.",
)
for _scenario in (S.BETTER_OFFER, S.AFTER_INTERVIEWS):
    _b.add(
        K.ANSWER_DOOR_OPEN,
        "I hope our paths will cross again.",
        tone=FORMAL,
        scenario=_scenario,
    )
    _b.add(K.ANSWER_DOOR_OPEN, "I hope our paths cross again.", tone=WARM, scenario=_scenario)
_b.add(K.ANSWER_DOOR_OPEN, "I hope our paths will cross in the future.", scenario=S.ACCEPTED)

# --- They are disappointed ---------------------------------------------------
_b.add(
    K.ANSWER_DISAPPOINTED,
    "I understand that this is disappointing, and I am grateful for the time you have invested "
    "in my application. It was not an easy choice, but I am confident it is the right one for me.",
)

# --- They ask why: one sentence, the reason the message gave ------------------
_b.add(
    K.ANSWER_WHY,
    "Of course. After careful thought, I realised that the role is not the right fit for me at "
    "this stage; it is no reflection on {company} or your team.",
)
_b.add(
    K.ANSWER_WHY,
    "Of course. I have accepted a position elsewhere that is a close match for my current plans; "
    "it is no reflection on {company} or your team.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.ANSWER_WHY,
    "Of course. I received another offer that is a very close match for my goals, and I have "
    "accepted it; it is no reflection on {company} or your team.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.ANSWER_WHY,
    "Of course. The role does not quite match where I want to take my career over the next few "
    "years; it is no reflection on {company} or your team.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.ANSWER_WHY,
    "Of course. Having learned more about how the team works, I feel that my own way of working "
    "would suit a different environment; it is no reflection on the people I have met.",
    reason=R.CULTURE,
)
_b.add(
    K.ANSWER_WHY,
    "Of course. It comes down to the location: the commute would be too long for me at the "
    "moment. It is no reflection on the role or your team.",
    reason=R.LOCATION,
)
_b.add(
    K.ANSWER_WHY,
    "It is for personal reasons that I would rather keep private; it has nothing to do with the "
    "role or your team.",
    reason=R.PERSONAL,
)
_b.add(
    K.ANSWER_WHY,
    "Of course. The scope of the role has moved away from the original description, and it no "
    "longer matches what I am looking for; it is no reflection on your team.",
    reason=R.ROLE_CHANGED,
)
# Used only when the user typed their own words.
_b.add(
    K.ANSWER_WHY,
    "Of course. The main reason is simple: {custom_reason}. It is no reflection on {company} or "
    "your team.",
    reason=R.OTHER,
)

# --- They insist, or improve the offer: firm, courteous, nothing reopened ----
_b.add(
    K.ANSWER_INSIST,
    "Thank you, that is very kind of you. I have thought it over carefully, however, and my "
    "decision stands.",
)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.ANSWER_INSIST,
        "Thank you, that is very kind of you. I have already accepted another position, however, "
        "and I intend to honour that commitment.",
        reason=_reason,
    )
_b.add(
    K.ANSWER_INSIST,
    "Thank you, that is very kind of you. My personal circumstances do not allow me to take this "
    "on, however, and my decision is final.",
    reason=R.PERSONAL,
)

# --- They propose another role: interest, without reopening this one ---------
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Thank you for thinking of me for another position. My decision on the {position} role "
    "stands, but I would be glad to learn more about this new one: could you send me a "
    "description, with the main responsibilities and the location? I will read it carefully and "
    "get back to you promptly.",
)
_b.add(
    K.ANSWER_OTHER_ROLE,
    "Thanks for thinking of me. My decision on the {position} role stands, but I'd be glad to "
    "hear more about the new one: could you send me a description?",
    channel=C.SMS,
)
_b.spoken(
    K.ANSWER_OTHER_ROLE,
    "Thank you for thinking of me. My decision on the {position} role stands, but I'd be glad "
    "to hear more about the new one. Could you email me a description? I'll read it carefully "
    "and get back to you quickly.",
)

# --- They ask to talk on the phone: yes, and when -----------------------------
_b.add(
    K.ANSWER_CALL,
    "Of course, I would be glad to have a short call. Would 10 a.m. or 2 p.m. on a weekday suit "
    "you? Please let me know which time works best.",
)
_b.spoken(
    K.ANSWER_CALL,
    "Of course, I'd be happy to talk. Is now a good time, or shall we say tomorrow at 10 or 2?",
)

# --- No answer, but the cancelled interview is days away: a check call --------
_b.add(
    K.ANSWER_CHECK_CALL,
    "Hello, this is {sender_name}. I wrote to cancel my interview {interview_day} for the "
    "{position} role, and I'm just calling to make sure my message reached you. Thank you, and "
    "have a good day.",
    channel=C.PHONE,
)

# --- The call they asked for: the opener and the decision restated ------------
# "As I mentioned": the message may have gone by email, text or in person.
_b.add(
    K.CALL_OPENER,
    "Hello, this is {sender_name}. Thank you for taking the time to talk about the {position} "
    "role.",
    channel=C.PHONE,
)
_b.add(
    K.CALL_DECISION,
    "As I mentioned, I've decided not to go further with the process. I thought it through "
    "carefully, and my decision is final.",
    channel=C.PHONE,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
