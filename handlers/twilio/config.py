"""The Twilio channel's settings, read from the environment and checked at start-up."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from bot.errors import ConfigError
from bot.settings import Settings, http_url, oncall_target, positive_number

DEFAULT_API_BASE_URL = "https://api.twilio.com"
_SID = {
    "TWILIO_ACCOUNT_SID": re.compile(r"^AC[0-9a-fA-F]{32}$"),
    "TWILIO_MESSAGING_SERVICE_SID": re.compile(r"^MG[0-9a-fA-F]{32}$"),
    "TWILIO_WHATSAPP_TEMPLATE_SID": re.compile(r"^HX[0-9a-fA-F]{32}$"),
    "TWILIO_ONCALL_TEMPLATE_SID": re.compile(r"^HX[0-9a-fA-F]{32}$"),
}
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_CONSOLE = "find it in the Twilio Console (Account > API keys & tokens)"


@dataclass(frozen=True)
class TwilioConfig:
    """Everything the Twilio channel needs; built once per process."""

    account_sid: str
    auth_token: str
    public_base_url: str
    api_base_url: str
    sms_from: str | None
    whatsapp_from: str | None
    messaging_service_sid: str | None
    template_sid: str | None
    template_variables: str | None
    oncall_template_sid: str | None  # the approved template WhatsApp on-call alerts are sent with
    mps: float
    http_timeout: float

    @property
    def status_callback(self) -> str:
        """Where Twilio reports delivery states (the message id is added as a query parameter)."""
        return f"{self.public_base_url}/webhooks/twilio/status"

    @property
    def api_origin(self) -> str:
        """scheme://host[:port] of the REST API, to recognise its media URLs."""
        parsed = urlparse(self.api_base_url)
        return f"{parsed.scheme}://{parsed.netloc}"


def load_config(settings: Settings) -> TwilioConfig:
    """Read TWILIO_* settings; raise ConfigError naming the variable and the fix."""
    env = settings.env
    auth_token, account_sid = _auth_token(env), _required_sid(env, "TWILIO_ACCOUNT_SID")
    if not settings.public_base_url:
        raise ConfigError(
            "PUBLIC_BASE_URL",
            "required by the twilio channel: the public https:// address Twilio calls (signatures are "
            "checked against it and delivery reports are sent to it), e.g. https://careline.example-clinic.org",
        )
    sms_from = _number(env, "TWILIO_FROM")
    service = _sid(env, "TWILIO_MESSAGING_SERVICE_SID")
    if not sms_from and not service:
        raise ConfigError(
            "TWILIO_FROM", "set your Twilio number (E.164, e.g. +15550100200) or TWILIO_MESSAGING_SERVICE_SID"
        )
    oncall_template = _sid(env, "TWILIO_ONCALL_TEMPLATE_SID")
    oncall = settings.handoff.oncall_number
    if oncall and oncall_target(oncall)[0] == "whatsapp" and not oncall_template:
        raise ConfigError(
            "TWILIO_ONCALL_TEMPLATE_SID",
            "WhatsApp on-call alerts (ONCALL_NUMBER=whatsapp:…) need an approved WhatsApp template, since the on-call "
            "phone rarely has an open 24-hour window: its Content SID (HX…), with variables {{1}} priority, {{2}} "
            "new or still unclaimed, {{3}} reason, {{4}} channel, {{5}} console link",
        )
    return TwilioConfig(
        account_sid=account_sid,
        auth_token=auth_token,
        public_base_url=settings.public_base_url,
        api_base_url=http_url(env, "TWILIO_API_BASE_URL", DEFAULT_API_BASE_URL),
        sms_from=sms_from,
        whatsapp_from=_number(env, "TWILIO_WHATSAPP_FROM") or sms_from,
        messaging_service_sid=service,
        template_sid=_sid(env, "TWILIO_WHATSAPP_TEMPLATE_SID"),
        template_variables=_json_object(env, "TWILIO_WHATSAPP_TEMPLATE_VARIABLES"),
        oncall_template_sid=oncall_template,
        mps=positive_number(env, "TWILIO_MPS", 1.0),
        http_timeout=positive_number(env, "TWILIO_HTTP_TIMEOUT", 15.0),
    )


def _auth_token(env: Mapping[str, str]) -> str:
    token = (env.get("TWILIO_AUTH_TOKEN") or "").strip()
    if not token:
        raise ConfigError(
            "TWILIO_AUTH_TOKEN", f"required by the twilio channel to verify webhooks and send; {_CONSOLE}"
        )
    return token


def _required_sid(env: Mapping[str, str], name: str) -> str:
    value = _sid(env, name)
    if not value:
        raise ConfigError(name, f"required by the twilio channel; {_CONSOLE}")
    return value


def _sid(env: Mapping[str, str], name: str) -> str | None:
    value = (env.get(name) or "").strip()
    if value and not _SID[name].match(value):
        prefix = _SID[name].pattern[1:3]
        raise ConfigError(name, f"{value!r} is not a Twilio sid (it starts with {prefix} and has 32 hex digits)")
    return value or None


def _number(env: Mapping[str, str], name: str) -> str | None:
    value = (env.get(name) or "").strip().removeprefix("whatsapp:")
    if value and not _E164.match(value):
        raise ConfigError(name, f"{value!r} must be an E.164 number such as +15550100200")
    return value or None


def _json_object(env: Mapping[str, str], name: str) -> str | None:
    value = (env.get(name) or "").strip()
    if not value:
        return None
    try:
        parsed = json.loads(value)
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict):
        raise ConfigError(name, 'must be a JSON object of template variables, e.g. {"1": "Example Clinic"}')
    return value
