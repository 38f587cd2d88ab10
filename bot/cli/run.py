"""`run`: start everything for local use (private Redis, worker, web) and stop it all on Ctrl-C."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from types import FrameType

from redis.exceptions import RedisError

from bot import localredis, logs
from bot.cli.common import settings as load_settings
from bot.services import Services, build
from bot.settings import Settings
from bot.staff import Role

DEMO_USER = "demo"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `run` command."""
    p = sub.add_parser("run", help="run the web app, a worker and (without REDIS_URL) a private Redis")
    p.set_defaults(handler=run)


def _die_with_parent(signum: int = signal.SIGTERM) -> None:
    # Linux PR_SET_PDEATHSIG: the kernel sends `signum` when our parent exits. Children of the launcher
    # get SIGTERM if it is killed outright; the launcher itself gets SIGINT (an orderly stop) when
    # whatever started it (make, a supervisor) goes away without passing the signal on.
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signum)


def _spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    # Own session: Ctrl-C reaches only the launcher, which then stops children in order.
    return subprocess.Popen(args, env=env, start_new_session=True, preexec_fn=_die_with_parent)  # noqa: PLW1509


def _port_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _demo_login(services: Services, var_dir: Path) -> tuple[str, str]:
    """Create the demo admin on first start; later starts show the same login."""
    path = var_dir / "demo-login.txt"
    if path.is_file() and services.staff.get(DEMO_USER):
        user, password = path.read_text().split("\n")[:2]
        return user, password
    password = secrets.token_urlsafe(12)
    if services.staff.get(DEMO_USER):
        services.staff.set_password(DEMO_USER, password)
    else:
        services.staff.add(DEMO_USER, password, Role.ADMIN, "front-desk", "Demo Admin")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(f"{DEMO_USER}\n{password}\n")
    return DEMO_USER, password


def _stop(procs: list[tuple[str, subprocess.Popen[bytes]]]) -> None:
    """Stop web and worker first, Redis last (so it can save), escalating to SIGKILL if needed."""
    for name, proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT if name == "web" else signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop in time; killing it", file=sys.stderr)
            proc.kill()
            proc.wait()


def run(args: argparse.Namespace) -> int:
    """Start everything, print where to go, and supervise until Ctrl-C or a child dies."""
    cfg = load_settings()
    logs.configure(cfg.log_level)
    build(cfg)  # validates the FAQ and the enabled channels before anything starts (the rules load in the web app)
    host, port = os.environ.get("HOST", "127.0.0.1"), int(os.environ.get("PORT", "5000"))
    if not _port_free(host, port):
        print(f"error: port {port} on {host} is in use. Stop what uses it, or set PORT=5001.", file=sys.stderr)
        return 2
    procs: list[tuple[str, subprocess.Popen[bytes]]] = []
    env = dict(os.environ, REDIS_URL=cfg.redis_url, HOST=host, PORT=str(port), VAR_DIR=str(cfg.var_dir))
    stopping = False

    def on_signal(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    parent = os.getppid()
    _die_with_parent(signal.SIGINT)
    try:
        if cfg.redis_is_local:
            redis_proc = localredis.start(
                cfg.var_dir, cfg.local_redis_socket, preexec_fn=_die_with_parent, start_new_session=True
            )
            procs.append(("redis", redis_proc))
        services = build(cfg)
        services.store.ping()
        user, password = _demo_login(services, cfg.var_dir)
        procs.insert(0, ("worker", _spawn([sys.executable, "-m", "workers"], env)))
        gunicorn = [sys.executable, "-m", "gunicorn", "-c", "python:bot.gunicorn_conf", "bot:create_app()"]
        procs.insert(0, ("web", _spawn(gunicorn, env)))
        if not _wait_healthy(host, port, procs):
            return 1
        _banner(cfg, host, port, user, password)
        while not stopping and os.getppid() == parent:
            for name, proc in procs:
                if proc.poll() is not None:
                    print(f"error: {name} exited with code {proc.returncode}; stopping.", file=sys.stderr)
                    return 1
            time.sleep(0.3)
        print("\nStopping CareLine…")
        return 0
    except RedisError as exc:
        print(f"error: cannot reach Redis ({type(exc).__name__}). Check REDIS_URL.", file=sys.stderr)
        return 2
    finally:
        _stop(procs)


def _wait_healthy(host: str, port: int, procs: list[tuple[str, subprocess.Popen[bytes]]]) -> bool:
    """Wait for /healthz, so the banner comes after the start-up logs; False if a child died first."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        for name, proc in procs:
            if proc.poll() is not None:
                print(f"error: {name} exited with code {proc.returncode} during start-up.", file=sys.stderr)
                return False
        try:
            with urllib.request.urlopen(f"http://{host}:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.2)
    print("error: the web app did not answer /healthz within 60 s.", file=sys.stderr)
    return False


def _python() -> str:
    """How to run this project's Python from the working directory (the venv's, when there is one)."""
    exe = Path(sys.executable)
    try:
        return str(exe.relative_to(Path.cwd()))
    except ValueError:
        return "python"


def _banner(cfg: Settings, host: str, port: int, user: str, password: str) -> None:
    base = f"http://{host}:{port}"
    redis_where = f"embedded, data in {cfg.var_dir}" if cfg.redis_is_local else "REDIS_URL"
    print(
        f"\nCareLine is running ({redis_where}).\n"
        f"  Patient web chat:  {base}/chat\n"
        f"  Staff console:     {base}/console\n"
        f"  Health check:      {base}/healthz\n"
        f"  Staff API:         {base}/api/queue  (Authorization: Bearer <token>)\n"
        f"  Demo staff login:  {user} / {password}\n"
        f"  API token:         {_python()} -m bot staff token {user}\n"
        f"  Waiting patients:  {_python()} -m bot queue\n"
        f"Press Ctrl-C to stop everything.\n",
        flush=True,
    )
