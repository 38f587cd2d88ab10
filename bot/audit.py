"""The audit log: who did what to which conversation and when. Ids and actions only, never message text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from redis import Redis

from bot import keys, rtypes
from bot.clock import Clock, from_ms, to_ms

MAXLEN = 200_000  # about a year of a busy front desk; older entries are trimmed
# An open conversation reloads on every live update; one "view" per staff member and conversation in
# this window records the access without filling the log (and trimming it early) with refreshes.
VIEW_WINDOW_SECONDS = 600


@dataclass(frozen=True)
class AuditEvent:
    """One audited action."""

    id: str
    at: datetime
    staff: str
    action: str
    conversation_id: str | None
    detail: str | None


class AuditLog:
    """Appends to and reads the audit stream."""

    def __init__(self, redis: Redis, clock: Clock) -> None:
        self.redis = redis
        self.clock = clock

    def record(self, staff: str, action: str, conversation_id: str | None = None, detail: str | None = None) -> None:
        """Append one event (detail is for ids and outcomes such as 'failed', never content)."""
        fields = {"at": str(to_ms(self.clock.now())), "staff": staff, "action": action}
        if conversation_id:
            fields["conversation_id"] = conversation_id
        if detail:
            fields["detail"] = detail
        self.redis.xadd(keys.audit(), rtypes.fields(fields), maxlen=MAXLEN, approximate=True)

    def record_view(self, staff: str, conversation_id: str) -> bool:
        """Record a view unless this staff member's view of it was recorded in the last window."""
        if not self.redis.set(keys.audit_viewed(staff, conversation_id), "1", nx=True, ex=VIEW_WINDOW_SECONDS):
            return False
        self.record(staff, "view", conversation_id)
        return True

    def recent(
        self, *, staff: str | None = None, conversation_id: str | None = None, action: str | None = None,
        limit: int = 200, scan: int = 5000,
    ) -> list[AuditEvent]:  # fmt: skip
        """Newest first, filtered; looks through at most `scan` recent events."""
        rows = rtypes.stream_rows(self.redis.xrevrange(keys.audit(), count=scan))
        out = []
        for eid, f in rows:
            if (staff and f.get("staff") != staff) or (action and f.get("action") != action):
                continue
            if conversation_id and f.get("conversation_id") != conversation_id:
                continue
            out.append(
                AuditEvent(eid, from_ms(f["at"]), f["staff"], f["action"], f.get("conversation_id"), f.get("detail"))
            )
            if len(out) >= limit:
                break
        return out
