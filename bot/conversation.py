"""The conversation record and its history entries, and how they map to Redis hash fields."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from bot.clock import from_ms, to_ms
from bot.messages import Author
from routing.states import Priority, State

# Flags a conversation can carry; staff see them and delivery honours them.
OPTED_OUT = "opted_out"
UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Conversation:
    """One patient's thread on one channel, and who is answering it."""

    id: str
    channel: str
    address: str
    state: State
    created_at: datetime
    updated_at: datetime
    last_inbound_at: datetime | None = None
    priority: Priority | None = None
    reason: str | None = None
    detail: str | None = None
    assignee: str | None = None
    team: str | None = None
    queued_at: datetime | None = None
    assigned_at: datetime | None = None
    staff_replied_at: datetime | None = None
    sla_stage: int = 0  # SLA alerts already raised for the current wait
    closed_notice: str = ""  # the closed period the patient was told about (once per period)
    lang: str = "en"
    pending: tuple[str, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)
    name: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # The hash fields present when this record was read (so a save knows which ones to clear).
    loaded: frozenset[str] = field(default_factory=frozenset, compare=False, repr=False)

    def evolve(self, **changes: Any) -> Conversation:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def with_flag(self, flag: str, on: bool = True) -> Conversation:
        """A copy with `flag` set or cleared."""
        flags = self.flags | {flag} if on else self.flags - {flag}
        return replace(self, flags=frozenset(flags))

    def to_hash(self) -> dict[str, str]:
        """Redis hash fields (empty values are left out)."""
        raw: dict[str, str] = {
            "id": self.id,
            "channel": self.channel,
            "address": self.address,
            "state": self.state.value,
            "created_at": str(to_ms(self.created_at)),
            "updated_at": str(to_ms(self.updated_at)),
            "lang": self.lang,
        }
        optional = {
            "last_inbound_at": _ms(self.last_inbound_at),
            "priority": str(int(self.priority)) if self.priority is not None else "",
            "reason": self.reason or "",
            "detail": self.detail or "",
            "assignee": self.assignee or "",
            "team": self.team or "",
            "queued_at": _ms(self.queued_at),
            "assigned_at": _ms(self.assigned_at),
            "staff_replied_at": _ms(self.staff_replied_at),
            "sla_stage": str(self.sla_stage) if self.sla_stage else "",
            "closed_notice": self.closed_notice,
            "pending": json.dumps(list(self.pending)) if self.pending else "",
            "flags": ",".join(sorted(self.flags)),
            "name": self.name or "",
            "extra": json.dumps(self.extra) if self.extra else "",
        }
        raw.update({k: v for k, v in optional.items() if v})
        return raw

    @classmethod
    def from_hash(cls, raw: dict[str, str]) -> Conversation:
        """Rebuild a conversation from its Redis hash."""
        return cls(
            id=raw["id"],
            channel=raw["channel"],
            address=raw["address"],
            state=State(raw["state"]),
            created_at=from_ms(raw["created_at"]),
            updated_at=from_ms(raw["updated_at"]),
            last_inbound_at=_when(raw, "last_inbound_at"),
            priority=Priority(int(raw["priority"])) if raw.get("priority") else None,
            reason=raw.get("reason") or None,
            detail=raw.get("detail") or None,
            assignee=raw.get("assignee") or None,
            team=raw.get("team") or None,
            queued_at=_when(raw, "queued_at"),
            assigned_at=_when(raw, "assigned_at"),
            staff_replied_at=_when(raw, "staff_replied_at"),
            sla_stage=int(raw.get("sla_stage") or 0),
            closed_notice=raw.get("closed_notice", ""),
            lang=raw.get("lang") or "en",
            pending=tuple(json.loads(raw["pending"])) if raw.get("pending") else (),
            flags=frozenset(f for f in raw.get("flags", "").split(",") if f),
            name=raw.get("name") or None,
            extra=json.loads(raw["extra"]) if raw.get("extra") else {},
            loaded=frozenset(raw),
        )


def _ms(when: datetime | None) -> str:
    return str(to_ms(when)) if when else ""


def _when(raw: dict[str, str], name: str) -> datetime | None:
    return from_ms(raw[name]) if raw.get(name) else None


class Kind:
    """What a history entry is."""

    MESSAGE = "message"
    NOTE = "note"
    EVENT = "event"


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a conversation's history: a message, an internal note, or a state change."""

    id: str
    at: datetime
    author: Author
    kind: str
    text: str
    staff: str | None = None
    outbound_id: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_fields(self) -> dict[str, str]:
        """Stream entry fields."""
        raw = {"at": str(to_ms(self.at)), "author": self.author.value, "kind": self.kind, "text": self.text}
        if self.staff:
            raw["staff"] = self.staff
        if self.outbound_id:
            raw["out"] = self.outbound_id
        if self.meta:
            raw["meta"] = json.dumps(self.meta)
        return raw

    @classmethod
    def from_fields(cls, entry_id: str, raw: dict[str, str]) -> HistoryEntry:
        """Rebuild an entry from a stream record."""
        return cls(
            id=entry_id,
            at=from_ms(raw["at"]),
            author=Author(raw["author"]),
            kind=raw.get("kind", Kind.MESSAGE),
            text=raw.get("text", ""),
            staff=raw.get("staff") or None,
            outbound_id=raw.get("out") or None,
            meta=json.loads(raw["meta"]) if raw.get("meta") else {},
        )


def mask(channel: str, address: str) -> str:
    """What staff see instead of a patient's address: the last 4 digits of a number, or the channel."""
    if channel == "webchat":
        return "web chat visitor"
    tail = "".join(ch for ch in address if ch.isdigit())[-4:]
    return f"…{tail}" if tail else channel


def summary(conv: Conversation) -> dict[str, Any]:
    """A queue row: no message text, only what staff need to pick the next conversation."""
    return {
        "id": conv.id,
        "channel": conv.channel,
        "patient": mask(conv.channel, conv.address),
        "name": conv.name,
        "state": conv.state.value,
        "priority": Priority(conv.priority).name.lower() if conv.priority is not None else None,
        "reason": conv.reason,
        "detail": conv.detail,
        "assignee": conv.assignee,
        "team": conv.team,
        "queued_at": conv.queued_at.isoformat() if conv.queued_at else None,
        "assigned_at": conv.assigned_at.isoformat() if conv.assigned_at else None,
        "sla_stage": conv.sla_stage,
        "updated_at": conv.updated_at.isoformat(),
        "last_inbound_at": conv.last_inbound_at.isoformat() if conv.last_inbound_at else None,
        "lang": conv.lang,
        "flags": sorted(conv.flags),
    }
