"""The channel registry: adding a channel is one module and one line here."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from bot.errors import ConfigError
from handlers.channel import ChannelSpec

if TYPE_CHECKING:
    from bot.services import Services

# CHANNELS setting name -> the module that implements it (must define `load(services) -> ChannelSpec`).
MODULES = {
    "webchat": "handlers.webchat",
    "twilio": "handlers.twilio",
}


def load_channels(services: Services) -> dict[str, ChannelSpec]:
    """Load every enabled channel module; each refuses to start without its secrets (ConfigError)."""
    loaded: dict[str, ChannelSpec] = {}
    for name in services.settings.channels:
        if name not in MODULES:
            raise ConfigError("CHANNELS", f"unknown channel {name!r}; available: {', '.join(MODULES)}")
        spec: ChannelSpec = importlib.import_module(MODULES[name]).load(services)
        for channel in spec.channels:
            loaded[channel] = spec
    return loaded
