"""Time in one place, so timers (SLA, business hours, the WhatsApp window) can be tested with a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Anything that can tell the current time (timezone-aware, UTC)."""

    def now(self) -> datetime:
        """The current time."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        """The current UTC time."""
        return datetime.now(UTC)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 11, 2, 15, 0, tzinfo=UTC)

    def now(self) -> datetime:
        """The time the test last set."""
        return self._now

    def advance(self, **delta: float) -> None:
        """Move time forward, e.g. advance(minutes=3)."""
        self._now += timedelta(**delta)

    def set(self, when: datetime) -> None:
        """Jump to a given time."""
        self._now = when


def to_ms(when: datetime) -> int:
    """Milliseconds since the epoch, for Redis scores and fields."""
    return int(when.timestamp() * 1000)


def from_ms(ms: int | str) -> datetime:
    """A UTC datetime from milliseconds since the epoch."""
    return datetime.fromtimestamp(int(ms) / 1000, UTC)
