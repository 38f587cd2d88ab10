"""Server-sent events from a Redis stream: bounded requests the browser reconnects from its last id."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator

from flask import Response, abort, request
from redis import Redis
from redis.exceptions import RedisError

from bot import rtypes
from bot.redis_conn import BLOCK_MS

STREAM_SECONDS = 25  # one request lasts this long (under proxies' idle timeouts), then the client reconnects
STREAM_ID = re.compile(r"^\d+(-\d+)?$")


def after_param() -> str:
    """The `after` query parameter: the last stream id the client has (default: from the start)."""
    after = request.args.get("after", "0")
    if not STREAM_ID.match(after):
        abort(422, description="'after' must be a stream id.")
    return after


def follow(
    blocking: Redis, key: Callable[[], str | None], after: str, render: Callable[[str, dict[str, str]], str]
) -> Iterator[str]:
    """Yield rendered events after `after` for STREAM_SECONDS; `key` may be None until the stream exists."""
    deadline = time.monotonic() + STREAM_SECONDS
    last = after
    yield ": open\n\n"
    try:
        while (remaining := deadline - time.monotonic()) > 0:
            name = key()
            if name is None:
                time.sleep(min(1.0, remaining))
                yield ": waiting\n\n"
                continue
            wait_ms = int(min(remaining, BLOCK_MS / 1000) * 1000) or 1
            for _key, rows in rtypes.xread_rows(blocking.xread({name: last}, count=100, block=wait_ms)):
                for eid, fields in rows:
                    last = eid
                    yield render(eid, fields)
            yield ": keepalive\n\n"
    except RedisError:
        yield "event: unavailable\ndata: {}\n\n"


def response(events: Iterator[str]) -> Response:
    """A streaming text/event-stream response that proxies will not buffer."""
    headers = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    return Response(events, mimetype="text/event-stream", headers=headers)
