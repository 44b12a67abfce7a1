"""The bundled fonts, trimmed to the characters the PDFs print (made in the
render worker, once per web process)."""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path

from messages_app.pdf.assets import ASSETS_DIR

logger = logging.getLogger(__name__)

#: The characters the PDF fonts keep (see `trimmed_fonts`): Latin for every
#: language written in it (Vietnamese included), Greek, Cyrillic, spaces and
#: punctuation (the zero-width space cutting long runs too), currency signs,
#: letter-like signs, arrows, maths, shapes, symbols and dingbats (☐ ✓ ★), the
#: Latin ligatures. Other characters fall back to the system's fonts, as the
#: ones DejaVu lacks (Chinese, say) always did.
FONT_UNICODE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x02B0, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x04FF),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20A0, 0x20CF),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2200, 0x22FF),
    (0x25A0, 0x25FF),
    (0x2600, 0x27BF),
    (0xFB00, 0xFB06),
    (0xFFFD, 0xFFFD),
)


def trimmed_fonts(assets_dir: str | os.PathLike[str] = ASSETS_DIR) -> dict[Path, bytes]:
    """The bundled TrueType fonts cut down to `FONT_UNICODE_RANGES`, by path.

    WeasyPrint copies and subsets every face it embeds, on every render, in
    a time that follows the size of the font file: DejaVu Sans is 740 KB, its
    trimmed copy ~250 KB, and a call script renders ~3 ms (6 %) faster with
    the same pages, pixel for pixel. Hinting goes (WeasyPrint leaves it out
    of the PDF anyway); every OpenType feature stays. Takes ~1 s of CPU, once
    per render process (a restarted process gets the copies it is handed).
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont

    root = Path(assets_dir).resolve(strict=True)
    unicodes = [code for first, last in FONT_UNICODE_RANGES for code in range(first, last + 1)]
    trimmed: dict[Path, bytes] = {}
    for candidate in sorted(root.glob("*.ttf")):
        path = candidate.resolve()
        if not path.is_relative_to(root) or not path.is_file():
            continue
        options = subset.Options()
        options.layout_features = ["*"]
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.drop_tables = [*options.drop_tables, "FFTM"]  # FontForge's timestamp
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes)
        with TTFont(path) as font:
            subsetter.subset(font)
            output = io.BytesIO()
            font.save(output)
        trimmed[path] = output.getvalue()
    return trimmed


def trimmed_fonts_kept(
    directory: Path, assets_dir: str | os.PathLike[str] = ASSETS_DIR
) -> dict[Path, bytes]:
    """`trimmed_fonts()`, made once and kept in `directory` for the render
    processes that come after (a worker that was killed, say).

    Falls back to the whole fonts (an empty mapping) if trimming fails:
    they print the same, a little slower.
    """
    root = Path(assets_dir).resolve(strict=True)
    kept = (
        {root / path.name: path for path in directory.glob("*.ttf")} if directory.is_dir() else {}
    )
    if kept:
        return {source: copy.read_bytes() for source, copy in kept.items()}
    try:
        trimmed = trimmed_fonts(root)
    except Exception:
        logger.exception("Could not trim the PDF fonts; using them whole")
        return {}
    directory.mkdir(parents=True, exist_ok=True)
    for source, data in trimmed.items():
        partial = directory / f"{source.name}.partial"
        partial.write_bytes(data)
        partial.replace(directory / source.name)  # whole or absent, never half written
    return trimmed
