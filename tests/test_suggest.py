"""A low-confidence handoff that also offers the likely answer: the patient may take it while staff still have it."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from bot.services import Services
from faq import FaqEntry
from tests.support.chat import WebChatPatient, contains, converse
from tests.support.console_api import Staff

# First messages the matcher ranks clearly but not surely enough to answer (product FAQ).
NEW_PATIENT_EN = "my old doctor retired, are you taking anyone"
RESCHEDULE_ES = "quiero cambiar mi cita de control postparto"
OFFER_EN = "reply 1 to get our answer now"


@pytest.fixture
def alice(web: FlaskClient, svc: Services) -> Staff:
    return Staff.create(web, svc, "alice", team="front-desk")


def entry(svc: Services, entry_id: str) -> FaqEntry:
    found = svc.brain.faq.get(entry_id)
    assert found is not None
    return found


def offered(web: FlaskClient, text: str = NEW_PATIENT_EN) -> WebChatPatient:
    """A new patient whose first message was handed to staff with an offer."""
    patient = WebChatPatient(web)
    converse(patient, (text, contains("1")))
    return patient


def only_conversation(svc: Services) -> str:
    [cid] = svc.store.queue_ids()
    return cid


def test_low_confidence_handoff_offers_the_likely_answer_and_still_queues(
    web: FlaskClient, svc: Services, alice: Staff
) -> None:
    patient = WebChatPatient(web)
    [reply] = patient.say(NEW_PATIENT_EN)
    assert entry(svc, "new-patients").label_in("en") == "Becoming a new patient"  # a title: named, not asked
    assert "staff will reply" in reply
    assert f'If your message was about "Becoming a new patient", {OFFER_EN}.' in reply
    [row] = alice.queue()
    assert (row["state"], row["reason"], row["priority"]) == ("waiting", "low_confidence", "routine")
    assert svc.store.get(row["id"]).pending == ("new-patients",)


def test_spanish_offer_quotes_the_spanish_question(web: FlaskClient, svc: Services) -> None:
    [reply] = WebChatPatient(web).say(RESCHEDULE_ES)
    assert entry(svc, "reschedule-appointment").label_in("es") == "Cómo cambio mi cita"  # a question: asked back
    assert "personal le responderá" in reply
    assert 'Si su pregunta era "¿Cómo cambio mi cita?", responda 1 para recibir nuestra respuesta ahora.' in reply


def test_taking_the_offer_gets_the_answer_and_stays_queued(web: FlaskClient, svc: Services, alice: Staff) -> None:
    patient = offered(web)
    answer = entry(svc, "new-patients").answer_in("en")
    assert patient.say("1") == [answer]
    cid = only_conversation(svc)
    conv = svc.store.get(cid)
    assert (conv.state.value, conv.reason, conv.pending) == ("waiting", "low_confidence", ())
    bot_said = [h.text for h in svc.store.history(cid) if h.author.value == "bot"]
    assert bot_said[-1] == answer  # staff see what the patient got
    assert patient.say("1") == []  # the offer is used up: staff own the rest
    alice.act(cid, "resolve")  # staff may close it after reading


@pytest.mark.parametrize("yes", ["yes", "Yes please", "sí", "si"])
def test_a_plain_yes_takes_the_offer(web: FlaskClient, svc: Services, yes: str) -> None:
    assert offered(web).say(yes) == [entry(svc, "new-patients").answer_in("en")]


def test_the_offer_can_be_taken_by_its_label(web: FlaskClient, svc: Services) -> None:
    new_patients = entry(svc, "new-patients")
    assert offered(web).say(new_patients.label) == [new_patients.answer_in("en")]


def test_spanish_yes_gets_the_spanish_answer(web: FlaskClient, svc: Services) -> None:
    patient = offered(web, RESCHEDULE_ES)
    assert patient.say("sí") == [entry(svc, "reschedule-appointment").answer_in("es")]


@pytest.mark.parametrize("other", ["ok thanks", "2", "when will someone call me", "no"])
def test_any_other_reply_keeps_the_bot_quiet(web: FlaskClient, svc: Services, other: str) -> None:
    patient = offered(web)
    assert patient.say(other) == []
    assert svc.store.get(only_conversation(svc)).pending == ("new-patients",)  # still on offer


def test_an_emergency_after_an_offer_gets_guidance_and_top_priority(
    web: FlaskClient, svc: Services, alice: Staff
) -> None:
    patient = offered(web)
    converse(patient, ("now i have crushing chest pain", contains("911")))
    [row] = alice.queue()
    assert (row["priority"], row["reason"]) == ("urgent", "urgent")
    assert svc.store.get(row["id"]).pending == ()
    assert patient.say("1") == []  # no FAQ answer in the middle of an emergency


def test_once_claimed_the_offer_is_void(web: FlaskClient, svc: Services, alice: Staff) -> None:
    patient = offered(web)
    cid = only_conversation(svc)
    alice.act(cid, "claim")
    assert svc.store.get(cid).pending == ()
    assert patient.say("1") == []


def test_after_a_staff_reply_the_offer_is_void(web: FlaskClient, svc: Services, alice: Staff) -> None:
    patient = offered(web)
    cid = only_conversation(svc)
    alice.act(cid, "reply", {"text": "Yes, we are taking new patients."}, expect=202)
    alice.act(cid, "release")  # back in the queue: still no offer
    assert svc.store.get(cid).pending == ()
    assert patient.say("1") == []


def test_after_resolve_the_old_offer_does_not_answer(web: FlaskClient, svc: Services, alice: Staff) -> None:
    patient = offered(web)
    alice.act(only_conversation(svc), "resolve")
    answer = entry(svc, "new-patients").answer_in("en")
    assert answer not in patient.say("1")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("my rash has been spreading for a week, should i be worried", "clinical_question"),
        ("the front desk was so rude to me yesterday, unacceptable", "complaint"),
        ("I need to talk to someone about new patients", "asked_for_person"),
    ],
)
def test_no_offer_unless_the_bot_was_merely_unsure(
    web: FlaskClient, svc: Services, alice: Staff, text: str, reason: str
) -> None:
    [reply] = WebChatPatient(web).say(text)
    assert "staff will reply" in reply
    assert OFFER_EN not in reply
    [row] = alice.queue()
    assert row["reason"] == reason
    assert svc.store.get(row["id"]).pending == ()


def test_clarifying_question_unchanged(web: FlaskClient, svc: Services) -> None:
    patient = WebChatPatient(web)
    [question] = patient.say("cita")
    assert question.startswith("¿Quiso decir: 1) ")
    assert patient.say("1") == [entry(svc, "book-appointment").answer_in("es")]
    assert svc.store.queue_ids() == []
