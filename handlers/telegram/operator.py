"""Operator actions on the Bot API (set/delete the webhook, read getWebhookInfo), for `python -m bot telegram`."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from redis.exceptions import RedisError
from telegram import Bot, WebhookInfo
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

from bot import keys, rtypes
from bot.redis_conn import connect
from bot.settings import Settings
from handlers.telegram.config import ALLOWED_UPDATES, WEBHOOK_PATH, from_env, webhook_url
from handlers.telegram.sender import BotRunner


class OperatorError(Exception):
    """A Bot API call failed; the message is safe to print (the token is masked), `code` is the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def set_webhook(cfg: Settings, *, drop_pending_updates: bool) -> str:
    """Register the webhook with the secret token and only the update types the bot handles; its URL."""
    url = webhook_url(cfg.public_base_url)
    tg = from_env(cfg.env)

    def call(bot: Bot) -> Coroutine[Any, Any, bool]:
        return bot.set_webhook(
            url,
            secret_token=tg.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=drop_pending_updates,
        )

    _call(cfg, call)
    return url


def delete_webhook(cfg: Settings, *, drop_pending_updates: bool) -> None:
    """Remove the webhook; pending updates stay with Telegram unless asked."""
    _call(cfg, lambda bot: bot.delete_webhook(drop_pending_updates=drop_pending_updates))


def webhook_report(cfg: Settings) -> list[str]:
    """getWebhookInfo as plain lines with hints, plus what this app dropped unhandled."""
    found: list[WebhookInfo] = []

    async def call(bot: Bot) -> None:
        found.append(await bot.get_webhook_info())

    _call(cfg, call)
    expected = cfg.public_base_url + WEBHOOK_PATH if cfg.public_base_url else None
    lines = describe(found[0], expected)
    if ignored := _ignored_counts(cfg):
        lines.append(f"Ignored updates (this app): {ignored}")
    return lines


def describe(hook: WebhookInfo, expected_url: str | None) -> list[str]:
    """getWebhookInfo as plain lines: URL, pending updates, last errors, allowed updates, and hints."""
    last_error = (
        f"{hook.last_error_date:%Y-%m-%d %H:%M:%S} UTC: {hook.last_error_message}" if hook.last_error_date else "none"
    )
    lines = [
        f"Webhook URL: {hook.url or '(none)'}",
        f"Pending updates: {hook.pending_update_count}",
        f"Last error: {last_error}",
        f"Allowed updates: {', '.join(hook.allowed_updates) if hook.allowed_updates else '(all but a few)'}",
        f"Max connections: {hook.max_connections or '-'}",
    ]
    if hook.last_synchronization_error_date:
        lines.append(f"Last synchronization error: {hook.last_synchronization_error_date:%Y-%m-%d %H:%M:%S} UTC")
    if not hook.url:
        lines.append("Hint: no webhook is set, so Telegram holds updates. Run `python -m bot telegram set-webhook`.")
    elif expected_url and hook.url != expected_url:
        lines.append(f"Hint: the webhook is not {expected_url}. Run `python -m bot telegram set-webhook`.")
    if hook.url and hook.last_error_date and hook.pending_update_count:
        lines.append("Hint: Telegram cannot deliver: check that the URL is reachable over HTTPS and the app is up.")
    return lines


def _call(cfg: Settings, call: Callable[[Bot], Coroutine[Any, Any, Any]]) -> None:
    """Run one Bot API call; OperatorError (token masked) when it fails."""
    tg = from_env(cfg.env)
    runner = BotRunner(tg)
    try:
        runner.run(call)
    except InvalidToken:
        raise OperatorError("Telegram rejected TELEGRAM_BOT_TOKEN. Copy it again from @BotFather.", 2) from None
    except BadRequest as exc:  # a NetworkError subclass in PTB, but Telegram did answer
        raise OperatorError(f"Telegram refused: {exc.message.replace(tg.token, '<token>')}", 1) from None
    except NetworkError as exc:
        reason = exc.message.replace(tg.token, "<token>")
        raise OperatorError(f"could not talk to the Bot API at {tg.api_base_url}: {reason}", 1) from None
    except TelegramError as exc:
        raise OperatorError(f"Telegram refused: {exc.message.replace(tg.token, '<token>')}", 1) from None
    finally:
        runner.close()


def _ignored_counts(cfg: Settings) -> str:
    """Updates this app dropped unhandled, by kind, when Redis is reachable (else nothing)."""
    try:
        counts = rtypes.text_hash(connect(cfg.redis_url).data.hgetall(keys.telegram_ignored()))
    except RedisError:
        return ""
    return ", ".join(f"{kind}={n}" for kind, n in sorted(counts.items()))
