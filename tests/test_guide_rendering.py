"""What an admin types in a guide page's Markdown: the allowed markup is
kept, anything that could run or restyle the page is removed."""

from __future__ import annotations

import pytest
from django.urls import reverse

from guide.models import GuidePage
from guide.rendering import render_markdown


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("## Timing", "<h2>Timing</h2>"),
        ("## After accepting {#after-accepting}", '<h2 id="after-accepting">After accepting</h2>'),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("1. first", "<ol>\n<li>first</li>\n</ol>"),
        ("**firm** and *kind*", "<strong>firm</strong> and <em>kind</em>"),
        ("> a quote", "<blockquote>\n<p>a quote</p>\n</blockquote>"),
        ("`code`", "<code>code</code>"),
        ("---", "<hr>"),
        ("[https](https://example.org/a)", '<a href="https://example.org/a">https</a>'),
        ("[http](http://example.org/)", '<a href="http://example.org/">http</a>'),
        ("[mail](mailto:hr@example.org)", '<a href="mailto:hr@example.org">mail</a>'),
        ("[page](/guide/faq/)", '<a href="/guide/faq/">page</a>'),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<td>1</td>"),
    ],
)
def test_allowed_markup_is_kept(markdown, kept):
    assert kept in render_markdown(markdown)


@pytest.mark.parametrize(
    ("markdown", "gone"),
    [
        ("Hi <script>alert('x')</script> there", ["<script", "alert"]),
        ('<img src="x" onerror="alert(1)">', ["<img", "onerror", "alert"]),
        ('<p onclick="steal()">Click</p>', ["onclick", "steal"]),
        ("[click](javascript:alert(1))", ["javascript", "href"]),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', ["avaScRiPt", "href"]),
        ('<a href="data:text/html,<b>x</b>">x</a>', ["data:", "href"]),
        ('<span style="position:fixed;top:0">cover</span>', ["style", "position"]),
        ("<style>body{display:none}</style>", ["<style", "display"]),
        ('<iframe src="https://example.org"></iframe>', ["<iframe"]),
        ('<form action="/accounts/logout/"><button>Go</button></form>', ["<form", "<button"]),
        ('<h2 id="x" class="d-none">Hidden</h2>', ["d-none"]),
        ('## Heading {#"><script>x</script>}', ["<script"]),
        ('## Heading {: onclick="x()" }', ["onclick"]),
    ],
)
def test_dangerous_markup_is_removed(markdown, gone):
    html = render_markdown(markdown)
    for fragment in gone:
        assert fragment not in html, html


def test_a_first_level_heading_becomes_a_second_level_one():
    # The page's title is its only <h1>.
    assert render_markdown("# Big") == "<h2>Big</h2>"


@pytest.mark.django_db
def test_a_page_shows_the_sanitised_body(client):
    GuidePage.objects.create(
        slug="edited",
        language="fr",
        title="Page",
        summary="Résumé",
        body="## Part\n\n**kept** <script>alert('x')</script> <img src=x onerror=alert(2)>",
    )
    html = client.get(reverse("guide:page", args=["edited"])).text
    assert "<h2>Part</h2>" in html
    assert "<strong>kept</strong>" in html
    assert "alert(" not in html
    assert "onerror" not in html
