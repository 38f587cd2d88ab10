"""Known devices: a signed cookie naming who logged in on this browser before (OWASP's "device cookies").

Someone guessing passwords elsewhere can lock an account name for a while; its owner, on a browser
they used before, is throttled on that device's own counter instead and still gets in.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from flask import Request
from itsdangerous import BadSignature, URLSafeTimedSerializer
from werkzeug.wrappers import Response

COOKIE = "careline_device"
MAX_AGE = 90 * 86400
MAX_USERS = 8  # a shared front-desk computer remembers this many colleagues


@dataclass(frozen=True)
class KnownDevice:
    """This browser's id and the usernames that logged in successfully on it."""

    id: str
    usernames: tuple[str, ...]


def _serializer(secret: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt="careline.console.known-device")


def read(request: Request, secret: str) -> KnownDevice | None:
    """The device the request's cookie describes, or None (missing, forged or too old)."""
    raw = request.cookies.get(COOKIE)
    if not raw:
        return None
    try:
        data = _serializer(secret).loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("d"), str) or not isinstance(data.get("u"), list):
        return None
    return KnownDevice(data["d"], tuple(u for u in data["u"] if isinstance(u, str)))


def remember(response: Response, device: KnownDevice | None, username: str, secret: str, secure: bool) -> None:
    """Add `username` to this browser's known-device cookie (after a successful login)."""
    device_id = device.id if device else secrets.token_urlsafe(16)
    others = [u for u in (device.usernames if device else ()) if u != username]
    value = _serializer(secret).dumps({"d": device_id, "u": [username, *others][:MAX_USERS]})
    response.set_cookie(
        COOKIE, value, max_age=MAX_AGE, path="/console/login", secure=secure, httponly=True, samesite="Strict"
    )
