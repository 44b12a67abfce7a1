"""The test client as a browser sends forms."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from django.test import Client

FORM_CONTENT = "application/x-www-form-urlencoded"


class FormClient(Client):
    """Posts a dict as `application/x-www-form-urlencoded`, as a browser sends
    a form without files (Django's client sends multipart by default, which
    Decliner refuses: it has no uploads). Lists give repeated fields."""

    def post(  # type: ignore[override]
        self, path: str, data: Any = None, content_type: str = FORM_CONTENT, **extra: Any
    ) -> Any:
        if content_type == FORM_CONTENT and (data is None or isinstance(data, Mapping)):
            data = urlencode(data or {}, doseq=True)
        return super().post(path, data, content_type=content_type, **extra)
