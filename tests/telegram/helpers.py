"""Telegram dialog helpers: a patient posting real Update shapes, and deliveries run in this process."""

from __future__ import annotations

import itertools
import json
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient
from rq import Queue, SimpleWorker
from werkzeug.test import TestResponse

from bot import queues
from bot.services import Services
from tests.support.telegram_standin import BotApiStandIn

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "telegram"
FIXTURE_CHAT = 5550001  # the private chat (and user) id in the captured updates
TOKEN = "123456789:AAE-test-token-for-the-stand-in"
SECRET = "test-webhook-secret-0123456789"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_update_ids = itertools.count(300_000_000)


def load_update(name: str, chat_id: int = FIXTURE_CHAT, update_id: int | None = None) -> dict[str, Any]:
    """A captured Update shape, re-addressed to `chat_id`, with a fresh update_id unless one is given."""
    data: dict[str, Any] = json.loads((FIXTURES / f"{name}.json").read_text().replace(str(FIXTURE_CHAT), str(chat_id)))
    data["update_id"] = next(_update_ids) if update_id is None else update_id
    return data


def deliver_all(services: Services, timeout: float = 30.0) -> None:
    """Run due delivery jobs in this process until none is queued or scheduled.

    One SimpleWorker process runs every job, so one event loop and one Bot serve them all: the
    pattern that breaks with "Event loop is closed" when a Bot outlives its loop.
    """
    rq = services.redis.rq
    queue = Queue(queues.OUTBOUND, connection=rq)
    deadline = time.monotonic() + timeout
    while True:
        SimpleWorker([queue], connection=rq).work(burst=True, with_scheduler=True, logging_level="WARNING")
        if queue.count == 0 and queue.scheduled_job_registry.count == 0:
            return
        assert time.monotonic() < deadline, "deliveries still pending"
        time.sleep(0.05)


@dataclass
class TelegramPatient:
    """A patient in a private chat with the bot: updates go to the webhook, replies come from the stand-in."""

    client: FlaskClient
    services: Services
    api: BotApiStandIn
    chat_id: int
    seen: int = 0

    def post(self, update: dict[str, Any], secret: str | None = SECRET) -> TestResponse:
        """POST one Update to the webhook, with the secret header unless `secret` is None."""
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        return self.client.post("/webhooks/telegram", json=update, headers=headers)

    def send(self, name: str, update_id: int | None = None, **fields: Any) -> TestResponse:
        """Send a captured update from this patient; `fields` replace the fixture's (text, data, ...)."""
        update = load_update(name, self.chat_id, update_id)
        body = next(value for key, value in update.items() if key != "update_id")
        body.update(fields)
        response = self.post(update)
        assert response.status_code == 200, response.get_data(as_text=True)
        return response

    def say(self, text: str) -> list[str]:
        """Write a text message; the bot's replies as Telegram received them."""
        self.send("message", text=text)
        return self.replies()

    def press(self, callback_data: str) -> TestResponse:
        """Press an inline button; the webhook's answer (answerCallbackQuery rides in it)."""
        return self.send("callback_query", data=callback_data, id=secrets.token_hex(8))

    def replies(self) -> list[str]:
        """Run the deliveries, then the texts delivered to this chat since the last look."""
        deliver_all(self.services)
        delivered = self.api.delivered(str(self.chat_id))
        new, self.seen = delivered[self.seen :], len(delivered)
        return [call.text for call in new]

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback data) of the inline keyboard on the last message delivered to this chat."""
        markup = self.api.delivered(str(self.chat_id))[-1].json("reply_markup") or {"inline_keyboard": []}
        return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]

    def conversation(self) -> dict[str, Any]:
        """The staff view of this patient's conversation (summary and history)."""
        from bot import keys, rtypes
        from handlers import serialize

        store = self.services.store
        cid = rtypes.text(store.redis.get(keys.conversation_by_address("telegram", str(self.chat_id))))
        assert cid is not None, "no conversation for this chat"
        history = store.history(cid)
        deliveries = store.deliveries([h.outbound_id for h in history if h.outbound_id])
        return {**serialize.summary(store.get(cid)), "history": [serialize.entry(h, deliveries) for h in history]}


def converse(patient: TelegramPatient, *turns: tuple[str, Any]) -> None:
    """Check a dialog: each turn is (what the patient writes, a check for the single reply)."""
    for text, check in turns:
        replies = patient.say(text)
        assert len(replies) == 1, f"{text!r}: expected one reply, got {replies}"
        check(replies[0], text)
