"""Block placeholders: the vocabulary, and filling a block with what the person typed.

Blocks are written with a fixed vocabulary of `{placeholders}`. User input is
substituted once, as plain text: it is never parsed as a template, so a user
who types `{company}` or `{{ x }}` gets exactly that in the message. Only the
block text is adjusted around the values (an empty name takes its comma with
it), never the values themselves.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from messages_app.choices import Channel
from messages_app.dates import interview_day_text
from messages_app.sms import sms_plain
from messages_app.text import clean_line, clean_text

if TYPE_CHECKING:
    from messages_app.addressing import Addressing
    from messages_app.composer import MessageRequest

#: Every placeholder a block may use, and nothing else.
PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "company",
        "position",
        "contact_name",
        "civility",
        "surname",
        "first_name",
        "appellation",
        "sender_name",
        "sender_contact",
        "interview_date",
        "interview_day",
        "custom_reason",
        "feedback",
        "stay_in_touch_link",
        "question",  # what the person wants to know, when asking before deciding
        "availability",  # when they could come instead, when proposing another date
    }
)

_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def find_placeholders(text: str) -> list[str]:
    """Names of every `{placeholder}` in a block text, in order."""
    return _PLACEHOLDER_RE.findall(text)


def unknown_placeholders(text: str) -> list[str]:
    """Placeholders a block uses that are not in the vocabulary (incl. stray braces)."""
    unknown = [name for name in find_placeholders(text) if name not in PLACEHOLDERS]
    stripped = _PLACEHOLDER_RE.sub("", text)
    if "{" in stripped or "}" in stripped:
        unknown.append("{" if "{" in stripped else "}")
    return unknown


def fill(text: str, values: Mapping[str, str]) -> str:
    """Replace the placeholders of a block text with plain values, in one pass."""
    return _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), text)


_SINGLE_LINE_FIELDS = (
    "company",
    "position",
    "sender_name",
    "sender_contact",
    "interview_date",
    "custom_reason",
    "stay_in_touch_link",
    "question",
    "availability",
)
_MULTI_LINE_FIELDS = ("feedback",)


def placeholder_values(request: MessageRequest, address: Addressing) -> dict[str, str]:
    """Every placeholder's value, cleaned; in a text message as GSM characters
    (a typed ’ would otherwise make every segment 70 characters)."""
    values = {name: clean_line(getattr(request, name)) for name in _SINGLE_LINE_FIELDS}
    for name in _MULTI_LINE_FIELDS:
        values[name] = clean_text(getattr(request, name))
    values.update(address.values())
    values["interview_day"] = interview_day_text(values["interview_date"], request.language)
    if request.channel == Channel.SMS:
        values = {name: sms_plain(value) for name, value in values.items()}
    return values


_TERMINAL = (".", "!", "?", "…")


def _fit(template: str, values: Mapping[str, str]) -> str:
    """Adjust a block text around empty values and values ending a sentence.

    Works on the block text only (before substitution), so user text is never
    touched: an empty `{contact_name}` takes its leading comma and space with it
    ("Hello {contact_name}, this is" → "Hello, this is"), and a value that ends
    with a full stop does not get a second one from the block.
    """
    if "{" not in template:
        return template
    for name in find_placeholders(template):
        value = values.get(name, "")
        token = "{" + name + "}"
        if not value:
            template = re.sub(r",?[ \t\u00a0\u202f]*" + re.escape(token), "", template)
        elif value.endswith(_TERMINAL) and token + "." in template:
            template = template.replace(token + ".", token)
    return template


#: User values a block may put after a colon, mid-sentence.
_FRAGMENT_FIELDS = ("custom_reason", "feedback", "question")


def render(template: str, values: Mapping[str, str]) -> str:
    """The block with its values; a reason or feedback typed with a capital
    continues the sentence after a colon ("…simple : le trajet…")."""
    for name in _FRAGMENT_FIELDS:
        value = values.get(name, "")
        if value and re.search(r":\s*\{" + name + r"\}", template):
            values = {**values, name: continue_sentence(value, value, "en")}
    return fill(_fit(template, values), values)


_FIRST_WORD = re.compile(r"[^\W\d_]+")


def continue_sentence(template: str, text: str, language: str) -> str:
    """Lower-case the first letter of a block that now follows a comma.

    Only when the block itself (not a user value) starts the text with an
    ordinary capitalised word: "Merci" → "merci", "J’ai" → "j’ai"; "I",
    acronyms and names such as "LinkedIn" keep their capitals.
    """
    match = _FIRST_WORD.match(template)
    if not match or not text.startswith(match.group(0)):
        return text
    word = match.group(0)
    if not word[0].isupper() or (len(word) > 1 and not word[1:].islower()):
        return text
    if language == "en" and word == "I":
        return text
    return word[0].lower() + text[1:]
