"""The bot performance report: the per-day counters of bot/stats.py summed over a period of clinic days.

Figures only (counts, reasons, categories, FAQ entry ids, durations); no patient text, number or name.
"""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from bot import keys
from bot.stats import NO_ENTRY, Stats

MAX_DAYS = keys.STATS_TTL // 86400  # no period reaches back past the counters' lifetime


class PeriodError(ValueError):
    """A report period that cannot be read (in the future, or older than the counters are kept)."""


@dataclass(frozen=True)
class Period:
    """Clinic days from `first` to `last`, both included."""

    first: dt.date
    last: dt.date

    @classmethod
    def ending(cls, today: dt.date, *, days: int | None = None, since: dt.date | None = None) -> Period:
        """The last `days` days up to today (1 = today), or from `since` up to today."""
        if since is not None:
            if since > today:
                raise PeriodError(f"--since {since.isoformat()} is after today ({today.isoformat()})")
            days = (today - since).days + 1
        days = 7 if days is None else days
        if not 1 <= days <= MAX_DAYS:
            raise PeriodError(f"a period is 1 to {MAX_DAYS} days (counters are kept {MAX_DAYS} days), not {days}")
        return cls(today - dt.timedelta(days=days - 1), today)

    @property
    def days(self) -> list[str]:
        """Every day of the period as YYYY-MM-DD."""
        count = (self.last - self.first).days + 1
        return [(self.first + dt.timedelta(days=i)).isoformat() for i in range(count)]


@dataclass(frozen=True)
class Waits:
    """Seconds from handoff to the first staff reply: how many, the median and the 90th percentile."""

    count: int
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, seconds: list[int]) -> Waits:
        """Median and nearest-rank 90th percentile of the samples (None without samples)."""
        if not seconds:
            return cls(0, None, None)
        ordered = sorted(seconds)
        return cls(len(ordered), float(statistics.median(ordered)), float(ordered[math.ceil(0.9 * len(ordered)) - 1]))


@dataclass(frozen=True)
class Report:
    """Every figure of one period."""

    period: Period
    timezone: str
    conversations: dict[str, int]  # started, per channel
    messages: dict[str, int]  # patient messages, per channel
    faq_answers: int  # messages the bot answered from the FAQ in bot mode
    offers_taken: int  # likely answers offered with a handoff and taken by the patient
    deflected: int  # conversations answered from the FAQ and never handed to staff (by the day they started)
    handoffs: dict[str, int]  # per reason
    urgent: dict[str, int]  # per category (a message may name two)
    urgent_total: int
    first_reply: Waits
    first_reply_urgent: Waits
    sla_breached: int
    sla_breached_urgent: int
    unanswered: dict[str, int]  # likely FAQ entry id -> handoffs the FAQ was unsure about, most first
    unanswered_no_entry: int

    @property
    def conversations_total(self) -> int:
        """Conversations started in the period."""
        return sum(self.conversations.values())

    @property
    def deflection_rate(self) -> float | None:
        """Deflected conversations over conversations started (None when none started)."""
        total = self.conversations_total
        return self.deflected / total if total else None

    def as_dict(self) -> dict[str, Any]:
        """The report as one JSON-ready object."""
        rate = self.deflection_rate
        return {
            "period": {
                "from": self.period.first.isoformat(), "to": self.period.last.isoformat(),
                "days": len(self.period.days), "timezone": self.timezone,
            },
            "conversations": {"total": self.conversations_total, "by_channel": self.conversations},
            "messages": {"total": sum(self.messages.values()), "by_channel": self.messages},
            "faq_answers": self.faq_answers,
            "offers_taken": self.offers_taken,
            "deflected": self.deflected,
            "deflection_rate": round(rate, 4) if rate is not None else None,
            "handoffs": {"total": sum(self.handoffs.values()), "by_reason": self.handoffs},
            "urgent": {"total": self.urgent_total, "by_category": self.urgent},
            "first_reply_seconds": {"other": _waits(self.first_reply), "urgent": _waits(self.first_reply_urgent)},
            "sla_breached": {"total": self.sla_breached, "urgent": self.sla_breached_urgent},
            "unanswered": {"by_entry": self.unanswered, "no_likely_entry": self.unanswered_no_entry},
        }  # fmt: skip


def _waits(waits: Waits) -> dict[str, Any]:
    return {"count": waits.count, "median": waits.median, "p90": waits.p90}


def build(stats: Stats, period: Period) -> Report:
    """Sum the period's days into a report."""
    days = stats.days(period.days)
    counts: Counter[str] = Counter()
    for day in days:
        counts.update(day.counts)
    unanswered = _group(counts, "unanswered")
    no_entry = unanswered.pop(NO_ENTRY, 0)
    urgent = _group(counts, "urgent")
    return Report(
        period=period, timezone=str(stats.zone), conversations=_group(counts, "conversations"),
        messages=_group(counts, "messages"), faq_answers=counts["route:faq"], offers_taken=counts["route:suggested"],
        deflected=max(0, counts["deflected"]), handoffs=_group(counts, "handoffs"), urgent=urgent,
        urgent_total=counts["urgent"],
        first_reply=Waits.of([s for day in days for s in day.first_replies["other"]]),
        first_reply_urgent=Waits.of([s for day in days for s in day.first_replies["urgent"]]),
        sla_breached=counts["sla_breached"], sla_breached_urgent=counts["sla_breached:urgent"],
        unanswered=unanswered, unanswered_no_entry=no_entry,
    )  # fmt: skip


def _group(counts: Counter[str], prefix: str) -> dict[str, int]:
    """The counters named `prefix:<name>`, by name, largest first (then by name)."""
    found = {name[len(prefix) + 1 :]: n for name, n in counts.items() if name.startswith(f"{prefix}:") and n > 0}
    return dict(sorted(found.items(), key=lambda item: (-item[1], item[0])))


def waits_text(waits: Waits) -> str:
    """Time to first reply as people read it: "median 4m 05s, 90th percentile 9m 00s (3 replies)", or "no replies"."""
    if not waits.count:
        return "no replies"
    replies = f"{waits.count} repl{'ies' if waits.count != 1 else 'y'}"
    return f"median {duration(waits.median)}, 90th percentile {duration(waits.p90)} ({replies})"


def duration(seconds: float | None) -> str:
    """A wait as people read it: "45s", "4m 05s", "2h 03m"; "-" without one."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    if whole < 60:
        return f"{whole}s"
    if whole < 3600:
        return f"{whole // 60}m {whole % 60:02d}s"
    return f"{whole // 3600}h {whole % 3600 // 60:02d}m"


def percent(rate: float | None) -> str:
    """A rate as a percentage with one decimal; "-" when there is nothing to divide."""
    return "-" if rate is None else f"{rate * 100:.1f}%"
