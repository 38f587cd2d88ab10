"""A stand-in of Twilio's Messages API on 127.0.0.1, for the real twilio SDK to talk to in tests.

It keeps the messages it "holds" (what Twilio's list returns), records every request, and answers
each create as the test scripts it: 201, 4xx with a Twilio error code, 429, 500, or a hang (the
message is taken but the answer never comes, like a read timeout on a real send).
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

import httpx
from twilio.request_validator import RequestValidator


@dataclass(frozen=True)
class Answer:
    """How the stand-in answers one create request."""

    status: int = 201
    code: int | None = None
    retry_after: str | None = None
    hang: bool = False  # take the message, then never answer
    take: bool | None = None  # whether the message is created; default: on 201 and hang (a 500 may or may not)

    @classmethod
    def error(cls, status: int, code: int | None = None, *, take: bool = False) -> Answer:
        """A Twilio error answer (nothing created unless `take`)."""
        return cls(status, code, take=take)


@dataclass
class Held:
    """A message the stand-in holds, shaped like Twilio's JSON."""

    fields: dict[str, Any]
    callback: str | None = None


@dataclass
class Request:
    """One request the stand-in received."""

    method: str
    path: str
    params: dict[str, str]
    authorised: bool


@dataclass
class TwilioStandIn:
    """The server and what it saw; `script(...)` queues answers for the next creates (default: 201)."""

    account_sid: str
    auth_token: str
    held: list[Held] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)
    answers: deque[Answer] = field(default_factory=deque)
    server: ThreadingHTTPServer | None = None
    released: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        """The base URL to give TWILIO_API_BASE_URL."""
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def creates(self) -> list[dict[str, str]]:
        """The parameters of every create request, in order (including refused ones)."""
        return [r.params for r in self.requests if r.method == "POST"]

    def script(self, *answers: Answer) -> None:
        """Answer the next creates like this, in order."""
        self.answers.extend(answers)

    def start(self) -> TwilioStandIn:
        """Listen on a free port of 127.0.0.1."""
        standin = self

        class Handler(_Handler):
            owner = standin

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving and free hanging requests."""
        self.released.set()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def signed_report(self, sid: str, status: str, error_code: int | None = None) -> tuple[str, dict[str, str], str]:
        """(URL, form, signature) of the status callback Twilio would post for a held message."""
        held = next(h for h in self.held if h.fields["sid"] == sid)
        assert held.callback, "the message was sent without a StatusCallback"
        form = {"MessageSid": sid, "MessageStatus": status, "AccountSid": self.account_sid, "To": held.fields["to"]}
        if error_code is not None:
            form["ErrorCode"] = str(error_code)
        return held.callback, form, RequestValidator(self.auth_token).compute_signature(held.callback, form)

    def report(self, sid: str, status: str, error_code: int | None = None) -> httpx.Response:
        """Post a signed status callback for a held message over HTTP, as Twilio does."""
        url, form, signature = self.signed_report(sid, status, error_code)
        return httpx.post(url, data=form, headers={"X-Twilio-Signature": signature}, timeout=10)

    def take(self, params: dict[str, str]) -> dict[str, Any]:
        """Hold a new message (as a successful create does) and return its JSON."""
        sid = "SM" + secrets.token_hex(16)
        now = format_datetime(datetime.now(UTC), usegmt=True)
        body = params.get("Body") or f"[template {params.get('ContentSid')}]"
        fields = {
            "sid": sid,
            "account_sid": self.account_sid,
            "to": params.get("To"),
            "from": params.get("From"),
            "messaging_service_sid": params.get("MessagingServiceSid"),
            "body": body,
            "status": "queued",
            "direction": "outbound-api",
            "num_segments": "1",
            "num_media": "0",
            "api_version": "2010-04-01",
            "date_created": now,
            "date_updated": now,
            "date_sent": None,
            "error_code": None,
            "error_message": None,
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        }
        self.held.append(Held(fields, params.get("StatusCallback")))
        return fields


class _Handler(BaseHTTPRequestHandler):
    owner: TwilioStandIn

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def _record(self, params: dict[str, str]) -> Request:
        expected = "Basic " + base64.b64encode(f"{self.owner.account_sid}:{self.owner.auth_token}".encode()).decode()
        request = Request(self.command, urlparse(self.path).path, params, self.headers.get("Authorization") == expected)
        self.owner.requests.append(request)
        return request

    def _json(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        raw = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(raw)

    def _error(self, status: int, code: int | None, headers: dict[str, str] | None = None) -> None:
        body = {"code": code, "message": f"stand-in error {code}", "more_info": "", "status": status}
        self._json(status, body, headers)

    def _messages_path(self) -> bool:
        return urlparse(self.path).path == f"/2010-04-01/Accounts/{self.owner.account_sid}/Messages.json"

    def do_POST(self) -> None:
        """Create a message, answering as scripted."""
        length = int(self.headers.get("Content-Length") or 0)
        params = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode(), keep_blank_values=True).items()}
        request = self._record(params)
        if not self._messages_path():
            return self._error(404, 20404)
        if not request.authorised:
            return self._error(401, 20003)
        answer = self.owner.answers.popleft() if self.owner.answers else Answer()
        take = answer.take if answer.take is not None else (answer.status == 201 or answer.hang)
        fields = self.owner.take(params) if take else None
        if answer.hang:
            self.owner.released.wait(30)
            return None
        if fields is not None and answer.status == 201:
            return self._json(201, fields)
        headers = {"Retry-After": answer.retry_after} if answer.retry_after else None
        return self._error(answer.status, answer.code, headers)

    def do_GET(self) -> None:
        """List held messages to one number, newest first (Twilio's Messages list)."""
        query = parse_qs(urlparse(self.path).query)
        request = self._record({k: v[0] for k, v in query.items()})
        if not self._messages_path():
            return self._error(404, 20404)
        if not request.authorised:
            return self._error(401, 20003)
        to = request.params.get("To")
        found = [h.fields for h in reversed(self.owner.held) if to is None or h.fields["to"] == to]
        page = {"messages": found, "page": 0, "page_size": 50, "next_page_uri": None, "previous_page_uri": None}
        return self._json(200, {**page, "start": 0, "end": len(found), "uri": self.path, "first_page_uri": self.path})
