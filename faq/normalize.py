"""Text normalisation for matching: Unicode, case, punctuation, emoji and SMS-speak."""

from __future__ import annotations

import re
import unicodedata

SMS_SPEAK = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "appt": "appointment",
    "appts": "appointments",
    "rx": "prescription",
    "dr": "doctor",
    "doc": "doctor",
    "thx": "thanks",
    "ty": "thanks",
    "tmrw": "tomorrow",
    "2day": "today",
    "b4": "before",
    "w": "with",
    "wat": "what",
    "wht": "what",
}

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def strip_accents(text: str) -> str:
    """Remove combining accents (á -> a) so Spanish typed without accents still matches."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with punctuation and emoji dropped and SMS-speak expanded."""
    text = strip_accents(unicodedata.normalize("NFKC", text)).casefold()
    return [SMS_SPEAK.get(tok, tok) for tok in _WORD.findall(text)]


def normalize(text: str) -> str:
    """The normalised form used for matching: tokens joined by single spaces."""
    return " ".join(tokens(text))
