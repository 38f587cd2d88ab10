"""Counters for the bot performance report, per clinic day: ids, routes, reasons, categories and durations only.

A patient message's counters commit with the message itself (the commit script writes them last, best
effort); staff replies and the watchdog write theirs in a round trip of their own. A counter that cannot be
written is lost (with an id-only warning), never the patient's message.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from redis import Redis
from redis.client import Pipeline as RedisPipeline
from redis.exceptions import RedisError

from bot import keys, rtypes

log = logging.getLogger(__name__)

# The conversation record's `extra` field marking that the bot answered it from the FAQ (counted as deflected
# until staff get it).
ANSWERED = "bot_answered"
NO_ENTRY = "-"  # an unanswered question with no likely entry

_Writes = Callable[[RedisPipeline], None]


@dataclass(frozen=True)
class Tally:
    """What one handled patient message adds to the counters (decided with the message, written after it)."""

    conversation_id: str
    channel: str
    route: str
    at: dt.datetime
    started: dt.datetime  # when the conversation began (deflection counts on that day)
    new_conversation: bool = False
    handoff_reason: str | None = None  # set when this message handed the conversation to staff
    urgent_categories: tuple[str, ...] = ()  # set when it made (or raised) the conversation urgent
    unanswered: str | None = None  # the likely entry of a handoff the FAQ was unsure about, or NO_ENTRY
    deflected: int = 0  # +1 first FAQ answer of a conversation staff never had; -1 when such one goes to staff


@dataclass(frozen=True)
class Day:
    """One clinic day's raw figures."""

    counts: dict[str, int]
    first_replies: dict[str, list[int]]


class Stats:
    """Writes and reads the per-day counters; days are the clinic's (the hours file's time zone)."""

    def __init__(self, redis: Redis, zone: ZoneInfo) -> None:
        self.redis = redis
        self.zone = zone

    def date(self, when: dt.datetime) -> dt.date:
        """The clinic day a moment falls on."""
        return when.astimezone(self.zone).date()

    def day(self, when: dt.datetime) -> str:
        """The clinic day a moment falls on, as YYYY-MM-DD (the counters' key)."""
        return self.date(when).isoformat()

    def add(self, pipe: RedisPipeline, tally: Tally) -> None:
        """Queue the counter writes of one handled message on a pipeline (the caller sends them)."""
        counts = Counter({f"messages:{tally.channel}": 1, f"route:{tally.route}": 1})
        if tally.new_conversation:
            counts[f"conversations:{tally.channel}"] += 1
        if tally.handoff_reason:
            counts[f"handoffs:{tally.handoff_reason}"] += 1
        if tally.urgent_categories:
            counts["urgent"] += 1
            counts.update(f"urgent:{category}" for category in tally.urgent_categories)
        if tally.unanswered:
            counts[f"unanswered:{tally.unanswered}"] += 1
        started = {"deflected": tally.deflected} if tally.deflected else {}
        _increments(pipe, [(self.day(tally.at), counts), (self.day(tally.started), started)])

    def lost(self, conversation_id: str, error: str) -> None:
        """Log counters that could not be written (the Redis error's code, never any content)."""
        log.warning("stats not recorded conv=%s error=%s", conversation_id, error)

    def first_reply(self, conversation_id: str, at: dt.datetime, waited: dt.timedelta, urgent: bool) -> None:
        """Record the time from a handoff to staff's first reply to it; never raises."""
        key = keys.stats_first_replies(self.day(at), "urgent" if urgent else "other")
        self._safely(conversation_id, lambda pipe: _push(pipe, key, max(0, int(waited.total_seconds()))))

    def sla_breach(self, conversation_id: str, at: dt.datetime, urgent: bool) -> None:
        """Count a handoff that went unclaimed past its SLA (the watchdog's first stage); never raises."""
        counts = Counter({"sla_breached": 1, **({"sla_breached:urgent": 1} if urgent else {})})
        self._safely(conversation_id, lambda pipe: _increments(pipe, [(self.day(at), counts)]))

    def days(self, days: Iterable[str]) -> list[Day]:
        """The raw figures of the given clinic days, in one round trip."""
        wanted = list(days)
        with self.redis.pipeline(transaction=False) as pipe:
            for day in wanted:
                pipe.hgetall(keys.stats_day(day))
                for kind in ("other", "urgent"):
                    pipe.lrange(keys.stats_first_replies(day, kind), 0, -1)
            rows = pipe.execute()
        out = []
        for i in range(len(wanted)):
            raw, other, urgent = rows[3 * i : 3 * i + 3]
            counts = {k: int(v) for k, v in rtypes.text_hash(raw).items()}
            out.append(Day(counts, {"other": [int(s) for s in other], "urgent": [int(s) for s in urgent]}))
        return out

    def _safely(self, conversation_id: str, writes: _Writes) -> None:
        try:
            with self.redis.pipeline(transaction=False) as pipe:
                writes(pipe)
                pipe.execute()
        except RedisError as exc:
            self.lost(conversation_id, type(exc).__name__)


def _increments(pipe: RedisPipeline, per_day: list[tuple[str, Counter[str] | dict[str, int]]]) -> None:
    for day, counts in per_day:
        for name, by in counts.items():
            pipe.hincrby(keys.stats_day(day), name, by)
        if counts:
            pipe.expire(keys.stats_day(day), keys.STATS_TTL)


def _push(pipe: RedisPipeline, key: str, seconds: int) -> None:
    pipe.rpush(key, seconds)
    pipe.expire(key, keys.STATS_TTL)
