"""On-call alerts: a POST to a Slack/Teams-style webhook with a link, priority and reason, never patient text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from rq import SimpleWorker

from bot import create_app, queues
from bot.errors import ConfigError
from bot.services import Services
from tests.support.chat import WebChatPatient
from tests.support.http_standin import HttpStandIn
from workers import runtime


@pytest.fixture
def hook() -> Iterator[HttpStandIn]:
    standin = HttpStandIn().start()
    yield standin
    standin.stop()


@pytest.fixture
def alerting(env: dict[str, str], hook: HttpStandIn, monkeypatch: pytest.MonkeyPatch) -> Flask:
    monkeypatch.setattr(queues, "ALERT_RETRY_INTERVALS", [0, 0])
    app = create_app(
        {
            **env,
            "ONCALL_WEBHOOK_URL": f"{hook.url}/hooks/oncall",
            "PUBLIC_BASE_URL": "https://careline.example-clinic.org",
        }
    )
    runtime.init(app.extensions["careline"])
    return app


def work(svc: Services) -> None:
    SimpleWorker([queues.OUTBOUND], connection=svc.redis.rq).work(burst=True)


def test_urgent_handoff_pages_on_call_with_a_link_and_no_patient_text(alerting: Flask, hook: HttpStandIn) -> None:
    svc: Services = alerting.extensions["careline"]
    WebChatPatient(alerting.test_client()).say("My husband John has crushing chest pain")
    cid = svc.store.queue_ids()[0]
    work(svc)
    [request] = hook.requests
    text = request.json()["text"]
    assert (
        text
        == f"CareLine URGENT new (urgent: cardiac) on webchat. Open: https://careline.example-clinic.org/console/c/{cid}"
    )
    assert "John" not in request.body.decode()
    assert "on-call alerted (urgent) by webhook" in [h.text for h in svc.store.history(cid)]


def test_a_failing_webhook_is_retried_and_pages_once(alerting: Flask, hook: HttpStandIn) -> None:
    svc: Services = alerting.extensions["careline"]
    hook.statuses.extend([500])
    WebChatPatient(alerting.test_client()).say("i cant breathe")
    work(svc)
    assert [r.path for r in hook.requests] == ["/hooks/oncall", "/hooks/oncall"]  # failed once, then delivered


def test_routine_handoffs_do_not_page(alerting: Flask, hook: HttpStandIn) -> None:
    svc: Services = alerting.extensions["careline"]
    WebChatPatient(alerting.test_client()).say("talk to someone about my bill")
    work(svc)
    assert hook.requests == []


def test_on_call_sms_needs_the_twilio_channel(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match="ONCALL_NUMBER: on-call alerts by SMS or WhatsApp need the twilio channel"):
        create_app({**env, "ONCALL_NUMBER": "+15550100111"})
    with pytest.raises(ConfigError, match=r"ONCALL_NUMBER: '555' must be an E\.164 number"):
        create_app({**env, "ONCALL_NUMBER": "555"})
