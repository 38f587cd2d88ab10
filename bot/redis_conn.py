"""Redis clients for one process: a text client for CareLine's data and a bytes client for RQ."""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

SOCKET_TIMEOUT = 5.0
CONNECT_TIMEOUT = 2.0
# Blocking reads (live streams) wait up to this long server-side; the socket must outlast it.
BLOCK_MS = 15_000


@dataclass(frozen=True)
class RedisClients:
    """The three clients a process needs, all on the same Redis."""

    data: Redis
    rq: Redis
    blocking: Redis


def connect(url: str) -> RedisClients:
    """Build clients from a redis://, rediss:// or unix:// URL (nothing connects until first use)."""
    common = {"socket_connect_timeout": CONNECT_TIMEOUT, "health_check_interval": 30}
    return RedisClients(
        data=Redis.from_url(url, decode_responses=True, socket_timeout=SOCKET_TIMEOUT, **common),
        rq=Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT, **common),
        blocking=Redis.from_url(url, decode_responses=True, socket_timeout=BLOCK_MS / 1000 + 10, **common),
    )
