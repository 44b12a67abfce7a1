"""The guide's pages, index, search and footer, in French and in English."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.html import escape

from guide.loading import load_guide
from guide.models import GuidePage
from guide.source import shipped_pages
from guide.topics import FOOTER_TOPICS, TOPICS

SLUGS = sorted({page.slug for page in shipped_pages()})


@pytest.fixture
def guide(db):
    """The shipped pages, even after a transactional test flushed the table."""
    load_guide()


@pytest.fixture(params=["fr", "en"])
def language(request):
    return request.param


def get(client, url, language):
    return client.get(url, HTTP_ACCEPT_LANGUAGE=language)


def test_every_shipped_page_is_shipped_in_both_languages():
    by_language = {
        language: {page.slug for page in shipped_pages() if page.language == language}
        for language in ("fr", "en")
    }
    assert by_language["fr"] == by_language["en"]
    assert set(TOPICS) == by_language["en"]  # every page has its short name for links


@pytest.mark.parametrize("slug", SLUGS)
def test_every_page_shows_its_title_in_the_interface_language(guide, client, language, slug):
    page = GuidePage.objects.get(slug=slug, language=language)
    response = get(client, reverse("guide:page", args=[slug]), language)
    assert response.status_code == 200
    html = response.text
    assert f'<html lang="{language}">' in html
    assert re.search(rf"<title>\s*{re.escape(page.title)} · ", html)
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", html) == [page.title]
    assert reverse("guide:index") in html  # back to the guide
    assert reverse("messages_app:wizard") in html  # write my message


def test_a_page_links_to_the_other_pages_of_its_section(guide, english_client):
    html = english_client.get(reverse("guide:page", args=["faq"])).text
    related = html.split('id="related-title"')[1]
    assert reverse("guide:page", args=["common-worries"]) in related
    assert "Common worries" in related


def test_an_unknown_page_is_404(guide, client):
    assert client.get(reverse("guide:page", args=["no-such-page"])).status_code == 404


def test_a_page_only_written_in_one_language_shows_it_marked_with_its_language(guide, client):
    GuidePage.objects.create(
        slug="only-french",
        language="fr",
        title="Seulement en français",
        summary="Un.",
        body="Deux.",
    )
    html = get(client, reverse("guide:page", args=["only-french"]), "en").text
    assert '<article class="page-text guide" lang="fr">' in html
    assert "Seulement en français" in html


def test_the_index_lists_every_page_with_its_summary_by_section(guide, client, language):
    html = get(client, reverse("guide:index"), language).text
    for page in GuidePage.objects.filter(language=language):
        assert reverse("guide:page", args=[page.slug]) in html
        assert page.title in html
        assert escape(page.summary) in html
    headings = re.findall(r"<h2[^>]*>(.*?)</h2>", html)
    expected = {
        "en": ["Before you decide", "Writing the message", "After sending"],
        "fr": ["Avant de décider", "Rédiger le message", "Après l’envoi"],
    }
    expected["en"].append("Questions and worries")
    expected["fr"].append("Questions et inquiétudes")
    assert headings == expected[language]


def test_the_index_has_a_labelled_search_box_that_works_without_javascript(guide, client):
    html = get(client, reverse("guide:index"), "en").text
    form = re.search(r'<form method="get" action="/guide/" role="search".*?</form>', html, re.S)
    assert form, html
    assert '<label class="form-label" for="id_q">Search the guide</label>' in form.group(0)
    assert re.search(r'<input type="search"\s+name="q"\s+id="id_q"', form.group(0))


@pytest.mark.parametrize(
    ("language", "query", "slug"),
    [
        ("en", "VOICEMAIL", "choosing-the-channel"),
        ("en", "linkedin profile", "message-structure"),
        ("fr", "messagerie", "choosing-the-channel"),
        ("fr", "telephone", "choosing-the-channel"),  # accents and case do not matter
    ],
)
def test_search_finds_a_word_of_a_body_with_an_excerpt(guide, client, language, query, slug):
    response = client.get(reverse("guide:index"), {"q": query}, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    results = response.context["results"]
    assert slug in [result.page.slug for result in results]
    assert all(result.page.language == language for result in results)
    first = next(result for result in results if result.page.slug == slug)
    assert f"<mark>{first.match}</mark>" in response.text
    assert reverse("guide:page", args=[slug]) in response.text


def test_search_for_gibberish_says_nothing_was_found_and_links_back(guide, english_client):
    response = english_client.get(reverse("guide:index"), {"q": "zqxjkv"})
    assert response.status_code == 200
    assert "0 pages found for “zqxjkv”" in response.text
    assert "No page of the guide contains these words" in response.text
    assert '<a href="/guide/">All the guide' in response.text
    assert 'value="zqxjkv"' in response.text  # the query stays in the box


def test_search_only_looks_at_the_interface_language(guide, client):
    response = client.get(reverse("guide:index"), {"q": "voicemail"}, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.context["results"] == []


def test_an_over_long_search_is_refused_and_kept(guide, english_client):
    query = "word " * 30
    response = english_client.get(reverse("guide:index"), {"q": query})
    assert response.status_code == 400
    assert "Ensure this value has at most 100 characters" in response.text
    assert 'aria-invalid="true"' in response.text
    assert query.strip()[:50] in response.text


def test_a_search_result_is_escaped(guide, english_client):
    GuidePage.objects.create(
        slug="x", language="en", title="X", summary="S", body="Before <b>bold</b> zebra after"
    )
    response = english_client.get(reverse("guide:index"), {"q": "zebra"})
    assert "<mark>zebra</mark>" in response.text
    assert "<b>bold</b>" not in response.text


def test_the_footer_links_to_the_guide_and_its_main_pages_without_a_query(guide, client, language):
    with CaptureQueriesContext(connection) as queries:
        html = get(client, reverse("messages_app:privacy"), language).text
    assert len(queries) == 0
    footer = html.split('<footer class="container')[1]
    assert 'href="/guide/"' in footer
    for slug in FOOTER_TOPICS:
        assert f'href="/guide/{slug}/"' in footer
    label = {"en": "Choosing the channel", "fr": "Choisir le canal"}[language]
    assert f">{label}</a>" in footer


@pytest.mark.parametrize(
    ("language", "topics"),
    [
        (
            "en",
            [
                "Is it unprofessional to decline",
                "How should I decline",
                "What reasons can I give",
                "if I am not sure",
                "after accepting the interview",
            ],
        ),
        (
            "fr",
            [
                "Est-ce peu professionnel de décliner",
                "Comment décliner",
                "Quelles raisons puis-je donner",
                "si j’ai des doutes sur le poste",
                "après avoir accepté l’entretien",
            ],
        ),
    ],
)
def test_the_faq_answers_the_five_questions_people_ask(guide, client, language, topics):
    html = get(client, reverse("guide:page", args=["faq"]), language).text
    questions = re.findall(r"<h2[^>]*>(.*?)</h2>", html.split('class="guide-body"')[1])
    for topic in topics:
        assert any(topic in question for question in questions), (topic, questions)


@pytest.mark.parametrize(
    ("language", "worries"),
    [
        ("en", ["guilty", "burning bridges", "future opportunities", "several offers", "Cultur"]),
        ("fr", ["coupable", "couper les ponts", "futures occasions", "plusieurs offres", "cultur"]),
    ],
)
def test_the_common_worries_page_answers_the_four_problems_and_culture(
    guide, client, language, worries
):
    html = get(client, reverse("guide:page", args=["common-worries"]), language).text
    headings = " ".join(re.findall(r"<h2[^>]*>(.*?)</h2>", html))
    for worry in worries:
        assert worry in headings, (worry, headings)


def test_a_search_is_shown_escaped_in_the_title_and_the_box(guide, english_client):
    response = english_client.get(reverse("guide:index"), {"q": "<script>x</script>"})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.text
    assert "Search: &lt;script&gt;x&lt;/script&gt;" in response.text
    assert 'value="&lt;script&gt;x&lt;/script&gt;"' in response.text


def test_the_index_and_a_page_run_a_bounded_number_of_queries(
    guide, english_client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(1):
        english_client.get(reverse("guide:index"), {"q": "offer"})
    with django_assert_max_num_queries(2):
        english_client.get(reverse("guide:page", args=["scenarios"]))
