"""Save docs/console-queue.png and docs/console-conversation.png from the real app in headless Chromium.

Starts gunicorn, an RQ worker and redis-server (as the browser tests do), writes a few patients in on
several channels, and photographs what a front-desk member sees. Run: .venv/bin/python scripts/console_screenshots.py
"""

from __future__ import annotations

import secrets
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

from bot.conversation import Conversation  # noqa: E402
from bot.messages import InboundMessage  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.staff import Role  # noqa: E402
from bot.store import Writer  # noqa: E402
from routing import escalation  # noqa: E402
from tests.console.browser import PASSWORD, Person, launch, require_chromium  # noqa: E402
from tests.support.live import LiveStack  # noqa: E402

DOCS = REPO / "docs"


def patient(services: Services, channel: str, address: str, text: str, name: str | None = None) -> str:
    """One inbound message through the real pipeline; returns the conversation id."""
    inbound = InboundMessage(channel, address, text, secrets.token_hex(8), services.clock.now(), sender_name=name)
    handled = services.get_pipeline().handle(inbound, reply_inline=False)
    assert handled.conversation_id
    return handled.conversation_id


def waited(services: Services, cid: str, minutes: int) -> None:
    """Make a conversation look as if it has waited a while (for a realistic picture only)."""

    def change(conv: Conversation, w: Writer) -> None:
        since = w.now - timedelta(minutes=minutes)
        w.save(conv.evolve(queued_at=since))
        assert conv.priority is not None
        w.queue_put(conv.id, conv.priority, since)

    services.store.mutate(cid, change)


def seed(stack: LiveStack) -> str:
    """A morning at the front desk; returns the conversation to photograph."""
    services = stack.services()
    services.staff.add("dana", PASSWORD, Role.ADMIN, "front-desk", "Dana Lee")
    services.staff.add("sam", PASSWORD, Role.AGENT, "nurses", "Sam Ortiz")
    maria = patient(services, "whatsapp", "+15550107713", "I need to talk to someone about my bill from March", "Maria")
    waited(services, maria, 9)
    tom = patient(
        services, "telegram", "81234567", "can a nurse call me about side effects of my new medication", "Tom"
    )
    waited(services, tom, 14)
    escalation.claim(services.store, tom, "sam")
    lab = patient(services, "sms", "+15550102290", "hello?? i sent my form last week and nobody answered")
    waited(services, lab, 4)
    httpx.post(
        f"{stack.base_url}/chat/api/messages",
        json={"text": "I'd like a person to help me change my appointment", "client_id": secrets.token_hex(8)},
        headers={"X-Chat-Session": secrets.token_urlsafe(24)},
        timeout=15,
    ).raise_for_status()
    return maria


def log_in(page: Page, username: str) -> None:
    page.goto("/console/login")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("#live")).to_have_text("Live")


def shoot(stack: LiveStack) -> None:
    """Photograph the queue (with an urgent patient arriving live) and a conversation in progress."""
    services = stack.services()
    maria = seed(stack)
    with sync_playwright() as playwright:
        browser = launch(playwright)
        dana = Person.open(browser, stack.base_url)
        page = dana.page
        log_in(page, "dana")
        expect(page.locator("#rows > li")).to_have_count(4)
        patient(services, "sms", "+15550104821", "my dad's face is drooping and he can't lift his arm")
        expect(page.locator("#rows > li").first).to_have_class("row prio-urgent waiting fresh")
        page.wait_for_timeout(700)  # mid-pulse
        page.wait_for_timeout(1200)  # the wait-time clocks tick once
        page.screenshot(path=str(DOCS / "console-queue.png"))

        page.goto(f"/console/c/{maria}")
        page.click("#claim")
        expect(page.locator("#owner")).to_have_text("You have this conversation.")
        page.click("#mode-note")
        page.fill("#text", "Maria called about the same invoice yesterday; billing has the details.")
        page.press("#text", "Enter")
        page.click("#mode-reply")
        page.locator("#canned .draft-use", has_text="Greeting").click()
        page.press("#text", "Enter")
        expect(page.locator("#history .entry.staff .delivery")).to_have_text("sent")
        page.locator("#suggestions .draft-use", has_text="Payment plans").click()
        page.locator("#text").press("End")
        page.locator("#text").type(" We\u2019re here until 5pm.")  # the curly apostrophe makes it UCS-2
        page.wait_for_timeout(300)
        page.screenshot(path=str(DOCS / "console-conversation.png"))
        browser.close()


def main() -> int:
    """Start the stack, take the pictures, stop everything."""
    require_chromium()
    DOCS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cls") as tmp:
        stack = LiveStack(
            Path(tmp), CHANNELS="webchat,demo", CHANNEL_PLUGINS="demo=tests.console.demo_channel",
            CLINIC_NAME="Riverside Family Clinic",
        )  # fmt: skip
        stack.start()
        try:
            shoot(stack)
        finally:
            stack.stop()
    print(f"saved {DOCS / 'console-queue.png'} and {DOCS / 'console-conversation.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
