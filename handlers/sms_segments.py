"""SMS arithmetic (pure): how many segments a text costs, and how to split long replies on sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass

# 3GPP TS 23.038: the GSM-7 default alphabet, and its extension table (each costs an escape + the char).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = frozenset("^{}\\[~]|€\f")

# Units per segment: one segment alone, or each part of a concatenated message (the header costs room).
_SINGLE = {"GSM-7": 160, "UCS-2": 70}
_MULTI = {"GSM-7": 153, "UCS-2": 67}

TWILIO_MAX_CHARS = 1600  # Twilio refuses longer bodies (error 21617)
SMS_TARGET_CHARS = 320  # two GSM-7 segments: long answers read better as several short texts

# A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by space, or at a line break.
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"')\]»]*\s+|\n+")


@dataclass(frozen=True)
class SegmentEstimate:
    """The encoding a text needs, its length in that encoding's units, and the segments it costs."""

    encoding: str
    units: int
    segments: int


def _unit_costs(text: str) -> tuple[str, list[int]]:
    """The encoding and each character's cost in units (septets, or UTF-16 code units)."""
    if all(ch in GSM_BASIC or ch in GSM_EXTENSION for ch in text):
        return "GSM-7", [2 if ch in GSM_EXTENSION else 1 for ch in text]
    # UCS-2 as phones send it is really UTF-16: a character outside the BMP (most emoji) takes two.
    return "UCS-2", [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def estimate(text: str) -> SegmentEstimate:
    """Segments this text costs as one SMS (one emoji switches the whole text to UCS-2)."""
    encoding, costs = _unit_costs(text)
    units = sum(costs)
    if units <= _SINGLE[encoding]:
        return SegmentEstimate(encoding, units, 1 if units else 0)
    # Pack whole characters: an escape pair or a surrogate pair is never split across two segments.
    segments, room = 1, _MULTI[encoding]
    for cost in costs:
        if cost > room:
            segments, room = segments + 1, _MULTI[encoding]
        room -= cost
    return SegmentEstimate(encoding, units, segments)


def split_message(text: str, *, target: int = SMS_TARGET_CHARS, limit: int = TWILIO_MAX_CHARS) -> list[str]:
    """Split on sentence boundaries into parts of at most `limit` characters, packed up to `target`."""
    text = text.strip()
    if len(text) <= target:
        return [text] if text else []
    parts: list[str] = []
    current = ""
    for sentence in _sentences(text):
        joined = current + sentence
        if len(joined.strip()) <= target or not current.strip():
            current = joined
            continue
        parts.append(current.strip())
        current = sentence
    if current.strip():
        parts.append(current.strip())
    return [piece for part in parts for piece in _hard_wrap(part, limit)]


def _sentences(text: str) -> list[str]:
    """The text cut after each sentence end, keeping the separators so packing restores the spacing."""
    pieces, start = [], 0
    for match in _BOUNDARY.finditer(text):
        pieces.append(text[start : match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _hard_wrap(part: str, limit: int) -> list[str]:
    """A sentence longer than Twilio's cap: cut at the last space before it (or mid-word if none)."""
    out = []
    while len(part) > limit:
        cut = part.rfind(" ", 0, limit + 1)
        cut = cut if cut > 0 else limit
        out.append(part[:cut].strip())
        part = part[cut:].strip()
    if part:
        out.append(part)
    return out
