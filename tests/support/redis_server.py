"""A real redis-server for the test session, on a private Unix socket, startable and stoppable."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bot import localredis


class RedisServer:
    """One redis-server process the tests own (no persistence)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.socket = directory / "redis.sock"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The URL the app and workers use."""
        return f"unix://{self.socket}"

    def start(self) -> None:
        """Start (or restart) the server."""
        self.proc = localredis.start(self.directory, self.socket, persist=False)

    def stop(self) -> None:
        """Stop the server and wait for it to exit."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.proc = None
