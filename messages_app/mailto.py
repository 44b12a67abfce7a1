"""The `mailto:` link that opens a composed email in the person's mail client."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import quote

from messages_app.text import clean_line

if TYPE_CHECKING:
    from messages_app.composer import ComposedMessage


def mailto_url(
    message: ComposedMessage,
    to: str = "",
    *,
    subject: str | None = None,
    body: str | None = None,
) -> str:
    """A `mailto:` link opening the message in the mail client.

    Subject and body (the message's own, or the edited ones passed in) are
    percent-encoded with CRLF line breaks, as RFC 6068 asks; the address
    (the recipient typed on the preview, or none) keeps its `@`.
    """
    subject = message.subject if subject is None else subject
    body = message.body if body is None else body
    return mailto_for(to, subject=subject, body=body)


def mailto_for(to: str, *, subject: str, body: str) -> str:
    """A `mailto:` link to `to` (may be empty) with this subject and body."""
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    address = quote(clean_line(to), safe="@")
    query = f"subject={quote(clean_line(subject), safe='')}&body={quote(body, safe='')}"
    return f"mailto:{address}?{query}"
