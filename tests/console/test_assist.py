"""Suggested replies from the FAQ and canned replies: drafts for staff to edit, in the patient's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from bot import create_app
from bot.errors import ConfigError
from bot.services import Services
from handlers.console import canned
from tests.console.conftest import StaffFactory
from tests.console.web import PASSWORD, ConsoleUser
from tests.support.chat import WebChatPatient


def test_suggestions_are_the_best_faq_answers_for_the_last_patient_message(
    staff: StaffFactory, waiting: Callable[..., str], svc: Services
) -> None:
    cid = waiting("I need to talk to someone about my bill")
    body = staff("alice").api("GET", f"/api/conversations/{cid}/suggestions").get_json()
    assert body["for_text"] == "I need to talk to someone about my bill"
    ids = [s["faq_id"] for s in body["suggestions"]]
    assert {"billing-questions", "payment-plans"} <= set(ids)
    billing = next(s for s in body["suggestions"] if s["faq_id"] == "billing-questions")
    assert billing["text"] == svc.brain.faq.get("billing-questions").answer  # type: ignore[union-attr]
    assert billing["reviewed_by"] == "Dr. A. Example"
    assert all(35 <= s["score"] <= 100 for s in body["suggestions"])
    assert svc.store.get(cid).state.value == "waiting"  # nothing was sent or claimed


BILINGUAL_FAQ = """
faqs:
  - id: parking
    questions: ["Where do I park?"]
    answer: Park in the garage behind the building.
    translations:
      es:
        answer: Estacione en el garaje detrás del edificio.
        questions: ["¿Dónde puedo estacionar?"]
  - id: opening-hours
    questions: ["What are your opening hours?"]
    answer: We are open 8 to 6.
"""


def test_suggestions_follow_the_patients_newest_message_and_language(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "faq.yaml").write_text(BILINGUAL_FAQ)
    app = create_app({**env, "FAQ_PATH": str(tmp_path / "faq.yaml")})
    services: Services = app.extensions["careline"]
    patient = WebChatPatient(app.test_client())
    patient.say("quiero hablar con alguien por favor")
    patient.say("dónde puedo estacionar el carro")
    [cid] = services.store.queue_ids()
    assert services.store.get(cid).lang == "es"
    services.staff.add("alice", PASSWORD)
    alice = ConsoleUser(app.test_client())
    alice.login("alice")
    body = alice.api("GET", f"/api/conversations/{cid}/suggestions").get_json()
    assert body["for_text"] == "dónde puedo estacionar el carro"
    assert (body["suggestions"][0]["faq_id"], body["suggestions"][0]["text"]) == (
        "parking",
        "Estacione en el garaje detrás del edificio.",
    )


def test_no_suggestions_for_nonsense(staff: StaffFactory, waiting: Callable[..., str]) -> None:
    cid = waiting("talk to a person: zxqv wprrt")
    alice = staff("alice")
    rows = alice.api("GET", f"/api/conversations/{cid}/suggestions").get_json()["suggestions"]
    assert all(r["score"] >= 35 for r in rows)


def test_canned_replies_fill_in_the_first_name_and_clinic_phone(
    staff: StaffFactory, waiting: Callable[..., str], svc: Services
) -> None:
    cid = waiting()
    alice = staff("alice")
    texts = {c["id"]: c["text"] for c in alice.api("GET", f"/api/conversations/{cid}/canned").get_json()["canned"]}
    assert texts["greeting"] == "Hi there, this is the front desk at Example Family Clinic. How can we help you today?"
    assert "(555) 010-0100" in texts["please-call"]
    svc.store.mutate(cid, lambda conv, w: w.save(conv.evolve(name="María José {{7*7}}")))
    texts = {c["id"]: c["text"] for c in alice.api("GET", f"/api/conversations/{cid}/canned").get_json()["canned"]}
    assert texts["greeting"].startswith("Hi María, this is")


def test_first_name_is_only_ever_substituted_never_evaluated() -> None:
    reply = canned.CannedReply("x", "X", "Hi {first_name}, call {clinic_phone}")
    filled = canned.fill(reply, name="{clinic_phone} <b>", clinic_name="C", clinic_phone="555")
    assert filled == "Hi {clinic_phone}, call 555"


def test_a_canned_file_from_the_environment_is_checked(env: dict[str, str], tmp_path: Path) -> None:
    good = tmp_path / "canned.yaml"
    good.write_text("replies:\n  - id: hi\n    title: Hi\n    text: Hello {first_name}\n")
    app = create_app({**env, "CANNED_REPLIES_PATH": str(good)})
    assert [r.id for r in app.extensions["careline.console"].canned] == ["hi"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("replies:\n  - id: hi\n    text: Hello {patient_ssn}\n")
    with pytest.raises(ConfigError, match=r"CANNED_REPLIES_PATH: .*bad.yaml: reply #1 \(hi\): unknown placeholder"):
        create_app({**env, "CANNED_REPLIES_PATH": str(bad)})
    with pytest.raises(ConfigError, match="does not exist"):
        create_app({**env, "CANNED_REPLIES_PATH": str(tmp_path / "missing.yaml")})
