"""A worker killed in the middle of delivering a staff reply: recovered by another worker, delivered once."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import redis
from rq.scheduler import RQScheduler

from bot.messages import InboundMessage
from bot.queues import DEFAULT, OUTBOUND
from bot.staff import Role
from tests.support.live import LiveStack
from tests.support.waiting import wait_for

pytestmark = pytest.mark.e2e


@pytest.fixture
def stack() -> Iterator[tuple[LiveStack, Path, Path]]:
    with tempfile.TemporaryDirectory(prefix="clk") as tmp:
        log, hang = Path(tmp) / "provider.log", Path(tmp) / "hang"
        live = LiveStack(
            Path(tmp) / "s", CHANNELS="webchat,slow", CHANNEL_PLUGINS="slow=tests.support.slow_channel",
            SLOW_CHANNEL_LOG=str(log), SLOW_CHANNEL_HANG=str(hang),
        )  # fmt: skip
        try:
            yield live.start(), log, hang
        finally:
            live.stop()


def test_killed_worker_mid_delivery_then_recovered_delivers_exactly_once(stack: tuple[LiveStack, Path, Path]) -> None:
    live, provider_log, hang = stack
    services = live.services()
    services.staff.add("carol", "a long enough password", Role.AGENT)
    token = services.staff.new_token("carol")
    inbound = InboundMessage("slow", "+15550002222", "talk to a person", "s-1", datetime.now(UTC))
    handled = services.get_pipeline().handle(inbound, reply_inline=False)
    cid = handled.conversation_id
    wait_for(lambda: provider_log.exists() and "staff will reply" in provider_log.read_text(), 30)

    hang.touch()  # the provider takes the next message, then the worker dies before recording it
    response = httpx.post(
        f"{live.base_url}/api/conversations/{cid}/reply", json={"text": "Dr. Lee will call you at 3pm."},
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )  # fmt: skip
    message_id = response.json()["message_id"]
    wait_for(lambda: message_id in provider_log.read_text(), 30)
    live.kill_worker(live.workers[0])
    hang.unlink()
    # The dead worker's scheduler (which moves a retry from "scheduled" to the queue) held RQ's scheduler lock, a
    # 61 s lease nobody else may take before it lapses. Ending the lease now, as time would, saves the suite that
    # minute; the heartbeat expiry, maintenance, Retry and delivery checked below are all still the real ones.
    with redis.Redis.from_url(live.redis.url) as rq_redis:
        for queue in (OUTBOUND, DEFAULT):
            rq_redis.expire(RQScheduler.get_locking_key(queue), 1)
    assert services.store.delivery(message_id).status == "sending"

    live.start_worker()  # a surviving worker finds the abandoned job (heartbeat expired) and retries it
    wait_for(lambda: services.store.delivery(message_id).status == "sent", 120)
    lines = [line for line in provider_log.read_text().splitlines() if line.startswith(message_id)]
    assert lines == [f"{message_id} Dr. Lee will call you at 3pm."]
    assert services.store.delivery(message_id).attempts == 2
