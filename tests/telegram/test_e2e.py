"""End to end: Telegram updates into gunicorn, replies out of a real forking RQ worker to the stand-in Bot API."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.staff import Role
from handlers.telegram.split import utf16_len
from tests.support.live import LiveStack
from tests.support.telegram_standin import OK, BotApiStandIn, Call, flood
from tests.support.waiting import wait_for
from tests.telegram.helpers import FIXTURES, SECRET, SECRET_HEADER, TOKEN, load_update

pytestmark = pytest.mark.e2e

CHAT = 7_000_000_001
PUBLIC = "https://careline.example-clinic.org"


@pytest.fixture(scope="module")
def api() -> Iterator[BotApiStandIn]:
    """One stand-in Bot API for the module's live stack."""
    with BotApiStandIn(TOKEN) as standin:
        yield standin


@pytest.fixture(scope="module")
def stack(api: BotApiStandIn) -> Iterator[LiveStack]:
    """gunicorn, an RQ worker (a forked work-horse per job) and redis-server, with Telegram enabled."""
    with tempfile.TemporaryDirectory(prefix="clt") as tmp:  # short path: Unix socket length limit
        live = LiveStack(
            Path(tmp),
            CHANNELS="webchat,telegram",
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_WEBHOOK_SECRET=SECRET,
            TELEGRAM_API_BASE_URL=api.base_url,
            FAQ_PATH=str(FIXTURES / "faq.yaml"),
            PUBLIC_BASE_URL=PUBLIC,
        )
        try:
            yield live.start()
        finally:
            live.stop()


def post(stack: LiveStack, update: dict[str, Any], secret: str | None = SECRET) -> httpx.Response:
    headers = {SECRET_HEADER: secret} if secret else {}
    return httpx.post(f"{stack.base_url}/webhooks/telegram", json=update, headers=headers, timeout=10)


def write(stack: LiveStack, api: BotApiStandIn, fixture: str, **fields: Any) -> list[Call]:
    """The patient sends an update; wait for the bot's reply to reach Telegram."""
    before = len(api.delivered())
    update = load_update(fixture, CHAT)
    update["message"].update(fields)
    assert post(stack, update).status_code == 200
    return delivered(stack, api, before + 1)[before:]


def delivered(stack: LiveStack, api: BotApiStandIn, count: int) -> list[Call]:
    try:
        return api.wait_for_delivered(count)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\nworker log:\n{stack.log('worker0')}") from None


def cli(stack: LiveStack, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **stack.env}
    cmd = [sys.executable, "-m", "bot", "telegram", *args]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=False)


def test_operator_sets_the_webhook_and_sees_its_state(stack: LiveStack, api: BotApiStandIn) -> None:
    done = cli(stack, "set-webhook")
    assert done.returncode == 0, done.stderr
    assert api.webhook["url"] == f"{PUBLIC}/webhooks/telegram"
    info = cli(stack, "info")
    assert info.returncode == 0, info.stderr
    assert f"Webhook URL: {PUBLIC}/webhooks/telegram" in info.stdout
    assert "Pending updates: 0" in info.stdout


def test_a_patient_talks_to_the_bot_then_to_staff_through_the_real_worker(stack: LiveStack, api: BotApiStandIn) -> None:
    assert post(stack, load_update("message", CHAT), secret="not-the-secret-at-all").status_code == 403

    (greeting,) = write(stack, api, "command_start")
    assert "not for emergencies" in greeting.text
    (answer,) = write(stack, api, "message", text="what time do you open")
    assert answer.text == "We are open Monday to Friday, 8am to 6pm."
    (handoff,) = write(stack, api, "message", text="/human")
    assert "staff will reply" in handoff.text

    services = stack.services()
    services.staff.add("carol", "a long enough password", Role.AGENT)
    token = services.staff.new_token("carol")
    conversation = services.store.queue_ids()[0]
    reply = ("The results are back and Dr. Example would like to see you this week. " * 130)[:9000].strip()
    api.script("sendMessage", OK, flood(1))  # part 2 meets flood control: held, then resumed
    response = httpx.post(
        f"{stack.base_url}/api/conversations/{conversation}/reply",
        json={"text": reply},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 202

    parts = [call.text for call in delivered(stack, api, 6)[3:]]
    assert len(parts) == 3
    assert " ".join(parts).split() == reply.split()
    assert all(utf16_len(part) <= 4096 for part in parts)
    api.check_rates(per_chat=1.0, total=30.0)
    api.check_flood_waits()
    history = services.store.history(conversation)
    ids = [h.outbound_id for h in history if h.outbound_id]
    # the stand-in sees the last call before the worker has read its answer and recorded "sent": wait for the record
    wait_for(lambda: {state.status for state in services.store.deliveries(ids).values()} == {"sent"})
