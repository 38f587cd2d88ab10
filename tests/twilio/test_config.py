"""The channel refuses to start without its secrets, and says which setting to fix."""

from __future__ import annotations

import pytest

from bot import create_app
from bot.errors import ConfigError


@pytest.mark.parametrize(
    ("missing", "named"),
    [
        ("TWILIO_AUTH_TOKEN", "TWILIO_AUTH_TOKEN"),
        ("TWILIO_ACCOUNT_SID", "TWILIO_ACCOUNT_SID"),
        ("PUBLIC_BASE_URL", "PUBLIC_BASE_URL"),
        ("TWILIO_FROM", "TWILIO_FROM"),
    ],
)
def test_a_missing_setting_stops_start_up_naming_it(env: dict[str, str], missing: str, named: str) -> None:
    with pytest.raises(ConfigError) as refused:
        create_app({k: v for k, v in env.items() if k != missing})
    assert refused.value.variable == named


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TWILIO_ACCOUNT_SID", "AC123"),
        ("TWILIO_FROM", "555-0100"),
        ("TWILIO_MESSAGING_SERVICE_SID", "MG-not-a-sid"),
        ("TWILIO_WHATSAPP_TEMPLATE_SID", "HX123"),
        ("TWILIO_WHATSAPP_TEMPLATE_VARIABLES", "[1, 2]"),
        ("TWILIO_API_BASE_URL", "api.twilio.com"),
        ("TWILIO_MPS", "0"),
        ("TWILIO_HTTP_TIMEOUT", "soon"),
    ],
)
def test_an_invalid_setting_is_refused(env: dict[str, str], name: str, value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        create_app({**env, name: value})
    assert refused.value.variable == name


def test_the_auth_token_is_checked_first(env: dict[str, str]) -> None:
    bare = {k: v for k, v in env.items() if not k.startswith("TWILIO_") and k != "PUBLIC_BASE_URL"}
    with pytest.raises(ConfigError) as refused:
        create_app(bare)
    assert refused.value.variable == "TWILIO_AUTH_TOKEN"
    assert "Twilio Console" in str(refused.value)


def test_a_messaging_service_can_stand_in_for_a_number(env: dict[str, str]) -> None:
    settings = {k: v for k, v in env.items() if k != "TWILIO_FROM"}
    app = create_app({**settings, "TWILIO_MESSAGING_SERVICE_SID": "MG" + "e" * 32})
    assert {"sms", "whatsapp"} <= set(app.extensions["careline"].channels)
