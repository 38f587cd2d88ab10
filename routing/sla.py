"""The SLA policy: given a conversation and the time, what the watchdog must do about it. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from bot.conversation import Conversation
from routing.hours import Hours
from routing.states import Priority, State


class Action(StrEnum):
    """What the watchdog does."""

    REALERT = "realert"  # first breach: tell staff again, tell the patient the honest wait
    ONCALL = "oncall"  # still unclaimed: page the on-call alert channel
    RELEASE = "release"  # assigned but the patient is still waiting on staff: back to the queue


@dataclass(frozen=True)
class Review:
    """A watchdog decision for one conversation."""

    action: Action
    stage: int
    waited: dt.timedelta


def waited(conv: Conversation, since: dt.datetime, now: dt.datetime, hours: Hours) -> dt.timedelta:
    """How long the patient has waited for SLA purposes: urgent counts every minute, the rest only open hours."""
    if conv.priority is Priority.URGENT:
        return now - since
    return hours.open_time_between(since, now)


def patient_waiting_since(conv: Conversation) -> dt.datetime | None:
    """When an assigned conversation's patient started waiting on staff (None if staff answered last)."""
    if conv.assigned_at is None:
        return None
    last_in = conv.last_inbound_at
    if conv.staff_replied_at and (last_in is None or conv.staff_replied_at >= last_in):
        return None
    return max(conv.assigned_at, last_in) if last_in else conv.assigned_at


def review(
    conv: Conversation, now: dt.datetime, hours: Hours, limits: dict[str, int], idle_minutes: int
) -> Review | None:
    """The action due for `conv` now, or None."""
    if conv.state is State.WAITING and conv.queued_at is not None and conv.priority is not None:
        limit = dt.timedelta(minutes=limits[Priority(conv.priority).name.lower()])
        spent = waited(conv, conv.queued_at, now, hours)
        if conv.sla_stage == 0 and spent >= limit:
            # Urgent conversations page on-call at the first breach; others re-alert staff first.
            action = Action.ONCALL if conv.priority is Priority.URGENT else Action.REALERT
            return Review(action, 1, spent)
        if conv.sla_stage == 1 and spent >= 2 * limit:
            return Review(Action.ONCALL, 2, spent)
        return None
    if conv.state is State.ASSIGNED and (since := patient_waiting_since(conv)) is not None:
        spent = waited(conv, since, now, hours)
        if spent >= dt.timedelta(minutes=idle_minutes):
            return Review(Action.RELEASE, conv.sla_stage, spent)
    return None
