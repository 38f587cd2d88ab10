"""Benchmark (not a test): signed Twilio webhooks answered from the FAQ under gunicorn, beside bare Flask.

Both apps run under the same gunicorn settings (bot/gunicorn_conf.py: gthread, WEB_CONCURRENCY
processes x WEB_THREADS threads). A load generator in another process drives each one on loopback
for a fixed time: `wrk` (installed from Debian's packages when missing and allowed) with a Lua script
replaying pre-signed requests, each a new message with its own MessageSid from one of many patients;
otherwise a multi-process Python client. Prints requests/s, p50 and p99 latency, and the ratio.
With --floor it also measures a yardstick app that checks the signature, makes one Redis write and
answers TwiML: the most any webhook that stores a message before answering can get on this host.

    .venv/bin/python bench/webhook.py [--seconds 10] [--rounds 3] [--connections 8] [--client wrk|python] [--floor]

Goal (issue #4): at least half the bare-Flask throughput, p99 under 20 ms.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from flask import Flask, Response, request
from redis import Redis
from redis.utils import HIREDIS_AVAILABLE as HIREDIS
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot import localredis

ROOT = Path(__file__).resolve().parent.parent

ACCOUNT_SID = "AC" + "b" * 32
AUTH_TOKEN = "bench-auth-token"  # noqa: S105 - a made-up token for a local run
QUESTIONS = ["what time do you open", "where do I park", "what are your opening hours", "is there parking"]
PATIENTS = 2000
BARE, CARELINE, FLOOR = "bare Flask", "careline /webhooks/twilio", "floor: signature+1 Redis RT"
FORM = {  # the fields Twilio posts for an SMS, as in tests/fixtures/twilio/sms.json
    "ToCountry": "US", "ToState": "CA", "NumMedia": "0", "ToCity": "", "FromZip": "", "FromState": "CA",
    "SmsStatus": "received", "FromCity": "", "FromCountry": "US", "To": "+15550100200", "ToZip": "",
    "NumSegments": "1", "AccountSid": ACCOUNT_SID, "ApiVersion": "2010-04-01",
}  # fmt: skip

WRK_SCRIPT = r"""
local counter = 0
function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end
function init(args)
  local nthreads = tonumber(args[2])
  reqs, n, wrapped = {}, 0, 0
  local i = 0
  for line in io.lines(args[1]) do
    if i % nthreads == id then
      local sig, body = line:match("([^\t]*)\t(.*)")
      local headers = {["Content-Type"] = "application/x-www-form-urlencoded", ["X-Twilio-Signature"] = sig}
      reqs[#reqs + 1] = wrk.format("POST", "/webhooks/twilio", headers, body)
    end
    i = i + 1
  end
end
function request()
  n = n + 1
  if n > #reqs then n, wrapped = 1, 1 end
  return reqs[n]
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(99), e.connect + e.read + e.write + e.status + e.timeout))
end
"""


def bare_app() -> Flask:
    """The baseline: a Flask endpoint that reads the form and answers an empty TwiML response."""
    app = Flask("bare")

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"

    @app.post("/webhooks/twilio")
    def webhook() -> Response:
        _ = request.form.get("Body")
        return Response('<?xml version="1.0" encoding="UTF-8"?><Response />', mimetype="text/xml")

    return app


def floor_app() -> Flask:
    """A yardstick (--floor): the least a durable webhook does. Signature check, one Redis write, TwiML."""
    app = Flask("floor")
    validator = RequestValidator(AUTH_TOKEN)
    redis = Redis.from_url(os.environ["FLOOR_REDIS_URL"], socket_timeout=5)
    public = os.environ["FLOOR_PUBLIC_URL"]

    @app.get("/healthz")
    def healthz() -> str:
        return "ok"

    @app.post("/webhooks/twilio")
    def webhook() -> Response:
        form = request.form
        if not validator.validate(public, form, request.headers.get("X-Twilio-Signature", "")):
            return Response(status=403)
        redis.set(f"floor:{form.get('MessageSid')}", form.get("Body", ""), ex=60, nx=True)
        reply = MessagingResponse()
        reply.message("We are open 8am to 6pm, Monday to Friday.")
        return Response(str(reply), mimetype="text/xml")

    return app


@dataclass(frozen=True)
class Result:
    """One measured run."""

    name: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int

    @property
    def rps(self) -> float:
        """Requests per second."""
        return self.requests / self.seconds


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def signed_requests(url: str, count: int, start: int) -> list[tuple[str, str]]:
    """`count` (signature, body) pairs: new messages, each with its own MessageSid, from many patients."""
    validator = RequestValidator(AUTH_TOKEN)
    out = []
    for i in range(start, start + count):
        sid = f"SM{i:032x}"
        form = {**FORM, "From": f"+1415{i % PATIENTS:07d}", "Body": QUESTIONS[i % len(QUESTIONS)]}
        form.update(MessageSid=sid, SmsSid=sid, SmsMessageSid=sid)
        out.append((validator.compute_signature(url, form), urlencode(form)))
    return out


def ensure_wrk() -> str | None:
    """wrk's path, installing Debian's package when missing (as root, or with sudo); None if unavailable."""
    if found := shutil.which("wrk"):
        return found
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if sudo is None or not shutil.which("apt-get"):
        return None
    print("installing wrk from Debian's packages…", file=sys.stderr)
    install = [*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "wrk"]
    subprocess.run(install, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return shutil.which("wrk")


class Server:
    """gunicorn with the project's settings, serving one app."""

    def __init__(self, app: str, env: dict[str, str], cwd: Path, log: Path) -> None:
        self.port = int(env["PORT"])
        self.next_message = 0  # MessageSids are numbered; every run continues where the last stopped
        args = [sys.executable, "-m", "gunicorn", "-c", "python:bot.gunicorn_conf", app]
        with log.open("ab") as fh:
            self.proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=fh, stderr=subprocess.STDOUT)
        self._wait_ready(log)

    def _wait_ready(self, log: Path) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise SystemExit(f"gunicorn exited:\n{log.read_text()[-2000:]}")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=1)
                conn.request("GET", "/healthz")
                if conn.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise SystemExit(f"gunicorn did not come up:\n{log.read_text()[-2000:]}")

    def stop(self) -> None:
        """Stop gunicorn."""
        self.proc.terminate()
        self.proc.wait(timeout=30)


def _python_client(port: int, lines: list[tuple[str, str]], until: float, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    latencies, errors = [], 0
    for sig, body in lines:
        if time.monotonic() >= until:
            break
        began = time.perf_counter()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": sig}
        conn.request("POST", "/webhooks/twilio", body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        latencies.append(time.perf_counter() - began)
        errors += response.status != 200
    out.put((latencies, errors))


@dataclass
class Driver:
    """The load generator (wrk, or the Python fallback) in its own processes, one server at a time."""

    args: argparse.Namespace
    wrk: str | None
    tmp: Path

    def run(self, name: str, server: Server, seconds: int) -> Result:
        """One run of `seconds` against a server, each request a message it has never seen."""
        url = f"http://127.0.0.1:{server.port}/webhooks/twilio"
        lines = signed_requests(url, int(seconds * self.args.max_rps), server.next_message)
        server.next_message += len(lines)
        if self.wrk:
            return self._wrk(self.wrk, name, url, lines, seconds)
        return self._python(name, server.port, lines, seconds)

    def compare(self, servers: dict[str, Server]) -> dict[str, Result]:
        """Warm both up, then alternate measured rounds (other load on the machine hits both alike)."""
        for name, server in servers.items():
            self.run(name, server, 2)
        rounds: dict[str, list[Result]] = {name: [] for name in servers}
        for i in range(self.args.rounds):
            for name, server in servers.items():
                rounds[name].append(result := self.run(name, server, self.args.seconds))
                print(f"round {i + 1} {name:28} {result.rps:7.0f} req/s p50 {result.p50_ms:6.2f} ms "
                      f"p99 {result.p99_ms:6.2f} ms", file=sys.stderr)  # fmt: skip
        # The round with the median throughput stands for each app.
        return {name: sorted(results, key=lambda r: r.rps)[len(results) // 2] for name, results in rounds.items()}

    def _wrk(self, wrk: str, name: str, url: str, lines: list[tuple[str, str]], seconds: int) -> Result:
        data, script = self.tmp / "requests.tsv", self.tmp / "signed.lua"
        data.write_text("".join(f"{sig}\t{body}\n" for sig, body in lines))
        script.write_text(WRK_SCRIPT)
        threads, connections = self.args.threads, self.args.connections
        cmd = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "-s", str(script)]
        out = subprocess.run([*cmd, url, "--", str(data), str(threads)], capture_output=True, text=True, check=True)
        line = next(x for x in out.stdout.splitlines() if x.startswith("RESULT "))
        requests, micros, p50, p99, errors = (int(v) for v in line.split()[1:])
        if requests > len(lines):
            print(f"warning: {name} replayed requests ({requests} sent, {len(lines)} unique)", file=sys.stderr)
        return Result(name, requests, micros / 1e6, p50 / 1000, p99 / 1000, errors)

    def _python(self, name: str, port: int, lines: list[tuple[str, str]], seconds: int) -> Result:
        """Fallback: one process per connection, each a keep-alive client."""
        queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        share = len(lines) // self.args.connections
        began = time.monotonic()
        chunks = [lines[i * share : (i + 1) * share] for i in range(self.args.connections)]
        procs = [multiprocessing.Process(target=_python_client, args=(port, c, began + seconds, queue)) for c in chunks]
        for p in procs:
            p.start()
        results = [queue.get() for _ in procs]
        elapsed = time.monotonic() - began
        for p in procs:
            p.join()
        latencies = sorted(x for lat, _ in results for x in lat)
        p99 = latencies[int(len(latencies) * 0.99)] if latencies else 0.0
        errors = sum(e for _, e in results)
        return Result(name, len(latencies), elapsed, statistics.median(latencies) * 1000, p99 * 1000, errors)


def base_env(port: int, args: argparse.Namespace) -> dict[str, str]:
    """The gunicorn settings both apps share."""
    return {
        "PATH": os.environ.get("PATH", ""),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(args.workers),
        "WEB_THREADS": str(args.web_threads),
    }


def careline_env(port: int, redis_url: str, var_dir: Path, args: argparse.Namespace) -> dict[str, str]:
    """CareLine with the twilio channel on its own Redis, the way production runs it."""
    return {
        **base_env(port, args),
        "REDIS_URL": redis_url,
        "VAR_DIR": str(var_dir),
        "CHANNELS": "twilio",
        "SECRET_KEY": "bench-secret",
        "LOG_LEVEL": args.log_level,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID,
        "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
        "TWILIO_FROM": "+15550100200",
        "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}",
    }


def report(bare: Result, app: Result, args: argparse.Namespace, client: str, floor: Result | None = None) -> bool:
    """Print the table and whether the goal is met."""
    print(f"\nclient={client} rounds={args.rounds}x{args.seconds}s connections={args.connections} hiredis={HIREDIS} "
          f"gunicorn={args.workers}x{args.web_threads} gthread cpus={os.cpu_count()}")  # fmt: skip
    print(f"{'':28} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for r in (bare, app, *([floor] if floor else [])):
        print(f"{r.name:28} {r.rps:9.0f} {r.p50_ms:8.2f} {r.p99_ms:8.2f} {r.errors:7d}")
    ratio = app.rps / bare.rps
    ok = ratio >= 0.5 and app.p99_ms < 20 and app.errors == 0
    print(f"throughput ratio careline/bare: {ratio:.2f} (goal >= 0.50); careline p99 {app.p99_ms:.1f} ms (goal < 20)")
    if floor:
        print(f"floor/bare: {floor.rps / bare.rps:.2f} (the ceiling for any webhook that stores before it answers)")
    print("GOAL MET" if ok else "GOAL NOT MET")
    return ok


def main() -> int:
    """Run both servers one after the other and compare."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10, help="length of each measured round")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds per app; the median is reported")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "2")))
    parser.add_argument("--web-threads", type=int, default=int(os.environ.get("WEB_THREADS", "32")))
    parser.add_argument("--max-rps", type=float, default=6000, help="sizes the pool of unique signed messages")
    parser.add_argument("--log-level", default="INFO")
    parser.add_argument("--client", choices=["wrk", "python"], default="wrk")
    parser.add_argument("--floor", action="store_true", help="also measure floor_app(), a minimal durable webhook")
    args = parser.parse_args()
    wrk = ensure_wrk() if args.client == "wrk" else None
    with tempfile.TemporaryDirectory(prefix="clb") as raw:
        tmp = Path(raw)
        redis_proc = localredis.start(tmp / "redis", tmp / "redis.sock", persist=False, stdout=subprocess.DEVNULL)
        servers: dict[str, Server] = {}
        try:
            port = free_port()
            servers[BARE] = Server("webhook:bare_app()", base_env(port, args), ROOT / "bench", tmp / "bare.log")
            port = free_port()
            env = careline_env(port, f"unix://{tmp / 'redis.sock'}", tmp / "var", args)
            servers[CARELINE] = Server("bot:create_app()", env, ROOT, tmp / "careline.log")
            if args.floor:
                port = free_port()
                env = {**base_env(port, args), "FLOOR_REDIS_URL": f"unix://{tmp / 'redis.sock'}",
                       "FLOOR_PUBLIC_URL": f"http://127.0.0.1:{port}/webhooks/twilio"}  # fmt: skip
                servers[FLOOR] = Server("webhook:floor_app()", env, ROOT / "bench", tmp / "floor.log")
            results = Driver(args, wrk, tmp).compare(servers)
            stored = sum(1 for _ in Redis(unix_socket_path=str(tmp / "redis.sock")).scan_iter("cl:seen:sms:*"))
            print(f"messages stored by careline: {stored} (each answered request was a new message)", file=sys.stderr)
        finally:
            for server in servers.values():
                server.stop()
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
        client = "wrk" if wrk else "python (multi-process)"
        return 0 if report(results[BARE], results[CARELINE], args, client, results.get(FLOOR)) else 1


if __name__ == "__main__":
    sys.exit(main())
