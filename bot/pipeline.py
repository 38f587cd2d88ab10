"""The conversation pipeline: a patient message in, the bot's replies out, all effects stored atomically."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from bot.conversation import Conversation
from bot.messages import Author, InboundMessage, Reply
from bot.store import Duplicate, Store, Writer
from bot.texts import Texts
from routing import escalation
from routing.brain import Brain, Decision, Reason
from routing.escalation import Handoff
from routing.states import Route

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Plan:
    """What to do with one message: pure data, decided before anything is written."""

    replies: tuple[Reply, ...] = ()
    handoff: Handoff | None = None
    updates: dict[str, object] = field(default_factory=dict)
    # Extra writes committed in the same transaction (e.g. a channel's per-number opt-out record).
    effects: tuple[Callable[[Writer, Conversation], None], ...] = ()
    route: str = "stored"
    faq_id: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class Handled:
    """The pipeline's answer to a channel: the replies to send and which conversation it was."""

    conversation_id: str | None
    replies: tuple[Reply, ...]
    duplicate: bool = False
    route: str | None = None


# A channel may answer some messages before the bot sees them (SMS STOP/START/HELP): it returns a
# Plan to take over, or None to let the message through.
PreRule = Callable[[InboundMessage, Conversation | None, Texts], Plan | None]
# A channel may also write its own records in the same transaction as the message (the web chat's
# patient-visible transcript), so a failure can never store one without the other.
InboundHook = Callable[[Writer, Conversation, InboundMessage, tuple[Reply, ...]], None]


class Pipeline:
    """Routes inbound messages: compliance rules, then staff-owned silence or the bot's decision."""

    def __init__(
        self,
        store: Store,
        brain: Brain,
        texts: Texts,
        pre_rules: dict[str, PreRule],
        hooks: dict[str, InboundHook],
    ) -> None:
        self.store = store
        self.brain = brain
        self.texts = texts
        self.pre_rules = pre_rules
        self.hooks = hooks

    def handle(self, inbound: InboundMessage, *, reply_inline: bool) -> Handled:
        """Process one message; replies are returned for inline answering or queued for delivery."""
        try:
            return self.store.mutate_inbound(inbound, lambda conv, w: self._apply(inbound, conv, w, reply_inline))
        except Duplicate:
            log.info("inbound duplicate channel=%s", inbound.channel)
            return Handled(None, (), duplicate=True)

    def _apply(self, inbound: InboundMessage, conv: Conversation | None, w: Writer, inline: bool) -> Handled:
        plan = self.plan(inbound, conv)
        conv = conv or self.store.new_conversation(inbound)
        conv = conv.evolve(updated_at=w.now, last_inbound_at=w.now, **plan.updates)
        w.record(conv, Author.PATIENT, inbound.text, media=[m.url for m in inbound.media] or None)
        if plan.handoff:
            conv = escalation.escalate(w, conv, plan.handoff)
        w.save(conv)
        for effect in plan.effects:
            effect(w, conv)
        for reply in plan.replies:
            w.outbound(
                conv,
                reply.text,
                Author.BOT,
                choices=reply.choices,
                status="inline" if inline else "queued",
                deliver=not inline,
            )
        if hook := self.hooks.get(inbound.channel):
            hook(w, conv, inbound, plan.replies)
        w.event("message", conv.id)
        log.info(
            "inbound handled conv=%s channel=%s state=%s route=%s faq=%s score=%s",
            conv.id,
            inbound.channel,
            conv.state.value,
            plan.route,
            plan.faq_id,
            f"{plan.score:.1f}" if plan.score is not None else "-",
        )
        return Handled(conv.id, plan.replies, route=plan.route)

    def plan(self, inbound: InboundMessage, conv: Conversation | None) -> Plan:
        """Decide what to do with a message given the conversation as it stands (pure)."""
        rule = self.pre_rules.get(inbound.channel)
        if rule and (taken := rule(inbound, conv, self.texts)):
            return taken
        if conv and conv.state.human_owned:
            return self._while_staff_own(inbound, conv)
        pending = conv.pending if conv else ()
        decision = self.brain.decide(inbound.text, has_media=bool(inbound.media), pending=pending)
        return self._plan_for(decision)

    def _while_staff_own(self, inbound: InboundMessage, conv: Conversation) -> Plan:
        """Staff own it: the bot stays quiet, but an emergency still gets guidance and top priority."""
        flag = self.brain.triage.check(inbound.text, conv.lang)
        if flag is None or (conv.priority is not None and conv.priority <= flag.priority):
            return Plan(route="staff")
        handoff = Handoff(flag.priority, Reason.URGENT.value, flag.category)
        return Plan((Reply(flag.guidance),), handoff, route="urgent")

    def _plan_for(self, d: Decision) -> Plan:
        common: dict[str, object] = {"route": d.route.value, "faq_id": d.faq_id, "score": d.score}
        updates: dict[str, object] = {"lang": d.lang, "pending": ()}
        if d.route is Route.URGENT and d.triage:
            handoff = Handoff(d.triage.priority, d.reason.value, d.triage.category)
            return Plan((Reply(d.triage.guidance),), handoff, updates, **common)  # type: ignore[arg-type]
        if d.route is Route.FAQ and d.answer:
            return Plan((Reply(d.answer),), None, updates, **common)  # type: ignore[arg-type]
        if d.reason is Reason.CLARIFY:
            labels = [m.entry.label for m in d.clarify]
            updates["pending"] = tuple(m.entry.id for m in d.clarify)
            reply = Reply(self.texts.clarify(labels, d.lang), choices=tuple(labels))
            return Plan((reply,), None, updates, **{**common, "route": "clarify"})  # type: ignore[arg-type]
        if d.reason is Reason.EMPTY:  # blank or emoji-only: ask for words, no handoff for a "👍"
            return Plan((Reply(self.texts.get("empty", d.lang)),), None, updates, **common)  # type: ignore[arg-type]
        text_key = "media" if d.reason is Reason.MEDIA else "handoff"
        detail = ",".join(m.entry.id for m in d.candidates) or None
        handoff = Handoff(d.priority, d.reason.value, detail)
        return Plan((Reply(self.texts.get(text_key, d.lang)),), handoff, updates, **common)  # type: ignore[arg-type]
