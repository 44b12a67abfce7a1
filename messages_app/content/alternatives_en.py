"""English blocks for a person not sure yet: asking the recruiter for more
information before deciding, or asking for another interview date.

Same house style as `en.py` (British spelling, written blocks without
contractions, spoken and text-message blocks with them, plain ASCII
apostrophes). These messages reuse the greeting, courtesy, gratitude, apology
and signature blocks of `en.py`; they never say "decline", "withdraw" or
"cancel", give no reason and leave no door open: the person is not leaving.

The stage matters: before an accepted interview the date is named; after
interviews the next meeting is meant; at the offer stage the answer on the
offer is what waits. Every block written for a scenario on channel "" has an
"sms" counterpart, so the shorter text-message wording is never outranked.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("en")
EMAIL, SMS, PHONE = C.EMAIL, C.SMS, C.PHONE
FORMAL, WARM = T.FORMAL, T.WARM

# ===========================================================================
# Asking for more information before deciding
# ===========================================================================

_b.add(K.SUBJECT_ASK_INFO, "Questions about the {position} role – {sender_name}", channel=EMAIL)
_b.add(
    K.SUBJECT_ASK_INFO,
    "A few questions before our {position} interview {interview_day}",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT_ASK_INFO,
    "Your offer for the {position} role: a few questions",
    channel=EMAIL,
    scenario=S.OFFER,
)

_b.add(
    K.ASK_INFO_INTEREST,
    "I am very interested in the role, and before going further I would like to understand it "
    "a little better.",
)
_b.add(
    K.ASK_INFO_INTEREST,
    "I am still very interested in the role, and before the next step I would like to clarify "
    "a few points.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_INTEREST,
    "I am very interested in your offer, and before giving you my answer I would like to "
    "clarify a few points.",
    scenario=S.OFFER,
)
_b.add(K.ASK_INFO_INTEREST, "I'm very interested and have a few questions first.", channel=SMS)
_b.add(
    K.ASK_INFO_INTEREST,
    "I'm still very interested and would like to clarify a few points.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_INTEREST,
    "I'm very interested in your offer and have a few questions first.",
    channel=SMS,
    scenario=S.OFFER,
)

_b.add(
    K.ASK_INFO_REQUEST,
    "Could you tell me more about the day-to-day responsibilities, the team I would join and "
    "the working conditions?",
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Could you tell me more about the terms, the team and what the first few months in the "
    "role would look like?",
    scenario=S.OFFER,
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Could you tell me more about the job, the team and the conditions?",
    channel=SMS,
)
_b.add(
    K.ASK_INFO_REQUEST,
    "Could you tell me more about the terms and the team?",
    channel=SMS,
    scenario=S.OFFER,
)

# The person's own question, after a colon: "…would help me decide: is the
# role open to remote work?"
_b.add(K.ASK_INFO_QUESTION, "One point in particular would help me decide: {question}.")
_b.add(K.ASK_INFO_QUESTION, "My question: {question}.", channel=SMS)

# When they will answer: a promise they can hold the person to.
_b.add(
    K.ASK_INFO_NEXT,
    "Once I have your answer, I will get back to you about the interview within two working days.",
)
_b.add(
    K.ASK_INFO_NEXT,
    "Once I have your answer, I will get back to you within two working days, well before our "
    "interview {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Once I have your answer, I will let you know within two working days how I would like to "
    "proceed.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_NEXT,
    "Once I have your answer, I will give you my decision on the offer within two working days.",
    scenario=S.OFFER,
)
_b.add(K.ASK_INFO_NEXT, "I'll get back to you within two working days of your reply.", channel=SMS)
_b.add(
    K.ASK_INFO_NEXT,
    "I'll reply within two working days, well before the interview.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.ASK_INFO_NEXT,
    "I'll get back to you within two working days.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.ASK_INFO_NEXT,
    "I'll give you my answer within two working days.",
    channel=SMS,
    scenario=S.OFFER,
)

_b.add(K.ASK_INFO_CLOSING, "Thank you in advance for your help.", channel=EMAIL, tone=FORMAL)
_b.add(
    K.ASK_INFO_CLOSING,
    "Many thanks in advance, and I look forward to hearing from you.",
    channel=EMAIL,
    tone=WARM,
)
_b.spoken(K.ASK_INFO_CLOSING, "Thank you very much for your time.", tone=FORMAL)
_b.spoken(K.ASK_INFO_CLOSING, "Thanks a lot for your time, that's really helpful.", tone=WARM)
# Followed by the name: "Many thanks, Camille Martin".
_b.add(K.ASK_INFO_CLOSING, "Many thanks,", channel=SMS, tone=FORMAL)
_b.add(K.ASK_INFO_CLOSING, "Thanks,", channel=SMS, tone=WARM)

_b.add(
    K.VOICEMAIL_ASK_INFO,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. I'm very "
    "interested, and I have a couple of questions before the next step. I'll send them to "
    "you by email, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
)

_b.lines(
    K.REMINDERS_ASK_INFO,
    "Ask one or two precise questions: about the role, the team or the conditions.",
    "Ask only if you are genuinely open to the role: the answer should help you decide.",
    "Say when you will give your answer, and keep to it.",
    "Answer on the channel they used, and soon, so the process does not stall.",
)

_b.add(K.POINT_INTEREST, "Say that the role still interests you")
_b.add(K.POINT_ASK_INFO, "Ask your questions about the role, the team or the conditions")
_b.add(K.POINT_ANSWER_BY, "Say when you will give your answer")

# ===========================================================================
# Asking for another date
# ===========================================================================

_b.add(
    K.SUBJECT_RESCHEDULE,
    "Interview for the {position} role: request for another date",
    channel=EMAIL,
)
_b.add(
    K.SUBJECT_RESCHEDULE,
    "Could we move our {position} interview {interview_day}?",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT_RESCHEDULE,
    "Our next meeting about the {position} role: request for another date",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)

_b.add(
    K.RESCHEDULE_INTEREST,
    "I am still very interested in the role and keen to meet you.",
)
_b.add(
    K.RESCHEDULE_INTEREST,
    "I am still very interested in the role and would like to continue the process.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.RESCHEDULE_INTEREST, "I'm still very keen to meet you.", channel=SMS)
_b.add(
    K.RESCHEDULE_INTEREST,
    "I'm still very keen to continue.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

_b.add(
    K.RESCHEDULE_CONFLICT,
    "Unfortunately, something has come up and I am not free {interview_day} at the time you "
    "suggested.",
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Unfortunately, something unavoidable has come up, and I am no longer free for our "
    "interview {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Unfortunately, something has come up and I am not free for our next meeting {interview_day}.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Unfortunately I'm not free {interview_day} at the time suggested.",
    channel=SMS,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Sadly I'm no longer free for our interview {interview_day}.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.RESCHEDULE_CONFLICT,
    "Unfortunately I'm not free for our next meeting {interview_day}.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

# The person's own times, as typed: "…available any morning next week, if…".
_b.add(
    K.RESCHEDULE_PROPOSAL,
    "Could we find another time? I would be available {availability}, if that suits you.",
)
_b.add(
    K.RESCHEDULE_PROPOSAL,
    "Could we move it? I'm free {availability}.",
    channel=SMS,
)
_b.add(
    K.RESCHEDULE_ASK,
    "Could we find another time? Please let me know which dates would suit you, and I will do "
    "my best to fit in with them.",
)
_b.add(
    K.RESCHEDULE_ASK,
    "Could you suggest another time? I'll fit in with you.",
    channel=SMS,
)

_b.add(
    K.RESCHEDULE_CLOSING,
    "Thank you for your understanding; I look forward to our meeting.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.RESCHEDULE_CLOSING,
    "Thanks so much for understanding, and I look forward to seeing you.",
    channel=EMAIL,
    tone=WARM,
)
_b.spoken(
    K.RESCHEDULE_CLOSING,
    "Thank you for your understanding, and I look forward to our meeting.",
    tone=FORMAL,
)
_b.spoken(K.RESCHEDULE_CLOSING, "Thanks for understanding. I'm looking forward to it!", tone=WARM)
_b.add(K.RESCHEDULE_CLOSING, "Many thanks,", channel=SMS, tone=FORMAL)
_b.add(K.RESCHEDULE_CLOSING, "Thanks,", channel=SMS, tone=WARM)

_b.add(
    K.VOICEMAIL_RESCHEDULE,
    "Hello, this is {sender_name}, calling about my interview {interview_day} for the "
    "{position} role at {company}. I'm still very interested, but I'm no longer free at that "
    "time. Could we find another date? I'll send you an email too, and you're welcome to call "
    "me back. Thank you.",
    channel=PHONE,
)

_b.lines(
    K.REMINDERS_RESCHEDULE,
    "Ask as soon as you know the date no longer works: the earlier, the easier to move.",
    "Propose one or two precise times, or ask for theirs.",
    "Ask for another date only if you really mean to attend.",
    "Once a new date is agreed, confirm it in writing.",
)

_b.add(K.POINT_RESCHEDULE, "Say that the date no longer works for you")
_b.add(K.POINT_NEW_DATE, "Propose another time, or ask which times suit them")

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
