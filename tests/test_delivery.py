"""The delivery job: retries, permanent failures, unreachable patients, provider back-off, rate limits."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from rq import Queue, SimpleWorker
from rq.registry import ScheduledJobRegistry

from bot import keys, queues
from bot.conversation import OPTED_OUT, UNREACHABLE, Conversation
from bot.errors import SendFailed
from bot.messages import Author, InboundMessage, OutboundMessage
from bot.services import Services
from bot.store import Writer
from handlers.webchat import WebchatSender
from routing import escalation
from tests.support import standin_channel
from tests.support.standin_channel import ScriptedSender


@pytest.fixture
def sender(services: Services, monkeypatch: pytest.MonkeyPatch) -> ScriptedSender:
    """The stand-in channel installed into the app's services, with immediate RQ retries."""
    monkeypatch.setattr(queues, "DELIVERY_RETRY_INTERVALS", [0, 0, 0])
    found = ScriptedSender()
    services.channels[standin_channel.CHANNEL] = standin_channel.spec(found)
    return found


def work(services: Services) -> None:
    SimpleWorker(list(queues.ALL), connection=services.redis.rq).work(burst=True)


def staff_reply(services: Services, text: str, address: str = "+15550001111") -> str:
    """A patient writes on the stand-in channel asking for a person; alice replies; returns the message id."""
    inbound = InboundMessage(standin_channel.CHANNEL, address, "talk to a person", f"m-{text}", datetime.now(UTC))
    handled = services.get_pipeline().handle(inbound, reply_inline=False)
    assert handled.conversation_id is not None
    work(services)  # the bot's "staff will reply" goes out first
    return escalation.reply(services.store, handled.conversation_id, "alice", text)


def status(services: Services, message_id: str) -> tuple[str, str | None]:
    state = services.store.delivery(message_id)
    return state.status, state.error


def test_transient_failures_are_retried_and_delivered_once(services: Services, sender: ScriptedSender) -> None:
    sender_script = [SendFailed("provider 503"), SendFailed("timeout before the request was sent")]
    mid = staff_reply(services, "We can see you at 3pm.")
    sender.script.extend(sender_script)
    work(services)
    assert status(services, mid) == ("sent", None)
    assert sender.texts.count("We can see you at 3pm.") == 1
    assert services.store.delivery(mid).attempts == 3


def test_giving_up_after_the_last_retry_is_visible_to_staff(services: Services, sender: ScriptedSender) -> None:
    mid = staff_reply(services, "Hello")
    sender.script.extend(SendFailed("provider 500") for _ in range(10))
    work(services)
    state, error = status(services, mid)
    assert state == "failed"
    assert error == "gave up after 4 attempts: provider 500"


def test_permanent_failure_is_not_retried(services: Services, sender: ScriptedSender) -> None:
    mid = staff_reply(services, "Hello")
    sender.script.append(SendFailed("invalid phone number", permanent=True))
    attempts_before = sender.attempts
    work(services)
    assert status(services, mid) == ("failed", "invalid phone number")
    assert sender.attempts == attempts_before + 1


def test_unreachable_patient_is_flagged_and_later_messages_suppressed(
    services: Services, sender: ScriptedSender
) -> None:
    mid = staff_reply(services, "Hello")
    sender.script.append(SendFailed("patient blocked the bot", unreachable=True))
    work(services)
    conv_id = services.store.delivery(mid).message.conversation_id
    assert UNREACHABLE in services.store.get(conv_id).flags
    later = escalation.reply(services.store, conv_id, "alice", "Are you there?")
    work(services)
    assert status(services, later) == ("suppressed", "not sent: patient is unreachable")
    assert "Are you there?" not in sender.texts
    events = [h.text for h in services.store.history(conv_id) if h.kind == "event"]
    assert "patient unreachable: patient blocked the bot" in events


def test_opted_out_patient_gets_nothing(services: Services, sender: ScriptedSender) -> None:
    mid = staff_reply(services, "first")
    work(services)
    conv_id = services.store.delivery(mid).message.conversation_id

    def opt_out(conv: Conversation, w: Writer) -> None:
        w.save(conv.with_flag(OPTED_OUT))

    services.store.mutate(conv_id, opt_out)
    later = escalation.reply(services.store, conv_id, "alice", "second")
    work(services)
    assert status(services, later) == ("suppressed", "not sent: patient is opted out")


def test_provider_retry_after_reschedules_no_sooner_and_delivers_once(
    services: Services, sender: ScriptedSender
) -> None:
    mid = staff_reply(services, "Hello")
    sender.script.append(SendFailed("429 too many requests", retry_after=30))
    work(services)
    assert status(services, mid)[0] == "waiting"
    registry = ScheduledJobRegistry(queues.OUTBOUND, connection=services.redis.rq)
    job_id = queues.delivery_job_id(mid, 1)
    scheduled_at = registry.get_scheduled_time(job_id)
    assert (scheduled_at - datetime.now(UTC)).total_seconds() > 25
    assert sender.texts.count("Hello") == 0


def test_retry_after_round_delivers(services: Services, sender: ScriptedSender) -> None:
    mid = staff_reply(services, "Hello")
    sender.script.append(SendFailed("429", retry_after=0.5))
    work(services)
    # What RQ's scheduler does when the time comes (the next round waits out the rest of the hold).
    queue = Queue(queues.OUTBOUND, connection=services.redis.rq)
    registry = ScheduledJobRegistry(queues.OUTBOUND, connection=services.redis.rq)
    for job_id in registry.get_job_ids():
        queue.enqueue_job(queue.fetch_job(job_id))
        registry.remove(job_id)
    work(services)
    assert status(services, mid) == ("sent", None)
    assert sender.texts.count("Hello") == 1


def test_per_recipient_rate_is_honoured_across_messages(services: Services, sender: ScriptedSender) -> None:
    services.channels[standin_channel.CHANNEL] = standin_channel.spec(sender, per_recipient=2.0)
    mid = staff_reply(services, "one")
    conv_id = services.store.delivery(mid).message.conversation_id
    escalation.reply(services.store, conv_id, "alice", "two")
    escalation.reply(services.store, conv_id, "alice", "three")
    work(services)
    times = [t for t, m in sender.sent if m.text in ("one", "two", "three")]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 3
    assert all(gap >= 0.45 for gap in gaps), gaps  # 2/s: at least ~0.5 s apart


def test_webchat_send_is_idempotent_after_a_crash(services: Services, patient_factory: Callable[[], str]) -> None:
    conv_id = patient_factory()
    message = OutboundMessage("m1", conv_id, "webchat", "", "Hello again", Author.STAFF)
    sender = WebchatSender(services.redis.data, services.clock)
    sender.send(message)
    sender.send(message)  # the worker died after sending and the job ran again
    texts = [f["text"] for _, f in services.redis.data.xrange(keys.webchat_inbox(conv_id))]
    assert texts.count("Hello again") == 1


@pytest.fixture
def patient_factory(services: Services) -> Callable[[], str]:
    def make() -> str:
        inbound = InboundMessage("webchat", "s" * 32, "hello", "w-1", datetime.now(UTC))
        handled = services.get_pipeline().handle(inbound, reply_inline=True)
        assert handled.conversation_id
        return handled.conversation_id

    return make
