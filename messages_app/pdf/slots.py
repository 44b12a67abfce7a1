"""The server's render slots: at most `settings.PDF_RENDER_SLOTS` renders at
once across all the web processes of a server.

Fewer slots than web workers, so PDF requests never hold them all. A request
that finds no free slot within `SLOT_WAIT` gets `PdfBusyError`.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings

from messages_app.pdf.errors import PdfBusyError

#: How long a request waits for a free render slot before it is told that the
#: PDF service is busy. Its web worker waits too, and so do the pages queued
#: behind it: under a flood from many addresses (bench/pdf_flood.py --spread,
#: 2 connections) the other visitors' page p99 was this wait + ~90 ms (1 s:
#: 748 ms; 0.25 s: 336 ms; 0.1 s: 190–200 ms). A normal render takes 40–180
#: ms, so a request still waits out one render in progress.
SLOT_WAIT = 0.1
SLOT_POLL_INTERVAL = 0.02


def slot_directory() -> Path:
    """Where the slot lock files live: `settings.PDF_RENDER_SLOT_DIR` if set;
    otherwise a directory in var/ (local to the server, writable in the
    Docker image) named after the database. The web processes of one server
    share it; a test run or a benchmark, each with its own database, gets its
    own and never waits for the server's renders (nor makes it wait)."""
    configured = getattr(settings, "PDF_RENDER_SLOT_DIR", None)
    if configured:
        return Path(configured)
    database = settings.DATABASES["default"]
    identity = "|".join(str(database.get(key, "")) for key in ("NAME", "HOST", "PORT"))
    digest = hashlib.sha256(identity.encode()).hexdigest()[:12]
    return Path(getattr(settings, "VAR_DIR", tempfile.gettempdir())) / f"pdf-slots-{digest}"


def _take_free_slot(paths: list[Path]) -> int | None:
    """An open, exclusively locked slot file, or None if every slot is taken."""
    for path in paths:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)
            continue
        return descriptor
    return None


@contextlib.contextmanager
def render_slot(*, wait: float = SLOT_WAIT) -> Iterator[None]:
    """Hold one of the server's `settings.PDF_RENDER_SLOTS` render slots (1
    unless set) for the duration of the block, or raise `PdfBusyError` when
    none frees up within `wait` seconds.

    Each web process renders in its own render process; the slots cap how
    many renders run at once across all web processes of the server. With
    fewer slots than web workers, PDF requests can never hold every worker:
    the others keep serving pages. A slot is an exclusive `flock()` on a
    small file in `slot_directory()`: shared by every process on the
    machine, released by the kernel if its holder dies.
    """
    slots = max(1, int(getattr(settings, "PDF_RENDER_SLOTS", 1)))
    directory = slot_directory()
    directory.mkdir(parents=True, exist_ok=True)
    paths = [directory / f"pdf-render-slot-{number}.lock" for number in range(slots)]
    deadline = time.monotonic() + wait
    while (descriptor := _take_free_slot(paths)) is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise PdfBusyError(f"no render slot free within {wait:.2f} s")
        time.sleep(min(SLOT_POLL_INTERVAL, remaining))
    try:
        yield
    finally:
        os.close(descriptor)  # releases the lock
