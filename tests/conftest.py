"""Fixtures shared by the whole suite."""

from __future__ import annotations

import pytest

from tests.clients import FormClient

# Personas (alice, bob) and factories, for every test module.
pytest_plugins = ["tests.factories"]


@pytest.fixture
def seeded(db):
    """The seed content (scenarios, reasons, blocks), present even after a
    transactional test flushed the tables the data migration had filled."""
    from messages_app.content import ensure_content

    ensure_content()


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
