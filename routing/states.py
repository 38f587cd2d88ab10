"""Conversation states and the transitions allowed between them: the handoff state machine."""

from __future__ import annotations

from enum import IntEnum, StrEnum

from bot.errors import InvalidTransition


class State(StrEnum):
    """Who is answering the patient."""

    BOT = "bot"  # the bot answers
    WAITING = "waiting"  # escalated, no staff member has it yet
    ASSIGNED = "assigned"  # a staff member owns it
    RESOLVED = "resolved"  # handed back to the bot after staff finished

    @property
    def human_owned(self) -> bool:
        """True while staff own the conversation: the bot stays quiet (triage still runs)."""
        return self in (State.WAITING, State.ASSIGNED)


class Priority(IntEnum):
    """Queue priority: lower sorts first."""

    URGENT = 0
    HIGH = 1
    ROUTINE = 2


class Route(StrEnum):
    """What the bot decides to do with a message in bot mode."""

    FAQ = "faq"
    AGENT = "agent"
    URGENT = "urgent"


ALLOWED: dict[State, frozenset[State]] = {
    State.BOT: frozenset({State.WAITING}),
    State.WAITING: frozenset({State.WAITING, State.ASSIGNED, State.RESOLVED}),
    State.ASSIGNED: frozenset({State.ASSIGNED, State.WAITING, State.RESOLVED}),
    State.RESOLVED: frozenset({State.WAITING}),
}


def check(current: State, target: State) -> None:
    """Raise InvalidTransition unless `current -> target` is allowed."""
    if target not in ALLOWED[current]:
        raise InvalidTransition(current.value, target.value)
