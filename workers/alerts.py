"""On-call alerts: a link, the priority and the reason (never patient text) by webhook and/or SMS/WhatsApp."""

from __future__ import annotations

import json
import logging

import httpx

from bot import keys
from bot.conversation import Conversation, Kind
from bot.errors import NotFound, SendFailed
from bot.messages import ALERT_TEMPLATE, Author, OutboundMessage
from bot.services import Services
from bot.settings import oncall_target
from bot.store import Writer
from routing.states import Priority
from workers import runtime

log = logging.getLogger(__name__)


def alert_fields(services: Services, conv: Conversation, kind: str) -> dict[str, str]:
    """What on-call reads, as a WhatsApp template's variables 1-5: priority, new or still unclaimed, reason,
    channel, and a link to the console. No patient content."""
    base = services.settings.public_base_url or ""
    reason = f"urgent: {conv.detail}" if conv.reason == "urgent" and conv.detail else (conv.reason or "handoff")
    return {
        "1": Priority(conv.priority).name if conv.priority is not None else "ROUTINE",
        "2": "still unclaimed" if kind == "sla" else "new",
        "3": reason,
        "4": conv.channel,
        "5": f"{base}/console/c/{conv.id}",
    }


def alert_text(fields: dict[str, str]) -> str:
    """The alert as one line of text (SMS, the webhook)."""
    return f"CareLine {fields['1']} {fields['2']} ({fields['3']}) on {fields['4']}. Open: {fields['5']}"


def send(conversation_id: str, kind: str, stage: int) -> str:
    """RQ job: deliver one alert to every configured target once (a retry skips targets already reached)."""
    services = runtime.services()
    handoff = services.settings.handoff
    try:
        conv = services.store.get(conversation_id)
    except NotFound:
        return "missing"
    fields = alert_fields(services, conv, kind)
    text = alert_text(fields)
    done_key = keys.alert_done(f"{conversation_id}-{kind}-{stage}")
    reached = []
    if handoff.oncall_webhook_url and _once(services, done_key, "webhook"):
        response = httpx.post(handoff.oncall_webhook_url, json={"text": text}, timeout=10)
        response.raise_for_status()  # raising lets RQ's Retry try again
        services.redis.data.hset(done_key, "webhook", "1")
        reached.append("webhook")
    if handoff.oncall_number and _once(services, done_key, "phone"):
        # Straight to the sender: an alert has no conversation of its own. SMS has no window; on WhatsApp the
        # alert goes as the approved template, which needs none.
        channel, number = oncall_target(handoff.oncall_number)
        meta = {ALERT_TEMPLATE: json.dumps(fields)} if channel == "whatsapp" else {}
        message = OutboundMessage(
            f"alert-{conversation_id}-{kind}-{stage}", "", channel, number, text, Author.SYSTEM, meta=meta
        )
        sender = services.channels[channel].sender
        try:
            sender.send(message)
        except SendFailed as exc:
            if exc.permanent:
                log.error("on-call alert failed conv=%s reason=%s", conversation_id, exc.reason)
                return "failed"
            raise
        services.redis.data.hset(done_key, "phone", "1")
        reached.append(channel)
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
