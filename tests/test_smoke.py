from __future__ import annotations

import pytest


@pytest.mark.django_db
def test_home_page_renders_in_french_by_default(client):
    response = client.get("/")
    assert response.status_code == 200
    assert '<html lang="fr">' in response.text
