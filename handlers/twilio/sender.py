"""Outbound SMS and WhatsApp through Twilio's REST API: exactly once, in parts, honouring opt-outs and the window.

Exactly once: before each part is sent we note when its send began; when Twilio answers, we note
its sid. A later attempt that finds a start time but no sid (the worker died mid-send, the answer
timed out, Twilio answered 5xx) first looks through the messages Twilio holds for that patient and
sends again only if it is not there. A request that never reached Twilio is simply sent again.
(The delivery job's meta["interrupted"] needs no separate handling: a part whose send had begun has
its start time; one without never reached Twilio.)
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from urllib.parse import urlencode

from redis import Redis

from bot import keys
from bot.clock import Clock
from bot.errors import Deferred, SendFailed
from bot.messages import ALERT_TEMPLATE, OutboundMessage
from bot.store import Store
from handlers.sms_segments import SMS_TARGET_CHARS, TWILIO_MAX_CHARS, split_message
from handlers.twilio import window
from handlers.twilio.config import TwilioConfig
from handlers.twilio.parts import Parts
from handlers.twilio.rest import NoAnswer, NotReached, Refused, Rest

log = logging.getLogger(__name__)

SMS, WHATSAPP = "sms", "whatsapp"
DEFAULT_RETRY_AFTER = 10.0  # seconds, when Twilio's 429 carries no Retry-After
CLOCK_SKEW = timedelta(minutes=5)  # between our clock and Twilio's, when matching an unanswered send
WINDOW_CLOSED = 63016

# Twilio error codes -> what staff read. Unreachable: the patient cannot be messaged on this channel.
UNREACHABLE = {
    21610: "the patient opted out at the carrier (texted STOP); texts are blocked until they reply START",
    63014: "the patient blocked this WhatsApp sender, or WhatsApp refused delivery",
}
PERMANENT = {
    21211: "invalid phone number",
    21614: "not a mobile number: it cannot receive texts",
    21408: "sending to this country is not enabled in the Twilio account",
    21612: "Twilio cannot route texts from our number to this one",
    21617: "message too long for Twilio",
    20003: "Twilio refused our credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
    21606: "TWILIO_FROM is not a number of this Twilio account that can send",
    63007: "TWILIO_WHATSAPP_FROM is not a WhatsApp sender of this Twilio account",
}


class WindowClosed(Exception):
    """Twilio refused a free-form WhatsApp message: the 24-hour window is closed (63016)."""


def failure(refused: Refused) -> SendFailed:
    """What a Twilio refusal means for the delivery job (retry later, give up, or patient unreachable)."""
    code = refused.code
    if refused.status == 429 or code == 20429:
        return SendFailed("Twilio rate limit (429)", retry_after=refused.retry_after or DEFAULT_RETRY_AFTER)
    if code in UNREACHABLE:
        return SendFailed(f"{UNREACHABLE[code]} (Twilio {code})", unreachable=True)
    if code in PERMANENT:
        return SendFailed(f"{PERMANENT[code]} (Twilio {code})", permanent=True)
    return SendFailed(f"Twilio refused the message (HTTP {refused.status}, error {code})", permanent=True)


def parts_of(message: OutboundMessage) -> tuple[str, ...]:
    """SMS: short texts split on sentences; WhatsApp: only what exceeds Twilio's cap is split."""
    target = TWILIO_MAX_CHARS if message.channel == WHATSAPP else SMS_TARGET_CHARS
    return tuple(split_message(message.text, target=target))


def recipient(message: OutboundMessage) -> str:
    """The `To` Twilio expects: the E.164 number, prefixed for WhatsApp."""
    return f"whatsapp:{message.recipient}" if message.channel == WHATSAPP else message.recipient


class TwilioSender:
    """The channel's Sender: one outbound message -> one or more Twilio messages."""

    def __init__(self, config: TwilioConfig, store: Store, redis: Redis, clock: Clock, rest: Rest) -> None:
        self.config = config
        self.store = store
        self.redis = redis
        self.clock = clock
        self.rest = rest

    def send(self, message: OutboundMessage) -> str:
        """Deliver one part (the delivery job splits with `parts_of` and sends parts in order); its sid.

        Raises SendFailed, or Deferred when a WhatsApp reply is held for the 24-hour window.
        """
        if self.redis.exists(keys.opt_out(message.channel, message.recipient)):  # e.g. a reminder
            raise SendFailed("not sent: the patient texted STOP (opted out)", permanent=True)
        if not message.text.strip():
            raise SendFailed("nothing to send: the message is empty", permanent=True)
        if variables := message.meta.get(ALERT_TEMPLATE):  # an on-call alert: a template needs no open window
            template = self.config.oncall_template_sid or ""
            return self._send_part(message, "0", 1, content_sid=template, variables=variables)
        index, count = int(message.meta.get("part", "1")) - 1, int(message.meta.get("parts", "1"))
        if message.channel == WHATSAPP and index == 0:
            self._check_window(message, force=False)
        try:
            return self._send_part(message, str(index), count, body=message.text)
        except WindowClosed:
            self._check_window(message, force=True)
            raise  # unreachable: a forced hold always raises Deferred

    def _check_window(self, message: OutboundMessage, *, force: bool) -> None:
        """Hold the message (raise Deferred) when the WhatsApp window is closed; return if it is open."""
        conv = self.store.get(message.conversation_id)
        if not force and window.is_open(conv, self.clock.now()):
            return
        template = None
        if self.config.template_sid and window.template_due(conv):
            try:
                template = self._send_part(message, "t", None, content_sid=self.config.template_sid)
            except WindowClosed:
                raise SendFailed("WhatsApp refused the template (Twilio 63016)", permanent=True) from None
        reason = window.NO_TEMPLATE if not self.config.template_sid else window.TEMPLATE_SENT
        if window.hold(self.store, message.id, conv.id, reason, template, force=force):
            log.info("whatsapp reply held msg=%s conv=%s template=%s", message.id, conv.id, bool(template))
            raise Deferred(reason)

    def _send_part(
        self,
        message: OutboundMessage,
        part: str,
        count: int | None,
        *,
        body: str = "",
        content_sid: str = "",
        variables: str | None = None,
    ) -> str:
        progress = Parts(self.redis, message.id)
        if sid := progress.sid(part):
            return sid
        if (began := progress.started(part)) is not None and (sid := self._find(message, part, body, began)):
            log.info("twilio send found after an unanswered attempt msg=%s part=%s", message.id, part)
            progress.sent(part, sid)
            return sid
        progress.begin(part, count)
        try:
            sid = self.rest.create(**self._params(message, part, body, content_sid, variables))
        except NotReached as exc:
            progress.abandon(part)
            raise SendFailed(f"could not reach Twilio ({exc})") from None
        except NoAnswer as exc:  # keep the start time: the next attempt looks before sending
            raise SendFailed(f"no answer from Twilio ({exc}); will check before sending again") from None
        except Refused as exc:
            progress.abandon(part)
            if exc.code == WINDOW_CLOSED:
                raise WindowClosed from None
            raise failure(exc) from None
        progress.sent(part, sid)
        return sid

    def _params(
        self, message: OutboundMessage, part: str, body: str, content_sid: str, variables: str | None = None
    ) -> dict[str, str]:
        whatsapp = message.channel == WHATSAPP
        params = {
            "to": recipient(message),
            "status_callback": f"{self.config.status_callback}?{urlencode({'m': message.id, 'p': part})}",
        }
        if self.config.messaging_service_sid:
            params["messaging_service_sid"] = self.config.messaging_service_sid
        else:
            sender = self.config.whatsapp_from if whatsapp else self.config.sms_from
            params["from_"] = f"whatsapp:{sender}" if whatsapp else str(sender)
        if content_sid:
            params["content_sid"] = content_sid
            if variables := variables or self.config.template_variables:
                params["content_variables"] = variables
        else:
            params["body"] = body
        return params

    def _find(self, message: OutboundMessage, part: str, body: str, began: datetime) -> str | None:
        """The sid of a message Twilio already holds for this part, if an earlier attempt got through.

        Same recipient, created since that attempt began, same text (a template: any text), and not a
        Twilio message we already know belongs to something else (two identical "ok" replies stay two).
        """
        try:
            recent = self.rest.recent(recipient(message))
        except (NotReached, NoAnswer, Refused) as exc:
            raise SendFailed(f"could not check with Twilio whether an earlier attempt went out ({exc})") from None
        since, progress = began - CLOCK_SKEW, Parts(self.redis, message.id)
        for sent in recent:
            if sent.created is None or sent.created < since or (body and not _same(sent.body, body)):
                continue
            if not progress.claimed_elsewhere(part, sent.sid):
                return sent.sid
        return None


def _same(a: str, b: str) -> bool:
    # Twilio's Smart Encoding may swap punctuation (curly quotes, dashes): compare letters and digits only.
    return [ch for ch in a if ch.isalnum()] == [ch for ch in b if ch.isalnum()]
