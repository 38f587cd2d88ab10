"""The handoff engine's transitions (escalate, claim, reply, note, transfer, release, resolve, SLA), each atomic."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from bot import keys, queues
from bot.conversation import Conversation, Kind
from bot.errors import AlreadyClaimed, InvalidTransition
from bot.messages import Author
from bot.store import Store, Writer
from routing import states
from routing.states import Priority, State

CLAIM_WAIT_SAMPLES = 50  # recent claim waits kept per priority, for the patient's expected-wait estimate


@dataclass(frozen=True)
class Handoff:
    """Why a conversation goes to staff, and how urgently."""

    priority: Priority
    reason: str
    detail: str | None = None


def escalate(w: Writer, conv: Conversation, handoff: Handoff) -> Conversation:
    """Put a conversation in front of staff; an already-owned one only gains priority. The caller saves."""
    now = w.now
    if conv.state.human_owned:
        if conv.priority is not None and conv.priority <= handoff.priority:
            return conv
        raised = conv.evolve(
            priority=handoff.priority, reason=handoff.reason, detail=handoff.detail, updated_at=now, sla_stage=0
        )
        w.queue_put(conv.id, handoff.priority, raised.queued_at or now)
        w.record(
            raised, Author.SYSTEM, f"priority raised: {handoff.reason}", Kind.EVENT, priority=int(handoff.priority)
        )
        w.event("priority", conv.id, priority=str(int(handoff.priority)))
        _alert_if_urgent(w, raised, handoff)
        return raised
    states.check(conv.state, State.WAITING)
    waiting = conv.evolve(
        state=State.WAITING, priority=handoff.priority, reason=handoff.reason, detail=handoff.detail,
        assignee=None, assigned_at=None, queued_at=now, updated_at=now, pending=(), sla_stage=0,
    )  # fmt: skip
    w.queue_put(conv.id, handoff.priority, now)
    w.record(waiting, Author.SYSTEM, f"handed to staff: {handoff.reason}", Kind.EVENT, priority=int(handoff.priority))
    w.event("escalated", conv.id, priority=str(int(handoff.priority)))
    _alert_if_urgent(w, waiting, handoff)
    return waiting


def _alert_if_urgent(w: Writer, conv: Conversation, handoff: Handoff) -> None:
    # Urgent handoffs page on-call at once (the job does nothing when no on-call channel is set up).
    if handoff.priority is Priority.URGENT:
        queues.enqueue_alert(w.store.rq_redis, conv.id, "urgent", 0, pipeline=w.pipe)


def _may_act(conv: Conversation, staff: str, admin: bool) -> None:
    """Only the assignee (or an admin) acts on an assigned conversation."""
    if conv.state is State.ASSIGNED and conv.assignee != staff and not admin:
        raise AlreadyClaimed(conv.assignee or "someone")


def _require_staff_owned(conv: Conversation, action: str) -> None:
    if not conv.state.human_owned:
        raise InvalidTransition(conv.state.value, action)


def claim(store: Store, conversation_id: str, staff: str) -> Conversation:
    """Assign a waiting conversation to `staff`; exactly one of several simultaneous claimers wins."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        if conv.state is State.ASSIGNED:
            if conv.assignee == staff:
                return conv
            raise AlreadyClaimed(conv.assignee or "someone")
        owned = _assign(w, conv, staff, f"claimed by {staff}")
        w.event("claimed", conv.id, staff=staff)
        return owned

    return store.mutate(conversation_id, change)


def _assign(w: Writer, conv: Conversation, staff: str, event: str) -> Conversation:
    states.check(conv.state, State.ASSIGNED)
    # pending=(): an answer the bot offered with the handoff is void once a person has it (they answer now)
    owned = conv.evolve(state=State.ASSIGNED, assignee=staff, assigned_at=w.now, updated_at=w.now, pending=())
    w.save(owned)
    w.record(owned, Author.SYSTEM, event, Kind.EVENT, staff=staff)
    if conv.state is State.WAITING and conv.queued_at and conv.priority is not None:
        waits = keys.claim_waits(Priority(conv.priority).name.lower())
        w.pipe.lpush(waits, int((w.now - conv.queued_at).total_seconds()))
        w.pipe.ltrim(waits, 0, CLAIM_WAIT_SAMPLES - 1)
    return owned


def reply(store: Store, conversation_id: str, staff: str, text: str, *, admin: bool = False) -> str:
    """Send a staff reply through the patient's channel; replying to a waiting conversation claims it."""

    def change(conv: Conversation, w: Writer) -> tuple[str, tuple[datetime, timedelta, bool] | None]:
        _may_act(conv, staff, admin)
        _require_staff_owned(conv, "reply")
        first = None  # the first staff reply since the handoff: the report measures the wait for it
        if conv.queued_at and (conv.staff_replied_at is None or conv.staff_replied_at < conv.queued_at):
            first = (w.now, w.now - conv.queued_at, conv.priority is Priority.URGENT)
        if conv.state is State.WAITING:
            conv = _assign(w, conv, staff, f"claimed by {staff}")
        conv = conv.evolve(updated_at=w.now, staff_replied_at=w.now)
        w.save(conv)
        message_id = w.outbound(conv, text, Author.STAFF, staff=staff)
        w.event("replied", conv.id, staff=staff)
        return message_id, first

    message_id, first = store.mutate(conversation_id, change)
    if first:
        store.stats.first_reply(conversation_id, *first)
    return message_id


def note(store: Store, conversation_id: str, staff: str, text: str, *, admin: bool = False) -> None:
    """Add an internal note: kept in the history for staff, never sent to the patient."""

    def change(conv: Conversation, w: Writer) -> None:
        _may_act(conv, staff, admin)
        w.record(conv, Author.STAFF, text, Kind.NOTE, staff=staff)
        w.event("note", conv.id, staff=staff)

    store.mutate(conversation_id, change)


def release(
    store: Store, conversation_id: str, staff: str, *, admin: bool = False, why: str | None = None
) -> Conversation:
    """Put an assigned conversation back in the queue, keeping its place (priority and original wait)."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        _may_act(conv, staff, admin)
        if conv.state is not State.ASSIGNED:
            raise InvalidTransition(conv.state.value, "release")
        return _requeue(w, conv, why or f"released by {staff}", staff=staff)

    return store.mutate(conversation_id, change)


def _requeue(w: Writer, conv: Conversation, event: str, *, staff: str | None, team: str | None = None) -> Conversation:
    states.check(conv.state, State.WAITING)
    priority = conv.priority if conv.priority is not None else Priority.ROUTINE
    waiting = conv.evolve(
        state=State.WAITING, assignee=None, assigned_at=None, priority=priority, queued_at=conv.queued_at or w.now,
        team=team if team is not None else conv.team, updated_at=w.now, sla_stage=0,
    )  # fmt: skip
    w.save(waiting)
    w.queue_put(conv.id, priority, waiting.queued_at or w.now)
    w.record(waiting, Author.SYSTEM, event, Kind.EVENT, staff=staff)
    w.event("requeued", conv.id)
    return waiting


def transfer(
    store: Store, conversation_id: str, staff: str, *, to_staff: str | None = None, to_team: str | None = None,
    note_text: str | None = None, admin: bool = False,
) -> Conversation:  # fmt: skip
    """Hand a conversation to a colleague (assigned to them) or a team (waiting in that team's queue)."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        _may_act(conv, staff, admin)
        _require_staff_owned(conv, "transfer")
        if note_text:
            w.record(conv, Author.STAFF, note_text, Kind.NOTE, staff=staff)
        if to_staff:
            result = _assign(w, conv, to_staff, f"transferred by {staff} to {to_staff}")
        else:
            result = _requeue(w, conv, f"transferred by {staff} to team {to_team}", staff=staff, team=to_team)
        w.event("transferred", conv.id, staff=staff, to=to_staff or f"team:{to_team}")
        return result

    return store.mutate(conversation_id, change)


def resolve(store: Store, conversation_id: str, staff: str, closing_text: str, *, admin: bool = False) -> Conversation:
    """Hand the conversation back to the bot and tell the patient it was closed."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        _may_act(conv, staff, admin)
        states.check(conv.state, State.RESOLVED)
        done = conv.evolve(
            state=State.RESOLVED, assignee=None, assigned_at=None, priority=None, reason=None, detail=None,
            queued_at=None, updated_at=w.now, sla_stage=0, team=None, pending=(),
        )  # fmt: skip
        w.save(done)
        w.queue_drop(conv.id)
        w.record(done, Author.SYSTEM, f"resolved by {staff}", Kind.EVENT, staff=staff)
        w.outbound(done, closing_text, Author.SYSTEM)
        w.event("resolved", conv.id, staff=staff)
        return done

    return store.mutate(conversation_id, change)


def sla_breach(store: Store, conversation_id: str, stage: int, minutes: int, patient_text: str | None) -> None:
    """Record an SLA breach once per stage: staff are re-alerted and the patient hears an honest wait."""

    def change(conv: Conversation, w: Writer) -> tuple[datetime, bool] | None:
        if conv.state is not State.WAITING or conv.sla_stage >= stage:
            return None  # claimed or already handled meanwhile
        flagged = conv.evolve(sla_stage=stage)
        w.save(flagged)
        w.record(flagged, Author.SYSTEM, f"unclaimed for {minutes} min (SLA stage {stage})", Kind.EVENT)
        w.event("sla", conv.id, stage=str(stage))
        if patient_text:
            w.outbound(flagged, patient_text, Author.SYSTEM)
        return w.now, conv.priority is Priority.URGENT

    breached = store.mutate(conversation_id, change)
    if breached and stage == 1:  # the report counts each handoff's first breach
        store.stats.sla_breach(conversation_id, *breached)


def expected_wait_minutes(store: Store, priority: Priority) -> int | None:
    """The median of recent claim waits for this priority, rounded up to 5 minutes (None without data)."""
    samples = [int(s) for s in cast(list[str], store.redis.lrange(keys.claim_waits(priority.name.lower()), 0, -1))]
    if not samples:
        return None
    minutes = statistics.median(samples) / 60
    return max(5, int(-(-minutes // 5) * 5))
