"""Outbound delivery records: what was sent to whom, how far it got, and only ever forward."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from redis import Redis
from redis.exceptions import WatchError

from bot import keys, rtypes
from bot.clock import Clock, from_ms, to_ms
from bot.errors import NotFound
from bot.messages import Author, OutboundMessage

# Delivery-record fields a sender may need besides the message itself.
DELIVERY_META = (
    "staff",
    "round",
    "template",
    "held",
    "parts_sent",  # how many parts of a split message the provider has taken (see ChannelSpec.split)
)  # > any epoch-ms value, so priority dominates the queue score


# Delivery statuses in the order a message moves through them. Provider reports arrive late, twice
# and out of order, so they may only move a record forward; the terminal ones never change again.
DELIVERY_ORDER = {
    "queued": 0,
    "waiting": 0,
    "retrying": 0,
    "held": 0,
    "sending": 1,
    "sent": 2,
    "delivered": 3,
    "read": 4,
}
DELIVERY_TERMINAL = frozenset({"failed", "undelivered", "suppressed"})


def moves_forward(current: str, new: str) -> bool:
    """True when a delivery record may go from status `current` to `new`."""
    if current in DELIVERY_TERMINAL:
        return False
    if new in DELIVERY_TERMINAL:
        return True
    return DELIVERY_ORDER.get(new, -1) > DELIVERY_ORDER.get(current, -1)


@dataclass(frozen=True)
class DeliveryState:
    """An outbound message's delivery record."""

    message: OutboundMessage
    status: str
    error: str | None
    provider_id: str | None
    attempts: int
    updated_at: datetime | None


class DeliveryRecords:
    """Reads and updates delivery records (mixed into Store, which provides redis and clock)."""

    redis: Redis
    clock: Clock

    def delivery(self, message_id: str) -> DeliveryState:
        """An outbound message and its delivery state, or NotFound."""
        raw = rtypes.text_hash(self.redis.hgetall(keys.outbound(message_id)))
        if not raw:
            raise NotFound(f"outbound message {message_id} not found")
        return _delivery(raw)

    def deliveries(self, message_ids: list[str]) -> dict[str, DeliveryState]:
        """Delivery states for several messages in one round trip."""
        with self.redis.pipeline(transaction=False) as pipe:
            for mid in message_ids:
                pipe.hgetall(keys.outbound(mid))
            rows = pipe.execute()
        return {raw["id"]: _delivery(raw) for raw in rows if raw}

    def set_delivery(self, message_id: str, **fields: str | int) -> None:
        """Update a delivery record's fields (status, error, provider_id, attempts)."""
        values = {k: str(v) for k, v in fields.items()}
        values["updated_at"] = str(to_ms(self.clock.now()))
        self.redis.hset(keys.outbound(message_id), mapping=rtypes.fields(values))

    def advance_delivery(self, message_id: str, status: str, **fields: str | int) -> bool:
        """Set a delivery status only if it moves the record forward (see DELIVERY_ORDER); True if it did."""
        key = keys.outbound(message_id)
        values = {k: str(v) for k, v in {**fields, "status": status}.items()}
        values["updated_at"] = str(to_ms(self.clock.now()))
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(key)
                    current = rtypes.text(pipe.hget(key, "status"))
                    if current is None or not moves_forward(current, status):
                        return False
                    pipe.multi()
                    pipe.hset(key, mapping=rtypes.fields(values))
                    pipe.execute()
                    return True
                except WatchError:
                    continue


def _delivery(raw: dict[str, str]) -> DeliveryState:
    choices = tuple(raw["choices"].split("\x1f")) if raw.get("choices") else ()
    message = OutboundMessage(
        id=raw["id"],
        conversation_id=raw["conversation_id"],
        channel=raw["channel"],
        recipient=raw["recipient"],
        text=raw["text"],
        author=Author(raw["author"]),
        choices=choices,
        meta={k: v for k, v in raw.items() if k in DELIVERY_META},
    )
    return DeliveryState(
        message=message,
        status=raw.get("status", "queued"),
        error=raw.get("error") or None,
        provider_id=raw.get("provider_id") or None,
        attempts=int(raw.get("attempts", "0")),
        updated_at=from_ms(raw["updated_at"]) if raw.get("updated_at") else None,
    )
