"""Message blocks edited in the admin: broken placeholders never reach a message."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from messages_app.models import Block


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw-12345678")
    client.force_login(admin)
    return client


def block_form(text: str) -> dict:
    return {"kind": "closing", "language": "en", "channel": "sms", "tone": "warm", "text": text}


def test_admin_refuses_a_block_with_an_unknown_placeholder(admin_client, seeded):
    before = Block.objects.count()
    response = admin_client.post(
        reverse("admin:messages_app_block_add"),
        block_form("Thanks, {company}! My salary was {salary}."),
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200  # the form again, with the error
    assert "Unknown placeholder(s): {salary}" in response.text
    assert Block.objects.count() == before


def test_admin_refuses_a_second_block_for_the_same_combination(admin_client, seeded):
    existing = Block.objects.filter(scenario="", reason="").first()
    response = admin_client.post(
        reverse("admin:messages_app_block_add"),
        {
            "kind": existing.kind,
            "language": existing.language,
            "channel": existing.channel,
            "tone": existing.tone,
            "text": "Another wording",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "A block already exists" in response.text
    assert not Block.objects.filter(text="Another wording").exists()


def test_admin_saves_a_block_using_only_known_placeholders(admin_client, seeded):
    combination = {"kind": "closing", "language": "en", "channel": "sms", "tone": "warm"}
    assert not Block.objects.filter(**combination, scenario="personal").exists()
    response = admin_client.post(
        reverse("admin:messages_app_block_add"),
        {**block_form("Thanks again, {contact_name}. {sender_name}"), "scenario": "personal"},
    )
    assert response.status_code == 302
    assert Block.objects.filter(text="Thanks again, {contact_name}. {sender_name}").exists()


@pytest.mark.parametrize("text", ["Hello {Company}", "Hello {company", "Hello }", "{ company }"])
def test_saving_a_block_outside_the_admin_refuses_broken_placeholders(db, text):
    with pytest.raises(ValidationError):
        Block(kind="closing", language="en", text=text).save()
    assert not Block.objects.filter(text=text).exists()
