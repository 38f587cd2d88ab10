"""Lua scripts for a patient message's transaction: one read, one checked commit (two round trips)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from redis import Redis
from redis.commands.core import Script

DUPLICATE = "DUPLICATE"
CHANGED = "CHANGED"
COMMITTED = "COMMITTED"
UNCOUNTED = "UNCOUNTED"  # committed, but a report counter failed: "UNCOUNTED <Redis error>"

# Standalone Redis only (as CareLine is deployed): the conversation key is derived from the address
# key's value inside the script, which Redis Cluster would refuse.
READ = """
-- KEYS: dedupe mark, address -> conversation id. ARGV: conversation key prefix.
if redis.call('EXISTS', KEYS[1]) == 1 then return {1} end
local id = redis.call('GET', KEYS[2])
if not id then return {0} end
return {0, id, redis.call('HGETALL', ARGV[1] .. id)}
"""

COMMIT = """
-- KEYS: dedupe mark, address -> conversation id.
-- ARGV: conversation key prefix, the address's value as read ('' for none), n, the n hash fields and
-- values as read, then the writes: count, and per write its argument count and arguments; then the
-- report's counters in the same form.
if redis.call('EXISTS', KEYS[1]) == 1 then return 'DUPLICATE' end
local id = redis.call('GET', KEYS[2]) or ''
if id ~= ARGV[2] then return 'CHANGED' end
local n = tonumber(ARGV[3])
local i = 4
if id ~= '' then
  local now = redis.call('HGETALL', ARGV[1] .. id)
  if #now ~= n then return 'CHANGED' end
  local was = {}
  for j = i, i + n - 1, 2 do was[ARGV[j]] = ARGV[j + 1] end
  for j = 1, #now, 2 do
    if was[now[j]] ~= now[j + 1] then return 'CHANGED' end
  end
end
i = i + n
local writes = tonumber(ARGV[i])
i = i + 1
local failed = nil
for _ = 1, writes do
  local argc = tonumber(ARGV[i])
  -- Like MULTI/EXEC: a failing write does not stop the others, and the first error is reported.
  local reply = redis.pcall(unpack(ARGV, i + 1, i + argc))
  if type(reply) == 'table' and reply.err and not failed then failed = reply.err end
  i = i + argc + 1
end
if failed then return redis.error_reply(failed) end
-- The report's counters commit with the message (no round trip of their own), but best effort: a counter
-- that cannot be written is reported, and the message stays committed.
local counters = tonumber(ARGV[i]) or 0
i = i + 1
local uncounted = nil
for _ = 1, counters do
  local argc = tonumber(ARGV[i])
  local reply = redis.pcall(unpack(ARGV, i + 1, i + argc))
  if type(reply) == 'table' and reply.err and not uncounted then uncounted = reply.err end
  i = i + argc + 1
end
if uncounted then return 'UNCOUNTED ' .. uncounted end
return 'COMMITTED'
"""


def flatten(commands: Iterable[tuple[Sequence[Any], dict[str, Any]]]) -> list[Any]:
    """A pipeline's buffered commands as COMMIT's arguments: count, then argument count and arguments of each."""
    out: list[Any] = [0]
    for args, _options in commands:
        out.append(len(args))
        out.extend(args)
        out[0] += 1
    return out


class InboundScripts:
    """The two scripts, registered on one client (redis-py loads them again after a Redis restart)."""

    def __init__(self, redis: Redis) -> None:
        self.read: Script = redis.register_script(READ)
        self.commit: Script = redis.register_script(COMMIT)
