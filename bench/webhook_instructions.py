"""Instructions per Twilio webhook, counted by callgrind beside bare Flask's: issue #4's ratio without the noise.

Not a test. `bench/webhook.py` measures requests/s under gunicorn, and on a shared machine its figures move 20-50%
between runs; this counts what the web process itself executes per signed webhook (Flask, the signature check,
parsing, the brain, the Redis client, the log line, TwiML), the same from run to run for the same code, so it shows
what a change to the request path costs. It leaves out what both apps share under gunicorn (the HTTP server, the
socket) and what runs elsewhere (the Redis server's work for the two Lua scripts), so its ratio is not the throughput
ratio; it is the part of it CareLine's own code decides.

Each app runs in its own process under `valgrind --tool=callgrind --instr-atstart=no`, called through WSGI with
prepared requests: warmed on two passes (patients' first messages, then a second message each, with the same
numbers: conversations exist, as they mostly do), then counted on one more pass of new messages from the same
patients. CareLine uses a private Redis and the log level of production (INFO).

    .venv/bin/python bench/webhook_instructions.py [--messages 300]

To compare two checkouts, run it in each with `PYTHONPATH=$PWD` (the venv's editable install points at one of them).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from werkzeug.test import EnvironBuilder

sys.path.insert(0, str(Path(__file__).resolve().parent))
import webhook
from instructions import counted, wait_for_parent

from bot import localredis

APPS = ("bare", "careline")
LABELS = {"bare": "bare Flask endpoint", "careline": "careline /webhooks/twilio (answered from the FAQ)"}
PORT = 5999  # only in the signed URL: nothing listens


def environs(count: int, start: int) -> list[dict[str, Any]]:
    """WSGI environs of `count` signed webhooks, new messages from patients `start % 2000` onwards."""
    url = f"http://127.0.0.1:{PORT}"
    out = []
    for signature, form in webhook.signed_requests(url + "/webhooks/twilio", count, start):
        builder = EnvironBuilder(
            path="/webhooks/twilio", method="POST", base_url=url, data=form.encode(),
            content_type="application/x-www-form-urlencoded", headers=[("X-Twilio-Signature", signature)],
        )  # fmt: skip
        out.append(builder.get_environ())
    return out


def serve(app: Callable[..., Iterable[bytes]], requests: list[dict[str, Any]]) -> None:
    """Call the app on each request; every answer must be 200."""

    def start_response(status: str, headers: object, exc_info: object = None) -> None:
        if not status.startswith("200"):
            raise RuntimeError(f"webhook answered {status}")

    for environ in requests:  # (each environ is served once: its input stream is read once)
        b"".join(app(environ, start_response))


def body(which: str, messages: int, redis_sock: str, var_dir: str) -> None:
    """The measured process: build the app, warm it, then one counted pass between "ready" and "done"."""
    if which == "bare":
        app: Callable[..., Iterable[bytes]] = webhook.bare_app()
    else:
        args = argparse.Namespace(workers=1, web_threads=1, log_level="INFO")
        os.environ.update(webhook.careline_env(PORT, f"unix://{redis_sock}", Path(var_dir), args))
        from bot import create_app

        app = create_app()
    # Starts that are multiples of the patient count: every pass writes from the same numbers.
    patients = webhook.PATIENTS
    serve(app, environs(messages, 0))
    serve(app, environs(messages, patients * 1000))
    counted_pass = environs(messages, patients * 2000)
    print("ready", flush=True)
    wait_for_parent()
    serve(app, counted_pass)
    print("done", flush=True)
    wait_for_parent()


def main(argv: list[str] | None = None) -> int:
    """Print instructions per webhook for bare Flask and CareLine, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=300, help="webhooks per pass (default 300)")
    parser.add_argument("--body", choices=APPS, help=argparse.SUPPRESS)
    parser.add_argument("--redis", help=argparse.SUPPRESS)
    parser.add_argument("--var", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.body:
        body(args.body, args.messages, args.redis, args.var)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (Debian: apt-get install -y valgrind)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="careline-cgw") as tmp:
        sock = Path(tmp) / "redis.sock"
        redis = localredis.start(Path(tmp), sock, persist=False)
        try:
            localredis.wait_ready(sock, redis)
            figures = {
                which: counted(
                    which,
                    [__file__, "--body", which, "--messages", str(args.messages), "--redis", str(sock), "--var",
                     str(Path(tmp) / "var")],
                    Path(tmp),
                ) / args.messages
                for which in APPS
            }  # fmt: skip
        finally:
            redis.terminate()
            redis.wait()
    print(f"INSTRUCTIONS (callgrind, per signed webhook, web process only, {args.messages} returning patients)")
    print(f"{'what':<52}{'instructions':>14}{'vs bare':>9}")
    for which, per in figures.items():
        print(f"{LABELS[which]:<52}{per:>14,.0f}{per / figures['bare']:>9.2f}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
