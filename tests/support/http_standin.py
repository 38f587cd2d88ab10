"""A tiny recording HTTP server on 127.0.0.1 for provider stand-ins (webhooks), programmable per request."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Recorded:
    """One request the stand-in received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)


@dataclass
class HttpStandIn:
    """Records requests; answers each with the next scripted status (default 200)."""

    statuses: deque[int] = field(default_factory=deque)
    requests: list[Recorded] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    def start(self) -> HttpStandIn:
        """Listen on a free port in a background thread."""
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                standin.requests.append(Recorded("POST", self.path, dict(self.headers), body))
                status = standin.statuses.popleft() if standin.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    @property
    def url(self) -> str:
        """The base URL."""
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        """Shut the server down."""
        if self.server:
            self.server.shutdown()
            self.server.server_close()
