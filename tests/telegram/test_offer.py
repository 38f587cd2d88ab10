"""The answer offered with a handoff, on Telegram: one inline button that takes the offer as a typed "1" does."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient

from bot.services import Services
from routing.brain import Brain
from tests.support.console_api import Staff
from tests.telegram.helpers import TelegramPatient

# The Telegram FAQ ranks this clearly on "Flu shots" but not surely enough to answer it.
UNSURE = "my kid needs a flu shot before school, can you fit him in"
FLU = "Flu shots are available from September, no appointment needed."
VOIDED = "That choice is no longer open: our staff have your message and will reply here."
SPANISH_FAQ = """
faqs:
  - id: flu-shot
    title: Flu shots
    questions: ["Can I get a flu shot?"]
    answer: Flu shots are available from September, no appointment needed.
    translations:
      es:
        answer: Las vacunas contra la gripe están disponibles desde septiembre, sin cita.
        questions: ["¿Puedo vacunarme contra la gripe?"]
  - id: covid-shot
    title: COVID shots
    questions: ["Can I get a covid shot?"]
    answer: COVID boosters are given on Tuesdays by appointment.
    translations:
      es:
        answer: Los refuerzos de COVID se ponen los martes con cita.
        questions: ["¿Puedo vacunarme contra el COVID?"]
"""
UNSURE_ES = "puedo vacunar a mi hijo contra la gripe la semana que viene"
FLU_ES = "Las vacunas contra la gripe están disponibles desde septiembre, sin cita."


@pytest.fixture
def spanish_faq(env: dict[str, str], telegram_env: dict[str, str], tmp_path: Path) -> None:
    """An FAQ with Spanish questions, so Spanish labels differ from the English ones: request it before the app."""
    path = tmp_path / "faq_es.yaml"
    path.write_text(SPANISH_FAQ, encoding="utf-8")
    env["FAQ_PATH"] = str(path)


@pytest.fixture
def alice(client: FlaskClient, services: Services) -> Staff:
    return Staff.create(client, services, "alice", team="front-desk")


def offered(patient: TelegramPatient) -> str:
    """Write the unsure question; check the offer and its single button; the button's callback data."""
    (reply,) = patient.say(UNSURE)
    assert "staff will reply" in reply
    assert 'If your message was about "Flu shots", reply 1 to get our answer now.' in reply
    [(label, data)] = patient.buttons()
    assert label == "1. Flu shots"
    return data


def patient_said(patient: TelegramPatient) -> list[str]:
    return [h["text"] for h in patient.conversation()["history"] if h["author"] == "patient"]


def test_pressing_the_offer_button_sends_the_answer_and_keeps_the_conversation_queued(
    patient: TelegramPatient, alice: Staff
) -> None:
    data = offered(patient)
    response = patient.press(data)
    assert response.get_json()["method"] == "answerCallbackQuery"  # stops the button's spinner
    assert patient.replies() == [FLU]
    conversation = patient.conversation()
    assert (conversation["state"], conversation["reason"]) == ("waiting", "low_confidence")
    assert patient_said(patient)[-1] == "1"  # staff see the press as the patient's "1"
    assert [row["id"] for row in alice.queue()] == [conversation["id"]]


def test_a_press_after_an_faq_reload_dropped_the_entry_is_told_so(
    patient: TelegramPatient, services: Services, tmp_path: Path
) -> None:
    """The button is read against the FAQ in use when it is pressed: an entry a reload removed is no offer left."""
    data = offered(patient)
    path = tmp_path / "reloaded.yaml"
    path.write_text(SPANISH_FAQ.replace("  - id: flu-shot", "  - id: flu-shots-moved"), encoding="utf-8")
    services.brain = Brain.load(path)  # what an FAQ reload installs
    patient.press(data)
    (reply,) = patient.replies()
    assert reply.startswith(VOIDED)


def test_typing_1_still_takes_the_offer(patient: TelegramPatient) -> None:
    offered(patient)
    assert patient.say("1") == [FLU]


def test_a_second_press_is_told_the_offer_is_used_and_gets_no_second_answer(patient: TelegramPatient) -> None:
    data = offered(patient)
    patient.press(data)
    assert patient.replies() == [FLU]
    patient.press(data)
    (reply,) = patient.replies()
    assert reply.startswith(VOIDED)


@pytest.mark.parametrize("action", ["claim", "reply"])
def test_a_press_after_staff_took_over_is_told_so_and_gets_no_answer(
    patient: TelegramPatient, alice: Staff, action: str
) -> None:
    data = offered(patient)
    cid = patient.conversation()["id"]
    if action == "reply":
        alice.act(cid, "reply", {"text": "Hello, this is the front desk."}, expect=202)
        assert patient.replies() == ["Hello, this is the front desk."]
    else:
        alice.act(cid, "claim")
    patient.press(data)
    (reply,) = patient.replies()
    assert reply.startswith(VOIDED)
    assert FLU not in [h["text"] for h in patient.conversation()["history"]]
    assert patient.say("1") == []  # typing "1" does not take a voided offer either


def test_a_press_after_resolve_is_told_the_question_expired(patient: TelegramPatient, alice: Staff) -> None:
    data = offered(patient)
    alice.act(patient.conversation()["id"], "resolve")
    patient.replies()  # the resolve notice
    patient.press(data)
    (reply,) = patient.replies()
    assert "That question has expired" in reply
    assert FLU not in [h["text"] for h in patient.conversation()["history"]]


def test_a_spanish_offer_quotes_the_question_and_its_button_takes_it(
    spanish_faq: None, patient: TelegramPatient
) -> None:
    (reply,) = patient.say(UNSURE_ES)
    assert 'Si su pregunta era "¿Puedo vacunarme contra la gripe?", responda 1' in reply
    [(label, data)] = patient.buttons()
    assert label == "1. Puedo vacunarme contra la gripe"
    patient.press(data)
    assert patient.replies() == [FLU_ES]


def test_spanish_did_you_mean_buttons_answer(spanish_faq: None, patient: TelegramPatient) -> None:
    (question,) = patient.say("vacuna")
    assert question.startswith("¿Quiso decir: 1) ")
    buttons = patient.buttons()
    assert [label for label, _ in buttons] == [
        "1. Puedo vacunarme contra la gripe",
        "2. Puedo vacunarme contra el COVID",
    ]
    patient.press(buttons[1][1])
    assert patient.replies() == ["Los refuerzos de COVID se ponen los martes con cita."]
