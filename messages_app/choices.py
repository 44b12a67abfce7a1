"""Fixed option lists shared by the models, the forms and the composer.

They are plain enums (no database access), so the pure composer and quality
check can import them too.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

_Label = str | Promise


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    ENGLISH = "en", _("English")


class Channel(models.TextChoices):
    EMAIL = "email", _("Email")
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("Text message")
    IN_PERSON = "in_person", _("In person")


class Tone(models.TextChoices):
    FORMAL = "formal", _("Formal")
    WARM = "warm", _("Warm")


class Length(models.TextChoices):
    SHORT = "short", _("Short")
    STANDARD = "standard", _("Standard")


class Paper(models.TextChoices):
    """The paper sizes a PDF is laid out for."""

    A4 = "a4", _("A4")
    LETTER = "letter", _("US Letter")


class Stage(models.TextChoices):
    INVITATION = "invitation", _("I was invited to an interview")
    ACCEPTED = "accepted", _("I had already accepted the interview")
    SEVERAL = "several", _("I have had one or more interviews")
    OFFER = "offer", _("I received an offer")


class Rapport(models.TextChoices):
    NONE = "none", _("None yet: we have only exchanged messages")
    SOME = "some", _("Some: we have spoken once or twice")
    STRONG = "strong", _("Good: we have talked several times")


class Civility(models.TextChoices):
    """How the contact is addressed: Madame / Monsieur in French, Ms / Mr in
    English, or by name alone."""

    NONE = "none", _("No title (the name alone)")
    MS = "ms", _("Ms (Madame)")
    MR = "mr", _("Mr (Monsieur)")


class Basis(models.TextChoices):
    FACTS = "facts", _("Facts I have checked")
    MIXED = "mixed", _("A mix of facts and feelings")
    FEELINGS = "feelings", _("Mostly a feeling")


class Researched(models.TextChoices):
    YES = "yes", _("Yes, I looked into both")
    PARTLY = "partly", _("Partly")
    NO = "no", _("Not really")


class Certainty(models.TextChoices):
    SURE = "sure", _("Sure: my decision is made")
    FAIRLY = "fairly", _("Fairly sure")
    UNSURE = "unsure", _("Not sure yet")


class ReasonDetail(models.TextChoices):
    NONE = "none", _("No reason")
    GENERAL = "general", _("A general reason")
    SPECIFIC = "specific", _("My specific reason")


class ScenarioKey(models.TextChoices):
    EARLY = "early", _("Declining early")
    ACCEPTED = "accepted", _("Interview already accepted")
    AFTER_INTERVIEWS = "after_interviews", _("After interviews, before any offer")
    OFFER = "offer", _("Declining an offer")
    BETTER_OFFER = "better_offer", _("Better offer elsewhere")
    PERSONAL = "personal", _("Personal reasons")


class ReasonKey(models.TextChoices):
    ANOTHER_OFFER = "another_offer", _("I accepted another offer")
    CAREER_GOALS = "career_goals", _("The role does not fit my career goals")
    CULTURE = "culture", _("The company culture does not suit me")
    LOCATION = "location", _("Location or commute")
    PERSONAL = "personal", _("Personal circumstances")
    ROLE_CHANGED = "role_changed", _("The role has changed")
    BETTER_OFFER = "better_offer", _("I received a better offer")
    OTHER = "other", _("Another reason")


class BlockKind(models.TextChoices):
    SUBJECT = "subject", _("Subject line")
    GREETING_TITLED = "greeting_titled", _("Greeting with the title: Madame / Ms Carter")
    GREETING_FIRST_NAME = "greeting_first_name", _("Greeting by first name")
    GREETING_NAMED = "greeting_named", _("Greeting by full name, no title")
    GREETING_TEAM = "greeting_team", _("Greeting, no contact name (opener on phone/in person)")
    COURTESY = "courtesy", _("Courtesy line (standard length)")
    GRATITUDE = "gratitude", _("Gratitude")
    APPRECIATION = "appreciation", _("Appreciation of their time (standard length)")
    DECISION = "decision", _("Decision")
    REASON = "reason", _("Reason (one per reason)")
    REASON_GENERAL = "reason_general", _("General reason")
    REASON_CUSTOM = "reason_custom", _("User's own reason, wrapped")
    APOLOGY = "apology", _("Apology for the inconvenience")
    FEEDBACK = "feedback", _("Constructive feedback, wrapped")
    DOOR_OPEN = "door_open", _("Keep the door open")
    STAY_IN_TOUCH = "stay_in_touch", _("Stay in touch")
    STAY_IN_TOUCH_LINK = "stay_in_touch_link", _("Stay in touch, with a profile link")
    CLOSING = "closing", _("Closing sentence")
    SIGNATURE = "signature", _("Closing formula and signature (title or no contact)")
    SIGNATURE_NAMED = "signature_named", _("Closing formula and signature (by name)")
    VOICEMAIL = "voicemail", _("Voicemail (20 seconds)")
    CALL_TIME = "call_time", _("When to call")
    REPLY_POSITIVE = "reply_positive", _("Answer to a positive reaction")
    REPLY_DISAPPOINTED = "reply_disappointed", _("Answer to a disappointed reaction")
    REPLY_WHY = "reply_why", _("Answer to “why?”")
    REPLY_INSIST = "reply_insist", _("Answer when they insist or improve the offer")
    REMINDERS = "reminders", _("Reminders for the channel (one per line)")
    POINT_GRATITUDE = "point_gratitude", _("Point to cover: gratitude")
    POINT_DECISION = "point_decision", _("Point to cover: decision")
    POINT_REASON = "point_reason", _("Point to cover: reason")
    POINT_APOLOGY = "point_apology", _("Point to cover: apology")
    POINT_FEEDBACK = "point_feedback", _("Point to cover: feedback")
    POINT_DOOR_OPEN = "point_door_open", _("Point to cover: door open")
    POINT_STAY_IN_TOUCH = "point_stay_in_touch", _("Point to cover: stay in touch")
    POINT_CLOSING = "point_closing", _("Point to cover: closing")
    REASON_HINT = "reason_hint", _("Hint shown with the reason in the wizard (one per reason)")
    # Written replies to the recruiter's reaction (email and text message; a
    # call uses the prepared spoken replies above), and the call they ask for.
    ANSWER_POSITIVE = "answer_positive", _("Written reply: they took it well")
    ANSWER_DISAPPOINTED = "answer_disappointed", _("Written reply: they are disappointed")
    ANSWER_WHY = "answer_why", _("Written reply: they ask why (one per reason)")
    ANSWER_INSIST = "answer_insist", _("Written reply: they insist or offer more (per reason)")
    ANSWER_OTHER_ROLE = "answer_other_role", _("Reply: they propose another role")
    ANSWER_CALL = "answer_call", _("Reply: they ask to talk on the phone")
    ANSWER_DOOR_OPEN = "answer_door_open", _("Written reply: keep the door open")
    ANSWER_CHECK_CALL = "answer_check_call", _("No answer, interview within days: a check call")
    CALL_OPENER = "call_opener", _("The call they asked for: opener")
    CALL_DECISION = "call_decision", _("The call they asked for: the decision restated")
    # Not sure yet: asking for more information before deciding.
    SUBJECT_ASK_INFO = "subject_ask_info", _("Asking for information: subject line")
    ASK_INFO_INTEREST = "ask_info_interest", _("Asking for information: still interested")
    ASK_INFO_REQUEST = "ask_info_request", _("Asking for information: the request")
    ASK_INFO_QUESTION = "ask_info_question", _("Asking for information: the user's own question")
    ASK_INFO_NEXT = "ask_info_next", _("Asking for information: when you will answer")
    ASK_INFO_CLOSING = "ask_info_closing", _("Asking for information: closing sentence")
    VOICEMAIL_ASK_INFO = "voicemail_ask_info", _("Asking for information: voicemail")
    REMINDERS_ASK_INFO = "reminders_ask_info", _("Asking for information: reminders")
    # Not sure yet: proposing another date for the interview.
    SUBJECT_RESCHEDULE = "subject_reschedule", _("Another date: subject line")
    RESCHEDULE_INTEREST = "reschedule_interest", _("Another date: still interested")
    RESCHEDULE_CONFLICT = "reschedule_conflict", _("Another date: the date no longer works")
    RESCHEDULE_PROPOSAL = "reschedule_proposal", _("Another date: the user's own availability")
    RESCHEDULE_ASK = "reschedule_ask", _("Another date: asking for other times")
    RESCHEDULE_CLOSING = "reschedule_closing", _("Another date: closing sentence")
    VOICEMAIL_RESCHEDULE = "voicemail_reschedule", _("Another date: voicemail")
    REMINDERS_RESCHEDULE = "reminders_reschedule", _("Another date: reminders")
    POINT_INTEREST = "point_interest", _("Point to cover: still interested")
    POINT_ASK_INFO = "point_ask_info", _("Point to cover: what you want to know")
    POINT_ANSWER_BY = "point_answer_by", _("Point to cover: when you will answer")
    POINT_RESCHEDULE = "point_reschedule", _("Point to cover: the date no longer works")
    POINT_NEW_DATE = "point_new_date", _("Point to cover: another date")


class Reaction(models.TextChoices):
    """How the recruiter reacted to the decline. The first four have prepared
    answers in a call script; every one can be recorded on a sent draft."""

    POSITIVE = "positive", _("Positive")
    DISAPPOINTED = "disappointed", _("Disappointed")
    WHY = "why", _("Asks why")
    INSISTS = "insists", _("Insists or offers more")
    OTHER_ROLE = "other_role", _("Proposes another role")
    CALL = "call", _("Asks to talk on the phone")
    NO_ANSWER = "no_answer", _("No answer yet")


class Purpose(models.TextChoices):
    """What the message does: decline, or (when not sure yet) ask before deciding."""

    DECLINE = "decline", _("Decline")
    ASK_INFO = "ask_info", _("Ask for more information")
    RESCHEDULE = "reschedule", _("Propose another date")


def purpose_of(answers: Mapping[str, object]) -> str:
    """What a message does, from the wizard answers: the purpose chosen on the
    self-assessment, a decline when none was (the question is only asked when
    not sure yet, and answers saved before it existed have none)."""
    purpose = answers.get("purpose")
    return str(purpose) if purpose in Purpose.values else Purpose.DECLINE.value


#: How a downloaded file's name starts, by purpose ("decline-acme-email.pdf").
FILE_PREFIXES: Mapping[str, str] = {
    Purpose.DECLINE: "decline",
    Purpose.ASK_INFO: "question",
    Purpose.RESCHEDULE: "new-date",
}


def file_prefix(answers: Mapping[str, object]) -> str:
    """The start of a downloaded file's name for the message these answers write."""
    return FILE_PREFIXES[purpose_of(answers)]


#: The short label a saved message shows when it is not a decline (history
#: row, draft page title).
PURPOSE_BADGES: Mapping[str, _Label] = {
    Purpose.ASK_INFO: _("Asking for information"),
    Purpose.RESCHEDULE: _("Another date"),
}


def purpose_badge(purpose: str) -> str:
    """The badge of a draft's purpose, translated; "" for a decline."""
    label = PURPOSE_BADGES.get(purpose)
    return str(label) if label else ""


#: Block kinds that always name their reason.
REASON_REQUIRED_KINDS: frozenset[str] = frozenset({BlockKind.REASON, BlockKind.REASON_HINT})

#: Block kinds written per reason: reason blocks and hints always name one
#: (`REASON_REQUIRED_KINDS`); the prepared replies may, to follow the reason
#: the user gave.
REASON_BLOCK_KINDS: frozenset[str] = frozenset(
    {
        *REASON_REQUIRED_KINDS,
        BlockKind.REPLY_POSITIVE,
        BlockKind.REPLY_DISAPPOINTED,
        BlockKind.REPLY_WHY,
        BlockKind.REPLY_INSIST,
        BlockKind.ANSWER_WHY,
        BlockKind.ANSWER_INSIST,
    }
)
