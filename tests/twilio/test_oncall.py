"""On-call alerts by SMS: through the real Twilio SDK to the stand-in, no patient text, sent once."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rq import SimpleWorker

from bot import create_app, queues
from bot.clock import FakeClock
from bot.services import Services
from tests.support.chat import WebChatPatient
from tests.support.twilio_standin import TwilioStandIn
from workers import runtime

ONCALL = "+15550100999"


@pytest.fixture
def app(env: dict[str, str], clock: FakeClock) -> Flask:
    return create_app({**env, "ONCALL_NUMBER": ONCALL}, clock=clock)


def test_an_urgent_web_chat_pages_the_on_call_phone(
    app: Flask, client: FlaskClient, services: Services, standin: TwilioStandIn
) -> None:
    runtime.init(services)
    WebChatPatient(client).say("My name is Ana Ruiz and I have crushing chest pain")
    cid = services.store.queue_ids()[0]
    SimpleWorker([queues.OUTBOUND], connection=services.redis.rq).work(burst=True)
    [sms] = [c for c in standin.creates if c["To"] == ONCALL]
    assert sms["Body"].startswith("CareLine URGENT new (urgent: cardiac) on webchat. Open: ")
    assert sms["Body"].endswith(f"/console/c/{cid}")
    assert "Ana" not in sms["Body"]
    SimpleWorker([queues.OUTBOUND], connection=services.redis.rq).work(burst=True)
    assert len([c for c in standin.creates if c["To"] == ONCALL]) == 1
