"""Length caps on what a person types (characters): one home for each number.

The forms enforce them, the PDF export and the history cut posted text to
them, and the session keeps at most twice as much of a step (so an over-long
paste is still shown with its "too long" error).
"""

#: A company, a position, a contact's or the sender's name.
NAME_MAX = 120
#: The sender's contact line, a "stay in touch" link.
CONTACT_MAX = 200
#: A reason written in the person's own words.
CUSTOM_REASON_MAX = 300
#: Feedback offered to the company.
FEEDBACK_MAX = 600
#: The question asked of the recruiter, or the times proposed for another
#: interview date, when not sure yet: one short line each.
QUESTION_MAX = 200
#: Private notes on the self-assessment.
NOTES_MAX = 2000
#: The recipient's email address (RFC 5321 caps a path at 254).
EMAIL_MAX = 254
#: The recipient's phone number as typed: digits, spaces, +, dots, dashes, parentheses.
PHONE_MAX = 30
#: An email's subject line.
SUBJECT_MAX = 150
#: A message's text.
BODY_MAX = 5000
#: The recruiter's reply, pasted on a sent draft (kept private).
THEIR_MESSAGE_MAX = 5000
#: One answer to a reflection question.
REFLECTION_MAX = 2000
#: One point, reply, reminder or piece of advice printed in a PDF.
ITEM_MAX = 1000
#: How many of those a PDF prints at most.
ITEMS_MAX = 30

#: What the session keeps of an over-long paste: twice the field's cap, so the
#: text is still shown with its "too long" error. Beyond that it is a tampered form.
KEPT_FACTOR = 2
#: The most preview text (subject and body) the session keeps.
KEPT_PREVIEW_MAX = KEPT_FACTOR * (SUBJECT_MAX + BODY_MAX)
