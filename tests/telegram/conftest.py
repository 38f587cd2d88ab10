"""Telegram fixtures: the stand-in Bot API, the app with the channel enabled, and a patient."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import pytest
from flask.testing import FlaskClient

from bot.services import Services
from handlers.telegram.sender import TelegramSender
from tests.support.telegram_standin import BotApiStandIn
from tests.telegram.helpers import FIXTURES, SECRET, TOKEN, TelegramPatient


@pytest.fixture
def bot_api() -> Iterator[BotApiStandIn]:
    """The stand-in Bot API, listening on 127.0.0.1 for this test."""
    with BotApiStandIn(TOKEN) as api:
        yield api


@pytest.fixture(autouse=True)
def telegram_env(env: dict[str, str], bot_api: BotApiStandIn) -> dict[str, str]:
    """Enable the channel against the stand-in, with a small FAQ whose clarifying question is known.

    Dialog tests pace replies to one chat at 20/s instead of Telegram's 1/s to stay fast; the rate
    tests ask for `telegram_rates` to run with the defaults.
    """
    env.update(
        CHANNELS="webchat,telegram",
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_SECRET=SECRET,
        TELEGRAM_API_BASE_URL=bot_api.base_url,
        TELEGRAM_TIMEOUT="1",
        TELEGRAM_PER_CHAT_PER_SECOND="20",
        FAQ_PATH=str(FIXTURES / "faq.yaml"),
    )
    return env


@pytest.fixture
def telegram_rates(env: dict[str, str]) -> None:
    """Telegram's own limits (1 message/s per chat, 30/s overall): request it before the app is built."""
    env.pop("TELEGRAM_PER_CHAT_PER_SECOND")


@pytest.fixture
def services(services: Services) -> Iterator[Services]:
    """The app's Services; the Telegram sender's loop and connections are closed afterwards."""
    yield services
    sender = services.channels["telegram"].sender
    assert isinstance(sender, TelegramSender)
    sender.runner.close()


@pytest.fixture
def patient(client: FlaskClient, services: Services, bot_api: BotApiStandIn) -> TelegramPatient:
    """A new patient in a private chat with the bot."""
    return TelegramPatient(client, services, bot_api, chat_id=secrets.randbelow(10**9) + 10**9)
