"""`python -m workers`: an RQ worker (with the scheduler) for CareLine's queues."""

from __future__ import annotations

import argparse
import os
import sys

from rq import Worker
from rq.job import Job

from bot import queues
from bot.errors import ConfigError
from faq import FaqError
from workers import runtime, watchdog


def _int_env(name: str, default: int) -> int:
    raw = os.environ.get(name) or str(default)
    if not raw.isdigit() or int(raw) < 1:
        raise ConfigError(name, f"{raw!r} must be a whole number of seconds.")
    return int(raw)


class CareLineWorker(Worker):
    """RQ's worker with a configurable heartbeat grace, so a dead worker's job is recovered sooner."""

    heartbeat_grace = 60

    def get_heartbeat_ttl(self, job: Job, working_time: float = 0.0) -> int:
        """RQ adds a fixed 60 s of grace to each job heartbeat; ours comes from WORKER_HEARTBEAT_GRACE."""
        return super().get_heartbeat_ttl(job, working_time) - 60 + self.heartbeat_grace


def main(argv: list[str] | None = None) -> int:
    """Start a worker; exits 2 with a clear message when settings are wrong."""
    parser = argparse.ArgumentParser(prog="python -m workers", description=__doc__)
    parser.add_argument("--burst", action="store_true", help="process what is queued, then exit")
    args = parser.parse_args(argv)
    try:
        services = runtime.init()
        CareLineWorker.heartbeat_grace = _int_env("WORKER_HEARTBEAT_GRACE", 60)
        worker = CareLineWorker(
            list(queues.ALL),
            connection=services.redis.rq,
            # Short intervals so a job whose worker died is found and retried within ~2 minutes
            # (heartbeat 10 s + grace 60 s + maintenance every 30 s; RQ's defaults take 10+ minutes).
            maintenance_interval=_int_env("WORKER_MAINTENANCE_INTERVAL", 30),
            job_monitoring_interval=_int_env("WORKER_JOB_MONITORING_INTERVAL", 10),
            worker_ttl=_int_env("WORKER_TTL", 60),
        )
    except (ConfigError, FaqError) as exc:
        print(f"CareLine worker cannot start: {exc}", file=sys.stderr)
        return 2
    watchdog.ensure_scheduled(services)
    worker.work(with_scheduler=True, burst=args.burst, logging_level=services.settings.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
