"""English message blocks (British spelling: apologise, realised).

Addressing agrees from greeting to closing: "Dear Ms Carter," / "Dear Sarah,"
/ "Dear Sarah Carter," / "Dear Hiring Team," close with "Kind regards," in the
formal tone; the warm tone opens "Hello Ms Carter," or "Hi Sarah," and closes
"Best wishes,". Written blocks avoid contractions; spoken and text-message
blocks use them where a person naturally would. Plain ASCII apostrophes
throughout, so text messages keep the GSM alphabet.

Stages are worded as they are: an invitation is declined, an accepted
interview is cancelled (with its date, {interview_day}), an application is
withdrawn after interviews (nothing was offered), an offer is declined by
name. Text messages have their own, shorter blocks (channel "sms"), written to
fit two segments with every option.
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

_b.add(K.SUBJECT, "{position} interview – {sender_name}", channel=EMAIL, scenario=S.EARLY)
_b.add(
    K.SUBJECT,
    "Cancelling my {position} interview – {sender_name}",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT,
    "Withdrawing my application – {position}",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.SUBJECT, "Your offer for the {position} role", channel=EMAIL, scenario=S.OFFER)
_b.add(K.SUBJECT, "Your interview invitation – {position}", channel=EMAIL, scenario=S.BETTER_OFFER)
_b.add(
    K.SUBJECT,
    "Regarding your interview invitation – {position}",
    channel=EMAIL,
    scenario=S.PERSONAL,
)

_b.add(K.GREETING_TITLED, "Dear {civility} {surname},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TITLED, "Hello {civility} {surname},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_FIRST_NAME, "Dear {first_name},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_FIRST_NAME, "Hi {first_name},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_NAMED, "Dear {contact_name},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_TEAM, "Dear Hiring Team,", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Hello,", channel=EMAIL, tone=WARM)

_b.add(
    K.COURTESY,
    "I am writing to let you know my decision straight away.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(K.COURTESY, "I wanted to get back to you quickly.", channel=EMAIL, tone=WARM)
_b.add(
    K.COURTESY,
    "I wanted to let you know as early as possible.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)

_b.add(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} role at {company}.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for inviting me to interview for the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.GRATITUDE,
    "Thank you again for considering me for the {position} role at {company}.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} role at {company}, and for the confidence you have shown in me.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} role at {company}; I have really enjoyed getting to know you and the team.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for offering me the {position} role at {company}, and for the confidence this shows.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for offering me the {position} role at {company}; it means a great deal to me.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} role at {company}, and for the interest you have shown in me.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for inviting me to interview for the {position} role at {company}; I was delighted to hear from you.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you for considering me for the {position} role at {company}, and for inviting me to interview.",
    channel=EMAIL,
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
    "I know that reviewing applications takes time, and I am grateful for yours.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.APPRECIATION,
    "I know you had already set time aside to meet me.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.APPRECIATION,
    "I am grateful for the time you have given me throughout the process.",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)

# ---------------------------------------------------------------------------
# Decision (email and spoken alike; text messages have their own)
# ---------------------------------------------------------------------------

_b.add(
    K.DECISION,
    "After careful consideration, I have decided to decline your invitation.",
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "After careful consideration, I have decided to withdraw my application and cancel the interview arranged {interview_day}.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "After careful consideration, I have decided to withdraw my application.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.DECISION,
    "After careful consideration, I have decided to decline your offer.",
    scenario=S.OFFER,
)
_b.add(
    K.DECISION,
    "I have recently accepted another position, so I am declining your invitation.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "For personal reasons, I am afraid I have to decline your invitation.",
    scenario=S.PERSONAL,
)

_b.add(K.DECISION, "On reflection, I have decided to decline.", channel=SMS, scenario=S.EARLY)
_b.add(
    K.DECISION,
    "I must cancel our interview {interview_day} and withdraw my application.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "I have decided to withdraw my application.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.DECISION, "I have decided to decline your offer.", channel=SMS, scenario=S.OFFER)
_b.add(
    K.DECISION,
    "I have accepted another position, so I must decline.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "For personal reasons, I have to decline.",
    channel=SMS,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Reasons: one sentence each, about the sender's own plans, never a judgement
# on the company, never naming (or ranking) another employer.
# ---------------------------------------------------------------------------

_b.add(K.REASON, "In the meantime, I have accepted another position.", reason=R.ANOTHER_OFFER)
_b.add(
    K.REASON,
    "The role is not quite aligned with where I want to take my career.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "I have come to feel that my way of working would suit a different environment.",
    reason=R.CULTURE,
)
_b.add(K.REASON, "The distance would be too great for me at the moment.", reason=R.LOCATION)
_b.add(K.REASON, "Personal circumstances need my full attention at the moment.", reason=R.PERSONAL)
_b.add(
    K.REASON,
    "The responsibilities have changed since I applied, and they no longer match what I am looking for.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "In the meantime, I have received another offer that fits my plans closely, and I have accepted it.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "My circumstances have changed, and the timing is no longer right for me.",
    reason=R.OTHER,
)
# Declining an offer because another was accepted: "another offer" would repeat it.
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REASON,
        "In the meantime, I have accepted a role elsewhere that fits my plans closely.",
        reason=_reason,
        scenario=S.OFFER,
    )
    _b.add(
        K.REASON,
        "I have accepted a role elsewhere.",
        channel=SMS,
        reason=_reason,
        scenario=S.OFFER,
    )

# The decision already says another position was accepted: add to it, do not repeat it.
_b.add(
    K.REASON,
    "The new role is a close fit for my current goals.",
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "The new role is a close fit for my current goals.",
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "This decision has nothing to do with {company} or the role.",
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(
    K.REASON_GENERAL,
    "I have come to the conclusion that the role is not the right fit for me at this stage.",
)
_b.add(
    K.REASON_GENERAL,
    "It was not an easy choice, but the new role is a close fit for my current goals.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "This decision has nothing to do with {company} or the role.",
    scenario=S.PERSONAL,
)

# The user's own words: a short fragment such as "the commute would be too long".
_b.add(K.REASON_CUSTOM, "The main reason is simple: {custom_reason}.", channel=EMAIL)
_b.spoken(K.REASON_CUSTOM, "To be honest with you, {custom_reason}.")

# ---------------------------------------------------------------------------
# Apology, feedback, door open, staying in touch
# ---------------------------------------------------------------------------

_b.add(K.APOLOGY, "Please accept my apologies for any inconvenience this may cause.")
_b.add(
    K.APOLOGY,
    "I apologise for cancelling after confirming, and for any inconvenience to your schedule.",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.spoken(K.APOLOGY, "I'm sorry for cancelling after confirming.", scenario=S.ACCEPTED)

_b.add(
    K.FEEDBACK,
    "If it is useful, I would like to share one thought on the process. {feedback}.",
    channel=EMAIL,
)
_b.spoken(K.FEEDBACK, "If it helps, I'd like to share one thought on the process. {feedback}.")

_b.add(
    K.DOOR_OPEN,
    "Should another role at {company} suit my background in the future, I would be pleased to discuss it.",
    tone=FORMAL,
)
_b.add(
    K.DOOR_OPEN,
    "If another role at {company} comes up that suits my background, I'd love to hear about it.",
    tone=WARM,
)
_b.add(K.DOOR_OPEN, "I hope we can speak again in the future.", scenario=S.ACCEPTED)
_b.add(K.DOOR_OPEN, "I hope our paths cross again.", scenario=S.AFTER_INTERVIEWS)
_b.add(K.DOOR_OPEN, "I hope our paths cross again.", scenario=S.BETTER_OFFER)

_b.add(
    K.STAY_IN_TOUCH,
    "If you are open to it, I would welcome the chance to stay in touch, for instance on LinkedIn.",
    tone=FORMAL,
)
_b.add(K.STAY_IN_TOUCH, "I'd love to stay in touch, for instance on LinkedIn.", tone=WARM)

# The link ends the sentence without a full stop, so it stays clickable as typed.
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "If you are open to it, I would welcome the chance to stay in touch; my profile is here: {stay_in_touch_link}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "I'd love to stay in touch; here is my profile: {stay_in_touch_link}",
    channel=EMAIL,
    tone=WARM,
)
# Nobody reads a web address aloud: offer to send it instead.
_b.spoken(
    K.STAY_IN_TOUCH_LINK,
    "I'd like to stay in touch too; I'll email you a link to my LinkedIn profile.",
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
_b.spoken(
    K.CLOSING,
    "Thank you for your understanding, and good luck with the search.",
    tone=FORMAL,
)
_b.spoken(
    K.CLOSING, "Thanks so much for understanding, and all the best with the search.", tone=WARM
)

_b.add(K.SIGNATURE, "Kind regards,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE, "Best wishes,\n{sender_name}", channel=EMAIL, tone=WARM)
_b.add(K.SIGNATURE_NAMED, "Kind regards,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE_NAMED, "Best wishes,\n{sender_name}", channel=EMAIL, tone=WARM)

# ---------------------------------------------------------------------------
# Text messages: every block short, to fit two segments with every option
# ---------------------------------------------------------------------------

_b.add(K.GREETING_TITLED, "Hello {civility} {surname},", channel=SMS)
_b.add(K.GREETING_FIRST_NAME, "Hi {first_name},", channel=SMS)
_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=SMS)
_b.add(K.GREETING_TEAM, "Hello,", channel=SMS)

_b.add(K.GRATITUDE, "Thank you for inviting me to interview for the {position} role.", channel=SMS)
_b.add(
    K.GRATITUDE,
    "Thank you for considering me ({position}).",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations ({position}).",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.GRATITUDE, "Thank you for offering me the {position} role.", channel=SMS, scenario=S.OFFER)

_b.add(K.REASON, "I have accepted another position.", channel=SMS, reason=R.ANOTHER_OFFER)
_b.add(K.REASON, "The role doesn't fit my career plans.", channel=SMS, reason=R.CAREER_GOALS)
_b.add(K.REASON, "A different setting would suit me better.", channel=SMS, reason=R.CULTURE)
_b.add(K.REASON, "The distance is too great.", channel=SMS, reason=R.LOCATION)
_b.add(K.REASON, "Personal circumstances need my attention.", channel=SMS, reason=R.PERSONAL)
_b.add(K.REASON, "The role has changed since I applied.", channel=SMS, reason=R.ROLE_CHANGED)
_b.add(K.REASON, "I have accepted another offer.", channel=SMS, reason=R.BETTER_OFFER)
_b.add(K.REASON, "My circumstances have changed.", channel=SMS, reason=R.OTHER)
_b.add(
    K.REASON,
    "The new role is a close fit for my plans.",
    channel=SMS,
    reason=R.ANOTHER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "The new role is a close fit for my plans.",
    channel=SMS,
    reason=R.BETTER_OFFER,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "It has nothing to do with the role.",
    channel=SMS,
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)
_b.add(K.REASON_GENERAL, "The role isn't the right fit for me now.", channel=SMS)
_b.add(
    K.REASON_GENERAL,
    "The new role is a close fit for my plans.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(K.REASON_GENERAL, "It has nothing to do with the role.", channel=SMS, scenario=S.PERSONAL)
_b.add(K.REASON_CUSTOM, "Simply put, {custom_reason}.", channel=SMS)

_b.add(K.APOLOGY, "Sorry for any inconvenience.", channel=SMS)
_b.add(K.APOLOGY, "Apologies for the change.", channel=SMS, scenario=S.ACCEPTED)
_b.add(K.FEEDBACK, "One thought: {feedback}.", channel=SMS)

_b.add(K.DOOR_OPEN, "I would be glad to hear about future roles.", channel=SMS)
_b.add(K.DOOR_OPEN, "Hope to speak again.", channel=SMS, scenario=S.ACCEPTED)
_b.add(K.DOOR_OPEN, "I hope our paths cross again.", channel=SMS, scenario=S.AFTER_INTERVIEWS)
_b.add(K.DOOR_OPEN, "I hope our paths cross again.", channel=SMS, scenario=S.BETTER_OFFER)
_b.add(K.STAY_IN_TOUCH, "Let's keep in touch.", channel=SMS)
_b.add(K.STAY_IN_TOUCH_LINK, "Let's keep in touch: {stay_in_touch_link}", channel=SMS)

_b.add(K.CLOSING, "Kind regards,", channel=SMS, tone=FORMAL)
_b.add(K.CLOSING, "Best wishes,", channel=SMS, tone=WARM)
_b.add(K.SIGNATURE, "{sender_name}", channel=SMS)
_b.add(K.SIGNATURE_NAMED, "{sender_name}", channel=SMS)

# ---------------------------------------------------------------------------
# Phone and in person: opener, gratitude, call time, voicemail
# ---------------------------------------------------------------------------

_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, this is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, it's {sender_name}. Have you got a moment?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hello {first_name}, it's {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hi {first_name}, it's {sender_name}. Have you got a moment?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_NAMED,
    "Hello, this is {sender_name}. Could I speak to {contact_name}, please?",
    channel=PHONE,
)
_b.add(
    K.GREETING_TEAM,
    "[At reception] Hello, this is {sender_name}. Could you put me through to the person handling recruitment for the {position} role, please?\n[Once connected] Hello, this is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "[At reception] Hello, this is {sender_name}. Could you put me through to the person handling recruitment for the {position} role, please?\n[Once connected] Hello, it's {sender_name}. Have you got a moment?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, have you got a moment?",
    channel=IN_PERSON,
)
_b.add(K.GREETING_FIRST_NAME, "Hi {first_name}, have you got a few minutes?", channel=IN_PERSON)
_b.add(K.GREETING_NAMED, "Hello, have you got a moment?", channel=IN_PERSON)
_b.add(
    K.GREETING_TEAM,
    "Hello, I'm {sender_name}. Have you got a moment?",
    channel=IN_PERSON,
)

_b.spoken(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} role at {company}.",
)
_b.spoken(
    K.GRATITUDE,
    "Thank you again for considering me for the {position} role at {company}.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.GRATITUDE,
    "I'd like to start by thanking you for our conversations about the {position} role at {company}, and for your time.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.GRATITUDE,
    "I'd like to start by thanking you for offering me the {position} role at {company}; I really appreciate your confidence in me.",
    scenario=S.OFFER,
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
_b.add(
    K.CALL_TIME,
    "Call well within the time they gave you to decide, during office hours: ideally between 10 a.m. and noon or between 2 and 4 p.m., not first thing in the morning or late in the afternoon.",
    channel=PHONE,
    scenario=S.OFFER,
)

_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about the {position} role at {company}. Thank you for inviting me to interview; after careful consideration, I have decided to decline. I'll confirm by email, and you can reach me on this number. Thank you, goodbye.",
    channel=PHONE,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about the {position} interview arranged {interview_day}. I'm afraid I need to cancel it: I have decided to withdraw my application. I'll confirm by email, and you can reach me on this number. Sorry for the change of plans.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about the {position} role. Thank you again for our conversations. After careful consideration, I have decided to withdraw my application. I'll confirm by email, and you can reach me on this number.",
    channel=PHONE,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about your offer for the {position} role. Thank you again for your confidence in me. After careful consideration, I have decided to decline it. I'll confirm by email, and you can reach me on this number.",
    channel=PHONE,
    scenario=S.OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about the {position} role at {company}. Thank you for inviting me to interview; I have accepted another position, so I'm declining. I'll confirm by email, and you can reach me on this number.",
    channel=PHONE,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, about the {position} role at {company}. Thank you for inviting me to interview; for personal reasons, I have to decline. I'll confirm by email, and you can reach me on this number.",
    channel=PHONE,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Answers to the recruiter's reaction, following the user's main reason
# ---------------------------------------------------------------------------

_b.add(
    K.REPLY_POSITIVE,
    "Thank you, I really appreciate your understanding. I hope we have the chance to speak again.",
)
_b.add(
    K.REPLY_POSITIVE,
    "Thank you, I really appreciate your understanding. I have enjoyed our conversations, and I hope we stay in touch.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand, and I'm grateful for the interest you have shown in my application. It wasn't an easy choice, but it is the right decision for me.",
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand, and I'm sorry for the inconvenience to your schedule. It wasn't an easy choice, but it is the right decision for me.",
    scenario=S.ACCEPTED,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand, and I'm grateful for all the time you have given me. It wasn't an easy choice, but it is the right decision for me.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.REPLY_DISAPPOINTED,
    "I understand, and I do value the confidence you have shown in me. It wasn't an easy choice, but it is the right decision for me.",
    scenario=S.OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Of course. On reflection, the role isn't the right choice for me at this stage; it's no reflection on {company} or your team.",
)
_b.add(
    K.REPLY_WHY,
    "Of course. In the meantime, I have accepted another position that fits my current plans; it's no reflection on {company}.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Of course. The role isn't quite aligned with where I want to take my career; it's no reflection on {company} or your team.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REPLY_WHY,
    "Of course. It's a question of fit: I feel my way of working would suit a different environment. It's no reflection on your team.",
    reason=R.CULTURE,
)
_b.add(
    K.REPLY_WHY,
    "Of course. The distance would be too great for me at the moment; it's no reflection on the role or your team.",
    reason=R.LOCATION,
)
_b.add(
    K.REPLY_WHY,
    "It's for personal reasons that I'd rather keep private; it has nothing to do with {company} or the role.",
    reason=R.PERSONAL,
)
_b.add(
    K.REPLY_WHY,
    "Of course. The responsibilities have changed since I applied, and they no longer match what I'm looking for; it's no criticism of {company}.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REPLY_WHY,
    "Of course. In the meantime, I received another offer that fits my plans closely, and I accepted it; it's no reflection on {company}.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REPLY_WHY,
    "Of course. It's no reflection on {company}; to be honest with you, {custom_reason}.",
    reason=R.OTHER,
)
_b.add(
    K.REPLY_INSIST,
    "That's very kind of you, thank you. My decision is made, though, and I'd rather not take up more of your time.",
)
_b.add(
    K.REPLY_INSIST,
    "Thank you, that means a lot. My decision is made, though, and I'd rather tell you clearly than leave any doubt.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.REPLY_INSIST,
    "Thank you for the improved proposal; I'm touched. My decision is final, though, and I'd rather say so clearly.",
    scenario=S.OFFER,
)
_b.add(
    K.REPLY_INSIST,
    "That's very kind of you, thank you. I have made a commitment to another employer, though, and I intend to keep it.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REPLY_INSIST,
    "That's very kind of you, thank you. I have made a commitment to another employer, though, and I intend to keep it.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REPLY_INSIST,
    "That's very kind of you, thank you. My personal situation doesn't allow me to commit now, and my decision is made.",
    reason=R.PERSONAL,
)

# ---------------------------------------------------------------------------
# Points to cover (checklist labels for the spoken channels)
# ---------------------------------------------------------------------------

_b.add(K.POINT_GRATITUDE, "Thank them for the invitation")
_b.add(K.POINT_GRATITUDE, "Thank them for their interest in your application", scenario=S.ACCEPTED)
_b.add(
    K.POINT_GRATITUDE,
    "Thank them for the conversations and their time",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.POINT_GRATITUDE, "Thank them for the offer and their confidence", scenario=S.OFFER)
_b.add(K.POINT_DECISION, "Say clearly that you are declining the invitation")
_b.add(
    K.POINT_DECISION,
    "Say clearly that you are cancelling the interview (give its date) and withdrawing your application",
    scenario=S.ACCEPTED,
)
_b.add(
    K.POINT_DECISION,
    "Say clearly that you are withdrawing your application",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.POINT_DECISION, "Say clearly that you are declining the offer", scenario=S.OFFER)
_b.add(
    K.POINT_DECISION,
    "Say that you have accepted another position and are declining the invitation",
    scenario=S.BETTER_OFFER,
)
_b.add(K.POINT_DECISION, "Say that you are declining for personal reasons", scenario=S.PERSONAL)
_b.add(K.POINT_REASON, "Give your reason in one sentence, without criticism")
_b.add(K.POINT_REASON, "Keep the personal reasons private: no details needed", scenario=S.PERSONAL)
_b.add(K.POINT_APOLOGY, "Apologise once for the inconvenience")
_b.add(K.POINT_APOLOGY, "Apologise once for the change of plans", scenario=S.ACCEPTED)
_b.add(K.POINT_FEEDBACK, "Share your feedback calmly and constructively")
_b.add(K.POINT_DOOR_OPEN, "Leave the door open for future roles")
_b.add(K.POINT_DOOR_OPEN, "Leave the door open for the future", scenario=S.ACCEPTED)
_b.add(K.POINT_DOOR_OPEN, "Say you hope your paths cross again", scenario=S.AFTER_INTERVIEWS)
_b.add(K.POINT_DOOR_OPEN, "Say you hope your paths cross again", scenario=S.BETTER_OFFER)
_b.add(K.POINT_STAY_IN_TOUCH, "Suggest staying in touch (on LinkedIn, for example)")
_b.add(K.POINT_CLOSING, "Thank them for their understanding and wish them luck with the search")

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
    "If nobody answers, leave the short voicemail below, then send an email to confirm.",
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
