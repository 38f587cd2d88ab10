"""Everything one process needs, built once from Settings: Redis clients, the brain, store and pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from bot.audit import AuditLog
from bot.clock import Clock, SystemClock
from bot.errors import ConfigError
from bot.pipeline import Pipeline
from bot.redis_conn import RedisClients, connect
from bot.settings import Settings
from bot.staff import StaffDirectory
from bot.store import Store
from bot.texts import Texts
from handlers.channel import ChannelSpec
from routing.brain import Brain
from routing.hours import Hours


@dataclass
class Services:
    """The process-wide objects web routes, jobs and CLI commands share."""

    settings: Settings
    clock: Clock
    redis: RedisClients
    brain: Brain
    hours: Hours
    texts: Texts
    store: Store
    staff: StaffDirectory
    audit: AuditLog
    channels: dict[str, ChannelSpec] = field(default_factory=dict)
    pipeline: Pipeline | None = None

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
        hours=Hours.load(settings.handoff.hours_path),
        texts=Texts(settings.clinic_name, settings.clinic_phone, settings.handoff.nurse_line),
        store=Store(clients.data, clients.rq, clock, settings.retention_seconds),
        staff=StaffDirectory(clients.data, clock),
        audit=AuditLog(clients.data, clock),
    )
    if with_channels:
        services.channels = load_channels(services)
        if settings.handoff.oncall_number and "sms" not in services.channels:
            raise ConfigError("ONCALL_NUMBER", "on-call alerts by SMS need the twilio channel in CHANNELS.")
    pre_rules = {name: spec.pre_rule for name, spec in services.channels.items() if spec.pre_rule}
    hooks = {name: spec.on_inbound for name, spec in services.channels.items() if spec.on_inbound}
    services.pipeline = Pipeline(
        services.store, services.brain, services.texts, services.hours,
        reopen_after=timedelta(hours=settings.handoff.reopen_hours), pre_rules=pre_rules, hooks=hooks,
    )  # fmt: skip
    return services
