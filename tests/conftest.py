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
