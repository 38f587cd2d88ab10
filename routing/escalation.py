"""The escalation queue and handoff transitions, applied atomically through the store's Writer."""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import Conversation, Kind
from bot.errors import AlreadyClaimed, InvalidTransition
from bot.messages import Author
from bot.store import Store, Writer
from routing import states
from routing.states import Priority, State


@dataclass(frozen=True)
class Handoff:
    """Why a conversation goes to staff, and how urgently."""

    priority: Priority
    reason: str
    detail: str | None = None


def escalate(w: Writer, conv: Conversation, handoff: Handoff) -> Conversation:
    """Put a conversation in front of staff; an already-owned one only gains priority."""
    now = w.now
    if conv.state.human_owned:
        if conv.priority is not None and conv.priority <= handoff.priority:
            return conv
        raised = conv.evolve(priority=handoff.priority, reason=handoff.reason, detail=handoff.detail, updated_at=now)
        w.queue_put(conv.id, handoff.priority, raised.queued_at or now)
        w.record(
            raised,
            Author.SYSTEM,
            f"priority raised: {handoff.reason}",
            Kind.EVENT,
            priority=int(handoff.priority),
        )
        w.event("priority", conv.id, priority=str(int(handoff.priority)))
        return raised
    states.check(conv.state, State.WAITING)
    waiting = conv.evolve(
        state=State.WAITING,
        priority=handoff.priority,
        reason=handoff.reason,
        detail=handoff.detail,
        assignee=None,
        queued_at=now,
        updated_at=now,
        pending=(),
    )
    w.queue_put(conv.id, handoff.priority, now)
    w.record(
        waiting,
        Author.SYSTEM,
        f"handed to staff: {handoff.reason}",
        Kind.EVENT,
        priority=int(handoff.priority),
    )
    w.event("escalated", conv.id, priority=str(int(handoff.priority)))
    return waiting


def claim(store: Store, conversation_id: str, staff: str) -> Conversation:
    """Assign a waiting conversation to `staff`; exactly one of several simultaneous claimers wins."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        if conv.state is State.ASSIGNED:
            if conv.assignee == staff:
                return conv
            raise AlreadyClaimed(conv.assignee or "someone")
        states.check(conv.state, State.ASSIGNED)
        owned = conv.evolve(state=State.ASSIGNED, assignee=staff, updated_at=w.now)
        w.save(owned)
        w.record(owned, Author.SYSTEM, f"claimed by {staff}", Kind.EVENT, staff=staff)
        w.event("claimed", conv.id, staff=staff)
        return owned

    return store.mutate(conversation_id, change)


def reply(store: Store, conversation_id: str, staff: str, text: str) -> str:
    """Send a staff reply through the patient's channel; replying to a waiting conversation claims it."""

    def change(conv: Conversation, w: Writer) -> str:
        if conv.state is State.ASSIGNED and conv.assignee != staff:
            raise AlreadyClaimed(conv.assignee or "someone")
        if conv.state is State.WAITING:
            conv = conv.evolve(state=State.ASSIGNED, assignee=staff)
            w.record(conv, Author.SYSTEM, f"claimed by {staff}", Kind.EVENT, staff=staff)
        elif not conv.state.human_owned:
            raise InvalidTransition(conv.state.value, "reply")
        conv = conv.evolve(updated_at=w.now)
        w.save(conv)
        message_id = w.outbound(conv, text, Author.STAFF, staff=staff)
        w.event("replied", conv.id, staff=staff)
        return message_id

    return store.mutate(conversation_id, change)


def resolve(store: Store, conversation_id: str, staff: str, closing_text: str) -> Conversation:
    """Hand the conversation back to the bot and tell the patient it was closed."""

    def change(conv: Conversation, w: Writer) -> Conversation:
        if conv.state is State.ASSIGNED and conv.assignee != staff:
            raise AlreadyClaimed(conv.assignee or "someone")
        states.check(conv.state, State.RESOLVED)
        done = conv.evolve(
            state=State.RESOLVED,
            assignee=None,
            priority=None,
            reason=None,
            detail=None,
            queued_at=None,
            updated_at=w.now,
        )
        w.save(done)
        w.queue_drop(conv.id)
        w.record(done, Author.SYSTEM, f"resolved by {staff}", Kind.EVENT, staff=staff)
        w.outbound(done, closing_text, Author.SYSTEM)
        w.event("resolved", conv.id, staff=staff)
        return done

    return store.mutate(conversation_id, change)
