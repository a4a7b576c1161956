from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nearer.accounts"
    label = "accounts"

    def ready(self) -> None:
        from nearer.accounts import throttling

        throttling.connect()
