"""On-call alerts: a link, the priority and the reason (never patient text) by webhook and/or SMS/WhatsApp."""

from __future__ import annotations

import logging

import httpx

from bot import keys
from bot.conversation import Conversation, Kind
from bot.errors import NotFound, SendFailed
from bot.messages import Author, OutboundMessage
from bot.services import Services
from bot.store import Writer
from routing.states import Priority
from workers import runtime

log = logging.getLogger(__name__)


def alert_text(services: Services, conv: Conversation, kind: str) -> str:
    """What on-call reads: priority, reason, how long, and a link to the console. No patient content."""
    base = services.settings.public_base_url or ""
    priority = Priority(conv.priority).name if conv.priority is not None else "ROUTINE"
    reason = f"urgent: {conv.detail}" if conv.reason == "urgent" and conv.detail else (conv.reason or "handoff")
    what = "still unclaimed" if kind == "sla" else "new"
    return f"CareLine {priority} {what} ({reason}) on {conv.channel}. Open: {base}/console/c/{conv.id}"


def send(conversation_id: str, kind: str, stage: int) -> str:
    """RQ job: deliver one alert to every configured target once (a retry skips targets already reached)."""
    services = runtime.services()
    handoff = services.settings.handoff
    try:
        conv = services.store.get(conversation_id)
    except NotFound:
        return "missing"
    text = alert_text(services, conv, kind)
    done_key = keys.alert_done(f"{conversation_id}-{kind}-{stage}")
    reached = []
    if handoff.oncall_webhook_url and _once(services, done_key, "webhook"):
        response = httpx.post(handoff.oncall_webhook_url, json={"text": text}, timeout=10)
        response.raise_for_status()  # raising lets RQ's Retry try again
        services.redis.data.hset(done_key, "webhook", "1")
        reached.append("webhook")
    if handoff.oncall_number and _once(services, done_key, "phone"):
        # Straight to the sender: an alert has no conversation of its own, and SMS has no window.
        message = OutboundMessage(
            f"alert-{conversation_id}-{kind}-{stage}", "", "sms", handoff.oncall_number, text, Author.SYSTEM
        )
        sender = services.channels["sms"].sender
        try:
            sender.send(message)
        except SendFailed as exc:
            if exc.permanent:
                log.error("on-call alert failed conv=%s reason=%s", conversation_id, exc.reason)
                return "failed"
            raise
        services.redis.data.hset(done_key, "phone", "1")
        reached.append("sms")
    services.redis.data.expire(done_key, 7 * 86400)
    if reached:
        _record(services, conversation_id, f"on-call alerted ({kind}) by {', '.join(reached)}")
    return ",".join(reached) or "no on-call target configured"


def _once(services: Services, key: str, target: str) -> bool:
    return not services.redis.data.hexists(key, target)


def _record(services: Services, conversation_id: str, text: str) -> None:
    def change(conv: Conversation, w: Writer) -> None:
        w.record(conv, Author.SYSTEM, text, Kind.EVENT)
        w.event("alerted", conv.id)

    services.store.mutate(conversation_id, change)
