"""What the Twilio channel writes to the spool while Redis is down: the parsed message, never the raw form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.messages import InboundMessage, Media
from bot.services import Services

VERSION = 1


def encode(message: InboundMessage, *, answered: bool) -> dict[str, Any]:
    """A spool record; `answered`: the webhook already gave the real answer (STOP, HELP)."""
    return {
        "v": VERSION,
        "channel": message.channel,
        "sender": message.sender_id,
        "text": message.text,
        "sid": message.provider_message_id,
        "at": message.received_at.isoformat(),
        "media": [[m.url, m.content_type] for m in message.media],
        "name": message.sender_name,
        "answered": answered,
    }


def decode(record: dict[str, Any]) -> tuple[InboundMessage, bool]:
    """The message and whether it was already answered."""
    message = InboundMessage(
        channel=record["channel"],
        sender_id=record["sender"],
        text=record["text"],
        provider_message_id=record["sid"],
        received_at=datetime.fromisoformat(record["at"]),
        media=tuple(Media(url, ctype) for url, ctype in record["media"]),
        sender_name=record.get("name"),
    )
    return message, bool(record["answered"])


def replayer(services: Services) -> Callable[[dict[str, Any]], None]:
    """The spool's replay function: the pipeline, as if the message had just arrived.

    Replies go out through the outbound queue (the webhook answered long ago), except for
    messages the webhook already answered itself; the dedupe by MessageSid makes a replay repeatable.
    """

    def replay(record: dict[str, Any]) -> None:
        message, answered = decode(record)
        services.get_pipeline().handle(message, reply_inline=answered)

    return replay
