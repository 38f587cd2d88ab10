"""Patient data never reaches logs: ids, routes and scores only; the redaction net catches the rest."""

from __future__ import annotations

import logging
from typing import Any

import flask
import pytest
from flask import Flask
from flask.sessions import NullSession
from flask.testing import FlaskClient

from bot.logs import RedactingFilter, redact
from bot.services import Services
from tests.support.chat import WebChatPatient


def test_a_whole_conversation_logs_no_patient_text(
    patient: WebChatPatient,
    client: FlaskClient,
    services: Services,
    auth: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    secrets_said = ["my name is Maria Lopez", "call me on 555-867-5309", "I have a rash on my leg, talk to someone"]
    for text in secrets_said:
        patient.say(text)
    cid = services.store.queue_ids()[0]
    client.post(f"/api/conversations/{cid}/reply", json={"text": "Hi Maria, a nurse will call."}, headers=auth)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "inbound handled conv=" in logged  # decisions are logged…
    for fragment in ("Maria", "867", "rash", "nurse will call"):  # …content is not
        assert fragment not in logged


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("sms from +1 (555) 867-5309 failed", "sms from [number] failed"),
        ("To=+15558675309&Body=hello&x=1", "To=[redacted]&Body=[redacted]&x=1"),
        ("GET /chat/api/stream?session=abcDEF123&after=0", "GET /chat/api/stream?session=[redacted]&after=0"),
        ("reply from maria.lopez@example.com", "reply from [email]"),
        ("conv=3f9a2b1c route=faq score=91.2", "conv=3f9a2b1c route=faq score=91.2"),
    ],
)
def test_redaction_net(line: str, expected: str) -> None:
    assert redact(line) == expected


def test_exception_text_is_redacted_too() -> None:
    try:
        raise ValueError("bad payload from +15558675309")
    except ValueError as exc:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", None, (type(exc), exc, None))
    RedactingFilter().filter(record)
    assert "8675309" not in (record.exc_text or "")


def test_flask_cookie_session_is_never_opened(app: Flask) -> None:
    # Console logins live in Redis (bot/sessions.py); Flask's signed-cookie session is not built per request, and a
    # write to it fails loudly instead of putting data in a cookie.
    with app.test_request_context("/webhooks/twilio", method="POST"):
        app.preprocess_request()
        assert isinstance(flask.session, NullSession)
        with pytest.raises(RuntimeError):
            flask.session["who"] = "anyone"
