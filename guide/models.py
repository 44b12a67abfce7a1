"""Guide pages: one row per (slug, language), the body in Markdown."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from guide.source import page_source

#: The languages a page is written in (the interface languages).
LANGUAGES = (("fr", _("French")), ("en", _("English")))


class Section(models.TextChoices):
    """The index's groups, in the order a person meets them."""

    BEFORE = "before", _("Before you decide")
    WRITING = "writing", _("Writing the message")
    AFTER = "after", _("After sending")
    QUESTIONS = "questions", _("Questions and worries")


class GuidePageQuerySet(models.QuerySet["GuidePage"]):
    def in_language(self, language: str) -> GuidePageQuerySet:
        """The pages written in `language`, in the index's order."""
        return self.filter(language=language).order_by("order", "title")


class GuidePage(models.Model):
    """One guide page in one language. The slug is the same in every
    language, so a URL stays valid whatever the interface language."""

    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("The page's address, /guide/<slug>/: the same in every language."),
    )
    language = models.CharField(_("language"), max_length=2, choices=LANGUAGES)
    section = models.CharField(
        _("section"), max_length=16, choices=Section.choices, default=Section.BEFORE
    )
    title = models.CharField(_("title"), max_length=120)
    summary = models.CharField(
        _("summary"), max_length=200, help_text=_("One line, shown in the guide's index.")
    )
    body = models.TextField(
        _("body"),
        help_text=_(
            "Markdown: ## headings, - lists, **bold**, *italic*, > quotes, tables and "
            "links [text](https://…), [text](mailto:…) or [text](/guide/…). Any HTML is "
            "removed when the page is shown: scripts, images, frames, styles, event "
            "attributes (onclick…) and javascript: links. A first-level heading (#) "
            "becomes a second-level one: the title is the page's only first-level heading."
        ),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    #: The page as shipped (guide/content/), in the shipped files' format,
    #: when it was last loaded: a page whose text differs was edited in the
    #: admin, and `manage.py load_guide --update` leaves it alone.
    shipped_source = models.TextField(_("shipped text"), blank=True, default="", editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = GuidePageQuerySet.as_manager()

    class Meta:
        ordering = ["language", "order", "title"]
        verbose_name = _("guide page")
        verbose_name_plural = _("guide pages")
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "language"],
                name="guide_page_unique_slug_language",
                violation_error_message=_("This page already exists in this language."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.language})"

    @property
    def edited(self) -> bool:
        """Whether an admin changed the title, summary or body since it was shipped."""
        return page_source(title=self.title, summary=self.summary, body=self.body) != (
            self.shipped_source
        )
