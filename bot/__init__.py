"""CareLine's core: the app factory, settings, message types, pipeline, store, logging and CLI."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from flask import Flask, Request, current_app
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.services import Services

# Bodies above this are refused with 413 before parsing (webhooks are a few KB; web chat caps text).
MAX_REQUEST_BYTES = 256 * 1024


def create_app(config: Mapping[str, str] | None = None, *, clock: Clock | None = None) -> Flask:
    """Build the web app from the environment (or from `config`, a dict of settings, in tests)."""
    # Imported here, not at module level, so that `import bot.errors` (or any leaf module) from
    # routing/ or faq/ code does not drag in the whole app and create import cycles.
    from bot import health, logs
    from bot.services import build
    from bot.settings import from_env, load_dotenv_file
    from handlers import api, assist, console, errors

    if config is None:
        load_dotenv_file()
    settings = from_env(os.environ if config is None else config)
    logs.configure(settings.log_level)
    services = build(settings, clock).warm()  # before the first request, not during it

    app = Flask(__name__, static_folder=None)
    app.config.update(SECRET_KEY=settings.secret_key, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES)
    app.session_interface = NoCookieSession()
    app.extensions["careline"] = services
    errors.init_app(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(assist.bp)
    console.init_app(app, services)
    for spec in {id(s): s for s in services.channels.values()}.values():
        if spec.blueprint is not None:
            app.register_blueprint(spec.blueprint)
    return app


class NoCookieSession(SecureCookieSessionInterface):
    """Flask's cookie session, never opened: console logins live in Redis (bot/sessions.py).

    Flask would otherwise build a signing serializer on every request, webhooks included (about 4 % of a
    Twilio webhook's time), and a null session makes any accidental use of `flask.session` fail loudly.
    """

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """No session: Flask falls back to its null session, which refuses writes."""
        return None


def current() -> Services:
    """The current app's Services (inside a request or app context)."""
    found: Services = current_app.extensions["careline"]
    return found
