"""Content (message blocks, one row per language) and users' drafts."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from messages_app.catalog import Catalog
from messages_app.choices import (
    REASON_BLOCK_KINDS,
    REASON_REQUIRED_KINDS,
    BlockKind,
    Channel,
    Language,
    Purpose,
    Reaction,
    ReasonKey,
    ScenarioKey,
    Tone,
)
from messages_app.limits import EMAIL_MAX, PHONE_MAX, SUBJECT_MAX
from messages_app.placeholders import unknown_placeholders


class BlockQuerySet(models.QuerySet["Block"]):
    #: Catalogs kept in process memory: {(database, language, channel): (version, catalog)}.
    _catalogs: ClassVar[dict[tuple[str, str, str], tuple[tuple[int, Any], Catalog]]] = {}

    def for_message(self, *, language: str, channel: str) -> BlockQuerySet:
        """The blocks a message in `language` on `channel` is composed from
        (the wizard's reason hints are not part of a message)."""
        return self.filter(language=language, channel__in=("", channel)).exclude(
            kind=BlockKind.REASON_HINT
        )

    def reason_hints(self, language: str) -> dict[str, str]:
        """{reason key: hint} in `language`, for the wizard's assessment step
        (one query; a reason without a hint is absent)."""
        rows = self.filter(kind=BlockKind.REASON_HINT, language=language).values_list(
            "reason", "text"
        )
        return {reason: text for reason, text in rows if text.strip()}

    def content_version(self) -> tuple[int, Any]:
        """(number of blocks, latest `updated_at`) over the whole table: changes
        whenever a block is added, deleted or saved (`save()` and `bulk_create`
        set `updated_at`; a raw `QuerySet.update()` must set it too). One small
        aggregate query, run before every composed message."""
        version = self.model.objects.using(self.db).aggregate(
            count=Count("pk"), latest=Max("updated_at")
        )
        return (version["count"], version["latest"])

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
        rows = self.values_list("kind", "language", "channel", "tone", "scenario", "reason", "text")
        return Catalog(
            blocks={
                (kind, language, channel, tone, scenario, reason): text
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
    scenario = models.CharField(
        _("scenario"), max_length=32, choices=ScenarioKey.choices, blank=True, default=""
    )
    reason = models.CharField(
        _("reason"), max_length=32, choices=ReasonKey.choices, blank=True, default=""
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
        constraints = [
            # "" means "any" (never NULL), so the database sees every duplicate.
            models.UniqueConstraint(
                fields=["kind", "language", "channel", "tone", "scenario", "reason"],
                name="block_unique_key",
                violation_error_message=_(
                    "A block already exists for this kind, language, channel, tone, "
                    "scenario and reason."
                ),
            ),
        ]

    def __str__(self) -> str:
        parts = [self.get_kind_display(), self.language, self.channel or "*", self.tone or "*"]
        parts += [part for part in (self.scenario, self.reason) if part]
        return " · ".join(str(p) for p in parts)

    def save(self, *args: Any, **kwargs: Any) -> None:
        # Refuse broken content whatever the path (admin, shell, migration).
        self.validate_placeholders()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        super().clean()
        self.validate_placeholders()
        if self.kind in REASON_REQUIRED_KINDS and not self.reason:
            raise ValidationError({"reason": _("A reason block must name its reason.")})
        if self.kind not in REASON_BLOCK_KINDS and self.reason:
            raise ValidationError(
                {"reason": _("Only reason blocks and prepared replies name a reason.")}
            )
        if self.kind == BlockKind.REASON_HINT and (self.channel or self.tone or self.scenario):
            raise ValidationError(
                _("A reason hint is shown in the wizard: it names no channel, tone or scenario.")
            )

    @property
    def key(self) -> tuple[str, str, str, str, str, str]:
        """The composer's `BlockKey`, as `BlockSpec.key`."""
        return (self.kind, self.language, self.channel, self.tone, self.scenario, self.reason)

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
            "purpose",
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
    # Where the message goes: optional, typed on the preview or the draft's page.
    recipient_email = models.EmailField(_("their email address"), max_length=EMAIL_MAX, blank=True)
    recipient_phone = models.CharField(_("their phone number"), max_length=PHONE_MAX, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=DraftStatus.choices, default=DraftStatus.DRAFT
    )
    #: Decline (nearly always), or ask for more information / another date.
    purpose = models.CharField(
        _("purpose"), max_length=16, choices=Purpose.choices, default=Purpose.DECLINE
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


class RecruiterReaction(models.Model):
    """What the recruiter answered to a sent draft, and the reply proposed to
    send back (as the owner edited it). A draft's reactions, oldest first,
    make its thread: message sent → their reaction → your reply."""

    draft = models.ForeignKey(
        Draft, verbose_name=_("draft"), on_delete=models.CASCADE, related_name="reactions"
    )
    reaction = models.CharField(_("reaction"), max_length=16, choices=Reaction.choices)
    #: Their reply as pasted by the owner: private, never sent anywhere.
    their_message = models.TextField(_("their message"), blank=True)
    #: The channel of the reply: the draft's, or a phone call when they asked for one.
    reply_channel = models.CharField(_("reply channel"), max_length=16, choices=Channel.choices)
    reply_subject = models.CharField(_("reply subject"), max_length=SUBJECT_MAX, blank=True)
    reply_body = models.TextField(_("your reply"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("recruiter's reaction")
        verbose_name_plural = _("recruiter's reactions")

    def __str__(self) -> str:
        return f"{self.draft} · {self.get_reaction_display()}"


class Reflection(models.Model):
    """The owner's answers to the reflection questions about one decline
    (each optional), editable at any time."""

    draft = models.OneToOneField(
        Draft, verbose_name=_("draft"), on_delete=models.CASCADE, related_name="reflection"
    )
    main_reasons = models.TextField(_("the main reasons for declining"), blank=True)
    feelings = models.TextField(_("how I felt about the company and the role"), blank=True)
    change_of_mind = models.TextField(_("what would have changed my mind"), blank=True)
    trusted_feedback = models.TextField(_("what people I trust said"), blank=True)
    lessons = models.TextField(_("lessons for next time"), blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    #: The questions, in the order they are asked.
    QUESTIONS: ClassVar[tuple[str, ...]] = (
        "main_reasons",
        "feelings",
        "change_of_mind",
        "trusted_feedback",
        "lessons",
    )

    class Meta:
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")

    def __str__(self) -> str:
        return str(self.draft)

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in self.QUESTIONS)
