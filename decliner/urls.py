"""Project URLs: admin, accounts, language switch, the guide and the app."""

from __future__ import annotations

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

from messages_app import health

admin.autodiscover()
# allauth's rate limits do not cover the admin login: route it through allauth.
admin.site.login = secure_admin_login(admin.site.login)  # type: ignore[method-assign]

urlpatterns = [
    # Probes for the container health checks: the process answers / the
    # database answers (messages_app/health.py).
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("guide/", include("guide.urls")),
    path("", include("messages_app.urls")),
]

handler400 = "messages_app.errors.bad_request"
handler403 = "messages_app.errors.permission_denied"
handler404 = "messages_app.errors.page_not_found"
handler500 = "messages_app.errors.server_error"
