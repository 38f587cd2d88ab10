"""`python -m bot telegram set-webhook|info|delete-webhook` against the stand-in Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest
from redis import Redis

from bot import keys
from bot.cli import main
from tests.support.live import free_port
from tests.support.telegram_standin import Answer, BotApiStandIn
from tests.telegram.helpers import SECRET, TOKEN

PUBLIC = "https://careline.example-clinic.org"


@pytest.fixture
def cli_env(env: dict[str, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The process environment the CLI reads, from a directory without a .env file."""
    monkeypatch.chdir(tmp_path)
    for name, value in {**env, "PUBLIC_BASE_URL": PUBLIC}.items():
        monkeypatch.setenv(name, value)
    return env


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["telegram", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_set_webhook_registers_url_secret_and_update_types_and_keeps_pending_updates(
    cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    bot_api.webhook["pending_update_count"] = 4
    code, out, _ = run(capsys, "set-webhook")
    assert code == 0
    assert f"{PUBLIC}/webhooks/telegram" in out
    assert bot_api.webhook["url"] == f"{PUBLIC}/webhooks/telegram"
    assert bot_api.webhook["secret_token"] == SECRET
    assert bot_api.webhook["allowed_updates"] == ["message", "edited_message", "callback_query", "my_chat_member"]
    assert bot_api.webhook["pending_update_count"] == 4
    assert SECRET not in out
    assert TOKEN not in out


def test_pending_updates_are_dropped_only_when_asked(
    cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    bot_api.webhook["pending_update_count"] = 4
    assert run(capsys, "set-webhook", "--drop-pending-updates")[0] == 0
    assert bot_api.webhook["pending_update_count"] == 0


def test_info_shows_what_to_look_at_when_messages_do_not_arrive(
    cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str], redis: Redis
) -> None:
    bot_api.webhook.update(
        url=f"{PUBLIC}/webhooks/telegram",
        pending_update_count=12,
        last_error_date=1767261600,
        last_error_message="Wrong response from the webhook: 503 Service Unavailable",
        allowed_updates=["message", "edited_message", "callback_query", "my_chat_member"],
    )
    redis.hset(keys.telegram_ignored(), mapping={"inline_query": 2})
    code, out, _ = run(capsys, "info")
    assert code == 0
    assert out.splitlines() == [
        f"Webhook URL: {PUBLIC}/webhooks/telegram",
        "Pending updates: 12",
        "Last error: 2026-01-01 10:00:00 UTC: Wrong response from the webhook: 503 Service Unavailable",
        "Allowed updates: message, edited_message, callback_query, my_chat_member",
        "Max connections: 40",
        "Hint: Telegram cannot deliver: check that the URL is reachable over HTTPS and the app is up.",
        "Ignored updates (this app): inline_query=2",
    ]


def test_info_says_when_no_webhook_is_set(
    cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "info")
    assert code == 0
    assert "Webhook URL: (none)" in out
    assert "Run `python -m bot telegram set-webhook`" in out


def test_delete_webhook(cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str]) -> None:
    bot_api.webhook.update(url=f"{PUBLIC}/webhooks/telegram", pending_update_count=3)
    code, out, _ = run(capsys, "delete-webhook")
    assert out == "Webhook deleted.\n"
    assert (code, bot_api.webhook["url"], bot_api.webhook["pending_update_count"]) == (0, "", 3)
    assert run(capsys, "delete-webhook", "--drop-pending-updates")[0] == 0
    assert bot_api.webhook["pending_update_count"] == 0


@pytest.mark.parametrize("variable", ["PUBLIC_BASE_URL", "TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"])
def test_set_webhook_names_a_missing_setting(
    cli_env: dict[str, str],
    bot_api: BotApiStandIn,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    variable: str,
) -> None:
    monkeypatch.delenv(variable)
    code, _, err = run(capsys, "set-webhook")
    assert code == 2
    assert variable in err
    assert bot_api.calls() == []


def test_a_refusal_from_telegram_is_shown(
    cli_env: dict[str, str], bot_api: BotApiStandIn, capsys: pytest.CaptureFixture[str]
) -> None:
    bot_api.script("setWebhook", Answer(400, "Bad Request: bad webhook: HTTPS url must be provided for webhook"))
    code, _, err = run(capsys, "set-webhook")
    assert code == 1
    assert "Telegram refused" in err
    assert "https url must be provided" in err.lower()


def test_an_unreachable_bot_api_is_reported_without_the_token(
    cli_env: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", f"http://127.0.0.1:{free_port()}/bot")
    code, out, err = run(capsys, "info")
    assert code == 1
    assert "could not talk to the Bot API" in err
    assert TOKEN not in out + err
