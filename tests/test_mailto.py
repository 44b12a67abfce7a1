"""The mail-client link for a composed email."""

from __future__ import annotations

from urllib.parse import unquote

from messages_app.composer import ComposedMessage
from messages_app.mailto import mailto_url


def test_mailto_url_encodes_subject_and_body_with_crlf():
    message = ComposedMessage(
        language="en", channel="email", subject="Re: A&B ?", body="Dear X,\n\nNo thanks = ok"
    )
    url = mailto_url(message, to="hr@acme.test")
    assert url.startswith("mailto:hr@acme.test?subject=")
    assert "Re%3A%20A%26B%20%3F" in url
    assert "%0D%0A%0D%0A" in url and "%0A%0A" not in url.replace("%0D%0A", "")
    subject, body = url.split("?", 1)[1].split("&")
    assert unquote(body.removeprefix("body=")) == "Dear X,\r\n\r\nNo thanks = ok"
    edited = mailto_url(message, subject="Edited", body="New")
    assert edited == "mailto:?subject=Edited&body=New"


def test_mailto_url_cleans_the_address_and_subject():
    message = ComposedMessage(language="en", channel="email", subject="Hi\r\nBcc: x@y", body="")
    url = mailto_url(message, to=" hr@acme.test\n")
    assert url == "mailto:hr@acme.test?subject=Hi%20Bcc%3A%20x%40y&body="
