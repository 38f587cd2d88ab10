"""The handoff engine: lifecycle, atomic claims, queue order, silence while staff own it, transfers, rights."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from flask.testing import FlaskClient
from rq import Queue

from bot import audit, keys, queues
from bot.clock import FakeClock
from bot.errors import AlreadyClaimed
from bot.services import Services
from bot.staff import Role
from routing import escalation
from tests.support.chat import WebChatPatient, contains, converse
from tests.support.console_api import Staff


@pytest.fixture
def alice(web: FlaskClient, svc: Services) -> Staff:
    return Staff.create(web, svc, "alice", team="front-desk")


@pytest.fixture
def bob(web: FlaskClient, svc: Services) -> Staff:
    return Staff.create(web, svc, "bob", team="nurses")


@pytest.fixture
def admin(web: FlaskClient, svc: Services) -> Staff:
    return Staff.create(web, svc, "ada", Role.ADMIN, team="front-desk")


def new_patient(web: FlaskClient) -> WebChatPatient:
    return WebChatPatient(web)


def events(svc: Services, cid: str) -> list[str]:
    return [h.text for h in svc.store.history(cid) if h.kind == "event"]


def test_whole_lifecycle_with_who_and_when(web: FlaskClient, svc: Services, alice: Staff, bob: Staff) -> None:
    patient = new_patient(web)
    converse(patient, ("I need to talk to someone about my referral", contains("staff will reply")))
    [row] = alice.queue()
    cid = row["id"]
    assert (row["state"], row["reason"], row["priority"]) == ("waiting", "asked_for_person", "routine")

    alice.act(cid, "claim")
    assert patient.say("hello?") == []  # the bot is silent while a human owns it
    alice.act(cid, "reply", {"text": "Hi, which specialist?"}, expect=202)
    alice.act(cid, "note", {"text": "Patient may need an interpreter"}, expect=201)
    alice.act(cid, "transfer", {"to": "bob", "note": "Cardiology referral, over to you"})
    assert svc.store.get(cid).assignee == "bob"
    bob.act(cid, "release")
    assert alice.queue()[0]["state"] == "waiting"
    bob.act(cid, "claim")
    bob.act(cid, "resolve")
    assert svc.store.queue_ids() == []

    converse(patient, ("where do i park", contains("garage")))  # the bot answers again
    history = svc.store.history(cid)
    assert events(svc, cid) == [
        "handed to staff: asked_for_person",
        "claimed by alice",
        "transferred by alice to bob",
        "released by bob",
        "claimed by bob",
        "resolved by bob",
    ]
    notes = [(h.staff, h.text) for h in history if h.kind == "note"]
    assert notes == [("alice", "Patient may need an interpreter"), ("alice", "Cardiology referral, over to you")]
    outbound_texts = [h.text for h in history if h.outbound_id]
    assert "Patient may need an interpreter" not in outbound_texts  # notes are never sent
    assert all(h.at is not None for h in history)


def test_many_concurrent_claimers_exactly_one_wins(web: FlaskClient, svc: Services) -> None:
    new_patient(web).say("talk to a person please")
    cid = svc.store.queue_ids()[0]
    results: list[str] = []
    barrier = threading.Barrier(24)

    def claimer(name: str) -> None:
        barrier.wait()
        try:
            escalation.claim(svc.store, cid, name)
            results.append(f"won:{name}")
        except AlreadyClaimed as exc:
            results.append(f"lost:{exc.assignee}")

    threads = [threading.Thread(target=claimer, args=(f"agent{i}",)) for i in range(24)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    winners = [r for r in results if r.startswith("won:")]
    assert len(winners) == 1
    winner = winners[0].removeprefix("won:")
    assert sorted(set(results) - set(winners)) == [f"lost:{winner}"]
    assert svc.store.get(cid).assignee == winner


def test_claim_conflict_over_http_names_the_holder(web: FlaskClient, svc: Services, alice: Staff, bob: Staff) -> None:
    new_patient(web).say("I want a human")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "claim")
    assert bob.act(cid, "claim", expect=409)["assigned_to"] == "alice"


def test_queue_order_urgent_then_priority_then_oldest(
    web: FlaskClient, svc: Services, clock: FakeClock, alice: Staff
) -> None:
    new_patient(web).say("talk to someone about billing")  # routine, oldest
    clock.advance(minutes=1)
    new_patient(web).say("I want to speak to a person")  # routine, newer
    clock.advance(minutes=1)
    new_patient(web).say("I have crushing chest pain")  # urgent, newest
    rows = alice.queue()
    assert [(r["priority"], r["reason"]) for r in rows] == [
        ("urgent", "urgent"),
        ("routine", "asked_for_person"),
        ("routine", "asked_for_person"),
    ]
    assert rows[1]["queued_at"] < rows[2]["queued_at"]
    assert [r["priority"] for r in alice.queue("?urgent=1")] == ["urgent"]


def test_urgent_message_while_waiting_jumps_the_queue(
    web: FlaskClient, svc: Services, clock: FakeClock, alice: Staff
) -> None:
    first = new_patient(web)
    first.say("talk to someone")
    clock.advance(minutes=5)
    second = new_patient(web)
    second.say("I need to speak with a person")
    converse(second, ("now my dad's face is drooping and he cant lift his arm", contains("911")))
    rows = alice.queue()
    assert rows[0]["priority"] == "urgent"
    assert rows[0]["detail"] == "stroke"
    assert "priority raised: urgent" in events(svc, rows[0]["id"])
    assert first.say("still there?") == []  # routine waiting patient: bot stays quiet


def test_urgent_message_while_assigned_keeps_the_owner_and_alerts(
    web: FlaskClient, svc: Services, alice: Staff
) -> None:
    patient = new_patient(web)
    patient.say("talk to a person about my prescription")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "claim")
    converse(patient, ("and now i have bad chest pain", contains("911")))
    conv = svc.store.get(cid)
    assert (conv.state.value, conv.assignee, conv.priority.name if conv.priority is not None else None) == (
        "assigned",
        "alice",
        "URGENT",
    )
    alerts = Queue(queues.OUTBOUND, connection=svc.redis.rq).job_ids
    assert f"alert-{cid}-urgent-0" in alerts


def test_transfer_to_a_team_and_filters(web: FlaskClient, svc: Services, alice: Staff, bob: Staff) -> None:
    new_patient(web).say("I need to talk to a nurse please")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "claim")
    alice.act(cid, "transfer", {"to": "team:nurses", "note": "Medication question"})
    assert [r["id"] for r in bob.queue("?team=nurses")] == [cid]
    assert bob.queue("?team=front-desk") == []
    bob.act(cid, "claim")
    assert [r["id"] for r in bob.queue("?mine=1")] == [cid]
    assert alice.queue("?mine=1") == []
    unknown = alice.act(cid, "transfer", {"to": "team:radiology"}, expect=422)
    assert "teams: front-desk, nurses" in unknown["error"]


def test_agents_cannot_act_on_someone_elses_conversation_but_admins_can(
    web: FlaskClient, svc: Services, alice: Staff, bob: Staff, admin: Staff
) -> None:
    new_patient(web).say("talk to a human")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "claim")
    for action, body in (("reply", {"text": "hi"}), ("note", {"text": "x"}), ("resolve", None), ("release", None)):
        assert bob.act(cid, action, body, expect=409)["assigned_to"] == "alice"
    admin.act(cid, "transfer", {"to": "bob"})
    assert svc.store.get(cid).assignee == "bob"
    admin.act(cid, "resolve")


def test_resolved_conversation_reopens_with_history_within_the_period(
    web: FlaskClient, svc: Services, clock: FakeClock, alice: Staff
) -> None:
    patient = new_patient(web)
    patient.say("talk to a person")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "resolve")
    clock.advance(hours=2)
    patient.say("sorry, one more thing, can I talk to someone again")
    assert svc.store.queue_ids() == [cid]  # same conversation, history kept
    alice.act(cid, "resolve")
    clock.advance(hours=25)
    patient.say("I need a person")
    [newer] = svc.store.queue_ids()
    assert newer != cid
    assert svc.store.history(cid)  # the old one keeps its history until retention


def test_staff_actions_are_audited_without_text(web: FlaskClient, svc: Services, alice: Staff) -> None:
    new_patient(web).say("talk to someone")
    cid = svc.store.queue_ids()[0]
    alice.get(f"/conversations/{cid}")
    alice.act(cid, "claim")
    alice.act(cid, "reply", {"text": "secret clinical detail"}, expect=202)
    log = svc.audit.recent(conversation_id=cid)
    assert [e.action for e in reversed(log)] == ["view", "claim", "reply"]
    assert all(e.staff == "alice" for e in log)
    assert "secret" not in str(log)


def test_an_open_conversation_refreshing_records_one_view_per_staff_member(
    web: FlaskClient, svc: Services, alice: Staff, bob: Staff
) -> None:
    new_patient(web).say("talk to someone")
    cid = svc.store.queue_ids()[0]
    for _ in range(5):  # the console reloads the conversation on every live update
        alice.get(f"/conversations/{cid}")
    bob.get(f"/conversations/{cid}")
    views = [(e.staff, e.action) for e in svc.audit.recent(conversation_id=cid)]
    assert sorted(views) == [("alice", "view"), ("bob", "view")]
    # The window is a Redis TTL: after it, the next look is recorded again.
    assert 0 < svc.redis.data.ttl(keys.audit_viewed("alice", cid)) <= audit.VIEW_WINDOW_SECONDS
    svc.redis.data.delete(keys.audit_viewed("alice", cid))
    alice.get(f"/conversations/{cid}")
    assert len(svc.audit.recent(conversation_id=cid, staff="alice")) == 2


def test_errors_are_clear(web: FlaskClient, svc: Services, alice: Staff) -> None:
    assert alice.act("nope", "claim", expect=404)["error"] == "conversation nope not found"
    new_patient(web).say("talk to someone")
    cid = svc.store.queue_ids()[0]
    assert "'to'" in alice.act(cid, "transfer", {}, expect=422)["error"]
    assert alice.act(cid, "release", expect=409)["state"] == "waiting"
    alice.act(cid, "resolve")
    assert alice.act(cid, "reply", {"text": "hi"}, expect=409)["state"] == "resolved"


def test_reply_timestamps_drive_the_idle_timer(web: FlaskClient, svc: Services, clock: FakeClock, alice: Staff) -> None:
    patient = new_patient(web)
    patient.say("talk to someone")
    cid = svc.store.queue_ids()[0]
    alice.act(cid, "claim")
    clock.advance(minutes=3)
    alice.act(cid, "reply", {"text": "hello"}, expect=202)
    conv = svc.store.get(cid)
    assert conv.assigned_at is not None
    assert conv.staff_replied_at is not None
    assert conv.staff_replied_at - conv.assigned_at == timedelta(minutes=3)


def test_an_emergency_that_is_also_a_crisis_shows_staff_both(web: FlaskClient, alice: Staff) -> None:
    patient = new_patient(web)
    converse(patient, ("i cut my wrists on purpose and it wont stop bleeding", contains("911")))
    rows = alice.queue()
    assert rows[0]["priority"] == "urgent"
    assert rows[0]["detail"] == "bleeding,self_harm"
