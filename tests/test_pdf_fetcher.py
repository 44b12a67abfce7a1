"""The PDF renderer can read its bundled fonts and nothing else.

WeasyPrint's default fetcher reads any local file and any URL (and follows
redirects); ours refuses everything but the files under static/fonts/ and
`data:` URIs. A real HTTP server on 127.0.0.1 counts the requests that reach
it: the renderer must never call it.
"""

from __future__ import annotations

import http.server
import io
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from messages_app import pdf
from messages_app.composer import ComposedMessage, Reply
from messages_app.pdf.assets import ASSETS_DIR
from messages_app.pdf.fetcher import AssetURLFetcher, RefusedURLError
from messages_app.pdf.render import html_to_pdf

FONT_URL = (ASSETS_DIR / "DejaVuSans.ttf").as_uri()


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = b"root:x:0:0:leaked-by-http"
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(family: int, host: str) -> tuple[http.server.HTTPServer, threading.Thread]:
    class Server(http.server.HTTPServer):
        address_family = family

    server = Server((host, 0), _CountingHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread


@pytest.fixture
def local_server() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 that records every request it receives."""
    _CountingHandler.hits = []
    server, thread = _serve(socket.AF_INET, "127.0.0.1")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    thread.join(2)


@pytest.fixture
def fetcher() -> object:
    return AssetURLFetcher()


def test_bundled_font_is_served(fetcher) -> None:
    response = fetcher.fetch(FONT_URL)
    assert response.read(4) == b"\x00\x01\x00\x00"  # a TrueType font


def test_data_uri_is_served(fetcher) -> None:
    response = fetcher.fetch("data:text/css;base64,Ym9keXt9")
    assert response.read() == b"body{}"


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "file:///proc/self/environ",
        "file:///dev/urandom",
        "file:///dev/zero",
        "file://attacker.example/share/secret.txt",
        # traversal out of the fonts directory, plain and percent-encoded
        FONT_URL.rsplit("/", 1)[0] + "/../../../../../etc/passwd",
        FONT_URL.rsplit("/", 1)[0] + "/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        FONT_URL.rsplit("/", 1)[0] + "/../../decliner/settings.py",
        # the directory itself, and a file that does not exist inside it
        ASSETS_DIR.as_uri() + "/",
        ASSETS_DIR.as_uri() + "/missing.ttf",
        # the network, whatever the address form
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://localhost/",
        "http://0.0.0.0/",
        "http://2130706433/",
        "https://example.com/font.ttf",
        "ftp://127.0.0.1/pub/file",
        "gopher://127.0.0.1:6379/_INFO",
        "jar:file:///etc/passwd!/",
        "javascript:alert(1)",
        "about:blank",
        "mailto:someone@example.com",
        "/etc/passwd",
        "DejaVuSans.ttf",
    ],
)
def test_fetcher_refuses_everything_but_its_assets(fetcher, url: str) -> None:
    with pytest.raises(RefusedURLError):
        fetcher.fetch(url)


def test_fetcher_never_calls_a_local_http_server(fetcher, local_server: str) -> None:
    for path in ("/", "/style.css", "/redirect?to=file:///etc/passwd"):
        with pytest.raises(RefusedURLError):
            fetcher.fetch(local_server + path)
    assert _CountingHandler.hits == []


def test_fetcher_never_calls_ipv6_loopback() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    _CountingHandler.hits = []
    try:
        server, thread = _serve(socket.AF_INET6, "::1")
    except OSError:
        pytest.skip("IPv6 loopback unavailable")
    try:
        with pytest.raises(RefusedURLError):
            AssetURLFetcher().fetch(f"http://[::1]:{server.server_address[1]}/")
    finally:
        server.shutdown()
        thread.join(2)
    assert _CountingHandler.hits == []


def test_symlink_inside_the_assets_to_a_secret_is_refused(tmp_path: Path) -> None:
    assets = tmp_path / "fonts"
    assets.mkdir()
    (assets / "ok.ttf").write_bytes(b"font")
    secret = tmp_path / "secret.txt"
    secret.write_text("top secret")
    (assets / "link.ttf").symlink_to(secret)
    fetcher = AssetURLFetcher(assets)

    assert fetcher.fetch((assets / "ok.ttf").as_uri()).read() == b"font"
    with pytest.raises(RefusedURLError):
        fetcher.fetch((assets / "link.ttf").as_uri())


class SpyFetcher(AssetURLFetcher):
    """Records every URL WeasyPrint asks for, and which ones were served."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []
        self.served: list[str] = []

    def fetch(self, url: str, headers: object = None) -> object:
        self.requested.append(url)
        response = super().fetch(url, headers)
        self.served.append(url)
        return response


def _render_in_process(html: str, spy: SpyFetcher) -> bytes:
    from weasyprint.text.fonts import FontConfiguration

    # A fresh FontConfiguration so that the fonts are fetched (and seen) too.
    return html_to_pdf(html, max_pages=4, url_fetcher=spy, font_config=FontConfiguration()).pdf


def _hostile_html(server: str) -> str:
    return f"""<!doctype html><html><head>
<link rel="stylesheet" href="{server}/evil.css">
<link rel="attachment" href="file:///etc/passwd" title="passwd">
<link rel="attachment" href="{server}/attached.txt">
<style>
@import url("{server}/import.css");
@import url("file:///etc/passwd");
@font-face {{ font-family: X; src: url("file:///dev/urandom"); }}
@font-face {{ font-family: Y; src: url("../../../../../../etc/passwd"); }}
@font-face {{ font-family: Z; src: url("DejaVuSans.ttf"); }}
body {{ font-family: Z; background: url("http://169.254.169.254/latest/meta-data/"); }}
p {{ background-image: url("http://[::1]/x.png"); }}
</style></head><body>
<p>Visible text</p>
<img src="file:///etc/passwd" alt="">
<img src="{server}/pixel.png" alt="">
<img src="gopher://127.0.0.1:70/1" alt="">
<img src="ftp://127.0.0.1/x.png" alt="">
<a rel="attachment" href="file:///etc/hostname">attach</a>
<object data="file:///etc/passwd"></object>
<embed src="file:///etc/passwd">
<iframe src="file:///etc/passwd"></iframe>
<svg><image href="file:///etc/passwd"/></svg>
</body></html>"""


def test_spy_sees_hostile_references_refused_and_only_the_font_served(local_server: str) -> None:
    spy = SpyFetcher()
    content = _render_in_process(_hostile_html(local_server), spy)

    assert spy.served == [ASSETS_DIR.joinpath("DejaVuSans.ttf").as_uri()]
    requested = "\n".join(spy.requested)
    for reference in ("file:///etc/passwd", "file:///dev/urandom", "169.254.169.254", "[::1]"):
        assert reference in requested  # WeasyPrint asked, and was refused
    assert local_server in requested
    assert _CountingHandler.hits == []  # nothing ever reached the network

    reader = PdfReader(io.BytesIO(content))
    assert reader.attachments == {}
    root: Any = reader.trailer["/Root"]
    assert "/EmbeddedFiles" not in str(root.get("/Names", {}))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Visible text" in text
    assert "root:" not in text
    assert b"root:x:0:0" not in content


def test_a_real_document_only_loads_the_bundled_fonts(local_server: str) -> None:
    payload = f'<link rel="attachment" href="file:///etc/passwd"><img src="{local_server}/x">'
    message = ComposedMessage(
        language="en",
        channel="phone",
        body=f"Hello {payload}",
        points=(payload,),
        replies=(Reply(reaction="why", text=payload),),
        call_time=payload,
        reminders=(payload,),
    )
    document = pdf.document_for(
        message,
        subject=payload,
        body=f"Hello {payload}",
        sender_name="Sam",
        sender_contact=payload[:150],
        company="ACME",
        position="Engineer",
    )
    spy = SpyFetcher()
    content = _render_in_process(pdf.render_html(document), spy)

    assert spy.requested, "the bundled fonts are fetched"
    assert spy.requested == spy.served
    assert all(Path(url.removeprefix("file://")).parent == ASSETS_DIR for url in spy.served)
    assert _CountingHandler.hits == []
    reader = PdfReader(io.BytesIO(content))
    assert reader.attachments == {}
    assert 'href="file:///etc/passwd"' in "".join(p.extract_text() for p in reader.pages)
