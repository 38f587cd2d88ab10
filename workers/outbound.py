"""The delivery job: send one outbound message through its channel, exactly once, recording the result."""

from __future__ import annotations

import logging

from rq import get_current_job

from bot.conversation import OPTED_OUT, UNREACHABLE, Conversation, Kind
from bot.errors import NotFound, SendFailed
from bot.messages import Author
from bot.services import Services
from bot.store import DeliveryState, Writer
from workers import runtime

log = logging.getLogger(__name__)

FINAL = frozenset({"sent", "delivered", "read", "failed", "suppressed", "inline", "undelivered"})


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
        return _finish(
            services, state, "suppressed", f"not sent: patient is {sorted(blocked)[0].replace('_', ' ')}"
        )
    spec = services.channels.get(state.message.channel)
    if spec is None:
        return _finish(services, state, "failed", f"channel {state.message.channel} is not enabled")
    message = state.message
    if state.status == "sending":  # a previous attempt died mid-send: the sender must check first
        message.meta["interrupted"] = "1"
    store.set_delivery(message_id, status="sending", attempts=state.attempts + 1)
    try:
        provider_id = spec.sender.send(message)
    except SendFailed as exc:
        return _failed(services, state, conv, exc)
    store.set_delivery(message_id, status="sent", provider_id=provider_id, error="")
    store.event("delivery", conv.id, message_id=message_id, status="sent")
    log.info(
        "delivered msg=%s conv=%s channel=%s attempt=%d",
        message_id,
        conv.id,
        message.channel,
        state.attempts + 1,
    )
    return "sent"


def _failed(services: Services, state: DeliveryState, conv: Conversation, exc: SendFailed) -> str:
    mid = state.message.id
    if exc.unreachable:
        _mark_unreachable(services, conv.id, exc.reason)
    if exc.permanent:
        return _finish(services, state, "failed", exc.reason)
    job = get_current_job()
    if job is None or not job.retries_left:
        return _finish(
            services, state, "failed", f"gave up after {state.attempts + 1} attempts: {exc.reason}"
        )
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
