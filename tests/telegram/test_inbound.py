"""The webhook: authentication, real Update shapes, duplicates, commands, buttons, groups, blocks."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from redis import Redis

from bot import create_app, keys
from bot.errors import ConfigError
from bot.services import Services
from handlers.telegram import choices
from tests.support.chat import contains
from tests.support.redis_server import RedisServer
from tests.telegram.helpers import SECRET, SECRET_HEADER, TelegramPatient, converse, load_update


def stored_keys(redis: Redis) -> list[str]:
    return sorted(k for k in redis.keys("cl:*"))


@pytest.mark.parametrize("secret", [None, "", "wrong-secret-0123456789", "test-webhook-secret-012345678"])
def test_missing_or_wrong_secret_is_refused_and_nothing_is_stored(
    patient: TelegramPatient, redis: Redis, secret: str | None
) -> None:
    response = patient.post(load_update("message", patient.chat_id), secret=secret)
    assert response.status_code == 403
    assert stored_keys(redis) == []


def test_the_channel_refuses_to_start_without_its_secrets(env: dict[str, str]) -> None:
    for variable in ("TELEGRAM_BOT_TOKEN", "TELEGRAM_WEBHOOK_SECRET"):
        with pytest.raises(ConfigError, match=variable):
            create_app({k: v for k, v in env.items() if k != variable})
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        create_app({**env, "TELEGRAM_WEBHOOK_SECRET": "short"})


def test_a_question_gets_the_faq_answer_through_the_outbound_queue(patient: TelegramPatient) -> None:
    response = patient.send("message", text="what time do you open")
    assert response.get_data() == b""  # answered at once; the reply goes through the queue
    assert patient.replies() == ["We are open Monday to Friday, 8am to 6pm."]
    assert patient.conversation()["name"] == "Maria"


def test_a_repeated_update_is_handled_once(patient: TelegramPatient) -> None:
    update = load_update("message", patient.chat_id)
    for _ in range(3):  # Telegram re-sends whatever it did not see a 2xx for
        assert patient.post(update).status_code == 200
    assert len(patient.replies()) == 1
    assert [h["text"] for h in patient.conversation()["history"] if h["author"] == "patient"] == [
        "what time do you open"
    ]


def test_out_of_order_update_ids_are_all_processed_once(patient: TelegramPatient) -> None:
    patient.send("message", update_id=900_000_050, text="what time do you open")
    patient.send("message", update_id=900_000_040, text="when are you open")  # an older id, arriving later
    patient.send("message", update_id=900_000_050, text="what time do you open")  # and a retry of the first
    assert len(patient.replies()) == 2


def test_an_edited_message_is_a_new_message(patient: TelegramPatient) -> None:
    patient.send("message", text="wen r u opn")
    patient.send("edited_message", text="when are you open")
    said = [h["text"] for h in patient.conversation()["history"] if h["author"] == "patient"]
    assert said == ["wen r u opn", "when are you open"]


def test_start_says_what_the_bot_can_and_cannot_do(patient: TelegramPatient) -> None:
    patient.send("command_start")
    (greeting,) = patient.replies()
    for promise in ("common questions", "staff", "cannot give medical advice", "not for emergencies", "911"):
        assert promise in greeting
    assert "not the clinic's secure channel" in greeting
    assert patient.conversation()["state"] == "bot"


def test_help_and_human_commands(patient: TelegramPatient) -> None:
    converse(patient, ("/help", contains("/human")))
    converse(patient, ("/human", contains("staff will reply")))
    conversation = patient.conversation()
    assert (conversation["state"], conversation["reason"]) == ("waiting", "asked_for_person")


@pytest.mark.parametrize(
    ("fixture", "reference", "content_type"),
    [
        ("photo", "telegram:file_id:AgACAgQAAxkBAAMVZ1large", "image/jpeg"),
        ("document", "telegram:file_id:BQACAgQAAxkBAAMWZ1doc", "application/pdf"),
        ("voice", "telegram:file_id:AwACAgQAAxkBAAMXZ1voice", "audio/ogg"),
        ("sticker", "telegram:file_id:CAACAgIAAxkBAAMYZ1sticker", "image/webp"),
    ],
)
def test_media_without_text_goes_to_a_person(
    patient: TelegramPatient, services: Services, fixture: str, reference: str, content_type: str
) -> None:
    patient.send(fixture)
    (reply,) = patient.replies()
    assert "will look at it" in reply
    conversation = patient.conversation()
    assert (conversation["state"], conversation["reason"]) == ("waiting", "media")
    first = conversation["history"][0]
    assert first["meta"] == {"media": [reference]}


def test_a_clarifying_question_has_buttons_and_a_press_answers_it(patient: TelegramPatient) -> None:
    (question,) = patient.say("can I get a shot")
    assert "Did you mean" in question
    buttons = patient.buttons()
    assert [label for label, _ in buttons] == ["1. Flu shots", "2. COVID shots"]

    response = patient.press(buttons[1][1])
    assert response.get_json()["method"] == "answerCallbackQuery"  # stops the button's spinner
    assert patient.replies() == ["COVID boosters are given on Tuesdays by appointment."]
    assert [h["text"] for h in patient.conversation()["history"] if h["author"] == "patient"][-1] == "2"


def test_a_button_from_an_old_question_never_answers_the_current_one(patient: TelegramPatient) -> None:
    patient.say("can I get a shot")
    flu, _ = patient.buttons()
    patient.press(flu[1])
    patient.replies()
    stale = patient.press(flu[1])  # pressed again: that question was answered already
    assert stale.get_json()["method"] == "answerCallbackQuery"
    (reply,) = patient.replies()
    assert "That question has expired" in reply
    patient.say("can I get a shot")
    patient.press(f"c:1:{choices.tag(['Opening hours', 'Flu shots'])}")  # from a question never asked
    (reply,) = patient.replies()
    assert "That question has expired" in reply
    assert patient.conversation()["state"] == "bot"


@pytest.mark.parametrize("data", ["c:9:zz", "", "x" * 64, "c:1", "c:-1:00000000"])
def test_malformed_button_data_is_answered_politely_and_not_stored(
    patient: TelegramPatient, redis: Redis, data: str
) -> None:
    response = patient.press(data)
    answer = response.get_json()
    assert answer["method"] == "answerCallbackQuery"
    assert "no longer works" in answer["text"]
    assert stored_keys(redis) == []


def test_a_blocked_bot_flags_the_conversation_and_an_unblock_clears_it(patient: TelegramPatient) -> None:
    patient.say("what time do you open")
    patient.send("my_chat_member_unblocked")  # the later change, delivered first
    patient.send("my_chat_member_blocked")  # an older change arriving late changes nothing
    assert patient.conversation()["flags"] == []
    patient.send("my_chat_member_blocked", date=1767262200)
    assert patient.conversation()["flags"] == ["unreachable"]
    patient.send("my_chat_member_unblocked", date=1767262300)
    assert patient.conversation()["flags"] == []


def test_writing_again_lifts_a_block_the_bot_did_not_hear_about(patient: TelegramPatient) -> None:
    patient.say("what time do you open")
    patient.send("my_chat_member_blocked", date=1767262200)
    assert patient.say("when are you open") == ["We are open Monday to Friday, 8am to 6pm."]
    assert patient.conversation()["flags"] == []


def test_a_block_before_any_conversation_stores_nothing(patient: TelegramPatient, redis: Redis) -> None:
    patient.send("my_chat_member_blocked")
    assert stored_keys(redis) == []


@pytest.mark.parametrize("fixture", ["group_message", "my_chat_member_group_added"])
def test_a_group_is_told_once_that_the_bot_only_works_in_private_chats(
    patient: TelegramPatient, redis: Redis, fixture: str
) -> None:
    first = patient.send(fixture).get_json()
    assert first["method"] == "sendMessage"
    assert first["chat_id"] == -1001987654321
    assert "only work in private chats" in first["text"]
    assert patient.send("group_message").get_data() == b""  # said once; then quiet
    assert not [k for k in stored_keys(redis) if k.startswith(("cl:conv", "cl:out"))]


def test_unknown_update_types_are_acknowledged_and_counted_once(patient: TelegramPatient, redis: Redis) -> None:
    reaction = load_update("message_reaction", patient.chat_id)
    for update in (load_update("inline_query"), reaction, reaction, {"update_id": 77, "brand_new_kind": {}}):
        assert patient.post(update).status_code == 200
    assert redis.hgetall(keys.telegram_ignored()) == {
        "inline_query": "1",
        "message_reaction": "1",
        "brand_new_kind": "1",
    }
    assert not [k for k in stored_keys(redis) if k.startswith(("cl:conv", "cl:out"))]


def test_a_body_that_is_not_an_update_is_refused(client: FlaskClient) -> None:
    response = client.post("/webhooks/telegram", data="not json", headers={SECRET_HEADER: SECRET})
    assert response.status_code == 400


def test_redis_down_answers_503_so_telegram_retries_and_the_retry_is_stored_once(
    patient: TelegramPatient, redis_server: RedisServer
) -> None:
    update = load_update("message", patient.chat_id)
    redis_server.stop()
    assert patient.post(update).status_code == 503
    redis_server.start()
    assert patient.post(update).status_code == 200
    assert patient.post(update).status_code == 200
    assert patient.replies() == ["We are open Monday to Friday, 8am to 6pm."]
    assert len(patient.conversation()["history"]) == 2
