"""Admin: the FAQ's status and reload, and the audit log with filters."""

from __future__ import annotations

from flask import g, redirect, request, url_for
from flask.typing import ResponseReturnValue

import bot
from handlers.console.auth import admin_required
from handlers.console.blueprint import admin_bp, render
from handlers.console.state import console

AUDIT_ACTIONS = (
    "view", "claim", "reply", "note", "transfer", "release", "resolve", "login", "login_failed", "logout",
    "faq_reload", "staff_created", "staff_updated", "staff_disabled", "staff_enabled", "staff_password",
)  # fmt: skip


@admin_bp.get("/")
@admin_bp.get("")
@admin_required
def index() -> ResponseReturnValue:
    """The admin area starts with staff accounts."""
    return redirect(url_for("console_admin.staff"), 303)


@admin_bp.get("/faq")
@admin_required
def faq() -> ResponseReturnValue:
    """The FAQ file, its entries, the last load, and the last reload's validation error."""
    return _faq_page()


def _faq_page(status: int = 200) -> ResponseReturnValue:
    entries = bot.current().brain.faq.entries
    reloaded = request.args.get("reloaded") == "1"
    return render("admin/faq.html", status, status=console().faq.status(), entries=entries, reloaded=reloaded)


@admin_bp.post("/faq/reload")
@admin_required
def reload_faq() -> ResponseReturnValue:
    """Validate the edited file; when good, every web process switches to it within seconds."""
    error = console().faq.request_reload(g.staff.username)
    bot.current().audit.record(g.staff.username, "faq_reload", detail="failed" if error else "ok")
    if error:
        return _faq_page(422)  # shows the error; the bot keeps answering from the FAQ it has
    return redirect(url_for("console_admin.faq", reloaded=1), 303)


@admin_bp.get("/audit")
@admin_required
def audit() -> ResponseReturnValue:
    """Recent audited actions, newest first, filtered by staff, conversation and action."""
    args = request.args
    filters = {name: (args.get(name) or "").strip() for name in ("staff", "conversation", "action")}
    events = bot.current().audit.recent(
        staff=filters["staff"] or None, conversation_id=filters["conversation"] or None,
        action=filters["action"] or None, limit=300,
    )  # fmt: skip
    staff = [m.username for m in bot.current().staff.all()]
    return render("admin/audit.html", events=events, filters=filters, actions=AUDIT_ACTIONS, staff=staff)
