"""Settings for benchmarks only: the app's settings plus the anchor URLs.

Never used in production: `bench.urls` adds anchor views (a bare "hello" and
a bare 8-field crispy form) served by the same server in the same run.
"""

from __future__ import annotations

from decliner.settings import *  # noqa: F403
from decliner.settings import BASE_DIR, MIDDLEWARE, TEMPLATES

DEBUG = False
ROOT_URLCONF = "bench.urls"
# What each request costs the server, apart from its wait in the queue.
MIDDLEWARE = ["bench.timing.ServerTimingMiddleware", *MIDDLEWARE]
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]
LOGGING = {"version": 1, "disable_existing_loggers": False}
