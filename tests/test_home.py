"""The home page: a sample message per channel, switchable without
JavaScript, the time it takes, a true privacy promise; the footer's privacy
and accessibility pages."""

from __future__ import annotations

import re

import pytest
from django.test import override_settings
from django.urls import reverse
from django.utils.html import escape

from messages_app.choices import Channel
from messages_app.samples import base_answers
from messages_app.wizard import compose_from_answers

HOME = reverse("messages_app:home")


def _panel(page: str, channel: str) -> str:
    match = re.search(rf'<article[^>]*id="sample-{channel}"[^>]*>(.*?)</article>', page, re.S)
    assert match, f"no {channel} sample"
    return match.group(0)


def _visible(page: str, channel: str) -> bool:
    opening = _panel(page, channel).split(">", 1)[0]
    return " hidden" not in opening


def _first_line(answers_language: str, channel: str) -> str:
    answers = base_answers(
        stage="invitation",
        reason="career_goals",
        channel=channel,
        language=answers_language,
        tone="formal",
    )
    return compose_from_answers(answers).body.splitlines()[0]


@pytest.mark.parametrize(
    ("language", "greeting", "promise"),
    [("fr", "Madame,", "≈ 2 min, sans compte"), ("en", "Dear Ms Carter,", "≈ 2 min, no account")],
)
def test_home_shows_a_message_per_channel_in_the_visitor_s_language(
    client, seeded, language, greeting, promise
):
    page = client.get(HOME, HTTP_ACCEPT_LANGUAGE=language).text
    assert promise in page
    assert greeting in _panel(page, Channel.EMAIL)
    for channel in Channel.values:
        # Composed from the sample answers by the composer, not typed in the template.
        assert escape(_first_line(language, channel)) in _panel(page, channel)
        assert f'href="?sample={channel}#samples"' in page


def test_the_sample_switch_works_without_javascript(english_client, seeded):
    first = english_client.get(HOME).text
    assert _visible(first, Channel.EMAIL) and not _visible(first, Channel.SMS)

    switched = english_client.get(HOME, {"sample": Channel.SMS}).text

    assert _visible(switched, Channel.SMS)
    assert [c for c in Channel.values if _visible(switched, c)] == [Channel.SMS]
    assert re.search(r'href="\?sample=sms#samples"[^>]*aria-current="true"', switched)


def test_an_unknown_sample_shows_the_email(english_client, seeded):
    page = english_client.get(HOME, {"sample": "<script>"}).text
    assert [c for c in Channel.values if _visible(page, c)] == [Channel.EMAIL]


@pytest.mark.parametrize(
    ("age", "expected"), [(60 * 60 * 24 * 14, "14 days"), (60 * 60 * 24 * 3, "3 days")]
)
def test_the_privacy_promise_gives_the_real_session_lifetime(english_client, seeded, age, expected):
    with override_settings(SESSION_COOKIE_AGE=age):
        home = english_client.get(HOME).text
        privacy = english_client.get(reverse("messages_app:privacy")).text
    assert f"your answers stay on this site for {expected} after your last change" in home
    assert f"The session expires {expected} after your last change" in privacy


def test_the_privacy_promise_in_french_counts_days(client, seeded):
    with override_settings(SESSION_COOKIE_AGE=60 * 60 * 24):
        page = client.get(HOME, HTTP_ACCEPT_LANGUAGE="fr").text
    assert "vos réponses restent sur ce site 1 jour après" in page


def test_footer_links_lead_to_pages_that_exist(english_client, seeded):
    page = english_client.get(HOME).text
    footer = page[page.index("<footer") :]
    links = re.findall(r'href="([^"]+)"', footer)
    assert links[:3] == [
        reverse("messages_app:privacy"),
        reverse("messages_app:accessibility"),
        reverse("guide:index"),
    ]
    assert len(links) > 3  # and the guide's main pages
    for link in links:
        assert english_client.get(link).status_code == 200


@pytest.mark.parametrize(
    ("name", "language", "heading", "fact"),
    [
        ("privacy", "en", "Privacy", "stored only as a hash"),
        ("privacy", "fr", "Confidentialité", "sous forme d’empreinte"),
        ("accessibility", "en", "Accessibility", "WCAG) 2.1 at level AA"),
        ("accessibility", "fr", "Accessibilité", "WCAG) 2.1, niveau AA"),
    ],
)
def test_privacy_and_accessibility_pages_in_both_languages(
    client, db, name, language, heading, fact
):
    response = client.get(reverse(f"messages_app:{name}"), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.text
    assert f'<h1 class="h3 mb-3">{heading}</h1>' in response.text
    assert fact in response.text
