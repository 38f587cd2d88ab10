"""The typo corrector: one edit for short words, two for long ones, never a guess across the board."""

from __future__ import annotations

import pytest

from faq.typos import Speller, slip_of

WORDS = ["pain", "chest", "appointment", "prescription", "breathe", "parking", "refill", "copy"]


@pytest.fixture
def speller() -> Speller:
    return Speller(WORDS, {"appointment": 5})


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("pian", "pain"),  # swapped letters
        ("chets", "chest"),
        ("apointment", "appointment"),  # missing letter
        ("appointmnet", "appointment"),
        ("perscription", "prescription"),  # two edits in a long word
        ("brethe", "breathe"),
        ("parkng", "parking"),
        ("refil", "refill"),
    ],
)
def test_corrects_typos(speller: Speller, typo: str, meant: str) -> None:
    assert speller.correct(typo) == meant


@pytest.mark.parametrize("word", ["pan", "xyz", "doctor", "parchment", "12345", "brain"])
def test_leaves_what_it_cannot_place(speller: Speller, word: str) -> None:
    assert speller.correct(word) is None


def test_known_words_come_back_unchanged(speller: Speller) -> None:
    assert speller.correct("chest") == "chest"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("chets", "chest"), ("brething", "breathing"), ("siezure", "seizure"), ("stomache", "stomach")],
)
def test_slips_of_the_fingers_are_recognised(typed: str, meant: str) -> None:
    assert slip_of(typed, meant)


@pytest.mark.parametrize(
    ("word", "alarm"), [("cooking", "choking"), ("shaving", "shaking"), ("stabbing", "standing"), ("held", "head")]
)
def test_real_words_far_apart_on_the_keyboard_are_not_slips(word: str, alarm: str) -> None:
    assert not slip_of(word, alarm)


def test_slips_only_never_turns_a_real_word_into_an_alarm() -> None:
    careful = Speller(["choking", "chest"], slips_only=True, strict=4)
    assert careful.correct("cooking") is None
    assert careful.correct("chets") == "chest"
