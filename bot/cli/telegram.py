"""`telegram set-webhook|info|delete-webhook`: point Telegram at this app, and see why updates don't arrive."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import settings
from handlers.telegram import operator
from handlers.telegram.config import ALLOWED_UPDATES


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


def _failed(exc: operator.OperatorError) -> int:
    print(f"error: {exc}", file=sys.stderr)
    return exc.code


def set_webhook(args: argparse.Namespace) -> int:
    """Register the webhook with the secret token and only the update types the bot handles."""
    try:
        url = operator.set_webhook(settings(), drop_pending_updates=args.drop_pending_updates)
    except operator.OperatorError as exc:
        return _failed(exc)
    print(f"Webhook set: {url}")
    dropped = " (pending updates dropped)" if args.drop_pending_updates else ""
    print(f"Updates: {', '.join(ALLOWED_UPDATES)}{dropped}")
    return 0


def delete_webhook(args: argparse.Namespace) -> int:
    """Remove the webhook; pending updates stay with Telegram unless --drop-pending-updates."""
    try:
        operator.delete_webhook(settings(), drop_pending_updates=args.drop_pending_updates)
    except operator.OperatorError as exc:
        return _failed(exc)
    print("Webhook deleted" + (" and pending updates dropped." if args.drop_pending_updates else "."))
    return 0


def info(args: argparse.Namespace) -> int:
    """Print getWebhookInfo plainly, with a hint when something looks wrong."""
    try:
        lines = operator.webhook_report(settings())
    except operator.OperatorError as exc:
        return _failed(exc)
    for line in lines:
        print(line)
    return 0
