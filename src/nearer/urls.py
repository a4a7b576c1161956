from django.urls import include, path

from nearer.accounts import views as account_views
from nearer.api.v1 import api
from nearer.core import views as core_views

account_patterns = (
    [
        path("welcome/", account_views.welcome, name="welcome"),
        path("sign-up/", account_views.sign_up, name="sign_up"),
        path("sign-in/", account_views.sign_in, name="sign_in"),
        path("sign-out/", account_views.sign_out, name="sign_out"),
        path("lock/", account_views.lock, name="lock"),
        path("unlock/", account_views.unlock, name="unlock"),
        path("keep-alive/", account_views.keep_alive, name="keep_alive"),
        path("recover/", account_views.recover, name="recover"),
        path("recovery-code/", account_views.recovery_code, name="recovery_code"),
        path("recovery-code/download/", account_views.recovery_code_download, name="recovery_code_download"),
        path("recovery-code/saved/", account_views.recovery_code_saved, name="recovery_code_saved"),
        path("settings/", account_views.preferences, name="preferences"),
        path("settings/passphrase/", account_views.change_passphrase, name="change_passphrase"),
        path("settings/recovery-code/", account_views.new_recovery_code, name="new_recovery_code"),
        path("settings/delete/", account_views.delete_account, name="delete_account"),
    ],
    "accounts",
)

urlpatterns = [
    path("", core_views.today, name="today"),
    path("", include(account_patterns)),
    path("people/", include("nearer.people.urls")),
    path("help/", include("nearer.safety.urls")),
    path("api/v1/", api.urls),
]

handler404 = "nearer.core.views.not_found"
handler500 = "nearer.core.views.server_error"
handler400 = "nearer.core.views.bad_request"
handler403 = "nearer.core.views.forbidden"
