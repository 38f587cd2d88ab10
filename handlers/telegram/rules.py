"""What runs inside the pipeline for Telegram: commands and buttons first, and a block lifted by a new message."""

from __future__ import annotations

from collections.abc import Callable

from bot.conversation import UNREACHABLE, Conversation, Kind
from bot.messages import Author, InboundMessage, Reply
from bot.pipeline import Plan, PreRule
from bot.store import Writer
from bot.texts import Texts
from faq import Faq
from handlers.telegram import choices
from handlers.telegram.parse import CHOICE_TAG, COMMAND, LANG
from handlers.telegram.texts import say
from routing.brain import Reason
from routing.escalation import Handoff
from routing.states import Priority


def pre_rule(current_faq: Callable[[], Faq]) -> PreRule:
    """The rule for Telegram messages: /start, /help, /human, and presses of question and offer buttons. Buttons are
    read against the FAQ in use when they are pressed (`current_faq`), not the one loaded at start: an FAQ reload
    between a question and its answer must not leave the buttons checked against the old entries."""

    def rule(inbound: InboundMessage, conv: Conversation | None, texts: Texts) -> Plan | None:
        lang = conv.lang if conv else inbound.meta.get(LANG, "en")
        if CHOICE_TAG in inbound.meta:
            return _button(current_faq(), inbound, conv, texts, lang)
        command = inbound.meta.get(COMMAND)
        if command == "human":
            handoff = Handoff(Priority.ROUTINE, Reason.ASKED_FOR_PERSON.value)
            return Plan((Reply(texts.get("handoff", lang)),), handoff, route="agent")
        if command in ("start", "help"):
            return Plan((Reply(say(texts, command, lang)),), route=command)
        return None

    return rule


def _button(faq: Faq, inbound: InboundMessage, conv: Conversation | None, texts: Texts, lang: str) -> Plan | None:
    if conv is not None and conv.state.human_owned:
        if choices.is_open_offer(faq, conv, inbound.text, inbound.meta[CHOICE_TAG]):
            return None  # the pipeline takes the offer exactly as it takes a typed "1"
        # an offer voided by a claim, a staff reply or its own use, or an older question: say so, never answer
        return Plan((Reply(say(texts, "with_staff", lang)),), route="expired_choice")
    if choices.is_open(faq, conv, inbound.text, inbound.meta[CHOICE_TAG]):
        return None  # the brain resolves the number against the pending question
    return Plan((Reply(say(texts, "expired", lang)),), route="expired_choice")


def reachable_again(w: Writer, conv: Conversation, inbound: InboundMessage, replies: tuple[Reply, ...]) -> None:
    """A patient who writes can be written to: lift an unreachable flag a block left behind."""
    if UNREACHABLE in conv.flags:
        w.save(conv.with_flag(UNREACHABLE, on=False))
        w.record(conv, Author.SYSTEM, "patient wrote again: reachable on Telegram", Kind.EVENT)
        w.event("reachable", conv.id)
