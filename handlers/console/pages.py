"""The queue and conversation pages (shells the page's JavaScript fills from the JSON API), and session checks."""

from __future__ import annotations

import re
from typing import Any

from flask import Response, abort, jsonify
from flask.typing import ResponseReturnValue

import bot
from bot.errors import NotFound
from handlers.console import auth
from handlers.console.blueprint import bp, render
from handlers.console.state import console

CONVERSATION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
FILTERS = ("all", "mine", "team", "urgent")


@bp.get("/")
@bp.get("")
@auth.login_required
def queue() -> ResponseReturnValue:
    """The queue: waiting and assigned conversations, updated live."""
    return render("queue.html", filters=FILTERS, directory=_directory())


@bp.get("/c/<conversation_id>")
@auth.login_required
def conversation(conversation_id: str) -> ResponseReturnValue:
    """One conversation: history, actions, suggested and canned replies (the API audits the view)."""
    if not CONVERSATION_ID.match(conversation_id):
        abort(404, description="There is no such conversation.")
    try:
        bot.current().store.get(conversation_id)
    except NotFound:
        abort(404, description="This conversation does not exist or has expired.")
    return render("conversation.html", conversation_id=conversation_id, directory=_directory())


def _directory() -> dict[str, Any]:
    """Colleagues' display names and the transfer targets, for the page's JavaScript."""
    members = bot.current().staff.all()
    active = [m for m in members if not m.disabled]
    return {
        "names": {m.username: m.display_name for m in members},
        "staff": [{"username": m.username, "name": m.display_name, "team": m.team} for m in active],
        "teams": sorted({m.team for m in active if m.team}),
    }


def _status(code: int = 200) -> tuple[Response, int]:
    session = auth.current_session()
    if session is None or auth.authenticate() is None:
        return jsonify(error="Your session has ended. Please log in again."), 401
    remaining = console().sessions.remaining(session)
    return jsonify(
        username=session.username,
        idle_seconds=int(console().config.limits.idle.total_seconds()),
        remaining_seconds=max(0, int(remaining.total_seconds())),
    ), code  # fmt: skip


@bp.get("/session")
def session_status() -> tuple[Response, int]:
    """Is my session alive, and for how long (pages ask with the background header: no activity)?"""
    return _status()


@bp.post("/session/touch")
def session_touch() -> tuple[Response, int]:
    """The user is active in the page (typing a long reply): keep the session alive."""
    return _status()
