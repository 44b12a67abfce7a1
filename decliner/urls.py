"""Project URLs: admin, accounts, language switch and the app."""

from __future__ import annotations

from allauth.account.decorators import secure_admin_login
from django.contrib import admin
from django.urls import include, path

admin.autodiscover()
# allauth's rate limits do not cover the admin login: route it through allauth.
admin.site.login = secure_admin_login(admin.site.login)

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("messages_app.urls")),
]

handler500 = "messages_app.views.server_error"
