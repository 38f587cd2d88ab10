"""RQ queue names and how jobs are enqueued: by dotted name, with ids only, retried with RQ's Retry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
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
# Seconds one attempt may take before RQ kills it. Kept below the heartbeat TTL (10 s + 60 s grace), so
# a work-horse orphaned by a dead worker is always gone before its job is retried elsewhere: no two
# processes ever deliver the same message at once. Provider clients time out well within this.
DELIVERY_TIMEOUT = 30
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


ALERT = "workers.alerts.send"
ALERT_RETRY_INTERVALS = [10, 30, 60, 120, 300]
WATCHDOG = "workers.watchdog.run"


def enqueue_alert(
    rq_redis: Redis, conversation_id: str, kind: str, stage: int, pipeline: Pipeline | None = None
) -> None:
    """Queue an on-call alert (one job per conversation, kind and stage: never paged twice for one event)."""
    Queue(OUTBOUND, connection=rq_redis).enqueue(
        ALERT,
        conversation_id,
        kind,
        stage,
        job_id=f"alert-{conversation_id}-{kind}-{stage}",
        retry=Retry(max=len(ALERT_RETRY_INTERVALS), interval=ALERT_RETRY_INTERVALS),
        job_timeout=60,
        failure_ttl=FAILED_JOB_TTL,
        pipeline=pipeline,
    )


def schedule_watchdog(rq_redis: Redis, interval_seconds: int, now_ts: float) -> str:
    """Schedule the SLA watchdog for the next time slot; the id comes from the slot, so every worker
    scheduling it at once produces one job, and a job that re-schedules itself cannot fork the chain."""
    slot = int(now_ts // interval_seconds) + 1
    job_id = f"watchdog-{slot}"
    when = datetime.fromtimestamp(slot * interval_seconds, UTC)
    Queue(DEFAULT, connection=rq_redis).enqueue_at(
        when, WATCHDOG, job_id=job_id, job_timeout=max(60, interval_seconds), result_ttl=600, failure_ttl=86400
    )
    return job_id
