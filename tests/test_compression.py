"""Pages reach a phone on a slow network compressed: gzip for a browser that
accepts it (Django's GZipMiddleware, with its BREACH padding), plain for one
that does not."""

from __future__ import annotations

import gzip

import pytest


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/write/situation/", "/privacy/"])
def test_pages_are_gzipped_for_a_browser_that_accepts_it(client, seeded, url):
    plain = client.get(url)
    packed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    html = gzip.decompress(packed.content).decode()
    assert "</html>" in html
    assert len(packed.content) < len(plain.content) / 2


@pytest.mark.django_db
def test_two_compressed_answers_to_the_same_request_differ_in_length(client, seeded):
    """Random padding ("Heal The Breach"): the compressed length of a page says
    less about the secrets in it."""
    lengths = {len(client.get("/privacy/", HTTP_ACCEPT_ENCODING="gzip").content) for _ in range(8)}
    assert len(lengths) > 1
