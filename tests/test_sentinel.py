"""REDIS_URL=redis+sentinel://: the app and the worker find the master through a real Sentinel, even after it dies."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from bot import keys
from bot.errors import ConfigError
from bot.redis_conn import SentinelTarget, parse_sentinel
from bot.settings import from_env
from tests.support.chat import WebChatPatient, contains, converse
from tests.support.sentinel import SentinelSet

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sentinels(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SentinelSet]:
    """A master, a replica and a Sentinel for this module."""
    found = SentinelSet(tmp_path_factory.mktemp("sentinel"))
    try:
        found.start()
        yield found
    finally:
        found.stop()


@pytest.fixture
def env(env: dict[str, str], sentinels: SentinelSet) -> dict[str, str]:
    """The usual test settings, with Redis reached through the Sentinel."""
    sentinels.node(sentinels.master()).flushall()
    return {**env, "REDIS_URL": sentinels.url}


def test_a_conversation_goes_on_when_the_master_dies(
    patient: WebChatPatient, client: FlaskClient, auth: dict[str, Any], sentinels: SentinelSet, env: dict[str, str]
) -> None:
    first = sentinels.master()
    converse(patient, ("I want to talk to someone about my bill", contains("staff will reply")))
    (cid,) = [c["id"] for c in client.get("/api/queue", headers=auth).get_json()["conversations"]]
    assert sentinels.node(first).exists(keys.conversation(cid))

    sentinels.kill_master()  # the app's open connections to it break; the Sentinel names the replica instead
    second = sentinels.master()
    assert second != first

    assert patient.say("also it was from March") == []  # stored on the new master; staff own it: the bot is quiet
    reply = client.post(f"/api/conversations/{cid}/reply", json={"text": "Hi, Alice from billing."}, headers=auth)
    assert reply.status_code == 202
    worker = subprocess.run(
        [sys.executable, "-m", "workers", "--burst"],
        cwd=ROOT, env={**os.environ, **env}, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert worker.returncode == 0, worker.stderr.decode()[-2000:]
    assert patient.transcript()[-2:] == [("patient", "also it was from March"), ("staff", "Hi, Alice from billing.")]
    said = [text for _, text in patient.transcript()]
    stored = [fields.get("text") for _, fields in sentinels.node(second).xrange(keys.history(cid))]
    assert [text for text in stored if text in said] == said  # all of it on the new master, in order


def test_sentinel_urls_are_read_and_bad_ones_refused(env: dict[str, str]) -> None:
    assert parse_sentinel("redis+sentinel://:pw@h1:26379,h2:26380/careline/2?sentinel_password=sp") == SentinelTarget(
        (("h1", 26379), ("h2", 26380)), "careline", 2, None, "pw", "sp"
    )
    assert "pw" not in repr(parse_sentinel("redis+sentinel://:pw@h1:26379/careline"))
    for bad, says in [
        ("redis+sentinel://h1/careline", "is not host:port"),
        ("redis+sentinel://h1:26379", "must name the master's service"),
        ("redis+sentinel://h1:26379/careline/zero", "is not a number"),
    ]:
        with pytest.raises(ConfigError, match=says):
            from_env({**env, "REDIS_URL": bad})
