"""Console login sessions in Redis: random ids, idle and absolute expiry, and ending all of a user's sessions."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from redis import Redis

from bot import keys, rtypes
from bot.clock import Clock, from_ms, to_ms

SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{40,64}$")


@dataclass(frozen=True)
class Limits:
    """How long a session lives: `idle` without activity, `absolute` at most from login."""

    idle: timedelta
    absolute: timedelta


@dataclass(frozen=True)
class Session:
    """One logged-in browser. `id` is the cookie value; Redis only ever holds its hash."""

    id: str
    username: str
    csrf_token: str
    created_at: datetime
    seen_at: datetime


def digest(session_id: str) -> str:
    """What Redis stores instead of the session id (a dump or key listing must not hand out logins)."""
    return hashlib.sha256(session_id.encode()).hexdigest()


class SessionStore:
    """Creates, checks, refreshes and ends console sessions; every web process on every machine agrees."""

    def __init__(self, redis: Redis, clock: Clock, limits: Limits) -> None:
        self.redis = redis
        self.clock = clock
        self.limits = limits

    def create(self, username: str) -> Session:
        """A new session with a fresh random id and CSRF token (called at each login: no fixation)."""
        now = self.clock.now()
        session = Session(secrets.token_urlsafe(32), username, secrets.token_urlsafe(32), now, now)
        key, owned = keys.console_session(digest(session.id)), keys.staff_sessions(username)
        fields = {"username": username, "csrf": session.csrf_token, "created_at": str(to_ms(now))}
        fields["seen_at"] = fields["created_at"]
        self._prune(username)
        with self.redis.pipeline() as pipe:
            pipe.hset(key, mapping=rtypes.fields(fields))
            pipe.pexpire(key, self._ttl_ms(session, now))
            pipe.sadd(owned, digest(session.id))
            pipe.pexpire(owned, int(self.limits.absolute.total_seconds() * 1000))
            pipe.execute()
        return session

    def load(self, session_id: str, *, touch: bool) -> Session | None:
        """The live session for a cookie value, or None; `touch` counts this request as activity."""
        if not SESSION_ID.match(session_id):
            return None
        key = keys.console_session(digest(session_id))
        raw = rtypes.text_hash(self.redis.hgetall(key))
        if not {"username", "csrf", "created_at", "seen_at"} <= raw.keys():
            return None  # unknown, expired, or a touch that raced with a logout
        session = Session(session_id, raw["username"], raw["csrf"], from_ms(raw["created_at"]), from_ms(raw["seen_at"]))
        now = self.clock.now()
        if self.remaining(session, now) <= timedelta(0):
            self.end(session_id)
            return None
        if touch:
            session = Session(session.id, session.username, session.csrf_token, session.created_at, now)
            with self.redis.pipeline() as pipe:
                pipe.hset(key, "seen_at", str(to_ms(now)))
                pipe.pexpire(key, self._ttl_ms(session, now))
                pipe.execute()
        return session

    def remaining(self, session: Session, now: datetime | None = None) -> timedelta:
        """Time until this session ends: the idle limit or the absolute limit, whichever comes first."""
        now = now or self.clock.now()
        idle_left = session.seen_at + self.limits.idle - now
        absolute_left = session.created_at + self.limits.absolute - now
        return min(idle_left, absolute_left)

    def end(self, session_id: str) -> None:
        """Log one session out (the cookie is worthless afterwards, wherever it was copied)."""
        key = keys.console_session(digest(session_id))
        username = rtypes.text(self.redis.hget(key, "username"))
        self.redis.delete(key)
        if username:
            self.redis.srem(keys.staff_sessions(username), digest(session_id))

    def count(self, username: str) -> int:
        """How many live sessions a staff member has (for the admin page)."""
        return len(self._prune(username))

    def _prune(self, username: str) -> list[str]:
        """Forget digests of sessions that expired on their own; returns the live ones."""
        owned = keys.staff_sessions(username)
        digests = sorted(cast(set[str], self.redis.smembers(owned)))
        with self.redis.pipeline(transaction=False) as pipe:
            for d in digests:
                pipe.exists(keys.console_session(d))
            alive = pipe.execute()
        dead = [d for d, ok in zip(digests, alive, strict=True) if not ok]
        if dead:
            self.redis.srem(owned, *dead)
        return [d for d, ok in zip(digests, alive, strict=True) if ok]

    def _ttl_ms(self, session: Session, now: datetime) -> int:
        # Redis drops the key when the session can no longer be valid; load() checks the times as well.
        return max(1, int(self.remaining(session, now).total_seconds() * 1000))


def end_all(redis: Redis, username: str) -> int:
    """End every session of a staff member (account disabled, password reset); returns how many."""
    owned = keys.staff_sessions(username)
    digests = list(cast(set[str], redis.smembers(owned)))
    with redis.pipeline() as pipe:
        for d in digests:
            pipe.delete(keys.console_session(d))
        pipe.delete(owned)
        pipe.execute()
    return len(digests)
