"""Helpers the CLI commands share: settings, a Redis that is really there, services."""

from __future__ import annotations

import sys

from redis.exceptions import RedisError

from bot.services import Services, build
from bot.settings import Settings, from_env, load_dotenv_file


def settings() -> Settings:
    """Settings from the environment (and `.env`), exactly as the running app reads them."""
    load_dotenv_file()
    return from_env()


def connected_services() -> Services:
    """Services on the same Redis as the running app; exits 2 with a hint when Redis is not there."""
    cfg = settings()
    services = build(cfg, with_channels=False)
    try:
        services.store.ping()
    except RedisError:
        where = f"the embedded Redis at {cfg.local_redis_socket}" if cfg.redis_is_local else "REDIS_URL"
        hint = "Start the app with `make run` first (or set REDIS_URL)." if cfg.redis_is_local else "Check REDIS_URL."
        print(f"error: cannot reach {where}. {hint}", file=sys.stderr)
        raise SystemExit(2) from None
    return services
