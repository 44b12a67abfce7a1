"""The recipient's phone number: what may be typed, and the `tel:` link.

A number is kept as typed (spaces, dots and parentheses help a person read
it back); links use its dialable form, the digits and a leading `+`.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from messages_app.limits import PHONE_MAX

_ALLOWED = re.compile(r"[0-9+().\-\s]*")
#: The shortest and longest numbers worth dialling (E.164 allows 15 digits;
#: a few more for an extension typed without a separator).
MIN_DIGITS, MAX_DIGITS = 4, 18


def validate_phone(value: str) -> None:
    """Digits, spaces, `+`, dots, dashes and parentheses; 4 to 18 digits; a
    `+` only in front."""
    digits = sum(char.isdigit() for char in value)
    if len(value) > PHONE_MAX or not _ALLOWED.fullmatch(value):
        raise ValidationError(
            _("Use only digits, spaces, +, dots, dashes and parentheses."), code="phone_chars"
        )
    if "+" in value.lstrip()[1:] or not MIN_DIGITS <= digits <= MAX_DIGITS:
        raise ValidationError(
            _("This does not look like a phone number: check the digits."), code="phone_digits"
        )


def dialable(phone: str) -> str:
    """The number as a phone dials it: `+33 1 23-45 (0)67` → `+331234567`.

    A `(0)` after an international prefix is dropped, as it is never dialled
    from abroad."""
    phone = phone.strip()
    if phone.startswith("+"):
        phone = phone.replace("(0)", "")
    digits = "".join(char for char in phone if char.isdigit())
    return f"+{digits}" if phone.startswith("+") and digits else digits


def tel_url(phone: str) -> str:
    """A `tel:` link (RFC 3966) for the number, or "" when there is none."""
    number = dialable(phone)
    return f"tel:{number}" if number else ""
