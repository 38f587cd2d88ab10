"""Settings from the environment, checked once at start-up with errors that say how to fix them."""

from __future__ import annotations

import os
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bot.errors import ConfigError
from bot.redis_conn import SENTINEL_SCHEME, parse_sentinel

PACKAGED_FAQ = Path(__file__).resolve().parent.parent / "faq" / "data" / "faq.yaml"
PACKAGED_HOURS = Path(__file__).resolve().parent.parent / "routing" / "data" / "hours.yaml"


def load_dotenv_file() -> None:
    """Read `.env` from the working directory in development; real environment variables win."""
    from dotenv import load_dotenv

    path = Path.cwd() / ".env"
    if path.is_file():
        load_dotenv(path, override=False)


@dataclass(frozen=True)
class HandoffSettings:
    """Timers and contacts of the handoff engine (SLA watchdog, business hours, on-call alerts)."""

    sla_minutes: dict[str, int]  # by priority name: how long a conversation may wait unclaimed
    assigned_idle_minutes: int  # an assigned patient waiting this long for staff goes back to the queue
    reopen_hours: int  # a resolved/bot conversation idle longer than this starts afresh
    watchdog_seconds: int
    nurse_line: str
    hours_path: Path
    oncall_number: str | None  # alerted by SMS, or by a WhatsApp template when it reads "whatsapp:+1…"
    oncall_webhook_url: str | None


@dataclass(frozen=True)
class Settings:
    """Core settings. Channel modules read their own variables from `env` (see handlers/)."""

    redis_url: str
    redis_is_local: bool
    var_dir: Path
    faq_path: Path
    channels: tuple[str, ...]
    retention_days: int
    clinic_name: str
    clinic_phone: str
    secret_key: str
    public_base_url: str | None
    log_level: str
    handoff: HandoffSettings
    env: Mapping[str, str] = field(repr=False, default_factory=dict)

    @property
    def retention_seconds(self) -> int:
        """Retention period in seconds, for Redis TTLs."""
        return self.retention_days * 86400

    @property
    def local_redis_socket(self) -> Path:
        """The socket the embedded Redis listens on when REDIS_URL is not set."""
        return local_redis_socket(self.var_dir)


def local_redis_socket(var_dir: Path) -> Path:
    """Where `make run` puts the embedded Redis socket, so every local process finds the same one."""
    return var_dir / "redis.sock"


def from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Build Settings from environment variables; raise ConfigError naming the variable on bad input."""
    env = dict(os.environ if environ is None else environ)
    var_dir = Path(env.get("VAR_DIR") or "var").resolve()
    redis_url, is_local = _redis_url(env, var_dir)
    return Settings(
        redis_url=redis_url,
        redis_is_local=is_local,
        var_dir=var_dir,
        faq_path=_existing_file(env, "FAQ_PATH", PACKAGED_FAQ),
        channels=_channels(env),
        retention_days=_positive_int(env, "RETENTION_DAYS", 30),
        clinic_name=env.get("CLINIC_NAME") or "Example Family Clinic",
        clinic_phone=env.get("CLINIC_PHONE") or "(555) 010-0100",
        secret_key=env.get("SECRET_KEY") or _local_secret(var_dir),
        public_base_url=_public_base_url(env),
        log_level=_log_level(env),
        handoff=_handoff(env),
        env=env,
    )


def oncall_target(number: str) -> tuple[str, str]:
    """The channel and E.164 number an ONCALL_NUMBER names: ("whatsapp", "+1…") or ("sms", "+1…")."""
    channel, _, bare = number.rpartition(":")
    return channel or "sms", bare


def _handoff(env: Mapping[str, str]) -> HandoffSettings:
    number = (env.get("ONCALL_NUMBER") or "").strip() or None
    if number and not re.fullmatch(r"(whatsapp:)?\+[1-9]\d{6,14}", number):
        raise ConfigError(
            "ONCALL_NUMBER",
            f"{number!r} must be an E.164 number like +15550100111 (SMS), or whatsapp:+15550100111 for WhatsApp.",
        )
    webhook = (env.get("ONCALL_WEBHOOK_URL") or "").strip() or None
    if webhook and urlparse(webhook).scheme not in ("https", "http"):
        raise ConfigError("ONCALL_WEBHOOK_URL", "must be an https:// URL (e.g. a Slack or Teams incoming webhook).")
    return HandoffSettings(
        sla_minutes={
            "urgent": _positive_int(env, "SLA_URGENT_MINUTES", 2),
            "high": _positive_int(env, "SLA_HIGH_MINUTES", 10),
            "routine": _positive_int(env, "SLA_ROUTINE_MINUTES", 30),
        },
        assigned_idle_minutes=_positive_int(env, "SLA_ASSIGNED_IDLE_MINUTES", 15),
        reopen_hours=_positive_int(env, "REOPEN_HOURS", 24),
        watchdog_seconds=_positive_int(env, "WATCHDOG_INTERVAL_SECONDS", 30),
        nurse_line=env.get("NURSE_LINE") or "(555) 010-0111",
        hours_path=_existing_file(env, "HOURS_PATH", PACKAGED_HOURS),
        oncall_number=number,
        oncall_webhook_url=webhook,
    )


def _redis_url(env: Mapping[str, str], var_dir: Path) -> tuple[str, bool]:
    url = env.get("REDIS_URL", "").strip()
    if not url:
        return f"unix://{local_redis_socket(var_dir)}", True
    scheme = urlparse(url).scheme
    if scheme not in ("redis", "rediss", "unix", SENTINEL_SCHEME):
        raise ConfigError(
            "REDIS_URL",
            f"{scheme or 'no scheme'!r} is not a Redis URL. Use redis://host:6379/0, rediss://… for TLS, "
            "unix:///path/redis.sock, or redis+sentinel://host:26379,host2:26379/mymaster for Sentinel; "
            "or unset it to use the embedded Redis that `make run` starts.",
        )
    if scheme == SENTINEL_SCHEME:
        try:
            parse_sentinel(url)
        except ValueError as exc:
            example = "redis+sentinel://host:26379,host2:26379/mymaster"
            raise ConfigError("REDIS_URL", f"{exc}. Example: {example}") from None
    return url, False


def _existing_file(env: Mapping[str, str], name: str, default: Path) -> Path:
    raw = env.get(name)
    path = Path(raw).expanduser().resolve() if raw else default
    if not path.is_file():
        raise ConfigError(name, f"{path} does not exist or is not a file. Point {name} at your YAML file.")
    return path


def _channels(env: Mapping[str, str]) -> tuple[str, ...]:
    # Names are checked against the channel registry (handlers/registry.py) when channels load.
    names = tuple(dict.fromkeys(n.strip().lower() for n in env.get("CHANNELS", "webchat").split(",") if n.strip()))
    if not names:
        raise ConfigError("CHANNELS", "no channel enabled; set e.g. CHANNELS=webchat,twilio.")
    return names


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(name, f"{raw!r} is not a whole number.") from None
    if value < 1:
        raise ConfigError(name, f"must be at least 1, got {value}.")
    return value


def positive_number(env: Mapping[str, str], name: str, default: float) -> float:
    """A setting that must be a number above 0 (rates, timeouts); ConfigError names it otherwise."""
    raw = (env.get(name) or "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(name, f"{raw!r} is not a number.") from None
    if not value > 0:
        raise ConfigError(name, f"must be greater than 0, got {raw}.")
    return value


def http_url(env: Mapping[str, str], name: str, default: str) -> str:
    """A setting that must be an http(s) URL (provider API bases); trailing slashes dropped."""
    raw = (env.get(name) or default).strip().rstrip("/")
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(name, f"{raw!r} is not an http(s) URL, e.g. {default}.")
    return raw


def _public_base_url(env: Mapping[str, str]) -> str | None:
    raw = (env.get("PUBLIC_BASE_URL") or "").strip().rstrip("/")
    if not raw:
        return None
    parsed = urlparse(raw)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError("PUBLIC_BASE_URL", f"{raw!r} must be the public https://host the providers call.")
    return raw


def _log_level(env: Mapping[str, str]) -> str:
    level = (env.get("LOG_LEVEL") or "INFO").upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError("LOG_LEVEL", f"{level!r} is not one of DEBUG, INFO, WARNING, ERROR.")
    return level


def _local_secret(var_dir: Path) -> str:
    """A per-install secret kept under var/, so a single machine needs no setup.

    Several machines must share SECRET_KEY (README: scaling out), or sessions break between them.
    """
    path = var_dir / "secret_key"
    if path.is_file():
        return path.read_text().strip()
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process of this install won the race: use its key
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key
