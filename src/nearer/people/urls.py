from django.urls import path

from nearer.people import views

app_name = "people"
urlpatterns = [
    path("", views.person_list, name="list"),
    path("add/", views.person_add, name="add"),
    path("<str:person_id>/", views.person_detail, name="detail"),
    path("<str:person_id>/edit/", views.person_edit, name="edit"),
    path("<str:person_id>/archive/", views.person_archive, name="archive"),
    path("<str:person_id>/delete/", views.person_delete, name="delete"),
]
