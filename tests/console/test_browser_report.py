"""The report page in Chromium against gunicorn + a real worker + Redis: an admin opens it and reads the deflection."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from bot.services import Services
from bot.staff import Role
from tests.console.browser import StaffAtConsole, patient_writes
from tests.support.live import LiveStack

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


def test_an_admin_opens_the_report_and_sees_the_deflection(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    patient_writes(console_live, "what time do you open")  # answered by the bot
    patient_writes(console_live, "I need to talk to someone about my bill")  # handed to staff
    admin = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Rhea", Role.ADMIN)
    admin.open_queue()
    page = admin.page
    page.click("nav.nav >> text=Report")
    expect(page.locator("h1")).to_have_text("How the bot is doing")
    expect(page.locator("#r-deflection")).to_contain_text("50.0%")
    expect(page.locator("#r-deflection")).to_contain_text("1 of 2 conversations")
    page.click("#report-period >> text=Today")
    expect(page.locator("#report-period a[aria-current=page]")).to_have_text("Today")
    expect(page.locator("#r-deflection")).to_contain_text("50.0%")
    assert admin.dialogs == []
    assert admin.errors == []  # nothing refused by the Content-Security-Policy
    admin.close()
