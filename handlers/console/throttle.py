"""Login throttling in Redis: exponential backoff per account, per client address and per known device.

Never a permanent lockout: a lock lasts at most MAX_LOCK, attempts during a lock are refused without
being counted (so hammering cannot extend it), and a browser the user logged in from before is
throttled on its own (see devices.py), so someone guessing at an account cannot keep its owner out.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta

from redis import Redis

from bot import keys, rtypes
from bot.clock import Clock, from_ms, to_ms

# Failures allowed before backoff starts. A client address may be a whole clinic behind one NAT.
FREE_FAILURES = {"account": 5, "ip": 20, "device": 5}
MAX_LOCK = timedelta(minutes=15)
FORGET_AFTER = timedelta(hours=1)  # a counter with no new failure for this long starts again from zero


@dataclass(frozen=True)
class Subject:
    """Something failures are counted for: an account name, a client address, or a known device."""

    scope: str
    value: str

    @property
    def key(self) -> str:
        """Its Redis key (the value hashed: usernames people mistype can be passwords)."""
        return keys.login_throttle(self.scope, hashlib.sha256(self.value.encode()).hexdigest()[:32])


def lock_for(failures: int, free: int) -> timedelta:
    """How long to refuse attempts after `failures` in a row: 2, 4, 8 … seconds, capped at MAX_LOCK."""
    if failures < free:
        return timedelta(0)
    return min(timedelta(seconds=2 ** min(failures - free + 1, 20)), MAX_LOCK)


class LoginThrottle:
    """Counts failed logins and says how long a subject must wait."""

    def __init__(self, redis: Redis, clock: Clock) -> None:
        self.redis = redis
        self.clock = clock

    def wait(self, subjects: list[Subject]) -> timedelta:
        """How long until an attempt is allowed for all of `subjects` (zero: go ahead)."""
        now = self.clock.now()
        longest = timedelta(0)
        for subject in subjects:
            until = rtypes.text(self.redis.hget(subject.key, "until"))
            if until:
                longest = max(longest, from_ms(until) - now)
        return longest

    def failed(self, subjects: list[Subject]) -> None:
        """Count a failed attempt against each subject and start its backoff when due."""
        now = self.clock.now()
        for subject in subjects:
            failures = int(self.redis.hincrby(subject.key, "failures", 1))
            lock = lock_for(failures, FREE_FAILURES[subject.scope])
            if lock:
                self.redis.hset(subject.key, "until", str(to_ms(now + lock)))
            self.redis.expire(subject.key, int((FORGET_AFTER + lock).total_seconds()))

    def succeeded(self, subjects: list[Subject]) -> None:
        """Forget the failures of subjects that just proved themselves (an account, a device)."""
        self.redis.delete(*(s.key for s in subjects))
