"""POST /webhooks/twilio (patient messages, answered with TwiML) and /webhooks/twilio/status (delivery reports)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from flask import Blueprint, Request, Response, abort, request
from redis.exceptions import RedisError
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.messages import InboundMessage
from bot.services import Services
from bot.spool import Spool
from handlers.sms_segments import SMS_TARGET_CHARS, TWILIO_MAX_CHARS, split_message
from handlers.twilio import compliance, inbound, spooling, status
from handlers.twilio.compliance import Keyword
from handlers.twilio.config import TwilioConfig
from handlers.twilio.texts import say

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Webhook:
    """What the routes need: settings, the signature validator, the app's services and the spool."""

    config: TwilioConfig
    validator: RequestValidator
    services: Services
    spool: Spool

    def verified(self, req: Request) -> None:
        """Authenticate first: 403 (nothing stored, nothing of the request logged) unless Twilio signed it."""
        if not inbound.is_authentic(self.validator, self.config, req):
            log.warning("twilio webhook refused path=%s reason=bad-or-missing-signature", req.path)
            abort(403, description="Invalid or missing X-Twilio-Signature.")

    def answer(self, message: InboundMessage) -> list[str]:
        """The reply texts for the TwiML answer ([] when nothing is said now)."""
        if self.spool.has_pending():  # older messages wait: queue behind them, so replay keeps the order
            return self.spooled(message)
        try:
            handled = self.services.get_pipeline().handle(message, reply_inline=True)
        except Exception as exc:  # Redis down (or a bug): Twilio does not retry, so keep it on disk
            level = logging.ERROR if isinstance(exc, RedisError) else logging.CRITICAL
            log.log(level, "twilio inbound spooled channel=%s error=%s", message.channel, type(exc).__name__)
            return self.spooled(message)
        return [] if handled.duplicate else [r.text for r in handled.replies]

    def spooled(self, message: InboundMessage) -> list[str]:
        """Keep the message on disk for replay; answer STOP/HELP properly and anything else with a receipt."""
        word = compliance.keyword(message.text)
        answered = word in (Keyword.STOP, Keyword.HELP)
        self.spool.append(spooling.encode(message, answered=answered))
        self.spool.kick()
        lang = compliance.keyword_lang(message.text, None)
        return [say(self.services.texts, word.value if answered and word else "received", lang)]


def twiml(channel: str, replies: list[str]) -> Response:
    """Replies as TwiML <Message>s: SMS split on sentences (about 2 segments each), WhatsApp only past 1600."""
    return Response(_twiml_body(channel, tuple(replies)), mimetype="text/xml")


@lru_cache(maxsize=512)
def _twiml_body(channel: str, replies: tuple[str, ...]) -> str:
    """The TwiML document for these replies. Kept: the bot's replies are its FAQ answers and fixed texts, a few
    dozen that repeat all day, and building the XML is a twentieth of a webhook's time. Replies never quote the
    patient, so the cache holds no patient text."""
    response = MessagingResponse()
    target = TWILIO_MAX_CHARS if channel == "whatsapp" else SMS_TARGET_CHARS
    for text in replies:
        for part in split_message(text, target=target):
            response.message(part)
    return str(response)


def blueprint(hook: Webhook) -> Blueprint:
    """The channel's routes, bound to one app's Webhook."""
    bp = Blueprint("twilio", __name__, url_prefix="/webhooks/twilio")

    @bp.before_app_request
    def replay_waiting() -> None:
        # Any request (load balancer health checks included) restarts replay after a restart.
        hook.spool.kick()

    @bp.post("")
    def receive() -> Response:
        """A patient's SMS or WhatsApp message: verify, parse, answer inline with TwiML."""
        hook.verified(request)
        try:
            message = inbound.parse(request.form, hook.services.clock.now(), hook.config)
        except inbound.Malformed as exc:
            log.warning("twilio webhook malformed field=%s", exc.field)
            abort(400, description=f"Missing or malformed {exc.field}.")
        try:
            replies = hook.answer(message)
        except OSError as exc:  # neither Redis nor the disk took it: let Twilio's logs show a failure
            log.error("twilio inbound lost to spool error=%s", type(exc).__name__)
            abort(503, description="Temporarily unavailable.")
        return twiml(message.channel, replies)

    @bp.post("/status")
    def delivery_report() -> tuple[str, int]:
        """Twilio's status callback for one part of an outbound message (ids in our own query string)."""
        hook.verified(request)
        services = hook.services
        message_id, part = request.args.get("m", ""), request.args.get("p", "0")
        status.record(services.store, services.redis.data, message_id, part, request.form.to_dict())
        return "", 204

    return bp
