"""Dialog helpers: tests read like a transcript of what the patient says and what comes back."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any

from flask.testing import FlaskClient


@dataclass
class WebChatPatient:
    """A patient using the web chat through the app's real endpoints (Flask test client)."""

    client: FlaskClient
    session: str = field(default_factory=lambda: secrets.token_urlsafe(24))

    @property
    def headers(self) -> dict[str, str]:
        """The session header the chat page sends."""
        return {"X-Chat-Session": self.session}

    def post(self, text: str, client_id: str | None = None) -> Any:
        """POST one message; returns the response."""
        body = {"text": text, "client_id": client_id or secrets.token_hex(8)}
        return self.client.post("/chat/api/messages", json=body, headers=self.headers)

    def say(self, text: str) -> list[str]:
        """Send a message and return the bot's reply texts (fails unless the send succeeded)."""
        response = self.post(text)
        assert response.status_code == 200, response.get_json()
        return [r["text"] for r in response.get_json()["replies"]]

    def transcript(self) -> list[tuple[str, str]]:
        """What the patient's page shows: (author, text) in order."""
        response = self.client.get("/chat/api/history", headers=self.headers)
        assert response.status_code == 200
        return [(m["author"], m["text"]) for m in response.get_json()["messages"]]


def converse(patient: WebChatPatient, *turns: tuple[str, Any]) -> None:
    """Check a dialog: each turn is (what the patient says, a check for the single reply)."""
    for text, check in turns:
        replies = patient.say(text)
        assert len(replies) == 1, f"{text!r}: expected one reply, got {replies}"
        check(replies[0], text)


def contains(fragment: str) -> Any:
    """A reply check: the reply contains `fragment`."""

    def check(reply: str, said: str) -> None:
        assert fragment in reply, f"{said!r} -> {reply!r} does not contain {fragment!r}"

    return check
