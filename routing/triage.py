"""Red-flag triage from YAML rules: text in, the emergency category and its guidance out. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from faq import lexicon
from faq.normalize import tokens
from faq.typos import Speller
from routing import rules
from routing.rules import ACTIONS, Category, RuleSet
from routing.states import Priority

__all__ = ["ACTIONS", "PACKAGED_RULES", "Triage", "TriageResult"]

PACKAGED_RULES = Path(__file__).resolve().parent / "data" / "red_flags.yaml"
# Words this short have many real neighbours ("rush"/"rash", "logs"/"legs"): only swapped or doubled letters
# are fixed in them.
SHORT_WORD = 4
# Everyday words that must never be "corrected" into a rule word: the matcher's own word lists.
_KNOWN = (
    lexicon.STOPWORDS | lexicon.GENERIC | lexicon.LIGHT | lexicon.ACKS | lexicon.EXTRA_WORDS | set(lexicon.CONCEPTS)
)


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
        self._specific = tuple(c for c in ruleset.categories if not c.fallback)
        self._fallback = tuple(c for c in ruleset.categories if c.fallback)

    def knowing(self, words: frozenset[str]) -> Triage:
        """The same rules, with more real words (e.g. the FAQ's) that must never be "corrected"."""
        return Triage(self._rules, self._known | words)

    @classmethod
    def load(cls, path: Path = PACKAGED_RULES) -> Triage:
        """Load rules from YAML; raise RulesError naming the file, category and problem."""
        return cls(rules.load(path))

    def prepare(self, text: str) -> str:
        """The text as rules see it: normalised, typos near rule words fixed, benign contexts cut out."""
        words = [self._fix(w) for w in tokens(text)]
        cleaned = f" {' '.join(words)} "
        for pattern in self._rules.exclusions:
            cleaned = pattern.sub(" ", cleaned)
        return f" {' '.join(cleaned.split())} "  # rules expect single spaces between words

    def check(self, text: str, lang: str = "en") -> TriageResult | None:
        """The most urgent red flag in `text`, or None; the safety net only when no category matches."""
        cleaned = self.prepare(text)
        if not cleaned.strip():
            return None
        hits = [c for c in self._specific if c.matches(cleaned)] or [c for c in self._fallback if c.matches(cleaned)]
        if not hits:
            return None
        cat = min(hits, key=lambda c: c.priority)  # min() keeps file order among equals
        return TriageResult(cat.id, cat.action, cat.priority, cat.guidance.get(lang) or cat.guidance["en"])

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
