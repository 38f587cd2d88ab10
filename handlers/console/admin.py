"""Admin: the FAQ's status and reload, the audit log with filters, and the bot performance report."""

from __future__ import annotations

from flask import g, redirect, request, url_for
from flask.typing import ResponseReturnValue

import bot
from bot import report as reports
from handlers.console.auth import admin_required
from handlers.console.blueprint import admin_bp, render
from handlers.console.state import console

AUDIT_ACTIONS = (
    "view", "claim", "reply", "note", "transfer", "release", "resolve", "login", "login_failed", "logout",
    "faq_reload", "staff_created", "staff_updated", "staff_disabled", "staff_enabled", "staff_password",
)  # fmt: skip
REPORT_PERIODS = {1: "Today", 7: "Last 7 days", 30: "Last 30 days"}


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


@admin_bp.get("/report")
@admin_required
def report() -> ResponseReturnValue:
    """How the bot is doing over today, 7 or 30 clinic days: deflection, handoffs, waits, unanswered questions."""
    days = request.args.get("days", type=int)
    days = days if days in REPORT_PERIODS else 7
    services = bot.current()
    stats = services.store.stats
    found = reports.build(stats, reports.Period.ending(stats.date(services.clock.now()), days=days))
    faq = services.brain.faq
    unanswered = [(entry_id, faq.get(entry_id), n) for entry_id, n in found.unanswered.items()]
    return render(
        "admin/report.html", report=found, days=days, periods=REPORT_PERIODS, unanswered=unanswered,
        waits_text=reports.waits_text, percent=reports.percent,
    )  # fmt: skip
