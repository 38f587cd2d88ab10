"""WhatsApp's 24-hour window: a reply after 25 h sends the approved template, holds the reply, releases it later."""

from __future__ import annotations

import pytest

from bot import create_app
from bot.clock import FakeClock
from bot.services import Services
from bot.staff import Role
from tests.support.twilio_standin import Answer, TwilioStandIn
from tests.twilio.support import CLINIC_NUMBER, Clinic, Phone
from workers import runtime

TEMPLATE = "HX" + "d" * 32


@pytest.fixture
def env(env: dict[str, str]) -> dict[str, str]:
    """The clinic has an approved "your care team replied" template."""
    env["TWILIO_WHATSAPP_TEMPLATE_SID"] = TEMPLATE
    return env


@pytest.fixture
def cid(whatsapp: Phone, clinic: Clinic) -> str:
    whatsapp.say("I need to talk to a nurse about my prescription")
    return clinic.waiting()[0]


def test_inside_the_window_the_reply_goes_out_as_free_text(cid: str, whatsapp: Phone, clinic: Clinic) -> None:
    clinic.reply(cid, "Hi, nurse Alice here.")
    clinic.deliver()
    (sent,) = clinic.standin.creates
    assert (sent["To"], sent["From"], sent["Body"]) == (
        f"whatsapp:{whatsapp.number}",
        f"whatsapp:{CLINIC_NUMBER}",
        "Hi, nurse Alice here.",
    )


def test_a_reply_after_25_hours_sends_the_template_and_waits_for_the_patient(
    cid: str, whatsapp: Phone, clinic: Clinic, clock: FakeClock
) -> None:
    clock.advance(hours=25)
    clinic.reply(cid, "Your prescription is ready for pickup.")
    clinic.deliver()

    (template,) = clinic.standin.creates
    assert (template["ContentSid"], template["To"]) == (TEMPLATE, f"whatsapp:{whatsapp.number}")
    assert "Body" not in template
    held = clinic.delivery(cid, "Your prescription is ready for pickup.")
    assert held["status"] == "held"
    assert "24-hour window closed; template sent" in held["error"]

    clock.advance(hours=2)
    assert whatsapp.say("ok thanks, what is it?") == []  # staff own the conversation: the bot stays quiet
    clinic.deliver()
    assert clinic.bodies() == [None, "Your prescription is ready for pickup."]
    assert clinic.delivery(cid, "Your prescription is ready for pickup.")["status"] == "sent"


def test_several_replies_while_closed_send_one_template_and_go_out_in_order(
    cid: str, whatsapp: Phone, clinic: Clinic, clock: FakeClock
) -> None:
    clock.advance(hours=30)
    for text in ["First reply.", "Second reply.", "Third reply."]:
        clinic.reply(cid, text)
        clinic.deliver()
    assert [c.get("ContentSid") for c in clinic.standin.creates] == [TEMPLATE]
    whatsapp.say("hello?")
    clinic.deliver()
    assert clinic.bodies() == [None, "First reply.", "Second reply.", "Third reply."]


def test_twilio_saying_the_window_is_closed_is_believed(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer.error(400, 63016))  # our clock says open; Twilio disagrees
    clinic.reply(cid, "Are you still there?")
    clinic.deliver()
    assert [c.get("ContentSid") for c in clinic.standin.creates] == [None, TEMPLATE]
    assert clinic.delivery(cid, "Are you still there?")["status"] == "held"


def test_sms_has_no_window(phone: Phone, clinic: Clinic, clock: FakeClock) -> None:
    phone.say("I want to talk to someone")
    clock.advance(hours=72)
    clinic.reply(clinic.waiting()[0], "Sorry for the wait.")
    clinic.deliver()
    assert clinic.bodies() == ["Sorry for the wait."]


def test_without_a_template_the_reply_is_held_and_staff_are_told_why(
    env: dict[str, str], clock: FakeClock, standin: TwilioStandIn
) -> None:
    app = create_app({k: v for k, v in env.items() if k != "TWILIO_WHATSAPP_TEMPLATE_SID"}, clock=clock)
    services: Services = app.extensions["careline"]
    runtime.init(services)
    services.staff.add("bob", "a long enough password", Role.AGENT)
    bob = {"Authorization": f"Bearer {services.staff.new_token('bob')}"}
    clinic = Clinic(app.test_client(), services, bob, standin)
    patient = Phone(clinic.client, "+14155550188", "whatsapp")
    patient.say("talk to a person please")
    cid = clinic.waiting()[0]

    clock.advance(hours=25)
    clinic.reply(cid, "We have your results.")
    clinic.deliver()
    assert standin.creates == []
    held = clinic.delivery(cid, "We have your results.")
    assert held["status"] == "held"
    assert "no template is configured" in held["error"]
    assert any("no template" in h["text"] for h in clinic.seen(cid)["history"] if h["kind"] == "event")

    patient.say("hi")
    clinic.deliver()
    assert clinic.bodies() == ["We have your results."]


def test_a_patient_who_answers_stop_does_not_get_the_held_reply(
    cid: str, whatsapp: Phone, clinic: Clinic, clock: FakeClock
) -> None:
    clock.advance(hours=26)
    clinic.reply(cid, "Your results are in.")
    clinic.deliver()
    assert "unsubscribed" in whatsapp.say("STOP")[0]
    clinic.deliver()
    assert clinic.bodies() == [None]  # the template only
    assert clinic.delivery(cid, "Your results are in.")["status"] == "suppressed"
