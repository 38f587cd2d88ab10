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
    "telegram": "handlers.telegram",
}


def _plugins(raw: str) -> dict[str, str]:
    """Extra channel modules from CHANNEL_PLUGINS ("name=package.module,..."), for channels kept outside."""
    plugins = {}
    for item in filter(None, (part.strip() for part in raw.split(","))):
        name, sep, module = item.partition("=")
        if not sep or not name.strip() or not module.strip():
            raise ConfigError("CHANNEL_PLUGINS", f"{item!r} must look like name=package.module")
        plugins[name.strip()] = module.strip()
    return plugins


def load_channels(services: Services) -> dict[str, ChannelSpec]:
    """Load every enabled channel module; each refuses to start without its secrets (ConfigError)."""
    loaded: dict[str, ChannelSpec] = {}
    modules = {**MODULES, **_plugins(services.settings.env.get("CHANNEL_PLUGINS", ""))}
    for name in services.settings.channels:
        if name not in modules:
            raise ConfigError("CHANNELS", f"unknown channel {name!r}; available: {', '.join(modules)}")
        spec: ChannelSpec = importlib.import_module(modules[name]).load(services)
        for channel in spec.channels:
            loaded[channel] = spec
    return loaded
