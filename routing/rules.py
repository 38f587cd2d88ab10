"""The red-flag rules file (YAML) read, validated and compiled: categories, word lists, exclusions. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

try:  # libyaml's parser, when PyYAML was built with it: loading the rules is most of an app's start-up
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML's wheels ship libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

from bot.errors import RulesError
from faq import lexicon, prefilter
from faq.normalize import normalize
from routing.states import Priority

ACTIONS = {"call_911": Priority.URGENT, "crisis_988": Priority.URGENT, "nurse_same_day": Priority.HIGH}
LANGUAGES = ("en", "es")
DEFAULT_WITHIN = 4  # words allowed between the two sides of a `near` rule
_NAME = re.compile(r"[a-z][a-z0-9_]*")
_REFERENCE = re.compile(r"\{([a-z][a-z0-9_]*)\}")  # "{child}"; never a quantifier such as "{0,3}"
_CATEGORY_KEYS = {"id", "action", "guidance", "patterns", "unless", "fallback", "explains"}
# Whole words written in the rules (not stems like "nacid" in "nacid[oa]"): what typos are fixed to.
_LITERAL = re.compile(r"(?<![\\?\w])[a-z]{4,}(?![\w\[(*+{])")


@dataclass(frozen=True)
class Rule:
    """Matches when all its patterns match (one pattern for a plain rule).

    Its patterns search triage's prepared text (Triage.prepare: words between single spaces, a space first and
    last), so a leading `\\b` before a word is compiled as a space (faq/prefilter.spaced).
    """

    patterns: tuple[re.Pattern[str], ...]
    # Word starts the text must hold for the rule to match (see faq/prefilter.py); () = always try.
    needs: prefilter.Needs = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "needs", prefilter.joined(prefilter.needs(p.pattern) for p in self.patterns))

    def matches(self, text: str) -> bool:
        """All the patterns match prepared text."""
        return all(p.search(text) for p in self.patterns)


@dataclass(frozen=True)
class Category:
    """One kind of emergency: its rules, its vetoes, and what the patient is told."""

    id: str
    action: str
    priority: Priority
    guidance: dict[str, str]
    rules: tuple[Rule, ...]
    unless: tuple[re.Pattern[str], ...]
    fallback: bool = False  # checked only when no other category matches (the safety net)
    # Categories this one is the better reason for when both match: a cause ("trauma", "heat_cold")
    # over the sign it produces ("unresponsive", "stroke"), so staff see why and the patient gets the
    # guidance for the cause (no aspirin for a bleed, do not move a neck injury).
    explains: frozenset[str] = frozenset()
    # each veto's word starts (faq/prefilter.py): a veto whose words the text lacks is not searched
    veto_needs: tuple[prefilter.Needs, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "veto_needs", tuple(prefilter.needs(p.pattern) for p in self.unless))

    def matches(self, text: str) -> bool:
        """A rule matches and no veto does (triage itself tries only the rules a text may match)."""
        return any(r.matches(text) for r in self.rules) and not self.vetoed(text)

    def vetoed(self, text: str) -> bool:
        """One of the category's `unless` patterns matches prepared text."""
        return any(p.search(text) for p in self.unless)

    def vetoed_among(self, text: str, possible: int) -> bool:
        """vetoed(), trying only the vetoes whose bit is set in `possible` (bit n: the n-th `unless` pattern may
        match, as an index of their needs found from the text's words: Triage._matching)."""
        return any(possible >> n & 1 and p.search(text) for n, p in enumerate(self.unless))

    def guidance_in(self, lang: str) -> str:
        """What the patient is told, in `lang` (English for a language the file has no guidance in)."""
        return self.guidance.get(lang) or self.guidance["en"]


@dataclass(frozen=True)
class Misheard:
    """A phone's mis-hearing of a rule word ("chess pain"): the word meant, where the context says so."""

    meant: str
    pattern: re.Pattern[str]  # its `heard` group is what gets replaced by `meant`
    heard: frozenset[str]  # the mis-heard words: the pattern is tried only on a text holding them all

    @property
    def cue(self) -> str:
        """The one word a text must hold first: the longest that is no everyday function word ("attack" of
        "hard attack", not "a"), so a message of common words never pays for the rest."""
        return max(sorted(self.heard), key=lambda w: (w not in lexicon.STOPWORDS, len(w)))


@dataclass(frozen=True)
class RuleSet:
    """Everything a rules file says, compiled."""

    categories: tuple[Category, ...]
    exclusions: tuple[re.Pattern[str], ...]
    known_words: frozenset[str]
    vocabulary: frozenset[str] = frozenset()  # the words the rules look for: what typos are fixed to
    benign: frozenset[str] = frozenset()  # the words of the exclusions: real words, never "fixed"
    # Round 32: what a phone's speech recognition writes for a rule word ("chess pain", "having a stoke", "cant
    # breed"), and round 36's clinical shorthand. Filed by cue: a text tries only the entries whose cue it holds (in
    # file order), so most messages pay one set test; shorthand's cues ("are", "hour", "t") are common words.
    misheard: tuple[Misheard, ...] = ()
    # Round 53: the words of a request about the visit itself (`visit_logistics`: who comes in along, a wheelchair, an
    # interpreter), which the seizure rule and triage's lasting-deficit check both read
    visit_request: re.Pattern[str] | None = None
    misheard_by_cue: dict[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    # The exclusions with the word starts each needs, so those whose words are absent are skipped, and a search that
    # tells whether one matches prepared text at all (faster than cutting nothing: most that are tried match nothing)
    guarded_exclusions: tuple[tuple[re.Pattern[str], prefilter.Needs, _Search], ...] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        guarded = tuple(
            (p, prefilter.needs(p.pattern), _compiled(prefilter.spaced(p.pattern)).search) for p in self.exclusions
        )
        object.__setattr__(self, "guarded_exclusions", guarded)
        by_cue: dict[str, list[int]] = {}
        for n, heard in enumerate(self.misheard):
            by_cue.setdefault(heard.cue, []).append(n)
        object.__setattr__(self, "misheard_by_cue", {cue: tuple(ns) for cue, ns in by_cue.items()})


def load(path: Path) -> RuleSet:
    """Read and compile a rules file; raise RulesError naming the file, the part and the problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot load red-flag rules: {exc}") from None
    return _compiled_rules(str(path), text)


# Compiling the rules takes seconds; a RuleSet is immutable, so a process that loads the same text again (an FAQ
# reload, which builds a new Brain, or the test suite's many apps) shares the first one. Keyed by the text: an edited
# file is compiled afresh.
@lru_cache(maxsize=2)
def _compiled_rules(path: str, text: str) -> RuleSet:
    try:
        doc = yaml.load(text, Loader=SafeLoader)
    except yaml.YAMLError as exc:
        raise RulesError(f"{path}: cannot load red-flag rules: {exc}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("categories"), list) or not doc["categories"]:
        raise RulesError(f"{path}: needs a top-level 'categories:' list with at least one category")
    words = Lexicons.read(doc.get("lexicons"), f"{path}: lexicons")
    cats = tuple(_category(raw, f"{path}", n, words) for n, raw in enumerate(doc["categories"], start=1))
    duplicate = next((c.id for i, c in enumerate(cats) if c.id in {d.id for d in cats[:i]}), None)
    if duplicate:
        raise RulesError(f"{path}: category '{duplicate}': duplicate id")
    ids = {c.id for c in cats}
    stray = next(((c.id, e) for c in cats for e in sorted(c.explains) if e not in ids or e == c.id), None)
    if stray:
        raise RulesError(f"{path}: category '{stray[0]}': 'explains' names '{stray[1]}', not another category")
    where = f"{path}: exclusions"
    raw_exclusions = _list(doc.get("exclusions"), where)
    exclusions = tuple(words.compile(p, where) for p in raw_exclusions)
    # The words of a list that only cuts name (the openings of a joke told before its errand) are none the rules look
    # for: real words, never "corrected" (as an exclusion's own words are not), and never what a typo becomes
    cut_lists = words.referenced(raw_exclusions)
    rule_lists = words.referenced(
        [doc["categories"], doc.get("misheard"), doc.get("shorthand"), doc.get("telegraphic"), "{visit_logistics}"]
    )
    vocabulary = {w for raw in doc["categories"] for w in literals(raw.get("patterns"))}
    vocabulary |= words.every_word(exclude=cut_lists - rule_lists)
    misheard = _misheard(doc.get("misheard"), f"{path}: misheard", words)
    # round 36: clinical shorthand ("cp and sob", "hour 38" for "HR 38", "T 104.2") is put right the same way,
    # only where its context says it is the chart's word ("cp" is cerebral palsy, "sob" crying, elsewhere)
    misheard += _misheard(doc.get("shorthand"), f"{path}: shorthand", words)
    # round 80: telegraphic English (a Deaf writer's ASL grammar: "i take whole bottle sleep pill already") read as
    # the standard English the rules know ("took", "sleeping pill"), only where its context says so
    misheard += _misheard(doc.get("telegraphic"), f"{path}: telegraphic", words)
    visit = words.compile(r"\b({visit_logistics})\b", f"{path}: lexicons") if words.has("visit_logistics") else None
    return RuleSet(
        cats,
        exclusions,
        _known_words(doc.get("known_words"), f"{path}: known_words"),
        frozenset(vocabulary),
        frozenset(literals(raw_exclusions) | words.every_word(only=cut_lists)),
        misheard,
        visit,
    )


_HEARD = re.compile(r"<([^<>]+)>")


def _misheard(raw: object, where: str, words: Lexicons) -> tuple[Misheard, ...]:
    """`misheard:` - the word meant: [patterns], each with its mis-heard words (plain words) in <angle brackets>."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise RulesError(f"{where} must map the word meant to a list of patterns")
    compiled: list[Misheard] = []
    for meant, patterns in raw.items():
        for pattern in _list(patterns, f"{where}: {meant}"):
            heard = _HEARD.findall(pattern) if isinstance(pattern, str) else []
            if len(heard) != 1 or not re.fullmatch(r"[a-z]+( [a-z]+)*", heard[0]):
                raise RulesError(f"{where}: {meant}: {pattern!r} must mark plain mis-heard words once, in <brackets>")
            body = _HEARD.sub(lambda m: f"(?P<heard>{m[1]})", pattern)
            regex = words.compile(rf"\b(?:{body})\b", f"{where}: {meant}")
            compiled.append(Misheard(normalize(str(meant)), regex, frozenset(heard[0].split())))
    return tuple(compiled)


def literals(raw: object) -> set[str]:
    """The whole words written in rules (regexes, `near:` and `all:` parts), {list} references left out."""
    if isinstance(raw, str):
        text = _REFERENCE.sub(" ", raw).replace("\\b", " ")
        plain = (w.rstrip("*") for w in text.split())  # the words of `near:` lists
        return set(_LITERAL.findall(text)) | {w for w in plain if w.isalpha() and len(w) >= 4}
    if isinstance(raw, dict):
        return set().union(*(literals(v) for v in raw.values()))
    if isinstance(raw, list):
        return set().union(*(literals(v) for v in raw))
    return set()


class Lexicons:
    """Named word lists (`lexicons:`), written `{name}` inside any pattern or `near:` list.

    An entry is a word or phrase; a trailing * matches any ending ("bleed*": bleeds, bleeding), # any
    number ("# weeks"), and "{other}" includes another list.
    """

    def __init__(self, entries: dict[str, list[str]]) -> None:
        self._entries = entries
        self._regex: dict[str, str] = {}

    @classmethod
    def read(cls, raw: object, where: str) -> Lexicons:
        if raw is None:
            return cls({})
        if not isinstance(raw, dict):
            raise RulesError(f"{where} must map names to lists of words")
        entries: dict[str, list[str]] = {}
        for name, words in raw.items():
            if not isinstance(name, str) or not _NAME.fullmatch(name):
                raise RulesError(f"{where}: {name!r} is not a valid name (lower case letters, digits, _)")
            if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
                raise RulesError(
                    f"{where}: '{name}' must be a non-empty list of words; "
                    'quote words YAML reads as true/false ("no", "yes", "on", "off")'
                )
            entries[name] = [w.strip() for w in words]
        lexicons = cls(entries)
        for name in entries:
            lexicons.words(name, f"{where}: '{name}'")  # unknown references and cycles fail at load
        return lexicons

    def has(self, name: str) -> bool:
        """Whether a list of that name is defined."""
        return name in self._entries

    def every_word(self, *, only: set[str] | None = None, exclude: set[str] | frozenset[str] = frozenset()) -> set[str]:
        """The whole words of every list, or of the lists named `only`, less those named in `exclude` (stems of
        "bleed*" included)."""
        names = [n for n in self._entries if (only is None or n in only) and n not in exclude]
        plain = (w.rstrip("*") for n in names for e in self._entries[n] for w in e.split())
        return {w for w in plain if w.isalpha() and len(w) >= 4}

    def referenced(self, raw: object) -> set[str]:
        """The names of the lists that rules (text, or lists and maps of it) refer to, included lists too."""
        if isinstance(raw, dict):
            raw = list(raw.values())
        if isinstance(raw, list):
            return set().union(*(self.referenced(v) for v in raw))
        if not isinstance(raw, str):
            return set()
        named = {m for m in _REFERENCE.findall(raw) if m in self._entries}
        return named | {inner for name in named for entry in self._entries[name] for inner in self.referenced(entry)}

    def words(self, name: str, where: str, seen: tuple[str, ...] = ()) -> list[str]:
        """Every entry of a list, included lists expanded."""
        if name not in self._entries:
            raise RulesError(f"{where}: unknown word list {{{name}}} (define it under 'lexicons:')")
        if name in seen:
            raise RulesError(f"{where}: word list {{{name}}} includes itself")
        out: list[str] = []
        for entry in self._entries[name]:
            ref = _REFERENCE.fullmatch(entry)
            out.extend(self.words(ref[1], where, (*seen, name)) if ref else [entry])
        return out

    def alternatives(self, items: list[str], where: str) -> str:
        """A regex matching any of `items` (words, phrases, or {list} references)."""
        expanded: list[str] = []
        for item in items:
            ref = _REFERENCE.fullmatch(item.strip())
            expanded.extend(self.words(ref[1], where) if ref else [item.strip()])
        return trie_regex(expanded)

    def expand(self, pattern: str, where: str) -> str:
        """A pattern with every {name} replaced by the regex of that list."""

        def one(found: re.Match[str]) -> str:
            name = found[1]
            if name not in self._regex:
                self._regex[name] = self.alternatives(self.words(name, where), where)
            return f"(?:{self._regex[name]})"

        return _REFERENCE.sub(one, pattern)

    def compile(self, pattern: object, where: str, *, prepared: bool = False) -> re.Pattern[str]:
        """The pattern with its word lists filled in, compiled; `prepared`: it only ever searches triage's prepared
        text (words between single spaces, a space first and last: Triage.prepare), where a leading `\\b` before a
        word is a space, which the regex engine finds much faster (faq/prefilter.spaced)."""
        if not isinstance(pattern, str) or not pattern.strip():
            raise RulesError(f"{where}: pattern {pattern!r} must be non-empty text")
        try:
            expanded = self.expand(pattern, where)
            return _compiled(prefilter.spaced(expanded) if prepared else expanded)
        except re.error as exc:
            raise RulesError(f"{where}: pattern {pattern!r} is not a valid regular expression: {exc}") from None


_Search = Callable[[str], "re.Match[str] | None"]


@lru_cache(maxsize=4096)
def _compiled(pattern: str) -> re.Pattern[str]:
    """re.compile with a cache big enough for every rule: `re` keeps only 512, fewer than the rules hold."""
    return re.compile(pattern)


def trie_regex(words: list[str]) -> str:
    """One regex for many words, sharing prefixes ("breath", "breathe", "breathing" -> breath(?:e|ing)?):
    Python's `re` tries alternatives one by one, so a shared prefix is read once."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for atom in _atoms(word):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _branch(trie)


def _atoms(word: str) -> list[str]:
    atoms = []
    for i, ch in enumerate(word):
        if ch == "*" and i == len(word) - 1:
            atoms.append(r"\w*")
        elif ch == "#":
            atoms.append(r"\d+")
        else:
            atoms.append(re.escape(ch))
    return atoms


def _branch(node: dict[str, Any]) -> str:
    ends = "" in node
    parts = [atom + _branch(child) for atom, child in sorted(node.items()) if atom]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if ends:
        return f"(?:{body})?" if len(parts) == 1 else body + "?"
    return body


def _known_words(raw: object, where: str) -> frozenset[str]:
    words = _list(raw, where)
    bad = [w for w in words if not isinstance(w, str) or len(normalize(w).split()) != 1]
    if bad:
        raise RulesError(f"{where}: each entry must be one word, got {bad[0]!r}")
    return frozenset(normalize(w) for w in words)


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise RulesError(f"{where} must be a list")
    return value


def _category(raw: object, path: str, number: int, words: Lexicons) -> Category:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"].strip():
        raise RulesError(f"{path}: category #{number}: needs an 'id'")
    where = f"{path}: category '{raw['id']}'"
    unknown = sorted(set(raw) - _CATEGORY_KEYS)
    if unknown:
        raise RulesError(f"{where}: unknown key '{unknown[0]}' (allowed: {', '.join(sorted(_CATEGORY_KEYS))})")
    if raw.get("action") not in ACTIONS:
        raise RulesError(f"{where}: 'action' must be one of {', '.join(ACTIONS)}, got {raw.get('action')!r}")
    guidance = raw.get("guidance")
    missing = [lang for lang in LANGUAGES if not isinstance(guidance, dict) or not _text(guidance.get(lang))]
    if missing:
        raise RulesError(f"{where}: 'guidance' needs a text for each language ({', '.join(missing)} missing)")
    patterns = _list(raw.get("patterns"), f"{where}: 'patterns'")
    if not patterns:
        raise RulesError(f"{where}: 'patterns' must be a non-empty list of regular expressions")
    if not isinstance(raw.get("fallback", False), bool):
        raise RulesError(f"{where}: 'fallback' must be true or false")
    explains = _list(raw.get("explains"), f"{where}: 'explains'")
    if not all(isinstance(e, str) for e in explains):
        raise RulesError(f"{where}: 'explains' must be a list of category ids")
    assert isinstance(guidance, dict)
    return Category(
        raw["id"],
        raw["action"],
        ACTIONS[raw["action"]],
        {lang: str(text).strip() for lang, text in guidance.items()},
        tuple(_rule(p, where, words) for p in patterns),
        tuple(
            words.compile(p, f"{where}: 'unless'", prepared=True)
            for p in _list(raw.get("unless"), f"{where}: 'unless'")
        ),
        raw.get("fallback", False),
        frozenset(explains),
    )


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _rule(raw: object, where: str, words: Lexicons) -> Rule:
    if isinstance(raw, dict) and "all" in raw:
        parts = raw["all"]
        if set(raw) != {"all"} or not isinstance(parts, list) or len(parts) < 2:
            raise RulesError(f"{where}: a combined pattern is written `all: [regex, regex, ...]` (2 or more)")
        return Rule(tuple(_part(p, where, words) for p in parts))
    return Rule((_part(raw, where, words),))


def _part(raw: object, where: str, words: Lexicons) -> re.Pattern[str]:
    return _near(raw, where, words) if isinstance(raw, dict) else words.compile(raw, where, prepared=True)


def _near(raw: dict[str, Any], where: str, words: Lexicons) -> re.Pattern[str]:
    """`near: [[words], [words]]` (`within: N`, default 4): a word of each list, in either order.

    A word ending in * matches any ending ("bleed*": bleeds, bleeding); phrases and {lists} are allowed.
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
    first, second = (words.alternatives(g, where) for g in groups)
    gap = rf"(?: \w+){{0,{within}}} "
    return words.compile(
        rf"\b(?:{first})\b{gap}(?:{second})\b|\b(?:{second})\b{gap}(?:{first})\b", where, prepared=True
    )
