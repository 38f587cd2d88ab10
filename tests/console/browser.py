"""Headless Debian Chromium driven by Playwright, and people using it: staff in the console, patients in the chat."""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import httpx
import pytest
from playwright.sync_api import Browser, BrowserContext, Dialog, Locator, Page, Playwright, expect

from bot.services import Services
from bot.staff import Role
from tests.support.live import LiveStack

T = TypeVar("T")
CHROMIUM = Path("/usr/bin/chromium")  # Debian's package; `playwright install` cannot download browsers here
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip
PASSWORD = "a long enough password"
TIMEOUT_MS = 15_000  # generous for 2 slow CPUs shared with other suites; never an assertion about speed
expect.set_options(timeout=TIMEOUT_MS)


def require_chromium() -> None:
    """Skip with the reason locally; fail under CI, where a missing browser must not pass silently."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing: run ./scripts/system-deps.sh as root (or `make system-deps`)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless."""
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)


def new_conversation(services: Services, before: set[str]) -> str:
    """The one conversation that joined the queue since `before` was taken."""
    [found] = set(services.store.queue_ids()) - before
    return found


def eventually(check: Callable[[], T | None], what: str) -> T:
    """Poll `check` until it returns a value (the app works asynchronously: a worker, live events)."""
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while (found := check()) is None or found == "":
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting for {what}")
        time.sleep(0.05)
    return found


def patient_writes(live: LiveStack, text: str) -> None:
    """A patient on another device sends one web-chat message (no browser needed for them)."""
    response = httpx.post(
        f"{live.base_url}/chat/api/messages",
        json={"text": text, "client_id": secrets.token_hex(8)},
        headers={"X-Chat-Session": secrets.token_urlsafe(24)},
        timeout=15,
    )
    assert response.status_code == 200, response.text


def unique(prefix: str) -> str:
    """A fresh name, so tests sharing one live stack never collide."""
    return f"{prefix}{secrets.token_hex(3)}"


@dataclass
class Person:
    """Someone at a browser: their own context (cookies), one page, and every dialog that tried to open."""

    context: BrowserContext
    page: Page
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # console errors, e.g. a Content-Security-Policy refusal

    @classmethod
    def open(cls, browser: Browser, base_url: str) -> Person:
        """A fresh browser profile with one tab."""
        context = browser.new_context(base_url=base_url, viewport={"width": 1360, "height": 860})
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        person = cls(context, page)
        page.on("dialog", person._dialog)
        page.on("console", lambda m: person.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: person.errors.append(str(e)))
        return person

    def _dialog(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)  # an alert() from injected script would land here
        dialog.dismiss()

    def close(self) -> None:
        """Close the browser profile."""
        self.context.close()


@dataclass
class StaffAtConsole(Person):
    """A staff member using the console."""

    username: str = ""

    @classmethod
    def create(
        cls, browser: Browser, base_url: str, services: Services, name: str, role: Role = Role.AGENT
    ) -> StaffAtConsole:
        """Make an account (display name = the name) and open a browser for its owner."""
        username = unique(name.lower())
        services.staff.add(username, PASSWORD, role, None, name)
        person = Person.open(browser, base_url)
        return cls(person.context, person.page, person.dialogs, person.errors, username)

    def log_in(self, password: str = PASSWORD) -> None:
        """Type the username and password into the login page."""
        page = self.page
        if "/console/login" not in page.url:
            page.goto("/console/login")
        page.fill("#username", self.username)
        page.fill("#password", password)
        page.click("button[type=submit]")

    def open_queue(self) -> None:
        """Log in and land on the queue, live."""
        self.page.goto("/console")
        if "/console/login" in self.page.url:
            self.log_in()
        expect(self.page.locator("#live")).to_have_text("Live")

    def row(self, conversation_id: str) -> Locator:
        """The queue row of one conversation."""
        return self.page.locator(f'#rows > li[data-id="{conversation_id}"]')


@dataclass
class PatientInChat(Person):
    """A patient on the web-chat page."""

    @classmethod
    def start(cls, browser: Browser, base_url: str) -> PatientInChat:
        """Open the chat page."""
        person = Person.open(browser, base_url)
        person.page.goto("/chat")
        return cls(person.context, person.page, person.dialogs, person.errors)

    def say(self, text: str) -> None:
        """Type a message and press Enter."""
        self.page.fill("#text", text)
        self.page.press("#text", "Enter")

    def sees(self, text: str) -> None:
        """Wait until the transcript shows `text`."""
        expect(self.page.locator("#messages")).to_contain_text(text)
