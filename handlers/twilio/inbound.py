"""Inbound webhooks: Twilio's signature checked against the public URL, then the form parsed to one InboundMessage."""

from __future__ import annotations

import hmac
import logging
import re
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from urllib.parse import urlparse

import phonenumbers
from flask import Request
from twilio.request_validator import RequestValidator
from werkzeug.datastructures import MultiDict

from bot.messages import MAX_INBOUND_CHARS, InboundMessage, Media, clean_text
from handlers.twilio.config import TwilioConfig

log = logging.getLogger(__name__)

SIGNATURE = "X-Twilio-Signature"
TWILIO_MEDIA_HOST = "api.twilio.com"
MAX_MEDIA = 10  # Twilio sends at most 10 attachments per message
_SID = re.compile(r"^[A-Z]{2}[0-9a-fA-F]{32}$")
_CONTENT_TYPE = re.compile(r"^[\w.+-]+/[\w.+-]+$")
MAX_NAME = 100


class Malformed(ValueError):
    """A signed request without what a message webhook must carry."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def signed_url(config: TwilioConfig, request: Request) -> str:
    """The URL Twilio called (and signed): the public base, the path, and the raw query string."""
    query = request.query_string.decode("latin-1")
    return config.public_base_url + request.path + (f"?{query}" if query else "")


class _FormView:
    """The form as the SDK's validator reads it: every value of a repeated field, through its `getall` path."""

    def __init__(self, form: MultiDict[str, str]) -> None:
        self.form = form

    def __len__(self) -> int:
        return len(self.form)

    def __iter__(self) -> Iterator[str]:
        return iter(self.form.keys())

    def getall(self, name: str) -> list[str]:
        """All values sent for `name`."""
        return self.form.getlist(name)


def is_authentic(validator: RequestValidator, config: TwilioConfig, request: Request) -> bool:
    """True when X-Twilio-Signature matches the form (never crashes on a missing header)."""
    signature = request.headers.get(SIGNATURE, "")
    if not signature:
        return False
    url, params = signed_url(config, request), _FormView(request.form)
    # Twilio signs the URL as configured, so one HMAC settles a genuine request; the SDK's full check
    # (the URL with and without the default port) runs only when that one does not match.
    if hmac.compare_digest(str(validator.compute_signature(url, params)).encode(), signature.encode()):
        return True
    return bool(validator.validate(url, params, signature))


def parse(form: MultiDict[str, str], received_at: datetime, config: TwilioConfig) -> InboundMessage:
    """One InboundMessage from a message webhook's form; raises Malformed naming the missing field."""
    sid = form.get("MessageSid", "")
    if not _SID.match(sid):
        raise Malformed("MessageSid")
    if form.get("AccountSid") != config.account_sid:
        raise Malformed("AccountSid")
    raw_from = form.get("From", "")
    channel = "whatsapp" if raw_from.startswith("whatsapp:") else "sms"
    number = e164(raw_from.removeprefix("whatsapp:"))
    if number is None:
        raise Malformed("From")
    text = clean_text(form.get("Body", ""))[:MAX_INBOUND_CHARS]
    name = (clean_text(form.get("ProfileName", ""))[:MAX_NAME] or None) if channel == "whatsapp" else None
    return InboundMessage(channel, number, text, sid, received_at, media_refs(form, config), name)


@lru_cache(maxsize=4096)
def e164(raw: str) -> str | None:
    """A phone number in E.164 form, or None when it is not one (kept for the numbers seen lately: patients write
    again, and phonenumbers' parse is a twentieth of a webhook's time)."""
    try:
        number = phonenumbers.parse(raw.strip(), None)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def media_refs(form: MultiDict[str, str], config: TwilioConfig) -> tuple[Media, ...]:
    """Attachment references on Twilio's own media host; anything else is dropped (and counted, not logged)."""
    try:
        count = max(0, min(int(form.get("NumMedia", "0")), MAX_MEDIA))
    except ValueError:
        count = 0
    kept = []
    for i in range(count):
        url = form.get(f"MediaUrl{i}", "")
        if not trusted_media_url(url, config):
            log.warning("twilio media dropped index=%d reason=untrusted-host", i)
            continue
        content_type = form.get(f"MediaContentType{i}", "")
        kept.append(Media(url, content_type if _CONTENT_TYPE.match(content_type) else "application/octet-stream"))
    return tuple(kept)


def trusted_media_url(url: str, config: TwilioConfig) -> bool:
    """https on api.twilio.com, or exactly the configured API origin (a stand-in in tests)."""
    try:
        parsed = urlparse(url)
        port = parsed.port
    except ValueError:
        return False
    if parsed.username or parsed.password:  # user@host tricks
        return False
    if parsed.scheme == "https" and parsed.hostname == TWILIO_MEDIA_HOST and port in (None, 443):
        return True
    return f"{parsed.scheme}://{parsed.netloc}" == config.api_origin
