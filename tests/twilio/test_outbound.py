"""Staff replies and later messages through the real twilio SDK to the stand-in: once, in parts, failures mapped."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, urlparse

import pytest
from rq import Queue, SimpleWorker
from rq.registry import ScheduledJobRegistry

from bot import create_app, queues
from bot.clock import FakeClock
from bot.errors import SendFailed
from bot.messages import Author, OutboundMessage
from bot.services import Services
from handlers.twilio.parts import Parts
from handlers.twilio.rest import NotReached, Refused, Rest
from handlers.twilio.sender import TwilioSender, failure
from tests.support.live import free_port
from tests.support.twilio_standin import Answer, TwilioStandIn
from tests.twilio.support import CLINIC_NUMBER, PUBLIC_BASE_URL, Clinic, Phone, run_jobs
from workers import runtime

HELLO = "Hi, this is Alice from billing."


@pytest.fixture
def cid(phone: Phone, clinic: Clinic) -> str:
    """A conversation waiting for staff (the patient asked for a person)."""
    phone.say("I want to talk to someone about my bill")
    return clinic.waiting()[0]


def status(clinic: Clinic, message_id: str) -> tuple[str, str | None]:
    state = clinic.services.store.delivery(message_id)
    return state.status, state.error


def test_staff_reply_goes_out_through_the_messages_api(cid: str, clinic: Clinic, phone: Phone) -> None:
    message_id = clinic.reply(cid, HELLO)
    clinic.deliver()

    (sent,) = clinic.standin.creates
    assert (sent["To"], sent["From"], sent["Body"]) == (phone.number, CLINIC_NUMBER, HELLO)
    callback = urlparse(sent["StatusCallback"])
    assert f"{callback.scheme}://{callback.netloc}{callback.path}" == f"{PUBLIC_BASE_URL}/webhooks/twilio/status"
    assert parse_qs(callback.query) == {"m": [message_id], "p": ["0"]}
    assert all(r.authorised for r in clinic.standin.requests)
    state = clinic.services.store.delivery(message_id)
    assert (state.status, state.provider_id) == ("sent", clinic.standin.held[0].fields["sid"])


def test_a_messaging_service_sends_instead_of_a_number(
    env: dict[str, str], clock: FakeClock, standin: TwilioStandIn
) -> None:
    service = "MG" + "c" * 32
    app = create_app({**env, "TWILIO_MESSAGING_SERVICE_SID": service}, clock=clock)
    services: Services = app.extensions["careline"]
    runtime.init(services)
    Phone(app.test_client()).say("talk to a person")
    cid = services.store.queue_ids()[0]
    services.store.mutate(cid, lambda conv, w: w.outbound(conv, "Hello from the clinic", Author.STAFF, staff="alice"))
    run_jobs(services)
    (sent,) = standin.creates
    assert sent["MessagingServiceSid"] == service
    assert "From" not in sent


def test_opted_out_at_the_carrier_marks_the_patient_unreachable(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer.error(400, 21610))
    message_id = clinic.reply(cid, HELLO)
    clinic.deliver()
    state, reason = status(clinic, message_id)
    assert state == "failed"
    assert "opted out" in str(reason)
    assert "21610" in str(reason)
    assert len(clinic.standin.creates) == 1  # never retried
    assert "unreachable" in clinic.seen(cid)["flags"]


def test_a_blocked_whatsapp_patient_is_unreachable_too() -> None:
    exc = failure(Refused(400, 63014, None))
    assert exc.unreachable
    assert exc.permanent


def test_a_bad_number_fails_with_a_reason_staff_can_read(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer.error(400, 21211))
    clinic.reply(cid, HELLO)
    clinic.deliver()
    failed = {"status": "failed", "error": "invalid phone number (Twilio 21211)", "attempts": 1}
    assert clinic.delivery(cid, HELLO) == failed
    assert len(clinic.standin.creates) == 1


def test_rate_limited_by_twilio_waits_as_told_then_sends(cid: str, clinic: Clinic) -> None:
    services = clinic.services
    clinic.standin.script(Answer(429, 20429, retry_after="7"))
    message_id = clinic.reply(cid, HELLO)
    SimpleWorker(list(queues.ALL), connection=services.redis.rq).work(burst=True)

    assert status(clinic, message_id)[0] == "waiting"
    registry = ScheduledJobRegistry(queue=Queue(queues.OUTBOUND, connection=services.redis.rq))
    (job_id,) = registry.get_job_ids()
    wait = (registry.get_scheduled_time(job_id) - datetime.now(UTC)).total_seconds()
    assert 5 < wait <= 8  # Retry-After: 7, held for every sender on this channel

    for key in services.redis.data.scan_iter("cl:rate:*"):  # seven seconds pass
        services.redis.data.delete(key)
    clinic.deliver()
    assert status(clinic, message_id)[0] == "sent"
    assert len(clinic.standin.held) == 1


def test_a_500_that_created_nothing_is_retried_and_sent_once(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer.error(500, 20500))
    message_id = clinic.reply(cid, HELLO)
    clinic.deliver()
    assert [r.method for r in clinic.standin.requests] == ["POST", "GET", "POST"]  # looked before sending again
    assert len(clinic.standin.held) == 1
    assert status(clinic, message_id)[0] == "sent"


def test_a_500_that_did_create_the_message_is_not_sent_twice(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer.error(500, 20500, take=True))
    message_id = clinic.reply(cid, HELLO)
    clinic.deliver()
    assert [r.method for r in clinic.standin.requests] == ["POST", "GET"]
    state = clinic.services.store.delivery(message_id)
    assert (state.status, state.provider_id) == ("sent", clinic.standin.held[0].fields["sid"])


def test_an_answer_that_never_comes_is_never_a_double_send(cid: str, clinic: Clinic) -> None:
    clinic.standin.script(Answer(hang=True))  # Twilio took it; the answer is lost (read timeout)
    message_id = clinic.reply(cid, HELLO)
    clinic.deliver()
    assert [r.method for r in clinic.standin.requests] == ["POST", "GET"]
    assert len(clinic.standin.held) == 1
    assert status(clinic, message_id)[0] == "sent"


def test_a_worker_that_died_mid_send_looks_before_sending(cid: str, clinic: Clinic, phone: Phone) -> None:
    message_id = clinic.reply(cid, HELLO)
    # What a crash leaves: the part's send had begun and Twilio took it; the record still says "sending".
    Parts(clinic.services.redis.data, message_id).begin("0", 1)
    clinic.standin.take({"To": phone.number, "From": CLINIC_NUMBER, "Body": HELLO})
    clinic.services.store.set_delivery(message_id, status="sending")
    clinic.deliver()
    assert [r.method for r in clinic.standin.requests] == ["GET"]
    assert status(clinic, message_id)[0] == "sent"


def test_a_request_that_never_reached_twilio_is_simply_sent_again(services: Services) -> None:
    sender = services.channels["sms"].sender
    assert isinstance(sender, TwilioSender)
    closed = type(sender.config)(**{**sender.config.__dict__, "api_base_url": f"http://127.0.0.1:{free_port()}"})
    with pytest.raises(NotReached):
        Rest(closed).create(to="+14155550123", from_=CLINIC_NUMBER, body="hi")
    unreachable = TwilioSender(closed, services.store, services.redis.data, services.clock, Rest(closed))
    message = OutboundMessage("f" * 20, "c" * 16, "sms", "+14155550123", "hi", Author.STAFF)
    with pytest.raises(SendFailed) as failed:
        unreachable.send(message)
    assert not failed.value.permanent
    assert Parts(services.redis.data, message.id).started("0") is None  # nothing to look for next time


def test_long_staff_replies_go_as_several_texts_and_a_retry_sends_only_what_is_missing(
    cid: str, clinic: Clinic
) -> None:
    text = " ".join(f"Point {i}: please bring the signed consent form and your medication list." for i in range(9))
    clinic.standin.script(Answer(), Answer.error(503, 20503))
    message_id = clinic.reply(cid, text)
    clinic.deliver()
    bodies = [h.fields["body"] for h in clinic.standin.held]
    assert len(bodies) >= 3
    assert all(len(b) <= 320 for b in bodies)
    assert " ".join(bodies) == text
    assert len(clinic.standin.creates) == len(bodies) + 1  # only the refused part was sent again
    parts = [parse_qs(urlparse(c["StatusCallback"]).query)["p"][0] for c in clinic.standin.creates]
    assert parts[:3] == ["0", "1", "1"]
    assert status(clinic, message_id)[0] == "sent"


def test_an_identical_earlier_reply_is_not_mistaken_for_the_unanswered_one(cid: str, clinic: Clinic) -> None:
    clinic.reply(cid, "ok")
    clinic.deliver()
    clinic.standin.script(Answer(hang=True, take=False))  # this time Twilio never got it
    second = clinic.reply(cid, "ok")
    clinic.deliver()
    assert [r.method for r in clinic.standin.requests] == ["POST", "POST", "GET", "POST"]
    assert clinic.bodies() == ["ok", "ok", "ok"]
    assert len(clinic.standin.held) == 2  # the first "ok" was not taken for the second
    assert status(clinic, second)[0] == "sent"
