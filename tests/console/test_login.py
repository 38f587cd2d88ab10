"""Logging in and out: cookie flags, a new session id each login, one error for every failure, all audited."""

from __future__ import annotations

from flask import Flask
from redis import Redis

from bot.services import Services
from bot.staff import Role
from tests.console.conftest import StaffFactory
from tests.console.web import PASSWORD, ConsoleUser


def test_pages_send_visitors_to_login_and_back(browser: ConsoleUser, staff: StaffFactory) -> None:
    response = browser.client.get("/console/c/abc123")
    assert response.status_code == 303
    assert response.headers["Location"].startswith("/console/login?next=/console/c/abc123")
    staff("alice", login=False)
    page = browser.client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Please log in to continue." in page
    assert 'name="next" value="/console/c/abc123"' in page
    done = browser.login("alice", next="/console/c/abc123")
    assert done.headers["Location"] == "/console/c/abc123"


def test_login_sets_a_safe_cookie(browser: ConsoleUser, staff: StaffFactory) -> None:
    staff("alice", login=False)
    response = browser.login("alice")
    assert response.headers["Location"] == "/console"
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("careline_session=")]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http (local use): a Secure cookie would never come back
    assert "Expires" not in cookie  # ends with the browser; the server enforces idle and absolute limits


def test_over_https_the_cookie_is_secure_and_host_only(console_app: Flask, svc: Services) -> None:
    svc.staff.add("alice", PASSWORD)
    user = ConsoleUser(console_app.test_client())
    page = user.client.get("/console/login", base_url="https://careline.example")
    token = page.get_data(as_text=True).split('name="csrf_token" value="')[1].split('"')[0]
    response = user.client.post(
        "/console/login",
        data={"username": "alice", "password": PASSWORD, "csrf_token": token},
        base_url="https://careline.example",
    )
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if "careline_session=" in c]
    assert cookie.startswith("__Host-careline_session=")
    assert "Secure" in cookie
    assert "Path=/" in cookie
    assert "Domain" not in cookie


def test_a_new_session_id_at_every_login(browser: ConsoleUser, staff: StaffFactory) -> None:
    staff("alice", login=False)
    browser.login("alice")
    first = browser.cookie()
    browser.login("alice")
    second = browser.cookie()
    assert first
    assert second
    assert first != second
    browser.client.set_cookie("careline_session", first)  # the old id is gone on the server
    assert not browser.logged_in()


def test_one_error_for_unknown_user_wrong_password_and_disabled_account(
    console_app: Flask, svc: Services, staff: StaffFactory
) -> None:
    staff("alice", login=False)
    staff("gone", login=False)
    svc.staff.update("gone", disabled=True)
    answers = set()
    for username, password in [("nobody", PASSWORD), ("alice", "wrong password!!"), ("gone", PASSWORD), ("", "")]:
        response = ConsoleUser(console_app.test_client()).login(username, password)
        body = response.get_data(as_text=True)
        answers.add((response.status_code, body.count("Wrong username or password.")))
        assert "careline_session" not in str(response.headers.getlist("Set-Cookie"))
    assert answers == {(401, 1)}


def test_a_login_form_posted_from_elsewhere_is_refused(browser: ConsoleUser, staff: StaffFactory) -> None:
    staff("alice", login=False)
    response = browser.client.post("/console/login", data={"username": "alice", "password": PASSWORD})
    assert response.status_code == 400
    assert "The login form expired" in response.get_data(as_text=True)
    assert not browser.logged_in()


def test_next_only_goes_to_console_pages(browser: ConsoleUser, staff: StaffFactory) -> None:
    staff("alice", login=False)
    for evil in ["https://evil.example/", "//evil.example/console", "/console/\\evil", "/api/queue"]:
        response = browser.login("alice", next=evil)
        assert response.headers["Location"] == "/console", evil


def test_logout_ends_the_session_on_the_server(staff: StaffFactory, svc: Services, redis: Redis) -> None:
    alice = staff("alice")
    stolen = alice.cookie()
    assert alice.api("GET", "/api/queue").status_code == 200
    response = alice.form("/console/logout")
    assert response.headers["Location"] == "/console/login?why=out"
    assert "careline_session=;" in str(response.headers.getlist("Set-Cookie"))
    assert stolen is not None
    alice.client.set_cookie("careline_session", stolen)  # replaying the cookie after logout
    assert alice.api("GET", "/api/queue").status_code == 401
    assert alice.client.get("/console").status_code == 303
    assert not redis.keys("cl:session:*")


def test_logout_needs_the_csrf_token(staff: StaffFactory) -> None:
    alice = staff("alice")
    assert alice.form("/console/logout", csrf=False).status_code == 403
    assert alice.logged_in()


def test_logins_and_failures_are_audited_without_passwords(
    browser: ConsoleUser, staff: StaffFactory, svc: Services
) -> None:
    staff("alice", Role.ADMIN, login=False)
    browser.login("alice", "not my password 123")
    browser.login("alice")
    browser.form("/console/logout")
    events = [(e.staff, e.action, (e.detail or "").split(" ")[0]) for e in reversed(svc.audit.recent())]
    assert events == [
        ("alice", "login_failed", "bad_credentials"),
        ("alice", "login", "ip=127.0.0.1"),
        ("alice", "logout", ""),
    ]
    assert "not my password" not in str(svc.audit.recent())


def test_the_session_id_is_never_stored_in_redis(staff: StaffFactory, redis: Redis) -> None:
    alice = staff("alice")
    cookie = alice.cookie()
    assert cookie
    dump = str([(k, redis.dump(k)) for k in redis.keys("*")])
    assert cookie not in dump


def test_two_login_tabs_both_work(browser: ConsoleUser, staff: StaffFactory) -> None:
    staff("alice", login=False)
    first = browser.client.get("/console/login").get_data(as_text=True)
    second = browser.client.get("/console/login").get_data(as_text=True)  # e.g. both tabs logged off when idle
    token = first.split('name="csrf_token" value="')[1].split('"')[0]
    assert token in second
    response = browser.client.post(
        "/console/login", data={"username": "alice", "password": PASSWORD, "csrf_token": token}
    )
    assert response.headers["Location"] == "/console"
