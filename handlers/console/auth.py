"""Console sessions over HTTP: the cookie, the staff authenticator (with CSRF), and page decorators."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec

from flask import abort, current_app, g, redirect, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.wrappers import Response

import bot
from bot.sessions import Session
from bot.staff import StaffMember
from handlers.auth import AUTHENTICATORS
from handlers.console.state import EXTENSION, console

P = ParamSpec("P")

COOKIE = "careline_session"
SECURE_COOKIE = "__Host-careline_session"  # browsers accept this name only over https, for this host only
CSRF_HEADER = "X-CSRFToken"
CSRF_FIELD = "csrf_token"
# Requests the page makes on its own (refreshes, the live stream) say so, and do not count as activity:
# otherwise an open tab would never be logged off when its user walks away.
BACKGROUND_HEADER = "X-Console-Background"
PASSIVE_PATHS = frozenset({"/api/events"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def is_https() -> bool:
    """True when the browser talks https to us (directly, via a trusted proxy, or per PUBLIC_BASE_URL)."""
    return request.is_secure or console().config.https_only


def cookie_name() -> str:
    """The session cookie's name for this request's scheme."""
    return SECURE_COOKIE if is_https() else COOKIE


def _passive() -> bool:
    return request.headers.get(BACKGROUND_HEADER) == "1" or request.path in PASSIVE_PATHS


def current_session() -> Session | None:
    """This request's live console session (looked up once per request), or None."""
    if "console_session" not in g:
        raw = request.cookies.get(cookie_name(), "")
        g.console_session = console().sessions.load(raw, touch=not _passive()) if raw else None
    found: Session | None = g.console_session
    return found


def authenticate() -> StaffMember | None:
    """The member behind the session cookie, or None; 403 when a state change lacks the CSRF token."""
    if EXTENSION not in current_app.extensions:
        return None
    session = current_session()
    if session is None:
        return None
    member = bot.current().staff.get(session.username)
    if member is None or member.disabled:
        console().sessions.end(session.id)
        g.console_session = None
        return None
    if request.method not in SAFE_METHODS:
        check_csrf(session.csrf_token)
    return member


# The JSON API accepts the console's session next to Bearer tokens (which need no CSRF token: no cookies).
AUTHENTICATORS.append(authenticate)


def check_csrf(expected: str) -> None:
    """403 unless the request carries the session's CSRF token (header for fetch, field for forms)."""
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD) or ""
    if not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(403, description="The security token is missing or out of date. Reload the page and try again.")


def set_cookie(response: Response, session: Session) -> None:
    """Give the browser its session id (a browser-session cookie: closing the browser drops it)."""
    response.set_cookie(cookie_name(), session.id, path="/", secure=is_https(), httponly=True, samesite="Lax")


def clear_cookie(response: Response) -> None:
    """Remove the session cookie from the browser."""
    response.delete_cookie(cookie_name(), path="/", secure=is_https(), httponly=True, samesite="Lax")


def login_required(view: Callable[P, ResponseReturnValue]) -> Callable[P, ResponseReturnValue]:
    """Pages: send visitors without a live session to the login page, and come back afterwards."""

    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
        member = authenticate()
        if member is None:
            back = request.full_path.rstrip("?") if request.method == "GET" else None
            return redirect(url_for("console.login", next=back, why="login"), 303)
        g.staff = member
        return view(*args, **kwargs)

    return wrapped


def admin_required(view: Callable[P, ResponseReturnValue]) -> Callable[P, ResponseReturnValue]:
    """Admin pages: logged in as an admin, or 403."""

    @login_required
    @wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseReturnValue:
        if not g.staff.is_admin:
            abort(403, description="Only admins can open this page.")
        return view(*args, **kwargs)

    return wrapped
