"""Send-rate limits shared by every worker: a GCRA limiter in Redis, checked atomically across keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from redis import Redis

# KEYS: one per limit. ARGV: per key, the emission interval in microseconds. Uses the server's clock
# so workers on several machines agree. All limits pass and are all charged, or none is charged and
# the longest wait (µs) is returned.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = 0
local tats = {}
for i, key in ipairs(KEYS) do
  local interval = tonumber(ARGV[i])
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < now then tat = now end
  tats[i] = tat + interval
  if tat > now and tat - now > wait then wait = tat - now end
end
if wait > 0 then return wait end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, tats[i], 'PX', math.ceil((tats[i] - now) / 1000) + 1000)
end
return 0
"""

# KEYS: limits to hold back. ARGV[1]: microseconds. Pushes each key's next slot to now + that.
_BLOCK = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
for _, key in ipairs(KEYS) do
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < until_ then redis.call('SET', key, until_, 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1000) end
end
return 0
"""

# KEYS: one per limit. ARGV: per key, the emission interval in microseconds. After a send: no next
# slot before now + interval, whatever the send's latency was.
_AFTER_SEND = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
for i, key in ipairs(KEYS) do
  local next_ = now + tonumber(ARGV[i])
  local tat = tonumber(redis.call('GET', key) or '0')
  if tat < next_ then redis.call('SET', key, next_, 'PX', math.ceil(tonumber(ARGV[i]) / 1000) + 1000) end
end
return 0
"""


@dataclass(frozen=True)
class Limit:
    """At most `per_second` sends for one Redis key (a recipient, or a whole channel)."""

    key: str
    per_second: float


def acquire(redis: Redis, limits: list[Limit]) -> float:
    """Take a send slot under every limit, or return the seconds to wait before trying again."""
    if not limits:
        return 0.0
    waited = redis.eval(_ACQUIRE, len(limits), *[lim.key for lim in limits], *_intervals(limits))
    return cast(int, waited) / 1_000_000


def after_send(redis: Redis, limits: list[Limit]) -> None:
    """Count the next interval from now, when a send attempt has ended.

    Providers measure when requests arrive, and a slot is taken before the request goes out: a slow
    first request (a fresh worker process, a new connection) followed by a fast one would otherwise
    reach the provider closer together than the limit allows.
    """
    if limits:
        redis.eval(_AFTER_SEND, len(limits), *[lim.key for lim in limits], *_intervals(limits))


def _intervals(limits: list[Limit]) -> list[str]:
    return [str(int(1_000_000 / lim.per_second)) for lim in limits]


def hold(redis: Redis, limits: list[Limit], seconds: float) -> None:
    """Let nothing through these limits for `seconds` (the provider asked us to back off)."""
    if limits and seconds > 0:
        redis.eval(_BLOCK, len(limits), *[lim.key for lim in limits], str(int(seconds * 1_000_000)))
