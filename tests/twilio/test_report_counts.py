"""SMS through signed Twilio webhooks: each message counted once, inside its commit, even across an outage."""

from __future__ import annotations

import itertools

from flask.testing import FlaskClient
from redis import Redis

from bot import report, spool
from bot.services import Services
from tests.support.redis_server import RedisServer
from tests.support.waiting import wait_for
from tests.twilio.support import Phone


def test_messages_spooled_while_redis_is_down_are_counted_once_when_replayed(
    phone: Phone, client: FlaskClient, services: Services, redis_server: RedisServer
) -> None:
    redis_server.stop()
    form = phone.form("I want to talk to someone")
    assert "we received your message" in phone.post(form).get_data(as_text=True)
    assert phone.post(form).status_code == 200  # Twilio's retry of the same message during the outage
    other = Phone(client, "+14155550177")
    assert "we received your message" in other.say("what time do you open")[0]
    redis_server.start()
    client.get("/healthz")  # any request starts the replay
    wait_for(lambda: spool.counts(services.settings.var_dir) == (0, 0))

    stats = services.store.stats
    today = report.Period.ending(services.clock.now().date(), days=1)
    found = report.build(stats, today).as_dict()
    assert found["messages"] == {"total": 2, "by_channel": {"sms": 2}}
    assert found["conversations"] == {"total": 2, "by_channel": {"sms": 2}}
    assert found["handoffs"] == {"total": 1, "by_reason": {"asked_for_person": 1}}
    assert (found["faq_answers"], found["deflected"]) == (1, 1)
    assert len(services.store.queue_ids()) == 1


def test_a_message_and_its_counters_cost_the_webhook_two_redis_round_trips(
    phone: Phone, services: Services, redis: Redis
) -> None:
    phone.say("what time do you open")  # a first message loads the scripts
    end = "end-of-message"
    with redis.monitor() as monitor:  # MONITOR is on from here: what follows is buffered on its socket
        phone.say("what time do you open on saturday")
        redis.get(end)
        seen = list(itertools.takewhile(lambda c: end not in c["command"], monitor.listen()))
    app = [c["command"].split()[0] for c in seen if c["client_type"] != "lua"]
    in_scripts = [c["command"].split()[0] for c in seen if c["client_type"] == "lua"]
    assert [name for name in app if name != "HELLO"] == ["EVALSHA", "EVALSHA"]  # read; commit with counters
    assert in_scripts.count("HINCRBY") == 2  # messages:sms and route:faq
    found = report.build(services.store.stats, report.Period.ending(services.clock.now().date(), days=1))
    assert found.as_dict()["messages"]["total"] == 2
