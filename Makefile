# Decliner: `make run` serves the app, `make test` runs the whole suite.
# Everything else (virtualenv, packages, front-end assets, translations,
# migrations, content) happens inside those two targets.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The suite runs on every core (pytest-xdist); PYTEST_WORKERS=0 runs it in
# one process.
PYTEST_WORKERS ?= auto
PYTEST_ARGS ?=

.PHONY: run test test-postgres setup assets messages migrate lint typecheck format bench screenshots docker-check clean

run: setup migrate
	@echo "Decliner is starting on http://$(HOST):$(PORT)/"
	$(MANAGE) runserver $(HOST):$(PORT)

test: setup
	bin/ensure-chromium
	$(PY) -m pytest -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

setup: $(VENV)/.installed assets messages var staticfiles

# The SQLite database and PDF render slots (var/), collected static files
# (staticfiles/, which whitenoise expects to exist): never created by
# importing the settings.
var staticfiles:
	mkdir -p $@

$(VENV)/.installed: requirements.txt requirements-dev.txt
	bin/ensure-system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

assets: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

messages: $(VENV)/.installed
	$(MANAGE) compilemessages --verbosity 0 --ignore '.venv' --ignore 'node_modules'

migrate: $(VENV)/.installed
	$(MANAGE) migrate --noinput --verbosity 0
	$(MANAGE) createcachetable

# Every static check CI runs: Python lint and format, types, templates
# (djlint, .djlintrc) and the front-end files (prettier, `npm run lint`).
lint: $(VENV)/.installed assets
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/djlint templates --lint
	npm run --silent lint

# mypy with django-stubs, configured in pyproject.toml ([tool.mypy]).
typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy

format: $(VENV)/.installed
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: setup migrate
	bin/ensure-bench-tools
	$(PY) bench/run_all.py

# A full-page screenshot of every page, at 1280×800 and 360×740, in French and
# English, with an index: var/screenshots/index.html (bench/screenshots.py,
# its own server and throwaway database).
screenshots: setup
	bin/ensure-chromium
	$(PY) bench/screenshots.py

docker-check:
	bin/check-docker-files

# The whole suite against a throwaway PostgreSQL 15 cluster (as CI does).
test-postgres: setup
	bin/with-postgres $(MAKE) test

clean:
	rm -rf $(VENV) node_modules staticfiles var
