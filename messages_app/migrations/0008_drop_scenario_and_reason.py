"""One content model, the schema: `Block.scenario` and `Block.reason` become
the choice fields 0007 filled, the `Scenario` and `Reason` tables go
(scenario titles and advice were only ever shown in the admin; reason labels
are the translated `ReasonKey` labels, the same words, and the hints are
blocks now), and a block's key (kind, language, channel, tone, scenario,
reason) is unique in the database. Schema only."""

from __future__ import annotations

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0007_reason_hint_blocks")]

    operations = [
        migrations.RemoveField(model_name="block", name="scenario"),
        migrations.RemoveField(model_name="block", name="reason"),
        migrations.DeleteModel(name="Reason"),
        migrations.DeleteModel(name="Scenario"),
        migrations.RenameField(model_name="block", old_name="scenario_key", new_name="scenario"),
        migrations.RenameField(model_name="block", old_name="reason_key", new_name="reason"),
        migrations.AddConstraint(
            model_name="block",
            constraint=models.UniqueConstraint(
                fields=("kind", "language", "channel", "tone", "scenario", "reason"),
                name="block_unique_key",
                violation_error_message=(
                    "A block already exists for this kind, language, channel, tone, "
                    "scenario and reason."
                ),
            ),
        ),
    ]
