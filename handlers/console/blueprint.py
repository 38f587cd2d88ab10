"""The console's two blueprints (pages under /console, admin under /console/admin) and page rendering."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, render_template
from werkzeug.exceptions import HTTPException

import bot
from handlers.console.auth import current_session
from handlers.console.state import console

bp = Blueprint(
    "console",
    __name__,
    url_prefix="/console",
    template_folder="../templates",
    static_folder="../static/console",
    static_url_path="/static",
)
admin_bp = Blueprint("console_admin", __name__, url_prefix="/console/admin", template_folder="../templates")


def render(template: str, status_code: int = 200, **context: Any) -> tuple[str, int]:
    """A console page with what every page needs: who is logged in, the CSRF token, the idle limit."""
    session = current_session()
    return render_template(
        f"console/{template}",
        me=g.get("staff"),
        csrf_token=session.csrf_token if session else "",
        idle_seconds=int(console().config.limits.idle.total_seconds()),
        clinic=bot.current().settings.clinic_name,
        **context,
    ), status_code  # fmt: skip


def _error_page(exc: HTTPException) -> tuple[str, int]:
    return render("error.html", exc.code or 500, code=exc.code, message=exc.description)


for _blueprint in (bp, admin_bp):
    _blueprint.register_error_handler(403, _error_page)
    _blueprint.register_error_handler(404, _error_page)
