"""SMS and WhatsApp through Twilio: one channel module owning both directions (CHANNELS name "twilio").

Inbound: `routes` (signature first, then `inbound.parse`, the pipeline, a TwiML answer; the spool
when Redis is down). Outbound: `sender` (REST API, exactly once, opt-outs, the WhatsApp window).
Carrier keywords: `compliance`. Delivery reports: `status`.
"""

from __future__ import annotations

from redis.exceptions import RedisError
from twilio.request_validator import RequestValidator

from bot.services import Services
from bot.spool import Spool, spool_dir
from handlers.channel import ChannelSpec
from handlers.twilio import spooling, window
from handlers.twilio.compliance import Compliance
from handlers.twilio.config import load_config
from handlers.twilio.rest import Rest
from handlers.twilio.routes import Webhook, blueprint
from handlers.twilio.sender import SMS, WHATSAPP, TwilioSender, parts_of

PER_RECIPIENT_PER_SECOND = 1.0  # carriers flag bursts to one handset; one text a second reads naturally


def load(services: Services) -> ChannelSpec:
    """Build the channel; ConfigError names the missing TWILIO_* setting (nothing starts without the token)."""
    config = load_config(services.settings)
    spool = Spool(
        spool_dir(services.settings.var_dir) / "twilio.jsonl",
        spooling.replayer(services),
        transient=(RedisError,),
    )
    hook = Webhook(config, RequestValidator(config.auth_token), services, spool)
    rest = Rest(config)
    return ChannelSpec(
        module="twilio",
        channels=(SMS, WHATSAPP),
        sender=TwilioSender(config, services.store, services.redis.data, services.clock, rest),
        blueprint=blueprint(hook),
        pre_rule=Compliance(services.redis.data),
        on_inbound=window.release,
        reply_inline=True,
        per_recipient_per_second=PER_RECIPIENT_PER_SECOND,
        per_channel_per_second=config.mps,
        split=parts_of,  # the delivery job sends the parts in order, each with its own rate-limit slot
    )
