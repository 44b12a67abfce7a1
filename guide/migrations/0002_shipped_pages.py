"""The guide pages as first shipped, from the frozen copies in
migrations/content/0002/<language>/<slug>.md.

Self-contained on purpose: the parser below is a frozen copy of
guide/source.py's format, so later changes to the app's code or to
guide/content/ never change what this migration loads. Later content
updates ship with `manage.py load_guide --update`.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.db import migrations

FROZEN = Path(__file__).resolve().parent / "content" / "0002"


def _parse(text: str) -> dict[str, object]:
    lines = text.replace("\r\n", "\n").split("\n")
    meta: dict[str, str] = {}
    if lines[0].strip() == "---":
        end = lines.index("---", 1)
        for line in lines[1:end]:
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
        lines = lines[end + 1 :]
    title, summary, body = "\n".join(lines).strip().split("\n\n", 2)
    title = title.removeprefix("# ").strip()
    summary = re.sub(r"[ \t\n]+", " ", summary).strip()
    body = body.strip()
    return {
        "section": meta.get("section", "before"),
        "order": int(meta.get("order", "100")),
        "title": title,
        "summary": summary,
        "body": body,
        "shipped_source": f"# {title}\n\n{summary}\n\n{body}\n",
    }


def _frozen_pages() -> list[tuple[str, str, dict[str, object]]]:
    return [
        (path.stem, path.parent.name, _parse(path.read_text(encoding="utf-8")))
        for path in sorted(FROZEN.glob("*/*.md"))
    ]


def load_pages(apps, schema_editor):
    GuidePage = apps.get_model("guide", "GuidePage")
    db = schema_editor.connection.alias
    existing = set(GuidePage.objects.using(db).values_list("slug", "language"))
    GuidePage.objects.using(db).bulk_create(
        GuidePage(slug=slug, language=language, **fields)
        for slug, language, fields in _frozen_pages()
        if (slug, language) not in existing
    )


def unload_pages(apps, schema_editor):
    """Remove the pages this migration shipped, unless an admin edited them."""
    GuidePage = apps.get_model("guide", "GuidePage")
    db = schema_editor.connection.alias
    for slug, language, fields in _frozen_pages():
        GuidePage.objects.using(db).filter(
            slug=slug,
            language=language,
            title=fields["title"],
            summary=fields["summary"],
            body=fields["body"],
        ).delete()


class Migration(migrations.Migration):
    dependencies = [("guide", "0001_initial")]

    operations = [migrations.RunPython(load_pages, unload_pages)]
