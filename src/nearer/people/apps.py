from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "nearer.people"
    label = "people"
