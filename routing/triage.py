"""Red-flag triage from YAML rules: text in, the emergency category and its guidance out. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.errors import RulesError
from faq.normalize import normalize
from routing.states import Priority

PACKAGED_RULES = Path(__file__).resolve().parent / "data" / "red_flags.yaml"
ACTIONS = ("call_911", "crisis_988", "nurse_same_day")


@dataclass(frozen=True)
class TriageResult:
    """A red flag: which category, what the patient must do now, and how urgent it is for staff."""

    category: str
    action: str
    priority: Priority
    guidance: str


@dataclass(frozen=True)
class _Category:
    id: str
    action: str
    priority: Priority
    guidance: dict[str, str]
    patterns: tuple[re.Pattern[str], ...]


class Triage:
    """Checks messages against red-flag categories; benign look-alikes are excluded by rule."""

    def __init__(self, categories: tuple[_Category, ...], exclusions: tuple[re.Pattern[str], ...]) -> None:
        self._categories = categories
        self._exclusions = exclusions

    @classmethod
    def load(cls, path: Path = PACKAGED_RULES) -> Triage:
        """Load rules from YAML; raise RulesError naming the file and category on a problem."""
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RulesError(f"{path}: cannot load red-flag rules: {exc}") from None
        if not isinstance(doc, dict) or not isinstance(doc.get("categories"), list):
            raise RulesError(f"{path}: needs a top-level 'categories:' list")
        cats = tuple(_category(raw, path) for raw in doc["categories"])
        excl = tuple(_compile(p, f"{path}: exclusions") for p in doc.get("exclusions") or [])
        return cls(cats, excl)

    def check(self, text: str, lang: str = "en") -> TriageResult | None:
        """The most urgent red flag in `text`, or None."""
        norm = normalize(text)
        if not norm:
            return None
        cleaned = norm
        for pattern in self._exclusions:
            cleaned = pattern.sub(" ", cleaned)
        hits = [c for c in self._categories if any(p.search(cleaned) for p in c.patterns)]
        if not hits:
            return None
        cat = min(hits, key=lambda c: c.priority)
        return TriageResult(cat.id, cat.action, cat.priority, cat.guidance.get(lang) or cat.guidance["en"])


def _category(raw: object, path: Path) -> _Category:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
        raise RulesError(f"{path}: every category needs an 'id'")
    where = f"{path}: category '{raw['id']}'"
    if raw.get("action") not in ACTIONS:
        raise RulesError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}")
    guidance = raw.get("guidance")
    if not isinstance(guidance, dict) or not isinstance(guidance.get("en"), str):
        raise RulesError(f"{where}: 'guidance' needs at least an 'en' text")
    patterns = raw.get("patterns")
    if not isinstance(patterns, list) or not patterns:
        raise RulesError(f"{where}: 'patterns' must be a non-empty list of regular expressions")
    priority = Priority.URGENT if raw["action"] != "nurse_same_day" else Priority.HIGH
    return _Category(raw["id"], raw["action"], priority, dict(guidance), tuple(_compile(p, where) for p in patterns))


def _compile(pattern: object, where: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise RulesError(f"{where}: pattern {pattern!r} must be text")
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise RulesError(f"{where}: pattern {pattern!r} is not a valid regular expression: {exc}") from None
