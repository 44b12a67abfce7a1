"""Choice fields for the scenario and reason keys of a block, beside the
foreign keys they replace (0007 fills them, 0008 drops the foreign keys and
the `Scenario` and `Reason` tables). Schema only: on PostgreSQL a migration
must not change rows and then alter the same table."""

from __future__ import annotations

from django.db import migrations, models

SCENARIO_CHOICES = [
    ("early", "Declining early"),
    ("accepted", "Interview already accepted"),
    ("after_interviews", "After interviews, before any offer"),
    ("offer", "Declining an offer"),
    ("better_offer", "Better offer elsewhere"),
    ("personal", "Personal reasons"),
]
REASON_CHOICES = [
    ("another_offer", "I accepted another offer"),
    ("career_goals", "The role does not fit my career goals"),
    ("culture", "The company culture does not suit me"),
    ("location", "Location or commute"),
    ("personal", "Personal circumstances"),
    ("role_changed", "The role has changed"),
    ("better_offer", "I received a better offer"),
    ("other", "Another reason"),
]
KIND_CHOICES = [
    ("subject", "Subject line"),
    ("greeting_titled", "Greeting with the title: Madame / Ms Carter"),
    ("greeting_first_name", "Greeting by first name"),
    ("greeting_named", "Greeting by full name, no title"),
    ("greeting_team", "Greeting, no contact name (opener on phone/in person)"),
    ("courtesy", "Courtesy line (standard length)"),
    ("gratitude", "Gratitude"),
    ("appreciation", "Appreciation of their time (standard length)"),
    ("decision", "Decision"),
    ("reason", "Reason (one per reason)"),
    ("reason_general", "General reason"),
    ("reason_custom", "User's own reason, wrapped"),
    ("apology", "Apology for the inconvenience"),
    ("feedback", "Constructive feedback, wrapped"),
    ("door_open", "Keep the door open"),
    ("stay_in_touch", "Stay in touch"),
    ("stay_in_touch_link", "Stay in touch, with a profile link"),
    ("closing", "Closing sentence"),
    ("signature", "Closing formula and signature (title or no contact)"),
    ("signature_named", "Closing formula and signature (by name)"),
    ("voicemail", "Voicemail (20 seconds)"),
    ("call_time", "When to call"),
    ("reply_positive", "Answer to a positive reaction"),
    ("reply_disappointed", "Answer to a disappointed reaction"),
    ("reply_why", "Answer to “why?”"),
    ("reply_insist", "Answer when they insist or improve the offer"),
    ("reminders", "Reminders for the channel (one per line)"),
    ("point_gratitude", "Point to cover: gratitude"),
    ("point_decision", "Point to cover: decision"),
    ("point_reason", "Point to cover: reason"),
    ("point_apology", "Point to cover: apology"),
    ("point_feedback", "Point to cover: feedback"),
    ("point_door_open", "Point to cover: door open"),
    ("point_stay_in_touch", "Point to cover: stay in touch"),
    ("point_closing", "Point to cover: closing"),
    ("reason_hint", "Hint shown with the reason in the wizard (one per reason)"),
]


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0005_content_rework")]

    operations = [
        migrations.AlterField(
            model_name="block",
            name="kind",
            field=models.CharField(choices=KIND_CHOICES, max_length=32, verbose_name="kind"),
        ),
        migrations.AddField(
            model_name="block",
            name="scenario_key",
            field=models.CharField(
                blank=True,
                choices=SCENARIO_CHOICES,
                default="",
                max_length=32,
                verbose_name="scenario",
            ),
        ),
        migrations.AddField(
            model_name="block",
            name="reason_key",
            field=models.CharField(
                blank=True, choices=REASON_CHOICES, default="", max_length=32, verbose_name="reason"
            ),
        ),
    ]
