from django.urls import path

from nearer.safety import views

app_name = "safety"
urlpatterns = [
    path("", views.help_now, name="help"),
    path("plan/", views.plan_edit, name="plan_edit"),
]
