"""What can go wrong with a PDF, each with a message for the person asking."""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class PdfError(Exception):
    """Something the user should be told about; `user_message` is translated
    lazily, so it comes out in the interface language of the request."""

    user_message: Any = _("The PDF could not be created. Your text is kept: please try again.")

    def __init__(self, detail: str = "", *, user_message: Any = None) -> None:
        super().__init__(detail or str(type(self).__name__))
        if user_message is not None:
            self.user_message = user_message


class PdfInputError(PdfError):
    """A field is too long to print."""


class PdfTimeoutError(PdfError):
    user_message = _(
        "Creating the PDF took too long and was stopped. Your text is kept: "
        "shorten it a little or try again."
    )


class PdfTooManyPagesError(PdfError):
    pass


class PdfBusyError(PdfError):
    user_message = _("The PDF service is busy. Your text is kept: please try again in a moment.")


class PdfRateLimitedError(PdfError):
    """Over the `pdf_render` rate limits (see pdf_views)."""

    user_message = _("Too many PDFs in a short time: please try again in a minute.")


TOO_LONG_MESSAGES: dict[str, Any] = {
    "subject": _("The subject is too long for the PDF: %(length)s characters, at most %(limit)s."),
    "body": _("The message is too long for the PDF: %(length)s characters, at most %(limit)s."),
    "company": _(
        "The company name is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "position": _(
        "The position is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "sender_name": _(
        "Your name is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "sender_contact": _(
        "Your contact line is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
    "recipient_phone": _(
        "The phone number is too long for the PDF: %(length)s characters, at most %(limit)s."
    ),
}


def _too_long_text(name: str, length: int, limit: int) -> str:
    return str(TOO_LONG_MESSAGES[name]) % {
        "length": number_format(length, force_grouping=True),
        "limit": number_format(limit, force_grouping=True),
    }


def _too_many_pages_text(limit: int) -> str:
    return ngettext(
        "The PDF would be longer than %(limit)s page. Your text is kept: please shorten it.",
        "The PDF would be longer than %(limit)s pages. Your text is kept: please shorten it.",
        limit,
    ) % {"limit": limit}


#: Messages for the user, translated when shown (in the interface language).
too_long_message = lazy(_too_long_text, str)
too_many_pages_message = lazy(_too_many_pages_text, str)
