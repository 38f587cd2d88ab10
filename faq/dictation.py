"""Spoken punctuation: what screen-reader and voice-typing users dictate ("comma", "period", "question mark")."""

from __future__ import annotations

import re

# Round 80: a dictated message spells its punctuation ("hello comma I am blind and will come by bus period what is the
# street address question mark"), and the words ran its sentences together and diluted the question. A text is read as
# dictated only when it says a mark no one writes otherwise ("comma", "question mark", "full stop", "exclamation
# point", "new line"); "coma" (a coma, in both languages) and "colon" (the bowel) are never read as marks.
_DICTATED = re.compile(
    r"\b(comma|question mark|full stop|exclamation (point|mark)|new (line|paragraph))\b", re.IGNORECASE
)
_MARKS = (
    (re.compile(r"\s*\bquestion mark\b", re.IGNORECASE), "?"),
    (re.compile(r"\s*\bexclamation (point|mark)\b", re.IGNORECASE), "!"),
    (re.compile(r"\s*\b(full stop|new line|new paragraph)\b", re.IGNORECASE), "."),
    (re.compile(r"\s*\bcomma\b", re.IGNORECASE), ","),
    # "period" ends a sentence only after a word that cannot own or measure one ("my period", "a period of", "grace
    # period", "between periods" stay words) and before the end or a new sentence, never before "of"
    (
        re.compile(
            r"(?<=\w)(?<!\bmy)(?<!\bher)(?<!\bthe)(?<!\ba)(?<!\bthis)(?<!\bthat)(?<!\bone)(?<!\bfirst)(?<!\blast)"
            r"(?<!\bnext)(?<!\bgrace)(?<!\bwaiting)(?<!\btrial)(?<!\bno)(?<!\bany)(?<!\byour)(?<!\bour)(?<!\bshort)"
            r"(?<!\blong)(?<!\bheavy)(?<!\blate)(?<!\bmissed)(?<!\bsame)\s+period\b(?!\s+(of|is|was|has|came|started|"
            r"pain|cramps|blood|tracker|app))",
            re.IGNORECASE,
        ),
        ".",
    ),
)


def without_dictation(text: str) -> str:
    """The text with its spoken punctuation written as marks, when it is plainly dictated (see _DICTATED)."""
    if _DICTATED.search(text) is None:
        return text
    for pattern, mark in _MARKS:
        text = pattern.sub(mark, text)
    return text
