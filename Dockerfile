# Decliner: one image for the web server (gunicorn) and its one-shot jobs
# (migrations). Build with `docker compose build`; see docker-compose.yml.

# --- Front-end libraries (Bootstrap, htmx) from the npm lock file -------------
FROM node:20-bookworm-slim AS assets
WORKDIR /build
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --loglevel=error

# --- Runtime base: Python, WeasyPrint's libraries, fonts, an unprivileged user -
FROM python:3.11-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH
# Debian package versions are not pinned: the base image tag already fixes the
# release, and pins would break every time Debian ships a security update.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
        fontconfig fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 decliner \
    && useradd --system --uid 10001 --gid decliner --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin decliner
WORKDIR /app

# --- Build: Python packages, compiled translations, collected static files ----
FROM base AS build
# See the note on the base stage about unpinned Debian packages.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*
COPY requirements.txt ./
RUN python -m venv "$VIRTUAL_ENV" \
    && pip install -r requirements.txt
COPY . .
COPY --from=assets /build/node_modules ./node_modules
# The production settings refuse to load without a secret key. This throwaway
# one exists only inside this RUN step of the build stage: it is neither in the
# final image's environment nor in its layers.
RUN key="build-only-$(python -c 'import secrets; print(secrets.token_urlsafe(48))')" \
    && DJANGO_ENV=production SECRET_KEY="$key" \
        python manage.py compilemessages --verbosity 0 --ignore node_modules \
    && DJANGO_ENV=production SECRET_KEY="$key" \
        python manage.py collectstatic --noinput --verbosity 0 \
    && rm -rf var && mkdir var

# --- Final image ----------------------------------------------------------------
FROM base AS runtime
COPY --from=build /opt/venv /opt/venv
COPY --from=build --chown=root:root /app /app
# Only var/ (the fallback SQLite file, unused with DATABASE_URL) is writable.
RUN chown decliner:decliner /app/var
USER 10001:10001
ENV DJANGO_ENV=production
EXPOSE 8000
# Liveness: GET /healthz answers 200 without touching the database, over plain
# HTTP (exempt from the HTTPS redirect) with a Host the app always allows
# (docker-compose.yml keeps localhost in ALLOWED_HOSTS). /readyz, which also
# asks the database, is for people and monitors: a database outage must not
# mark every replica unhealthy. start-interval: probe every 2 s while starting,
# so the proxy that waits for a healthy web service starts without delay.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --start-interval=2s --retries=3 \
    CMD ["python", "-c", "import http.client as h; c = h.HTTPConnection('127.0.0.1', 8000, timeout=4); c.request('GET', '/healthz', headers={'Host': 'localhost'}); raise SystemExit(c.getresponse().status != 200)"]
# decliner/gunicorn_config.py: each worker starts its PDF render process on start.
CMD ["gunicorn", "decliner.wsgi", \
     "--config", "python:decliner.gunicorn_config", \
     "--bind", "0.0.0.0:8000", \
     "--workers", "2", "--worker-class", "sync", "--preload", \
     "--access-logfile", "-"]
