"""A day of traffic for the report tests: five web-chat patients, staff replies through the API, one SLA breach."""

from __future__ import annotations

from flask.testing import FlaskClient

from bot.clock import FakeClock
from bot.services import Services
from tests.support.chat import WebChatPatient
from tests.support.console_api import Staff
from workers import watchdog

DAY = "2026-11-02"  # the test clock's day (the test hours file's zone is UTC)


def handed(web: FlaskClient, svc: Services, *said: str) -> str:
    """A new web-chat patient says these; returns the conversation the last one put in the queue."""
    before = set(svc.store.queue_ids())
    patient = WebChatPatient(web)
    for text in said:
        patient.say(text)
    [cid] = set(svc.store.queue_ids()) - before
    return cid


def day_of_traffic(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    """Five patients, three staff replies and one SLA breach, on one clinic day."""
    answered = WebChatPatient(web)
    assert "8am to 6pm" in answered.say("what time do you open")[0]
    assert "garage" in answered.say("where do i park")[0]  # one conversation, deflected once
    bill = handed(web, svc, "what time do u open", "I need to talk to someone about my bill")  # answered, then staff
    offered = handed(web, svc, "my old doctor retired, are you taking anyone")  # unsure, offers new-patients
    handed(web, svc, "do you sell gift cards")  # unsure, no likely entry; waits past the SLA
    chest = handed(web, svc, "I have crushing chest pain")  # urgent, cardiac
    alice = Staff.create(web, svc, "alice")
    clock.advance(minutes=1)
    alice.act(chest, "reply", {"text": "Please call 911 now."}, expect=202)
    clock.advance(minutes=9)
    alice.act(bill, "reply", {"text": "Which invoice is it?"}, expect=202)
    clock.advance(minutes=5)
    alice.act(bill, "reply", {"text": "Thanks, looking now."}, expect=202)  # not a first reply
    clock.advance(minutes=5)
    alice.act(offered, "reply", {"text": "Yes, we are."}, expect=202)
    clock.advance(minutes=11)  # the gift-card question has waited 31 minutes (routine SLA: 30)
    assert watchdog.sweep(svc) == 1
    assert watchdog.sweep(svc) == 0  # a breach counts once


EXPECTED = {
    "conversations": {"total": 5, "by_channel": {"webchat": 5}},
    "messages": {"total": 7, "by_channel": {"webchat": 7}},
    "faq_answers": 3,
    "offers_taken": 0,
    "deflected": 1,
    "deflection_rate": 0.2,
    "handoffs": {"total": 4, "by_reason": {"low_confidence": 2, "asked_for_person": 1, "urgent": 1}},
    "urgent": {"total": 1, "by_category": {"cardiac": 1}},
    "first_reply_seconds": {
        "other": {"count": 2, "median": 900.0, "p90": 1200.0},
        "urgent": {"count": 1, "median": 60.0, "p90": 60.0},
    },
    "sla_breached": {"total": 1, "urgent": 0},
    "unanswered": {"by_entry": {"new-patients": 1}, "no_likely_entry": 1},
}
