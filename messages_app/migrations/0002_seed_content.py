# Placeholder: replaced by the real seed content migration.
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("messages_app", "0001_initial")]
    operations = []
