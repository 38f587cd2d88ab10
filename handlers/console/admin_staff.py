"""Admin: staff accounts — create, change role and team, disable/enable, reset password (each audited)."""

from __future__ import annotations

from flask import g, redirect, request, url_for
from flask.typing import ResponseReturnValue

import bot
from bot.staff import Role, StaffError
from handlers.console.auth import admin_required
from handlers.console.blueprint import admin_bp, render
from handlers.console.state import console

DONE = {
    "created": "Account created: {who}.",
    "updated": "Role and team saved for {who}.",
    "disabled": "{who} is disabled; their sessions and API tokens have ended.",
    "enabled": "{who} can log in again.",
    "password": "New password set for {who}; their sessions and API tokens have ended.",
}


def _page(error: str | None = None, status: int = 200) -> ResponseReturnValue:
    services, sessions = bot.current(), console().sessions
    members = services.staff.all()
    done = DONE.get(request.args.get("done", ""))
    return render(
        "admin/staff.html", status, members=members, sessions={m.username: sessions.count(m.username) for m in members},
        roles=[r.value for r in Role], error=error, done=done.format(who=request.args.get("who", "")) if done else None,
    )  # fmt: skip


def _done(code: str, username: str) -> ResponseReturnValue:
    bot.current().audit.record(g.staff.username, f"staff_{code}", detail=username)
    return redirect(url_for("console_admin.staff", done=code, who=username), 303)


@admin_bp.get("/staff")
@admin_required
def staff() -> ResponseReturnValue:
    """Every account, its role, team, state and live sessions, with the forms to change them."""
    return _page()


@admin_bp.post("/staff")
@admin_required
def create() -> ResponseReturnValue:
    """Create an account with an initial password (the new colleague should change it)."""
    form = request.form
    try:
        member = bot.current().staff.add(
            form.get("username", "").strip().lower(), form.get("password", ""), _role(form.get("role")),
            form.get("team", "").strip().lower() or None, form.get("display_name", "").strip() or None,
        )  # fmt: skip
    except StaffError as exc:
        return _page(f"Could not create the account: {exc}.", 422)
    return _done("created", member.username)


def _role(raw: str | None) -> Role:
    try:
        return Role(raw or Role.AGENT.value)
    except ValueError:
        raise StaffError("role: agent or admin") from None


def _not_self(username: str, what: str) -> None:
    # An admin who disables or demotes themselves could leave the clinic without any admin.
    if username == g.staff.username:
        raise StaffError(f"you cannot {what} your own account; ask another admin")


@admin_bp.post("/staff/<username>/update")
@admin_required
def update(username: str) -> ResponseReturnValue:
    """Change role and team."""
    try:
        role = _role(request.form.get("role"))
        if role is not Role.ADMIN:
            _not_self(username, "demote")
        bot.current().staff.update(username, role=role, team=request.form.get("team", "").strip().lower())
    except StaffError as exc:
        return _page(f"Could not save: {exc}.", 422)
    return _done("updated", username)


@admin_bp.post("/staff/<username>/disable")
@admin_required
def disable(username: str) -> ResponseReturnValue:
    """Disable an account: it cannot log in, and its sessions and tokens end now."""
    try:
        _not_self(username, "disable")
        bot.current().staff.update(username, disabled=True)
    except StaffError as exc:
        return _page(f"Could not disable: {exc}.", 422)
    return _done("disabled", username)


@admin_bp.post("/staff/<username>/enable")
@admin_required
def enable(username: str) -> ResponseReturnValue:
    """Let a disabled account log in again."""
    try:
        bot.current().staff.update(username, disabled=False)
    except StaffError as exc:
        return _page(f"Could not enable: {exc}.", 422)
    return _done("enabled", username)


@admin_bp.post("/staff/<username>/password")
@admin_required
def reset_password(username: str) -> ResponseReturnValue:
    """Set a new password; the member's sessions and API tokens end."""
    try:
        bot.current().staff.set_password(username, request.form.get("password", ""))
    except StaffError as exc:
        return _page(f"Could not set the password: {exc}.", 422)
    return _done("password", username)
