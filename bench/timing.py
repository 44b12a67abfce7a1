"""Bench-only middleware: how long the server spent on a request.

Outermost in `bench.settings`, it adds a `Server-Timing: app;dur=<ms>` header
(wall time from the first middleware in to the response out, in the worker),
so that a benchmark can tell what a request costs the server from the time it
waited in the queue under load. Never in production settings.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse


class ServerTimingMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.2f}"
        return response
