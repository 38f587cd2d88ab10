"""The conversation store: conversations, history, outbound messages and the queue index in Redis."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import datetime
from typing import TypeVar, cast

from redis import Redis
from redis.client import Pipeline
from redis.exceptions import WatchError

from bot import keys, queues, rtypes, scripts
from bot.clock import Clock, to_ms
from bot.conversation import Conversation, HistoryEntry, Kind
from bot.deliveries import DeliveryRecords
from bot.errors import NotFound
from bot.messages import Author, InboundMessage
from bot.stats import Stats, Tally
from routing.states import Priority, State

T = TypeVar("T")

DEDUPE_TTL = 72 * 3600  # Telegram keeps updates 24 h, Twilio retries for less; 72 h is a safe margin.
EVENTS_MAXLEN = 10_000
HISTORY_PAGE = 1000
PRIORITY_SPAN = 10**13


def queue_score(priority: Priority, since: datetime) -> float:
    """Queue order: priority first (urgent lowest), then oldest first."""
    return float(int(priority) * PRIORITY_SPAN + to_ms(since))


class Duplicate(Exception):
    """The provider message id was processed before."""


class Writer:
    """Queues the writes of one atomic change (a Redis MULTI); nothing is applied until it commits."""

    def __init__(self, store: Store, pipe: Pipeline) -> None:
        self.store = store
        self.pipe = pipe
        self.now = store.clock.now()
        self._written: dict[str, set[str]] = {}
        self.tally: Tally | None = None

    def count(self, tally: Tally) -> None:
        """Add a patient's message to the report's counters, written by `mutate_inbound`'s commit (best effort)."""
        self.tally = tally

    def save(self, conv: Conversation) -> None:
        """Write the whole conversation record and refresh the expiry of everything it owns."""
        fields = conv.to_hash()
        self.pipe.hset(keys.conversation(conv.id), mapping=rtypes.fields(fields))
        # Clear only fields that are in the stored hash (loaded, or written earlier in this change).
        written = self._written.setdefault(conv.id, set())
        empty = sorted((conv.loaded | written) - fields.keys())
        written.update(fields)
        if empty:
            self.pipe.hdel(keys.conversation(conv.id), *empty)
        self.pipe.zadd(keys.conversations_index(), {conv.id: to_ms(conv.updated_at)})
        self.pipe.set(keys.conversation_by_address(conv.channel, conv.address), conv.id, ex=self.store.retention)
        for key in keys.conversation_keys(conv.id, conv.channel):
            # A conversation staff still owe an answer never expires; the rest keep the retention period.
            if conv.state.human_owned:
                self.pipe.persist(key)
            else:
                self.pipe.expire(key, self.store.retention)

    def append(self, conversation_id: str, entry: HistoryEntry) -> None:
        """Add an entry to the conversation's history."""
        self.pipe.xadd(keys.history(conversation_id), rtypes.fields(entry.to_fields()))

    def record(
        self,
        conv: Conversation,
        author: Author,
        text: str,
        kind: str = Kind.MESSAGE,
        *,
        staff: str | None = None,
        outbound_id: str | None = None,
        **meta: object,
    ) -> None:
        """Append a history entry stamped now."""
        entry = HistoryEntry("", self.now, author, kind, text, staff, outbound_id, dict(meta))
        self.append(conv.id, entry)

    def outbound(
        self,
        conv: Conversation,
        text: str,
        author: Author,
        *,
        staff: str | None = None,
        choices: tuple[str, ...] = (),
    ) -> str:
        """Record a message to the patient and queue its delivery, in this change's transaction."""
        message_id = secrets.token_hex(10)
        record = {
            "id": message_id,
            "conversation_id": conv.id,
            "channel": conv.channel,
            "recipient": conv.address,
            "text": text,
            "author": author.value,
            "status": "queued",
            "attempts": "0",
            "created_at": str(to_ms(self.now)),
            "updated_at": str(to_ms(self.now)),
        }
        if staff:
            record["staff"] = staff
        if choices:
            record["choices"] = "\x1f".join(choices)
        self.pipe.hset(keys.outbound(message_id), mapping=rtypes.fields(record))
        self.pipe.expire(keys.outbound(message_id), self.store.retention)
        self.record(conv, author, text, staff=staff, outbound_id=message_id)
        queues.enqueue_delivery(self.store.rq_redis, message_id, pipeline=self.pipe)
        return message_id

    def mark_seen(self, channel: str, provider_message_id: str) -> None:
        """Remember a provider message id so a retry of it is recognised."""
        self.pipe.set(keys.dedupe(channel, provider_message_id), "1", ex=DEDUPE_TTL)

    def queue_put(self, conversation_id: str, priority: Priority, since: datetime) -> None:
        """Put (or re-rank) a conversation in the staff queue."""
        self.pipe.zadd(keys.queue(), {conversation_id: queue_score(priority, since)})

    def queue_drop(self, conversation_id: str) -> None:
        """Take a conversation out of the staff queue."""
        self.pipe.zrem(keys.queue(), conversation_id)

    def event(self, kind: str, conversation_id: str, **fields: str) -> None:
        """Tell live staff views something changed (ids only, never patient text)."""
        body = {"type": kind, "conversation_id": conversation_id, "at": str(to_ms(self.now)), **fields}
        self.pipe.xadd(keys.events(), rtypes.fields(body), maxlen=EVENTS_MAXLEN, approximate=True)


class Store(DeliveryRecords):
    """Reads conversations and runs atomic changes to them."""

    def __init__(self, redis: Redis, rq_redis: Redis, clock: Clock, retention_seconds: int, stats: Stats) -> None:
        self.redis = redis
        self.rq_redis = rq_redis
        self.clock = clock
        self.retention = retention_seconds
        self.stats = stats  # the report's counters
        self._scripts = scripts.InboundScripts(redis)

    def get(self, conversation_id: str) -> Conversation:
        """The conversation, or NotFound."""
        raw = self.redis.hgetall(keys.conversation(conversation_id))
        if not raw:
            raise NotFound(f"conversation {conversation_id} not found")
        return Conversation.from_hash(rtypes.text_hash(raw))

    def many(self, ids: list[str]) -> list[Conversation]:
        """Several conversations in one round trip, skipping any that expired."""
        with self.redis.pipeline(transaction=False) as pipe:
            for cid in ids:
                pipe.hgetall(keys.conversation(cid))
            rows = pipe.execute()
        return [Conversation.from_hash(raw) for raw in rows if raw]

    def history(self, conversation_id: str, after: str = "-", limit: int = HISTORY_PAGE) -> list[HistoryEntry]:
        """History entries in order, optionally only those after a stream id."""
        start = f"({after}" if after != "-" else "-"
        rows = rtypes.stream_rows(self.redis.xrange(keys.history(conversation_id), min=start, max="+", count=limit))
        return [HistoryEntry.from_fields(eid, fields) for eid, fields in rows]

    def forget_expired(self, now: datetime) -> int:
        """Drop index entries of conversations past retention (their keys have expired already)."""
        cutoff = to_ms(now) - self.retention * 1000
        return self.redis.zremrangebyscore(keys.conversations_index(), 0, cutoff)

    def queue_ids(self) -> list[str]:
        """Conversation ids in the staff queue, in queue order."""
        return cast(list[str], self.redis.zrange(keys.queue(), 0, -1))

    def event(self, kind: str, conversation_id: str, **fields: str) -> None:
        """Tell live staff views something changed, outside a transaction (delivery updates)."""
        body = {
            "type": kind,
            "conversation_id": conversation_id,
            "at": str(to_ms(self.clock.now())),
            **fields,
        }
        self.redis.xadd(keys.events(), rtypes.fields(body), maxlen=EVENTS_MAXLEN, approximate=True)

    def mutate(self, conversation_id: str, change: Callable[[Conversation, Writer], T]) -> T:
        """Run `change` on the current conversation and commit its writes atomically.

        Optimistic: if anyone else changes the conversation meanwhile, re-read and run again, so two
        staff (or staff and the patient's next message) can never overwrite each other.
        """
        key = keys.conversation(conversation_id)
        while True:
            with self.redis.pipeline() as pipe:
                try:
                    pipe.watch(key)
                    raw = pipe.hgetall(key)
                    if not raw:
                        raise NotFound(f"conversation {conversation_id} not found")
                    conv = Conversation.from_hash(rtypes.text_hash(raw))
                    pipe.multi()
                    result = change(conv, Writer(self, pipe))
                    pipe.execute()
                    return result
                except WatchError:
                    continue

    def mutate_inbound(self, inbound: InboundMessage, change: Callable[[Conversation | None, Writer], T]) -> T:
        """Like `mutate` for a patient's message: finds the conversation by address, skips duplicates.

        Two round trips, not the five of WATCH/MGET/WATCH/HGETALL/MULTI: every patient message takes
        this path, and on small hosts each round trip costs more than the routing itself. A script
        reads; `change` runs; a second script commits its writes only if nothing it read has changed
        (else it reads again), the check-and-set WATCH gives. The dedupe mark commits with the
        message, so a message lost to a failure (Redis down) is not marked seen, and the provider's
        retry is processed. The report's counters go last in the same script, best effort.
        """
        seen_key = keys.dedupe(inbound.channel, inbound.provider_message_id)
        addr_key = keys.conversation_by_address(inbound.channel, inbound.sender_id)
        conv_prefix = keys.conversation("")
        while True:
            read = self._scripts.read(keys=[seen_key, addr_key], args=[conv_prefix])
            if int(read[0]):
                raise Duplicate(inbound.provider_message_id)
            conversation_id = rtypes.text(read[1]) if len(read) > 1 else None
            flat = [rtypes.text(x) or "" for x in read[2]] if len(read) > 2 else []
            raw = dict(zip(flat[::2], flat[1::2], strict=True))
            conv = Conversation.from_hash(raw) if raw else None
            # Buffers: their commands go to the commit script.
            with self.redis.pipeline() as pipe, self.redis.pipeline(transaction=False) as counters:
                pipe.multi()  # as in a transaction (RQ's enqueue expects one)
                writer = Writer(self, pipe)
                result = change(conv, writer)
                writer.mark_seen(inbound.channel, inbound.provider_message_id)
                if writer.tally:
                    self.stats.add(counters, writer.tally)
                writes = [*scripts.flatten(pipe.command_stack), *scripts.flatten(counters.command_stack)]
                outcome = self._scripts.commit(
                    keys=[seen_key, addr_key], args=[conv_prefix, conversation_id or "", len(flat), *flat, *writes]
                )
            if outcome == scripts.DUPLICATE:
                raise Duplicate(inbound.provider_message_id)
            if outcome == scripts.COMMITTED:
                return result
            if outcome.startswith(scripts.UNCOUNTED):  # the message is stored; only its counters failed
                self.stats.lost(writer.tally.conversation_id if writer.tally else "-", outcome.split()[1])
                return result
            # scripts.CHANGED: someone wrote the conversation meanwhile; decide again on the new state.

    def new_conversation(self, inbound: InboundMessage) -> Conversation:
        """A fresh conversation record for a first message (saved by the caller's Writer)."""
        now = self.clock.now()
        return Conversation(
            id=secrets.token_hex(8),
            channel=inbound.channel,
            address=inbound.sender_id,
            state=State.BOT,
            created_at=now,
            updated_at=now,
            name=inbound.sender_name,
        )

    def ping(self) -> bool:
        """True when Redis answers."""
        return bool(self.redis.ping())
