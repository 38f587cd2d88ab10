"""Red-flag triage from YAML rules: text in, the emergency category and its guidance out. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.errors import RulesError
from faq import lexicon
from faq.normalize import tokens
from faq.typos import Speller
from routing.states import Priority

PACKAGED_RULES = Path(__file__).resolve().parent / "data" / "red_flags.yaml"
ACTIONS = {"call_911": Priority.URGENT, "crisis_988": Priority.URGENT, "nurse_same_day": Priority.HIGH}
LANGUAGES = ("en", "es")
DEFAULT_WITHIN = 4  # words allowed between the two sides of a `near` rule
# Whole words written in the rules (not stems like "nacid" in "nacid[oa]"): what typos are fixed to.
_LITERAL = re.compile(r"(?<![\\?\w])[a-z]{4,}(?![\w\[(*+{])")
# Everyday words that sit one typo away from a rule word ("lime"/"limp", "breed"/"bleed"): never
# "corrected" into an alarm.
_KNOWN = (
    lexicon.STOPWORDS | lexicon.GENERIC | lexicon.LIGHT | lexicon.ACKS | lexicon.EXTRA_WORDS | set(lexicon.CONCEPTS)
) | frozenset("lime lamp breed chess hearth paint paid plain stoke bread dying lung".split())


@dataclass(frozen=True)
class TriageResult:
    """A red flag: which category, what the patient must do now, and how urgent it is for staff."""

    category: str
    action: str
    priority: Priority
    guidance: str


@dataclass(frozen=True)
class _Rule:
    """Matches when all its patterns match (one pattern for a plain rule)."""

    patterns: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return all(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class _Category:
    id: str
    action: str
    priority: Priority
    guidance: dict[str, str]
    rules: tuple[_Rule, ...]
    unless: tuple[re.Pattern[str], ...]

    def matches(self, text: str) -> bool:
        return any(r.matches(text) for r in self.rules) and not any(p.search(text) for p in self.unless)


class Triage:
    """Checks messages against red-flag categories; benign look-alikes are excluded by rule."""

    def __init__(
        self,
        categories: tuple[_Category, ...],
        exclusions: tuple[re.Pattern[str], ...],
        known: frozenset[str] = frozenset(),
    ) -> None:
        self._categories = categories
        self._exclusions = exclusions
        benign = {w for p in exclusions for w in _literals(p)}
        self._known = _KNOWN | known | benign
        vocab = {w for c in categories for r in c.rules for p in r.patterns for w in _literals(p)}
        self._speller = Speller(vocab)

    def knowing(self, words: frozenset[str]) -> Triage:
        """The same rules, with more real words (e.g. the FAQ's) that must never be "corrected"."""
        return Triage(self._categories, self._exclusions, self._known | words)

    @classmethod
    def load(cls, path: Path = PACKAGED_RULES) -> Triage:
        """Load rules from YAML; raise RulesError naming the file, category and problem."""
        try:
            doc = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise RulesError(f"{path}: cannot load red-flag rules: {exc}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("categories"), list) or not doc["categories"]:
            raise RulesError(f"{path}: needs a top-level 'categories:' list with at least one category")
        cats = tuple(_category(raw, path, n) for n, raw in enumerate(doc["categories"], start=1))
        duplicate = next((c.id for i, c in enumerate(cats) if c.id in {d.id for d in cats[:i]}), None)
        if duplicate:
            raise RulesError(f"{path}: category '{duplicate}': duplicate id")
        excl = tuple(_compile(p, f"{path}: exclusions") for p in _list(doc.get("exclusions"), f"{path}: exclusions"))
        return cls(cats, excl)

    def prepare(self, text: str) -> str:
        """The text as rules see it: normalised, typos near rule words fixed, benign contexts cut out."""
        words = [self._fix(w) for w in tokens(text)]
        cleaned = f" {' '.join(words)} "
        for pattern in self._exclusions:
            cleaned = pattern.sub(" ", cleaned)
        return f" {' '.join(cleaned.split())} "  # rules expect single spaces between words

    def check(self, text: str, lang: str = "en") -> TriageResult | None:
        """The most urgent red flag in `text`, or None."""
        cleaned = self.prepare(text)
        if not cleaned.strip():
            return None
        hits = [c for c in self._categories if c.matches(cleaned)]
        if not hits:
            return None
        cat = min(hits, key=lambda c: c.priority)  # min() keeps file order among equals
        return TriageResult(cat.id, cat.action, cat.priority, cat.guidance.get(lang) or cat.guidance["en"])

    def action_of(self, category: str) -> str | None:
        """The action of a category (None for an unknown id)."""
        return next((c.action for c in self._categories if c.id == category), None)

    def _fix(self, word: str) -> str:
        if word in self._known:
            return word
        return self._speller.correct(word) or word


def _literals(pattern: re.Pattern[str]) -> list[str]:
    return _LITERAL.findall(pattern.pattern.replace("\\b", " "))


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RulesError(f"{where} must be a list")
    return value


def _category(raw: object, path: Path, number: int) -> _Category:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise RulesError(f"{path}: category #{number}: needs an 'id'")
    where = f"{path}: category '{raw['id']}'"
    if raw.get("action") not in ACTIONS:
        raise RulesError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}, got {raw.get('action')!r}")
    guidance = raw.get("guidance")
    missing = [lang for lang in LANGUAGES if not isinstance(guidance, dict) or not _text(guidance.get(lang))]
    if missing:
        raise RulesError(f"{where}: 'guidance' needs a text for each language ({', '.join(missing)} missing)")
    patterns = _list(raw.get("patterns"), f"{where}: 'patterns'")
    if not patterns:
        raise RulesError(f"{where}: 'patterns' must be a non-empty list of regular expressions")
    assert isinstance(guidance, dict)
    return _Category(
        raw["id"],
        raw["action"],
        ACTIONS[raw["action"]],
        {lang: str(text).strip() for lang, text in guidance.items()},
        tuple(_rule(p, where) for p in patterns),
        tuple(_compile(p, f"{where}: 'unless'") for p in _list(raw.get("unless"), f"{where}: 'unless'")),
    )


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _rule(raw: object, where: str) -> _Rule:
    if isinstance(raw, dict) and "all" in raw:
        parts = raw["all"]
        if set(raw) != {"all"} or not isinstance(parts, list) or len(parts) < 2:
            raise RulesError(f"{where}: a combined pattern is written `all: [regex, regex, ...]` (2 or more)")
        return _Rule(tuple(_part(p, where) for p in parts))
    return _Rule((_part(raw, where),))


def _part(raw: object, where: str) -> re.Pattern[str]:
    return _near(raw, where) if isinstance(raw, dict) else _compile(raw, where)


def _near(raw: dict[str, Any], where: str) -> re.Pattern[str]:
    """`near: [[words], [words]]` (`within: N`, default 4): a word of each list, in either order.

    A word ending in * matches any ending ("bleed*": bleeds, bleeding); phrases are allowed.
    """
    groups, within = raw.get("near"), raw.get("within", DEFAULT_WITHIN)
    valid = (
        set(raw) <= {"near", "within"}
        and isinstance(groups, list)
        and len(groups) == 2
        and all(isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in groups)
        and isinstance(within, int)
        and 0 <= within <= 12
    )
    if not valid:
        raise RulesError(
            f"{where}: a proximity rule is written `near: [[words], [words]]` (`within: 0-12`); "
            'quote words YAML reads as true/false ("no", "yes", "on", "off")'
        )
    assert isinstance(groups, list)
    first, second = (_alternatives(g) for g in groups)
    gap = rf"(?: \w+){{0,{within}}} "
    return _compile(rf"\b(?:{first})\b{gap}(?:{second})\b|\b(?:{second})\b{gap}(?:{first})\b", where)


def _alternatives(words: list[str]) -> str:
    return "|".join(
        re.escape(w.strip()[:-1]) + r"\w*" if w.strip().endswith("*") else re.escape(w.strip()) for w in words
    )


def _compile(pattern: object, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str) or not pattern.strip():
        raise RulesError(f"{where}: pattern {pattern!r} must be non-empty text")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RulesError(f"{where}: pattern {pattern!r} is not a valid regular expression: {exc}") from None
