"""Brute-force throttling: backoff per account and per address, capped, never a lockout its owner cannot escape."""

from __future__ import annotations

from datetime import timedelta

from flask import Flask

from bot.clock import FakeClock
from handlers.console.throttle import MAX_LOCK, lock_for
from tests.console.conftest import StaffFactory
from tests.console.web import PASSWORD, ConsoleUser

WRONG = "wrong password!!"


def guess(app: Flask, username: str, password: str = WRONG, ip: str = "203.0.113.9") -> int:
    """One login attempt from a fresh browser at address `ip`; returns the status code."""
    user = ConsoleUser(app.test_client())
    user.client.environ_base["REMOTE_ADDR"] = ip
    return user.login(username, password).status_code


def test_backoff_doubles_from_the_fifth_failure_and_is_capped() -> None:
    waits = [lock_for(n, free=5).total_seconds() for n in range(1, 16)]
    assert waits == [0, 0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]
    assert lock_for(10_000, free=5) == MAX_LOCK == timedelta(minutes=15)


def test_five_wrong_passwords_lock_the_account_for_a_while(
    console_app: Flask, staff: StaffFactory, clock: FakeClock
) -> None:
    staff("alice", login=False)
    assert [guess(console_app, "alice") for _ in range(5)] == [401] * 5
    # Locked: even the right password is refused, without being checked, and the wait is said plainly.
    user = ConsoleUser(console_app.test_client())
    user.client.environ_base["REMOTE_ADDR"] = "198.51.100.7"
    response = user.login("alice", PASSWORD)
    assert response.status_code == 429
    assert "Too many failed attempts. Try again in 2 seconds." in response.get_data(as_text=True)
    clock.advance(seconds=2)
    assert guess(console_app, "alice", PASSWORD, ip="198.51.100.7") == 303


def test_hammering_during_a_lock_does_not_extend_it(console_app: Flask, staff: StaffFactory, clock: FakeClock) -> None:
    staff("alice", login=False)
    for _ in range(13):  # the 13th failure locks for 512 s
        guess(console_app, "alice")
        clock.advance(minutes=16)  # wait out each lock, as a patient attacker would
    assert [guess(console_app, "alice") for _ in range(50)] == [401] + [429] * 49
    clock.advance(minutes=15)  # the cap: never longer than 15 minutes
    assert guess(console_app, "alice", PASSWORD, ip="198.51.100.7") == 303


def test_unknown_accounts_are_throttled_the_same_way(console_app: Flask) -> None:
    assert [guess(console_app, "nobody") for _ in range(6)] == [401] * 5 + [429]


def test_one_address_guessing_many_accounts_is_slowed(console_app: Flask, staff: StaffFactory) -> None:
    results = [guess(console_app, f"user{i}") for i in range(21)]
    assert results == [401] * 20 + [429]
    assert guess(console_app, "user99", ip="192.0.2.1") == 401  # other addresses are not affected


def test_the_owner_still_gets_in_from_a_browser_they_used_before(
    console_app: Flask, staff: StaffFactory, clock: FakeClock
) -> None:
    alice = staff("alice")  # logged in once on her front-desk computer
    alice.form("/console/logout")
    for _ in range(12):  # someone elsewhere keeps guessing at her account
        guess(console_app, "alice")
    assert guess(console_app, "alice", PASSWORD, ip="198.51.100.7") == 429  # a new browser waits…
    assert alice.login("alice").status_code == 303  # …her own does not
    # Her browser is throttled on its own: five typos there lock only that browser, briefly.
    alice.form("/console/logout")
    assert [alice.login("alice", "typo typo typo").status_code for _ in range(6)] == [401] * 5 + [429]


def test_a_forged_device_cookie_is_ignored(console_app: Flask, staff: StaffFactory) -> None:
    staff("alice", login=False)
    for _ in range(5):
        guess(console_app, "alice")
    user = ConsoleUser(console_app.test_client())
    user.client.set_cookie("careline_device", '{"d":"x","u":["alice"]}', path="/console/login")
    assert user.login("alice").status_code == 429


def test_a_success_clears_the_accounts_failures(console_app: Flask, staff: StaffFactory) -> None:
    staff("alice", login=False)
    for _ in range(4):
        guess(console_app, "alice")
    assert guess(console_app, "alice", PASSWORD) == 303
    assert [guess(console_app, "alice") for _ in range(4)] == [401] * 4
