"""Health probes for the containers (Dockerfile HEALTHCHECK, docker-compose.yml).

Both answer plain text over plain HTTP, touch neither the session nor the
user (no cookie is set, nothing is read from the session table), and are
exempt from the HTTPS redirect (SECURE_REDIRECT_EXEMPT): a probe comes from
inside the container, not through the TLS proxy.

- `/healthz`, liveness: the process answers. No database, so a database
  outage never makes an orchestrator restart healthy web processes.
- `/readyz`, readiness: the database answers a `SELECT 1` too. 503 with a
  short text when it does not, within DATABASE_TIMEOUT (the connection and
  statement timeouts of decliner/settings.py), never a 500.
"""

from __future__ import annotations

import logging

from django.db import Error as DatabaseError
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

# As the app's own 503 page says: worth another try in half a minute.
RETRY_AFTER_SECONDS = 30


def _text(body: str, status: int = 200) -> HttpResponse:
    return HttpResponse(body, status=status, content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """The process is up and answers."""
    return _text("ok\n")


@never_cache
@require_safe
def readyz(request: HttpRequest) -> HttpResponse:
    """The database answers too."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as exc:
        # Every driver error (refused, timed out, bad credentials, dropped
        # connection) is Django's db.Error; anything else is a real bug.
        logger.warning("readyz: database unavailable: %s", exc)
        response = _text("database unavailable\n", status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return _text("ok\n")
