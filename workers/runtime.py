"""The worker process's Services, built once before RQ forks so every job reuses them."""

from __future__ import annotations

from bot import logs
from bot.services import Services, build
from bot.settings import from_env, load_dotenv_file

_services: Services | None = None


def init(services: Services | None = None) -> Services:
    """Build (or install, in tests) the process's Services; validates settings and channels."""
    global _services  # noqa: PLW0603 - one per process by design
    if services is None:
        load_dotenv_file()
        settings = from_env()
        logs.configure(settings.log_level)
        # No warm(): no job routes a message, so the worker never loads the brain (seconds of start-up and memory).
        services = build(settings)
    _services = services
    return services


def services() -> Services:
    """The process's Services, built on first use."""
    return _services or init()
