"""A stand-in for the Telegram Bot API on 127.0.0.1: HTTP/1.1 keep-alive, recorded calls, scripted answers.

The real `telegram.Bot` talks to it exactly as to api.telegram.org. Every call is recorded with the
stand-in's own timestamp and the TCP connection that carried it, so tests can check keep-alive reuse,
send rates and flood waits from the server's side, the way Telegram would see them.
"""

from __future__ import annotations

import bisect
import json
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl


@dataclass(frozen=True)
class Answer:
    """How the stand-in answers one call: a status, Telegram's description, a flood wait, or a stall."""

    status: int = 200
    description: str = ""
    retry_after: int | None = None
    hang: float = 0.0  # seconds to stall, then drop the connection without answering


OK = Answer()
BLOCKED = Answer(403, "Forbidden: bot was blocked by the user")
SERVER_ERROR = Answer(500, "Internal Server Error")
CHAT_NOT_FOUND = Answer(400, "Bad Request: chat not found")


def flood(seconds: int) -> Answer:
    """A 429 with `parameters.retry_after`, as Telegram answers when a bot sends too fast."""
    return Answer(429, f"Too Many Requests: retry after {seconds}", retry_after=seconds)


def hang(seconds: float) -> Answer:
    """No answer at all for `seconds`, then the connection is dropped (the message is not delivered)."""
    return Answer(0, "hung", hang=seconds)


@dataclass(frozen=True)
class Call:
    """One Bot API call as the stand-in received it."""

    method: str
    params: dict[str, str]
    at: float  # the stand-in's monotonic clock
    connection: int  # the client's port: the same value for calls on one keep-alive connection
    answer: Answer

    @property
    def chat(self) -> str:
        """The chat a send went to."""
        return self.params.get("chat_id", "")

    @property
    def text(self) -> str:
        """The text of a sendMessage."""
        return self.params.get("text", "")

    def json(self, name: str) -> Any:
        """A JSON-encoded parameter (reply_markup, allowed_updates), decoded."""
        return json.loads(self.params[name]) if name in self.params else None


class BotApiStandIn:
    """A threaded HTTP server answering Bot API methods; use as a context manager or start()/stop()."""

    def __init__(self, token: str) -> None:
        self.token = token
        self._lock = threading.Lock()
        self._calls: list[Call] = []
        self._scripts: dict[str, deque[Answer]] = defaultdict(deque)
        self._chats: dict[str, Answer] = {}
        self._next_message_id = 1000
        self.webhook: dict[str, Any] = {"url": "", "pending_update_count": 0, "allowed_updates": None}
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.standin = self
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL is set to (the token is appended, as with api.telegram.org/bot)."""
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> BotApiStandIn:
        """Listen on 127.0.0.1 in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening (stalled handler threads are daemons and die with the test process)."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> BotApiStandIn:
        return self.start()

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.stop()

    def script(self, method: str, *answers: Answer) -> None:
        """Answer the next calls of `method` with these, in order (then normally again)."""
        with self._lock:
            self._scripts[method].extend(answers)

    def answer_chat(self, chat_id: str, answer: Answer) -> None:
        """Answer every sendMessage to this chat so (e.g. BLOCKED for a user who blocked the bot)."""
        with self._lock:
            self._chats[chat_id] = answer

    def calls(self, method: str | None = None) -> list[Call]:
        """Calls received so far, in order (all methods, or one)."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def delivered(self, chat_id: str | None = None) -> list[Call]:
        """sendMessage calls answered 200: what patients actually received, in order."""
        sends = self.calls("sendMessage")
        return [c for c in sends if c.answer.status == 200 and (chat_id is None or c.chat == chat_id)]

    def wait_for_delivered(self, count: int, timeout: float = 30.0) -> list[Call]:
        """Block until at least `count` messages were delivered (for tests with a worker process)."""
        deadline = time.monotonic() + timeout
        while len(found := self.delivered()) < count:
            if time.monotonic() > deadline:
                raise AssertionError(f"{len(found)} of {count} messages delivered: {[c.text[:40] for c in found]}")
            time.sleep(0.05)
        return found

    def check_rates(self, per_chat: float, total: float, slack: float = 0.05) -> None:
        """Fail unless sendMessage calls kept to `per_chat` per second per chat and `total` per second overall."""
        sends = self.calls("sendMessage")
        problems = [*_chat_gaps(sends, 1 / per_chat - slack), *_window_counts(sends, total, 1.0 - slack)]
        assert not problems, "send rate exceeded: " + "; ".join(problems)

    def check_flood_waits(self, slack: float = 0.05) -> None:
        """Fail if any sendMessage arrived before the retry_after of an earlier 429 had passed."""
        sends = self.calls("sendMessage")
        problems = []
        for i, call in enumerate(sends):
            if call.answer.retry_after is None:
                continue
            until = call.at + call.answer.retry_after - slack
            early = [c for c in sends[i + 1 :] if c.at < until]
            problems += [f"{c.method} to {c.chat} {until - c.at:.2f}s early" for c in early]
        assert not problems, "flood wait not honoured: " + "; ".join(problems)

    def _handle(self, method: str, params: dict[str, str], connection: int) -> tuple[Answer, Any]:
        with self._lock:
            answer = self._answer_for(method, params)
            self._calls.append(Call(method, params, time.monotonic(), connection, answer))
            if answer.status != 200:
                return answer, None
            return answer, self._result(method, params)

    def _answer_for(self, method: str, params: dict[str, str]) -> Answer:
        if method == "sendMessage" and params.get("chat_id") in self._chats:
            return self._chats[params["chat_id"]]
        script = self._scripts[method]
        return script.popleft() if script else OK

    def _result(self, method: str, params: dict[str, str]) -> Any:
        if method == "sendMessage":
            self._next_message_id += 1
            chat = {"id": int(params["chat_id"]), "type": "private", "first_name": "Pat"}
            return {"message_id": self._next_message_id, "date": int(time.time()), "chat": chat, "text": params["text"]}
        if method == "setWebhook":
            return self._set_webhook(params)
        if method == "deleteWebhook":
            self.webhook["url"] = ""
            self._maybe_drop(params)
            return True
        if method == "getWebhookInfo":
            return {"has_custom_certificate": False, "max_connections": 40, **self.webhook}
        if method == "getMe":
            return {"id": 4242, "is_bot": True, "first_name": "CareLine", "username": "careline_test_bot"}
        return True  # answerCallbackQuery and friends

    def _set_webhook(self, params: dict[str, str]) -> bool:
        self.webhook["url"] = params["url"]
        self.webhook["secret_token"] = params.get("secret_token")
        self.webhook["allowed_updates"] = json.loads(params.get("allowed_updates", "null"))
        self._maybe_drop(params)
        return True

    def _maybe_drop(self, params: dict[str, str]) -> None:
        if params.get("drop_pending_updates") == "true":
            self.webhook["pending_update_count"] = 0


def _chat_gaps(sends: list[Call], min_gap: float) -> list[str]:
    last: dict[str, float] = {}
    problems = []
    for call in sends:
        if call.chat in last and call.at - last[call.chat] < min_gap:
            problems.append(f"chat {call.chat}: {call.at - last[call.chat]:.3f}s between sends")
        last[call.chat] = call.at
    return problems


def _window_counts(sends: list[Call], limit: float, window: float) -> list[str]:
    times = sorted(c.at for c in sends)
    problems = []
    for i, start in enumerate(times):
        count = bisect.bisect_left(times, start + window) - i
        if count > limit:
            problems.append(f"{count} sends within {window:.2f}s")
    return problems


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    standin: BotApiStandIn

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up on a stalled call is expected, not an error."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: one connection carries many calls, like api.telegram.org
    server: _Server

    def do_POST(self) -> None:
        """Route /bot<token>/<method> to the stand-in."""
        prefix = f"/bot{self.server.standin.token}/"
        params = self._params()
        if not self.path.startswith(prefix):
            self._reply(401, {"ok": False, "error_code": 401, "description": "Unauthorized"})
            return
        answer, result = self.server.standin._handle(self.path[len(prefix) :], params, self.client_address[1])
        if answer.hang:
            time.sleep(answer.hang)
            self.close_connection = True
            return
        if answer.status == 200:
            self._reply(200, {"ok": True, "result": result})
            return
        body: dict[str, Any] = {"ok": False, "error_code": answer.status, "description": answer.description}
        if answer.retry_after is not None:
            body["parameters"] = {"retry_after": answer.retry_after}
        self._reply(answer.status, body)

    do_GET = do_POST  # noqa: N815 - the stdlib's name

    def _params(self) -> dict[str, str]:
        raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if self.headers.get("Content-Type", "").startswith("application/json"):
            return {k: v if isinstance(v, str) else json.dumps(v) for k, v in json.loads(raw or "{}").items()}
        return dict(parse_qsl(raw, keep_blank_values=True))

    def _reply(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the recorded calls instead."""
