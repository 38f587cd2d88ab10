"""Idle logoff in a real browser: the server ends an idle session and the open tab goes to the login page."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, expect

from bot.services import Services
from tests.console.browser import StaffAtConsole, patient_writes
from tests.support.live import LiveStack

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
LIVE_ENV = {"CONSOLE_IDLE_SECONDS": "5"}  # 15 minutes in production (CONSOLE_IDLE_MINUTES)


def test_an_idle_tab_is_logged_out_even_while_the_queue_keeps_changing(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Ida")
    staff.open_queue()
    [cookie] = [c["value"] for c in staff.context.cookies() if c["name"] == "careline_session"]
    for _ in range(2):  # live updates and refetches are not the user being active
        patient_writes(console_live, "talk to a person please")
    expect(staff.page).to_have_url(re.compile(r"/console/login\?why=idle"))
    expect(staff.page.locator("#notice")).to_have_text(
        "You were logged out after a period without activity. Please log in again."
    )
    replay = httpx.get(f"{console_live.base_url}/api/queue", cookies={"careline_session": cookie}, timeout=10)
    assert replay.status_code == 401  # ended on the server, not just in the page
    staff.log_in()
    expect(staff.page).to_have_url(re.compile(r"/console$"))
    staff.close()


def test_using_the_page_keeps_the_session(chromium: Browser, console_live: LiveStack, live_services: Services) -> None:
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Uma")
    staff.open_queue()
    for name in ["mine", "all", "urgent", "all", "mine", "all", "urgent", "all"]:  # about 6 s of clicking
        staff.page.click(f"[data-filter={name}]")
        staff.page.wait_for_timeout(750)
    expect(staff.page).to_have_url(re.compile(r"/console(\?filter=\w+)?$"))
    assert staff.page.evaluate("fetch('/console/session').then(r => r.status)") == 200
    staff.close()
