"""Fixtures: a real redis-server for the session, flushed around each test; the app built from a dict."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient
from redis import Redis

from bot import create_app
from bot.clock import FakeClock
from bot.services import Services
from bot.staff import Role
from tests.support.chat import WebChatPatient
from tests.support.live import LiveStack
from tests.support.redis_server import RedisServer
from workers import runtime

ALWAYS_OPEN = Path(__file__).parent / "fixtures" / "hours_always_open.yaml"


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A real redis-server for the whole session, on a short private socket path."""
    with tempfile.TemporaryDirectory(prefix="clr") as tmp:
        server = RedisServer(Path(tmp))
        server.start()
        yield server
        server.stop()


@pytest.fixture
def redis(redis_server: RedisServer) -> Iterator[Redis]:
    """A client on the session's Redis, flushed before and after the test."""
    if redis_server.proc is None:  # a test stopped it
        redis_server.start()
    client = Redis.from_url(redis_server.url, decode_responses=True)
    client.flushall()
    yield client
    if redis_server.proc is None:
        redis_server.start()
    client.flushall()
    client.close()


@pytest.fixture
def env(redis: Redis, redis_server: RedisServer, tmp_path: Path) -> dict[str, str]:
    """The settings a test app runs with (override keys in the test before building the app)."""
    return {
        "REDIS_URL": redis_server.url,
        "VAR_DIR": str(tmp_path / "var"),
        "CHANNELS": "webchat",
        "SECRET_KEY": "test-secret-key",
        "LOG_LEVEL": "WARNING",
        "HOURS_PATH": str(ALWAYS_OPEN),
        "PATH": os.environ.get("PATH", ""),
    }


@pytest.fixture
def clock() -> FakeClock:
    """A clock the test moves by hand."""
    return FakeClock()


@pytest.fixture
def app(env: dict[str, str]) -> Flask:
    """The app on the real test Redis (real clock)."""
    return create_app(env)


@pytest.fixture
def services(app: Flask) -> Iterator[Services]:
    """The app's Services; in-process workers use them too."""
    found: Services = app.extensions["careline"]
    runtime.init(found)
    return found


@pytest.fixture
def clocked(env: dict[str, str], clock: FakeClock) -> Flask:
    """The app with a clock the test moves (timers, business hours, windows)."""
    return create_app(env, clock=clock)


@pytest.fixture
def svc(clocked: Flask) -> Services:
    """The clocked app's Services; in-process workers use them too."""
    found: Services = clocked.extensions["careline"]
    runtime.init(found)
    return found


@pytest.fixture
def web(clocked: Flask) -> FlaskClient:
    """Test client of the clocked app."""
    return clocked.test_client()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """Flask's test client for the app."""
    return app.test_client()


@pytest.fixture
def patient(client: FlaskClient) -> WebChatPatient:
    """A new web-chat patient."""
    return WebChatPatient(client)


@pytest.fixture
def staff_token(services: Services) -> str:
    """An API token of an agent called alice."""
    services.staff.add("alice", "correct horse battery", Role.AGENT, "front-desk", "Alice")
    return services.staff.new_token("alice")


@pytest.fixture
def auth(staff_token: str) -> dict[str, Any]:
    """Headers for alice's API calls."""
    return {"Authorization": f"Bearer {staff_token}"}


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveStack]:
    """The app under gunicorn with a real RQ worker and its own redis-server, for a test module."""
    with tempfile.TemporaryDirectory(prefix="cll") as tmp:  # short path: Unix socket length limit
        stack = LiveStack(Path(tmp))
        try:
            yield stack.start()
        finally:
            stack.stop()
