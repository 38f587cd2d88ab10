"""The Redis session store on its own: random ids, limits, ending one or all of a member's sessions."""

from __future__ import annotations

from datetime import timedelta

from redis import Redis

from bot import keys, sessions
from bot.clock import FakeClock
from bot.sessions import Limits, SessionStore
from bot.staff import StaffDirectory

LIMITS = Limits(idle=timedelta(minutes=15), absolute=timedelta(hours=12))


def test_sessions_are_random_and_expire_when_idle(redis: Redis, clock: FakeClock) -> None:
    store = SessionStore(redis, clock, LIMITS)
    one, two = store.create("alice"), store.create("alice")
    assert one.id != two.id
    assert one.csrf_token != two.csrf_token
    assert len(one.id) >= 40
    clock.advance(minutes=14)
    assert store.load(one.id, touch=True) is not None
    clock.advance(minutes=14)
    assert store.load(one.id, touch=False) is not None  # touched 14 minutes ago
    assert store.load(two.id, touch=False) is None  # idle for 28 minutes
    assert 0 < redis.pttl(keys.console_session(sessions.digest(one.id))) <= 15 * 60 * 1000


def test_garbage_and_unknown_ids_are_refused(redis: Redis, clock: FakeClock) -> None:
    store = SessionStore(redis, clock, LIMITS)
    for raw in ["", "short", "x" * 43, "../../etc/passwd" + "a" * 40, "a" * 500]:
        assert store.load(raw, touch=True) is None
    assert redis.keys("*") == []  # a refused id leaves nothing behind


def test_end_all_ends_every_session_of_one_member(redis: Redis, clock: FakeClock) -> None:
    store = SessionStore(redis, clock, LIMITS)
    mine = [store.create("alice") for _ in range(3)]
    theirs = store.create("bob")
    assert store.count("alice") == 3
    assert sessions.end_all(redis, "alice") == 3
    assert all(store.load(s.id, touch=False) is None for s in mine)
    assert store.load(theirs.id, touch=False) is not None


def test_disabling_or_a_new_password_ends_sessions(redis: Redis, clock: FakeClock) -> None:
    directory, store = StaffDirectory(redis, clock), SessionStore(redis, clock, LIMITS)
    directory.add("alice", "a long enough password")
    first = store.create("alice")
    directory.set_password("alice", "another long password")
    assert store.load(first.id, touch=False) is None
    second = store.create("alice")
    directory.update("alice", team="nurses")  # other changes leave sessions alone
    assert store.load(second.id, touch=False) is not None
    directory.update("alice", disabled=True)
    assert store.load(second.id, touch=False) is None
