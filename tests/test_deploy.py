"""The production profile (DJANGO_ENV=production) as a server would start it."""

from __future__ import annotations

import secrets
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.processes import server_environment

BASE_DIR = Path(__file__).resolve().parent.parent

# Every test starts manage.py in a process of its own.
pytestmark = pytest.mark.slow


def manage(*args: str, **overrides: str) -> subprocess.CompletedProcess:
    """Runs manage.py in its own process with the production environment."""
    env = server_environment(**{"DJANGO_ENV": "production", **overrides})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist():
    result = manage(
        "check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=secrets.token_urlsafe(64)
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize(
    "secret_key",
    ["", "too-short-to-be-a-real-key", "a" * 50, "abab" * 20, "django-insecure-" + "x1y2z3" * 10],
    ids=["missing", "short", "one-letter", "four-letters", "django-insecure"],
)
def test_production_refuses_to_start_without_a_strong_secret_key(secret_key):
    result = manage("check", SECRET_KEY=secret_key)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY must be set (50+ characters) in production" in result.stderr


@pytest.mark.parametrize("profile", ["prod", "Production", "staging", ""])
def test_an_unknown_profile_name_stops_the_start(profile):
    result = manage("check", DJANGO_ENV=profile, SECRET_KEY=secrets.token_urlsafe(64))

    assert result.returncode != 0
    assert "DJANGO_ENV must be one of development, production" in result.stderr


def test_production_never_runs_with_debug_on():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print('DEBUG', settings.DEBUG)",
        DEBUG="true",
        SECRET_KEY=secrets.token_urlsafe(64),
    )

    assert result.returncode == 0, result.stderr
    assert "DEBUG False" in result.stdout


def _descendants(root: int) -> list[int]:
    """The processes started by `root`, and by those, and so on (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def _cmdline(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def test_gunicorn_workers_start_their_pdf_render_process_before_any_request():
    """The image's gunicorn config warms each worker up (post_worker_init):
    the render process exists before the first PDF is asked for."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "decliner.wsgi"]
        + ["--config", "python:decliner.gunicorn_config", "--workers", "1", "--preload"]
        + ["--bind", f"127.0.0.1:{port}", "--log-level", "warning"],
        cwd=BASE_DIR,
        env=server_environment(),
    )
    try:
        deadline = time.monotonic() + 60
        render_processes: list[int] = []
        while not render_processes and time.monotonic() < deadline:
            time.sleep(0.2)
            render_processes = [
                pid for pid in _descendants(server.pid) if "spawn_main" in _cmdline(pid)
            ]
        assert render_processes, "no render process started with the gunicorn worker"
    finally:
        server.terminate()
        server.wait(timeout=30)
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in render_processes):
        assert time.monotonic() < deadline, "the render process outlived its gunicorn worker"
        time.sleep(0.2)
