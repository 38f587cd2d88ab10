"""Normalisation: what every message looks like before matching and triage."""

from __future__ import annotations

import pytest

from faq.normalize import fold, normalize, strip_accents, tokens


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("What TIME do you open?!", "what time do you open"),
        ("\uff37\uff28\uff21\uff34 time", "what time"),  # full-width letters (NFKC)
        ("¿A qué hora abren?", "a que hora abren"),
        ("👍👍 thanks 🙏", "thanks"),
        ("wat time do u open tmrw", "what time do you open tomorrow"),
        ("need my rx pls, dr said ok", "need my prescription please doctor said ok"),
        ("can i move my appt", "can i move my appointment"),
        ("r u open 2day", "are you open today"),
        ("I can't breathe", "i cant breathe"),
        ("I can\u2019t breathe", "i cant breathe"),  # typographic apostrophe
        ("I think I OD'd", "i think i overdosed"),
        ("od\u2019ing on my meds", "overdosed on my meds"),
        ("my chest x-ray results", "my chest xray results"),
        ("walk-ins?", "walkin"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_odd_stays_odd() -> None:
    assert normalize("I feel odd") == "i feel odd"


def test_blank_and_emoji_only_normalise_to_nothing() -> None:
    assert normalize("  🙂 ?! ") == ""
    assert tokens("") == []


def test_strip_accents_and_fold() -> None:
    assert strip_accents("Bebé está enfermo, ¿mañana?") == "Bebe esta enfermo, ¿manana?"
    assert fold("Don\u2019t") == "dont"


def test_we_d_is_not_wednesday() -> None:
    # joined, "we'd" is "wed", SMS-speak's Wednesday: "he told mom we'd all be better off" (round 59's batch)
    assert normalize("he told mom we\u2019d all be better off") == "he told mom we would all be better off"
    assert normalize("WE'D like a ride") == "we would like a ride"
    assert normalize("see you wed") == "see you wednesday"
