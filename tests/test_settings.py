"""Settings: a missing or invalid variable stops start-up with a message that names it and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import create_app
from bot.errors import ConfigError
from bot.services import build
from bot.settings import from_env
from faq.errors import FaqError
from workers import runtime


def test_defaults_use_the_embedded_redis_under_var(tmp_path: Path) -> None:
    settings = from_env({"VAR_DIR": str(tmp_path)})
    assert settings.redis_is_local
    assert settings.redis_url == f"unix://{tmp_path}/redis.sock"
    assert settings.channels == ("webchat",)
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    assert from_env({"VAR_DIR": str(tmp_path)}).secret_key == settings.secret_key  # stable across starts


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"REDIS_URL": "localhost:6379"}, r"REDIS_URL: .* is not a Redis URL"),
        ({"RETENTION_DAYS": "thirty"}, r"RETENTION_DAYS: 'thirty' is not a whole number"),
        ({"RETENTION_DAYS": "0"}, r"RETENTION_DAYS: must be at least 1"),
        ({"FAQ_PATH": "/nope/faq.yaml"}, r"FAQ_PATH: /nope/faq.yaml does not exist"),
        ({"CHANNELS": " , "}, r"CHANNELS: no channel enabled"),
        ({"PUBLIC_BASE_URL": "careline.example.org"}, r"PUBLIC_BASE_URL: .* must be the public https://host"),
        ({"LOG_LEVEL": "chatty"}, r"LOG_LEVEL: 'CHATTY' is not one of"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=message):
        from_env({"VAR_DIR": str(tmp_path), **env})


def test_unknown_channel_stops_the_app(env: dict[str, str]) -> None:
    with pytest.raises(ConfigError, match=r"CHANNELS: unknown channel 'fax'"):
        create_app({**env, "CHANNELS": "webchat,fax"})


def test_a_broken_faq_still_stops_a_start_though_the_brain_loads_later(env: dict[str, str], tmp_path: Path) -> None:
    """build() validates the FAQ file at once; only the brain (seconds to build) waits for its first use."""
    broken = tmp_path / "faq.yaml"
    broken.write_text("faqs:\n  - id: hours\n    questions: [\n", encoding="utf-8")
    with pytest.raises(FaqError, match="not valid YAML"):
        build(from_env({**env, "FAQ_PATH": str(broken)}))


def test_the_web_app_loads_the_brain_at_start_and_cli_commands_and_the_worker_do_not(env: dict[str, str]) -> None:
    services = build(from_env(env), with_channels=False)  # what `bot staff` and `bot queue` get
    assert services._brain is None
    runtime_services = runtime.init(build(from_env(env)))  # the RQ worker's
    assert runtime_services._brain is None
    app = create_app(env)
    assert app.extensions["careline"]._brain is not None  # warmed before the first request
