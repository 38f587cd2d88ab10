"""Checks an admin runs before going live: problems that load fine but would hurt patients or matching."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process

from faq.loader import Faq, FaqEntry
from faq.matcher import Matcher
from faq.normalize import normalize

SMS_LIMIT = 320  # two SMS segments; longer answers arrive split or truncated on some phones
NEAR_DUPLICATE = 90.0  # token_sort_ratio from which two phrasings of different entries compete
# Ways of asking (questions + keywords) below which an entry is mostly missed: on our dev cases the
# same FAQ answers ~90% of routine questions with 4-12 per entry and ~70% with one (docs/brain.md).
FEW_PHRASINGS = 3


@dataclass(frozen=True)
class Finding:
    """One warning about an entry: where it is and what to do about it."""

    line: int
    entry: str
    message: str

    def render(self, path: str) -> str:
        """`path line N: entry 'id': message`."""
        return f"{path} line {self.line}: entry '{self.entry}': {self.message}"


def lint(faq: Faq, matcher: Matcher | None = None) -> list[Finding]:
    """Warnings for empty, long or thinly asked entries, duplicate phrasings, and questions that miss their entry."""
    found: list[Finding] = []
    for entry in faq.entries:
        found.extend(_answers(entry))
    found.extend(_duplicates(faq))
    found.extend(_self_test(matcher or Matcher(faq)))
    return sorted(found, key=lambda f: (f.line, f.entry, f.message))


def _answers(entry: FaqEntry) -> list[Finding]:
    out = []
    if not entry.answerable:
        out.append(Finding(entry.line, entry.id, "empty answer: messages that match it go to staff"))
    texts = [("answer", entry.answer)] + [(f"translations.{k}.answer", t.answer) for k, t in entry.translations.items()]
    for name, text in texts:
        if len(text) > SMS_LIMIT:
            out.append(Finding(entry.line, entry.id, f"{name} is {len(text)} characters (over {SMS_LIMIT} for SMS)"))
    ways = len(entry.questions) + len(entry.keywords)
    if entry.answerable and ways < FEW_PHRASINGS:
        out.append(
            Finding(
                entry.line,
                entry.id,
                f"only {ways} way(s) of asking it (questions + keywords): add questions the way patients "
                f"write them, at least {FEW_PHRASINGS}, or most of them will go to staff",
            )
        )
    if "es" not in entry.translations:
        out.append(Finding(entry.line, entry.id, "no Spanish answer (translations.es): Spanish writers get English"))
    return out


def _phrasings(faq: Faq) -> tuple[list[str], list[FaqEntry], list[str]]:
    texts, owners, shown = [], [], []
    for entry in faq.entries:
        for phrase in [*entry.questions, *(q for tr in entry.translations.values() for q in tr.questions)]:
            texts.append(normalize(phrase))
            owners.append(entry)
            shown.append(phrase)
    return texts, owners, shown


def _duplicates(faq: Faq) -> list[Finding]:
    texts, owners, shown = _phrasings(faq)
    out = []
    for i, text in enumerate(texts):
        # extract() runs in C; limit=None returns every phrasing at or above the cutoff
        close = process.extract(text, texts, scorer=fuzz.token_sort_ratio, score_cutoff=NEAR_DUPLICATE, limit=None)
        for _choice, _score, j in close:
            if i >= j or owners[i].id == owners[j].id:
                continue
            kind = "duplicate" if text == texts[j] else "near-duplicate"
            message = (
                f"{kind} phrasing {shown[i]!r} ~ {shown[j]!r} of entry '{owners[j].id}' "
                f"(line {owners[j].line}): patients asking it may get either answer"
            )
            out.append(Finding(owners[i].line, owners[i].id, message))
    return out


def _self_test(matcher: Matcher) -> list[Finding]:
    """Each question, asked as written, should be answered by its own entry."""
    out = []
    for entry in matcher.faq.entries:
        if not entry.answerable:
            continue
        for question in entry.questions:
            outcome = matcher.assess(question)
            if outcome.best and outcome.best.entry.id == entry.id:
                continue
            closest = ", ".join(f"{m.entry.id} {m.score:.0f}" for m in outcome.candidates[:2]) or "nothing"
            why = f"declined as {outcome.declined}" if outcome.declined else f"closest: {closest}"
            out.append(Finding(entry.line, entry.id, f"question {question!r} is not answered by this entry ({why})"))
    return out
