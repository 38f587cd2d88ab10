"""The conversation pipeline: a patient message in, the bot's replies out, all effects stored atomically."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.conversation import Conversation
from bot.messages import Author, InboundMessage, Reply
from bot.stats import ANSWERED, NO_ENTRY, Tally
from bot.store import Duplicate, Store, Writer
from bot.texts import Texts
from faq import FaqEntry
from routing import escalation
from routing.brain import Brain, Decision, Reason
from routing.escalation import Handoff
from routing.hours import Hours
from routing.states import Priority, Route, State

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
    # FAQ ids offered with a handoff, kept in `pending` after the escalation (which clears it) is written.
    offer: tuple[str, ...] = ()
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
        brain: Callable[[], Brain],
        texts: Texts,
        hours: Hours,
        *,
        reopen_after: timedelta,
        pre_rules: dict[str, PreRule],
        hooks: dict[str, InboundHook],
    ) -> None:
        self.store = store
        self._brain = brain
        self.texts = texts
        self.hours = hours
        self.reopen_after = reopen_after
        self.pre_rules = pre_rules
        self.hooks = hooks

    @property
    def brain(self) -> Brain:
        """The process's current brain (an FAQ reload replaces it between messages)."""
        return self._brain()

    def handle(self, inbound: InboundMessage, *, reply_inline: bool) -> Handled:
        """Process one message; replies are returned for inline answering or queued for delivery."""
        try:
            return self.store.mutate_inbound(inbound, lambda conv, w: self._apply(inbound, conv, w, reply_inline))
        except Duplicate:
            log.info("inbound duplicate channel=%s", inbound.channel)
            return Handled(None, (), duplicate=True)

    def _apply(self, inbound: InboundMessage, conv: Conversation | None, w: Writer, inline: bool) -> Handled:
        if conv and not conv.state.human_owned and w.now - conv.updated_at > self.reopen_after:
            conv = None  # a conversation idle for long starts afresh (the old one keeps its history)
        plan = self.plan(inbound, conv, w.now)
        before = conv
        conv = conv or self.store.new_conversation(inbound)
        conv = conv.evolve(updated_at=w.now, last_inbound_at=w.now, **plan.updates)
        w.record(conv, Author.PATIENT, inbound.text, media=[m.url for m in inbound.media] or None)
        if plan.handoff:
            conv = escalation.escalate(w, conv, plan.handoff)
        if plan.offer:
            conv = conv.evolve(pending=plan.offer)
        conv, deflected = _deflection(before, conv, plan)
        w.save(conv)
        for effect in plan.effects:
            effect(w, conv)
        for reply in plan.replies:
            if inline:  # answered in the webhook's own response: history only, nothing to deliver
                w.record(conv, Author.BOT, reply.text, choices=list(reply.choices) or None)
            else:
                w.outbound(conv, reply.text, Author.BOT, choices=reply.choices)
        if hook := self.hooks.get(inbound.channel):
            hook(w, conv, inbound, plan.replies)
        w.event("message", conv.id)
        w.count(_tally(before, conv, plan, w.now, deflected))
        score = f"{plan.score:.1f}" if plan.score is not None else "-"
        log.info(
            "inbound handled conv=%s channel=%s state=%s route=%s faq=%s score=%s",
            conv.id, inbound.channel, conv.state.value, plan.route, plan.faq_id, score,
        )  # fmt: skip
        return Handled(conv.id, plan.replies, route=plan.route)

    def plan(self, inbound: InboundMessage, conv: Conversation | None, now: datetime) -> Plan:
        """Decide what to do with a message given the conversation as it stands and the time (pure)."""
        rule = self.pre_rules.get(inbound.channel)
        if rule and (taken := rule(inbound, conv, self.texts)):
            return taken
        if conv and conv.state.human_owned:
            return self._while_staff_own(inbound, conv, now)
        decision = self.brain.decide(
            inbound.text, has_media=bool(inbound.media), pending=conv.pending if conv else (),
            lang_hint=conv.lang if conv else "en",
        )  # fmt: skip
        return self._plan_for(decision, conv, now)

    def _while_staff_own(self, inbound: InboundMessage, conv: Conversation, now: datetime) -> Plan:
        """Staff own it: the bot stays quiet, but an emergency still gets guidance and top priority,
        and at night the patient learns once when staff will be back."""
        flag = self.brain.triage.check(inbound.text, conv.lang)
        if flag is not None and (conv.priority is None or flag.priority < conv.priority):
            handoff = Handoff(flag.priority, Reason.URGENT.value, ",".join(flag.categories))
            return Plan((Reply(flag.guidance),), handoff, {"pending": ()}, route="urgent")
        if taken := self._offer_taken(inbound, conv):
            # the answer offered with the handoff; staff keep the conversation and see what was sent
            reply = Reply(taken.answer_in(conv.lang))
            return Plan((reply,), updates={"pending": ()}, route="suggested", faq_id=taken.id)
        closed = self._closed_notice(conv, now, conv.lang)
        if closed:
            return Plan((closed[0],), updates={"closed_notice": closed[1]}, route="staff")
        return Plan(route="staff")

    def _offer_taken(self, inbound: InboundMessage, conv: Conversation) -> FaqEntry | None:
        """The offered entry, if the patient takes the offer while the conversation still waits unclaimed."""
        if conv.state is not State.WAITING or conv.assignee or not conv.pending:
            return None
        return self.brain.accepts(inbound.text, conv.pending)

    def _closed_notice(self, conv: Conversation | None, now: datetime, lang: str) -> tuple[Reply, str] | None:
        """The after-hours text, unless this conversation was already told in this closed period."""
        period = self.hours.closed_period(now)
        if not period or (conv is not None and conv.closed_notice == period):
            return None
        opening = self.hours.next_opening(now)
        return Reply(self.texts.closed(opening.astimezone(self.hours.zone) if opening else None, now, lang)), period

    def _plan_for(self, d: Decision, conv: Conversation | None, now: datetime) -> Plan:
        updates: dict[str, object] = {"lang": d.lang, "pending": ()}
        if d.route is Route.URGENT and d.triage:
            handoff = Handoff(d.triage.priority, d.reason.value, ",".join(d.triage.categories))
            return _decided(d, Reply(d.triage.guidance), handoff, updates)
        if d.route is Route.FAQ and d.answer:
            return _decided(d, Reply(d.answer), None, updates)
        if d.reason is Reason.CLARIFY:
            labels = [m.entry.label_in(d.lang) for m in d.clarify]
            updates["pending"] = tuple(m.entry.id for m in d.clarify)
            reply = Reply(self.texts.clarify(labels, d.lang), choices=tuple(labels))
            return _decided(d, reply, None, updates, route="clarify")
        if d.reason is Reason.EMPTY:  # blank or emoji-only: ask for words, no handoff for a "👍"
            return _decided(d, Reply(self.texts.get("empty", d.lang)), None, updates)
        handoff = Handoff(d.priority, d.reason.value, ",".join(m.entry.id for m in d.candidates) or None)
        reply = Reply(self.texts.get("media" if d.reason is Reason.MEDIA else "handoff", d.lang))
        if closed := self._closed_notice(conv, now, d.lang):
            reply, updates["closed_notice"] = closed
        if (suggest := offered(d)) is not None:
            label, question = suggest.label_in(d.lang), suggest.question_in(d.lang)
            # one choice, like a clarifying question's: channels with buttons show it, and "1" takes it
            reply = Reply(self.texts.with_suggestion(reply.text, label, d.lang, question=question), choices=(label,))
            return _decided(d, reply, handoff, updates, offer=(suggest.id,))
        return _decided(d, reply, handoff, updates)


def offered(d: Decision) -> FaqEntry | None:
    """The entry a handoff offers with its text: only when the bot was merely unsure (shared with `faq test`)."""
    return d.suggest if d.reason is Reason.LOW_CONFIDENCE else None


def _decided(
    d: Decision,
    reply: Reply,
    handoff: Handoff | None,
    updates: dict[str, object],
    *,
    route: str | None = None,
    offer: tuple[str, ...] = (),
) -> Plan:
    faq_id = offer[0] if offer else d.faq_id  # the log names the entry offered (an id, never text)
    return Plan((reply,), handoff, updates, route=route or d.route.value, offer=offer, faq_id=faq_id, score=d.score)


def _deflection(before: Conversation | None, conv: Conversation, plan: Plan) -> tuple[Conversation, int]:
    """+1 (and a mark on the record) for the first FAQ answer of a conversation staff never had; -1 when such a
    conversation is handed to staff after all. A conversation in state `bot` was never handed to staff."""
    never_handed = before is None or before.state is State.BOT
    answered = before is not None and ANSWERED in before.extra
    if plan.route == Route.FAQ.value and plan.handoff is None and never_handed and not answered:
        return conv.evolve(extra={**conv.extra, ANSWERED: "1"}), 1
    if answered and never_handed and conv.state is State.WAITING:
        return conv, -1
    return conv, 0


def _tally(before: Conversation | None, conv: Conversation, plan: Plan, now: datetime, deflected: int) -> Tally:
    """The report's view of one handled message: ids, route, reason, categories, entry ids; no text."""
    handoff = plan.handoff
    was_owned = before is not None and before.state.human_owned
    handed = handoff is not None and not was_owned and conv.state is State.WAITING
    urgent = handoff is not None and handoff.priority is Priority.URGENT
    if urgent and was_owned and before is not None and before.priority is Priority.URGENT:
        urgent = False  # already urgent with staff: not a second urgent handoff
    unanswered = None
    if handed and handoff is not None and handoff.reason == Reason.LOW_CONFIDENCE.value:
        unanswered = plan.offer[0] if plan.offer else NO_ENTRY
    return Tally(
        conv.id, conv.channel, plan.route, now, conv.created_at, new_conversation=before is None,
        handoff_reason=handoff.reason if handed and handoff else None,
        urgent_categories=tuple((handoff.detail or "other").split(",")) if urgent and handoff else (),
        unanswered=unanswered, deflected=deflected,
    )  # fmt: skip
