from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.http import require_POST

from nearer.accounts import actions, throttling
from nearer.accounts.forms import (
    ChangePassphraseForm,
    ConfirmWithPassphraseForm,
    DeleteAccountForm,
    PreferencesForm,
    RecoverForm,
    SetupForm,
    SignInForm,
    SignUpForm,
    UnlockForm,
)
from nearer.accounts.models import LOCAL_USERNAME, Account, Invite, Profile, ProfilePrivate
from nearer.core import session_keys
from nearer.core.decorators import signed_in_required, unlocked_required
from nearer.core.http import NearerRequest, UnlockedRequest


def _next_url(request: HttpRequest, default: str = "today") -> str:
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse(default)


def _start_session(request: HttpRequest, account: Account, data_key: bytes) -> None:
    login(request, account, backend="nearer.accounts.backends.PassphraseBackend")
    session_keys.remember_data_key(request, data_key)


def _locked_out_now(request: HttpRequest) -> bool:
    return bool(getattr(request, "axes_locked_out", False))


def _passphrase_opens(request: NearerRequest, passphrase: str) -> bytes | None:
    """The signed-in person's data key if this is their passphrase, else None.

    Every passphrase check goes through authenticate(), so django-axes counts wrong ones and pauses after
    too many (it then answers with the locked_out page); the right one clears the count.
    """
    username = request.user.get_username()
    account = authenticate(request, username=username, password=passphrase)
    if not isinstance(account, Account) or account.pk != request.user.pk:
        return None
    throttling.forget_failures(username)
    return request.nearer_opened_data_key  # type: ignore[attr-defined, no-any-return]


def locked_out(request: HttpRequest, response: HttpResponse | None = None, credentials: Any = None) -> HttpResponse:
    """Shown by django-axes after too many wrong passphrases in a row."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)


def welcome(request: NearerRequest) -> HttpResponse:
    """First run in local mode: what Nearer is, then creating the one account."""
    if settings.HOSTED:
        return redirect("accounts:sign_up")
    if Account.objects.exists():
        return redirect("accounts:sign_in")
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            # Checked again inside the transaction, so two tabs cannot both create the first account.
            if Account.objects.select_for_update().exists():
                return redirect("accounts:sign_in")
            account, data_key, code = actions.create_account(
                LOCAL_USERNAME, form.cleaned_data["display_name"], form.cleaned_data["passphrase"]
            )
        _start_session(request, account, data_key)
        session_keys.hold_recovery_code(request, code)
        return redirect("accounts:recovery_code")
    return render(request, "accounts/welcome.html", {"form": form, "data_dir": settings.DATA_DIR})


def _invite_hash(code: str) -> str:
    return hashlib.sha256(code.strip().encode()).hexdigest()


def sign_up(request: NearerRequest) -> HttpResponse:
    """Hosted mode: anyone (or anyone with an invitation) can make an account."""
    if not settings.HOSTED:
        return redirect("accounts:welcome")
    needs_invite = settings.SIGNUP == "invite"
    form = SignUpForm(request.POST or None, needs_invite=needs_invite)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            invite = None
            if needs_invite:
                invite = (
                    Invite.objects.select_for_update()
                    .filter(code_hash=_invite_hash(form.cleaned_data["invite_code"]), used__isnull=True)
                    .first()
                )
                if invite is None:
                    form.add_error("invite_code", "That invitation code is not valid or has been used.")
            if invite is not None or not needs_invite:
                try:
                    account, data_key, code = actions.create_account(
                        form.cleaned_data["username"],
                        form.cleaned_data["display_name"],
                        form.cleaned_data["passphrase"],
                    )
                except IntegrityError:
                    # Someone took the name between the form's check and now.
                    form.add_error("username", "That sign-in name is taken. Please choose another.")
                else:
                    if invite is not None:
                        invite.used = timezone.now()
                        invite.save(update_fields=["used"])
                    _start_session(request, account, data_key)
                    session_keys.hold_recovery_code(request, code)
                    return redirect("accounts:recovery_code")
    return render(request, "accounts/sign_up.html", {"form": form, "needs_invite": needs_invite})


@unlocked_required
def recovery_code(request: UnlockedRequest) -> HttpResponse:
    code = session_keys.pending_recovery_code(request)
    if code is None:
        return redirect("today")
    return render(request, "accounts/recovery_code.html", {"code": code})


@unlocked_required
def recovery_code_download(request: UnlockedRequest) -> HttpResponse:
    code = session_keys.pending_recovery_code(request)
    if code is None:
        return redirect("today")
    text = (
        "Nearer recovery code\n"
        "====================\n\n"
        f"{code}\n\n"
        "Keep this somewhere safe and private, apart from your computer if you can.\n"
        "With it you can set a new passphrase if you forget yours.\n"
        "Without your passphrase or this code, nobody can open your Nearer data: not you, not anyone.\n"
    )
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nearer-recovery-code.txt"'
    return response


@require_POST
@unlocked_required
def recovery_code_saved(request: UnlockedRequest) -> HttpResponse:
    session_keys.release_recovery_code(request)
    return redirect("today")


def sign_in(request: NearerRequest) -> HttpResponse:
    if not settings.HOSTED and not Account.objects.exists():
        return redirect("accounts:welcome")
    if request.user.is_authenticated:
        return redirect(_next_url(request))
    data = request.POST.copy() if request.method == "POST" else None
    if data is not None and not settings.HOSTED:
        data["username"] = LOCAL_USERNAME
    form = SignInForm(data)
    if request.method == "POST" and form.is_valid():
        account = authenticate(
            request, username=form.cleaned_data["username"], password=form.cleaned_data["passphrase"]
        )
        if isinstance(account, Account):
            _start_session(request, account, request.nearer_opened_data_key)  # type: ignore[attr-defined]
            return redirect(_next_url(request))
        if not _locked_out_now(request):
            form.add_error(
                None,
                "That passphrase does not open Nearer."
                if not settings.HOSTED
                else "That sign-in name and passphrase do not match.",
            )
    return render(request, "accounts/sign_in.html", {"form": form, "next": request.GET.get("next", "")})


@require_POST
def sign_out(request: NearerRequest) -> HttpResponse:
    session_keys.forget_data_key(request)
    logout(request)
    messages.info(request, "You have signed out. See you soon.")
    return redirect("accounts:sign_in")


@require_POST
@signed_in_required
def lock(request: NearerRequest) -> HttpResponse:
    session_keys.forget_data_key(request)
    # Unlocking brings the person back to the page they locked (only a path on this site is kept).
    return redirect(reverse("accounts:unlock") + "?" + urlencode({"next": _next_url(request)}))


@signed_in_required
def unlock(request: NearerRequest) -> HttpResponse:
    if request.data_key is not None:
        return redirect(_next_url(request))
    form = UnlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data_key = _passphrase_opens(request, form.cleaned_data["passphrase"])
        if data_key is not None:
            session_keys.remember_data_key(request, data_key)
            return redirect(_next_url(request))
        if not _locked_out_now(request):
            form.add_error("passphrase", "That passphrase does not open Nearer. Please try again.")
    return render(request, "accounts/unlock.html", {"form": form, "next": request.GET.get("next", "")})


@require_POST
@unlocked_required
def keep_alive(request: UnlockedRequest) -> HttpResponse:
    """Called by the page while the person is active but not loading pages (typing a long entry)."""
    session_keys.mark_seen(request, force=True)
    return HttpResponse(status=204)


def recover(request: NearerRequest) -> HttpResponse:
    """Forgotten passphrase: the recovery code sets a new one, and a new code replaces the used one."""
    form = RecoverForm(request.POST or None, hosted=settings.HOSTED)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data.get("username", LOCAL_USERNAME)
        account = Account.objects.filter(username=username, is_active=True).first()
        try:
            if account is None:
                raise actions.WrongSecret
            data_key, code = actions.recover_account(
                account, form.cleaned_data["recovery_code"], form.cleaned_data["passphrase"]
            )
        except actions.WrongSecret:
            form.add_error("recovery_code", "That recovery code does not match. Check it and try again.")
        else:
            if request.user.is_authenticated:
                logout(request)
            # Whoever else was signed in with the old passphrase is signed out.
            actions.end_other_sessions(account, keep_session_key=None)
            _start_session(request, account, data_key)
            session_keys.hold_recovery_code(request, code)
            messages.success(request, "Your new passphrase is set. Here is your new recovery code.")
            return redirect("accounts:recovery_code")
    return render(request, "accounts/recover.html", {"form": form})


@unlocked_required
def preferences(request: UnlockedRequest) -> HttpResponse:
    account = request.user
    profile = Profile.objects.get(owner=account).unseal(request.data_key)
    initial = {
        "display_name": profile.private.display_name,
        "country": account.country,
        "lock_after_minutes": account.lock_after_minutes,
    }
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            account.country = form.cleaned_data["country"]
            account.lock_after_minutes = form.cleaned_data["lock_after_minutes"]
            account.save(update_fields=["country", "lock_after_minutes"])
            profile.seal(request.data_key, ProfilePrivate(display_name=form.cleaned_data["display_name"]))
            profile.save(update_fields=["sealed", "updated"])
        messages.success(request, "Saved.")
        return redirect("accounts:preferences")
    return render(request, "accounts/preferences.html", {"form": form})


@unlocked_required
def change_passphrase(request: UnlockedRequest) -> HttpResponse:
    form = ChangePassphraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _passphrase_opens(request, form.cleaned_data["current_passphrase"]) is None:
            form.add_error("current_passphrase", "That is not your current passphrase.")
        else:
            actions.change_passphrase(request.user, request.data_key, form.cleaned_data["passphrase"])
            actions.end_other_sessions(request.user, keep_session_key=request.session.session_key)
            messages.success(
                request,
                "Your passphrase is changed. Use the new one next time you unlock. "
                "Anywhere else you were signed in has been signed out.",
            )
            return redirect("accounts:preferences")
    return render(request, "accounts/change_passphrase.html", {"form": form})


@unlocked_required
def new_recovery_code(request: UnlockedRequest) -> HttpResponse:
    form = ConfirmWithPassphraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _passphrase_opens(request, form.cleaned_data["passphrase"]) is None:
            form.add_error("passphrase", "That passphrase does not match.")
        else:
            code = actions.replace_recovery_code(request.user, request.data_key)
            session_keys.hold_recovery_code(request, code)
            return redirect("accounts:recovery_code")
    return render(request, "accounts/new_recovery_code.html", {"form": form})


@unlocked_required
def delete_account(request: UnlockedRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _passphrase_opens(request, form.cleaned_data["passphrase"]) is None:
            form.add_error("passphrase", "That passphrase does not match, so nothing was deleted.")
        else:
            account = request.user
            session_keys.forget_data_key(request)
            logout(request)
            actions.delete_account(account)
            return render(request, "accounts/deleted.html")
    return render(request, "accounts/delete_account.html", {"form": form})
