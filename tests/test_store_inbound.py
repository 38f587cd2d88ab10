"""The patient-message transaction (bot/store.py + bot/scripts.py) on a real Redis: no lost update, no double."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
from redis.exceptions import ResponseError

from bot import keys
from bot.conversation import Conversation
from bot.messages import Author, InboundMessage
from bot.services import Services
from bot.store import Duplicate, Writer
from routing import escalation
from routing.states import State

ADDRESS = "+15550003333"


def message(sid: str, text: str = "hello") -> InboundMessage:
    """A patient SMS with its own provider id."""
    return InboundMessage("sms", ADDRESS, text, sid, datetime.now(UTC))


def store_message(svc: Services, inbound: InboundMessage) -> str:
    """Store one message the way the pipeline does (new conversation on the first), returning its id."""
    store = svc.store

    def change(conv: Conversation | None, w: Writer) -> str:
        conv = (conv or store.new_conversation(inbound)).evolve(updated_at=w.now)
        w.record(conv, Author.PATIENT, inbound.text)
        w.save(conv)
        return conv.id

    return store.mutate_inbound(inbound, change)


def test_concurrent_messages_from_one_patient_are_all_kept_in_one_conversation(svc: Services) -> None:
    start = threading.Barrier(12)
    ids: list[str] = []

    def send(n: int) -> None:
        start.wait()
        ids.append(store_message(svc, message(f"SM{n:032x}", f"message {n}")))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(ids)) == 1  # the first message's conversation, found by every later one
    texts = sorted(e.text for e in svc.store.history(ids[0]))
    assert texts == sorted(f"message {n}" for n in range(12))


def test_a_change_made_between_read_and_commit_is_seen_and_the_message_decided_again(svc: Services) -> None:
    handled = svc.get_pipeline().handle(message("SM" + "1" * 32, "talk to a person"), reply_inline=True)
    conversation_id = str(handled.conversation_id)
    runs: list[State] = []

    def change(conv: Conversation | None, w: Writer) -> None:
        assert conv is not None
        runs.append(conv.state)
        if len(runs) == 1:  # staff take the conversation while this message is being decided
            escalation.claim(svc.store, conversation_id, "nurse1")
        w.record(conv, Author.PATIENT, "second")
        w.save(conv.evolve(updated_at=w.now))

    svc.store.mutate_inbound(message("SM" + "2" * 32, "second"), change)
    assert runs == [State.WAITING, State.ASSIGNED]  # decided again on the claimed conversation
    assert svc.store.get(conversation_id).assignee == "nurse1"  # the claim was not overwritten
    assert [e.text for e in svc.store.history(conversation_id)].count("second") == 1


def test_a_copy_that_commits_first_makes_the_other_a_duplicate_with_nothing_written(svc: Services) -> None:
    first = message("SM" + "3" * 32)
    store_message(svc, message("SM" + "4" * 32))

    def change(conv: Conversation | None, w: Writer) -> None:
        store_message(svc, first)  # the provider's retry of the same message wins the race
        assert conv is not None
        w.record(conv, Author.PATIENT, "must not be stored")
        w.save(conv)

    with pytest.raises(Duplicate):
        svc.store.mutate_inbound(first, change)
    conversation_id = svc.store.redis.get(keys.conversation_by_address("sms", ADDRESS))
    assert conversation_id
    assert "must not be stored" not in [e.text for e in svc.store.history(str(conversation_id))]


def test_a_write_that_fails_is_reported_like_a_transaction_error(svc: Services) -> None:
    svc.store.redis.set("cl:test:not-a-hash", "x")

    def change(conv: Conversation | None, w: Writer) -> None:
        w.pipe.hset("cl:test:not-a-hash", "field", "value")

    with pytest.raises(ResponseError, match="WRONGTYPE"):
        svc.store.mutate_inbound(message("SM" + "5" * 32), change)
