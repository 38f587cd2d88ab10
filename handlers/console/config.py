"""The console's settings, read from the environment at start-up with errors that say how to fix them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bot.errors import ConfigError
from bot.sessions import Limits
from bot.settings import Settings

PACKAGED_CANNED = Path(__file__).resolve().parent / "canned.yaml"


@dataclass(frozen=True)
class ConsoleConfig:
    """Session limits, canned replies, and how to tell HTTPS and the client's address behind a proxy."""

    limits: Limits
    canned_path: Path
    https_only: bool  # PUBLIC_BASE_URL is https: cookies are Secure even when a proxy hides the scheme
    trusted_proxies: frozenset[str]  # FORWARDED_ALLOW_IPS, as gunicorn reads it ("*" trusts all)

    @classmethod
    def from_settings(cls, settings: Settings) -> ConsoleConfig:
        """Read CONSOLE_IDLE_MINUTES (or CONSOLE_IDLE_SECONDS), CONSOLE_MAX_HOURS and CANNED_REPLIES_PATH."""
        env = settings.env
        idle = timedelta(minutes=_positive(env, "CONSOLE_IDLE_MINUTES", 15))
        if env.get("CONSOLE_IDLE_SECONDS"):  # for tests and demos of the idle logoff
            idle = timedelta(seconds=_positive(env, "CONSOLE_IDLE_SECONDS", 0))
        absolute = timedelta(hours=_positive(env, "CONSOLE_MAX_HOURS", 12))
        raw_path = env.get("CANNED_REPLIES_PATH")
        canned = Path(raw_path).expanduser().resolve() if raw_path else PACKAGED_CANNED
        if not canned.is_file():
            raise ConfigError("CANNED_REPLIES_PATH", f"{canned} does not exist or is not a file.")
        proxies = frozenset(p.strip() for p in env.get("FORWARDED_ALLOW_IPS", "127.0.0.1").split(",") if p.strip())
        https = (settings.public_base_url or "").startswith("https://")
        return cls(Limits(idle, max(absolute, idle)), canned, https, proxies)


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(name, f"{raw!r} must be a whole number of at least 1.")
    return int(raw)
