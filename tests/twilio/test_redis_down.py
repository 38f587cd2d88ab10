"""Redis stopped mid-traffic: every SMS is kept on disk, answered 200, and replayed in order when Redis is back."""

from __future__ import annotations

from flask.testing import FlaskClient

from bot import keys, spool
from bot.services import Services
from tests.support.redis_server import RedisServer
from tests.support.twilio_standin import TwilioStandIn
from tests.support.waiting import wait_for
from tests.twilio.support import Phone, run_jobs


def test_messages_sent_while_redis_is_down_are_all_recovered_in_order(
    phone: Phone, client: FlaskClient, services: Services, redis_server: RedisServer, standin: TwilioStandIn
) -> None:
    other = Phone(client, "+14155550177")
    assert "8am to 6pm" in phone.say("what time do you open")[0]

    redis_server.stop()
    received = phone.say("I have a question about my bill, can someone call me")
    assert "we received your message" in received[0]
    assert "911" in received[0]
    assert "unsubscribed" in other.say("STOP")[0]  # keywords still get their proper answer
    assert "we received your message" in phone.say("it is about the March invoice")[0]
    health = client.get("/healthz")
    assert (health.status_code, health.get_json()) == (
        503,
        {"status": "unavailable", "redis": "down", "spool": 3, "spool_failed": 0},
    )

    redis_server.start()
    # Back up, but older messages still wait: a new one queues behind them, keeping the order.
    assert "we received your message" in phone.say("hello?")[0]
    wait_for(lambda: client.get("/healthz").get_json() == {"status": "ok", "redis": "ok"})
    assert spool.counts(services.settings.var_dir) == (0, 0)

    # The redis-server restarted empty (tests run it without persistence): what we see was replayed.
    (cid,) = services.store.queue_ids()
    said = [h.text for h in services.store.history(cid) if h.author.value == "patient"]
    assert said == ["I have a question about my bill, can someone call me", "it is about the March invoice", "hello?"]
    run_jobs(services)
    assert [c["To"] for c in standin.creates] == [phone.number]  # the handoff notice; nothing to the opted-out
    other_cid = services.store.redis.get(keys.conversation_by_address("sms", other.number))
    assert "opted_out" in services.store.get(str(other_cid)).flags
    assert services.store.redis.exists(keys.opt_out("sms", other.number))


def test_a_replay_is_not_a_second_message(
    phone: Phone, client: FlaskClient, services: Services, redis_server: RedisServer
) -> None:
    form = phone.form("I want to talk to someone")
    redis_server.stop()
    assert phone.post(form).status_code == 200
    assert phone.post(form).status_code == 200  # the same webhook twice during the outage
    redis_server.start()
    client.get("/healthz")  # any request starts the replay
    wait_for(lambda: spool.counts(services.settings.var_dir) == (0, 0))
    (cid,) = services.store.queue_ids()
    assert [h.text for h in services.store.history(cid) if h.author.value == "patient"] == ["I want to talk to someone"]


def test_degraded_while_replaying(client: FlaskClient, services: Services) -> None:
    folder = spool.spool_dir(services.settings.var_dir)
    folder.mkdir(parents=True)
    (folder / "other.jsonl").write_text('{"n": 1}\n')  # a spool nobody in this process drains
    response = client.get("/healthz")
    assert (response.status_code, response.get_json()) == (
        200,
        {"status": "degraded", "redis": "ok", "spool": 1, "spool_failed": 0},
    )
