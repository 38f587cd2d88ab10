"""Delivery reports (Twilio's status callbacks) recorded on the outbound message, forward only."""

from __future__ import annotations

import logging
import re

from redis import Redis

from bot.deliveries import DELIVERY_TERMINAL
from bot.errors import NotFound
from bot.store import Store
from handlers.twilio.parts import Parts

log = logging.getLogger(__name__)

# Twilio's MessageStatus -> ours. Twilio's early states add nothing to our own "sending"/"sent".
STATUSES = {
    "accepted": "queued",
    "scheduled": "queued",
    "queued": "queued",
    "sending": "sending",
    "sent": "sent",
    "delivered": "delivered",
    "partially_delivered": "delivered",
    "read": "read",
    "undelivered": "undelivered",
    "failed": "failed",
    "canceled": "failed",
}
# Delivery error codes staff meet most, in their words.
ERRORS = {
    30003: "the phone is off or out of coverage",
    30004: "blocked by the recipient or their carrier",
    30005: "unknown number, or no longer in service",
    30006: "a landline, or a carrier that cannot receive texts",
    30007: "filtered by the carrier as spam",
    30008: "unknown delivery error",
    21610: "the patient opted out (texted STOP)",
    63016: "WhatsApp 24-hour window closed",
    63024: "not a valid WhatsApp recipient",
}
MESSAGE_ID = re.compile(r"^[0-9a-f]{20}$")
PART = re.compile(r"^(\d{1,3}|t)$")


def reason(status: str, error_code: str) -> str:
    """What staff read for a failed delivery."""
    code = int(error_code) if error_code.isdigit() else None
    explained = ERRORS.get(code, "see the Twilio error code") if code else "no error code given"
    return f"{status} at Twilio: {explained}" + (f" (error {code})" if code else "")


def record(store: Store, redis: Redis, message_id: str, part: str, report: dict[str, str]) -> None:
    """Apply one status callback (duplicates and late, out-of-order reports change nothing)."""
    status = STATUSES.get(report.get("MessageStatus", ""))
    if status is None or not MESSAGE_ID.match(message_id) or not PART.match(part):
        return
    overall = Parts(redis, message_id).report(part, status, report.get("MessageSid", ""))
    error = reason(status, report.get("ErrorCode", "")) if status in DELIVERY_TERMINAL else ""
    if part == "t":
        if error:
            _template_failed(store, message_id, error)
        return
    if overall is None or not store.advance_delivery(message_id, overall, **({"error": error} if error else {})):
        return
    try:
        conversation_id = store.delivery(message_id).message.conversation_id
    except NotFound:
        return
    store.event("delivery", conversation_id, message_id=message_id, status=overall)
    log.info("twilio status msg=%s part=%s status=%s", message_id, part, overall)


def _template_failed(store: Store, message_id: str, error: str) -> None:
    """The nudge template did not arrive: say so on the held reply, so staff know to try another way."""
    try:
        state = store.delivery(message_id)
    except NotFound:
        return
    if state.status == "held":
        store.set_delivery(
            message_id, error=f"held: WhatsApp window closed and the template was not delivered ({error})"
        )
