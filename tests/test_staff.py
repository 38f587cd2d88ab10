"""Staff accounts and API authentication: hashed passwords and tokens, disabling, clear 401/404/409/422."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from flask.testing import FlaskClient
from redis import Redis

from bot.services import Services
from bot.staff import Role, StaffError
from tests.support.chat import WebChatPatient
from tests.support.redis_server import RedisServer


def test_passwords_and_tokens_are_stored_hashed(services: Services, redis: Redis) -> None:
    services.staff.add("nina", "a very long password", Role.ADMIN, "nurses")
    token = services.staff.new_token("nina")
    dump = str({k: redis.dump(k) for k in redis.keys("*")})
    assert "a very long password" not in dump
    assert token not in dump
    assert services.staff.authenticate("nina", "a very long password") is not None
    assert services.staff.authenticate("nina", "wrong password!!") is None
    assert services.staff.authenticate("nobody", "a very long password") is None


def test_account_rules(services: Services) -> None:
    with pytest.raises(StaffError, match="at least 10 characters"):
        services.staff.add("short", "tiny")
    with pytest.raises(StaffError, match="username"):
        services.staff.add("Bad Name", "long enough password")
    services.staff.add("omar", "long enough password")
    with pytest.raises(StaffError, match="already taken"):
        services.staff.add("omar", "long enough password")


def test_disabling_revokes_tokens(services: Services, client: FlaskClient, auth: dict[str, Any]) -> None:
    assert client.get("/api/queue", headers=auth).status_code == 200
    services.staff.update("alice", disabled=True)
    assert client.get("/api/queue", headers=auth).status_code == 401


@pytest.mark.parametrize("header", [None, "Bearer nope", "Basic YWxpY2U6cHc=", "Bearer "])
def test_no_or_bad_credentials_get_401(client: FlaskClient, header: str | None) -> None:
    headers = {"Authorization": header} if header else {}
    response = client.get("/api/queue", headers=headers)
    assert response.status_code == 401
    assert "Bearer" in response.get_json()["error"]


def test_api_errors_are_clear_json(
    client: FlaskClient, auth: dict[str, Any], patient: WebChatPatient, services: Services
) -> None:
    assert client.get("/api/conversations/doesnotexist", headers=auth).status_code == 404
    patient.say("talk to a human")
    cid = services.store.queue_ids()[0]
    empty = client.post(f"/api/conversations/{cid}/reply", json={"text": "  "}, headers=auth)
    assert empty.status_code == 422
    assert "'text' must be non-empty text" in empty.get_json()["error"]
    services.staff.add("bob", "long enough password")
    bob = {"Authorization": f"Bearer {services.staff.new_token('bob')}"}
    assert client.post(f"/api/conversations/{cid}/claim", headers=auth).status_code == 200
    taken = client.post(f"/api/conversations/{cid}/claim", headers=bob)
    assert taken.status_code == 409
    assert taken.get_json()["assigned_to"] == "alice"


def test_staff_cli_creates_an_admin_and_a_token(redis_server: RedisServer, redis: Redis, tmp_path: Any) -> None:
    env = {**os.environ, "REDIS_URL": redis_server.url, "VAR_DIR": str(tmp_path)}

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "bot", "staff", *args],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    created = cli(
        "add", "head-nurse", "--role", "admin", "--team", "nurses", "--password-stdin", stdin="correct horse battery\n"
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == "created admin head-nurse (team nurses)"
    token = cli("token", "head-nurse").stdout.strip()
    assert token.startswith("clt_")
    assert "head-nurse" in cli("list").stdout
    duplicate = cli("add", "head-nurse", "--password-stdin", stdin="correct horse battery\n")
    assert duplicate.returncode == 1
    assert "already taken" in duplicate.stderr
