"""Request filters that run before any view reads the body."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from messages_app.errors import bad_request


class RefuseUploadsMiddleware:
    """Decliner has no uploads: a multipart body is refused with a 400 before
    anything parses it (parsing would spool every file to disk, and
    DATA_UPLOAD_MAX_MEMORY_SIZE does not count files)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (request.content_type or "").startswith("multipart/"):
            return bad_request(request)
        return self.get_response(request)
