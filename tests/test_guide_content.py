"""The shipped guide pages: their format, length and typography, how they
reach the database (data migration, `load_guide`), and admin edits."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from guide.loading import load_guide
from guide.models import GuidePage
from guide.rendering import plain_text, render_markdown
from guide.source import CONTENT_DIR, page_source, parse_page, shipped_pages

PAGES = shipped_pages()
FROZEN = Path(__file__).resolve().parent.parent / "guide" / "migrations" / "content" / "0002"
migration = importlib.import_module("guide.migrations.0002_shipped_pages")


def _id(page):
    return f"{page.language}/{page.slug}"


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_every_page_is_between_200_and_600_words(page):
    words = len(plain_text(f"{page.summary}\n\n{page.body}").split())
    assert 200 <= words <= 600, words


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_every_page_has_a_title_a_one_line_summary_and_second_level_headings(page):
    assert page.title and len(page.title) <= 120
    assert page.summary and len(page.summary) <= 200 and "\n" not in page.summary
    assert "<h1" not in render_markdown(page.body)
    assert "<h2" in render_markdown(page.body)


@pytest.mark.parametrize("page", [p for p in PAGES if p.language == "fr"], ids=_id)
def test_french_pages_follow_french_typography(page):
    text = f"{page.title}\n{page.summary}\n{plain_text(page.body)}"
    assert not re.findall(r".{12}[ \t\n][:;!?]", text)  # an ordinary space before
    assert not re.findall(r".{12}[^\s\u00a0][:;!?](?=\s|$)", text)  # no space at all
    assert not re.findall(r".{12}(?:«(?!\u00a0)|(?<!\u00a0)»)", text)
    assert "'" not in text  # typographic apostrophes
    assert not re.search(r"\b(?:tu|toi|te)\b|\bt’", text)  # vouvoiement


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_links_between_pages_lead_to_shipped_pages_and_anchors(page):
    slugs = {p.slug for p in PAGES}
    anchors = {
        p.slug: set(re.findall(r'id="([^"]+)"', render_markdown(p.body)))
        for p in PAGES
        if p.language == page.language
    }
    for slug, anchor in re.findall(r"\]\(/guide/([^/#)]+)/(?:#([^)]+))?\)", page.body):
        assert slug in slugs, slug
        if anchor:
            assert anchor in anchors[slug], (slug, anchor)


def test_scenario_anchors_are_the_same_in_both_languages():
    ids = {
        p.language: re.findall(r'id="([^"]+)"', render_markdown(p.body))
        for p in PAGES
        if p.slug == "scenarios"
    }
    assert ids["fr"] == ids["en"]
    assert ids["en"] == [
        "early",
        "after-accepting",
        "after-interviews",
        "offer",
        "better-offer",
        "personal",
    ]


def test_the_migration_parser_reads_the_frozen_files_as_the_app_does():
    for path in sorted(FROZEN.glob("*/*.md")):
        text = path.read_text(encoding="utf-8")
        page = parse_page(text, slug=path.stem, language=path.parent.name)
        frozen = migration._parse(text)
        assert (frozen["title"], frozen["summary"], frozen["body"]) == (
            page.title,
            page.summary,
            page.body,
        )
        assert frozen["shipped_source"] == page.source


@pytest.mark.django_db
def test_the_data_migration_loads_every_frozen_page_and_its_reverse_removes_them():
    GuidePage.objects.all().delete()
    editor = SimpleNamespace(connection=connection)
    migration.load_pages(django_apps, editor)
    frozen = {(path.stem, path.parent.name) for path in FROZEN.glob("*/*.md")}
    assert set(GuidePage.objects.values_list("slug", "language")) == frozen
    assert len(frozen) == len(PAGES)
    assert not [page for page in GuidePage.objects.all() if page.edited]
    GuidePage.objects.filter(slug="faq", language="en").update(title="Edited in the admin")
    migration.unload_pages(django_apps, editor)
    assert list(GuidePage.objects.values_list("slug", "language")) == [("faq", "en")]


@pytest.mark.django_db
def test_load_guide_creates_missing_pages_and_leaves_existing_ones(guide):
    GuidePage.objects.filter(slug="faq", language="en").delete()
    GuidePage.objects.filter(slug="scenarios", language="fr").update(title="Edited")
    report = load_guide()
    assert report.created == ["en/faq"]
    assert GuidePage.objects.get(slug="scenarios", language="fr").title == "Edited"


@pytest.mark.django_db
def test_load_guide_update_refreshes_unedited_pages_and_keeps_edited_ones(guide, tmp_path):
    for page in PAGES:
        folder = tmp_path / page.language
        folder.mkdir(exist_ok=True)
        body = page.body + ("\n\nA new shipped paragraph." if page.slug == "faq" else "")
        (folder / f"{page.slug}.md").write_text(
            f"---\nsection: {page.section}\norder: {page.order}\n---\n"
            + page_source(title=page.title, summary=page.summary, body=body),
            encoding="utf-8",
        )
    edited = GuidePage.objects.get(slug="faq", language="fr")
    edited.body += "\r\n\r\nAn admin's own words."
    edited.save()
    report = load_guide(update=True, directory=tmp_path)
    assert report.updated == ["en/faq"]
    assert report.kept_edited == ["fr/faq"]
    assert GuidePage.objects.get(slug="faq", language="en").body.endswith("new shipped paragraph.")
    assert GuidePage.objects.get(slug="faq", language="fr").body.endswith("An admin's own words.")


@pytest.mark.django_db
def test_a_page_saved_unchanged_from_the_admin_is_not_counted_as_edited(guide):
    page = GuidePage.objects.get(slug="faq", language="en")
    page.body = page.body.replace("\n", "\r\n")  # what a browser's textarea sends
    page.save()
    assert not page.edited


@pytest.mark.django_db
def test_load_guide_command_says_what_it_did(guide, capsys):
    GuidePage.objects.filter(slug="faq").delete()
    call_command("load_guide", "--update")
    assert "2 created, 0 updated, 0 edited" in capsys.readouterr().out


def test_shipped_files_are_where_the_docs_say():
    assert (CONTENT_DIR / "fr" / "choosing-the-channel.md").is_file()
    assert (CONTENT_DIR / "en" / "choosing-the-channel.md").is_file()


@pytest.fixture
def guide(db):
    """The shipped pages, even after a transactional test flushed the table."""
    load_guide()


@pytest.fixture
def admin_client(client, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw-12345678")
    client.force_login(admin)
    return client


@pytest.mark.django_db
def test_an_admin_edit_shows_on_the_page_and_is_marked_edited(guide, admin_client):
    page = GuidePage.objects.get(slug="faq", language="en")
    url = reverse("admin:guide_guidepage_change", args=[page.pk])
    form = admin_client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert "Markdown" in form.text and "javascript: links" in form.text  # the help text
    response = admin_client.post(
        url,
        {
            "slug": page.slug,
            "language": page.language,
            "section": page.section,
            "order": page.order,
            "title": "Your questions, answered",
            "summary": page.summary,
            "body": "## New part\n\nEdited **in the admin**. <script>alert(1)</script>",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 302, response.text[:2000]
    html = admin_client.get(reverse("guide:page", args=["faq"]), HTTP_ACCEPT_LANGUAGE="en").text
    assert '<h1 class="h3 mb-2">Your questions, answered</h1>' in html
    assert "Edited <strong>in the admin</strong>." in html
    assert "alert(1)" not in html
    assert GuidePage.objects.get(pk=page.pk).edited
    listing = admin_client.get(reverse("admin:guide_guidepage_changelist"))
    assert listing.status_code == 200


@pytest.mark.django_db
def test_the_admin_refuses_a_second_page_with_the_same_slug_and_language(guide, admin_client):
    response = admin_client.post(
        reverse("admin:guide_guidepage_add"),
        {
            "slug": "faq",
            "language": "en",
            "section": "questions",
            "order": 1,
            "title": "Again",
            "summary": "Again",
            "body": "Again",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "This page already exists in this language." in response.text
