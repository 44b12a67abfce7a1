"""English message blocks.

House style (docs/writing.md, "English"): British spelling ("apologise",
"realised"). Formal: "Dear Ms Carter," / "Dear Sarah," / "Dear Sarah Carter," /
"Dear Hiring Team," … "Kind regards,"; warm: "Hello Ms Carter," / "Hi Sarah," /
"Hello Sarah Carter," / "Hello," … "Best wishes,". Never "Hi Ms Carter". Written blocks
avoid contractions; spoken and text-message blocks use them where a person
naturally would. Plain ASCII apostrophes throughout, so text messages keep the
GSM alphabet.

Wording shared by email and the spoken channels has channel "" and is written to
read well both aloud and on the page; text messages always have their own,
shorter blocks (channel "sms"). Every scenario-specific block written for
channel "" also has an "sms" counterpart, otherwise it would outrank the
shorter text-message wording.

Stages: an invitation is declined (early, better_offer, personal); an accepted
interview is cancelled, with its date; after interviews the application is
withdrawn (nothing was offered, so no "position" is declined); an offer is
declined by name ("your offer"). The `offer` scenario falls back to the
`after_interviews` blocks wherever it has none of its own.

Adjacent sentences never share a content word (the wording tests check it), so
each block is written knowing its neighbours: the gratitude does not say
"interview" or "invitation" when the decision does; at the offer stage the
decision says "offer" and the reason next to it does not.
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
# Email: subject line
# ---------------------------------------------------------------------------

_b.add(K.SUBJECT, "{position} interview – {sender_name}", channel=EMAIL, scenario=S.EARLY)
_b.add(
    K.SUBJECT,
    "Cancelling my {position} interview {interview_day}",
    channel=EMAIL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.SUBJECT,
    "Withdrawing my application for the {position} role",
    channel=EMAIL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.SUBJECT, "Your offer for the {position} role", channel=EMAIL, scenario=S.OFFER)
_b.add(
    K.SUBJECT,
    "Your invitation to interview for the {position} role",
    channel=EMAIL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.SUBJECT,
    "{position} interview invitation – {sender_name}",
    channel=EMAIL,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Greetings, and the closing formulas that agree with them
# ---------------------------------------------------------------------------
# Email: formal "Dear …," closes "Kind regards,", warm "Hello …," / "Hi …,"
# closes "Best wishes,". SIGNATURE follows a titled or team greeting,
# SIGNATURE_NAMED a greeting by name or first name (the same formulas in
# English, where the closing does not repeat the title).

_b.add(K.GREETING_TITLED, "Dear {civility} {surname},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TITLED, "Hello {civility} {surname},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_FIRST_NAME, "Dear {first_name},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_FIRST_NAME, "Hi {first_name},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_NAMED, "Dear {contact_name},", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=EMAIL, tone=WARM)
_b.add(K.GREETING_TEAM, "Dear Hiring Team,", channel=EMAIL, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Hello,", channel=EMAIL, tone=WARM)

_b.add(K.SIGNATURE, "Kind regards,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE, "Best wishes,\n{sender_name}", channel=EMAIL, tone=WARM)
_b.add(K.SIGNATURE_NAMED, "Kind regards,\n{sender_name}", channel=EMAIL, tone=FORMAL)
_b.add(K.SIGNATURE_NAMED, "Best wishes,\n{sender_name}", channel=EMAIL, tone=WARM)

# Text message: the greeting runs on into the first sentence ("Hello Ms
# Carter, thank you…"); "Hello" with a title, never "Hi Ms Carter". The
# closing ends with a comma and the name follows it: "Many thanks, Camille".
_b.add(K.GREETING_TITLED, "Hello {civility} {surname},", channel=SMS)
_b.add(K.GREETING_FIRST_NAME, "Hello {first_name},", channel=SMS, tone=FORMAL)
_b.add(K.GREETING_FIRST_NAME, "Hi {first_name},", channel=SMS, tone=WARM)
_b.add(K.GREETING_NAMED, "Hello {contact_name},", channel=SMS)
_b.add(K.GREETING_TEAM, "Hello,", channel=SMS, tone=FORMAL)
_b.add(K.GREETING_TEAM, "Hi,", channel=SMS, tone=WARM)

_b.add(K.SIGNATURE, "{sender_name}", channel=SMS)
_b.add(K.SIGNATURE_NAMED, "{sender_name}", channel=SMS)

# Phone: the opener. Without a named contact the call goes through reception
# first; the thanks wait until the right person is on the line.
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, this is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, it's {sender_name}. Have you got a minute?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hello {first_name}, this is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hi {first_name}, it's {sender_name}. Have you got a minute?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_NAMED,
    "Hello, is that {contact_name}? This is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_NAMED,
    "Hello, is that {contact_name}? It's {sender_name} here. Have you got a minute?",
    channel=PHONE,
    tone=WARM,
)
_b.add(
    K.GREETING_TEAM,
    "[At reception] Hello, this is {sender_name}. Could I speak to the person handling "
    "recruitment for the {position} role, please?\n"
    "[Once connected] Hello, this is {sender_name}. Is now a good time for a quick word?",
    channel=PHONE,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "[At reception] Hello, it's {sender_name}. Could you put me through to whoever is handling "
    "recruitment for the {position} role, please?\n"
    "[Once connected] Hi, it's {sender_name}. Have you got a minute?",
    channel=PHONE,
    tone=WARM,
)

# In person: nobody says a full name to someone's face; the thanks come next.
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, do you have a few minutes for a quick word?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TITLED,
    "Hello {civility} {surname}, have you got a few minutes?",
    channel=IN_PERSON,
    tone=WARM,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hello {first_name}, do you have a few minutes for a quick word?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_FIRST_NAME,
    "Hi {first_name}, have you got a few minutes?",
    channel=IN_PERSON,
    tone=WARM,
)
_b.add(
    K.GREETING_NAMED,
    "Hello, do you have a few minutes for a quick word?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(K.GREETING_NAMED, "Hi, have you got a few minutes?", channel=IN_PERSON, tone=WARM)
_b.add(
    K.GREETING_TEAM,
    "Hello, I'm {sender_name}. Do you have a few minutes for a quick word?",
    channel=IN_PERSON,
    tone=FORMAL,
)
_b.add(
    K.GREETING_TEAM,
    "Hi, I'm {sender_name}. Have you got a few minutes?",
    channel=IN_PERSON,
    tone=WARM,
)

# ---------------------------------------------------------------------------
# Email: courtesy, gratitude, appreciation
# ---------------------------------------------------------------------------

_b.add(K.COURTESY, "I hope you are well.", channel=EMAIL, tone=FORMAL)
_b.add(K.COURTESY, "I hope you are having a good week.", channel=EMAIL, tone=WARM)

# No "interview" or "invitation" here: the decision says it.
_b.add(
    K.GRATITUDE,
    "Thank you for considering my application for the {position} position at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for considering me for the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.EARLY,
)
_b.add(
    K.GRATITUDE,
    "Thank you again for considering me for the {position} position at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you again for considering me for the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} position at {company}, and for the "
    "confidence you have shown in me.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} role at {company}; I have really "
    "enjoyed getting to know the team.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you very much for selecting me for the {position} position at {company}, and for the "
    "confidence you have shown in me.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for choosing me for the {position} role at {company}; your confidence in "
    "me means a great deal.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you for your interest in my application for the {position} role at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for getting back to me about the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.GRATITUDE,
    "Thank you for contacting me about the {position} position at {company}.",
    channel=EMAIL,
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.GRATITUDE,
    "Thank you so much for getting in touch about the {position} role at {company}.",
    channel=EMAIL,
    tone=WARM,
    scenario=S.PERSONAL,
)

_b.add(
    K.APPRECIATION,
    "I appreciate the time and attention you have given me.",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.APPRECIATION,
    "I really appreciate the time you have spent on my application.",
    channel=EMAIL,
    tone=WARM,
)
_b.add(
    K.APPRECIATION,
    "I know that scheduling takes time and coordination, and I appreciate the effort you have "
    "already made.",
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
# Text message: gratitude (the greeting runs on into it). No room for the
# company: the position says which application this is.
# ---------------------------------------------------------------------------

_b.add(
    K.GRATITUDE,
    "Thank you for inviting me to interview for the {position} role.",
    channel=SMS,
)
_b.add(
    K.GRATITUDE,
    "Thanks for considering me for the {position} role.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.GRATITUDE,
    "Thank you for meeting me about the {position} role.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.GRATITUDE,
    "Thank you for choosing me for the {position} role.",
    channel=SMS,
    scenario=S.OFFER,
)

# ---------------------------------------------------------------------------
# Phone and in person: gratitude, call time
# ---------------------------------------------------------------------------

_b.spoken(
    K.GRATITUDE,
    "Thank you for considering my application for the {position} role at {company}.",
    scenario=S.EARLY,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you again for considering me for the {position} role at {company}.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you for our conversations about the {position} role at {company}, and for all the "
    "time you have given me.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you very much for choosing me for the {position} role at {company}; your confidence "
    "in me means a great deal.",
    scenario=S.OFFER,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you for your interest in my application for the {position} role at {company}.",
    scenario=S.BETTER_OFFER,
)
_b.spoken(
    K.GRATITUDE,
    "Thank you for getting in touch about the {position} role at {company}.",
    scenario=S.PERSONAL,
)

_b.add(
    K.CALL_TIME,
    "Call during office hours, ideally between 10 a.m. and noon or between 2 and 4 p.m.: avoid "
    "first thing in the morning and late afternoon, when people are starting or wrapping up "
    "their day.",
    channel=PHONE,
)
_b.add(
    K.CALL_TIME,
    "Call as soon as your decision is made, well before the interview, during office hours: "
    "ideally between 10 a.m. and noon or between 2 and 4 p.m., not first thing in the morning or "
    "late in the afternoon.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)
_b.add(
    K.CALL_TIME,
    "Call well within the time they gave you to decide, during office hours: ideally between "
    "10 a.m. and noon or between 2 and 4 p.m., not first thing in the morning or late in the "
    "afternoon.",
    channel=PHONE,
    scenario=S.OFFER,
)

# ---------------------------------------------------------------------------
# Decision: one sentence, the verb the stage calls for
# ---------------------------------------------------------------------------
# Email and spoken alike (channel ""); text messages have their own.

_b.add(
    K.DECISION,
    "After careful thought, I have decided to decline your invitation to interview.",
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "Unfortunately, I must cancel our interview {interview_day} and withdraw my application.",
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
    "I have recently accepted another position, so I must decline your invitation to interview.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.DECISION,
    "For personal reasons, I must respectfully decline your invitation to interview.",
    scenario=S.PERSONAL,
)

_b.add(
    K.DECISION,
    "After careful thought, I've decided to decline.",
    channel=SMS,
    scenario=S.EARLY,
)
_b.add(
    K.DECISION,
    "I must cancel our interview {interview_day} and withdraw.",
    channel=SMS,
    scenario=S.ACCEPTED,
)
_b.add(
    K.DECISION,
    "I've decided to withdraw my application.",
    channel=SMS,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.DECISION, "I've decided to decline your offer.", channel=SMS, scenario=S.OFFER)
_b.add(
    K.DECISION,
    "I've accepted another position, so I must decline.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(K.DECISION, "For personal reasons, I have to decline.", channel=SMS, scenario=S.PERSONAL)

# ---------------------------------------------------------------------------
# Reasons: one sentence each, about the sender, never a judgement of the
# company, never naming (or ranking) another employer.
# ---------------------------------------------------------------------------

_b.add(
    K.REASON,
    "I have accepted a position elsewhere that suits my current goals.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REASON,
    "The role does not quite match where I want to take my career over the next few years.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON,
    "Having learned more about how the team works, I feel that my own working style would suit "
    "a different environment.",
    reason=R.CULTURE,
)
_b.add(K.REASON, "The distance would be too great for me at the moment.", reason=R.LOCATION)
_b.add(
    K.REASON, "Personal circumstances require my full attention at the moment.", reason=R.PERSONAL
)
_b.add(
    K.REASON,
    "The scope of the role has moved away from the original description, and it no longer "
    "matches what I am looking for.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON,
    "I have accepted another position that is a very close match for my goals.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON,
    "My circumstances have changed, and the timing is no longer right for me.",
    reason=R.OTHER,
)
# Where the decision already gives the reason, add to it instead of repeating it.
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REASON,
        "The new role is a very close match for my current goals.",
        reason=_reason,
        scenario=S.BETTER_OFFER,
    )
_b.add(
    K.REASON,
    "I would rather not go into detail, but this decision has nothing to do with {company} or "
    "the role.",
    reason=R.PERSONAL,
    scenario=S.PERSONAL,
)

_b.add(K.REASON, "I've accepted a job elsewhere.", channel=SMS, reason=R.ANOTHER_OFFER)
_b.add(K.REASON, "The role doesn't fit my career goals.", channel=SMS, reason=R.CAREER_GOALS)
_b.add(K.REASON, "Another setting would suit me better.", channel=SMS, reason=R.CULTURE)
_b.add(K.REASON, "The distance is too great.", channel=SMS, reason=R.LOCATION)
_b.add(K.REASON, "Personal circumstances need my attention.", channel=SMS, reason=R.PERSONAL)
_b.add(K.REASON, "The role has changed since I applied.", channel=SMS, reason=R.ROLE_CHANGED)
_b.add(K.REASON, "I've accepted a role elsewhere.", channel=SMS, reason=R.BETTER_OFFER)
_b.add(K.REASON, "My circumstances have changed.", channel=SMS, reason=R.OTHER)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.add(
        K.REASON,
        "The new role is a close fit for my goals.",
        channel=SMS,
        reason=_reason,
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
    "I have come to the conclusion that the role is not the right fit for me at this stage.",
)
_b.add(
    K.REASON_GENERAL,
    "It was not an easy choice, but the new role is a very close match for my goals.",
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.REASON_GENERAL,
    "I would rather not go into detail, but this decision has nothing to do with {company} or "
    "the role.",
    scenario=S.PERSONAL,
)
_b.add(K.REASON_GENERAL, "The role isn't the right fit for me now.", channel=SMS)
_b.add(
    K.REASON_GENERAL,
    "The new role is a close fit for my goals.",
    channel=SMS,
    scenario=S.BETTER_OFFER,
)
_b.add(K.REASON_GENERAL, "It has nothing to do with {company}.", channel=SMS, scenario=S.PERSONAL)

# The user's own words: a short fragment such as "the commute would be too long".
# After a colon, so a fragment typed with a capital still reads acceptably.
_b.add(K.REASON_CUSTOM, "The main reason is simple: {custom_reason}.")
_b.add(K.REASON_CUSTOM, "The main reason: {custom_reason}.", channel=SMS)

# ---------------------------------------------------------------------------
# Apology, feedback
# ---------------------------------------------------------------------------

_b.add(K.APOLOGY, "Please accept my apologies for any inconvenience this may cause.")
# Not "late notice": the interview may be a fortnight away.
_b.add(
    K.APOLOGY,
    "I apologise for the change of plans after confirming, and for any disruption to your "
    "schedule.",
    scenario=S.ACCEPTED,
)
_b.add(K.APOLOGY, "Sorry for any inconvenience.", channel=SMS)
_b.add(K.APOLOGY, "Sorry for the change of plans.", channel=SMS, scenario=S.ACCEPTED)

_b.add(K.FEEDBACK, "If it is helpful, I would like to share one piece of feedback: {feedback}.")
_b.add(K.FEEDBACK, "One suggestion: {feedback}.", channel=SMS)

# ---------------------------------------------------------------------------
# Door open, by stage. After accepting another offer, or after interviews,
# "I hope our paths cross again", not "tell me about other roles" (it would
# read as still job-hunting). An accepted interview may be cancelled for any
# reason, so it gets the wording that fits them all.
# ---------------------------------------------------------------------------

_b.add(
    K.DOOR_OPEN,
    "I would be glad to hear from you should a role suited to my background come up in the future.",
    tone=FORMAL,
)
_b.add(
    K.DOOR_OPEN,
    "If another role comes up that suits my background, please keep me in mind.",
    tone=WARM,
)
_b.add(
    K.DOOR_OPEN,
    "I would be glad to hear from you about future opportunities.",
    tone=FORMAL,
    scenario=S.PERSONAL,
)
_b.add(
    K.DOOR_OPEN,
    "Please do keep me in mind for future opportunities.",
    tone=WARM,
    scenario=S.PERSONAL,
)
for _scenario in (S.BETTER_OFFER, S.AFTER_INTERVIEWS):
    _b.add(K.DOOR_OPEN, "I hope our paths will cross again.", tone=FORMAL, scenario=_scenario)
    _b.add(K.DOOR_OPEN, "I hope our paths cross again.", tone=WARM, scenario=_scenario)
_b.add(K.DOOR_OPEN, "I hope our paths will cross in the future.", tone=FORMAL, scenario=S.ACCEPTED)
_b.add(K.DOOR_OPEN, "I hope our paths cross in the future.", tone=WARM, scenario=S.ACCEPTED)

_b.add(K.DOOR_OPEN, "Do keep me in mind for future roles.", channel=SMS)
_b.add(K.DOOR_OPEN, "Do keep me in mind for the future.", channel=SMS, scenario=S.PERSONAL)
for _scenario in (S.BETTER_OFFER, S.AFTER_INTERVIEWS, S.ACCEPTED):
    _b.add(K.DOOR_OPEN, "I hope our paths cross again.", channel=SMS, scenario=_scenario)

# ---------------------------------------------------------------------------
# Staying in touch
# ---------------------------------------------------------------------------

_b.add(
    K.STAY_IN_TOUCH,
    "It would be a pleasure to stay in touch, for instance on LinkedIn.",
    tone=FORMAL,
)
_b.add(K.STAY_IN_TOUCH, "I would love to stay in touch, for instance on LinkedIn.", tone=WARM)
_b.add(K.STAY_IN_TOUCH, "Let's stay in touch.", channel=SMS)

# The link ends the sentence without a full stop, so it stays clickable as typed.
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "It would be a pleasure to stay in touch; my profile is here: {stay_in_touch_link}",
    channel=EMAIL,
    tone=FORMAL,
)
_b.add(
    K.STAY_IN_TOUCH_LINK,
    "I would love to stay in touch; here is my profile: {stay_in_touch_link}",
    channel=EMAIL,
    tone=WARM,
)
_b.add(K.STAY_IN_TOUCH_LINK, "Keep in touch: {stay_in_touch_link}", channel=SMS)
# Nobody reads a web address aloud: offer to send it instead.
_b.spoken(
    K.STAY_IN_TOUCH_LINK,
    "I'd like to stay in touch, so I'll email you a link to my LinkedIn profile.",
)

# ---------------------------------------------------------------------------
# Closing
# ---------------------------------------------------------------------------

_b.add(
    K.CLOSING,
    "Thank you for your understanding, and I wish you every success with your search.",
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
    "Thank you for your understanding, and I wish you every success in finding the right person.",
    tone=FORMAL,
)
_b.spoken(K.CLOSING, "Thanks for understanding, and good luck with the search!", tone=WARM)
# Followed by the name: "Many thanks, Camille Martin".
_b.add(K.CLOSING, "Many thanks,", channel=SMS, tone=FORMAL)
_b.add(K.CLOSING, "Thanks,", channel=SMS, tone=WARM)

# ---------------------------------------------------------------------------
# Voicemail (phone): about 20 seconds; who, which role, the decision in one
# sentence, an email to confirm, a way back. A cancellation is never left in
# doubt.
# ---------------------------------------------------------------------------

_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. Thank you for "
    "inviting me to interview; after careful thought, I've decided to decline. I'll send you an "
    "email to confirm, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about my interview {interview_day} for the {position} "
    "role at {company}. I'm sorry, but I have to cancel it and withdraw my application. I'll "
    "send you an email to confirm, and you're welcome to call me back. Goodbye.",
    channel=PHONE,
    scenario=S.ACCEPTED,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. Thank you for "
    "our conversations; after careful thought, I've decided to withdraw my application. I'll "
    "send you an email to confirm, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. Thank you "
    "very much for choosing me; after careful thought, I've decided to decline your offer. I'll "
    "send you an email to confirm, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
    scenario=S.OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. Thank you for "
    "inviting me to interview; I've accepted another position, so I must decline. I'll send you an "
    "email to confirm, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
    scenario=S.BETTER_OFFER,
)
_b.add(
    K.VOICEMAIL,
    "Hello, this is {sender_name}, calling about the {position} role at {company}. Thank you for "
    "inviting me to interview; for personal reasons, I have to decline. I'll send you an email "
    "to confirm, and you're welcome to call me back. Have a good day.",
    channel=PHONE,
    scenario=S.PERSONAL,
)

# ---------------------------------------------------------------------------
# Prepared replies to the recruiter's reaction (spoken channels). Chosen by
# the user's main reason, falling back to the neutral wording: a reply never
# gives a reason other than the user's. Said to one person or several.
# ---------------------------------------------------------------------------

_b.spoken(
    K.REPLY_POSITIVE,
    "Thank you, I really appreciate your understanding. I hope our paths cross in the future.",
)
_b.spoken(
    K.REPLY_POSITIVE,
    "Thank you, I really appreciate your understanding. I've enjoyed our conversations, and I "
    "hope we stay in touch.",
    scenario=S.AFTER_INTERVIEWS,
)

_b.spoken(
    K.REPLY_DISAPPOINTED,
    "I understand, and I appreciate the time you've spent on my application. It wasn't an easy "
    "decision, but it's the right one for me at this stage.",
)
_b.spoken(
    K.REPLY_DISAPPOINTED,
    "I understand, and I'm sorry for the change of plans. It wasn't an easy decision, but it's "
    "the right one for me at this stage.",
    scenario=S.ACCEPTED,
)
_b.spoken(
    K.REPLY_DISAPPOINTED,
    "I understand, and I truly appreciate the time you've invested in me throughout the process. "
    "It wasn't an easy decision, but it's the right one for me at this stage.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.REPLY_DISAPPOINTED,
    "I understand, and I'm grateful for the confidence you've shown in me. It wasn't an easy "
    "decision, but it's the right one for me at this stage.",
    scenario=S.OFFER,
)

_b.spoken(
    K.REPLY_WHY,
    "Of course. After thinking it over, I realised the role isn't the right choice for me at "
    "this stage; it's no reflection on {company} or your team.",
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. I've accepted a position elsewhere that suits my current goals; it's no "
    "reflection on {company} or your team.",
    reason=R.ANOTHER_OFFER,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. I've accepted another offer that's a very close match for my goals; it's no "
    "reflection on {company} or your team.",
    reason=R.BETTER_OFFER,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. The role doesn't quite match where I want to take my career over the next few "
    "years; it's no reflection on {company} or your team.",
    reason=R.CAREER_GOALS,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. Having learned more about how the team works, I feel that my own working style "
    "would suit a different environment; it's no reflection on the people I've met.",
    reason=R.CULTURE,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. It comes down to the distance, which would be too great for me at the moment; "
    "it's no reflection on the role or your team.",
    reason=R.LOCATION,
)
_b.spoken(
    K.REPLY_WHY,
    "It's for personal reasons that I'd rather keep private; it has nothing to do with {company} "
    "or the role.",
    reason=R.PERSONAL,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. The scope of the role has moved away from the original description, and it no "
    "longer matches what I'm looking for; it's no reflection on your team.",
    reason=R.ROLE_CHANGED,
)
_b.spoken(
    K.REPLY_WHY,
    "Of course. The main reason is simple: {custom_reason}. It's no reflection on {company} or "
    "your team.",
    reason=R.OTHER,
)

# They insist, or improve the offer: stay firm and courteous, do not reopen it.
_b.spoken(
    K.REPLY_INSIST,
    "That's kind of you, thank you. I've thought it over carefully, though, and I'd rather not "
    "take up more of your time when my decision is made.",
)
_b.spoken(
    K.REPLY_INSIST,
    "Thank you, I appreciate that. I've thought it through carefully, though, and my decision "
    "is final.",
    scenario=S.AFTER_INTERVIEWS,
)
_b.spoken(
    K.REPLY_INSIST,
    "That's very generous, and thank you for it. I've thought it through carefully, though, and "
    "my decision stands; I'd rather be straightforward with you now.",
    scenario=S.OFFER,
)
for _reason in (R.ANOTHER_OFFER, R.BETTER_OFFER):
    _b.spoken(
        K.REPLY_INSIST,
        "That's kind of you, thank you. I've already accepted another position, though, and I "
        "intend to honour that commitment.",
        reason=_reason,
    )

# ---------------------------------------------------------------------------
# Points to cover (checklist labels for the spoken channels)
# ---------------------------------------------------------------------------

_b.add(K.POINT_GRATITUDE, "Thank them for considering your application")
_b.add(K.POINT_GRATITUDE, "Thank them for considering you", scenario=S.ACCEPTED)
_b.add(
    K.POINT_GRATITUDE,
    "Thank them for the conversations and their time",
    scenario=S.AFTER_INTERVIEWS,
)
_b.add(K.POINT_GRATITUDE, "Thank them for the offer and their confidence", scenario=S.OFFER)
_b.add(K.POINT_GRATITUDE, "Thank them for their interest", scenario=S.BETTER_OFFER)
_b.add(K.POINT_GRATITUDE, "Thank them for getting in touch", scenario=S.PERSONAL)
_b.add(K.POINT_DECISION, "Say clearly that you are declining the interview")
_b.add(
    K.POINT_DECISION,
    "Say clearly that you are cancelling the interview (give its date) and withdrawing your "
    "application",
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
    "Say that you have accepted another position and are declining the interview",
    scenario=S.BETTER_OFFER,
)
_b.add(K.POINT_DECISION, "Say that you are declining for personal reasons", scenario=S.PERSONAL)
_b.add(K.POINT_REASON, "Give your reason in one sentence, without criticism")
_b.add(K.POINT_REASON, "Keep the personal reasons private: no details needed", scenario=S.PERSONAL)
_b.add(K.POINT_APOLOGY, "Apologise once for the inconvenience")
_b.add(K.POINT_APOLOGY, "Apologise once for the change of plans", scenario=S.ACCEPTED)
_b.add(K.POINT_FEEDBACK, "Share your feedback calmly and constructively")
_b.add(K.POINT_DOOR_OPEN, "Leave the door open for future roles")
for _scenario in (S.ACCEPTED, S.AFTER_INTERVIEWS, S.BETTER_OFFER):
    _b.add(K.POINT_DOOR_OPEN, "Say you hope your paths cross again", scenario=_scenario)
_b.add(K.POINT_STAY_IN_TOUCH, "Suggest staying in touch (on LinkedIn, for example)")
_b.add(K.POINT_CLOSING, "Thank them for their understanding and wish them luck with their search")

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

# ---------------------------------------------------------------------------
# Reason hints: shown in the wizard next to each reason ticked (not part of
# a message). Stored as displayed.
# ---------------------------------------------------------------------------

_b.add(
    K.REASON_HINT,
    "Say it simply, without naming the employer, and cancel any other pending "
    "interviews at the same time.",
    reason=R.ANOTHER_OFFER,
)
_b.add(
    K.REASON_HINT,
    "On reflection, the role does not lead where you want to go. Talk about your own "
    "plans, not about the role’s shortcomings.",
    reason=R.CAREER_GOALS,
)
_b.add(
    K.REASON_HINT,
    "A mismatch in values or working style is a valid reason: present it as a question "
    "of fit, never as a judgement on the company.",
    reason=R.CULTURE,
)
_b.add(
    K.REASON_HINT,
    "A commute that is too long, or a move you cannot make. It is a neutral reason "
    "that everyone understands: a brief mention is enough.",
    reason=R.LOCATION,
)
_b.add(
    K.REASON_HINT,
    "Health, family or other commitments. You do not have to give any details: your "
    "well-being comes first.",
    reason=R.PERSONAL,
)
_b.add(
    K.REASON_HINT,
    "The responsibilities have moved away from what you applied for. State the change "
    "factually, without reproach.",
    reason=R.ROLE_CHANGED,
)
_b.add(
    K.REASON_HINT,
    "In the message, speak of “another offer” that fits your plans: never call it "
    "better and never compare salaries.",
    reason=R.BETTER_OFFER,
)
_b.add(
    K.REASON_HINT,
    "Write it in a few words: it will be placed inside one sentence of the message. "
    "Keep it factual and positive, without criticism.",
    reason=R.OTHER,
)

BLOCKS: tuple[BlockSpec, ...] = tuple(_b.blocks)
