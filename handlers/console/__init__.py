"""The staff console: login sessions, the live queue and conversation pages, and the admin pages."""

from __future__ import annotations

from flask import Flask

from bot.services import Services
from handlers.console import headers, state
from handlers.console.blueprint import admin_bp, bp


def init_app(app: Flask, services: Services) -> None:
    """Build the console's objects, register its blueprints and hooks (ConfigError on bad settings)."""
    # Route modules attach their views to the blueprints when imported.
    from handlers.console import admin, admin_staff, login, pages  # noqa: F401

    console = state.build(services)
    app.extensions[state.EXTENSION] = console
    app.register_blueprint(bp)
    app.register_blueprint(admin_bp)
    headers.init_app(app)
    # Every web process follows FAQ reloads asked for in any process (one cheap check every few seconds).
    app.before_request(console.faq.refresh)
