"""The deny-by-default URL fetcher of the PDFs: the bundled fonts and `data:`
URIs, nothing else.

Imported by the render worker only: importing WeasyPrint takes half a second,
which the web processes never pay.
"""

from __future__ import annotations

import logging
import mimetypes
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

from messages_app.pdf.assets import ASSETS_DIR

logger = logging.getLogger(__name__)


class RefusedURLError(ValueError):
    """A URL the PDF is not allowed to load."""


class AssetURLFetcher(URLFetcher):
    """Serves the bundled PDF assets and `data:` URIs; refuses everything
    else (other files, devices, every network scheme). Redirects off.

    `replacements` maps asset paths (resolved) to the bytes to serve in
    their place: the render worker serves trimmed copies of the fonts.
    A replaced path goes through the same checks as any other.
    """

    def __init__(
        self,
        allowed_dir: str | os.PathLike[str] = ASSETS_DIR,
        *,
        replacements: Mapping[Path, bytes] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("allow_redirects", False)
        kwargs.setdefault("allowed_protocols", ("file", "data"))
        kwargs.setdefault("timeout", 2)
        super().__init__(**kwargs)
        self.allowed_dir = Path(allowed_dir).resolve(strict=True)
        self.replacements = dict(replacements or {})

    def fetch(self, url: str, headers: Any = None) -> Any:
        try:
            return self.fetch_allowed(url, headers)
        except RefusedURLError:
            logger.warning("PDF asset refused: %.200s", url)
            raise

    def fetch_allowed(self, url: str, headers: Any = None) -> Any:
        """The response for `url`, or `RefusedURLError` (not logged)."""
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            return super().fetch(url, headers)
        if scheme != "file":
            raise RefusedURLError(f"scheme not allowed: {url[:200]}")
        return self.asset_response(url)

    def asset_response(self, url: str) -> URLFetcherResponse:
        """The asset a `file:` URL names, if it is one of the allowed files."""
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise RefusedURLError(f"remote file URL: {url[:200]}")
        raw_path = url2pathname(unquote(parts.path))
        try:
            path = Path(raw_path).resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise RefusedURLError(f"no such asset: {url[:200]}") from exc
        if not path.is_relative_to(self.allowed_dir) or not path.is_file():
            raise RefusedURLError(f"outside the PDF assets: {url[:200]}")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        body = self.replacements.get(path)
        if body is None:
            body = path.read_bytes()
        return URLFetcherResponse(
            url=path.as_uri(), body=body, headers={"Content-Type": content_type}
        )
