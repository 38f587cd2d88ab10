"""A stand-in channel for testing delivery mechanics: a real ChannelSpec whose sender follows a script."""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field

from bot.errors import SendFailed
from bot.messages import OutboundMessage
from handlers.channel import ChannelSpec

CHANNEL = "standin"


@dataclass
class ScriptedSender:
    """Records every send; raises the scripted failures first, then succeeds."""

    script: deque[SendFailed] = field(default_factory=deque)
    sent: list[tuple[float, OutboundMessage]] = field(default_factory=list)
    attempts: int = 0

    def send(self, message: OutboundMessage) -> str:
        """Fail as scripted, else record the message as delivered."""
        self.attempts += 1
        if self.script:
            raise self.script.popleft()
        self.sent.append((time.monotonic(), message))
        return f"standin-{len(self.sent)}"

    @property
    def texts(self) -> list[str]:
        """What was delivered, in order."""
        return [m.text for _, m in self.sent]


def spec(sender: ScriptedSender, per_recipient: float | None = None) -> ChannelSpec:
    """The stand-in channel's spec (replies are queued, like SMS staff replies)."""
    return ChannelSpec(module=CHANNEL, channels=(CHANNEL,), sender=sender, per_recipient_per_second=per_recipient)
