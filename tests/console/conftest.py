"""Console fixtures: the app with a clock the test moves, staff accounts, and browsers (test clients) per person."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, sync_playwright

from bot.services import Services
from bot.staff import Role
from tests.console.browser import launch, require_chromium
from tests.console.web import PASSWORD, ConsoleUser
from tests.support.chat import WebChatPatient
from tests.support.live import LiveStack

StaffFactory = Callable[..., ConsoleUser]


@pytest.fixture
def console_app(clocked: Flask) -> Flask:
    """The app on the test Redis with a fake clock (sessions and throttling follow it)."""
    return clocked


@pytest.fixture
def browser(console_app: Flask) -> ConsoleUser:
    """A browser nobody has logged in with yet."""
    return ConsoleUser(console_app.test_client())


@pytest.fixture
def staff(console_app: Flask, svc: Services) -> StaffFactory:
    """Create an account and log it in, each in its own browser: staff("alice", Role.ADMIN, team="nurses")."""

    def make(username: str, role: Role = Role.AGENT, team: str | None = None, *, login: bool = True) -> ConsoleUser:
        svc.staff.add(username, PASSWORD, role, team, username.title())
        user = ConsoleUser(console_app.test_client())
        if login:
            response = user.login(username)
            assert response.status_code == 303, response.get_data(as_text=True)
        return user

    return make


@pytest.fixture
def waiting(console_app: Flask, svc: Services) -> Callable[..., str]:
    """A web-chat patient who asked for a person: returns the waiting conversation's id."""

    def make(text: str = "I need to talk to someone about my bill") -> str:
        before = set(svc.store.queue_ids())
        WebChatPatient(console_app.test_client()).say(text)
        [cid] = set(svc.store.queue_ids()) - before
        return cid

    return make


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    """Debian's Chromium, headless, for one module's browser tests (each person gets a fresh context).

    Module-scoped: Playwright's sync API keeps an asyncio loop running in this thread while it lives,
    which would break later tests that run their own event loop (the Telegram client)."""
    require_chromium()
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def console_live(request: pytest.FixtureRequest) -> Iterator[LiveStack]:
    """gunicorn + a real RQ worker + redis-server for one test module (its LIVE_ENV adds settings)."""
    with tempfile.TemporaryDirectory(prefix="clc") as tmp:  # short path: Unix socket length limit
        stack = LiveStack(Path(tmp), **getattr(request.module, "LIVE_ENV", {}))
        try:
            yield stack.start()
        finally:
            stack.stop()


@pytest.fixture(scope="module")
def live_services(console_live: LiveStack) -> Services:
    """Services on the live stack's Redis, to arrange accounts and check state."""
    return console_live.services()
