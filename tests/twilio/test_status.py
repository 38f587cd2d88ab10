"""Delivery reports: signature-checked, recorded on the outbound message, and only ever moving forward."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient

from bot.services import Services
from tests.support.twilio_standin import TwilioStandIn
from tests.twilio.support import PUBLIC_BASE_URL, Phone, conversation, fixture, run_jobs, staff_reply


@pytest.fixture
def sent(phone: Phone, client: FlaskClient, services: Services, auth: dict[str, Any]) -> tuple[str, str]:
    """(message id, Twilio sid) of a staff reply that went out."""
    phone.say("I want to talk to someone")
    cid = services.store.queue_ids()[0]
    message_id = staff_reply(client, auth, cid, "Hello, this is Alice.")
    run_jobs(services)
    return message_id, str(services.store.delivery(message_id).provider_id)


def report(client: FlaskClient, standin: TwilioStandIn, sid: str, status: str, error: int | None = None) -> Any:
    url, form, signature = standin.signed_report(sid, status, error)
    path = url.removeprefix(PUBLIC_BASE_URL)
    return client.post(path, data=form, headers={"X-Twilio-Signature": signature})


def test_delivered_is_recorded_and_staff_see_it(
    sent: tuple[str, str], client: FlaskClient, standin: TwilioStandIn, services: Services, auth: dict[str, Any]
) -> None:
    message_id, sid = sent
    assert report(client, standin, sid, "delivered").status_code == 204
    assert services.store.delivery(message_id).status == "delivered"
    cid = services.store.delivery(message_id).message.conversation_id
    history = conversation(client, auth, cid)["history"]
    assert next(h["delivery"]["status"] for h in history if h["author"] == "staff") == "delivered"


def test_reports_out_of_order_and_twice_only_move_forward(
    sent: tuple[str, str], client: FlaskClient, standin: TwilioStandIn, services: Services
) -> None:
    message_id, sid = sent
    for status in ["read", "delivered", "sent", "sending", "queued", "read", "delivered"]:
        assert report(client, standin, sid, status).status_code == 204
    assert services.store.delivery(message_id).status == "read"


def test_failure_is_final_with_a_readable_reason(
    sent: tuple[str, str], client: FlaskClient, standin: TwilioStandIn, services: Services
) -> None:
    message_id, sid = sent
    report(client, standin, sid, "undelivered", 30003)
    report(client, standin, sid, "delivered")  # a late, stray report cannot undo the failure
    state = services.store.delivery(message_id)
    assert state.status == "undelivered"
    assert state.error == "undelivered at Twilio: the phone is off or out of coverage (error 30003)"


def test_a_report_that_arrives_before_the_worker_records_sent_is_not_overwritten(
    sent: tuple[str, str], client: FlaskClient, standin: TwilioStandIn, services: Services
) -> None:
    message_id, sid = sent
    report(client, standin, sid, "delivered")
    services.store.advance_delivery(message_id, "sent")  # what the delivery job does after the API answers
    assert services.store.delivery(message_id).status == "delivered"


def test_forged_report_is_refused(sent: tuple[str, str], client: FlaskClient, standin: TwilioStandIn) -> None:
    url, form, _ = standin.signed_report(sent[1], "failed", 30007)
    response = client.post(url.removeprefix(PUBLIC_BASE_URL), data=form, headers={"X-Twilio-Signature": "forged"})
    assert response.status_code == 403


def test_report_for_an_unknown_or_expired_message_is_accepted_and_ignored(client: FlaskClient, phone: Phone) -> None:
    form = fixture("status")
    path = "/webhooks/twilio/status?m=" + "0" * 20 + "&p=0"
    assert phone.post(form, path=path).status_code == 204
    assert phone.post(form, path="/webhooks/twilio/status?m=../../etc&p=0").status_code == 204


def test_a_long_reply_is_delivered_when_every_part_is(
    phone: Phone, client: FlaskClient, services: Services, auth: dict[str, Any], standin: TwilioStandIn
) -> None:
    phone.say("I want to talk to someone")
    cid = services.store.queue_ids()[0]
    text = " ".join(f"Step {i}: take one tablet with food in the morning and one at night." for i in range(8))
    message_id = staff_reply(client, auth, cid, text)
    run_jobs(services)
    sids = [h.fields["sid"] for h in standin.held]
    assert len(sids) >= 2
    for sid in sids[:-1]:
        report(client, standin, sid, "delivered")
    assert services.store.delivery(message_id).status == "sent"
    report(client, standin, sids[-1], "delivered")
    assert services.store.delivery(message_id).status == "delivered"
