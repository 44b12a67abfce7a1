"""English message blocks.

Business conventions: "Dear …," / "Kind regards," in the formal tone, a lighter
"Hello …," / "Best wishes," in the warm one. Written blocks avoid contractions;
spoken and text-message blocks use them where a person naturally would. Plain
ASCII apostrophes throughout, so text messages keep the GSM alphabet.

Wording shared by email and the spoken channels has channel "" and is written to
read well both aloud and on the page; text messages always have their own,
shorter blocks (channel "sms"). Every scenario-specific block written for
channel "" also has an "sms" counterpart, otherwise it would outrank the
shorter text-message wording.
"""

from __future__ import annotations

from messages_app.choices import BlockKind as K
from messages_app.choices import Channel as C
from messages_app.choices import ReasonKey as R
from messages_app.choices import ScenarioKey as S
from messages_app.choices import Tone as T
from messages_app.content.spec import BlockList, BlockSpec

_b = BlockList("en")
EMAIL, SMS, PHONE, IN_PERSON = C.EMAIL, C.SMS, C.PHONE, C.IN_PERSON
FORMAL, WARM = T.FORMAL, T.WARM

# ---------------------------------------------------------------------------
# Email: subject, greeting, courtesy, gratitude, appreciation
# ---------------------------------------------------------------------------

_b.add(
    K.SUBJECT,
    "Interview invitation for the {position} position – thank you",
    channel=EMAIL,
    scenario=S.EARLY,
)
_b.add(K.SUBJECT, "Withdrawing from the {position} interview", channel=EMAIL, scenario=S.ACCEPTED)
_b.add(
    K.SUBJECT, "My decision on the {position} position", channel=EMAIL, scenario=S.AFTER_INTERVIEWS
)
_b.add(
    K.SUBJECT,
    "Thank you for the {position} interview invitation",
    channel=EMAIL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.SUBJECT, "Regarding the {position} interview invitation", channel=EMAIL, scenario=S.PERSONAL
)

_b.add(K.GREETING_NAMED, "Dear {contact_name},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_TEAM, "Dear Hiring Manager,", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Hello {company} team,", channel=EMAIL, tone=WARM)

_b.add(K.COURTESY, "I hope you are well.", channel=EMAIL, tone=FORMAL)
_b.add(K.COURTESY, "I hope you are having a good week.", channel=EMAIL, tone=WARM)

_b.add(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} position at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for inviting me to interview for the {position} role at {company}, and for the interest you have shown in my profile.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Thank you again for offering me an interview for the {position} position at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you again for arranging an interview with me for the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for the interviews we have had about the {position} position at {company}, and for the confidence you have shown in me.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} role at {company}; I have genuinely enjoyed getting to know you and your team.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for your invitation to interview for the {position} position at {company}, and for your interest in my profile.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you very much for inviting me to interview for the {position} role at {company}; I was pleased that my application caught your attention.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you for considering my application for the {position} position at {company} and for inviting me to interview.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.GRATITUDE,
    "Thank you very much for inviting me to interview for the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.PERSONAL,
)

_b.add(
    K.APPRECIATION,
    "I appreciate the time you have taken to review my application.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.APPRECIATION,
    "I really appreciate the time you took to look at my application.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.APPRECIATION,
    "I know that scheduling an interview takes time and coordination, and I appreciate the effort you have already made.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.APPRECIATION,
    "I am grateful for the time that you and your colleagues have given me throughout the process.",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)

# ---------------------------------------------------------------------------
# Decision (email and spoken alike; text messages have their own)
# ---------------------------------------------------------------------------

_b.add(
    K.DECISION,
    "After careful consideration, I have decided to decline the interview.",
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "After further reflection, I have decided to withdraw from the interview we had scheduled.",
    scenario=S.ACCEPTED,
)
# Also used when an offer was made: "decline the position" reads right in both cases.
_b.add(
    K.DECISION,
    "After careful consideration, I have decided not to take this opportunity further, and I must respectfully decline the position.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "I have recently accepted another offer, and I am therefore declining your invitation to interview.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "For personal reasons, I am not in a position to continue with the process, and I must decline the interview.",
    scenario=S.PERSONAL,
)

_b.add(
    K.DECISION,
    "I have decided to decline the interview.",
    channel=SMS,
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "I am withdrawing from the interview.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "I must respectfully decline the position.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "I have accepted another offer and must decline.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "For personal reasons, I must decline the interview.",
    channel=SMS,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Reasons: one sentence each, about the sender's own plans, never a judgement
# on the company, never naming (or ranking) another employer.
# ---------------------------------------------------------------------------

_b.add(
    K.REASON, "I have accepted another position that fits my current plans.", reason=R.ANOTHER_OFFER
)
_b.add(
    K.REASON,
    "The role is not quite aligned with the direction I want to give my career over the next few years.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "Having learned more about how the team works, I feel that my own working style would fit more naturally in a different environment.",
    reason=R.CULTURE,
)
_b.add(
    K.REASON,
    "The location would mean a commute or a move that I am not able to take on at the moment.",
    reason=R.LOCATION,
)
_b.add(
    K.REASON, "Personal circumstances require my full attention at the moment.", reason=R.PERSONAL
)
_b.add(
    K.REASON,
    "The responsibilities of the position have moved away from the original description, and they no longer match what I am looking for.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "I have received another offer that matches my plans very closely, and I have decided to accept it.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "My situation has changed recently, and the timing is no longer right for me.",
    reason=R.OTHER,
)
# In the scenarios whose decision already gives the reason, add to it instead of repeating it.
_b.add(
    K.REASON,
    "The position I have accepted matches my current goals very closely.",
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "The position I have accepted matches my current goals very closely.",
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "I would rather not go into detail, but this decision has nothing to do with {company} or the role.",
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(K.REASON, "I have accepted another position.", channel=SMS, reason=R.ANOTHER_OFFER)
_b.add(K.REASON, "The role does not fit my career plans.", channel=SMS, reason=R.CAREER_GOALS)
_b.add(K.REASON, "I feel my working style fits a different setting.", channel=SMS, reason=R.CULTURE)
_b.add(K.REASON, "The location does not work for me.", channel=SMS, reason=R.LOCATION)
_b.add(K.REASON, "Personal circumstances need my full attention.", channel=SMS, reason=R.PERSONAL)
_b.add(
    K.REASON,
    "The role has changed from what I applied for.",
    channel=SMS,
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "I have accepted another offer that fits my plans.",
    channel=SMS,
    reason=R.BETTER_OFFER,
)
_b.add(K.REASON, "My situation has changed recently.", channel=SMS, reason=R.OTHER)
_b.add(
    K.REASON,
    "That role fits my plans closely.",
    channel=SMS,
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "That role fits my plans closely.",
    channel=SMS,
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "It has nothing to do with {company}.",
    channel=SMS,
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(
    K.REASON_GENERAL,
    "I have come to the conclusion that this opportunity is not the right fit for me at this stage.",
)
_b.add(
    K.REASON_GENERAL,
    "It was not an easy choice, but the position I have accepted matches my current goals very closely.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "I would rather not go into detail, but this decision has nothing to do with {company} or the role.",
    scenario=S.PERSONAL,
)
_b.add(K.REASON_GENERAL, "The role is not the right fit for me now.", channel=SMS)
_b.add(
    K.REASON_GENERAL,
    "That role fits my plans closely.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(K.REASON_GENERAL, "It has nothing to do with {company}.", channel=SMS, scenario=S.PERSONAL)

# The user's own words: a short fragment such as "the commute would be too long".
_b.add(K.REASON_CUSTOM, "To be transparent, it comes down to this: {custom_reason}.")
_b.add(K.REASON_CUSTOM, "Put simply: {custom_reason}.", channel=SMS)

# ---------------------------------------------------------------------------
# Apology, feedback, door open, staying in touch
# ---------------------------------------------------------------------------

_b.add(K.APOLOGY, "Please accept my apologies for any inconvenience this may cause.")
_b.add(
    K.APOLOGY,
    "I apologise for changing my plans after confirming, and for any inconvenience to your schedule.",
    scenario=S.ACCEPTED,
)
_b.add(K.APOLOGY, "Sorry for any inconvenience.", channel=SMS)
_b.add(K.APOLOGY, "Sorry for the late notice.", channel=SMS, scenario=S.ACCEPTED)

_b.add(K.FEEDBACK, "If it is helpful, I would like to share one piece of feedback: {feedback}.")
_b.add(K.FEEDBACK, "Feedback, if useful: {feedback}.", channel=SMS)

_b.add(
    K.DOOR_OPEN,
    "If another opportunity matching my profile arises in the future, I would be glad to hear from you.",
    tone=FORMAL,
)
_b.add(
    K.DOOR_OPEN,
    "I would be delighted to hear from you if another role comes up that matches my profile.",
    tone=WARM,
)
_b.add(K.DOOR_OPEN, "Happy to hear about future roles.", channel=SMS)

_b.add(
    K.STAY_IN_TOUCH,
    "I would welcome the chance to stay in touch, for instance on LinkedIn.",
    tone=FORMAL,
)
_b.add(K.STAY_IN_TOUCH, "I would love to stay in touch, for instance on LinkedIn.", tone=WARM)
_b.add(K.STAY_IN_TOUCH, "Let's keep in touch.", channel=SMS)

# The link ends the sentence without a full stop, so it stays clickable as typed.
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "I would welcome the chance to stay in touch; my profile is here: {stay_in_touch_link}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "I would love to stay in touch; here is my profile: {stay_in_touch_link}",
    channel=EMAIL,
    tone=WARM,
)
_b.add(K.STAY_IN_TOUCH_LINK, "Let's keep in touch: {stay_in_touch_link}", channel=SMS)
# Nobody reads a web address aloud: offer to send it instead.
_b.spoken(
    K.STAY_IN_TOUCH_LINK,
    "I would be glad to stay in touch; I will send you the link to my profile by email.",
)

# ---------------------------------------------------------------------------
# Closing and signature
# ---------------------------------------------------------------------------

_b.add(
    K.CLOSING,
    "Thank you for your understanding, and I wish you every success in finding the right person for the role.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.CLOSING,
    "Thank you for understanding, and all the best to you and the team.",
    channel=EMAIL,
    tone=WARM,
)
_b.spoken(K.CLOSING, "Thank you for your understanding, and have a good day.", tone=FORMAL)
_b.spoken(K.CLOSING, "Thanks again for understanding, and have a lovely day.", tone=WARM)
_b.add(K.CLOSING, "Thank you for your understanding.", channel=SMS, tone=FORMAL)
_b.add(K.CLOSING, "Thanks so much for understanding!", channel=SMS, tone=WARM)

_b.add(K.SIGNATURE, "Kind regards,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE, "Best wishes,\n{sender_name}", channel=EMAIL, tone=WARM)
_b.add(K.SIGNATURE, "{sender_name}", channel=SMS)

# ---------------------------------------------------------------------------
# Text message: greeting and gratitude
# ---------------------------------------------------------------------------

_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=SMS, tone=FORMAL)
_b.add(K.GREETING_NAMED, "Hi {contact_name},", channel=SMS, tone=WARM)
_b.add(K.GREETING_TEAM, "Hello,", channel=SMS, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Hi,", channel=SMS, tone=WARM)

_b.add(
    K.GRATITUDE,
    "Thank you for the {position} interview invitation at {company}.",
    channel=SMS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for arranging the {position} interview at {company}.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for the {position} interviews at {company}.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)

# ---------------------------------------------------------------------------
# Phone and in person: opener, gratitude, call time
# ---------------------------------------------------------------------------

_b.add(
    K.GREETING_NAMED,
    "Hello {contact_name}, this is {sender_name}. Do you have two minutes to talk?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_NAMED,
    "Hi {contact_name}, it's {sender_name}. Have you got two minutes?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    "Hello, this is {sender_name}. I am calling about the {position} position: could I speak to the person in charge of this recruitment, please?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Hello, it's {sender_name}, calling about the {position} role. Could I have a quick word with the person handling this recruitment?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_NAMED,
    "Hello {contact_name}, thank you for taking a moment to see me.",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_NAMED,
    "Hi {contact_name}, thanks for taking a few minutes with me.",
    channel=IN_PERSON,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    "Hello, I am {sender_name}. Thank you for taking a moment to see me about the {position} position.",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Hello, I'm {sender_name}. Thanks for taking a few minutes with me about the {position} role.",
    channel=IN_PERSON,
    tone=WARM,
)

_b.spoken(
    K.GRATITUDE,
    "First, thank you for inviting me to interview for the {position} position at {company}.",
    scenario=S.EARLY,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you again for arranging an interview with me for the {position} position at {company}.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you for the interviews for the {position} position at {company}, and for all the time your team has given me.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.GRATITUDE,
    "First of all, thank you for inviting me to interview for the {position} position at {company}, and for your interest in my application.",
    scenario=S.BETTER_OFFER,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} position at {company}; I really appreciated it.",
    scenario=S.PERSONAL,
)

_b.add(
    K.CALL_TIME,
    "Call during office hours, ideally between 10 a.m. and noon or between 2 and 4 p.m.: avoid first thing in the morning and late afternoon, when people are starting or wrapping up their day.",
    channel=PHONE,
)
_b.add(
    K.CALL_TIME,
    "Call as soon as possible, well before the interview date, during office hours: ideally between 10 a.m. and noon or between 2 and 4 p.m., not first thing in the morning or late in the afternoon.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)

# ---------------------------------------------------------------------------
# Answers to the recruiter's reaction (said aloud, or written in a reply)
# ---------------------------------------------------------------------------

_b.add(
    K.REPLY_POSITIVE,
    "Thank you, I really appreciate your understanding. I have enjoyed our exchanges, and I hope we stay in touch.",
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand that this is disappointing, and I truly appreciate the time you have invested in my application. It was not an easy decision, but it is the right one for my career at this point.",
)
_b.add(
    K.REPLY_WHY,
    "Of course. I realised that the position does not match where I want to take my career right now; it is no reflection on {company} or on your team.",
)
_b.add(
    K.REPLY_WHY,
    "I received another offer that fits my plans very closely, and I decided to accept it; it is no reflection on {company}.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "It is for personal reasons that I would rather keep private; it has nothing to do with {company} or the role.",
    scenario=S.PERSONAL,
)

_b.add(K.REPLY_POSITIVE, "Thank you for understanding. I hope we stay in touch.", channel=SMS)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand, and I appreciate the time you gave my application. My decision is final.",
    channel=SMS,
)
_b.add(
    K.REPLY_WHY,
    "The role does not fit my career plans right now. It is no reflection on {company}.",
    channel=SMS,
)
_b.add(
    K.REPLY_WHY,
    "I accepted another offer that fits my plans. It is no reflection on {company}.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "It is for personal reasons, nothing to do with {company}.",
    channel=SMS,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Points to cover (checklist labels for the spoken channels)
# ---------------------------------------------------------------------------

_b.add(K.POINT_GRATITUDE, "Thank them for the invitation")
_b.add(K.POINT_GRATITUDE, "Thank them for arranging the interview", scenario=S.ACCEPTED)
_b.add(
    K.POINT_GRATITUDE, "Thank them for the interviews and their time", scenario=S.AFTER_INTERVIEWS
)
_b.add(K.POINT_DECISION, "Say clearly that you are declining the interview")
_b.add(
    K.POINT_DECISION, "Say clearly that you are withdrawing from the interview", scenario=S.ACCEPTED
)
_b.add(
    K.POINT_DECISION, "Say clearly that you are declining the position", scenario=S.AFTER_INTERVIEWS
)
_b.add(
    K.POINT_DECISION,
    "Say that you have accepted another offer and are declining",
    scenario=S.BETTER_OFFER,
)
_b.add(K.POINT_DECISION, "Say that you are declining for personal reasons", scenario=S.PERSONAL)
_b.add(K.POINT_REASON, "Give your reason in one sentence, without criticism")
_b.add(K.POINT_REASON, "Keep the personal reasons private: no details needed", scenario=S.PERSONAL)
_b.add(K.POINT_APOLOGY, "Apologise once for the inconvenience")
_b.add(K.POINT_FEEDBACK, "Share your feedback calmly and constructively")
_b.add(K.POINT_DOOR_OPEN, "Leave the door open for future roles")
_b.add(K.POINT_STAY_IN_TOUCH, "Suggest staying in touch (on LinkedIn, for example)")
_b.add(K.POINT_CLOSING, "Thank them for their understanding and end on a positive note")

# ---------------------------------------------------------------------------
# Reminders, one per line, for each channel
# ---------------------------------------------------------------------------

_b.lines(
    K.REMINDERS,
    "Reply in the same thread as the invitation, as soon as your decision is firm.",
    "Use a clear subject line so the recruiter knows at a glance what the email is about.",
    "State your decision in one clear sentence: a short, polite email beats a long justification.",
    "If you give a reason, keep it brief and never critical of the company.",
    "Proofread the names, the position and the company before you send it.",
    channel=EMAIL,
)
_b.lines(
    K.REMINDERS,
    "Only decline by text if texting is already how you and the recruiter communicate.",
    "Keep it short and polite: no abbreviations, no emoji.",
    "Check the recipient, the names and the spelling before you send it.",
    "If they ask for more, offer to follow up by email or by phone.",
    channel=SMS,
)
_b.lines(
    K.REMINDERS,
    "Note your points before you call and keep them in front of you.",
    "Call during office hours, neither first thing in the morning nor late in the afternoon.",
    "Say your decision clearly early in the call, leaving no room for doubt.",
    "Keep a calm, courteous tone, whatever their reaction.",
    "End on a positive note and thank them for their time.",
    channel=PHONE,
)
_b.lines(
    K.REMINDERS,
    "Check that they have a moment; if they are busy, send an email or call instead.",
    "Ask to talk somewhere private.",
    "Prepare what you will say: thanks first, then your decision.",
    "Be direct and honest, and keep any reason brief and professional.",
    "End on a positive note and wish them success with their search.",
    channel=IN_PERSON,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
