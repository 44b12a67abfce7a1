"""Where the files a PDF is made with live."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent.parent

#: The only files a PDF may load: the fonts bundled with the project.
ASSETS_DIR: Path = _ROOT / "static" / "fonts"
#: Relative URLs in the PDF templates resolve against this directory.
BASE_URL: str = ASSETS_DIR.as_uri() + "/"
#: The stylesheet every PDF template includes.
SHARED_CSS_PATH: Path = _ROOT / "templates" / "messages_app" / "pdf" / "_pdf.css"
