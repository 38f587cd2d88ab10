"""The SLA watchdog: a scheduled job that re-alerts, pages on-call, releases stuck chats, then re-schedules itself."""

from __future__ import annotations

import logging

from bot import queues
from bot.services import Services
from routing import escalation, sla
from routing.sla import Action
from routing.states import Priority
from workers import runtime

log = logging.getLogger(__name__)


def run() -> int:
    """RQ job: review every conversation staff owe an answer; returns how many needed action."""
    services = runtime.services()
    try:
        return sweep(services)
    finally:
        # Always chain the next run, even after an error, so the watchdog cannot silently stop.
        ensure_scheduled(services)


def ensure_scheduled(services: Services) -> str:
    """Make sure the next watchdog run is scheduled (idempotent: every worker calls this at start)."""
    interval = services.settings.handoff.watchdog_seconds
    return queues.schedule_watchdog(services.redis.rq, interval, services.clock.now().timestamp())


def sweep(services: Services) -> int:
    """One pass over the queue with the services' clock (tests call this with a fake clock)."""
    handoff, store = services.settings.handoff, services.store
    now, acted = services.clock.now(), 0
    store.forget_expired(now)
    for conv in store.many(store.queue_ids()):
        review = sla.review(conv, now, services.hours, handoff.sla_minutes, handoff.assigned_idle_minutes)
        if review is None:
            continue
        acted += 1
        minutes = int(review.waited.total_seconds() // 60)
        log.warning("sla %s conv=%s stage=%d waited_min=%d", review.action.value, conv.id, review.stage, minutes)
        if review.action is Action.RELEASE:
            why = f"returned to the queue: no reply from {conv.assignee} for {minutes} min"
            escalation.release(store, conv.id, "watchdog", admin=True, why=why)
            continue
        priority = conv.priority if conv.priority is not None else Priority.ROUTINE
        if priority is Priority.URGENT:
            text = services.texts.get("wait_update_urgent", conv.lang)
        else:
            text = services.texts.wait_update(escalation.expected_wait_minutes(store, priority), conv.lang)
        # The patient hears it once, at the first breach; later stages only page staff.
        escalation.sla_breach(store, conv.id, review.stage, minutes, text if review.stage == 1 else None)
        if review.action is Action.ONCALL:
            queues.enqueue_alert(services.redis.rq, conv.id, "sla", review.stage)
    return acted
