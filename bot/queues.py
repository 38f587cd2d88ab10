"""RQ queue names and how jobs are enqueued: by dotted name, with ids only, retried with RQ's Retry."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from redis import Redis
from redis.client import Pipeline
from rq import Queue, Retry

OUTBOUND = "outbound"
DEFAULT = "default"
ALL = (OUTBOUND, DEFAULT)

# Backoff for transient delivery failures (provider 5xx, timeouts): about 1 h in total before a
# message is marked failed and staff see it.
DELIVERY_RETRY_INTERVALS = [5, 15, 60, 180, 600, 1800]
DELIVERY_TIMEOUT = 120  # seconds one attempt may take before RQ kills it
FAILED_JOB_TTL = 7 * 86400
DELIVER = "workers.outbound.deliver"


def delivery_job_id(message_id: str, round_: int = 0) -> str:
    """One job id per outbound message (and per rescheduling round), so enqueuing twice never sends twice."""
    return f"deliver-{message_id}" + (f"-r{round_}" if round_ else "")


def enqueue_delivery(
    rq_redis: Redis,
    message_id: str,
    pipeline: Pipeline | None = None,
    delay: timedelta | None = None,
    round_: int = 0,
) -> None:
    """Queue delivery of one outbound message (inside `pipeline` when given, so it commits atomically).

    `delay` and `round_` reschedule a message a provider asked us to hold back (rate limits): a new
    job, since a running RQ job cannot re-enqueue itself under its own id.
    """
    queue = Queue(OUTBOUND, connection=rq_redis)
    options: dict[str, Any] = {
        "job_id": delivery_job_id(message_id, round_),
        "retry": Retry(max=len(DELIVERY_RETRY_INTERVALS), interval=DELIVERY_RETRY_INTERVALS),
        "job_timeout": DELIVERY_TIMEOUT,
        "failure_ttl": FAILED_JOB_TTL,
        "result_ttl": 86400,
        "pipeline": pipeline,
    }
    if delay is not None:
        queue.enqueue_in(delay, DELIVER, message_id, **options)
    else:
        queue.enqueue(DELIVER, message_id, **options)
