"""Bad input gets a clear answer and loses nothing: empty, huge, emoji, NULs, duplicates, Redis down."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask.testing import FlaskClient
from redis import Redis

from bot import create_app, keys
from bot.services import Services
from faq import FaqError
from tests.support.chat import WebChatPatient, contains, converse
from tests.support.redis_server import RedisServer


def test_empty_message_is_refused_and_nothing_is_stored(patient: WebChatPatient, redis: Redis) -> None:
    for text in ("", "   ", "\n\t"):
        response = patient.post(text)
        assert response.status_code == 422
        assert response.get_json()["error"] == "Please type a message."
    assert redis.dbsize() == 0


def test_malformed_requests_get_clear_errors(client: FlaskClient, patient: WebChatPatient) -> None:
    no_session = client.post("/chat/api/messages", json={"text": "hi"})
    assert no_session.status_code == 400
    assert "X-Chat-Session" in no_session.get_json()["error"]
    not_json = client.post("/chat/api/messages", data="text=hi", headers=patient.headers)
    assert not_json.status_code == 422
    bad_id = patient.post("hello", client_id="../../etc")
    assert bad_id.status_code == 422


def test_ten_thousand_characters_are_kept_whole_and_go_to_staff(patient: WebChatPatient, services: Services) -> None:
    letter = ("I am writing about my mother's care plan and several bills. " * 170)[:10_000]
    converse(patient, (letter, contains("staff will reply")))
    assert patient.transcript()[0] == ("patient", letter.strip())
    conv = services.store.many(services.store.queue_ids())[0]
    assert conv.reason == "too_long"


def test_an_emergency_inside_a_long_message_is_still_caught(patient: WebChatPatient, services: Services) -> None:
    letter = "Some background about my week. " * 40 + "Right now I have crushing chest pain."
    converse(patient, (letter, contains("911")))
    assert services.store.many(services.store.queue_ids())[0].reason == "urgent"


def test_oversized_body_is_refused_with_413(patient: WebChatPatient) -> None:
    response = patient.post("x" * 300_000)
    assert response.status_code == 413
    assert "error" in response.get_json()


def test_emoji_only_gets_a_prompt_not_a_handoff(patient: WebChatPatient, services: Services) -> None:
    converse(patient, ("👍🙂", contains("could not find a question")))
    assert services.store.queue_ids() == []


def test_emoji_in_a_question_is_ignored_for_matching(patient: WebChatPatient) -> None:
    converse(patient, ("where do i park 🚗🅿️", contains("garage")))


def test_nul_and_control_characters_are_stripped(patient: WebChatPatient) -> None:
    converse(patient, ("where do\x00 i\x07 park\x1b", contains("garage")))
    assert patient.transcript()[0] == ("patient", "where do i park")


def test_right_to_left_and_markup_are_stored_verbatim(patient: WebChatPatient) -> None:
    text = "<script>alert(1)</script> \u202eevil"
    patient.say(text)
    assert patient.transcript()[0] == ("patient", text)


def test_same_message_id_twice_is_processed_once(patient: WebChatPatient, services: Services) -> None:
    first = patient.post("I want to talk to someone", client_id="retry-123")
    second = patient.post("I want to talk to someone", client_id="retry-123")
    assert first.get_json()["duplicate"] is False
    assert second.get_json() == {"duplicate": True, "replies": []}
    assert [author for author, _ in patient.transcript()] == ["patient", "bot"]
    assert len(services.store.queue_ids()) == 1


def test_redis_down_gives_a_clear_retry_and_stores_nothing(
    patient: WebChatPatient, client: FlaskClient, redis_server: RedisServer, redis: Redis
) -> None:
    redis_server.stop()
    response = patient.post("what time do you open", client_id="while-down-1")
    assert response.status_code == 503
    assert "try again" in response.get_json()["error"]
    health = client.get("/healthz")
    assert health.status_code == 503
    assert health.get_json()["redis"] == "down"

    redis_server.start()
    assert redis.dbsize() == 0  # nothing half-stored
    retried = patient.post("what time do you open", client_id="while-down-1")  # the page's Retry
    assert retried.status_code == 200
    assert retried.get_json()["duplicate"] is False
    assert client.get("/healthz").status_code == 200


def test_a_broken_faq_stops_start_up_with_file_line_and_entry(env: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "faq.yaml"
    broken.write_text("faqs:\n  - id: hours\n    questions: []\n    answer: We open at 8.\n")
    with pytest.raises(FaqError, match=r"faq.yaml line 2: entry 'hours': 'questions' must be a list of one or more"):
        create_app({**env, "FAQ_PATH": str(broken)})
    broken.write_text("faqs:\n  - id: hours\n   questions: oops\n")
    with pytest.raises(FaqError, match=r"faq.yaml line 3, column \d+: not valid YAML"):
        create_app({**env, "FAQ_PATH": str(broken)})


def test_conversations_expire_after_retention_unless_staff_owe_an_answer(
    patient: WebChatPatient, services: Services, redis: Redis
) -> None:
    patient.say("what time do you open")
    cid = services.store.many(redis.zrange(keys.conversations_index(), 0, -1))[0].id
    retention = services.settings.retention_seconds
    assert 0 < redis.ttl(keys.conversation(cid)) <= retention
    assert 0 < redis.ttl(keys.history(cid)) <= retention
    patient.say("talk to a person")
    assert redis.ttl(keys.conversation(cid)) == -1  # waiting for staff: never expires unseen


def test_chat_page_speaks_the_browsers_language_and_has_no_inline_script(client: FlaskClient) -> None:
    spanish = client.get("/chat", headers={"Accept-Language": "es-MX,es;q=0.9,en;q=0.5"})
    body = spanish.get_data(as_text=True)
    assert '<html lang="es">' in body
    assert "No es para emergencias." in body
    assert spanish.headers["Vary"] == "Accept-Language"
    english = client.get("/chat", headers={"Accept-Language": "en-US"}).get_data(as_text=True)
    assert "Not for emergencies." in english
    assert "<script>" not in english  # only <script src=…>: the CSP allows no inline code
    assert "script-src 'self'" in client.get("/chat").headers["Content-Security-Policy"]
    assert "Escriba su pregunta" in client.get("/chat?lang=es").get_data(as_text=True)
