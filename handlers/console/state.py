"""The console's per-app objects (config, sessions, login throttle, FAQ sync, canned replies)."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app

from bot.faqsync import FaqSync
from bot.services import Services
from bot.sessions import SessionStore
from handlers.console import canned
from handlers.console.config import ConsoleConfig
from handlers.console.throttle import LoginThrottle

EXTENSION = "careline.console"


@dataclass(frozen=True)
class Console:
    """Everything the console's routes share, built once per app."""

    config: ConsoleConfig
    sessions: SessionStore
    throttle: LoginThrottle
    faq: FaqSync
    canned: tuple[canned.CannedReply, ...]


def build(services: Services) -> Console:
    """Read the console's settings and files; raises ConfigError when one is wrong."""
    config = ConsoleConfig.from_settings(services.settings)
    redis = services.redis.data
    return Console(
        config=config,
        sessions=SessionStore(redis, services.clock, config.limits),
        throttle=LoginThrottle(redis, services.clock),
        faq=FaqSync(services),
        canned=canned.load(config.canned_path),
    )


def console() -> Console:
    """The current app's Console (inside a request)."""
    found: Console = current_app.extensions[EXTENSION]
    return found
