"""Redis clients for one process: a text client for CareLine's data and a bytes client for RQ."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import parse_qs, unquote, urlparse

from redis import Redis
from redis.sentinel import Sentinel

SOCKET_TIMEOUT = 5.0
CONNECT_TIMEOUT = 2.0
# Blocking reads (live streams) wait up to this long server-side; the socket must outlast it.
BLOCK_MS = 15_000
SENTINEL_SCHEME = "redis+sentinel"


@dataclass(frozen=True)
class RedisClients:
    """The three clients a process needs, all on the same Redis."""

    data: Redis
    rq: Redis
    blocking: Redis


@dataclass(frozen=True)
class SentinelTarget:
    """Where a redis+sentinel:// URL points: the Sentinels to ask, and which master of theirs."""

    sentinels: tuple[tuple[str, int], ...]
    service: str
    db: int = 0
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    sentinel_password: str | None = field(default=None, repr=False)


def parse_sentinel(url: str) -> SentinelTarget:
    """Read redis+sentinel://[[user]:password@]host:port[,host:port…]/service[/db][?sentinel_password=…].

    Raises ValueError saying what is wrong (the settings turn it into a configuration error).
    """
    parts = urlparse(url)
    if parts.scheme != SENTINEL_SCHEME:
        raise ValueError(f"not a {SENTINEL_SCHEME}:// URL")
    userinfo, _, hosts = parts.netloc.rpartition("@")
    sentinels = tuple(_host_port(h) for h in hosts.split(",") if h)
    if not sentinels:
        raise ValueError("no Sentinel host:port given")
    path = [p for p in parts.path.split("/") if p]
    if not path or len(path) > 2:
        raise ValueError("the path must name the master's service, and optionally a database: /mymaster/0")
    if len(path) == 2 and not path[1].isdigit():
        raise ValueError(f"database {path[1]!r} is not a number")
    username, _, password = userinfo.partition(":") if userinfo else ("", "", "")
    query = parse_qs(parts.query)
    return SentinelTarget(
        sentinels=sentinels,
        service=unquote(path[0]),
        db=int(path[1]) if len(path) == 2 else 0,
        username=unquote(username) or None,
        password=unquote(password) or None,
        sentinel_password=query["sentinel_password"][0] if "sentinel_password" in query else None,
    )


def connect(url: str) -> RedisClients:
    """Build clients from a redis://, rediss://, unix:// or redis+sentinel:// URL (nothing connects until first use)."""
    common: dict[str, Any] = {"socket_connect_timeout": CONNECT_TIMEOUT, "health_check_interval": 30}
    if url.startswith(f"{SENTINEL_SCHEME}://"):
        return _via_sentinel(parse_sentinel(url), common)
    return RedisClients(
        data=Redis.from_url(url, decode_responses=True, socket_timeout=SOCKET_TIMEOUT, **common),
        rq=Redis.from_url(url, socket_timeout=SOCKET_TIMEOUT, **common),
        blocking=Redis.from_url(url, decode_responses=True, socket_timeout=BLOCK_MS / 1000 + 10, **common),
    )


def _via_sentinel(target: SentinelTarget, common: dict[str, Any]) -> RedisClients:
    # Each client asks the Sentinels for the current master when it connects, and reconnects there after a
    # failover (redis-py drops a connection whose server has become a replica), so writes follow the master.
    sentinel = Sentinel(
        list(target.sentinels),
        sentinel_kwargs={
            "socket_connect_timeout": CONNECT_TIMEOUT,
            "socket_timeout": SOCKET_TIMEOUT,
            "password": target.sentinel_password,
        },
    )
    auth = {"db": target.db, "username": target.username, "password": target.password, **common}

    def master(**kwargs: Any) -> Redis:
        return cast(Redis, sentinel.master_for(target.service, **auth, **kwargs))

    return RedisClients(
        data=master(decode_responses=True, socket_timeout=SOCKET_TIMEOUT),
        rq=master(socket_timeout=SOCKET_TIMEOUT),
        blocking=master(decode_responses=True, socket_timeout=BLOCK_MS / 1000 + 10),
    )


def _host_port(raw: str) -> tuple[str, int]:
    host, _, port = raw.rpartition(":")
    if not host or not port.isdigit():
        raise ValueError(f"{raw!r} is not host:port")
    return host.strip("[]"), int(port)
