import pytest

from nearer.accounts import actions
from nearer.accounts.models import Account
from nearer.people.models import Person, PersonPrivate
from tests.conftest import PASSPHRASE, TestAccount, make_account


def _add_person(owner: TestAccount, name: str) -> Person:
    person = Person(owner=owner.account)
    person.seal(owner.data_key, PersonPrivate(name=name, relationship="friend"))
    person.save()
    return person


def _reload(account: Account) -> Account:
    return Account.objects.get(pk=account.pk)


def test_it_opens_the_data_key_with_the_passphrase(alice: TestAccount) -> None:
    assert actions.open_with_passphrase(_reload(alice.account), PASSPHRASE) == alice.data_key


def test_it_refuses_a_wrong_passphrase(alice: TestAccount) -> None:
    with pytest.raises(actions.WrongSecret):
        actions.open_with_passphrase(_reload(alice.account), PASSPHRASE + " ")


def test_it_opens_the_data_key_with_the_recovery_code(alice: TestAccount) -> None:
    assert actions.open_with_recovery_code(_reload(alice.account), alice.recovery_code.lower()) == alice.data_key


def test_it_gives_each_account_its_own_data_key(alice: TestAccount, bob: TestAccount) -> None:
    assert alice.data_key != bob.data_key


def test_it_stores_the_argon2_parameters_with_the_account(alice: TestAccount, settings: object) -> None:
    assert _reload(alice.account).passphrase_params == {"time_cost": 1, "memory_cost_kib": 8, "parallelism": 1}


def test_it_rewraps_without_touching_the_data_on_passphrase_change(alice: TestAccount) -> None:
    person = _add_person(alice, "Jordan")
    sealed_before = bytes(Person.objects.get(pk=person.pk).sealed)
    actions.change_passphrase(alice.account, alice.data_key, "a brand new passphrase")
    account = _reload(alice.account)
    with pytest.raises(actions.WrongSecret):
        actions.open_with_passphrase(account, PASSPHRASE)
    data_key = actions.open_with_passphrase(account, "a brand new passphrase")
    assert data_key == alice.data_key
    stored = Person.objects.get(pk=person.pk)
    assert bytes(stored.sealed) == sealed_before
    assert stored.unseal(data_key).private.name == "Jordan"
    # The recovery code is a separate wrapping and keeps working.
    assert actions.open_with_recovery_code(account, alice.recovery_code) == alice.data_key


def test_it_recovers_with_the_code_and_replaces_it(alice: TestAccount) -> None:
    _add_person(alice, "Jordan")
    data_key, new_code = actions.recover_account(_reload(alice.account), alice.recovery_code, "chosen again today")
    assert data_key == alice.data_key
    assert new_code != alice.recovery_code
    account = _reload(alice.account)
    assert actions.open_with_passphrase(account, "chosen again today") == alice.data_key
    assert actions.open_with_recovery_code(account, new_code) == alice.data_key
    with pytest.raises(actions.WrongSecret):
        actions.open_with_recovery_code(account, alice.recovery_code)
    assert Person.objects.get(owner=account).unseal(data_key).private.name == "Jordan"


def test_it_refuses_a_wrong_recovery_code_and_changes_nothing(alice: TestAccount) -> None:
    before = _reload(alice.account)
    with pytest.raises(actions.WrongSecret):
        actions.recover_account(before, "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "new passphrase here")
    after = _reload(alice.account)
    assert bytes(after.key_wrapped_by_passphrase) == bytes(before.key_wrapped_by_passphrase)
    assert actions.open_with_passphrase(after, PASSPHRASE) == alice.data_key


def test_it_cannot_move_a_wrapped_key_to_another_account(alice: TestAccount, bob: TestAccount) -> None:
    # Give bob alice's wrapped key and salt: it is bound to alice's account id, so it will not open.
    account = _reload(bob.account)
    source = _reload(alice.account)
    account.passphrase_salt = source.passphrase_salt
    account.key_wrapped_by_passphrase = source.key_wrapped_by_passphrase
    with pytest.raises(actions.WrongSecret):
        actions.open_with_passphrase(account, PASSPHRASE)


def test_it_replaces_the_recovery_code(alice: TestAccount) -> None:
    new_code = actions.replace_recovery_code(alice.account, alice.data_key)
    account = _reload(alice.account)
    assert actions.open_with_recovery_code(account, new_code) == alice.data_key
    with pytest.raises(actions.WrongSecret):
        actions.open_with_recovery_code(account, alice.recovery_code)


def test_it_keeps_no_usable_password_hash(db: None) -> None:
    owner = make_account("dana", "Dana")
    assert not owner.account.has_usable_password()


def test_it_upgrades_old_argon2_parameters_at_sign_in(alice: TestAccount, settings: object) -> None:
    from django.contrib.auth import authenticate
    from django.test import RequestFactory

    stronger = {"time_cost": 2, "memory_cost_kib": 16, "parallelism": 1}
    settings.NEARER_ARGON2 = stronger  # type: ignore[attr-defined]
    request = RequestFactory().post("/sign-in/")
    assert authenticate(request, username="alice", password=PASSPHRASE) is not None
    account = _reload(alice.account)
    assert account.passphrase_params == stronger
    assert actions.open_with_passphrase(account, PASSPHRASE) == alice.data_key


def test_it_does_not_undo_a_passphrase_change_when_upgrading(alice: TestAccount) -> None:
    stale = _reload(alice.account)
    actions.change_passphrase(_reload(alice.account), alice.data_key, "changed meanwhile, elsewhere")
    actions.upgrade_passphrase_wrapping(stale, alice.data_key, PASSPHRASE)
    account = _reload(alice.account)
    assert actions.open_with_passphrase(account, "changed meanwhile, elsewhere") == alice.data_key
    with pytest.raises(actions.WrongSecret):
        actions.open_with_passphrase(account, PASSPHRASE)
