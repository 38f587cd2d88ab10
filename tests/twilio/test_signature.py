"""Authenticate first: Twilio's own validator vectors, then forged, tampered, replayed and proxied requests."""

from __future__ import annotations

from typing import Any

import pytest
from redis import Redis
from twilio.request_validator import RequestValidator

from bot.services import Services
from handlers.twilio import inbound
from tests.twilio.support import PUBLIC_BASE_URL, Phone, sign

# Twilio's published test vectors for its validator (twilio-python tests/unit/test_request_validator.py).
VECTOR_URL = "https://mycompany.com/myapp.php?foo=1&bar=2"
VECTOR_PARAMS = {
    "CallSid": "CA1234567890ABCDE",
    "Digits": "1234",
    "From": "+14158675309",
    "To": "+18005551212",
    "Caller": "+14158675309",
}


def test_twilio_published_vectors() -> None:
    validator = RequestValidator("12345")
    assert validator.compute_signature(VECTOR_URL, VECTOR_PARAMS) == "RSOYDt4T1cUTdK1PDd93/VVr8B8="
    assert validator.validate(VECTOR_URL, VECTOR_PARAMS, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    # Twilio signs with or without the default port; the validator accepts both.
    assert validator.validate(VECTOR_URL, VECTOR_PARAMS, "kvajT1Ptam85bY51eRf/AJRuM3w=")
    assert not validator.validate(VECTOR_URL, {**VECTOR_PARAMS, "Digits": "1235"}, "RSOYDt4T1cUTdK1PDd93/VVr8B8=")


def nothing_stored(redis: Redis) -> bool:
    return not list(redis.scan_iter("cl:*"))


def test_genuine_request_is_answered_inline(phone: Phone) -> None:
    assert "8am to 6pm" in phone.say("what time do u open")[0]


@pytest.mark.parametrize(
    ("case", "signature"),
    [("missing header", ""), ("garbage", "not-a-signature"), ("wrong token", "WRONG")],
)
def test_forged_requests_get_403_and_nothing_is_stored(
    phone: Phone, redis: Redis, caplog: pytest.LogCaptureFixture, case: str, signature: str
) -> None:
    form = phone.form("I have chest pain")
    if signature == "WRONG":
        signature = sign(form, token="not-the-auth-token")
    response = phone.post(form, signature=signature)
    assert response.status_code == 403, case
    assert nothing_stored(redis)
    assert "chest" not in caplog.text
    assert phone.number not in caplog.text


def test_a_request_without_any_signature_header_is_403_not_500(phone: Phone, redis: Redis) -> None:
    response = phone.client.post("/webhooks/twilio", data=phone.form("hello"))
    assert response.status_code == 403
    assert nothing_stored(redis)


def test_tampered_parameter_is_refused(phone: Phone, redis: Redis) -> None:
    form = phone.form("what time do you open")
    signature = sign(form)
    response = phone.post({**form, "Body": "cancel my appointment"}, signature=signature)
    assert response.status_code == 403
    response = phone.post({**form, "From": "+14155550999"}, signature=signature)
    assert response.status_code == 403
    assert nothing_stored(redis)


def test_query_string_is_part_of_what_is_signed(phone: Phone) -> None:
    form = phone.form("what time do you open")
    path = "/webhooks/twilio?clinic=north"
    good = phone.post(form, path=path)
    assert good.status_code == 200
    signed_without_query = sign(form)  # signed for the URL without ?clinic=north
    assert phone.post(phone.form("again"), signature=signed_without_query, path=path).status_code == 403


def test_replayed_request_is_processed_once(phone: Phone, services: Services) -> None:
    form = phone.form("I want to talk to someone")
    first = phone.post(form)
    again = phone.post(form)
    assert "staff will reply" in first.get_data(as_text=True)
    assert again.get_data(as_text=True).endswith("<Response />")
    cid = services.store.queue_ids()[0]
    patient_lines = [h for h in services.store.history(cid) if h.author.value == "patient"]
    assert len(patient_lines) == 1


def test_behind_a_proxy_the_public_url_is_what_counts(phone: Phone) -> None:
    # Flask sees http://localhost/webhooks/twilio; Twilio signed https://careline.example-clinic.org/...
    form = phone.form("what time do you open")
    local_signature = sign(form, url="http://localhost/webhooks/twilio")
    assert phone.post(form, signature=local_signature).status_code == 403
    assert phone.post(form, signature=sign(form, url=f"{PUBLIC_BASE_URL}/webhooks/twilio")).status_code == 200


def test_proxy_headers_cannot_change_the_url_checked(phone: Phone) -> None:
    # An attacker who controls X-Forwarded-* still cannot make us validate against their URL.
    form = phone.form("hello")
    forged = sign(form, url="https://attacker.example/webhooks/twilio")
    headers = {"X-Twilio-Signature": forged, "X-Forwarded-Host": "attacker.example", "X-Forwarded-Proto": "https"}
    assert phone.client.post("/webhooks/twilio", data=form, headers=headers).status_code == 403


def test_signed_but_malformed_is_400_without_content(phone: Phone, caplog: pytest.LogCaptureFixture) -> None:
    form = {**phone.form("my ssn is 123"), "MessageSid": "nope"}
    response = phone.post(form)
    assert response.status_code == 400
    assert "MessageSid" in response.get_json()["error"]
    assert "ssn" not in caplog.text


def test_another_accounts_message_is_refused(phone: Phone) -> None:
    form = {**phone.form("hello"), "AccountSid": "AC" + "b" * 32}
    assert phone.post(form).status_code == 400


def test_the_validator_never_sees_a_none_signature(phone: Phone, monkeypatch: Any) -> None:
    seen: list[object] = []
    monkeypatch.setattr(RequestValidator, "validate", lambda self, url, params, sig: seen.append(sig) or False)
    phone.client.post("/webhooks/twilio", data=phone.form("hello"))
    assert seen == []
    assert inbound.SIGNATURE == "X-Twilio-Signature"


def test_a_signature_header_with_odd_characters_is_a_403(phone: Phone, redis: Redis) -> None:
    response = phone.post(phone.form("hello"), signature="sïgnätüré=")
    assert response.status_code == 403
    assert nothing_stored(redis)
