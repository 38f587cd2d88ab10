"""The bot performance report's counters and `python -m bot report`: messages through the real web-chat endpoints,
staff replies through the API and the SLA watchdog, then the command reads the same Redis, with exact figures."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from flask.testing import FlaskClient
from redis import Redis

from bot import create_app, keys
from bot.cli import main
from bot.clock import FakeClock
from bot.report import Period, build
from bot.services import Services
from tests.support.chat import WebChatPatient
from tests.support.console_api import Staff
from tests.support.report_traffic import DAY, EXPECTED, day_of_traffic

ALWAYS_OPEN = Path(__file__).parent / "fixtures" / "hours_always_open.yaml"


@pytest.fixture
def cli_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The process environment the CLI reads, from a directory without a .env file."""
    monkeypatch.chdir(tmp_path)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


def report(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["report", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cli_reports_a_day_of_traffic_exactly(
    web: FlaskClient, svc: Services, clock: FakeClock, cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    day_of_traffic(web, svc, clock)
    code, out, _ = report(capsys, "--since", DAY, "--json")  # the CLI's "today" is the real one
    assert code == 0
    found = json.loads(out)
    assert found["period"]["from"] == DAY
    assert found["period"]["timezone"] == "UTC"
    assert {k: v for k, v in found.items() if k != "period"} == EXPECTED

    code, out, _ = report(capsys, "--since", DAY)
    assert code == 0
    table = out.splitlines()
    assert table[0].startswith(f"CareLine report: {DAY} to ")
    for row in (
        "Conversations         5  (webchat 5)",
        "Patient messages      7  (webchat 7)",
        "FAQ answers           3",
        "Deflected             1 of 5 conversations (20.0%)",
        "Handed to staff       4  (low_confidence 2, asked_for_person 1, urgent 1)",
        "Urgent                1  (cardiac 1)",
        "First staff reply     median 15m 00s, 90th percentile 20m 00s (2 replies)",
        "First reply, urgent   median 1m 00s, 90th percentile 1m 00s (1 reply)",
        "SLA breached          1 (urgent 0)",
        "     1  new-patients",
        "     1  (no likely entry)",
    ):
        assert row in table, out


def test_an_emergency_with_staff_and_a_second_handoff_after_resolve(
    web: FlaskClient, svc: Services, clock: FakeClock
) -> None:
    patient = WebChatPatient(web)
    patient.say("I need to talk to someone about my bill")
    [cid] = svc.store.queue_ids()
    assert "911" in patient.say("I have crushing chest pain")[0]  # already with staff: made urgent, same handoff
    patient.say("I have crushing chest pain")  # already urgent: not counted again
    alice = Staff.create(web, svc, "alice")
    clock.advance(minutes=1)
    alice.act(cid, "reply", {"text": "Calling you now."}, expect=202)
    alice.act(cid, "resolve")
    clock.advance(minutes=30)
    patient.say("can I talk to a person about my referral")  # handed to staff again
    clock.advance(minutes=5)
    alice.act(cid, "reply", {"text": "Which referral?"}, expect=202)

    found = build(svc.store.stats, Period.ending(date.fromisoformat(DAY), days=1)).as_dict()
    assert found["conversations"]["total"] == 1
    assert found["messages"]["total"] == 4
    assert found["handoffs"] == {"total": 2, "by_reason": {"asked_for_person": 2}}
    assert found["urgent"] == {"total": 1, "by_category": {"cardiac": 1}}
    assert found["first_reply_seconds"] == {
        "other": {"count": 1, "median": 300.0, "p90": 300.0},
        "urgent": {"count": 1, "median": 60.0, "p90": 60.0},
    }
    assert (found["deflected"], found["deflection_rate"]) == (0, 0.0)


def test_a_conversation_handed_to_staff_is_never_deflected_again(
    web: FlaskClient, svc: Services, clock: FakeClock
) -> None:
    alice = Staff.create(web, svc, "alice")
    # answered from the FAQ, handed over, resolved, handed over again: counted out once, not twice
    twice = WebChatPatient(web)
    assert "8am to 6pm" in twice.say("what time do you open")[0]
    twice.say("I need to talk to someone about my bill")
    [first] = svc.store.queue_ids()
    alice.act(first, "reply", {"text": "Done."}, expect=202)
    alice.act(first, "resolve")
    twice.say("can I talk to a person about my referral")
    alice.act(first, "reply", {"text": "Which one?"}, expect=202)
    alice.act(first, "resolve")
    assert "8am to 6pm" in WebChatPatient(web).say("what time do you open")[0]  # one the bot alone answered
    assert deflection(svc) == (1, 0.5)
    # handed over first, resolved, then answered from the FAQ: staff had it, so it is no deflection
    later = WebChatPatient(web)
    later.say("I need to talk to someone about my bill")
    [second] = svc.store.queue_ids()
    alice.act(second, "reply", {"text": "Done."}, expect=202)
    alice.act(second, "resolve")
    assert "garage" in later.say("where do i park")[0]
    assert deflection(svc) == (1, round(1 / 3, 4))


def deflection(svc: Services) -> tuple[int, float | None]:
    """The test day's deflected conversations and deflection rate."""
    found = build(svc.store.stats, Period.ending(date.fromisoformat(DAY), days=1)).as_dict()
    return found["deflected"], found["deflection_rate"]


def test_a_period_without_traffic_and_bad_periods(cli_env: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = report(capsys, "--days", "1", "--json")
    assert code == 0
    found = json.loads(out)
    assert (found["period"]["days"], found["conversations"]["total"], found["deflection_rate"]) == (1, 0, None)
    assert "Deflected             0 of 0 conversations (-)" in report(capsys, "--days", "30")[1]
    assert report(capsys, "--days", "0")[0] == 2
    assert "1 to 400 days" in report(capsys, "--days", "401")[2]
    assert "is after today" in report(capsys, "--since", "2999-01-01")[2]
    with pytest.raises(SystemExit):
        main(["report", "--days", "3", "--since", DAY])


def test_days_are_the_clinic_days_and_counters_expire(env: dict[str, str], redis: Redis, tmp_path: Path) -> None:
    hours = tmp_path / "hours.yaml"
    hours.write_text(ALWAYS_OPEN.read_text().replace("timezone: UTC", "timezone: America/New_York"))
    late = FakeClock(datetime(2026, 11, 3, 3, 30, tzinfo=UTC))  # 22:30 on 2 November in New York
    app = create_app({**env, "HOURS_PATH": str(hours)}, clock=late)
    WebChatPatient(app.test_client()).say("what time do you open")
    assert redis.hgetall(keys.stats_day(DAY)) == {
        "messages:webchat": "1", "route:faq": "1", "conversations:webchat": "1", "deflected": "1",
    }  # fmt: skip
    assert not redis.exists(keys.stats_day("2026-11-03"))
    assert 399 * 86400 < redis.ttl(keys.stats_day(DAY)) <= 400 * 86400


def test_a_counter_that_cannot_be_written_does_not_lose_the_message(
    web: FlaskClient, svc: Services, redis: Redis, caplog: pytest.LogCaptureFixture
) -> None:
    redis.set(keys.stats_day(DAY), "not a hash")  # every counter write of the day fails (WRONGTYPE)
    patient = WebChatPatient(web)
    with caplog.at_level(logging.WARNING, logger="bot.stats"):
        assert "8am to 6pm" in patient.say("what time do you open")[0]
        assert "staff will reply" in patient.say("I need to talk to someone about my bill")[0]
    assert [author for author, _ in patient.transcript()] == ["patient", "bot", "patient", "bot"]
    assert len(svc.store.queue_ids()) == 1
    warnings = [r.getMessage() for r in caplog.records if r.name == "bot.stats"]
    assert len(warnings) == 2
    assert all(w.startswith("stats not recorded conv=") and w.endswith("error=WRONGTYPE") for w in warnings)
    assert not any("bill" in w or "open" in w for w in warnings)
