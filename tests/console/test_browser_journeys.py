"""The console in Chromium against gunicorn + a real worker + Redis: the journeys a front desk makes all day."""

from __future__ import annotations

import re
import secrets
import time

import pytest
from playwright.sync_api import Browser, Route, expect

from bot.messages import InboundMessage
from bot.services import Services
from bot.staff import Role
from routing.states import Priority
from tests.console.browser import (
    TIMEOUT_MS,
    PatientInChat,
    StaffAtConsole,
    eventually,
    new_conversation,
    patient_writes,
)
from tests.support.live import LiveStack

pytestmark = [pytest.mark.browser, pytest.mark.e2e]
# SMS and WhatsApp stand-ins that accept every message (the real channels are built on other branches).
LIVE_ENV = {"CHANNELS": "webchat,demo", "CHANNEL_PLUGINS": "demo=tests.console.demo_channel"}


def test_bill_question_to_staff_reply_and_back_to_the_bot(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    base = console_live.base_url
    staff = StaffAtConsole.create(chromium, base, live_services, "Dana")
    patient = PatientInChat.start(chromium, base)
    staff.open_queue()

    before = set(live_services.store.queue_ids())
    patient.say("I need to talk to someone about my bill")
    patient.sees("A member of our staff will reply")
    row = staff.row(new_conversation(live_services, before))
    expect(row).to_have_count(1)  # appeared without a reload
    expect(row).to_contain_text("Asked for a person")
    expect(row).to_contain_text("web chat visitor")
    expect(row).to_contain_text("Unassigned")

    row.locator("a").click()
    page = staff.page
    expect(page.locator("#history")).to_contain_text("I need to talk to someone about my bill")
    page.click("#claim")
    expect(page.locator("#owner")).to_have_text("You have this conversation.")

    billing = page.locator("#suggestions .draft-use", has_text="Billing questions")
    billing.click()  # into the reply box, not sent
    box = page.locator("#text")
    expect(box).to_have_value(re.compile(r"^You can view and pay your bill in the patient portal"))
    expect(page.locator("#history")).not_to_contain_text("You can view and pay your bill")
    box.press("Home")
    box.press("Control+Home")
    box.type("Hi, this is Dana from the front desk. ")
    box.press("Enter")
    expect(box).to_have_value("")
    patient.sees("Hi, this is Dana from the front desk. You can view and pay your bill in the patient portal")
    staff_reply = page.locator("#history .entry.staff", has_text="Hi, this is Dana")
    expect(staff_reply.locator(".who")).to_have_text("Dana")
    expect(staff_reply.locator(".delivery")).to_have_text("sent")  # the worker delivered it

    page.click("#resolve")
    expect(page.locator("#notice")).to_contain_text("Resolved")
    patient.sees("Our staff have closed this conversation")
    patient.say("where do i park")
    patient.sees("garage behind the building")  # the bot answers again
    assert staff.dialogs == patient.dialogs == []
    staff.close()
    patient.close()


def test_an_urgent_message_jumps_to_the_top_while_staff_watch(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    """Rows are found by id: an urgent patient left by an earlier test in this module may already sit on top."""
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Eli")
    before = set(live_services.store.queue_ids())
    patient_writes(console_live, "can I talk to a person about my referral")
    referral = eventually(lambda: next(iter(set(live_services.store.queue_ids()) - before), None), "the referral")
    staff.open_queue()
    rows = staff.page.locator("#rows > li")
    expect(staff.row(referral)).not_to_have_class(re.compile("prio-urgent"))

    before = set(live_services.store.queue_ids())
    patient_writes(console_live, "my husband has crushing chest pain and can't breathe")
    urgent = eventually(lambda: next(iter(set(live_services.store.queue_ids()) - before), None), "the urgent patient")
    row = staff.row(urgent)
    expect(row).to_have_class(re.compile("prio-urgent"))  # without a reload
    expect(row.locator(".prio")).to_have_text("URGENT")
    expect(row).to_contain_text("Possible emergency")
    expect(staff.page).to_have_title(re.compile("URGENT"))
    order = rows.evaluate_all("rs => rs.map(r => [r.dataset.id, r.classList.contains('prio-urgent')])")
    ids = [conversation for conversation, _ in order]
    first_calm = next(i for i, (_, is_urgent) in enumerate(order) if not is_urgent)
    assert ids.index(urgent) < first_calm <= ids.index(referral), order  # above every calm row, the earlier one too
    staff.page.click("[data-filter=urgent]")
    expect(staff.row(referral)).to_have_count(0)
    assert all("prio-urgent" in (c or "") for c in rows.evaluate_all("rs => rs.map(r => r.className)"))
    staff.close()


def test_an_urgent_patient_who_writes_while_the_queue_refetches_is_not_missed(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    """The live event of a change made while the page's refetch is in flight fetches again: the answer in flight was
    made before the change (once, an SMS reply stayed "queued" on the page after it was sent)."""
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Ines")
    staff.open_queue()
    held: list[str] = []
    urgent: list[str] = []

    def urgent_since(before: set[str]) -> str | None:
        joined = set(live_services.store.queue_ids()) - before
        return next((c for c in joined if live_services.store.get(c).priority is Priority.URGENT), None)

    def hold(route: Route) -> None:
        if held:
            route.continue_()
            return
        held.append(route.request.url)
        stale = route.fetch()  # the queue as the server has it before the patient writes
        before = set(live_services.store.queue_ids())
        patient_writes(console_live, "my dad's face is drooping on one side and he can't lift his arm")
        urgent.append(eventually(lambda: urgent_since(before), "the urgent patient to join the queue"))
        time.sleep(2)  # the patient's live event reaches the page while this refetch is still in flight
        route.fulfill(response=stale)

    staff.page.route("**/api/queue", hold)
    patient_writes(console_live, "can someone call me back about my referral")  # an event: the page refetches
    # Route handlers run only inside Playwright calls, so wait in one; the row is looked up by id because an urgent
    # patient from an earlier test in this module sits above it (urgent rows are oldest first).
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while not urgent and time.monotonic() < deadline:
        staff.page.wait_for_timeout(50)
    assert urgent, "no refetch was held: the test did not set up the race"
    expect(staff.row(urgent[0])).to_have_class(re.compile("prio-urgent"))
    staff.close()


def test_live_refetches_coalesce_a_burst_and_repeat_once_after_a_change_in_flight(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Ola")
    staff.open_queue()
    calls = staff.page.evaluate(
        """async () => {
          const tick = () => new Promise(r => setTimeout(r, 30));
          let calls = 0, release = null;
          const load = window.CareLine.refresher(0, () => { calls++; return new Promise(r => { release = r; }); });
          load(); load(); load();             // a burst: one fetch
          await tick();
          const burst = calls;
          load(); load();                     // events while it is in flight: not concurrent...
          await tick();
          const during = calls;
          release(); await tick();            // ...but one more once it answers
          const after = calls;
          release(); await tick();
          const settled = calls;              // and no more without a new event
          load(); await tick();
          return [burst, during, after, settled, calls];
        }"""
    )
    assert calls == [1, 1, 2, 2, 3]
    staff.close()


def test_two_staff_claim_at_once_one_wins_the_other_sees_who(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    base = console_live.base_url
    ann = StaffAtConsole.create(chromium, base, live_services, "Ann")
    ben = StaffAtConsole.create(chromium, base, live_services, "Ben")
    before = set(live_services.store.queue_ids())
    patient_writes(console_live, "I want to speak to a human about my test results")
    cid = new_conversation(live_services, before)
    for person in (ann, ben):
        person.page.goto(f"/console/c/{cid}")
        person.log_in()
        expect(person.page.locator("#claim")).to_be_visible()

    for person in (ann, ben):  # both press Claim before either page hears about the other
        person.page.evaluate("document.getElementById('claim').click()")

    winner = eventually(lambda: live_services.store.get(cid).assignee, "a claim to win")
    won, lost = (ann, ben) if winner == ann.username else (ben, ann)
    assert winner in (ann.username, ben.username)
    expect(won.page.locator("#owner")).to_have_text("You have this conversation.")
    name = "Ann" if won is ann else "Ben"
    expect(lost.page.locator("#owner")).to_contain_text(f"{name} has this conversation.")
    expect(lost.page.locator("#text")).to_be_disabled()
    expect(lost.page.locator("#resolve")).to_be_hidden()
    expect(lost.page.locator("#transfer-box")).to_be_hidden()
    ann.close()
    ben.close()


def test_internal_notes_look_different_and_never_reach_the_patient(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    base = console_live.base_url
    staff = StaffAtConsole.create(chromium, base, live_services, "Noor")
    patient = PatientInChat.start(chromium, base)
    before = set(live_services.store.queue_ids())
    patient.say("please can someone call me about my appointment")
    patient.sees("A member of our staff will reply")
    staff.open_queue()
    staff.row(new_conversation(live_services, before)).locator("a").click()
    page = staff.page
    page.click("#claim")
    page.click("#mode-note")
    page.fill("#text", "Patient prefers mornings.\nCheck the referral first.")
    page.press("#text", "Enter")
    note = page.locator("#history .entry.note")
    expect(note).to_contain_text("Patient prefers mornings.")
    expect(note.locator(".who")).to_contain_text("not sent to the patient")
    page.click("#mode-reply")
    page.fill("#text", "Good morning! We will call you today.")
    page.press("#text", "Enter")
    patient.sees("Good morning! We will call you today.")
    expect(patient.page.locator("#messages")).not_to_contain_text("Patient prefers mornings")
    staff.close()
    patient.close()


def test_admin_pages_work_in_the_browser(chromium: Browser, console_live: LiveStack, live_services: Services) -> None:
    admin = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Ada", Role.ADMIN)
    admin.open_queue()
    page = admin.page
    page.click("text=Staff")
    newcomer = f"new{secrets.token_hex(2)}"
    page.fill("#new-username", newcomer)
    page.fill("#new-name", "New Colleague")
    page.fill("#new-password", "welcome to the clinic")
    page.click("#create-staff button[type=submit]")
    expect(page.locator(".banner.ok")).to_contain_text(f"Account created: {newcomer}.")
    page.click("text=FAQ")
    page.click("#reload")
    expect(page.locator(".banner.ok")).to_contain_text("Reloaded")
    page.click("text=Audit log")
    page.select_option("#f-action", "staff_created")
    page.click("#audit-filters button[type=submit]")
    expect(page.locator("#audit-table")).to_contain_text(newcomer)
    assert admin.dialogs == []
    admin.close()


def sms_patient(services: Services, number: str, text: str) -> str:
    """A patient texting the clinic; returns the conversation id."""
    inbound = InboundMessage("sms", number, text, secrets.token_hex(8), services.clock.now())
    cid = services.get_pipeline().handle(inbound, reply_inline=False).conversation_id
    assert cid
    return cid


SEGMENTS = [  # text, encoding, segments: GSM-7 160/153, UCS-2 70/67, extension characters count twice
    ("", "GSM-7", 0),
    ("a" * 160, "GSM-7", 1),
    ("a" * 161, "GSM-7", 2),
    ("a" * 306, "GSM-7", 2),
    ("a" * 307, "GSM-7", 3),
    ("€" * 80, "GSM-7", 1),
    ("€" * 81, "GSM-7", 2),
    ("a" * 152 + "€" * 2, "GSM-7", 1),
    ("a" * 152 + "€" + "a" * 152, "GSM-7", 3),  # 306 places, but the € cannot be split between parts
    ("Café à 5pm, Ñoño", "GSM-7", 1),
    ("Ñandú", "UCS-2", 1),  # ù is GSM, ú is not
    ("a" * 69 + "ê", "UCS-2", 1),
    ("a" * 70 + "🙂", "UCS-2", 2),
    ("🙂" * 35, "UCS-2", 1),
    ("🙂" * 36, "UCS-2", 2),
    ("We\u2019re open", "UCS-2", 1),  # a curly apostrophe from a word processor
]


def test_the_reply_box_counts_sms_segments(chromium: Browser, console_live: LiveStack, live_services: Services) -> None:
    cid = sms_patient(live_services, "+15550109876", "can someone call me back about my results")
    staff = StaffAtConsole.create(chromium, console_live.base_url, live_services, "Sol")
    staff.page.goto(f"/console/c/{cid}")
    staff.log_in()
    page = staff.page
    expect(page.locator("#patient")).to_have_text("…9876")
    counted = page.evaluate(
        "cases => cases.map(t => { const n = CareLineSegments.count(t); return [n.encoding, n.segments]; })",
        [text for text, _, _ in SEGMENTS],
    )
    assert counted == [[encoding, segments] for _, encoding, segments in SEGMENTS]
    page.click("#claim")
    page.fill("#text", "a" * 161)
    expect(page.locator("#segments")).to_have_text("161 characters · 2 SMS segments · GSM-7")
    page.fill("#text", "Thanks! 🙂")
    expect(page.locator("#segments")).to_contain_text("1 SMS segment · UCS-2")
    page.press("#text", "Enter")
    expect(page.locator("#history .entry.staff .delivery")).to_have_text("sent")
    staff.close()


def test_a_patient_answers_a_clarifying_question_with_its_buttons(
    chromium: Browser, console_live: LiveStack, live_services: Services
) -> None:
    book = live_services.brain.faq.get("book-appointment")
    assert book is not None
    patient = PatientInChat.start(chromium, console_live.base_url)
    page = patient.page

    patient.say("cita")  # one word, several entries: the bot asks which one, in Spanish
    first = page.locator("#messages .choices").last
    expect(first.locator("button").first).to_have_text(f"1) {book.label_in('es')}")
    first.locator("button").first.click()
    patient.sees(book.answer_in("es")[:60])
    expect(first.locator("button").first).to_be_disabled()  # spent: it answered its question

    patient.say("cita")
    second = page.locator("#messages .choices").last
    expect(second.locator("button").first).to_be_enabled()
    patient.say("where do I park")  # the patient moved on: the old options no longer answer anything
    patient.sees("garage")
    assert second.locator("button").count() >= 2
    for button in second.locator("button").all():
        expect(button).to_be_disabled()
    patient.close()
