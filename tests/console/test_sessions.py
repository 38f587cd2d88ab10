"""Server-side sessions: idle logoff, the absolute limit, what counts as activity, and ending a user's sessions."""

from __future__ import annotations

import pytest
from flask import Flask

from bot import create_app
from bot.clock import FakeClock
from bot.errors import ConfigError
from bot.services import Services
from bot.staff import Role
from tests.console.conftest import StaffFactory
from tests.console.web import ConsoleUser


def test_idle_for_15_minutes_logs_out(staff: StaffFactory, clock: FakeClock) -> None:
    alice = staff("alice")
    clock.advance(minutes=14, seconds=59)
    assert alice.logged_in()
    clock.advance(seconds=1)
    assert not alice.logged_in()
    assert alice.api("GET", "/api/queue").status_code == 401
    page = alice.client.get("/console/login?why=idle").get_data(as_text=True)
    assert "logged out after a period without activity" in page


def test_activity_keeps_the_session_but_background_refreshes_do_not(staff: StaffFactory, clock: FakeClock) -> None:
    alice = staff("alice")
    for _ in range(3):
        clock.advance(minutes=10)
        assert alice.api("GET", "/api/queue").status_code == 200  # the user clicked something
    for _ in range(3):
        clock.advance(minutes=5)  # the open tab refreshing the queue and following live events
        alice.background("/api/queue")
        alice.client.get("/api/events?after=0-0").close()  # auth happens before the stream starts
    assert not alice.logged_in()


def test_an_open_tab_learns_how_long_it_has_left(staff: StaffFactory, clock: FakeClock) -> None:
    alice = staff("alice")
    clock.advance(minutes=10)
    status = alice.background("/console/session").get_json()
    assert (status["username"], status["idle_seconds"], status["remaining_seconds"]) == ("alice", 900, 300)
    assert alice.api("POST", "/console/session/touch").status_code == 200  # typing a long reply
    assert alice.background("/console/session").get_json()["remaining_seconds"] == 900
    clock.advance(minutes=16)
    assert alice.background("/console/session").status_code == 401


def test_twelve_hours_is_the_limit_however_active(staff: StaffFactory, clock: FakeClock) -> None:
    alice = staff("alice")
    for _ in range(11 * 6 + 5):  # busy all day: a click every ten minutes
        clock.advance(minutes=10)
        assert alice.api("GET", "/api/queue").status_code == 200
    clock.advance(minutes=10)
    assert alice.api("GET", "/api/queue").status_code == 401


def test_disabling_a_user_ends_their_sessions_at_once(staff: StaffFactory, svc: Services) -> None:
    alice = staff("alice")
    on_the_ward = staff("alice2")
    admin = staff("ada", Role.ADMIN)
    assert admin.form("/console/admin/staff/alice/disable").status_code == 303
    assert not alice.logged_in()
    assert on_the_ward.logged_in()
    assert alice.login("alice").status_code == 401
    svc.staff.update("alice", disabled=False)  # enabling does not bring an old session back
    assert not alice.logged_in()
    assert alice.login("alice").status_code == 303


def test_a_new_password_ends_sessions_everywhere(staff: StaffFactory, svc: Services, console_app: Flask) -> None:
    alice = staff("alice")
    other_browser = ConsoleUser(console_app.test_client())
    other_browser.login("alice")
    svc.staff.set_password("alice", "a brand new password")
    assert not alice.logged_in()
    assert not other_browser.logged_in()


def test_idle_limit_from_the_environment(env: dict[str, str]) -> None:
    app = create_app({**env, "CONSOLE_IDLE_MINUTES": "5", "CONSOLE_MAX_HOURS": "8"})
    limits = app.extensions["careline.console"].config.limits
    assert (limits.idle.total_seconds(), limits.absolute.total_seconds()) == (300, 8 * 3600)
    quick = create_app({**env, "CONSOLE_IDLE_SECONDS": "3"}).extensions["careline.console"].config.limits
    assert quick.idle.total_seconds() == 3


@pytest.mark.parametrize(
    ("name", "value"), [("CONSOLE_IDLE_MINUTES", "0"), ("CONSOLE_MAX_HOURS", "ten"), ("CONSOLE_IDLE_SECONDS", "-1")]
)
def test_bad_limits_stop_start_up_naming_the_variable(env: dict[str, str], name: str, value: str) -> None:
    with pytest.raises(ConfigError, match=name):
        create_app({**env, name: value})
