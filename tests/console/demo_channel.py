"""A stand-in for SMS, WhatsApp and Telegram that accepts every message, so the console shows them as sent.

Loaded as a channel plugin (CHANNELS=webchat,demo CHANNEL_PLUGINS=demo=tests.console.demo_channel) for the
screenshots and the browser tests that need a phone-number channel; the real channels live on other branches.
"""

from __future__ import annotations

import itertools

from bot.messages import OutboundMessage
from bot.services import Services
from handlers.channel import ChannelSpec

_ids = itertools.count(1)


class AcceptingSender:
    """Takes every message and returns a made-up provider id."""

    def send(self, message: OutboundMessage) -> str:
        """Pretend the provider accepted the message."""
        return f"demo-{next(_ids)}"


def load(services: Services) -> ChannelSpec:
    """The plugin's spec: three phone-style channels, no webhook."""
    return ChannelSpec(module="demo", channels=("sms", "whatsapp", "telegram"), sender=AcceptingSender())
