"""The FAQ matcher: text in, the entry it answers (with a score) or nothing when unsure.

A message is scored against each entry by how much of the message the entry explains (its questions,
keywords and, with less credit, its answer) and how much of one of the entry's phrasings the message
says, both weighted by how rare each word is in the FAQ. Words the FAQ never uses count against every
entry: that is how "do you do covid testing" fails to match the covid *vaccine* entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from faq import lexicon, scope
from faq.index import ANSWER_CREDIT, Analysis, Index, analyse, build, words
from faq.loader import Faq, FaqEntry

# Scores are 0-100. An answer needs a high score AND a clear margin over the next entry:
# a wrong answer is worse than a handoff. Tuned on bench/data/dev (see bench/brain.py).
ANSWER_THRESHOLD = 50.0
MARGIN = 15.0
CLARIFY_THRESHOLD = 60.0
# A part of a multi-part message counts as its own request from this score on.
SEGMENT_THRESHOLD = 62.0
# How much the message's unexplained words and the phrasing's unsaid words each pull a score down.
_QUERY_EXPONENT = 1.5
_PHRASING_EXPONENT = 0.5


@dataclass(frozen=True)
class FaqMatch:
    """An FAQ entry and how well a message matched it (0-100)."""

    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class MatchOutcome:
    """What the matcher concluded: one confident answer, a close call between entries, or nothing.

    `declined` says why a message is not for the FAQ at all: "clinical" (a personal clinical question
    the FAQ does not cover), "complaint", or "multiple" (several requests in one message).
    """

    best: FaqMatch | None
    clarify: tuple[FaqMatch, ...]
    candidates: tuple[FaqMatch, ...]
    declined: str | None = None


@dataclass(frozen=True)
class _Hit:
    entry: int
    score: float


class Matcher:
    """Matches patient text against an FAQ's phrasings, keywords and answers."""

    def __init__(self, faq: Faq) -> None:
        self.faq = faq
        self.index: Index = build(faq)
        self._cues = [_entry_cues(entry) for entry in faq.entries]

    def rank(self, text: str, limit: int = 3) -> tuple[FaqMatch, ...]:
        """The best `limit` entries for a text, best first (one score per entry)."""
        return tuple(self._as_match(hit) for hit in self._score(self._analyse(text))[:limit])

    def assess(self, text: str) -> MatchOutcome:
        """Decide between a confident answer, a clarifying question, or no answer (with why)."""
        hits = self._score(self._analyse(text))
        candidates = tuple(self._as_match(hit) for hit in hits[:3])
        declined = self._declined(text, hits)
        if declined or not hits:
            return MatchOutcome(None, (), candidates, declined)
        top, runner_up = candidates[0], (candidates[1].score if len(candidates) > 1 else 0.0)
        if top.score >= ANSWER_THRESHOLD and top.score - runner_up >= MARGIN:
            return MatchOutcome(top, (), candidates)
        if runner_up >= CLARIFY_THRESHOLD and top.score - runner_up < MARGIN:
            if self._compete(text, hits[0], hits[1]):
                return MatchOutcome(None, candidates[:2], candidates)
            return MatchOutcome(None, (), candidates, "multiple")
        return MatchOutcome(None, (), candidates)

    def match(self, text: str) -> FaqMatch | None:
        """The entry that confidently answers `text`, or None."""
        return self.assess(text).best

    def _analyse(self, text: str) -> Analysis:
        said = words(text)
        if said and all(w in lexicon.ACKS or lexicon.term(w) == "thanks" for w in said):
            return self.index.analyse("thank you")  # "ok thanks", "got it 👍": an acknowledgement
        return self.index.analyse(text)

    def _score(self, query: Analysis) -> list[_Hit]:
        index = self.index
        weights = {t: index.weight(t) for t in query.terms}
        total = sum(weights.values())
        if not total:
            return []
        covered: dict[int, float] = defaultdict(float)
        for t, w in weights.items():
            for e in index.asked_by.get(t, ()):
                covered[e] += w
            for e in index.answered_by.get(t, ()):
                covered[e] += w * ANSWER_CREDIT
        said: dict[int, float] = defaultdict(float)
        for t, w in weights.items():
            for pid in index.by_term.get(t, ()):
                said[pid] += w
        best: dict[int, float] = {}
        for pid, got in said.items():
            phrasing = index.phrasings[pid]
            score = (covered[phrasing.entry] / total) ** _QUERY_EXPONENT * (
                got / phrasing.weight
            ) ** _PHRASING_EXPONENT
            if score > best.get(phrasing.entry, 0.0):
                best[phrasing.entry] = score
        return sorted((_Hit(e, s) for e, s in best.items()), key=lambda h: (-h.score, h.entry))

    def _as_match(self, hit: _Hit) -> FaqMatch:
        return FaqMatch(self.faq.entries[hit.entry], round(100.0 * min(hit.score, 1.0), 1))

    def _declined(self, text: str, hits: list[_Hit]) -> str | None:
        if scope.is_complaint(text):
            return "complaint"
        cues = scope.clinical_cues(text)
        if cues and not (hits and cues <= self._cues[hits[0].entry]):
            return "clinical"
        if self._several_requests(text):
            return "multiple"
        return None

    def _several_requests(self, text: str) -> bool:
        parts = scope.segments(text)
        if len(parts) < 2:
            return False
        found = set()
        for part in parts:
            analysis = self.index.analyse(part)
            if not analysis.content:
                continue
            hits = self._score(analysis)
            if hits and 100 * hits[0].score >= SEGMENT_THRESHOLD:
                found.add(hits[0].entry)
        return len(found) > 1

    def _compete(self, text: str, first: _Hit, second: _Hit) -> bool:
        """True when two entries fit the same words (a real "did you mean"), not different parts."""
        terms = set(self._analyse(text).terms)
        a = terms & (self.index.asked[first.entry] | self.index.answered[first.entry])
        b = terms & (self.index.asked[second.entry] | self.index.answered[second.entry])
        return bool(a & b) or not (a and b)


def _entry_cues(entry: FaqEntry) -> frozenset[str]:
    """The clinical cues an entry's own phrasings carry: messages with these cues are in its scope."""
    phrases = [
        *entry.questions,
        *entry.keywords,
        *(q for tr in entry.translations.values() for q in tr.questions),
    ]
    cues: set[str] = set()
    for phrase in phrases:
        cues |= scope.clinical_cues(phrase)
    return frozenset(cues)


__all__ = ["FaqMatch", "MatchOutcome", "Matcher", "analyse"]
