"""Test helpers for the SMS/WhatsApp channel: patient phones (signed webhooks, TwiML back), staff, jobs."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from html import unescape
from pathlib import Path
from typing import Any

from flask.testing import FlaskClient
from rq import Queue, SimpleWorker
from rq.registry import ScheduledJobRegistry
from twilio.request_validator import RequestValidator

from bot import queues
from bot.services import Services
from tests.support.twilio_standin import TwilioStandIn

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "twilio"
ACCOUNT_SID = "AC" + "a" * 32
AUTH_TOKEN = "test-auth-token-0123456789abcdef"
PUBLIC_BASE_URL = "https://careline.example-clinic.org"
CLINIC_NUMBER = "+15550100200"
WEBHOOK = f"{PUBLIC_BASE_URL}/webhooks/twilio"
_MESSAGE = re.compile(r"<Message>(.*?)</Message>", re.DOTALL)


def fixture(name: str) -> dict[str, str]:
    """A captured-shape webhook body from tests/fixtures/twilio."""
    loaded: dict[str, str] = json.loads((FIXTURES / f"{name}.json").read_text())
    return loaded


def new_sid(prefix: str = "SM") -> str:
    """A fresh Twilio-style message sid."""
    return prefix + secrets.token_hex(16)


def sign(form: dict[str, str], url: str = WEBHOOK, token: str = AUTH_TOKEN) -> str:
    """X-Twilio-Signature as Twilio computes it."""
    return str(RequestValidator(token).compute_signature(url, form))


def messages(twiml: str) -> list[str]:
    """The <Message> bodies of a TwiML answer."""
    return [unescape(m) for m in _MESSAGE.findall(twiml)]


@dataclass
class Phone:
    """One patient number texting the clinic over SMS or WhatsApp."""

    client: FlaskClient
    number: str = "+14155550123"
    channel: str = "sms"

    def form(self, text: str, *, sid: str | None = None, media: tuple[tuple[str, str], ...] = ()) -> dict[str, str]:
        """The webhook body Twilio would post for this message."""
        shape = "whatsapp" if self.channel == "whatsapp" else ("mms" if media else "sms")
        form = {k: v for k, v in fixture(shape).items() if not k.startswith(("MediaUrl", "MediaContentType"))}
        prefix = "whatsapp:" if self.channel == "whatsapp" else ""
        sid = sid or new_sid("MM" if media else "SM")
        form.update(MessageSid=sid, SmsSid=sid, SmsMessageSid=sid, From=prefix + self.number, Body=text)
        form["NumMedia"] = str(len(media))
        for i, (url, content_type) in enumerate(media):
            form[f"MediaUrl{i}"], form[f"MediaContentType{i}"] = url, content_type
        return form

    def post(self, form: dict[str, str], *, signature: str | None = None, path: str = "/webhooks/twilio") -> Any:
        """POST a webhook signed for the public URL (or with the given signature)."""
        headers = {"X-Twilio-Signature": signature if signature is not None else sign(form, PUBLIC_BASE_URL + path)}
        return self.client.post(path, data=form, headers=headers)

    def say(self, text: str, **kw: Any) -> list[str]:
        """Send a message; the texts of the TwiML answer (fails unless the webhook answered 200)."""
        response = self.post(self.form(text, **kw))
        assert response.status_code == 200, response.get_data(as_text=True)
        assert response.mimetype == "text/xml"
        return messages(response.get_data(as_text=True))


def run_jobs(services: Services, *, rounds: int = 20) -> None:
    """Run queued delivery jobs in-process; scheduled retries and reschedules are run at once, not waited for."""
    queue = Queue(queues.OUTBOUND, connection=services.redis.rq)
    registry = ScheduledJobRegistry(queue=queue)
    for _ in range(rounds):
        SimpleWorker(list(queues.ALL), connection=services.redis.rq).work(burst=True)
        due = registry.get_job_ids()
        if not due:
            return
        for job_id in due:
            registry.requeue(job_id)
    raise AssertionError(f"delivery jobs still rescheduling after {rounds} rounds")


def staff_reply(client: FlaskClient, auth: dict[str, Any], conversation_id: str, text: str) -> str:
    """Alice replies through the staff API; the outbound message id."""
    response = client.post(f"/api/conversations/{conversation_id}/reply", json={"text": text}, headers=auth)
    assert response.status_code == 202, response.get_json()
    message_id: str = response.get_json()["message_id"]
    return message_id


def conversation(client: FlaskClient, auth: dict[str, Any], conversation_id: str) -> dict[str, Any]:
    """What staff see of a conversation (state, flags, history with delivery states)."""
    response = client.get(f"/api/conversations/{conversation_id}", headers=auth)
    assert response.status_code == 200
    body: dict[str, Any] = response.get_json()
    return body


@dataclass
class Clinic:
    """The staff side: Alice's API calls, the delivery worker, and what reached Twilio's stand-in."""

    client: FlaskClient
    services: Services
    auth: dict[str, Any]
    standin: TwilioStandIn

    def waiting(self) -> list[str]:
        """Conversation ids in the staff queue."""
        return self.services.store.queue_ids()

    def reply(self, conversation_id: str, text: str) -> str:
        """Alice replies; the outbound message id."""
        return staff_reply(self.client, self.auth, conversation_id, text)

    def deliver(self) -> None:
        """Run the delivery worker until nothing is queued."""
        run_jobs(self.services)

    def seen(self, conversation_id: str) -> dict[str, Any]:
        """The conversation as staff see it."""
        return conversation(self.client, self.auth, conversation_id)

    def delivery(self, conversation_id: str, text: str) -> dict[str, Any]:
        """The delivery state staff see next to the message with this text."""
        history = self.seen(conversation_id)["history"]
        found: dict[str, Any] = next(h["delivery"] for h in history if h.get("delivery") and h["text"] == text)
        return found

    def bodies(self) -> list[str | None]:
        """The Body of every create request Twilio got (None for a template)."""
        return [c.get("Body") for c in self.standin.creates]
