"""Everything one process needs, built once from Settings: Redis clients, the brain, store and pipeline."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import timedelta

import faq
from bot.audit import AuditLog
from bot.clock import Clock, SystemClock
from bot.errors import ConfigError
from bot.pipeline import Pipeline
from bot.redis_conn import RedisClients, connect
from bot.settings import Settings, oncall_target
from bot.staff import StaffDirectory
from bot.stats import Stats
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
    hours: Hours
    texts: Texts
    store: Store
    staff: StaffDirectory
    audit: AuditLog
    channels: dict[str, ChannelSpec] = field(default_factory=dict)
    pipeline: Pipeline | None = None
    _brain: Brain | None = field(default=None, repr=False)
    _brain_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def brain(self) -> Brain:
        """The FAQ matcher and triage rules, loaded on first use: building them takes seconds, which the web app pays at
        start (`warm()`) and the worker and CLI commands that never route a message (staff, queue) do not."""
        if self._brain is None:
            with self._brain_lock:  # one build, however many threads ask at once
                if self._brain is None:
                    self._brain = Brain.load(self.settings.faq_path)
        return self._brain

    @brain.setter
    def brain(self, brain: Brain) -> None:
        self._brain = brain  # an FAQ reload swaps it whole; a request already running keeps the one it started with

    def warm(self) -> Services:
        """Load the brain now, so the first patient's message does not wait for it (the web app's start)."""
        _ = self.brain  # (not an assert: `python -O` would drop it)
        return self

    def get_pipeline(self) -> Pipeline:
        """The pipeline (built once channels are loaded)."""
        assert self.pipeline is not None, "build() wires the pipeline"
        return self.pipeline


def build(settings: Settings, clock: Clock | None = None, *, with_channels: bool = True) -> Services:
    """Validate the FAQ and load the channels; raises a clear error when something is wrong. The brain is loaded on
    first use (`Services.brain`, or `warm()` at start)."""
    from handlers.registry import load_channels  # the registry imports channel modules, which import bot

    clock = clock or SystemClock()
    faq.load(settings.faq_path)  # validated now (milliseconds), so a broken FAQ stops a start; the brain comes later
    clients = connect(settings.redis_url)
    hours = Hours.load(settings.handoff.hours_path)
    services = Services(
        settings=settings,
        clock=clock,
        redis=clients,
        hours=hours,
        texts=Texts(settings.clinic_name, settings.clinic_phone, settings.handoff.nurse_line),
        store=Store(clients.data, clients.rq, clock, settings.retention_seconds, Stats(clients.data, hours.zone)),
        staff=StaffDirectory(clients.data, clock),
        audit=AuditLog(clients.data, clock),
    )
    if with_channels:
        services.channels = load_channels(services)
        if (number := settings.handoff.oncall_number) and oncall_target(number)[0] not in services.channels:
            raise ConfigError("ONCALL_NUMBER", "on-call alerts by SMS or WhatsApp need the twilio channel in CHANNELS.")
    pre_rules = {name: spec.pre_rule for name, spec in services.channels.items() if spec.pre_rule}
    hooks = {name: spec.on_inbound for name, spec in services.channels.items() if spec.on_inbound}
    services.pipeline = Pipeline(
        services.store, lambda: services.brain, services.texts, services.hours,
        reopen_after=timedelta(hours=settings.handoff.reopen_hours), pre_rules=pre_rules, hooks=hooks,
    )  # fmt: skip
    return services
