"""Secrets read from files (NAME_FILE), and a settings import that creates
nothing on disk."""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

SETTINGS = Path(__file__).resolve().parent.parent / "decliner" / "settings.py"
STRONG_KEY = "k3y-" + "abcdefghijklmnopqrstuvwxyz0123456789" * 2


def load_settings() -> dict[str, Any]:
    """A fresh evaluation of the settings module with this environment."""
    return runpy.run_path(str(SETTINGS))


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("DJANGO_ENV", "SECRET_KEY", "DATABASE_URL", "CACHE_URL", "EMAIL_URL"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"{name}_FILE", raising=False)
    return monkeypatch


def test_the_secret_key_is_read_from_the_file_secret_key_file_names(clean_env, tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(STRONG_KEY + "\n")
    clean_env.setenv("DJANGO_ENV", "production")
    clean_env.setenv("SECRET_KEY_FILE", str(key_file))

    assert load_settings()["SECRET_KEY"] == STRONG_KEY


def test_database_cache_and_email_addresses_can_come_from_files(clean_env, tmp_path):
    files = {
        "DATABASE_URL": "postgres://decliner:s3cret@db.internal:5432/decliner",
        "CACHE_URL": "locmemcache://from-a-file",
        "EMAIL_URL": "smtp+tls://mailer:p4ss@smtp.example.org:587",
    }
    for name, value in files.items():
        (tmp_path / name).write_text(value + "\n")
        clean_env.setenv(f"{name}_FILE", str(tmp_path / name))

    settings = load_settings()

    database = settings["DATABASES"]["default"]
    assert (database["HOST"], database["PASSWORD"]) == ("db.internal", "s3cret")
    assert settings["CACHES"]["default"]["LOCATION"] == "from-a-file"
    assert (settings["EMAIL_HOST"], settings["EMAIL_HOST_PASSWORD"]) == ("smtp.example.org", "p4ss")


def test_a_secret_set_both_directly_and_through_a_file_stops_the_start(clean_env, tmp_path):
    (tmp_path / "key").write_text(STRONG_KEY)
    clean_env.setenv("SECRET_KEY", STRONG_KEY)
    clean_env.setenv("SECRET_KEY_FILE", str(tmp_path / "key"))

    with pytest.raises(ImproperlyConfigured, match="Set SECRET_KEY or SECRET_KEY_FILE, not both"):
        load_settings()


def test_a_missing_secret_file_stops_the_start(clean_env, tmp_path):
    clean_env.setenv("DATABASE_URL_FILE", str(tmp_path / "absent"))

    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL_FILE: cannot read"):
        load_settings()


def test_a_weak_key_from_a_file_is_refused_in_production_too(clean_env, tmp_path):
    (tmp_path / "key").write_text("short\n")
    clean_env.setenv("DJANGO_ENV", "production")
    clean_env.setenv("SECRET_KEY_FILE", str(tmp_path / "key"))

    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY must be set"):
        load_settings()


def test_importing_the_settings_creates_no_directory(clean_env, tmp_path):
    """The settings only name var/ and staticfiles/; make and manage.py
    create them."""
    copy = tmp_path / "project" / "decliner" / "settings.py"
    copy.parent.mkdir(parents=True)
    copy.write_text(SETTINGS.read_text(encoding="utf-8"))

    settings = runpy.run_path(str(copy))

    assert settings["VAR_DIR"] == tmp_path / "project" / "var"
    assert sorted(p.name for p in (tmp_path / "project").iterdir()) == ["decliner"]
