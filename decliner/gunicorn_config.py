"""gunicorn's server hooks for Decliner (`--config python:decliner.gunicorn_config`).

The command line (Dockerfile) keeps the worker settings; this module holds
what only Python can say.
"""

from __future__ import annotations

from typing import Any


def post_worker_init(worker: Any) -> None:
    """Each web worker starts its PDF render process as soon as it is up
    (after the fork: a render process belongs to one web process), so the
    first PDF request does not wait for WeasyPrint's import and the fonts."""
    from messages_app import pdf

    pdf.warm_up_worker()
