"""What every channel module provides: the same small surface, listed in one registry."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from flask import Blueprint

from bot.messages import OutboundMessage
from bot.pipeline import InboundHook, PreRule


class Sender(Protocol):
    """Delivers an outbound message through a provider."""

    def send(self, message: OutboundMessage) -> str:
        """Deliver the message; return the provider's message id; raise SendFailed when it is not taken.

        Must be safe to call again for the same message id after a crash (exactly-once delivery):
        either the provider deduplicates, or the sender checks before sending again.
        """
        ...


@dataclass(frozen=True)
class ChannelSpec:
    """A loaded channel module: its routes, its sender, and the message channels it serves."""

    module: str
    channels: tuple[str, ...]
    sender: Sender
    blueprint: Blueprint | None = None
    pre_rule: PreRule | None = None
    on_inbound: InboundHook | None = None
    reply_inline: bool = False
    # Provider send limits, enforced by the delivery job across all workers (None = no limit).
    per_recipient_per_second: float | None = None
    per_channel_per_second: float | None = None
    # Cuts a text too long for one provider message into parts, delivered in order as one message
    # (each part takes its own rate-limit slot; progress survives retries). None: never split.
    split: Callable[[OutboundMessage], tuple[str, ...]] | None = None
