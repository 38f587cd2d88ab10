"""Security in a real browser: patient text shown literally, logout and disabling really ending the session."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Browser, expect

from bot.services import Services
from bot.staff import Role
from tests.console.browser import PatientInChat, StaffAtConsole, new_conversation, patient_writes
from tests.support.live import LiveStack

pytestmark = [pytest.mark.browser, pytest.mark.e2e]


PAYLOADS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{7*7}}", "\u202egnp.exe"]


def test_what_patients_write_is_shown_literally_everywhere(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    base = console_live.base_url
    patient = PatientInChat.start(chromium, base)
    before = set(live_services.store.queue_ids())
    patient.say("talk to a person about my bill <img src=x onerror=alert(2)>")
    patient.sees("A member of our staff will reply")
    cid = new_conversation(live_services, before)
    for text in PAYLOADS:
        patient.say(text)
        patient.sees(text.replace("\u202e", "") if text.startswith("\u202e") else text)
    name = "<img src=x onerror=alert(3)>{{7*7}}"  # a name a channel passed on (Telegram: the patient sets it)
    live_services.store.mutate(cid, lambda conv, w: w.save(conv.evolve(name=name)))

    admin = StaffAtConsole.create(chromium, base, live_services, "Max", Role.ADMIN)
    admin.open_queue()
    row = admin.row(cid)
    expect(row.locator(".name")).to_have_text(name)
    expect(row).to_contain_text("billing-questions")

    row.locator("a").click()
    page = admin.page
    history = page.locator("#history .entry.patient .text")
    expect(history).to_have_count(5)
    assert history.all_text_contents()[1:4] == PAYLOADS[:3]
    expect(history.nth(4)).to_have_text("[RLO]gnp.exe")  # the invisible override is shown, not obeyed
    expect(history.nth(4).locator(".ctl")).to_have_attribute("title", "Invisible direction control U+202E")
    expect(page.locator("#patient-name")).to_have_text(name)
    expect(page.locator("#for-text")).to_have_text("[RLO]gnp.exe")
    assert page.locator("img[src=x], #history script").count() == 0
    # A template engine would turn {{7*7}} into 49; a clock reading 08:49 is not that.
    assert not re.search(r"(?<![\d:])49\b", page.locator("#main").inner_text())

    admin.page.goto("/console/admin/audit")
    stranger = StaffAtConsole.create(chromium, base, live_services, "Eve")  # someone types a payload
    stranger.username = "<script>alert(4)</script>"
    stranger.log_in()
    expect(stranger.page.locator("#error")).to_have_text("Wrong username or password.")
    admin.page.goto("/console/admin/audit?action=login_failed")
    expect(admin.page.locator("#audit-table")).to_contain_text("<script>alert(4)</script>")

    assert admin.dialogs == patient.dialogs == stranger.dialogs == []
    assert [e for e in admin.errors if "Content Security Policy" in e] == []
    for person in (admin, patient, stranger):
        person.close()


def test_logout_ends_the_session_and_the_back_button_shows_nothing(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Lou")
    staff.page.goto("/console")
    expect(staff.page.locator("#notice")).to_have_text("Please log in to continue.")
    staff.log_in()
    expect(staff.page.locator("#live")).to_have_text("Live")
    [cookie] = [c for c in staff.context.cookies() if c["name"] == "careline_session"]
    assert cookie["httpOnly"]
    assert cookie["sameSite"] == "Lax"
    staff.page.click("text=Log out")
    expect(staff.page.locator("#notice")).to_have_text("You have logged out.")
    replay = httpx.get(f"{console_live.base_url}/api/queue", cookies={"careline_session": cookie["value"]}, timeout=10)
    assert replay.status_code == 401
    staff.page.go_back()
    expect(staff.page).to_have_url(re.compile(r"/console/login"))
    staff.close()


def test_a_disabled_colleague_is_sent_to_the_login_page(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Kim")
    staff.open_queue()
    live_services.staff.update(staff.username, disabled=True)
    patient_writes(console_live, "talk to a person please")  # the page refreshes and finds its session gone
    expect(staff.page.locator("#notice")).to_contain_text("Your session has ended")
    staff.close()
