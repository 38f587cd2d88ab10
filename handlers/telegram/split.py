"""Long texts cut for Telegram: at most 4096 UTF-16 code units a message, at the most natural break."""

from __future__ import annotations

import re
import unicodedata

# Telegram counts a text's length in UTF-16 code units: an emoji outside the BMP counts twice.
LIMIT = 4096
# Breaks in order of preference. A break is only used if it keeps at least half a message's worth,
# so one early blank line does not leave a tiny first part.
_BREAKS = (
    re.compile(r"\n[ \t]*\n\s*"),  # paragraph
    re.compile(r"\n\s*"),  # line
    re.compile(r"[.!?\u2026\u3002][\"'\u201d\u2019)\]]*\s+"),  # sentence end (and closing quotes)
    re.compile(r"\s+"),  # word
)


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def split(text: str, limit: int = LIMIT) -> tuple[str, ...]:
    """Parts of at most `limit` UTF-16 units, in order, cut at paragraph, line, sentence or word breaks."""
    parts: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        cut = _cut(rest, limit)
        if head := rest[:cut].rstrip():
            parts.append(head)
        rest = rest[cut:].lstrip()
    if rest or not parts:
        parts.append(rest)
    return tuple(parts)


def _cut(text: str, limit: int) -> int:
    """Where the first part ends: the best break that fits, else as much as fits."""
    fit = _fitting(text, limit)
    head = text[:fit]
    for pattern in _BREAKS:
        ends = [m.end() for m in pattern.finditer(head) if m.start() >= fit // 2]
        if ends:
            return ends[-1]
    return _cluster_start(text, fit)


def _fitting(text: str, limit: int) -> int:
    """How many characters (code points) fit in `limit` UTF-16 units; a code point is never halved."""
    units = 0
    for i, ch in enumerate(text):
        units += 2 if ord(ch) > 0xFFFF else 1
        if units > limit:
            return i
    return len(text)


def _cluster_start(text: str, fit: int) -> int:
    """Move a hard cut back so it does not separate a character from its accents, joiners or modifiers."""
    cut = fit
    while 0 < cut < len(text) and (_joins_previous(text[cut]) or text[cut - 1] == "\u200d"):
        cut -= 1
    return cut or fit  # one cluster longer than a whole message: cut it where it must be


def _joins_previous(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch in "\u200d\ufe0f\ufe0e" or 0x1F3FB <= ord(ch) <= 0x1F3FF
