"""Fixtures for the SMS/WhatsApp channel: the Twilio stand-in, the app with twilio enabled, patient phones."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot import create_app
from bot.clock import FakeClock
from bot.services import Services
from tests.support.twilio_standin import TwilioStandIn
from tests.twilio.support import ACCOUNT_SID, AUTH_TOKEN, CLINIC_NUMBER, PUBLIC_BASE_URL, Clinic, Phone


@pytest.fixture
def standin() -> Iterator[TwilioStandIn]:
    """A stand-in of Twilio's Messages API on 127.0.0.1."""
    server = TwilioStandIn(ACCOUNT_SID, AUTH_TOKEN).start()
    yield server
    server.stop()


@pytest.fixture
def env(env: dict[str, str], standin: TwilioStandIn) -> dict[str, str]:
    """The test settings with the twilio channel on, its API pointed at the stand-in."""
    env.update(
        CHANNELS="webchat,twilio",
        TWILIO_ACCOUNT_SID=ACCOUNT_SID,
        TWILIO_AUTH_TOKEN=AUTH_TOKEN,
        TWILIO_FROM=CLINIC_NUMBER,
        TWILIO_API_BASE_URL=standin.url,
        TWILIO_HTTP_TIMEOUT="1",
        PUBLIC_BASE_URL=PUBLIC_BASE_URL,
    )
    return env


@pytest.fixture
def app(env: dict[str, str], clock: FakeClock) -> Flask:
    """The app on the real test Redis, with a clock the test moves."""
    return create_app(env, clock=clock)


@pytest.fixture
def phone(client: FlaskClient, services: Services) -> Phone:
    """A patient texting the clinic by SMS."""
    return Phone(client)


@pytest.fixture
def whatsapp(client: FlaskClient, services: Services) -> Phone:
    """A patient writing to the clinic on WhatsApp."""
    return Phone(client, "+14155550188", "whatsapp")


@pytest.fixture
def clinic(client: FlaskClient, services: Services, auth: dict[str, Any], standin: TwilioStandIn) -> Clinic:
    """The staff side: Alice, the delivery worker, and the stand-in's record of what was sent."""
    return Clinic(client, services, auth, standin)
