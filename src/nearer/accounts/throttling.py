"""django-axes, made to keep nothing a person typed.

Axes stores the query string and the form body of each failed try. A wrong passphrase is usually a typo of
the right one, so none of it may be kept: the receiver blanks both before every write, whatever the field
names are. The sensitive-parameter list in settings is only a second line of defence.
"""

from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from axes.utils import reset
from django.db.models.signals import pre_save


def forget_request_data(sender: type, instance: Any, **kwargs: Any) -> None:
    instance.get_data = ""
    instance.post_data = ""


def connect() -> None:
    for model in (AccessAttempt, AccessFailureLog, AccessLog):
        pre_save.connect(forget_request_data, sender=model, dispatch_uid=f"nearer-forget-{model.__name__}")


def forget_failures(username: str) -> None:
    """After the right passphrase, earlier wrong ones no longer count towards a pause."""
    reset(username=username)
