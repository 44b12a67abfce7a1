"""Content (scenarios, reasons, message blocks) and, later, users' drafts."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from messages_app.catalog import Catalog
from messages_app.choices import (
    REASON_BLOCK_KINDS,
    BlockKind,
    Channel,
    Language,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.placeholders import unknown_placeholders


class Scenario(models.Model):
    key = models.CharField(_("key"), max_length=32, choices=ScenarioKey.choices, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title_fr = models.CharField(_("title (French)"), max_length=120)
    title_en = models.CharField(_("title (English)"), max_length=120)
    advice_fr = models.TextField(_("advice (French)"), blank=True)
    advice_en = models.TextField(_("advice (English)"), blank=True)

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("scenario")
        verbose_name_plural = _("scenarios")

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return self.title_fr if (get_language() or "fr").startswith("fr") else self.title_en

    @property
    def advice(self) -> str:
        return self.advice_fr if (get_language() or "fr").startswith("fr") else self.advice_en


class Reason(models.Model):
    key = models.CharField(_("key"), max_length=32, choices=ReasonKey.choices, unique=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    label_fr = models.CharField(_("label (French)"), max_length=120)
    label_en = models.CharField(_("label (English)"), max_length=120)
    hint_fr = models.TextField(_("hint (French)"), blank=True)
    hint_en = models.TextField(_("hint (English)"), blank=True)

    class Meta:
        ordering = ["position", "key"]
        verbose_name = _("reason")
        verbose_name_plural = _("reasons")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.label_fr if (get_language() or "fr").startswith("fr") else self.label_en

    @property
    def hint(self) -> str:
        return self.hint_fr if (get_language() or "fr").startswith("fr") else self.hint_en


class BlockQuerySet(models.QuerySet["Block"]):
    #: Catalogs kept in process memory: {(database, language, channel): (version, catalog)}.
    _catalogs: ClassVar[dict[tuple[str, str, str], tuple[tuple[int, Any], Catalog]]] = {}

    def for_message(self, *, language: str, channel: str) -> BlockQuerySet:
        return self.filter(language=language, channel__in=("", channel))

    def content_version(self) -> tuple[int, Any]:
        """(number of blocks, latest `updated_at`) over the whole table: changes
        whenever a block is added, deleted or saved (`save()` and `bulk_create`
        set `updated_at`; a raw `QuerySet.update()` must set it too). One small
        aggregate query, written out because it runs on every composed message
        and the ORM took five times longer to build it than the database to
        answer it."""
        connection = connections[self.db]
        quote = connection.ops.quote_name
        meta = self.model._meta
        table, column = quote(meta.db_table), quote(meta.get_field("updated_at").column)
        with connection.cursor() as cursor:
            # Identifiers from the model's metadata, no user input.
            cursor.execute(f"SELECT COUNT(*), MAX({column}) FROM {table}")  # noqa: S608
            count, latest = cursor.fetchone()
        return (count, latest)

    def message_catalog(self, *, language: str, channel: str) -> Catalog:
        """The composer's `Catalog` for one message language and channel.

        Kept in process memory with its resolved blocks, and rebuilt as soon as
        the content version changes (an edit in the admin shows on the next
        message, in every server process). Costs one aggregate query instead
        of reading every block of the language again.
        """
        key = (self.db, language, channel)
        version = self.content_version()
        cached = self._catalogs.get(key)
        if cached is not None and cached[0] == version:
            return cached[1]
        catalog = self.for_message(language=language, channel=channel).catalog()
        if language in Language.values and channel in Channel.values:
            # Read after the version: a change in between only causes a re-read.
            self._catalogs[key] = (version, catalog)
        return catalog

    def catalog(self) -> Catalog:
        """All blocks of this queryset as the composer's plain `Catalog` (one query)."""
        rows = self.values_list(
            "kind", "language", "channel", "tone", "scenario_id", "reason_id", "text"
        )
        return Catalog(
            blocks={
                (kind, language, channel, tone, scenario or "", reason or ""): text
                for kind, language, channel, tone, scenario, reason, text in rows
            }
        )


class Block(models.Model):
    """One piece of a message. Empty channel/tone/scenario mean "any"; the
    composer picks the most specific block (scenario, then channel, then tone)."""

    kind = models.CharField(_("kind"), max_length=32, choices=BlockKind.choices)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    channel = models.CharField(
        _("channel"), max_length=16, choices=Channel.choices, blank=True, default=""
    )
    tone = models.CharField(_("tone"), max_length=16, choices=Tone.choices, blank=True, default="")
    scenario = models.ForeignKey(
        Scenario,
        verbose_name=_("scenario"),
        to_field="key",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="blocks",
    )
    reason = models.ForeignKey(
        Reason,
        verbose_name=_("reason"),
        to_field="key",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="blocks",
    )
    text = models.TextField(
        _("text"),
        help_text=_(
            "Placeholders: {company} {position} {contact_name} {civility} {surname} "
            "{first_name} {appellation} {sender_name} {sender_contact} {interview_date} "
            "{interview_day} {custom_reason} {feedback} {stay_in_touch_link}."
        ),
    )
    #: The text as shipped with the app (content/ modules) when the block was
    #: last loaded: a block whose text differs was edited in the admin, and
    #: loading new shipped content leaves it alone (`manage.py load_content`).
    shipped_text = models.TextField(_("shipped text"), blank=True, default="", editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = BlockQuerySet.as_manager()

    class Meta:
        ordering = ["language", "kind", "channel", "tone"]
        verbose_name = _("message block")
        verbose_name_plural = _("message blocks")
        indexes = [models.Index(fields=["language", "channel"])]

    def __str__(self) -> str:
        parts = [self.get_kind_display(), self.language, self.channel or "*", self.tone or "*"]
        if self.scenario_id:
            parts.append(self.scenario_id)
        if self.reason_id:
            parts.append(self.reason_id)
        return " · ".join(str(p) for p in parts)

    def save(self, *args, **kwargs) -> None:
        # Refuse broken content whatever the path (admin, shell, migration).
        self.validate_placeholders()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.validate_placeholders()
        if self.kind == BlockKind.REASON and not self.reason_id:
            raise ValidationError({"reason": _("A reason block must name its reason.")})
        if self.kind not in REASON_BLOCK_KINDS and self.reason_id:
            raise ValidationError(
                {"reason": _("Only reason blocks and prepared replies name a reason.")}
            )
        duplicates = Block.objects.filter(
            kind=self.kind,
            language=self.language,
            channel=self.channel,
            tone=self.tone,
            scenario_id=self.scenario_id,
            reason_id=self.reason_id,
        ).exclude(pk=self.pk)
        if duplicates.exists():
            raise ValidationError(
                _("A block already exists for this kind, language, channel, tone and scenario.")
            )

    @property
    def is_edited(self) -> bool:
        return self.text != self.shipped_text

    def validate_placeholders(self) -> None:
        unknown = unknown_placeholders(self.text)
        if unknown:
            raise ValidationError(
                {
                    "text": _("Unknown placeholder(s): %(names)s")
                    % {"names": ", ".join(f"{{{name}}}" for name in unknown)}
                }
            )


class DraftStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SENT = "sent", _("Sent")
    REPLY_RECEIVED = "reply_received", _("Reply received")


class DraftQuerySet(models.QuerySet["Draft"]):
    def owned_by(self, user: object) -> DraftQuerySet:
        """Only the drafts of `user`; nothing at all for an anonymous visitor."""
        if not getattr(user, "is_authenticated", False):
            return self.none()
        return self.filter(owner=user)

    def matching(self, text: str) -> DraftQuerySet:
        """Drafts whose company or position contains `text` (case-insensitive)."""
        text = text.strip()
        if not text:
            return self
        return self.filter(Q(company__icontains=text) | Q(position__icontains=text))

    def with_status(self, status: str) -> DraftQuerySet:
        return self.filter(status=status) if status else self

    def on_channel(self, channel: str) -> DraftQuerySet:
        return self.filter(channel=channel) if channel else self

    def for_listing(self) -> DraftQuerySet:
        """What a history row shows: no body, no answers (they can be long)."""
        return self.only(
            "pk",
            "owner_id",
            "channel",
            "language",
            "company",
            "position",
            "subject",
            "status",
            "sent_at",
            "created_at",
            "updated_at",
        )


class Draft(models.Model):
    """A message saved by its owner: the wizard answers and the final text as edited.

    `version` grows by one on every change of the text or the answers; an edit
    carries the version it started from and a stale one is refused
    (see `messages_app.services.draft_update`).
    """

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.CASCADE,
        related_name="drafts",
    )
    answers = models.JSONField(_("wizard answers"), default=dict, blank=True)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    language = models.CharField(_("message language"), max_length=2, choices=Language.choices)
    # Copied from the answers so the history can search and list without them.
    company = models.CharField(_("company"), max_length=120, blank=True)
    position = models.CharField(_("position"), max_length=120, blank=True)
    subject = models.CharField(_("subject"), max_length=150, blank=True)
    body = models.TextField(_("message"))
    status = models.CharField(
        _("status"), max_length=16, choices=DraftStatus.choices, default=DraftStatus.DRAFT
    )
    sent_at = models.DateTimeField(_("sent on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)
    version = models.PositiveIntegerField(_("version"), default=1)
    submission_id = models.UUIDField(_("submission id"), editable=False)

    objects = DraftQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [
            # A double click or a resubmitted form saves one draft, not two.
            models.UniqueConstraint(
                fields=["owner", "submission_id"], name="draft_unique_submission_per_owner"
            ),
        ]
        indexes = [
            models.Index(fields=["owner", "-created_at"], name="draft_owner_newest_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.position} · {self.company}" if self.company else str(self.subject)
