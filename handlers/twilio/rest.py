"""The twilio SDK's REST client, pointed at TWILIO_API_BASE_URL, with its failures sorted by what they mean.

Three outcomes besides success matter for exactly-once sending:
`NotReached` (the request never got to Twilio: safe to send again), `NoAnswer` (it may have been
taken: look before sending again) and `Refused` (Twilio answered no, with its error code).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

import requests
from twilio.base.exceptions import TwilioRestException, TwilioServiceException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.rest import Client
from urllib3.exceptions import MaxRetryError, NewConnectionError

from handlers.twilio.config import TwilioConfig

T = TypeVar("T")
LOOKUP_LIMIT = 50  # newest messages to the patient scanned when checking an unanswered send

# The SDK logs each request's URL, filters and headers at INFO: numbers would reach the logs.
_SDK_LOG = logging.getLogger("handlers.twilio.sdk")
_SDK_LOG.setLevel(logging.WARNING)


class NotReached(Exception):
    """The request never reached Twilio (connection refused, connect timeout)."""


class NoAnswer(Exception):
    """The request was sent but no usable answer came back (read timeout, dropped connection, 5xx)."""


class Refused(Exception):
    """Twilio answered with a client error."""

    def __init__(self, status: int, code: int | None, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status} error {code}")
        self.status = status
        self.code = code
        self.retry_after = retry_after


@dataclass(frozen=True)
class Sent:
    """A message Twilio holds, as its list shows it."""

    sid: str
    to: str
    body: str
    status: str
    created: datetime | None


class _HttpClient(TwilioHttpClient):  # type: ignore[misc]  # the SDK ships no type information
    """The SDK's HTTP client, quiet, remembering each thread's last response headers (Retry-After)."""

    def __init__(self, timeout: float) -> None:
        super().__init__(timeout=timeout, logger=_SDK_LOG)
        self._last = threading.local()

    def request(self, *args: Any, **kwargs: Any) -> Response:
        """Make the request and keep its headers."""
        self._last.headers = {}
        response = super().request(*args, **kwargs)
        self._last.headers = response.headers or {}
        return response

    def last_headers(self) -> Mapping[str, str]:
        """Headers of this thread's last response."""
        return getattr(self._last, "headers", {})


class Rest:
    """The two calls the channel makes: create a message, and list recent ones to a number."""

    def __init__(self, config: TwilioConfig) -> None:
        self.http = _HttpClient(config.http_timeout)
        self.client = Client(config.account_sid, config.auth_token, http_client=self.http)
        self.client.api.base_url = config.api_base_url  # the same SDK code, talking to a stand-in in tests

    def create(self, **params: Any) -> str:
        """Create a message; its sid. Raises NotReached, NoAnswer or Refused."""
        return self._call(lambda: str(self.client.messages.create(**params).sid))

    def recent(self, to: str) -> list[Sent]:
        """The newest messages sent to `to`, newest first. Raises like `create`."""
        found = self._call(lambda: self.client.messages.list(to=to, limit=LOOKUP_LIMIT))
        return [Sent(m.sid, m.to or "", m.body or "", m.status or "", m.date_created) for m in found]

    def _call(self, call: Callable[[], T]) -> T:
        try:
            return call()
        except (TwilioRestException, TwilioServiceException) as exc:
            if exc.status >= 500:  # Twilio says a 5xx on a send may still have created the message
                raise NoAnswer(f"HTTP {exc.status}") from None
            raise Refused(exc.status, _int(exc.code), _retry_after(self.http.last_headers())) from None
        except requests.RequestException as exc:
            if _never_reached(exc):
                raise NotReached(type(exc).__name__) from None
            raise NoAnswer(type(exc).__name__) from None


def _never_reached(exc: requests.RequestException) -> bool:
    if isinstance(exc, requests.ConnectTimeout):
        return True
    reason = exc.args[0].reason if exc.args and isinstance(exc.args[0], MaxRetryError) else None
    return isinstance(exc, requests.ConnectionError) and isinstance(reason, NewConnectionError)


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload, no-any-return]
    except (TypeError, ValueError):
        return None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    raw = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    try:
        return max(float(raw), 0.0) if raw is not None else None
    except ValueError:  # an HTTP date: rare from Twilio; the caller's default applies
        return None
