"""Factories and personas: alice owns drafts, bob is a stranger to them.

Registered for the whole suite by `pytest_plugins` in tests/conftest.py.
"""

from __future__ import annotations

import functools
import uuid
from datetime import timedelta
from typing import Any

import factory
import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from messages_app.choices import Channel, Language
from messages_app.models import Draft, DraftStatus

PASSWORD = "correct-horse-battery-staple-42"


@functools.cache
def _password_hash() -> str:
    # Hashing is deliberately slow; every persona shares one hash of PASSWORD.
    return make_password(PASSWORD)


def wizard_answers(**overrides: Any) -> dict[str, Any]:
    """A complete set of wizard answers, as `get_wizard_answers` returns them."""
    answers: dict[str, Any] = {
        "company": "Acme Robotics",
        "position": "Backend developer",
        "contact_name": "Claire Martin",
        "invitation_channel": Channel.EMAIL,
        "stage": "invitation",
        "interview_date": None,
        "rapport": "some",
        "message_language": Language.ENGLISH,
        "sender_name": "Alice Durand",
        "sender_contact": "alice@example.org",
        "reasons": ["another_offer"],
        "notes": "",
        # Sure: the facts/feeling and research checks are not asked.
        "basis": "",
        "researched": "",
        "certainty": "sure",
        "channel": Channel.EMAIL,
        "reason_detail": "general",
        "custom_reason": "",
        "include_apology": False,
        "include_door_open": True,
        "include_stay_in_touch": False,
        "stay_in_touch_link": "",
        "include_feedback": False,
        "feedback": "",
        "tone": "formal",
        "length": "standard",
        "subject": "",
    }
    answers.update(overrides)
    return answers


def post_wizard_step(client: Any, step: str, answers: dict[str, Any]) -> Any:
    """Submit one wizard step with `answers`, as the browser would."""
    from messages_app import wizard

    data: dict[str, Any] = dict(wizard.STEPS_BY_NAME[step].raw_for(answers))
    data[f"{wizard.PREFIX}-current_step"] = step
    return client.post(wizard.step_url(step), data)


def save_fields(preview: Any) -> dict[str, str]:
    """The hidden fields the preview's save form sends, read from the page as a
    browser would: the submission id and the draft and version it was
    rendered for (empty for a new message)."""
    import re

    return {
        name: value
        for name in ("submission_id", "draft_id", "version")
        for value in re.findall(
            rf'<input type="hidden" name="{name}" value="([^"]*)">', preview.text
        )
    }


def walk_wizard(client: Any, answers: dict[str, Any] | None = None) -> Any:
    """Answer steps 1-4 and open the preview; returns the preview response.
    Needs the seed content (the `seeded` fixture)."""
    from messages_app import wizard

    answers = answers or wizard_answers()
    for step in wizard.ANSWER_STEPS:
        response = post_wizard_step(client, step, answers)
        assert response.status_code == 302, (step, response.status_code)
    preview = client.get(wizard.step_url(wizard.STEP_PREVIEW))
    assert preview.status_code == 200
    return preview


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.LazyFunction(_password_hash)

    @factory.post_generation
    def email_address(self, create: bool, extracted: Any, **kwargs: Any) -> None:
        # allauth logs people in by their EmailAddress row.
        if create:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"primary": True, "verified": True}
            )


class DraftFactory(factory.django.DjangoModelFactory[Draft]):
    class Meta:
        model = Draft

    owner = factory.SubFactory(UserFactory)
    answers = factory.LazyAttribute(
        lambda d: wizard_answers(company=d.company, position=d.position, channel=d.channel)
    )
    channel = Channel.EMAIL
    language = Language.ENGLISH
    company = factory.Sequence(lambda n: f"Company {n}")
    position = "Data analyst"
    subject = factory.LazyAttribute(lambda d: f"Interview for {d.position}")
    body = factory.LazyAttribute(
        lambda d: (
            f"Dear Ms Martin,\n\nThank you for inviting me. I will not pursue "
            f"the {d.position} role at {d.company}.\n\nBest regards,\nAlice"
        )
    )
    submission_id = factory.LazyFunction(uuid.uuid4)


def bulk_drafts(owner: Any, count: int, **fields: Any) -> None:
    """Many drafts in one INSERT, each a minute older than the previous one."""
    now = timezone.now()
    Draft.objects.bulk_create(
        Draft(
            owner=owner,
            answers={"company": f"Company {i}"},
            channel=fields.get("channel", "email"),
            language="en",
            company=fields.get("company", f"Company {i}"),
            position=fields.get("position", "Analyst"),
            subject="Subject",
            body="Body",
            status=fields.get("status", DraftStatus.DRAFT),
            created_at=now - timedelta(minutes=i),
            updated_at=now - timedelta(minutes=i),
            submission_id=uuid.uuid4(),
        )
        for i in range(count)
    )


@pytest.fixture
def alice(db: Any) -> Any:
    return UserFactory(username="alice", email="alice@example.org")


@pytest.fixture
def bob(db: Any) -> Any:
    return UserFactory(username="bob", email="bob@example.org")


@pytest.fixture
def alice_draft(alice: Any) -> Draft:
    return DraftFactory.create(owner=alice, company="Acme Robotics", position="Backend developer")


@pytest.fixture
def english_client(client: Any) -> Any:
    """A browser asking for English pages (French is the default interface)."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def alice_client(english_client: Any, alice: Any) -> Any:
    english_client.force_login(alice)
    return english_client


@pytest.fixture
def bob_client(english_client: Any, bob: Any) -> Any:
    english_client.force_login(bob)
    return english_client
