"""The settings a deployer can set are listed alike in three places: the
README's table, .env.example and the settings module that reads them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
TABLE_HEADER = "| variable | default | meaning |"


def readme_table() -> dict[str, str]:
    """Each variable of the README's settings table, with its meaning."""
    lines = (BASE_DIR / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(TABLE_HEADER) + 2  # the header and the |---| line
    rows: dict[str, str] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        names, _default, meaning = (cell.strip() for cell in line.strip("|").split("|")[:3])
        for name in re.findall(r"`([A-Z][A-Z0-9_]*)`", names):
            rows[name] = meaning
    return rows


def env_example() -> list[str]:
    text = (BASE_DIR / ".env.example").read_text(encoding="utf-8")
    return re.findall(r"^#? ?([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE)


def read_by_settings() -> set[str]:
    """The variables decliner/settings.py reads: `env.<cast>("NAME", …)` and
    `secret("NAME", …)` calls."""
    tree = ast.parse((BASE_DIR / "decliner" / "settings.py").read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        first = node.args[0]
        func = node.func
        reads_env = (isinstance(func, ast.Attribute) and ast.unparse(func.value) == "env") or (
            isinstance(func, ast.Name) and func.id == "secret"
        )
        if reads_env and isinstance(first, ast.Constant) and isinstance(first.value, str):
            names.add(first.value)
    return names


def test_the_readme_table_is_found_and_names_the_usual_settings():
    table = readme_table()
    assert {"DJANGO_ENV", "SECRET_KEY", "DATABASE_URL", "EMAIL_URL"} <= table.keys()


def test_env_example_lists_every_variable_of_the_readme_table_once():
    listed = env_example()
    assert sorted(listed) == sorted(set(listed)), "a variable is listed twice in .env.example"
    assert set(listed) == set(readme_table())


def test_the_readme_table_lists_exactly_what_the_settings_read():
    table = readme_table()
    compose_only = {name for name, meaning in table.items() if meaning.startswith("Compose only")}
    assert set(table) - compose_only == read_by_settings()
