"""Outbound Telegram: a Bot on this process's own event loop, and Bot API errors mapped to SendFailed.

python-telegram-bot is asyncio-only and its HTTP client keeps connections alive, bound to the loop
that opened them. One Bot must therefore never outlive its loop ("Event loop is closed" on the next
call after `asyncio.run`), and a forked process (RQ's work-horse) must not reuse its parent's loop or
sockets. So: one loop and one Bot per process, made on first use and made again after a fork.

Exactly once: Telegram has no idempotency key. A timeout after the request was written, or a worker
that died mid-send (`meta["interrupted"]`), leaves it unknown whether the patient got the message. We
send again (at least once): a patient seeing one message twice is better than a staff reply silently
lost. Long messages record each part as sent, so at most the one part in flight can repeat.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import warnings
from collections.abc import Callable, Coroutine
from datetime import timedelta
from typing import Any, TypeVar

import httpx
from telegram import Bot
from telegram.error import BadRequest, ChatMigrated, Forbidden, InvalidToken, RetryAfter, TelegramError, TimedOut
from telegram.request import HTTPXRequest
from telegram.warnings import PTBDeprecationWarning

from bot.errors import SendFailed
from bot.messages import OutboundMessage
from handlers.telegram import choices
from handlers.telegram.config import TelegramConfig

log = logging.getLogger(__name__)
T = TypeVar("T")

# httpx logs every request URL at INFO, and the Bot API puts the bot token in the URL; PTB logs
# message parameters (patient text) at DEBUG. Neither belongs in CareLine's logs.
for _name in ("httpx", "httpcore", "telegram"):
    logging.getLogger(_name).setLevel(logging.WARNING)


class BotRunner:
    """Runs Bot API calls on this process's event loop, with the one Bot bound to that loop."""

    def __init__(self, config: TelegramConfig) -> None:
        self.config = config
        self._lock = threading.Lock()  # one loop runs one call at a time
        self._pid: int | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._bot: Bot | None = None
        self._requests: tuple[HTTPXRequest, ...] = ()

    def run(self, call: Callable[[Bot], Coroutine[Any, Any, T]]) -> T:
        """Run `call(bot)` to completion on this process's loop."""
        with self._lock, warnings.catch_warnings():
            # PTB's RetryAfter reads its own int-or-timedelta `retry_after` when built and warns about
            # the int form; we accept both (retry_after_seconds), so that warning is noise.
            warnings.filterwarnings("ignore", message=".*`retry_after`", category=PTBDeprecationWarning)
            loop, bot = self._current()
            return loop.run_until_complete(call(bot))

    def _current(self) -> tuple[asyncio.AbstractEventLoop, Bot]:
        if self._pid != os.getpid() or self._loop is None or self._bot is None:
            # First use, or a forked child: the parent's loop and keep-alive sockets are not ours to use.
            self._requests = (_request(self.config), HTTPXRequest(connection_pool_size=1))
            self._bot = Bot(
                self.config.token,
                base_url=self.config.api_base_url,
                request=self._requests[0],
                get_updates_request=self._requests[1],  # never used (webhooks), but PTB always makes one
            )
            self._loop = asyncio.new_event_loop()
            self._pid = os.getpid()
        return self._loop, self._bot

    def close(self) -> None:
        """Close this process's connections and loop (CLI commands and tests; a work-horse just exits)."""
        with self._lock:
            if self._loop is not None and self._pid == os.getpid():
                self._loop.run_until_complete(_shutdown(self._requests))
                self._loop.close()
            self._loop, self._bot, self._pid, self._requests = None, None, None, ()


async def _shutdown(requests: tuple[HTTPXRequest, ...]) -> None:
    await asyncio.gather(*(r.shutdown() for r in requests))


def _request(config: TelegramConfig) -> HTTPXRequest:
    """HTTP/1.1 keep-alive to the Bot API, with timeouts short enough to retry rather than hang a worker."""
    return HTTPXRequest(
        connection_pool_size=8,
        connect_timeout=min(config.timeout, 5.0),
        read_timeout=config.timeout,
        write_timeout=config.timeout,
        pool_timeout=config.timeout,
        http_version="1.1",
    )


class TelegramSender:
    """Sends one message (or one part of a split one) to a private chat; buttons ride on the last part."""

    def __init__(self, runner: BotRunner) -> None:
        self.runner = runner

    def send(self, message: OutboundMessage) -> str:
        """Deliver through sendMessage; return Telegram's message id or raise SendFailed."""
        if not message.recipient.lstrip("-").isdigit():
            raise SendFailed("not a Telegram chat id", permanent=True)
        if message.meta.get("interrupted"):
            log.warning("telegram send repeated after an interrupted attempt msg=%s", message.id)
        last_part = message.meta.get("part", "1") == message.meta.get("parts", "1")
        markup = choices.keyboard(message.choices) if message.choices and last_part else None
        chat_id = int(message.recipient)
        try:
            sent = self.runner.run(lambda bot: bot.send_message(chat_id, message.text, reply_markup=markup))
        except TelegramError as exc:
            raise failure(exc) from None
        return str(sent.message_id)


def failure(exc: TelegramError) -> SendFailed:
    """What a Bot API error means for delivery: wait, retry, give up, or the patient is unreachable."""
    if isinstance(exc, RetryAfter):
        return SendFailed("Telegram flood control", retry_after=retry_after_seconds(exc))
    if isinstance(exc, Forbidden):  # blocked by the user, never started, or deactivated
        return SendFailed(f"Telegram: {exc.message}", unreachable=True)
    if isinstance(exc, BadRequest | ChatMigrated):
        return SendFailed(f"Telegram refused the message: {exc.message[:200]}", permanent=True)
    if isinstance(exc, InvalidToken):  # retried: messages survive while an operator fixes the token
        log.error("telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
        return SendFailed("Telegram rejected the bot token (TELEGRAM_BOT_TOKEN)")
    if isinstance(exc, TimedOut):
        sent = not isinstance(exc.__cause__, httpx.ConnectTimeout | httpx.PoolTimeout)
        return SendFailed("Telegram did not answer in time" + (" (it may have been delivered)" if sent else ""))
    return SendFailed(f"Telegram unavailable ({type(exc).__name__})")  # 5xx, connection errors


def retry_after_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after in seconds: an int, or a timedelta when PTB_TIMEDELTA is set."""
    with warnings.catch_warnings():  # PTB warns that the int form is going away; we accept both
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value: int | float | timedelta = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
