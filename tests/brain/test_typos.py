"""The typo corrector: one edit for short words, two for long ones, never a guess across the board."""

from __future__ import annotations

import pytest

from faq.typos import Speller

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
