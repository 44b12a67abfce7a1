"""Fixtures shared by the whole suite."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from tests.clients import FormClient

# Personas (alice, bob) and factories, for every test module.
pytest_plugins = ["tests.factories"]


def pytest_configure(config: pytest.Config) -> None:
    """Fast password hashing for the whole run (live servers included): the
    real hasher is slow on purpose, and no test is about its cost. Servers
    the tests start in processes of their own keep the real one."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def seeded(db):
    """The shipped content (message blocks and guide pages), present even
    after a transactional test flushed the tables the data migrations had filled."""
    from guide.loading import load_guide
    from messages_app.content import ensure_content

    ensure_content()
    load_guide()


@pytest.fixture
def catalog(seeded):
    from messages_app.models import Block

    return Block.objects.catalog()


@pytest.fixture
def client() -> FormClient:
    """pytest-django's client, posting forms as a browser does."""
    return FormClient()


@pytest.fixture(autouse=True)
def own_pdf_render_slots(settings, tmp_path_factory):
    """Each test its own PDF render slot (messages_app.pdf.render_slot), so a
    render in another test run on this machine never makes it "busy"."""
    settings.PDF_RENDER_SLOT_DIR = str(tmp_path_factory.mktemp("pdf-slots"))


@pytest.fixture
def silent_database() -> Iterator[str]:
    """A PostgreSQL address that accepts connections and never answers, as a
    hung database server does."""
    listener = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    port = listener.getsockname()[1]
    yield f"postgres://decliner:secret@127.0.0.1:{port}/decliner"
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    listener.close()
