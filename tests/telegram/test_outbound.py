"""Delivery with the real telegram.Bot over keep-alive HTTP: loops, limits, flood waits, blocks, long texts."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import secrets
from collections import Counter
from dataclasses import replace
from typing import Any

import pytest
from flask.testing import FlaskClient
from telegram import Bot
from telegram.error import NetworkError
from telegram.request import HTTPXRequest

from bot import queues
from bot.deliveries import DeliveryState
from bot.messages import Author, OutboundMessage
from handlers.telegram.config import TelegramConfig
from handlers.telegram.sender import BotRunner, TelegramSender
from handlers.telegram.split import utf16_len
from tests.support.telegram_standin import BLOCKED, CHAT_NOT_FOUND, OK, SERVER_ERROR, BotApiStandIn, flood, hang
from tests.telegram.helpers import SECRET, TOKEN, TelegramPatient, deliver_all

OPENING = "We are open Monday to Friday, 8am to 6pm."


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retry transient failures at once instead of after 5 s, 15 s, ... (the backoff is RQ's, not ours)."""
    monkeypatch.setattr(queues, "DELIVERY_RETRY_INTERVALS", [0] * len(queues.DELIVERY_RETRY_INTERVALS))


def new_patient(patient: TelegramPatient) -> TelegramPatient:
    return TelegramPatient(patient.client, patient.services, patient.api, secrets.randbelow(10**9) + 10**9)


def staff_reply(client: FlaskClient, auth: dict[str, Any], patient: TelegramPatient, text: str) -> None:
    cid = patient.conversation()["id"]
    response = client.post(f"/api/conversations/{cid}/reply", json={"text": text}, headers=auth)
    assert response.status_code == 202, response.get_json()


def last_delivery(patient: TelegramPatient) -> dict[str, Any]:
    delivery: dict[str, Any] = [h for h in patient.conversation()["history"] if "delivery" in h][-1]["delivery"]
    return delivery


def outbound(patient: TelegramPatient) -> DeliveryState:
    """The delivery record of the last message sent to the patient."""
    store = patient.services.store
    last = [h for h in store.history(patient.conversation()["id"]) if h.outbound_id][-1]
    assert last.outbound_id is not None
    return store.delivery(last.outbound_id)


def test_many_deliveries_in_one_process_reuse_one_loop_and_one_keep_alive_connection(
    patient: TelegramPatient, bot_api: BotApiStandIn
) -> None:
    for question in ("what time do you open", "when are you open", "what are your opening hours?"):
        patient.send("message", text=question)
    assert patient.replies() == [OPENING] * 3
    assert len({call.connection for call in bot_api.calls("sendMessage")}) == 1


# The naive Bot's socket belongs to a closed loop and can only be left to the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_the_stand_in_shows_the_event_loop_bug_a_shared_bot_would_have(bot_api: BotApiStandIn) -> None:
    """Guards the harness: one Bot across two asyncio.run calls fails on its kept-alive connection."""
    naive = Bot(TOKEN, base_url=bot_api.base_url, request=HTTPXRequest(connection_pool_size=1))
    asyncio.run(naive.send_message(1, "first"))
    with pytest.raises(NetworkError, match="Event loop is closed"):
        asyncio.run(naive.send_message(1, "second"))
    del naive
    gc.collect()  # report the leaked socket here, under this test's filter


def test_a_forked_child_builds_its_own_loop_and_bot(bot_api: BotApiStandIn) -> None:
    runner = BotRunner(TelegramConfig(TOKEN, SECRET, bot_api.base_url))
    runner.run(lambda bot: bot.send_message(1, "parent before fork"))
    pid = os.fork()
    if pid == 0:  # the child, like RQ's work-horse: must not touch the parent's loop or sockets
        code = 1
        try:
            runner.run(lambda bot: bot.send_message(1, "child"))
            runner.close()
            code = 0
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    runner.run(lambda bot: bot.send_message(1, "parent after fork"))
    runner.close()
    assert os.waitstatus_to_exitcode(status) == 0
    calls = bot_api.calls("sendMessage")
    assert [c.text for c in calls] == ["parent before fork", "child", "parent after fork"]
    parent, child, parent_again = (c.connection for c in calls)
    assert parent == parent_again != child


@pytest.mark.parametrize("timedelta_mode", ["false", "true"])
def test_a_flood_wait_is_honoured_then_the_message_is_delivered_once(
    patient: TelegramPatient, bot_api: BotApiStandIn, monkeypatch: pytest.MonkeyPatch, timedelta_mode: str
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", timedelta_mode)  # RetryAfter.retry_after: an int, or a timedelta
    bot_api.script("sendMessage", flood(1))
    assert patient.say("what time do you open") == [OPENING]
    assert len(bot_api.calls("sendMessage")) == 2
    bot_api.check_flood_waits()
    delivery = outbound(patient)
    assert (delivery.status, delivery.attempts, delivery.message.meta["round"]) == ("sent", 2, "1")  # held, not retried


@pytest.fixture
def overall_10_per_second(env: dict[str, str]) -> None:
    """One in-process worker manages ~20 sends/s and would never reach 30/s: at 10/s the limiter must act."""
    env["TELEGRAM_PER_SECOND"] = "10"


def test_a_429_storm_keeps_the_rates_and_delivers_every_message_once(
    overall_10_per_second: None, telegram_rates: None, patient: TelegramPatient, bot_api: BotApiStandIn
) -> None:
    """Per chat at Telegram's 1/s, overall at 10/s, with flood waits: judged from the stand-in's own clock."""
    patients = [new_patient(patient) for _ in range(24)]
    for someone in patients:
        someone.send("message", text="what time do you open")
    for question in ("what time do you open", "when are you open", "what are your opening hours?"):
        patient.send("message", text=question)  # one chat with several replies
    bot_api.script("sendMessage", OK, flood(1), OK, OK, flood(1))

    deliver_all(patient.services)

    delivered = Counter(call.chat for call in bot_api.delivered())
    assert delivered == {str(p.chat_id): 1 for p in patients} | {str(patient.chat_id): 3}
    assert len(bot_api.calls("sendMessage")) == 27 + 2
    bot_api.check_rates(per_chat=1.0, total=10.0)
    bot_api.check_flood_waits()


def test_the_stand_in_notices_a_burst(bot_api: BotApiStandIn) -> None:
    """Guards the harness: sends without a limiter fail the stand-in's rate checks."""
    runner = BotRunner(TelegramConfig(TOKEN, SECRET, bot_api.base_url))
    for n in range(12):
        runner.run(lambda bot, n=n: bot.send_message(7, f"burst {n}"))
    runner.close()
    with pytest.raises(AssertionError, match="chat 7"):
        bot_api.check_rates(per_chat=1.0, total=30.0)
    with pytest.raises(AssertionError, match="12 sends within"):
        bot_api.check_rates(per_chat=0.01, total=10.0)


def test_server_errors_and_timeouts_are_retried_until_delivered(
    fast_retries: None, patient: TelegramPatient, bot_api: BotApiStandIn
) -> None:
    bot_api.script("sendMessage", SERVER_ERROR, hang(1.5))  # TELEGRAM_TIMEOUT is 1 s in these tests
    assert patient.say("what time do you open") == [OPENING]
    assert (last_delivery(patient)["status"], last_delivery(patient)["attempts"]) == ("sent", 3)


def test_a_patient_who_blocked_the_bot_is_flagged_and_not_retried(
    patient: TelegramPatient, bot_api: BotApiStandIn, client: FlaskClient, auth: dict[str, Any]
) -> None:
    bot_api.answer_chat(str(patient.chat_id), BLOCKED)
    assert patient.say("I need to talk to someone") == []
    conversation = patient.conversation()
    assert conversation["flags"] == ["unreachable"]
    assert last_delivery(patient) == {
        "status": "failed",
        "error": "Telegram: Forbidden: bot was blocked by the user",
        "attempts": 1,
    }
    assert any(h["text"].startswith("patient unreachable") for h in conversation["history"])

    staff_reply(client, auth, patient, "Hello, this is the front desk.")
    assert patient.replies() == []
    assert last_delivery(patient)["status"] == "suppressed"  # staff see why
    assert len(bot_api.calls("sendMessage")) == 1


def test_a_message_telegram_refuses_fails_without_retrying(patient: TelegramPatient, bot_api: BotApiStandIn) -> None:
    bot_api.answer_chat(str(patient.chat_id), CHAT_NOT_FOUND)
    patient.say("what time do you open")
    assert last_delivery(patient)["status"] == "failed"
    assert "chat not found" in last_delivery(patient)["error"].lower()
    assert patient.conversation()["flags"] == []
    assert len(bot_api.calls("sendMessage")) == 1


def long_reply() -> str:
    sentence = "Your test results are back and Dr. Example would like to go through them with you 💉. "
    paragraph = sentence * 9
    text = "\n\n".join([paragraph] * 12)
    return text[:9000].rstrip()


def test_a_9000_character_staff_reply_arrives_in_three_parts_in_order(
    telegram_rates: None, patient: TelegramPatient, bot_api: BotApiStandIn, client: FlaskClient, auth: dict[str, Any]
) -> None:
    patient.say("/human")
    text = long_reply()
    assert len(text) == 9000
    staff_reply(client, auth, patient, text)

    parts = patient.replies()
    assert len(parts) == 3
    assert all(utf16_len(part) <= 4096 for part in parts)
    assert " ".join(parts).split() == text.split()  # nothing lost, nothing repeated, in order
    assert all(part.endswith(".") for part in parts[:-1])  # cut between sentences
    bot_api.check_rates(per_chat=1.0, total=30.0)
    assert last_delivery(patient)["status"] == "sent"


@pytest.mark.parametrize("failure", [SERVER_ERROR, flood(1)])
@pytest.mark.usefixtures("fast_retries")
def test_a_part_that_fails_is_resent_without_resending_earlier_parts(
    patient: TelegramPatient, bot_api: BotApiStandIn, client: FlaskClient, auth: dict[str, Any], failure: Any
) -> None:
    patient.say("/human")
    bot_api.script("sendMessage", OK, failure)  # part 1 goes through, part 2 fails once
    staff_reply(client, auth, patient, long_reply())
    parts = patient.replies()
    assert len(parts) == 3
    assert " ".join(parts).split() == long_reply().split()
    bot_api.check_flood_waits()


def test_an_interrupted_send_is_sent_again_at_least_once(patient: TelegramPatient, bot_api: BotApiStandIn) -> None:
    """Telegram has no idempotency key: after a worker died mid-send we resend rather than risk a loss."""
    patient.send("message", text="what time do you open")
    cid = patient.conversation()["id"]
    (entry,) = [h for h in patient.services.store.history(cid) if h.outbound_id]
    assert entry.outbound_id is not None
    patient.services.store.set_delivery(entry.outbound_id, status="sending", attempts=1)
    assert patient.replies() == [OPENING]
    assert last_delivery(patient)["status"] == "sent"


def test_buttons_ride_on_the_last_part_only(bot_api: BotApiStandIn) -> None:
    runner = BotRunner(TelegramConfig(TOKEN, SECRET, bot_api.base_url))
    sender = TelegramSender(runner)
    base = OutboundMessage("m1", "c1", "telegram", "42", "Did you mean", Author.BOT, ("Flu shots", "COVID shots"))
    for part in ("1", "2"):
        sender.send(replace(base, meta={"part": part, "parts": "2"}))
    runner.close()
    first, last = bot_api.calls("sendMessage")
    assert first.json("reply_markup") is None
    assert len(last.json("reply_markup")["inline_keyboard"]) == 2


def test_neither_the_token_nor_patient_text_reaches_the_logs(
    patient: TelegramPatient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    assert patient.say("what time do you open") == [OPENING]
    assert TOKEN not in caplog.text
    assert OPENING not in caplog.text
    assert "what time do you open" not in caplog.text
