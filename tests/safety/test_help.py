from typing import Any

from django.test import Client
from django.urls import reverse

from nearer.accounts.models import Account
from nearer.safety.models import SafetyPlan
from tests.conftest import TestAccount, page_text


def test_it_shows_crisis_lines_to_anyone(alice: TestAccount, client: Client) -> None:
    page = page_text(client.get(reverse("safety:help")))
    for text in ["988", "Samaritans", "116 123", "13 11 14", "1737", "findahelpline.com", "112"]:
        assert text in page
    assert 'href="tel:988"' in page and 'href="sms:988"' in page
    assert "never contacts anyone for you" in page
    assert "Sign in</a> to see your safety plan" in page


def test_it_puts_the_chosen_country_first_when_signed_out(alice: TestAccount, client: Client) -> None:
    page = page_text(client.get(reverse("safety:help") + "?country=AU"))
    assert page.index("Lifeline") < page.index("988 Suicide")


def test_it_uses_the_country_preference(alice: TestAccount, alice_client: Client) -> None:
    Account.objects.filter(pk=alice.account.pk).update(country="GB")
    page = page_text(alice_client.get(reverse("safety:help")))
    assert page.index("Samaritans") < page.index("988 Suicide")
    assert "Lines in other countries" in page


def test_it_links_help_from_every_page(alice: TestAccount, alice_client: Client, client: Client) -> None:
    for c, url in [(client, "/sign-in/"), (client, "/recover/"), (alice_client, "/"), (alice_client, "/people/")]:
        assert 'class="help-now" href="/help/"' in c.get(url).content.decode(), url
    alice_client.post(reverse("accounts:lock"))
    assert 'class="help-now" href="/help/"' in alice_client.get("/unlock/").content.decode()


def test_it_shows_the_lines_but_not_the_plan_while_locked(alice: TestAccount, alice_client: Client) -> None:
    alice_client.post(reverse("safety:plan_edit"), {"reasons_for_living": "my dog"})
    alice_client.post(reverse("accounts:lock"))
    page = page_text(alice_client.get(reverse("safety:help")))
    assert "988" in page
    assert "my dog" not in page
    assert "Nearer is locked" in page


def test_it_invites_writing_a_plan(alice_client: Client) -> None:
    assert "Write your safety plan" in page_text(alice_client.get(reverse("safety:help")))


def test_it_saves_the_plan_one_item_per_line(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(
        reverse("safety:plan_edit"),
        {"warning_signs": "  I stop answering texts\n\n I sleep all day ", "reasons_for_living": "my sister"},
    )
    assert response["Location"] == reverse("safety:help")
    plan = SafetyPlan.objects.get(owner=alice.account).unseal(alice.data_key)
    assert plan.private.warning_signs == ["I stop answering texts", "I sleep all day"]
    assert plan.private.reasons_for_living == ["my sister"]
    assert plan.private.coping_alone == []
    page = page_text(alice_client.get(reverse("safety:help")))
    assert "<li>I stop answering texts</li>" in page
    assert page.index("Signs that a hard time is starting") < page.index("What matters to me")
    edit = alice_client.get(reverse("safety:plan_edit")).content.decode()
    assert "I stop answering texts\nI sleep all day</textarea>" in edit


def test_it_refuses_overlong_lines_and_keeps_the_text(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(reverse("safety:plan_edit"), {"coping_alone": "walk\n" + "x" * 301})
    assert response.status_code == 200
    page = page_text(response)
    assert "Line 2 is longer than 300 characters" in page
    assert "walk" in page
    assert not SafetyPlan.objects.filter(owner=alice.account).exists()


def test_it_refuses_too_many_lines(alice: TestAccount, alice_client: Client) -> None:
    response = alice_client.post(reverse("safety:plan_edit"), {"coping_alone": "\n".join(["a"] * 31)})
    assert "30 lines or fewer" in page_text(response)


def test_it_keeps_each_plan_to_its_owner(alice: TestAccount, alice_client: Client, charlie_client: Client) -> None:
    alice_client.post(reverse("safety:plan_edit"), {"reasons_for_living": "alice's reason"})
    assert "alice&#x27;s reason" not in page_text(charlie_client.get(reverse("safety:help")))
    assert "alice" not in page_text(charlie_client.get(reverse("safety:plan_edit")))
    charlie_client.post(reverse("safety:plan_edit"), {"reasons_for_living": "charlie's"})
    assert SafetyPlan.objects.count() == 2


def test_it_needs_to_be_unlocked_to_edit(alice: TestAccount, client: Client, settings: Any) -> None:
    assert client.get(reverse("safety:plan_edit"))["Location"].startswith("/sign-in/")


def test_it_keeps_one_plan_however_often_it_is_first_saved(alice: TestAccount, alice_client: Client) -> None:
    from nearer.safety.models import SafetyPlanPrivate, save_safety_plan

    save_safety_plan(alice.account.pk, alice.data_key, SafetyPlanPrivate(coping_alone=["one"]))
    save_safety_plan(alice.account.pk, alice.data_key, SafetyPlanPrivate(coping_alone=["two"]))
    plan = SafetyPlan.objects.get(owner=alice.account).unseal(alice.data_key)
    assert plan.private.coping_alone == ["two"]


def test_it_suggests_choosing_a_country_once(alice: TestAccount, alice_client: Client) -> None:
    assert 'choose it in <a href="/settings/">Settings</a>' in page_text(alice_client.get(reverse("safety:help")))
    Account.objects.filter(pk=alice.account.pk).update(country="NZ")
    assert "choose it in" not in page_text(alice_client.get(reverse("safety:help")))
