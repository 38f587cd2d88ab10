"""The Telegram channel: webhook in (verify, parse, hand on), Bot API out, through python-telegram-bot.

Modules: `config` (TELEGRAM_* settings), `parse` (Update -> InboundMessage and friends), `webhook` (the
route), `rules` (commands and buttons inside the pipeline), `choices` (clarifying-question buttons),
`sender` (the Bot on a per-process event loop), `split` (texts over 4096 UTF-16 units), `texts`.
"""

from __future__ import annotations

from bot.services import Services
from handlers.channel import ChannelSpec
from handlers.telegram import config, rules, split, webhook
from handlers.telegram.parse import CHANNEL
from handlers.telegram.sender import BotRunner, TelegramSender


def load(services: Services) -> ChannelSpec:
    """The channel, refusing to start without TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET (ConfigError)."""
    cfg = config.from_env(services.settings.env)
    return ChannelSpec(
        module=CHANNEL,
        channels=(CHANNEL,),
        sender=TelegramSender(BotRunner(cfg)),
        blueprint=webhook.blueprint(cfg),
        pre_rule=rules.pre_rule(lambda: services.brain.faq),
        on_inbound=rules.reachable_again,
        reply_inline=False,
        per_recipient_per_second=cfg.per_chat_per_second,
        per_channel_per_second=cfg.per_second,
        split=lambda message: split.split(message.text),
    )
