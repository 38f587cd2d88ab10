"""Patient messages by SMS and WhatsApp: parsed once, answered inline with TwiML, media handed to staff."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from flask.testing import FlaskClient
from werkzeug.datastructures import MultiDict

from bot import create_app
from bot.clock import FakeClock
from bot.services import Services
from handlers.twilio import inbound
from handlers.twilio.config import TwilioConfig
from tests.support.twilio_standin import TwilioStandIn
from tests.twilio.support import CLINIC_NUMBER, Phone, conversation, fixture, new_sid, sign

TWILIO_MEDIA = "https://api.twilio.com/2010-04-01/Accounts/ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Messages/MM1/Media/ME1"


def config(services: Services) -> TwilioConfig:
    spec = services.channels["sms"]
    found: TwilioConfig = spec.sender.config  # type: ignore[attr-defined]
    return found


def test_sms_from_a_captured_payload_is_one_inbound_message(services: Services, clock: FakeClock) -> None:
    message = inbound.parse(MultiDict(fixture("sms")), clock.now(), config(services))
    assert (message.channel, message.sender_id, message.text) == ("sms", "+14155550123", "what time do u open")
    assert message.provider_message_id == "SM0b1d6bd3a1b2c3d4e5f60718293a4b5c"
    assert message.media == ()


def test_whatsapp_is_recognised_by_its_prefix_and_keeps_the_e164_number(services: Services, clock: FakeClock) -> None:
    message = inbound.parse(MultiDict(fixture("whatsapp")), clock.now(), config(services))
    assert (message.channel, message.sender_id, message.sender_name) == ("whatsapp", "+14155550123", "Maria")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("+14155550123", "+14155550123"), ("+1 (415) 555-0123", "+14155550123"), ("+44 20 7946 0958", "+442079460958")],
)
def test_numbers_are_normalised_to_e164(raw: str, expected: str) -> None:
    assert inbound.e164(raw) == expected


@pytest.mark.parametrize("raw", ["", "4155550123", "+1", "hello", "+1415555012345678"])
def test_what_is_not_a_number_is_refused(raw: str) -> None:
    assert inbound.e164(raw) is None


def test_faq_answer_comes_back_inline(phone: Phone, standin: TwilioStandIn) -> None:
    assert "8am to 6pm" in phone.say("what time do u open")[0]
    assert standin.requests == []  # no outbound network call inside the request


def test_whatsapp_patient_gets_the_answer_inline(whatsapp: Phone) -> None:
    assert "8am to 6pm" in whatsapp.say("what time do you open")[0]


LONG_ANSWER = (
    "Bring your insurance card and a photo ID to every visit. "
    "If your insurance changed since your last visit, tell the front desk when you arrive. "
    "We accept most major plans, including Medicare and Medicaid. "
    "If you have no insurance, ask about our sliding-scale fees, which depend on household income. "
    "Payment is due at the time of the visit; we take cash, cards and HSA cards. "
    "Questions about a bill can go to our billing office, open weekdays from 9am to 4pm."
)


def test_long_sms_answers_come_back_as_several_texts_cut_at_sentences(
    env: dict[str, str], tmp_path: Any, clock: FakeClock
) -> None:
    faq = tmp_path / "faq.yaml"
    faq.write_text(
        "faqs:\n  - id: insurance\n    questions:\n      - What should I bring to my visit?\n"
        f"    answer: {LONG_ANSWER}\n"
    )
    app = create_app({**env, "FAQ_PATH": str(faq)}, clock=clock)
    texts = Phone(app.test_client()).say("what should I bring to my visit?")
    assert len(texts) == 2
    assert all(len(t) <= 320 and t.endswith(".") for t in texts)
    assert " ".join(texts) == LONG_ANSWER
    whatsapp = Phone(app.test_client(), "+14155550188", "whatsapp").say("what should I bring to my visit?")
    assert whatsapp == [LONG_ANSWER]  # WhatsApp shows long messages well: split only past Twilio's 1600


def test_media_only_message_goes_to_staff_with_its_references(
    phone: Phone, client: FlaskClient, auth: dict[str, Any]
) -> None:
    replies = phone.say("", media=((TWILIO_MEDIA, "image/jpeg"),))
    assert "staff will look at it" in replies[0]
    queue = client.get("/api/queue", headers=auth).get_json()["conversations"]
    assert [(c["reason"], c["channel"]) for c in queue] == [("media", "sms")]
    history = conversation(client, auth, queue[0]["id"])["history"]
    patient = next(h for h in history if h["author"] == "patient")
    assert patient["meta"]["media"] == [TWILIO_MEDIA]


def test_media_on_other_hosts_is_dropped(phone: Phone, client: FlaskClient, auth: dict[str, Any]) -> None:
    media = (
        ("https://evil.example/rash.jpg", "image/jpeg"),
        ("http://api.twilio.com/2010-04-01/x", "image/jpeg"),  # not https
        ("https://api.twilio.com@169.254.169.254/latest", "image/png"),  # userinfo trick
        ("https://10.0.0.5/internal", "image/png"),
        (TWILIO_MEDIA, "image/png"),
    )
    phone.say("", media=media)
    cid = client.get("/api/queue", headers=auth).get_json()["conversations"][0]["id"]
    patient = next(h for h in conversation(client, auth, cid)["history"] if h["author"] == "patient")
    assert patient["meta"]["media"] == [TWILIO_MEDIA]


def test_a_media_url_on_the_configured_api_host_is_kept(services: Services, standin: TwilioStandIn) -> None:
    assert inbound.trusted_media_url(f"{standin.url}/2010-04-01/Media/ME1", config(services))
    assert not inbound.trusted_media_url("http://127.0.0.1:1/2010-04-01/Media/ME1", config(services))


def test_duplicate_webhooks_arriving_together_are_processed_once(phone: Phone, services: Services) -> None:
    form = phone.form("I want to talk to someone about my bill")
    headers = {"X-Twilio-Signature": sign(form)}
    bodies: list[str] = []
    start = threading.Barrier(8)

    def post() -> None:
        client = phone.client.application.test_client()
        start.wait()
        bodies.append(client.post("/webhooks/twilio", data=form, headers=headers).get_data(as_text=True))

    threads = [threading.Thread(target=post) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    answered = [b for b in bodies if "<Message>" in b]
    assert len(answered) == 1
    assert len(bodies) == 8
    cid = services.store.queue_ids()[0]
    assert len([h for h in services.store.history(cid) if h.author.value == "patient"]) == 1


def test_messages_to_the_clinic_number_share_one_conversation_per_patient(phone: Phone, services: Services) -> None:
    phone.say("what time do you open")
    phone.say("where do I park")
    other = Phone(phone.client, "+14155550177")
    other.say("where do I park")
    ids = {services.store.redis.get(k) for k in services.store.redis.scan_iter("cl:addr:sms:*")}
    assert len(ids) == 2
    assert fixture("sms")["To"] == CLINIC_NUMBER


def test_every_message_has_its_own_sid(phone: Phone) -> None:
    assert new_sid() != new_sid()
