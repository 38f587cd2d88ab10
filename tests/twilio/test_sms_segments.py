"""The segment estimator and the sentence splitter: pure, no server."""

from __future__ import annotations

import pytest

from handlers.sms_segments import SMS_TARGET_CHARS, TWILIO_MAX_CHARS, estimate, split_message


@pytest.mark.parametrize(
    ("text", "encoding", "units", "segments"),
    [
        ("", "GSM-7", 0, 0),
        ("a" * 160, "GSM-7", 160, 1),
        ("a" * 161, "GSM-7", 161, 2),  # concatenated: 153 per part
        ("a" * 306, "GSM-7", 306, 2),
        ("a" * 307, "GSM-7", 307, 3),
        ("€" * 80, "GSM-7", 160, 1),  # extension characters cost two septets
        ("[" * 81, "GSM-7", 162, 2),
        ("¿Qué? Ñoño, café à 8h", "GSM-7", 21, 1),  # accents in the GSM alphabet stay GSM-7
        ("¿Sí?", "UCS-2", 4, 1),  # í is not: one Spanish accent halves the room per segment
        ("a" * 70 + "ç", "UCS-2", 71, 2),  # ç is not GSM-7: the whole text becomes UCS-2
        ("ok 👍", "UCS-2", 5, 1),  # one emoji is two UTF-16 units
        ("a" * 69 + "👍", "UCS-2", 71, 2),
        ("a" * 134 + "😀", "UCS-2", 136, 3),  # 67-unit parts; the emoji's pair is not split
    ],
)
def test_estimate(text: str, encoding: str, units: int, segments: int) -> None:
    found = estimate(text)
    assert (found.encoding, found.units, found.segments) == (encoding, units, segments)


def test_an_escape_pair_is_not_split_across_segments() -> None:
    # 152 plain septets then "€" (2): it does not fit the first part's 153, so it starts the second.
    assert estimate("a" * 152 + "€" + "b" * 10).segments == 2
    # 306 units would fill exactly two parts, but the pair moved over leaves one septet for a third.
    assert estimate("a" * 152 + "€" + "b" * 152).segments == 3


def test_short_replies_are_one_part() -> None:
    assert split_message("We open at 8am.") == ["We open at 8am."]
    assert split_message("   ") == []


def test_long_replies_split_on_sentences_near_the_target() -> None:
    sentence = "Bring your insurance card and a photo ID to your first visit. "
    parts = split_message(sentence * 12)
    assert len(parts) > 1
    assert all(len(p) <= SMS_TARGET_CHARS for p in parts)
    assert all(p.endswith("visit.") for p in parts)
    assert " ".join(parts) == (sentence * 12).strip()


def test_line_breaks_are_boundaries_too() -> None:
    rest = "Monday to Friday 8am to 6pm, Saturday 9am to 1pm " * 8
    assert split_message("Opening hours\n" + rest) == ["Opening hours", rest.strip()]


def test_one_sentence_over_the_target_stays_whole_up_to_twilios_cap() -> None:
    long_sentence = "word " * 100 + "end."
    assert split_message(long_sentence) == [long_sentence.strip()]


def test_nothing_exceeds_twilios_cap() -> None:
    text = "x" * 2000 + " " + "y" * 3000
    parts = split_message(text)
    assert all(len(p) <= TWILIO_MAX_CHARS for p in parts)
    assert "".join(parts) == text.replace(" ", "")


def test_whatsapp_target_keeps_a_long_answer_in_one_message() -> None:
    text = "Bring your insurance card. " * 40
    assert split_message(text, target=TWILIO_MAX_CHARS) == [text.strip()]
