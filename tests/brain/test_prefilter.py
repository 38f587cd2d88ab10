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
