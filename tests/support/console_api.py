"""A staff member using the JSON API through the app's test client, for dialog-style handoff tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask.testing import FlaskClient

from bot.services import Services
from bot.staff import Role


@dataclass
class Staff:
    """One logged-in (token-holding) staff member."""

    client: FlaskClient
    username: str
    token: str

    @classmethod
    def create(
        cls, client: FlaskClient, services: Services, username: str, role: Role = Role.AGENT, team: str | None = None
    ) -> Staff:
        """Create the account and an API token."""
        services.staff.add(username, "a long enough password", role, team)
        return cls(client, username, services.staff.new_token(username))

    @property
    def headers(self) -> dict[str, str]:
        """The Authorization header."""
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str) -> Any:
        """GET an API path; returns the response."""
        return self.client.get(f"/api{path}", headers=self.headers)

    def post(self, path: str, body: dict[str, Any] | None = None) -> Any:
        """POST to an API path; returns the response."""
        return self.client.post(f"/api{path}", json=body or {}, headers=self.headers)

    def queue(self, query: str = "") -> list[dict[str, Any]]:
        """The queue rows (optionally filtered)."""
        response = self.get(f"/queue{query}")
        assert response.status_code == 200, response.get_json()
        rows: list[dict[str, Any]] = response.get_json()["conversations"]
        return rows

    def act(self, conversation_id: str, action: str, body: dict[str, Any] | None = None, expect: int = 200) -> Any:
        """POST /conversations/<id>/<action>, checking the status code."""
        response = self.post(f"/conversations/{conversation_id}/{action}", body)
        assert response.status_code == expect, (action, response.status_code, response.get_json())
        return response.get_json()
