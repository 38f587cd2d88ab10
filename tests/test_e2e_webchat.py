"""End to end over real HTTP: gunicorn, a real RQ worker process and redis-server, as `make run` starts them."""

from __future__ import annotations

import json
import os
import queue
import secrets
import subprocess
import sys
import threading
from typing import Any

import httpx
import pytest

from bot.staff import Role
from tests.support.live import LiveStack

pytestmark = pytest.mark.e2e


def chat_headers(session: str) -> dict[str, str]:
    return {"X-Chat-Session": session}


def say(live: LiveStack, session: str, text: str) -> list[str]:
    response = httpx.post(
        f"{live.base_url}/chat/api/messages",
        json={"text": text, "client_id": secrets.token_hex(8)},
        headers=chat_headers(session),
        timeout=10,
    )
    assert response.status_code == 200, response.text
    return [r["text"] for r in response.json()["replies"]]


def follow_stream(live: LiveStack, session: str, after: str, into: queue.Queue[dict[str, Any]]) -> None:
    """Read the patient's live stream like the page does, until the first message event."""
    url = f"{live.base_url}/chat/api/stream?after={after}"
    with httpx.stream("GET", url, headers=chat_headers(session), timeout=40) as response:
        event = None
        for line in response.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "message":
                into.put(json.loads(line[6:]))
                return


def test_patient_gets_faq_answer_then_handoff_then_staff_reply_live(live: LiveStack) -> None:
    session = secrets.token_urlsafe(24)
    assert "8am to 6pm" in say(live, session, "what time do u open")[0]
    assert "staff will reply" in say(live, session, "I want to dispute a bill from March and talk to someone")[0]

    # An operator in a second terminal sees the waiting conversation with the CLI, on the same Redis.
    out = subprocess.run(
        [sys.executable, "-m", "bot", "queue", "--json"],
        env={**os.environ, **live.env},
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["state"], r["reason"], r["channel"]) for r in rows] == [("waiting", "asked_for_person", "webchat")]

    history = httpx.get(f"{live.base_url}/chat/api/history", headers=chat_headers(session), timeout=10).json()
    events: queue.Queue[dict[str, Any]] = queue.Queue()
    threading.Thread(target=follow_stream, args=(live, session, history["last_id"], events), daemon=True).start()

    services = live.services()
    services.staff.add("bob", "a long enough password", Role.AGENT)
    token = services.staff.new_token("bob")
    response = httpx.post(
        f"{live.base_url}/api/conversations/{rows[0]['id']}/reply",
        json={"text": "Hello, Bob from billing here. Which invoice is it?"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 202

    pushed = events.get(timeout=20)  # delivered by the worker process, pushed without a reload
    assert (pushed["author"], pushed["text"]) == ("staff", "Hello, Bob from billing here. Which invoice is it?")


def test_healthz_reports_redis(live: LiveStack) -> None:
    response = httpx.get(f"{live.base_url}/healthz", timeout=5)
    assert response.json() == {"status": "ok", "redis": "ok"}
