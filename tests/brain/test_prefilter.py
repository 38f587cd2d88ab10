"""The triage prefilter: what a pattern needs is read soundly, and skipping never changes a decision."""

from __future__ import annotations

import json
import re

import pytest

from faq import prefilter
from routing.triage import Triage, reason
from tests.brain.conftest import DATA


def hopeful(pattern: str, text: str) -> bool:
    """Whether the prefilter would let `pattern` be tried on `text`."""
    return prefilter.possible(prefilter.needs(pattern), prefilter.word_starts(text.split()))


@pytest.mark.parametrize(
    ("pattern", "needed"),
    [
        (r"\bchest (\w+ ){0,2}(pain|ache)\b", {"chest"}),
        (r"\b(?:p(?:ain(?:s)?|ressure))\b", {"pain", "pressu"}),  # a word list compiled as a trie
        (r"\bbleed\w* (\w+ ){0,3}(a lot|heavily)\b", {"bleed"}),
        (r"\b(heart|chest)\b(?: \w+){0,4} (?:racing|pounding)\b", {"racing", "poundi"}),
        (r"^(?!.*\bhace\b)(?=.*\b(empezo|comenzo) a convulsionar\b)", {"convul"}),  # a lookahead's words
        (r"^\s*(send )?(an )?(ambulance|911)\s*$", {"ambula", "911"}),  # a word starts after a space
    ],
)
def test_a_pattern_needs_the_words_it_is_written_with(pattern: str, needed: set[str]) -> None:
    assert frozenset(needed) in prefilter.needs(pattern)


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\b(i feel) (not |un)?safe\b", "i feel unsafe"),  # "unsafe" does not start with "safe"
        (r"\b(?:ha)+\b", "hahaha"),
        (r"\bsweat\w*\b", "sweating buckets"),
        (r"\b(is |was )*confused\b", "is was confused"),
        (r"\w+ectomy\b", "after my appendectomy"),  # needs no word start: always tried
        (r"\b\d+ (weeks|days) old\b", "she is 10 weeks old"),
        (r"^(?!.*\bfever\b).*\bblue\b", "feeling blue"),
        (r"(lips|face)?\s*blue", "blue"),
        (r"^(?=.*\bempezo a convulsionar\b)", "mi hijo empezo a convulsionar"),
        (r"^\s*(send )?(an )?(ambulance|911)\s*$", "send an ambulance"),
        (r"(?<=\bmy )chest\b", "my chest"),  # a lookbehind's words are not read (they need not start the match)
        (r"\bmy \d{1,2} ?(am|pm)\b", "my 10am"),  # a word that starts with a digit
        (r"\b[0-9]+ pills\b", "took 30 pills"),
        (r"\b\d+ pills\b", "took ٣٠ pills"),  # `\d` matches any decimal digit, not only 0-9
        (r"\bcovid\d+\b", "covid19 test"),  # a digit inside a word needs nothing more
    ],
)
def test_the_needs_are_sound(pattern: str, text: str) -> None:
    assert re.search(pattern, f" {text} ")
    assert hopeful(pattern, text)


def test_a_pattern_is_skipped_when_its_words_are_absent() -> None:
    assert not hopeful(r"\bchest (pain|ache)\b", "what time do you open on saturday")
    # a word that must start with a digit: the phrase folds' "my 10am" is not tried on a text with no number
    assert not hopeful(r"\b(my|the) \d{1,2} ?(am|pm)\b", "can i move my appointment to the morning")


def test_skipping_never_changes_what_triage_decides(triage: Triage) -> None:
    """Every case text gets the same category as when every rule of every category is tried."""
    lines = (line for path in sorted(DATA.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines())
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    for text in texts:
        cleaned = triage.prepare(text)
        hits = [c for c in triage.categories if not c.fallback and c.matches(cleaned)] or [
            c for c in triage.categories if c.fallback and c.matches(cleaned)
        ]
        expected = reason(hits).id if hits and cleaned.strip() else None
        flag = triage.check(text)
        assert (flag.category if flag else None) == expected, text


@pytest.mark.parametrize(
    "words",
    [["a", "my", "chest", "pressure", "appointment"], ["", "x", "ok", "pain", "pains", "hello"], ["déjà", "niño"], []],
)
def test_word_starts_are_every_start_up_to_prefix(words: list[str]) -> None:
    """The written-out slices give exactly each word's starts of 1 to PREFIX characters."""
    expected = {w[:n] for w in words for n in range(1, min(len(w), prefilter.PREFIX) + 1)}
    assert prefilter.word_starts(words) == expected


def test_a_word_starting_with_another_scripts_digit_holds_every_digit_start() -> None:
    assert set("0123456789") <= prefilter.word_starts(["٣٠"])


def test_candidates_are_the_items_every_need_allows() -> None:
    found = [prefilter.needs(p) for p in (r"\bchest (pain|ache)\b", r"\bpain\b", r"\w+ ache", r"\bbleed\w* a lot\b")]
    index = prefilter.Index(found)
    for text in ("my chest pain", "a headache", "bleeding a lot", "hello", "chest"):
        starts = prefilter.word_starts(text.split())
        expected = [n for n, need in enumerate(found) if prefilter.possible(need, starts)]
        assert index.of_words(text.split()) == expected  # twice: worked out, then kept
        assert index.of_words(text.split()) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bchest (pain|ache)\b", r" (?:chest (pain|ache)\b)"),
        (r"\b\d+ (mg|pills)\b", r" (?:\d+ (mg|pills)\b)"),  # a digit is a word's start too
        (r"\b(?!no )pain\b", r" (?:(?!no )pain\b)"),  # a lookahead matches nothing: "pain" comes first
        (r"\bchest\b|\bpain\b", r" (?:chest\b|\bpain\b)"),  # every branch starts at a boundary: grouped
        (r"\b(a|\s)x", r"\b(a|\s)x"),  # a match may start with a space
        (r"\b(?:very )?bad\b", r"\b(?:very )?bad\b"),  # (an optional start is left as written)
        (r"\b(?:very)?\s*bad", r"\b(?:very)?\s*bad"),  # "very" is optional: a match may start with a space
        (r"\bchest\b|pain", r"\bchest\b|pain"),  # a branch without the boundary
        (r"chest\b", r"chest\b"),
    ],
)
def test_a_leading_boundary_is_a_space_only_where_every_match_starts_with_a_word(pattern: str, expected: str) -> None:
    assert prefilter.spaced(pattern) == expected
    assert prefilter.needs(prefilter.spaced(pattern)) == prefilter.needs(pattern)


def test_spaced_rules_match_prepared_text_as_written(triage: Triage) -> None:
    """Every rule and veto triage searches with a space for its leading boundary (prefilter.spaced) matches the
    prepared case texts exactly where the pattern as written does."""
    lines = (line for path in sorted(DATA.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines())
    texts = [triage.prepare(json.loads(line)["text"]) for line in list(lines)[::15] if line.strip()]
    patterns = [p for c in triage.categories for r in c.rules for p in r.patterns] + [
        p for c in triage.categories for p in c.unless
    ]
    rewritten = [p for p in patterns if p.pattern.startswith(" (?:")]
    assert len(rewritten) > len(patterns) // 2  # most rules start at a word
    for spaced in rewritten:
        written = re.compile("\\b" + spaced.pattern[4:-1])
        for text in texts:
            assert bool(spaced.search(text)) == bool(written.search(text)), (written.pattern[:80], text)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"a|b(c|d)", ("a", "b(c|d)")),
        (r"[|]x|y\|z|[]|]w", ("[|]x", r"y\|z", "[]|]w")),  # a bar in a class or escaped is no alternative
        (r"(a|b)", ("(a|b)",)),
        (r"(a)x|\1", (r"(a)x|\1",)),  # a back-reference does not stand alone
        (r"(?i)a|b", ("(?i)a|b",)),  # nor does a flag for the whole
    ],
)
def test_a_pattern_splits_into_its_top_level_alternatives(pattern: str, expected: tuple[str, ...]) -> None:
    assert prefilter.branches(pattern) == expected


def test_scope_gates_open_wherever_their_pattern_matches() -> None:
    """A gate opens on every case text its pattern matches (normalised and as written): it never hides a match."""
    from faq import scope
    from faq.normalize import fold, normalize

    gates = [g for g in vars(scope).values() if isinstance(g, scope._Gate)]
    assert len(gates) > 5
    lines = (line for path in sorted(DATA.glob("*.jsonl")) for line in path.read_text(encoding="utf-8").splitlines())
    raw = [json.loads(line)["text"] for line in lines if line.strip()]
    for text in {form for t in raw for form in (normalize(t), fold(t))}:
        for gate in gates:
            if gate.pattern.search(text):
                assert gate.open(text), (gate.pattern.pattern[:80], text)
