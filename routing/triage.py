"""Red-flag triage from YAML rules: text in, the emergency category and its guidance out. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from faq import lexicon, prefilter
from faq.normalize import tokens
from faq.typos import Speller
from routing import rules
from routing.rules import ACTIONS, Category, RuleSet
from routing.states import Priority

__all__ = ["ACTIONS", "PACKAGED_RULES", "Triage", "TriageResult", "reason"]

PACKAGED_RULES = Path(__file__).resolve().parent / "data" / "red_flags.yaml"
# Real words one slip away from a rule word ("killed"/"killer", "color"/"calor"): never "corrected".
REAL_WORDS = Path(__file__).resolve().parent / "data" / "real_words.txt"
# The same for Spanish: everyday words ("veces", "muerto", "siete") the English-made list cannot know.
REAL_WORDS_ES = Path(__file__).resolve().parent / "data" / "real_words_es.txt"
# Words this short have many real neighbours ("rush"/"rash", "logs"/"legs"): only swapped or doubled letters
# are fixed in them.
SHORT_WORD = 4
# Everyday words that must never be "corrected" into a rule word: the matcher's own word lists.
_KNOWN = (
    lexicon.STOPWORDS | lexicon.GENERIC | lexicon.LIGHT | lexicon.ACKS | lexicon.EXTRA_WORDS | set(lexicon.CONCEPTS)
) | {
    line.strip()
    for path in (REAL_WORDS, REAL_WORDS_ES)
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()[:1] not in ("", "#")
}


@dataclass(frozen=True)
class TriageResult:
    """A red flag: which category, what the patient must do now, and how urgent it is for staff."""

    category: str
    action: str
    priority: Priority
    guidance: str


class Triage:
    """Checks messages against red-flag categories; benign look-alikes are excluded by rule."""

    def __init__(self, ruleset: RuleSet, known: frozenset[str] = frozenset()) -> None:
        self._rules = ruleset
        self._known = _KNOWN | ruleset.known_words | ruleset.benign | known
        self._speller = Speller(ruleset.vocabulary, strict=SHORT_WORD, slips_only=True)
        # Every rule of every category, filed by the words it needs: a message is tried only against
        # the rules whose words it holds (most messages hold none), in file order.
        self._owners = tuple((cat, rule) for cat in ruleset.categories for rule in cat.rules)
        self._index = prefilter.Index(rule.needs for _, rule in self._owners)

    def knowing(self, words: frozenset[str]) -> Triage:
        """The same rules, with more real words (e.g. the FAQ's) that must never be "corrected"."""
        return Triage(self._rules, self._known | words)

    @classmethod
    def load(cls, path: Path = PACKAGED_RULES) -> Triage:
        """Load rules from YAML; raise RulesError naming the file, category and problem."""
        return cls(rules.load(path))

    def prepare(self, text: str) -> str:
        """The text as rules see it: normalised, typos near rule words fixed, benign contexts cut out."""
        return self._prepared(text)[0]

    def _prepared(self, text: str) -> tuple[str, frozenset[str]]:
        """The prepared text and its word starts (what the rules' prefilter compares with)."""
        words = [self._fix(w) for w in tokens(text)]
        starts = prefilter.word_starts(words)
        cleaned, cuts = f" {' '.join(words)} ", 0
        for pattern, needs in self._rules.guarded_exclusions:
            if prefilter.possible(needs, starts):
                cleaned, n = pattern.subn(" ", cleaned)
                cuts += n
        words = cleaned.split()
        if cuts:  # words were cut out: what is left may need fewer rules tried
            starts = prefilter.word_starts(words)
        return f" {' '.join(words)} ", starts  # rules expect single spaces between words

    def check(self, text: str, lang: str = "en") -> TriageResult | None:
        """The most urgent red flag in `text`, or None; the safety net only when no category matches."""
        cleaned, starts = self._prepared(text)
        if not cleaned.strip():
            return None
        tried = self._index.candidates(starts)
        hits = self._matching(cleaned, tried, fallback=False) or self._matching(cleaned, tried, fallback=True)
        if not hits:
            return None
        cat = reason(hits)
        return TriageResult(cat.id, cat.action, cat.priority, cat.guidance.get(lang) or cat.guidance["en"])

    def _matching(self, cleaned: str, tried: list[int], *, fallback: bool) -> list[Category]:
        """The categories (specific, or the safety net's) with a rule among `tried` that matches and no veto."""
        hit: dict[str, Category] = {}
        for n in tried:
            cat, rule = self._owners[n]
            if cat.fallback == fallback and cat.id not in hit and rule.matches(cleaned):
                hit[cat.id] = cat
        return [cat for cat in hit.values() if not cat.vetoed(cleaned)]

    def action_of(self, category: str) -> str | None:
        """The action of a category (None for an unknown id)."""
        return next((c.action for c in self._rules.categories if c.id == category), None)

    @property
    def categories(self) -> tuple[Category, ...]:
        """The categories, in file order."""
        return self._rules.categories

    def _fix(self, word: str) -> str:
        if word in self._known:
            return word
        return self._speller.correct(word) or word


def reason(hits: list[Category]) -> Category:
    """The most urgent category; among equals, one no other explains (a cause over its sign), in file order."""
    best = min(c.priority for c in hits)
    top = [c for c in hits if c.priority == best]
    explained = {e for c in top for e in c.explains}
    return next((c for c in top if c.id not in explained), top[0])
