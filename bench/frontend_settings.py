"""Settings for bench/frontend.py: the bench settings, with static files
served as in production (whitenoise, hashed names cached for a year, gzip and
Brotli copies made by `collectstatic`) from a throwaway STATIC_ROOT."""

from __future__ import annotations

import os
from pathlib import Path

from whitenoise.compress import Compressor  # type: ignore[import-untyped]

from bench.settings import *  # noqa: F403
from bench.settings import BASE_DIR, STORAGES

STATIC_ROOT = Path(os.environ.get("DECLINER_BENCH_STATIC_ROOT", BASE_DIR / "var" / "bench-static"))
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
# Source maps are never fetched by a visitor: not worth compressing here.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]
