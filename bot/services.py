"""Everything one process needs, built once from Settings: Redis clients, the brain, store and pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.clock import Clock, SystemClock
from bot.pipeline import Pipeline
from bot.redis_conn import RedisClients, connect
from bot.settings import Settings
from bot.staff import StaffDirectory
from bot.store import Store
from bot.texts import Texts
from handlers.channel import ChannelSpec
from routing.brain import Brain


@dataclass
class Services:
    """The process-wide objects web routes, jobs and CLI commands share."""

    settings: Settings
    clock: Clock
    redis: RedisClients
    brain: Brain
    texts: Texts
    store: Store
    staff: StaffDirectory
    channels: dict[str, ChannelSpec] = field(default_factory=dict)
    pipeline: Pipeline | None = None

    def sender_for(self, channel: str) -> ChannelSpec:
        """The loaded channel module serving `channel` (KeyError when that channel is not enabled)."""
        return self.channels[channel]

    def get_pipeline(self) -> Pipeline:
        """The pipeline (built once channels are loaded)."""
        assert self.pipeline is not None, "build() wires the pipeline"
        return self.pipeline


def build(settings: Settings, clock: Clock | None = None, *, with_channels: bool = True) -> Services:
    """Load and validate the FAQ, rules and channels; raises a clear error when something is wrong."""
    from handlers.registry import load_channels  # the registry imports channel modules, which import bot

    clock = clock or SystemClock()
    clients = connect(settings.redis_url)
    services = Services(
        settings=settings,
        clock=clock,
        redis=clients,
        brain=Brain.load(settings.faq_path),
        texts=Texts(settings.clinic_name, settings.clinic_phone),
        store=Store(clients.data, clients.rq, clock, settings.retention_seconds),
        staff=StaffDirectory(clients.data, clock),
    )
    if with_channels:
        services.channels = load_channels(services)
    pre_rules = {name: spec.pre_rule for name, spec in services.channels.items() if spec.pre_rule}
    hooks = {name: spec.on_inbound for name, spec in services.channels.items() if spec.on_inbound}
    services.pipeline = Pipeline(services.store, services.brain, services.texts, pre_rules, hooks)
    return services
