"""End to end on real processes: gunicorn and an RQ worker (as the Procfile starts them), the real twilio SDK
talking to the stand-in, and signed webhooks over HTTP, including Redis stopped mid-traffic."""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot import keys, localredis
from bot.staff import Role
from tests.support.live import LiveStack
from tests.support.redis_server import RedisServer
from tests.support.twilio_standin import TwilioStandIn
from tests.support.waiting import wait_for
from tests.twilio.support import ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER, fixture, messages, new_sid, sign

pytestmark = pytest.mark.e2e


class PersistentRedis(RedisServer):
    """The stack's redis-server with its append-only file on, like production: a restart keeps the data."""

    def start(self) -> None:
        """Start (or restart) with persistence."""
        self.proc = localredis.start(self.directory, self.socket, persist=True)


@pytest.fixture(scope="module")
def standin() -> Iterator[TwilioStandIn]:
    """One stand-in for the module's live stack."""
    server = TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def live(standin: TwilioStandIn) -> Iterator[LiveStack]:
    """gunicorn + an RQ worker + redis-server with CHANNELS=webchat,twilio; Twilio calls it directly."""
    with tempfile.TemporaryDirectory(prefix="clt") as tmp:
        stack = LiveStack(
            Path(tmp),
            CHANNELS="webchat,twilio",
            TWILIO_ACCOUNT_SID=ACCOUNT_SID,
            TWILIO_AUTH_TOKEN=AUTH_TOKEN,
            TWILIO_FROM=CLINIC_NUMBER,
            TWILIO_API_BASE_URL=standin.url,
            WEB_CONCURRENCY="2",
        )
        stack.redis = PersistentRedis(stack.directory)
        stack.extra_env["PUBLIC_BASE_URL"] = stack.base_url  # no proxy here: Twilio calls gunicorn itself
        try:
            yield stack.start()
        finally:
            stack.stop()


def text(live: LiveStack, number: str, body: str, sid: str | None = None) -> httpx.Response:
    """A patient's SMS as Twilio posts it: signed for the public URL."""
    form = {**fixture("sms"), "From": number, "Body": body, "MessageSid": sid or new_sid()}
    url = f"{live.base_url}/webhooks/twilio"
    return httpx.post(url, data=form, headers={"X-Twilio-Signature": sign(form, url)}, timeout=20)


def staff_token(live: LiveStack) -> dict[str, str]:
    services = live.services()
    if not services.staff.get("carol"):
        services.staff.add("carol", "a long enough password", Role.AGENT)
    return {"Authorization": f"Bearer {services.staff.new_token('carol')}"}


def test_sms_answered_inline_then_staff_reply_delivered_and_reported(live: LiveStack, standin: TwilioStandIn) -> None:
    number = "+14155550101"
    first = text(live, number, "what time do u open")
    assert first.status_code == 200
    assert "8am to 6pm" in messages(first.text)[0]
    assert "staff will reply" in messages(text(live, number, "I want to talk to someone about a bill").text)[0]

    auth = staff_token(live)
    (row,) = httpx.get(f"{live.base_url}/api/queue", headers=auth).json()["conversations"]
    reply = httpx.post(
        f"{live.base_url}/api/conversations/{row['id']}/reply", json={"text": "Carol from billing here."}, headers=auth
    )
    assert reply.status_code == 202
    held = wait_for(lambda: [h for h in standin.held if h.fields["body"] == "Carol from billing here."])
    assert held[0].fields["to"] == number

    # Twilio reports delivery to the public status URL it was given, signed.
    assert standin.report(held[0].fields["sid"], "delivered").status_code == 204
    detail = httpx.get(f"{live.base_url}/api/conversations/{row['id']}", headers=auth).json()
    assert next(h["delivery"]["status"] for h in detail["history"] if h["author"] == "staff") == "delivered"


def test_duplicate_webhooks_sent_at_once_to_gunicorn_are_processed_once(live: LiveStack) -> None:
    sid, bodies = new_sid(), []
    start = threading.Barrier(10)

    def post() -> None:
        start.wait()
        bodies.append(text(live, "+14155550102", "what time do you open", sid).text)

    threads = [threading.Thread(target=post) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(bodies) == 10
    assert len([b for b in bodies if messages(b)]) == 1


def test_stop_suppresses_a_later_staff_reply(live: LiveStack, standin: TwilioStandIn) -> None:
    number = "+14155550103"
    text(live, number, "talk to a human")
    assert "unsubscribed" in messages(text(live, number, "STOP").text)[0]
    auth = staff_token(live)
    cid = next(
        r["id"] for r in httpx.get(f"{live.base_url}/api/queue", headers=auth).json()["conversations"]
        if r["patient"].endswith("0103")
    )  # fmt: skip
    httpx.post(f"{live.base_url}/api/conversations/{cid}/reply", json={"text": "Are you there?"}, headers=auth)

    def delivery() -> Any:
        history = httpx.get(f"{live.base_url}/api/conversations/{cid}", headers=auth).json()["history"]
        found = next((h["delivery"] for h in history if h["text"] == "Are you there?"), None)
        return found if found and found["status"] not in ("queued", "sending") else None

    assert wait_for(delivery)["status"] == "suppressed"
    assert not [h for h in standin.held if h.fields["to"] == number]


def test_redis_stopped_mid_traffic_loses_no_message(live: LiveStack) -> None:
    sent: dict[str, list[str]] = {}
    refused: list[int] = []
    stop = threading.Event()

    def patient(number: str) -> None:
        while not stop.is_set():
            body = f"question {len(sent[number])} about my appointment"
            response = text(live, number, body)
            if response.status_code != 200:
                refused.append(response.status_code)
            sent[number].append(body)

    numbers = [f"+141555502{n:02d}" for n in range(4)]
    threads = [threading.Thread(target=patient, args=(n,)) for n in numbers]
    sent.update({n: [] for n in numbers})
    for t in threads:
        t.start()
    wait_for(lambda: all(len(v) >= 3 for v in sent.values()))
    live.redis.stop()
    wait_for(lambda: httpx.get(f"{live.base_url}/healthz", timeout=5).json().get("spool", 0) >= 8)
    live.redis.start()
    time.sleep(0.5)
    stop.set()
    for t in threads:
        t.join()

    assert refused == []
    wait_for(lambda: httpx.get(f"{live.base_url}/healthz", timeout=5).json() == {"status": "ok", "redis": "ok"})
    store = live.services().store
    for number, bodies in sent.items():
        cid = store.redis.get(keys.conversation_by_address("sms", number))
        said = [h.text for h in store.history(str(cid)) if h.author.value == "patient"]
        assert said == bodies  # every message, once, in the order the patient sent them
