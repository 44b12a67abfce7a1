"""The render worker: one WeasyPrint process per web process, run by pebble.

`pebble.ProcessPool(max_workers=1)` owns the process: it starts it ("spawn":
safe with threads and database connections), kills a render that overruns
its timeout and starts a fresh process in its place. `_start_render_process`
(pebble's initializer) caps the process's memory, imports WeasyPrint, builds
the one `FontConfiguration` it keeps for its whole life (a reused
configuration keeps memory flat and saves ~15 % a render) and lays out a
small document, so the fonts are loaded before the first request.

Like every spawned process, the render process re-imports the main script: a
script that renders PDFs needs the usual `if __name__ == "__main__":` guard
(manage.py, gunicorn and pytest have it). The render process never touches
Django's settings or the database.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pebble import ProcessExpired, ProcessPool

from messages_app.pdf.assets import ASSETS_DIR
from messages_app.pdf.document import RenderResult
from messages_app.pdf.errors import (
    PdfError,
    PdfTimeoutError,
    PdfTooManyPagesError,
    too_many_pages_message,
)

if TYPE_CHECKING:
    from weasyprint.text.fonts import FontConfiguration

    from messages_app.pdf.fetcher import AssetURLFetcher

logger = logging.getLogger(__name__)

#: How long a fresh render process may take to import WeasyPrint and load the fonts.
WORKER_START_TIMEOUT = 60.0
#: Address space of the render process (it needs ~250 MB).
WORKER_MEMORY_LIMIT = 1024 * 1024 * 1024
#: The render process is replaced after this many jobs (renders and the
#: readiness checks before them): memory back to where it started, whatever
#: a font or text library might leak, for one background start (~1.5 s) per
#: ~500 PDFs.
MAX_TASKS = 1000

# --- in the render process ------------------------------------------------------


@dataclass(frozen=True)
class _Renderer:
    """What the render process keeps between renders."""

    fetcher: AssetURLFetcher
    font_config: FontConfiguration
    base_url: str


_renderer: _Renderer | None = None


def _limit_memory() -> None:
    """Cap the address space: a runaway render fails with MemoryError (a
    clear error for the user) instead of starving the web server."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (WORKER_MEMORY_LIMIT, WORKER_MEMORY_LIMIT))
    except (ImportError, ValueError, OSError):  # not on this platform
        pass


def _start_render_process(assets_dir: str, scratch_dir: str) -> None:
    """Pebble's initializer, run once in each new render process.

    WeasyPrint's temporary files go to a directory of this process's own in
    `scratch_dir`, which the web process removes once this process is gone
    (even when it had to be killed). The trimmed fonts are made by the first
    render process and kept in `scratch_dir` for the ones after it.
    """
    global _renderer
    own_dir = Path(scratch_dir) / str(os.getpid())
    own_dir.mkdir(exist_ok=True)
    tempfile.tempdir = str(own_dir)
    _limit_memory()
    from weasyprint.text.fonts import FontConfiguration

    from messages_app.pdf.fetcher import AssetURLFetcher
    from messages_app.pdf.fonts import trimmed_fonts_kept
    from messages_app.pdf.render import html_to_pdf, warm_up_html

    fonts = trimmed_fonts_kept(Path(scratch_dir) / "fonts", assets_dir)
    renderer = _Renderer(
        fetcher=AssetURLFetcher(assets_dir, replacements=fonts),
        font_config=FontConfiguration(),
        base_url=Path(assets_dir).resolve().as_uri() + "/",
    )
    html_to_pdf(
        warm_up_html(), max_pages=2, url_fetcher=renderer.fetcher, font_config=renderer.font_config
    )
    _renderer = renderer


def _render_job(html: str, max_pages: int, fit_one_page: bool) -> RenderResult:
    """One render, in the render process: a `RenderResult`, or a `PdfError`
    (every other exception is turned into one, so that it pickles)."""
    from messages_app.pdf.render import html_to_pdf

    assert _renderer is not None, "started by _start_render_process"
    try:
        return html_to_pdf(
            html,
            max_pages=max_pages,
            url_fetcher=_renderer.fetcher,
            font_config=_renderer.font_config,
            base_url=_renderer.base_url,
            fit_one_page=fit_one_page,
        )
    except PdfError:
        raise
    except Exception as exc:
        raise PdfError(f"{type(exc).__name__}: {exc}") from None


def _process_id() -> int:
    """This render process's id (it answers: it is ready)."""
    return os.getpid()


def _rss_kib() -> int:
    """Resident memory of this process, from /proc (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


# --- in the web process ---------------------------------------------------------


class RenderWorker:
    """The render process of this web process, started on first use.

    A web process that was forked from one holding a render worker (e.g. a
    gunicorn worker) starts its own: the parent's belongs to the parent.
    """

    def __init__(self, assets_dir: Path = ASSETS_DIR) -> None:
        self.assets_dir = assets_dir
        self._lock = threading.Lock()
        self._pool: ProcessPool | None = None
        self._scratch_dir: Path | None = None
        self._owner_pid = 0
        atexit.register(self.stop)

    @property
    def started(self) -> bool:
        """Whether this web process has started its render process."""
        return self._pool is not None and self._owner_pid == os.getpid()

    def start(self) -> None:
        """Start the render process if needed, without waiting for it."""
        self._current_pool()

    def stop(self) -> None:
        """Stop the render process and remove its temporary files."""
        with self._lock:
            self._discard()

    def wait_until_ready(self) -> int:
        """Start the render process if needed and wait until it can render
        (at most `WORKER_START_TIMEOUT`); its process id, or `PdfError`."""
        future = self._schedule(_process_id, ())
        try:
            pid: int = self._result(future, wait=WORKER_START_TIMEOUT)
            return pid
        except TimeoutError as exc:
            self.stop()
            raise PdfError("render worker did not start in time") from exc

    def render(
        self, html: str, *, timeout: float, max_pages: int, fit_one_page: bool = False
    ) -> RenderResult:
        """A `RenderResult` for `html`, or a `PdfError` within `timeout`
        seconds: a render still running then is killed (`PdfTimeoutError`)
        and pebble starts a fresh render process in its place."""
        future = self._schedule(_render_job, (html, max_pages, fit_one_page), timeout=timeout)
        try:
            result: RenderResult = self._result(future, wait=timeout)
            return result
        except TimeoutError as exc:
            # Pebble's own timeout counts from the start of the render in the
            # process; this one from the request, and is exact to the
            # millisecond. Cancelling a running job makes pebble stop its process.
            future.cancel()
            self._remove_dead_scratch()
            raise PdfTimeoutError(f"render stopped after {timeout:.3f} s") from exc
        except PdfTooManyPagesError as exc:
            message = too_many_pages_message(max_pages)
            raise PdfTooManyPagesError(str(exc), user_message=message) from None

    def rss_kib(self) -> int:
        """Resident memory of the render process (KiB), for the benchmark."""
        kib: int = self._result(self._schedule(_rss_kib, ()), wait=WORKER_START_TIMEOUT)
        return kib

    def _schedule(
        self, function: Callable[..., Any], args: tuple[Any, ...], *, timeout: float | None = None
    ) -> Future[Any]:
        try:
            return self._current_pool().schedule(function, args=args, timeout=timeout)
        except RuntimeError as exc:  # the pool broke meanwhile: the next call makes another
            raise PdfError(f"render worker unavailable: {exc}") from exc

    def _result(self, future: Future[Any], *, wait: float) -> Any:
        """The job's result, its `PdfError`, or `TimeoutError` after `wait` s."""
        try:
            return future.result(timeout=wait)
        except (ProcessExpired, BrokenProcessPool) as exc:
            self._remove_dead_scratch()
            raise PdfError(f"render worker died: {exc}") from exc

    def _current_pool(self) -> ProcessPool:
        with self._lock:
            if self._owner_pid != os.getpid():  # inherited through a fork
                self._pool, self._scratch_dir = None, None
            if self._pool is None or not self._pool.active:  # not started, or broken
                self._discard()
                self._scratch_dir = Path(tempfile.mkdtemp(prefix="decliner-pdf-"))
                self._pool = ProcessPool(
                    max_workers=1,
                    max_tasks=MAX_TASKS,
                    initializer=_start_render_process,
                    initargs=(str(self.assets_dir), str(self._scratch_dir)),
                    context=multiprocessing.get_context("spawn"),
                )
                self._owner_pid = os.getpid()
                if not self._pool.active:  # starts the render process
                    raise PdfError("render worker could not start")
            return self._pool

    def _discard(self) -> None:
        pool, scratch_dir = self._pool, self._scratch_dir
        self._pool, self._scratch_dir = None, None
        if self._owner_pid != os.getpid():
            return
        if pool is not None:
            pool.stop()
            pool.join(timeout=5)
        if scratch_dir is not None:
            shutil.rmtree(scratch_dir, ignore_errors=True)

    def _remove_dead_scratch(self) -> None:
        """Remove the temporary files of render processes that are gone."""
        scratch_dir = self._scratch_dir
        try:
            entries = list(scratch_dir.iterdir()) if scratch_dir else []
        except OSError:  # removed meanwhile: nothing left to do
            entries = []
        for entry in entries:
            if entry.name.isdigit() and not _alive(int(entry.name)):
                shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


#: The render process of this web process.
render_worker = RenderWorker()


def warm_up_worker() -> None:
    """Start this process's render worker in the background, without waiting,
    so the first PDF request does not pay for WeasyPrint's import and the
    fonts. Called when a gunicorn worker starts (decliner/gunicorn_config.py);
    never before a fork, since the render process belongs to its web process.
    """
    try:
        render_worker.start()
    except Exception:  # the PDF request itself will try again and report it
        logger.exception("Could not start the PDF render worker")
