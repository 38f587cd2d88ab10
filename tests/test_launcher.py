"""`make run` (python -m bot run): starts everything, Ctrl-C stops everything, data survives a restart."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.live import free_port
from tests.support.procs import alive, descendants

pytestmark = pytest.mark.e2e


class Launcher:
    """`python -m bot run` in a scratch directory, as a user would start it."""

    def __init__(self, directory: Path, port: int) -> None:
        self.directory, self.port = directory, port
        self.proc: subprocess.Popen[str] | None = None
        self.output = ""

    def start(self) -> Launcher:
        env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "VAR_DIR")}
        # (one web process: what is tested is the launcher's start and stop, and each process loads the brain)
        env.update(PORT=str(self.port), LOG_LEVEL="WARNING", WEB_CONCURRENCY="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=self.directory,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            assert self.proc.poll() is None, self.proc.stdout.read() if self.proc.stdout else ""
            time.sleep(0.2)
        raise AssertionError("make run did not become healthy")

    def ctrl_c(self) -> int:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGINT)
        out, _ = self.proc.communicate(timeout=60)
        self.output += out
        return self.proc.returncode


@pytest.fixture
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="clrun") as tmp:  # short: the Redis socket lives below it
        yield Path(tmp)


def test_run_starts_everything_and_ctrl_c_leaves_nothing_behind(workdir: Path) -> None:
    port = free_port()
    launcher = Launcher(workdir, port).start()
    assert launcher.proc is not None
    children = descendants(launcher.proc.pid)
    assert len(children) >= 3  # redis-server, worker, gunicorn (+ its workers)

    session = secrets.token_urlsafe(24)
    reply = httpx.post(
        f"http://127.0.0.1:{port}/chat/api/messages",
        json={"text": "I need to talk to someone", "client_id": "a1b2c3d4"},
        headers={"X-Chat-Session": session},
        timeout=10,
    ).json()
    assert "staff will reply" in reply["replies"][0]["text"]

    assert launcher.ctrl_c() == 0
    assert "Patient web chat:  http://127.0.0.1" in launcher.output
    assert "Demo staff login:  demo / " in launcher.output
    time.sleep(0.5)
    assert [pid for pid in children if alive(pid)] == []
    assert not (workdir / "var" / "redis.sock").exists() or not _answers(workdir / "var" / "redis.sock")

    # The second start keeps the first one's data (the waiting conversation, the demo login).
    second = Launcher(workdir, port).start()
    queue = subprocess.run(
        [sys.executable, "-m", "bot", "queue", "--json"],
        check=False,
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=30,
        env={k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "VAR_DIR")},
    )
    assert queue.returncode == 0, queue.stderr
    assert '"reason": "asked_for_person"' in queue.stdout
    password = launcher.output.split("Demo staff login:  demo / ")[1].split()[0]
    assert second.ctrl_c() == 0
    assert f"demo / {password}" in second.output


def _answers(sock: Path) -> bool:
    with socket.socket(socket.AF_UNIX) as s:
        try:
            s.connect(str(sock))
        except OSError:
            return False
    return True


def test_run_refuses_a_busy_port_clearly(workdir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "VAR_DIR")}
        result = subprocess.run(
            [sys.executable, "-m", "bot", "run"],
            check=False,
            cwd=workdir,
            env={**env, "PORT": str(port)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode == 2
    assert f"port {port} on 127.0.0.1 is in use" in result.stderr


def test_queue_without_a_running_app_says_what_to_do(workdir: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "VAR_DIR")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "queue"],
        check=False,
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "Start the app with `make run` first" in result.stderr


def test_run_stops_everything_when_what_started_it_goes_away(workdir: Path) -> None:
    """A supervisor (or `timeout`) that stops `make run` signals make only: the launcher must follow."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "VAR_DIR")}
    env.update(PORT=str(port), LOG_LEVEL="WARNING", VAR_DIR=str(workdir / "var"), WEB_CONCURRENCY="1")
    make = subprocess.Popen(
        ["make", "-s", "-C", str(Path(__file__).resolve().parents[1]), "run"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    tree: list[int] = []
    try:
        deadline = time.monotonic() + 120  # (make run compiles the brain first when its build is stale)
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        tree = descendants(make.pid)
        assert len(tree) >= 4  # launcher, redis-server, worker, gunicorn…
        make.terminate()  # SIGTERM to make alone, not to its process group
        make.wait(timeout=30)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(alive(pid) for pid in tree):
            time.sleep(0.2)
        assert [pid for pid in tree if alive(pid)] == []
    finally:  # a failed check must not leave a whole `make run` running for the rest of the suite
        for pid in [make.pid, *descendants(make.pid), *tree]:
            if alive(pid):
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
