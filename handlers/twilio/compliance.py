"""Carrier-required keywords (STOP, START, HELP) and the per-number opt-out record, as a pipeline pre-rule.

An opt-out is kept twice, written in the same transaction: under its own key per channel and number
(it outlives any conversation) and as the conversation flag OPTED_OUT (which the delivery job honours).
A new conversation for an opted-out number starts opted out; START clears both.
"""

from __future__ import annotations

from enum import StrEnum

from redis import Redis

from bot import keys
from bot.clock import to_ms
from bot.conversation import OPTED_OUT, Conversation, Kind
from bot.messages import Author, InboundMessage, Reply
from bot.pipeline import Plan
from bot.store import Writer
from bot.texts import Texts
from handlers.twilio.texts import say


class Keyword(StrEnum):
    """What a whole-message keyword asks for."""

    STOP = "stop"
    START = "start"
    HELP = "help"


# Whole message, any case. Twilio blocks on its own list too (REVOKE, OPTOUT), so ours includes them.
_WORDS = {
    **dict.fromkeys("stop stopall unsubscribe cancel end quit revoke optout parar cancelar".split(), Keyword.STOP),
    **dict.fromkeys("start unstop yes".split(), Keyword.START),
    **dict.fromkeys("help info ayuda".split(), Keyword.HELP),
}
_SPANISH = frozenset({"parar", "cancelar", "ayuda"})
_TRIM = " \t\n.!¡?¿\"'\u201c\u201d\u2018\u2019"  # spaces, punctuation and curly quotes


def keyword(text: str) -> Keyword | None:
    """The keyword a message is, or None ("stop texting me at night" is a normal message)."""
    return _WORDS.get(text.strip(_TRIM).casefold())


def keyword_lang(text: str, conv: Conversation | None) -> str:
    """Answer a Spanish keyword in Spanish, others in the conversation's language."""
    if text.strip(_TRIM).casefold() in _SPANISH:
        return "es"
    return conv.lang if conv else "en"


class Compliance:
    """The channel's pre-rule: keywords first; an opted-out number's other messages are stored, not answered."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def __call__(self, inbound: InboundMessage, conv: Conversation | None, texts: Texts) -> Plan | None:
        """A Plan for keywords and opted-out numbers, None to let the bot answer."""
        word = keyword(inbound.text)
        opted_out = self.opted_out(inbound, conv)
        flags = (conv.flags if conv else frozenset()) | ({OPTED_OUT} if opted_out else set())
        lang = keyword_lang(inbound.text, conv)
        if word is Keyword.STOP:  # confirmed once: a repeated STOP is recorded but not answered again
            replies = () if opted_out else (Reply(say(texts, "stop", lang)),)
            return Plan(replies, updates={"flags": flags | {OPTED_OUT}}, effects=(_opt_out,), route="opt_out")
        if word is Keyword.START and opted_out:
            reply = Reply(say(texts, "start", lang))
            return Plan((reply,), updates={"flags": flags - {OPTED_OUT}}, effects=(_opt_in,), route="opt_in")
        if word is Keyword.HELP:
            return Plan((Reply(say(texts, "help", lang)),), updates={"flags": flags}, route="help")
        if opted_out:  # carriers would block any answer; staff still see the message in the history
            return Plan(updates={"flags": flags}, route="opted_out")
        return None

    def opted_out(self, inbound: InboundMessage, conv: Conversation | None) -> bool:
        """The conversation's flag; for a new conversation, the number's own record (it outlives them)."""
        if conv is not None:
            return OPTED_OUT in conv.flags
        return bool(self.redis.exists(keys.opt_out(inbound.channel, inbound.sender_id)))


def _opt_out(w: Writer, conv: Conversation) -> None:
    w.pipe.set(keys.opt_out(conv.channel, conv.address), str(to_ms(w.now)))
    w.record(conv, Author.SYSTEM, "patient opted out (STOP): nothing more will be sent", Kind.EVENT)
    w.event("opted_out", conv.id)


def _opt_in(w: Writer, conv: Conversation) -> None:
    w.pipe.delete(keys.opt_out(conv.channel, conv.address))
    w.record(conv, Author.SYSTEM, "patient opted back in (START)", Kind.EVENT)
    w.event("opted_in", conv.id)
