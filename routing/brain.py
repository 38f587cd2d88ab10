"""The decision for one message in bot mode: triage first, then a person if asked, then the FAQ."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import faq
from faq.normalize import normalize
from routing import lang
from routing.states import Priority, Route
from routing.triage import PACKAGED_RULES, Triage, TriageResult

# Longer than this and a message is a letter, not a question: staff read it (triage still runs).
MAX_FAQ_CHARS = 400

_ASK_PERSON = re.compile(
    r"\b(agent|human|real person|a person|someone|somebody|representative|operator|receptionist|"
    r"talk to (a |the )?(nurse|doctor)|nurse please|call me|persona|agente|hablar con alguien)\b"
)


class Reason(StrEnum):
    """Why a message was routed the way it was (shown to staff as the handoff reason)."""

    FAQ = "faq"
    URGENT = "urgent"
    ASKED_FOR_PERSON = "asked_for_person"
    LOW_CONFIDENCE = "low_confidence"
    CLARIFY = "clarify"
    EMPTY = "empty"
    MEDIA = "media"
    TOO_LONG = "too_long"


@dataclass(frozen=True)
class Decision:
    """Route plus everything the pipeline needs to answer and the console needs to explain."""

    route: Route
    reason: Reason
    lang: str
    faq_id: str | None = None
    score: float | None = None
    answer: str | None = None
    triage: TriageResult | None = None
    clarify: tuple[faq.FaqMatch, ...] = ()
    candidates: tuple[faq.FaqMatch, ...] = ()

    @property
    def priority(self) -> Priority:
        """Queue priority when this decision hands the conversation to staff."""
        return self.triage.priority if self.triage else Priority.ROUTINE


class Brain:
    """The FAQ matcher and the triage rules together, loaded once per process."""

    def __init__(self, faq_data: faq.Faq, triage: Triage) -> None:
        self.faq = faq_data
        self.matcher = faq.Matcher(faq_data)
        self.triage = triage

    @classmethod
    def load(cls, faq_path: Path, rules_path: Path = PACKAGED_RULES) -> Brain:
        """Load and validate both files; raises FaqError or RulesError with a clear message."""
        return cls(faq.load(faq_path), Triage.load(rules_path))

    def decide(self, text: str, *, has_media: bool = False, pending: tuple[str, ...] = ()) -> Decision:
        """Route one patient message; `pending` holds FAQ ids offered in a clarifying question."""
        language = lang.detect(text)
        flag = self.triage.check(text, language)
        if flag:
            return Decision(Route.URGENT, Reason.URGENT, language, triage=flag)
        if pending and (chosen := self._choice(text, pending)):
            return self._answer(chosen, 100.0, language)
        if has_media:
            return Decision(Route.AGENT, Reason.MEDIA, language)
        if not normalize(text):
            return Decision(Route.AGENT, Reason.EMPTY, language)
        if _ASK_PERSON.search(normalize(text)):
            return Decision(Route.AGENT, Reason.ASKED_FOR_PERSON, language, candidates=self.matcher.rank(text))
        if len(text) > MAX_FAQ_CHARS:
            return Decision(Route.AGENT, Reason.TOO_LONG, language)
        outcome = self.matcher.assess(text)
        if outcome.best:
            return self._answer(outcome.best.entry, outcome.best.score, language, outcome.candidates)
        if outcome.clarify:
            return Decision(
                Route.AGENT, Reason.CLARIFY, language, clarify=outcome.clarify, candidates=outcome.candidates
            )
        top = outcome.candidates[0].score if outcome.candidates else None
        return Decision(Route.AGENT, Reason.LOW_CONFIDENCE, language, score=top, candidates=outcome.candidates)

    def _answer(
        self, entry: faq.FaqEntry, score: float, language: str, candidates: tuple[faq.FaqMatch, ...] = ()
    ) -> Decision:
        return Decision(
            Route.FAQ,
            Reason.FAQ,
            language,
            faq_id=entry.id,
            score=score,
            answer=entry.answer_in(language),
            candidates=candidates,
        )

    def _choice(self, text: str, pending: tuple[str, ...]) -> faq.FaqEntry | None:
        """Resolve a reply to "Did you mean 1) … 2) …?" by number or by the option's label."""
        norm = normalize(text)
        if norm.isdigit() and 1 <= int(norm) <= len(pending):
            return self.faq.get(pending[int(norm) - 1])
        for entry_id in pending:
            entry = self.faq.get(entry_id)
            if entry and norm and norm == normalize(entry.label):
                return entry
        return None
