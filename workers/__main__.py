"""`python -m workers`: an RQ worker (with the scheduler) for CareLine's queues."""

from __future__ import annotations

import argparse
import os
import sys

from rq import Worker

from bot import queues
from bot.errors import ConfigError
from faq import FaqError
from workers import runtime


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name) or str(default)
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(name, f"{raw!r} must be a whole number of seconds.")
    return int(raw)


def main(argv: list[str] | None = None) -> int:
    """Start a worker; exits 2 with a clear message when settings are wrong."""
    parser = argparse.ArgumentParser(prog="python -m workers", description=__doc__)
    parser.add_argument("--burst", action="store_true", help="process what is queued, then exit")
    args = parser.parse_args(argv)
    try:
        services = runtime.init()
        worker = Worker(
            list(queues.ALL),
            connection=services.redis.rq,
            # Short intervals so a job whose worker died is found and retried within ~2 minutes
            # (RQ's defaults take 10+), at the cost of a few more Redis calls per minute.
            maintenance_interval=_int_env("WORKER_MAINTENANCE_INTERVAL", 30),
            job_monitoring_interval=_int_env("WORKER_JOB_MONITORING_INTERVAL", 10),
            worker_ttl=_int_env("WORKER_TTL", 60),
        )
    except (ConfigError, FaqError) as exc:
        print(f"CareLine worker cannot start: {exc}", file=sys.stderr)
        return 2
    worker.work(with_scheduler=True, burst=args.burst, logging_level=services.settings.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
