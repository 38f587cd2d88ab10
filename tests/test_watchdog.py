"""The SLA watchdog with a controllable clock: re-alerts, honest waits, on-call paging, stuck chats released."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from flask.testing import FlaskClient
from rq import Queue, SimpleWorker
from rq.registry import ScheduledJobRegistry

from bot import create_app, keys, queues
from bot.clock import FakeClock
from bot.services import Services
from bot.settings import PACKAGED_HOURS
from routing import escalation
from routing.states import Priority
from tests.support.chat import WebChatPatient
from workers import watchdog


def deliver(svc: Services) -> None:
    SimpleWorker([queues.OUTBOUND], connection=svc.redis.rq).work(burst=True)


def events(svc: Services, cid: str) -> list[str]:
    return [h.text for h in svc.store.history(cid) if h.kind == "event"]


def alert_jobs(svc: Services) -> list[str]:
    return [j for j in Queue(queues.OUTBOUND, connection=svc.redis.rq).job_ids if j.startswith("alert-")]


def test_routine_wait_past_the_limit_realerts_then_pages_on_call(
    web: FlaskClient, svc: Services, clock: FakeClock
) -> None:
    patient = WebChatPatient(web)
    patient.say("I need to talk to someone about a form")
    cid = svc.store.queue_ids()[0]
    clock.advance(minutes=29)
    assert watchdog.sweep(svc) == 0
    clock.advance(minutes=2)
    assert watchdog.sweep(svc) == 1
    assert "unclaimed for 31 min (SLA stage 1)" in events(svc, cid)
    deliver(svc)
    assert "Thank you for waiting" in patient.transcript()[-1][1]
    assert "nurse line at (555) 010-0111" in patient.transcript()[-1][1]
    assert alert_jobs(svc) == []
    assert watchdog.sweep(svc) == 0  # once per stage

    clock.advance(minutes=30)
    watchdog.sweep(svc)
    assert alert_jobs(svc) == [f"alert-{cid}-sla-2"]
    assert svc.store.get(cid).sla_stage == 2
    waits = [t for a, t in patient.transcript() if "Thank you for waiting" in t]
    assert len(waits) == 1  # the patient is not spammed at later stages


def test_the_expected_wait_comes_from_recent_claims(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    for _ in range(3):  # three patients, each claimed after 17 minutes
        WebChatPatient(web).say("talk to a person")
        cid = svc.store.queue_ids()[0]
        clock.advance(minutes=17)
        escalation.claim(svc.store, cid, "alice")
        escalation.resolve(svc.store, cid, "alice", "bye")
    assert escalation.expected_wait_minutes(svc.store, Priority.ROUTINE) == 20
    patient = WebChatPatient(web)
    patient.say("talk to someone please")
    clock.advance(minutes=31)
    watchdog.sweep(svc)
    deliver(svc)
    assert "will reply within about 20 minutes" in patient.transcript()[-1][1]


def test_urgent_pages_on_call_at_two_minutes(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    patient = WebChatPatient(web)
    patient.say("crushing chest pain")
    cid = svc.store.queue_ids()[0]
    assert alert_jobs(svc) == [f"alert-{cid}-urgent-0"]  # paged at once
    clock.advance(minutes=2, seconds=1)
    watchdog.sweep(svc)
    assert alert_jobs(svc) == [f"alert-{cid}-urgent-0", f"alert-{cid}-sla-1"]
    deliver(svc)
    assert "call 911 now" in patient.transcript()[-1][1]


def test_assigned_but_silent_goes_back_to_the_queue(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    patient = WebChatPatient(web)
    patient.say("talk to a human")
    cid = svc.store.queue_ids()[0]
    escalation.claim(svc.store, cid, "alice")
    clock.advance(minutes=14)
    assert watchdog.sweep(svc) == 0
    clock.advance(minutes=2)
    watchdog.sweep(svc)
    conv = svc.store.get(cid)
    assert (conv.state.value, conv.assignee) == ("waiting", None)
    assert "returned to the queue: no reply from alice for 16 min" in events(svc, cid)


def test_an_answered_patient_is_not_taken_away_from_staff(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    patient = WebChatPatient(web)
    patient.say("talk to a human")
    cid = svc.store.queue_ids()[0]
    escalation.claim(svc.store, cid, "alice")
    escalation.reply(svc.store, cid, "alice", "Hello, how can I help?")
    clock.advance(hours=2)
    assert watchdog.sweep(svc) == 0
    patient.say("sorry I was away, it's about my bill")  # now the patient waits on staff again
    clock.advance(minutes=16)
    watchdog.sweep(svc)
    assert svc.store.get(cid).state.value == "waiting"


def test_routine_clock_pauses_while_closed(env: dict[str, str], clock: FakeClock) -> None:
    ny = ZoneInfo("America/New_York")
    clock.set(datetime(2026, 11, 27, 17, 50, tzinfo=ny))  # Friday, 10 minutes before closing
    app = create_app({**env, "HOURS_PATH": str(PACKAGED_HOURS)}, clock=clock)
    svc: Services = app.extensions["careline"]
    patient = WebChatPatient(app.test_client())
    patient.say("talk to someone")
    clock.set(datetime(2026, 11, 28, 9, 5, tzinfo=ny))  # Saturday morning: 10 + 5 open minutes
    assert watchdog.sweep(svc) == 0
    clock.set(datetime(2026, 11, 28, 9, 25, tzinfo=ny))  # 30 open minutes
    assert watchdog.sweep(svc) == 1


def test_after_hours_handoff_says_when_staff_return_once_per_night(env: dict[str, str], clock: FakeClock) -> None:
    ny = ZoneInfo("America/New_York")
    clock.set(datetime(2026, 11, 25, 21, 0, tzinfo=ny))  # Wednesday night before Thanksgiving
    app = create_app({**env, "HOURS_PATH": str(PACKAGED_HOURS)}, clock=clock)
    patient = WebChatPatient(app.test_client())
    [closed] = patient.say("I need to talk to someone about my bill")
    assert "We are closed right now. Our staff will reply on Friday at 8:00 AM" in closed
    assert patient.say("hello??") == []  # told once this closed period
    [urgent] = patient.say("now i have chest pain")  # urgent triage still works at night
    assert "911" in urgent
    clock.set(datetime(2026, 11, 27, 19, 0, tzinfo=ny))  # Friday night: a new closed period
    [again] = patient.say("still waiting")
    assert "tomorrow at 9:00 AM" in again


def test_expired_conversations_leave_the_index(web: FlaskClient, svc: Services, clock: FakeClock) -> None:
    WebChatPatient(web).say("what time do you open")
    assert svc.redis.data.zcard(keys.conversations_index()) == 1
    clock.advance(days=svc.settings.retention_days + 1)
    watchdog.sweep(svc)
    assert svc.redis.data.zcard(keys.conversations_index()) == 0


def test_watchdog_schedules_itself_once_whoever_asks(svc: Services) -> None:
    first = watchdog.ensure_scheduled(svc)
    second = watchdog.ensure_scheduled(svc)
    assert first == second
    assert ScheduledJobRegistry(queues.DEFAULT, connection=svc.redis.rq).get_job_ids() == [first]


def test_the_watchdog_job_runs_and_chains_the_next_run(svc: Services, web: FlaskClient, clock: FakeClock) -> None:
    WebChatPatient(web).say("talk to someone")
    clock.advance(minutes=40)
    assert watchdog.run() == 1
    assert ScheduledJobRegistry(queues.DEFAULT, connection=svc.redis.rq).get_job_ids() != []
