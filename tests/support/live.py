"""The app as it runs in production, for end-to-end tests: its own redis-server, gunicorn and an RQ worker."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from redis import Redis
from rq import Worker

from bot.services import Services, build
from bot.settings import from_env
from tests.support.procs import descendants
from tests.support.redis_server import RedisServer

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port nothing listens on right now (on 127.0.0.1)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LiveStack:
    """Processes started like the Procfile starts them, with logs kept under `directory`."""

    def __init__(self, directory: Path, **env: str) -> None:
        self.directory = directory
        self.redis = RedisServer(directory)
        self.port = free_port()
        self.extra_env = env
        self.web: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []

    @property
    def base_url(self) -> str:
        """Where gunicorn listens."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def env(self) -> dict[str, str]:
        """The environment every process of the stack gets."""
        return {
            "PATH": os.environ.get("PATH", ""),
            "PYTHONPATH": str(REPO),  # channel plugins kept under tests/ (e.g. tests.support.slow_channel)
            "REDIS_URL": self.redis.url,
            "VAR_DIR": str(self.directory / "var"),
            "CHANNELS": "webchat",
            "SECRET_KEY": "live-test-secret",
            "LOG_LEVEL": "INFO",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "1",
            "WEB_THREADS": "16",
            "GRACEFUL_TIMEOUT": "2",
            "WORKER_MAINTENANCE_INTERVAL": "5",
            "WORKER_JOB_MONITORING_INTERVAL": "2",
            "WORKER_TTL": "10",
            "WORKER_HEARTBEAT_GRACE": "5",
            "HOURS_PATH": str(Path(__file__).parent.parent / "fixtures" / "hours_always_open.yaml"),
            **self.extra_env,
        }

    def services(self) -> Services:
        """In-process Services on the stack's Redis, for arranging and checking state."""
        return build(from_env(self.env))

    def _spawn(self, name: str, args: list[str]) -> subprocess.Popen[bytes]:
        with (self.directory / f"{name}.log").open("ab") as log:  # the child keeps its own copy of the fd
            return subprocess.Popen(args, env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=self.directory)

    def start(self) -> LiveStack:
        """Start Redis, a worker and the web app; wait until /healthz answers."""
        self.directory.mkdir(parents=True, exist_ok=True)
        self.redis.start()
        self.start_worker()
        self.web = self._spawn(
            "web", [sys.executable, "-m", "gunicorn", "-c", "python:bot.gunicorn_conf", "bot:create_app()"]
        )
        self.wait_healthy()
        self.wait_workers()
        return self

    def start_worker(self) -> subprocess.Popen[bytes]:
        """Start one more RQ worker process."""
        worker = self._spawn(f"worker{len(self.workers)}", [sys.executable, "-m", "workers"])
        self.workers.append(worker)
        return worker

    def kill_worker(self, worker: subprocess.Popen[bytes]) -> None:
        """SIGKILL a worker and every process it forked (RQ's work-horse has its own group), as when a
        machine dies mid-job."""
        for pid in [worker.pid, *descendants(worker.pid)]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        worker.wait(timeout=10)

    def wait_healthy(self, timeout: float = 90.0) -> None:
        """Block until the web app answers /healthz with 200."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.web is not None and self.web.poll() is not None:
                raise RuntimeError(f"gunicorn exited: {self.log('web')}")
            try:
                if httpx.get(f"{self.base_url}/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"app not healthy in {timeout}s: {self.log('web')}")

    def wait_workers(self, timeout: float = 60.0) -> None:
        """Block until every worker started has registered with Redis, so a test's first job is not timed against
        a worker still loading the FAQ (on a busy machine that takes longer than a test waits for a delivery)."""
        alive = sum(w.poll() is None for w in self.workers)
        deadline = time.monotonic() + timeout
        with Redis.from_url(self.redis.url) as redis:
            while time.monotonic() < deadline:
                if Worker.count(connection=redis) >= alive:
                    return
                time.sleep(0.1)
        raise RuntimeError(f"{alive} RQ worker(s) not registered in {timeout}s: {self.log('worker0')}")

    def log(self, name: str) -> str:
        """The tail of a process's log, for failure messages."""
        path = self.directory / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        """Stop every process the stack started."""
        procs = [p for p in [self.web, *self.workers] if p is not None]
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self.redis.stop()
