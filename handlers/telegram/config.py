"""Telegram settings from the environment, refused at start-up with the variable named when wrong."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.errors import ConfigError
from bot.settings import http_url, positive_number

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
WEBHOOK_PATH = "/webhooks/telegram"
# What the bot handles; Telegram sends nothing else once set-webhook has run.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")

_TOKEN = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{16,256}$")  # Telegram allows 1-256 of these; 16+ is guessable-proof


@dataclass(frozen=True)
class TelegramConfig:
    """The bot token, the webhook secret, where the Bot API is, and how fast we may send."""

    token: str = field(repr=False)
    webhook_secret: str = field(repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    per_chat_per_second: float = 1.0
    per_second: float = 30.0
    timeout: float = 10.0


def from_env(env: Mapping[str, str]) -> TelegramConfig:
    """Read TELEGRAM_* variables; raise ConfigError naming the variable and how to fix it."""
    return TelegramConfig(
        token=_token(env),
        webhook_secret=_secret(env),
        api_base_url=http_url(env, "TELEGRAM_API_BASE_URL", DEFAULT_API_BASE_URL),
        per_chat_per_second=positive_number(env, "TELEGRAM_PER_CHAT_PER_SECOND", 1.0),
        per_second=positive_number(env, "TELEGRAM_PER_SECOND", 30.0),
        timeout=positive_number(env, "TELEGRAM_TIMEOUT", 10.0),
    )


def webhook_url(public_base_url: str | None) -> str:
    """Where Telegram must POST updates: PUBLIC_BASE_URL + /webhooks/telegram."""
    if not public_base_url:
        raise ConfigError(
            "PUBLIC_BASE_URL",
            "is not set. Set it to the public https:// address of this app (e.g. https://careline.example.org).",
        )
    return public_base_url.rstrip("/") + WEBHOOK_PATH


def _token(env: Mapping[str, str]) -> str:
    token = (env.get("TELEGRAM_BOT_TOKEN") or "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN", "is not set. Create a bot with @BotFather and paste its token here.")
    if not _TOKEN.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN", "does not look like a bot token (123456789:AA...). Copy it again from @BotFather."
        )
    return token


def _secret(env: Mapping[str, str]) -> str:
    secret = (env.get("TELEGRAM_WEBHOOK_SECRET") or "").strip()
    if not secret:
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET",
            "is not set. Generate one with `python -c 'import secrets; print(secrets.token_urlsafe(32))'`.",
        )
    if not _SECRET.match(secret):
        raise ConfigError(
            "TELEGRAM_WEBHOOK_SECRET", "must be 16 to 256 letters, digits, '_' or '-' (Telegram's secret_token rules)."
        )
    return secret
