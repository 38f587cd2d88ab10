"""The core loop through the web chat: FAQ answers, handoff to the queue, staff reply back."""

from __future__ import annotations

from typing import Any

from flask.testing import FlaskClient
from rq import SimpleWorker

from bot import queues
from bot.services import Services
from tests.support.chat import WebChatPatient, contains, converse


def run_worker(services: Services) -> None:
    """Run queued jobs in-process against the real Redis (the e2e tests use a real worker process)."""
    SimpleWorker(list(queues.ALL), connection=services.redis.rq).work(burst=True)


def test_faq_question_gets_the_answer(patient: WebChatPatient, services: Services) -> None:
    converse(patient, ("what time do u open", contains("Monday to Friday, 8am to 6pm")))
    assert services.store.queue_ids() == []


def test_request_for_a_person_is_queued_and_staff_reply_reaches_the_chat(
    patient: WebChatPatient, client: FlaskClient, services: Services, auth: dict[str, Any]
) -> None:
    converse(patient, ("I want to dispute a bill from March and talk to someone", contains("staff will reply")))

    queue = client.get("/api/queue", headers=auth).get_json()["conversations"]
    assert [(c["state"], c["reason"], c["channel"]) for c in queue] == [("waiting", "asked_for_person", "webchat")]

    cid = queue[0]["id"]
    response = client.post(
        f"/api/conversations/{cid}/reply", json={"text": "Hi, this is Alice from billing."}, headers=auth
    )
    assert response.status_code == 202
    run_worker(services)

    assert patient.transcript()[-1] == ("staff", "Hi, this is Alice from billing.")
    detail = client.get(f"/api/conversations/{cid}", headers=auth).get_json()
    assert detail["state"] == "assigned"
    assert detail["assignee"] == "alice"
    assert detail["history"][-1]["delivery"]["status"] == "sent"


def test_bot_is_silent_while_staff_own_the_conversation(patient: WebChatPatient) -> None:
    patient.say("talk to a human please")
    assert patient.say("what time do you open") == []
    assert patient.transcript()[-1] == ("patient", "what time do you open")


def test_resolve_hands_back_to_the_bot(
    patient: WebChatPatient, client: FlaskClient, services: Services, auth: dict[str, Any]
) -> None:
    patient.say("I need to talk to someone")
    cid = services.store.queue_ids()[0]
    assert client.post(f"/api/conversations/{cid}/resolve", headers=auth).status_code == 200
    run_worker(services)
    assert "closed this conversation" in patient.transcript()[-1][1]
    converse(patient, ("where do i park", contains("garage")))
    assert services.store.queue_ids() == []


def test_spanish_clarifying_question_offers_spanish_options_and_the_choice_is_answered(
    patient: WebChatPatient, services: Services
) -> None:
    [question] = patient.say("cita")
    assert question.startswith("¿Quiso decir: 1) ")
    book = services.brain.faq.get("book-appointment")
    assert book is not None
    assert f"1) {book.label_in('es')}" in question
    assert patient.say("1") == [book.answer_in("es")]
    assert services.store.queue_ids() == []
