"""Per-part progress of one outbound message (a long reply is several Twilio messages; "t" is a template).

For each part we keep when its send began, the sid Twilio gave it, and the last status Twilio
reported. A part with a start time but no sid was interrupted or got no answer: Twilio may have it,
so the sender looks before sending it again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from redis import Redis
from redis.exceptions import WatchError

from bot import keys, rtypes
from bot.deliveries import DELIVERY_ORDER, DELIVERY_TERMINAL, moves_forward

TTL = 7 * 86400  # long enough for every retry and late delivery report


class Parts:
    """The progress record of one outbound message's parts."""

    def __init__(self, redis: Redis, message_id: str) -> None:
        self.redis = redis
        self.message_id = message_id
        self.key = keys.twilio_parts(message_id)

    def _set(self, **fields: str) -> None:
        with self.redis.pipeline() as pipe:
            pipe.hset(self.key, mapping=rtypes.fields(fields))
            pipe.expire(self.key, TTL)
            pipe.execute()

    def sid(self, part: str) -> str | None:
        """The Twilio sid of a part that was sent."""
        return rtypes.text(self.redis.hget(self.key, f"sid:{part}"))

    def started(self, part: str) -> datetime | None:
        """When an unfinished send of this part began (wall clock, to compare with Twilio's)."""
        raw = rtypes.text(self.redis.hget(self.key, f"at:{part}"))
        return datetime.fromtimestamp(int(raw) / 1000, UTC) if raw else None

    def begin(self, part: str, count: int | None) -> None:
        """Mark a part's send as started (kept until Twilio answers); `count`: how many parts (None: template)."""
        fields = {f"at:{part}": str(int(datetime.now(UTC).timestamp() * 1000))}
        if count is not None:
            fields["n"] = str(count)
        self._set(**fields)

    def abandon(self, part: str) -> None:
        """Twilio clearly did not take the part (it refused it, or was never reached)."""
        self.redis.hdel(self.key, f"at:{part}")

    def sent(self, part: str, sid: str) -> None:
        """Twilio took the part: remember its sid both ways."""
        with self.redis.pipeline() as pipe:
            pipe.hset(self.key, f"sid:{part}", sid)
            pipe.hdel(self.key, f"at:{part}")
            pipe.expire(self.key, TTL)
            pipe.set(keys.twilio_sid(sid), f"{self.message_id}/{part}", ex=TTL)
            pipe.execute()

    def claimed_elsewhere(self, part: str, sid: str) -> bool:
        """True when a Twilio message is known to be another message's (or part's), not this part's."""
        owner = rtypes.text(self.redis.get(keys.twilio_sid(sid)))
        return owner is not None and owner != f"{self.message_id}/{part}"

    def report(self, part: str, status: str, sid: str) -> str | None:
        """Record Twilio's status for a part (forward only); the message's overall status when it changed."""
        while True:
            with self.redis.pipeline() as pipe:
                try:
                    pipe.watch(self.key)
                    fields = rtypes.text_hash(pipe.hgetall(self.key))
                    if not moves_forward(fields.get(f"st:{part}", "queued"), status):
                        return None
                    fields[f"st:{part}"] = status
                    pipe.multi()
                    pipe.hset(self.key, f"st:{part}", status)
                    if sid:  # a report can be the first to tell us a part's sid
                        pipe.hsetnx(self.key, f"sid:{part}", sid)
                        pipe.set(keys.twilio_sid(sid), f"{self.message_id}/{part}", ex=TTL, nx=True)
                    pipe.expire(self.key, TTL)
                    pipe.execute()
                    return overall(fields) if part != "t" else None
                except WatchError:
                    continue


def overall(fields: dict[str, str]) -> str:
    """A message is as far along as its least advanced part; any failed part fails it."""
    statuses = [fields.get(f"st:{i}", "queued") for i in range(int(fields.get("n", "1")))]
    failed = [s for s in statuses if s in DELIVERY_TERMINAL]
    return failed[0] if failed else min(statuses, key=lambda s: DELIVERY_ORDER.get(s, 0))
