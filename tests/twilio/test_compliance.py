"""STOP, START and HELP, as carriers require: recorded, confirmed once, and every later message suppressed."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from redis import Redis

from bot import keys
from bot.messages import Author
from bot.services import Services
from handlers.twilio.compliance import Keyword, keyword
from tests.support.twilio_standin import TwilioStandIn
from tests.twilio.support import Phone, conversation, run_jobs, staff_reply


@pytest.mark.parametrize(
    "text", ["STOP", "stop", "Stop.", " STOPALL ", "unsubscribe", "Cancel", "END", "quit", "PARAR", "cancelar"]
)
def test_opt_out_keywords(text: str) -> None:
    assert keyword(text) is Keyword.STOP


@pytest.mark.parametrize("text", ["stop texting me at night", "please stop", "can I cancel my appointment", "ending"])
def test_a_keyword_inside_a_sentence_is_a_normal_message(text: str) -> None:
    assert keyword(text) is None


def test_stop_is_confirmed_once_and_later_messages_are_suppressed(
    phone: Phone, client: FlaskClient, services: Services, auth: dict[str, Any], standin: TwilioStandIn
) -> None:
    phone.say("I need to talk to someone about my results")
    (confirmation,) = phone.say("STOP")
    assert "unsubscribed" in confirmation
    assert "START" in confirmation
    assert phone.say("stop") == []  # confirmed once

    cid = services.store.queue_ids()[0]
    message_id = staff_reply(client, auth, cid, "Hi, this is Alice from the clinic.")
    run_jobs(services)

    assert standin.creates == []  # nothing reached Twilio
    seen = conversation(client, auth, cid)
    assert "opted_out" in seen["flags"]
    delivery = next(h["delivery"] for h in seen["history"] if h.get("delivery") and h["text"].startswith("Hi, this"))
    assert delivery["status"] == "suppressed"
    assert "opted out" in delivery["error"]
    assert services.store.delivery(message_id).status == "suppressed"


def test_an_opted_out_patients_other_messages_are_stored_not_answered(phone: Phone, services: Services) -> None:
    phone.say("STOP")
    assert phone.say("what time do you open") == []
    (cid,) = {services.store.redis.get(k) for k in services.store.redis.scan_iter("cl:addr:sms:*")}
    texts = [h.text for h in services.store.history(str(cid)) if h.author.value == "patient"]
    assert texts == ["STOP", "what time do you open"]


def test_stop_texting_me_at_night_is_a_normal_message(phone: Phone, services: Services) -> None:
    (reply,) = phone.say("stop texting me at night")
    assert "unsubscribed" not in reply
    assert not services.store.redis.exists(keys.opt_out("sms", phone.number))


def test_start_lifts_the_opt_out(
    phone: Phone, client: FlaskClient, services: Services, auth: dict[str, Any], standin: TwilioStandIn
) -> None:
    phone.say("talk to a person please")
    phone.say("STOP")
    (welcome,) = phone.say("start")
    assert "subscribed again" in welcome
    assert not services.store.redis.exists(keys.opt_out("sms", phone.number))
    cid = services.store.queue_ids()[0]
    assert "opted_out" not in conversation(client, auth, cid)["flags"]
    staff_reply(client, auth, cid, "Welcome back. How can we help?")
    run_jobs(services)
    assert [c["Body"] for c in standin.creates] == ["Welcome back. How can we help?"]


def test_yes_is_only_a_keyword_for_an_opted_out_number(phone: Phone) -> None:
    (reply,) = phone.say("YES")
    assert "subscribed" not in reply


def test_help_gives_the_clinic_phone_911_and_how_to_stop(phone: Phone, services: Services) -> None:
    (reply,) = phone.say("HELP")
    assert services.settings.clinic_name in reply
    assert services.settings.clinic_phone in reply
    assert "911" in reply
    assert "STOP" in reply
    (ayuda,) = phone.say("ayuda")
    assert "llame al 911" in ayuda


def test_spanish_stop_is_confirmed_in_spanish(phone: Phone) -> None:
    (reply,) = phone.say("PARAR")
    assert "canceló su suscripción" in reply


def test_opt_out_outlives_the_conversation(phone: Phone, services: Services, redis: Redis) -> None:
    phone.say("STOP")
    # Retention expires the conversation; the opt-out record stays.
    for key in [*redis.scan_iter("cl:conv:*"), *redis.scan_iter("cl:addr:*")]:
        redis.delete(key)
    assert phone.say("I want to speak to someone") == []  # a new conversation, opted out from the start
    (new_cid,) = {redis.get(k) for k in redis.scan_iter("cl:addr:sms:*")}
    assert "opted_out" in services.store.get(str(new_cid)).flags
    assert services.store.queue_ids() == []  # opted-out messages are stored, not escalated


def test_a_later_message_to_an_opted_out_number_is_stopped_by_the_sender_too(
    phone: Phone, services: Services, redis: Redis, standin: TwilioStandIn
) -> None:
    # A message created outside a conversation transaction (a reminder, a race with STOP) meets the
    # number's own opt-out record in the sender.
    phone.say("talk to a human")
    cid = services.store.queue_ids()[0]
    redis.set(keys.opt_out("sms", phone.number), "1")
    message_id = services.store.mutate(cid, lambda conv, w: w.outbound(conv, "Reminder: visit tomorrow", Author.SYSTEM))
    run_jobs(services)
    state = services.store.delivery(message_id)
    assert (state.status, state.error) == ("failed", "not sent: the patient texted STOP (opted out)")
    assert standin.creates == []
