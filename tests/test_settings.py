"""Settings: a missing or invalid variable stops start-up with a message that names it and the fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import create_app
from bot.errors import ConfigError
from bot.settings import from_env


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
