"""On-call alerts by SMS or a WhatsApp template: through the real Twilio SDK to the stand-in, no patient text, once."""

from __future__ import annotations

import json

import pytest
from flask import Flask
from flask.testing import FlaskClient
from rq import SimpleWorker

from bot import create_app, queues
from bot.clock import FakeClock
from bot.errors import ConfigError
from bot.services import Services
from tests.support.chat import WebChatPatient
from tests.support.twilio_standin import TwilioStandIn
from tests.twilio.support import CLINIC_NUMBER, PUBLIC_BASE_URL
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


ONCALL_TEMPLATE = "HX" + "c" * 32


def test_an_on_call_whatsapp_number_gets_the_approved_template_with_the_alert_as_its_variables(
    env: dict[str, str], clock: FakeClock, standin: TwilioStandIn
) -> None:
    app = create_app(
        {**env, "ONCALL_NUMBER": f"whatsapp:{ONCALL}", "TWILIO_ONCALL_TEMPLATE_SID": ONCALL_TEMPLATE}, clock=clock
    )
    services: Services = app.extensions["careline"]
    runtime.init(services)
    WebChatPatient(app.test_client()).say("My name is Ana Ruiz and I have crushing chest pain")
    cid = services.store.queue_ids()[0]
    SimpleWorker([queues.OUTBOUND], connection=services.redis.rq).work(burst=True)
    [alert] = [c for c in standin.creates if c["To"] == f"whatsapp:{ONCALL}"]
    assert (alert["ContentSid"], alert["From"]) == (ONCALL_TEMPLATE, f"whatsapp:{CLINIC_NUMBER}")
    assert "Body" not in alert
    assert json.loads(alert["ContentVariables"]) == {
        "1": "URGENT", "2": "new", "3": "urgent: cardiac", "4": "webchat", "5": f"{PUBLIC_BASE_URL}/console/c/{cid}",
    }  # fmt: skip
    assert "Ana" not in alert["ContentVariables"]
    history = [e.text for e in services.store.history(cid)]
    assert "on-call alerted (urgent) by whatsapp" in history


def test_whatsapp_alerts_without_a_template_do_not_start(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="TWILIO_ONCALL_TEMPLATE_SID"):
        create_app({**env, "ONCALL_NUMBER": f"whatsapp:{ONCALL}"})
    with pytest.raises(ConfigError, match="whatsapp:"):
        create_app({**env, "ONCALL_NUMBER": "whatsapp:555"})
