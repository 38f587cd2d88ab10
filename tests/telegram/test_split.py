"""Splitting long texts: Telegram's 4096 UTF-16 units, natural breaks, order, and no halved characters."""

from __future__ import annotations

import pytest

from handlers.telegram.split import LIMIT, split, utf16_len


def test_short_texts_are_one_part() -> None:
    assert split("Hello.") == ("Hello.",)
    assert split("x" * LIMIT) == ("x" * LIMIT,)


def test_a_paragraph_break_is_preferred() -> None:
    first, second = "A" * 3000 + ".", "B" * 2000 + "."
    assert split(f"{first}\n\n{second}") == (first, second)


def test_then_a_sentence_end() -> None:
    sentence = "This is a sentence of about fifty characters long. "
    text = sentence * 100  # 5100 characters, no line breaks
    parts = split(text)
    assert len(parts) == 2
    assert parts[0].endswith(".")
    assert " ".join(parts).split() == text.split()


def test_then_a_word_break() -> None:
    text = ("word " * 1000).strip()  # 4999 characters, no sentence ends
    parts = split(text)
    assert [utf16_len(p) <= LIMIT for p in parts] == [True, True]
    assert all(not p.startswith(" ") and not p.endswith(" ") for p in parts)
    assert " ".join(parts).split() == text.split()


def test_an_early_break_does_not_leave_a_tiny_part() -> None:
    text = "Hi!\n\n" + "x " * 3000
    first, *_ = split(text)
    assert len(first) > LIMIT // 2


def test_length_is_counted_in_utf16_units_and_no_surrogate_pair_is_halved() -> None:
    text = "💉" * 3000  # 6000 UTF-16 units, no break anywhere
    parts = split(text)
    assert [utf16_len(p) for p in parts] == [4096, 1904]
    assert "".join(parts) == text
    assert all(len(p.encode("utf-16-le")) % 4 == 0 for p in parts)  # whole pairs only


@pytest.mark.parametrize("cluster", ["e\u0301", "👍🏽", "👩\u200d⚕️"])
def test_a_hard_cut_keeps_a_character_with_its_accents_and_modifiers(cluster: str) -> None:
    text = "a" * (LIMIT - 1) + cluster + "b" * 10
    first, second = split(text)
    assert first == "a" * (LIMIT - 1)
    assert second.startswith(cluster)


def test_a_9000_character_message_makes_three_parts_in_order() -> None:
    paragraph = "Please bring your insurance card and a list of your medicines to the appointment. " * 10
    text = "\n\n".join([paragraph.strip()] * 11)[:9000]
    parts = split(text)
    assert len(parts) == 3
    assert all(utf16_len(p) <= LIMIT for p in parts)
    assert " ".join(parts).split() == text.split()
