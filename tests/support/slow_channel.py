"""A channel plugin for crash tests (CHANNEL_PLUGINS=slow=tests.support.slow_channel): its provider
'accepts' a message (appends it to a log file), and the sender can be told to hang right after, so the
test can kill the worker at the worst moment. Like the real senders, it checks before re-sending."""

from __future__ import annotations

import os
import time
from pathlib import Path

from bot.messages import OutboundMessage
from bot.services import Services
from handlers.channel import ChannelSpec


class SlowSender:
    """Delivers by appending 'message-id text' lines to SLOW_CHANNEL_LOG; hangs while SLOW_CHANNEL_HANG exists."""

    def __init__(self, log: Path, hang: Path) -> None:
        self.log, self.hang = log, hang

    def delivered(self, message_id: str) -> bool:
        """The provider-side check a sender makes after an interrupted attempt."""
        return self.log.exists() and any(
            line.split(" ", 1)[0] == message_id for line in self.log.read_text().splitlines()
        )

    def send(self, message: OutboundMessage) -> str:
        """Deliver once; after a crash, look the message up instead of sending it again."""
        if message.meta.get("interrupted") and self.delivered(message.id):
            return f"slow-{message.id}"
        with self.log.open("a") as fh:
            fh.write(f"{message.id} {message.text}\n")
            fh.flush()
            os.fsync(fh.fileno())
        while self.hang.exists():  # the test kills the worker here
            time.sleep(0.1)
        return f"slow-{message.id}"


def load(services: Services) -> ChannelSpec:
    """The plugin's channel spec."""
    env = services.settings.env
    sender = SlowSender(Path(env["SLOW_CHANNEL_LOG"]), Path(env["SLOW_CHANNEL_HANG"]))
    return ChannelSpec(module="slow", channels=("slow",), sender=sender)
