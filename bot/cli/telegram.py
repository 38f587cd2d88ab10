"""`telegram set-webhook|info|delete-webhook`: point Telegram at this app, and see why updates don't arrive."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from redis.exceptions import RedisError
from telegram import Bot, WebhookInfo
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError

from bot import keys, rtypes
from bot.cli.common import settings
from bot.redis_conn import connect
from bot.settings import Settings
from handlers.telegram.config import ALLOWED_UPDATES, WEBHOOK_PATH, from_env, webhook_url
from handlers.telegram.sender import BotRunner


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `telegram` command group."""
    p = sub.add_parser("telegram", help="set up and inspect the Telegram webhook")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    drop_help = "also discard the updates Telegram is holding for the bot (they are kept unless you ask)"
    s = actions.add_parser("set-webhook", help="point Telegram at PUBLIC_BASE_URL/webhooks/telegram")
    s.add_argument("--drop-pending-updates", action="store_true", help=drop_help)
    s.set_defaults(handler=set_webhook)
    i = actions.add_parser("info", help="what Telegram reports: webhook URL, pending updates, last error")
    i.set_defaults(handler=info)
    d = actions.add_parser("delete-webhook", help="stop Telegram calling this app")
    d.add_argument("--drop-pending-updates", action="store_true", help=drop_help)
    d.set_defaults(handler=delete_webhook)


def set_webhook(args: argparse.Namespace) -> int:
    """Register the webhook with the secret token and only the update types the bot handles."""
    cfg = settings()
    url = webhook_url(cfg.public_base_url)
    tg = from_env(cfg.env)

    def call(bot: Bot) -> Coroutine[Any, Any, bool]:
        return bot.set_webhook(
            url,
            secret_token=tg.webhook_secret,
            allowed_updates=list(ALLOWED_UPDATES),
            drop_pending_updates=args.drop_pending_updates,
        )

    if (code := _call(cfg, call)) is None:
        print(f"Webhook set: {url}")
        print(
            f"Updates: {', '.join(ALLOWED_UPDATES)}"
            + (" (pending updates dropped)" if args.drop_pending_updates else "")
        )
        return 0
    return code


def delete_webhook(args: argparse.Namespace) -> int:
    """Remove the webhook; pending updates stay with Telegram unless --drop-pending-updates."""
    code = _call(settings(), lambda bot: bot.delete_webhook(drop_pending_updates=args.drop_pending_updates))
    if code is None:
        print("Webhook deleted" + (" and pending updates dropped." if args.drop_pending_updates else "."))
        return 0
    return code


def info(args: argparse.Namespace) -> int:
    """Print getWebhookInfo plainly, with a hint when something looks wrong."""
    cfg = settings()
    found: list[WebhookInfo] = []

    async def call(bot: Bot) -> None:
        found.append(await bot.get_webhook_info())

    if (code := _call(cfg, call)) is not None:
        return code
    expected = cfg.public_base_url + WEBHOOK_PATH if cfg.public_base_url else None
    for line in describe(found[0], expected):
        print(line)
    if ignored := _ignored_counts(cfg):
        print(f"Ignored updates (this app): {ignored}")
    return 0


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


def _call(cfg: Settings, call: Callable[[Bot], Coroutine[Any, Any, Any]]) -> int | None:
    """Run one Bot API call; None on success, else the exit code after printing what went wrong."""
    tg = from_env(cfg.env)
    runner = BotRunner(tg)
    try:
        runner.run(call)
    except InvalidToken:
        print("error: Telegram rejected TELEGRAM_BOT_TOKEN. Copy it again from @BotFather.", file=sys.stderr)
        return 2
    except BadRequest as exc:  # a NetworkError subclass in PTB, but Telegram did answer
        print(f"error: Telegram refused: {exc.message.replace(tg.token, '<token>')}", file=sys.stderr)
        return 1
    except NetworkError as exc:
        reason = exc.message.replace(tg.token, "<token>")
        print(f"error: could not talk to the Bot API at {tg.api_base_url}: {reason}", file=sys.stderr)
        return 1
    except TelegramError as exc:
        print(f"error: Telegram refused: {exc.message.replace(tg.token, '<token>')}", file=sys.stderr)
        return 1
    finally:
        runner.close()
    return None


def _ignored_counts(cfg: Settings) -> str:
    """Updates this app dropped unhandled, by kind, when Redis is reachable (else nothing)."""
    try:
        counts = rtypes.text_hash(connect(cfg.redis_url).data.hgetall(keys.telegram_ignored()))
    except RedisError:
        return ""
    return ", ".join(f"{kind}={n}" for kind, n in sorted(counts.items()))
