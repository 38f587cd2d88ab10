"""The FAQ matcher: text in, the entry it answers (with a score) or nothing when unsure."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from faq.loader import Faq, FaqEntry
from faq.normalize import normalize

# Scores are 0-100. An answer needs a high score AND a clear margin over the next entry:
# a wrong answer is worse than a handoff.
ANSWER_THRESHOLD = 78.0
MARGIN = 8.0
CLARIFY_THRESHOLD = 70.0


@dataclass(frozen=True)
class FaqMatch:
    """An FAQ entry and how well a message matched it (0-100)."""

    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class MatchOutcome:
    """What the matcher concluded: one confident answer, a close call between entries, or nothing."""

    best: FaqMatch | None
    clarify: tuple[FaqMatch, ...]
    candidates: tuple[FaqMatch, ...]


class Matcher:
    """Matches patient text against an FAQ's phrasings."""

    def __init__(self, faq: Faq) -> None:
        self.faq = faq
        self._choices: list[str] = []
        self._owners: list[FaqEntry] = []
        for entry in faq.entries:
            phrasings = list(entry.questions)
            for tr in entry.translations.values():
                phrasings.extend(tr.questions)
            for phrase in phrasings:
                self._choices.append(normalize(phrase))
                self._owners.append(entry)

    def rank(self, text: str, limit: int = 3) -> tuple[FaqMatch, ...]:
        """The best `limit` entries for a text, best first (one score per entry)."""
        query = normalize(text)
        if not query:
            return ()
        hits = process.extract(query, self._choices, scorer=fuzz.token_sort_ratio, limit=limit * 4)
        best: dict[str, FaqMatch] = {}
        for _choice, score, index in hits:
            entry = self._owners[index]
            if entry.id not in best or best[entry.id].score < score:
                best[entry.id] = FaqMatch(entry, float(score))
        return tuple(sorted(best.values(), key=lambda m: -m.score)[:limit])

    def assess(self, text: str) -> MatchOutcome:
        """Decide between a confident answer, a clarifying question, or no answer."""
        ranked = self.rank(text)
        if not ranked:
            return MatchOutcome(None, (), ())
        top = ranked[0]
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        if top.score >= ANSWER_THRESHOLD and top.score - runner_up >= MARGIN:
            return MatchOutcome(top, (), ranked)
        close = tuple(m for m in ranked[:2] if m.score >= CLARIFY_THRESHOLD)
        if len(close) == 2:
            return MatchOutcome(None, close, ranked)
        return MatchOutcome(None, (), ranked)

    def match(self, text: str) -> FaqMatch | None:
        """The entry that confidently answers `text`, or None."""
        return self.assess(text).best
