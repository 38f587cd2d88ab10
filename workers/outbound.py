"""The delivery job: send one outbound message through its channel, exactly once, recording the result."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import timedelta

from rq import get_current_job

from bot import keys, queues
from bot.conversation import OPTED_OUT, UNREACHABLE, Conversation, Kind
from bot.deliveries import DeliveryState
from bot.errors import Deferred, NotFound, SendFailed
from bot.messages import Author, OutboundMessage
from bot.services import Services
from bot.store import Writer
from handlers.channel import ChannelSpec
from workers import ratelimit, runtime
from workers.ratelimit import Limit

log = logging.getLogger(__name__)

FINAL = frozenset({"sent", "delivered", "read", "failed", "suppressed", "undelivered"})
# Waits up to this long happen inside the job; longer ones reschedule it so the worker stays free.
MAX_INLINE_WAIT = 2.0
# A message held back by rate limits more often than this is failed so staff see it.
MAX_ROUNDS = 30


def deliver(message_id: str) -> str:
    """RQ job: deliver outbound message `message_id`; returns its final status (raises to be retried)."""
    services = runtime.services()
    store = services.store
    try:
        state = store.delivery(message_id)
    except NotFound:
        log.warning("delivery skipped msg=%s reason=expired", message_id)
        return "missing"
    if state.status in FINAL:
        return state.status
    try:
        conv = store.get(state.message.conversation_id)
    except NotFound:
        return _finish(services, state, "failed", "the conversation has expired")
    if blocked := {OPTED_OUT, UNREACHABLE} & conv.flags:
        reason = sorted(blocked)[0].replace("_", " ")
        return _finish(services, state, "suppressed", f"not sent: patient is {reason}")
    spec = services.channels.get(state.message.channel)
    if spec is None:
        return _finish(services, state, "failed", f"channel {state.message.channel} is not enabled")
    limits = _limits(spec, state)
    if (wait := _wait_for_slot(services, limits)) > 0:
        return _reschedule(services, state, wait)
    return _send(services, spec, state, conv, limits)


def _send(services: Services, spec: ChannelSpec, state: DeliveryState, conv: Conversation, limits: list[Limit]) -> str:
    message, store = state.message, services.store
    if state.status == "sending":  # a previous attempt died mid-send: the sender must check first
        message.meta["interrupted"] = "1"
    store.set_delivery(message.id, status="sending", attempts=state.attempts + 1)
    try:
        provider_id, wait = _send_parts(services, spec, state, limits)
    except SendFailed as exc:
        return _failed(services, state, conv, exc, limits)
    except Deferred:  # the sender recorded it as held and will release it itself
        log.info("delivery held msg=%s channel=%s", message.id, message.channel)
        return "held"
    if provider_id is None:
        return _reschedule(services, state, wait)
    # Forward only: the provider's delivery report may already have come in while we were sending.
    store.set_delivery(message.id, provider_id=provider_id)
    store.advance_delivery(message.id, "sent", error="")
    store.event("delivery", conv.id, message_id=message.id, status="sent")
    log.info(
        "delivered msg=%s conv=%s channel=%s attempt=%d",
        message.id,
        conv.id,
        message.channel,
        state.attempts + 1,
    )
    return "sent"


def _send_parts(
    services: Services, spec: ChannelSpec, state: DeliveryState, limits: list[Limit]
) -> tuple[str | None, float]:
    """Send the parts not sent yet, in order (the first holds its slot already); (None, wait) when held back."""
    message = state.message
    parts = spec.split(message) if spec.split else (message.text,)
    if len(parts) == 1:
        return _send_one(services, spec, message, limits), 0.0
    done = int(message.meta.get("parts_sent") or 0)
    provider_id = state.provider_id or ""
    for k in range(done, len(parts)):
        if k > done and (wait := _wait_for_slot(services, limits)) > 0:
            return None, wait  # progress is kept: the next round resumes at part k
        provider_id = _send_one(services, spec, _part(message, parts, k, done), limits)
        services.store.set_delivery(message.id, parts_sent=k + 1, provider_id=provider_id)
    return provider_id, 0.0


def _send_one(services: Services, spec: ChannelSpec, message: OutboundMessage, limits: list[Limit]) -> str:
    """One provider send; the limits' next slots count from when it ended, however long it took."""
    try:
        return spec.sender.send(message)
    finally:
        ratelimit.after_send(services.redis.data, limits)


def _part(message: OutboundMessage, parts: tuple[str, ...], k: int, first: int) -> OutboundMessage:
    """Part k of a split message; only the first part of this attempt can have been interrupted."""
    meta = {**message.meta, "part": str(k + 1), "parts": str(len(parts))}
    if k != first:
        meta.pop("interrupted", None)
    return replace(message, text=parts[k], meta=meta)


def _limits(spec: ChannelSpec, state: DeliveryState) -> list[Limit]:
    channel, recipient = state.message.channel, state.message.recipient
    limits = []
    if spec.per_recipient_per_second:
        limits.append(Limit(keys.rate_limit(channel, recipient), spec.per_recipient_per_second))
    if spec.per_channel_per_second:
        limits.append(Limit(keys.rate_limit(channel), spec.per_channel_per_second))
    return limits


def _wait_for_slot(services: Services, limits: list[Limit]) -> float:
    """Take a send slot, sleeping through short waits; the wait left when it is too long to sleep."""
    while (wait := ratelimit.acquire(services.redis.data, limits)) > 0:
        if wait > MAX_INLINE_WAIT:
            return wait
        time.sleep(wait)
    return 0.0


def _reschedule(services: Services, state: DeliveryState, wait: float) -> str:
    round_ = int(state.message.meta.get("round", "0")) + 1
    if round_ > MAX_ROUNDS:
        return _finish(services, state, "failed", "held back by the provider's rate limits for too long")
    services.store.set_delivery(state.message.id, status="waiting", round=round_)
    queues.enqueue_delivery(services.redis.rq, state.message.id, delay=timedelta(seconds=wait), round_=round_)
    log.info("delivery rescheduled msg=%s wait=%.1fs round=%d", state.message.id, wait, round_)
    return "rescheduled"


def _failed(services: Services, state: DeliveryState, conv: Conversation, exc: SendFailed, limits: list[Limit]) -> str:
    mid = state.message.id
    if exc.unreachable:
        _mark_unreachable(services, conv.id, exc.reason)
    if exc.permanent:
        return _finish(services, state, "failed", exc.reason)
    if exc.retry_after is not None:  # the provider said when: hold every sender back, then try again
        ratelimit.hold(services.redis.data, limits, exc.retry_after)
        return _reschedule(services, state, exc.retry_after)
    job = get_current_job()
    if job is None or not job.retries_left:
        return _finish(services, state, "failed", f"gave up after {state.attempts + 1} attempts: {exc.reason}")
    services.store.set_delivery(mid, status="retrying", error=exc.reason)
    log.warning("delivery retry msg=%s channel=%s reason=%s", mid, state.message.channel, exc.reason)
    raise exc  # RQ's Retry schedules the next attempt with backoff


def _finish(services: Services, state: DeliveryState, status: str, reason: str) -> str:
    mid = state.message.id
    services.store.set_delivery(mid, status=status, error=reason)
    services.store.event("delivery", state.message.conversation_id, message_id=mid, status=status)
    log.warning("delivery %s msg=%s channel=%s", status, mid, state.message.channel)
    return status


def _mark_unreachable(services: Services, conversation_id: str, reason: str) -> None:
    def change(conv: Conversation, w: Writer) -> None:
        if UNREACHABLE in conv.flags:
            return
        w.save(conv.with_flag(UNREACHABLE))
        w.record(conv, Author.SYSTEM, f"patient unreachable: {reason}", Kind.EVENT)
        w.event("unreachable", conv.id)

    services.store.mutate(conversation_id, change)
