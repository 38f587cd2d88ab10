"""Who is calling the staff API: a Bearer token for integrations (the console adds login sessions)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from flask import abort, g

import bot
from bot.staff import StaffMember

P = ParamSpec("P")
R = TypeVar("R")

# Further ways to authenticate (the console's session) register here; each returns a member or None.
AUTHENTICATORS: list[Callable[[], StaffMember | None]] = []


def _bearer() -> StaffMember | None:
    from flask import request

    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return bot.current().staff.for_token(token.strip())


AUTHENTICATORS.append(_bearer)


def current_staff() -> StaffMember:
    """The authenticated staff member of this request (after `staff_required`)."""
    member: StaffMember = g.staff
    return member


def staff_required(view: Callable[P, R]) -> Callable[P, R]:
    """401 unless the request carries valid staff credentials."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        for authenticate in AUTHENTICATORS:
            member = authenticate()
            if member is not None:
                g.staff = member
                return view(*args, **kwargs)
        abort(401, description="Log in, or send Authorization: Bearer <token>.")

    return wrapped
