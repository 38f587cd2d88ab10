"""Log in and out: throttled, one error for every failure, a new session id at each login, audited."""

from __future__ import annotations

import hmac
import math
import re
import secrets
from datetime import timedelta

from flask import make_response, redirect, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

import bot
from bot.staff import StaffMember
from handlers.console import auth, devices
from handlers.console.blueprint import bp, render
from handlers.console.state import console
from handlers.console.throttle import Subject

FAILED = "Wrong username or password."  # the same words for an unknown user, a wrong password, a disabled account
FORM_COOKIE = "careline_login"  # double-submit token: a login form posted from another site is refused
FORM_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")
NOTICES = {
    "idle": "You were logged out after a period without activity. Please log in again.",
    "out": "You have logged out.",
    "ended": "Your session has ended (logged out elsewhere, an account change, or the daily time limit). "
    "Please log in again.",
    "login": "Please log in to continue.",
}


def _safe_next() -> str | None:
    """Where to go after login: only a console path on this site (never //elsewhere or a full URL)."""
    target = request.values.get("next") or ""
    if target.startswith("/console") and "//" not in target and "\\" not in target:
        return target
    return None


def _client_ip() -> str:
    """The browser's address: behind a proxy listed in FORWARDED_ALLOW_IPS, the address it appended."""
    remote = request.remote_addr or "unknown"
    proxies = console().config.trusted_proxies
    forwarded = request.headers.get("X-Forwarded-For", "")
    if forwarded and ("*" in proxies or remote in proxies):
        return forwarded.split(",")[-1].strip() or remote
    return remote


def _page(error: str | None = None, status: int = 200, username: str = "") -> Response:
    # One token per browser, kept while it lasts: two login tabs (after an idle logoff) both work.
    token = request.cookies.get(FORM_COOKIE, "")
    if not FORM_TOKEN.match(token):
        token = secrets.token_urlsafe(24)
    body, code = render(
        "login.html", status, error=error, notice=NOTICES.get(request.args.get("why", "")),
        form_token=token, username=username, next=_safe_next(),
    )  # fmt: skip
    response = make_response(body, code)
    response.set_cookie(
        FORM_COOKIE, token, path="/console/login", secure=auth.is_https(), httponly=True, samesite="Strict"
    )
    return response


@bp.get("/login")
def login_form() -> ResponseReturnValue:
    """The login page (also when logged in: on a shared front-desk computer it switches user)."""
    return _page()


def _wait_text(wait: timedelta) -> str:
    seconds = math.ceil(wait.total_seconds())
    return f"{seconds} seconds" if seconds < 90 else f"{math.ceil(seconds / 60)} minutes"


@bp.post("/login")
def login() -> ResponseReturnValue:
    """Check the form token, the throttle, then the password; start a new session on success."""
    form_token, cookie = request.form.get("csrf_token", ""), request.cookies.get(FORM_COOKIE, "")
    if not cookie or not hmac.compare_digest(form_token.encode(), cookie.encode()):
        return _page("The login form expired. Please try again.", 400)
    username = request.form.get("username", "").strip().lower()[:64]
    password = request.form.get("password", "")
    services, state = bot.current(), console()
    device = devices.read(request, services.settings.secret_key)
    subjects = _subjects(username, device)
    wait = state.throttle.wait(subjects)
    if wait > timedelta(0):
        _audit_failure(username, "throttled")
        return _page(f"Too many failed attempts. Try again in {_wait_text(wait)}.", 429, username)
    member = services.staff.authenticate(username, password) if username and password else None
    if member is None:
        state.throttle.failed(subjects)
        _audit_failure(username, "bad_credentials")
        return _page(FAILED, 401, username)
    state.throttle.succeeded([s for s in subjects if s.scope != "ip"])
    return _start(member, device)


def _subjects(username: str, device: devices.KnownDevice | None) -> list[Subject]:
    """A browser this user logged in from before is throttled on its own; anyone else per account and address."""
    if device and username in device.usernames:
        return [Subject("device", f"{device.id}:{username}")]
    return [Subject("account", username), Subject("ip", _client_ip())]


def _audit_failure(username: str, why: str) -> None:
    # The name as typed (printable, trimmed), never the password.
    shown = "".join(ch for ch in username if ch.isprintable())[:64] or "-"
    bot.current().audit.record(shown, "login_failed", detail=f"{why} ip={_client_ip()}")


def _start(member: StaffMember, device: devices.KnownDevice | None) -> Response:
    state, services = console(), bot.current()
    if old := auth.current_session():  # never carry a session id across a login
        state.sessions.end(old.id)
    session = state.sessions.create(member.username)
    services.audit.record(member.username, "login", detail=f"ip={_client_ip()}")
    response = redirect(_safe_next() or url_for("console.queue"), 303)
    auth.set_cookie(response, session)
    devices.remember(response, device, member.username, services.settings.secret_key, auth.is_https())
    response.delete_cookie(FORM_COOKIE, path="/console/login")
    return response


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    """End the session on the server (a copied cookie stops working too) and clear it in the browser."""
    session = auth.current_session()
    if session is not None:
        auth.check_csrf(session.csrf_token)
        console().sessions.end(session.id)
        bot.current().audit.record(session.username, "logout")
    response = redirect(url_for("console.login", why="out"), 303)
    auth.clear_cookie(response)
    return response
