"""The decision for one message in bot mode: triage first, then a person if asked, then the FAQ.

Order matters and is the safety policy: a possible emergency always wins; then an answer to a pending
"did you mean"; then what the bot must not answer (attachments, a request for a person, letters,
complaints, personal clinical questions, several requests at once); only then an FAQ answer, and
only when the matcher is sure. Anything else goes to staff; when the matcher was merely unsure but its top
entry is clear enough, the handoff also offers that entry (`Decision.suggest`), which the patient may take.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import faq
from faq import lexicon, scope
from faq.normalize import normalize
from routing import lang
from routing.states import Priority, Route
from routing.triage import PACKAGED_RULES, Triage, TriageResult

# Longer than this and a message is a letter, not a question: staff read it (triage still runs).
MAX_FAQ_CHARS = 400

# A low-confidence handoff also offers the top entry ("reply 1 to get our answer now") when it is clear enough:
# at least this score, and this far ahead of the runner-up. Below the answer threshold on purpose: a wrong
# offer costs the patient a glance (staff still get the conversation), a wrong answer costs trust. Set by
# measuring offers among low-confidence handoffs (right entry / wrong entry / meant for staff) over the product
# FAQ's bench and test sets and every specialty bench, 2026-11, with the status/hedge/exception rule below:
#   45/20: 203 / 13 / 87 (the old setting: 205 / 13 / 93 without the rule)
#   35/10: 517 / 47 / 299     40/10 (chosen): 390 / 32 / 200 (392 / 32 / 209 without the rule)
# 40/10 nearly doubles the right offers, keeps wrong entries at 5% of offers and staff-meant ones at half the
# right ones (specialty benches alone: 188 / 17 / 53); below 40 the staff-meant offers grow almost as fast as
# the right ones (35/10 adds 127 right and 99 staff-meant; product sets there: 265 right, 224 staff-meant), and a
# wider margin costs about 5 right offers per wrong one it avoids (40/15: 348 / 23 / 182).
SUGGEST_THRESHOLD = 40.0
SUGGEST_MARGIN = 10.0
# Words that make a message staff's whatever the entry: asking what became of one's own request ("did you get my
# referral", "did my prior auth go through yet"), a hedged worry ("probably nothing, but"), a request for an
# exception ("just this once"). The matcher refuses to answer these even when sure; no offer either. At 40/10 it
# drops 9 staff-meant offers for 2 right ones. (The scope checks the matcher declines by, clinical cues,
# complaints, several requests, fire on almost none of the staff-meant offers left: those were declined
# already. Naming the body or danger, scope's "aside" words, drops right offers as fast as staff-meant ones:
# "this heat is killing me, are you open saturday", "need a refill on my seizure meds".)
_FOR_STAFF = frozenset(lexicon.term(c) for c in (lexicon.STATUS_CHECK, lexicon.HEDGE, lexicon.EXCEPTION))

# Replies that accept a single offered answer, besides its number or label. Not "ok": after "our team will
# reply" it is most often an acknowledgement, and it would send an answer nobody asked for.
_YES = frozenset("yes y yeah yep yup si".split())
_POLITE = frozenset("please thanks thank you por favor gracias".split())

# Replies that pick an option of "Did you mean: 1) … 2) …?" without typing its number.
_ORDINALS = {
    "first": 1, "1st": 1, "one": 1, "primero": 1, "primera": 1, "uno": 1,
    "second": 2, "2nd": 2, "two": 2, "segundo": 2, "segunda": 2, "dos": 2,
    "third": 3, "3rd": 3, "three": 3, "tercero": 3, "tercera": 3, "tres": 3,
}  # fmt: skip
_PICK_FILLER = frozenset("the a option number no numero el la opcion one please thanks".split())


class Reason(StrEnum):
    """Why a message was routed the way it was (shown to staff as the handoff reason)."""

    FAQ = "faq"
    URGENT = "urgent"
    ASKED_FOR_PERSON = "asked_for_person"
    LOW_CONFIDENCE = "low_confidence"
    CLARIFY = "clarify"
    EMPTY = "empty"
    MEDIA = "media"
    TOO_LONG = "too_long"
    CLINICAL = "clinical_question"
    COMPLAINT = "complaint"
    MULTIPLE = "multiple_requests"
    PRICE = "price_question"  # a price the matched entry does not give ("how much is a flu shot")
    NO_ANSWER = "no_answer"  # the entry it matched has an empty answer: staff answer that topic


_DECLINED = {
    "clinical": Reason.CLINICAL,
    "complaint": Reason.COMPLAINT,
    "multiple": Reason.MULTIPLE,
    "price": Reason.PRICE,
}


@dataclass(frozen=True)
class Decision:
    """Route plus everything the pipeline needs to answer and the console needs to explain."""

    route: Route
    reason: Reason
    lang: str
    faq_id: str | None = None
    score: float | None = None
    answer: str | None = None
    triage: TriageResult | None = None
    clarify: tuple[faq.FaqMatch, ...] = ()
    candidates: tuple[faq.FaqMatch, ...] = ()
    suggest: faq.FaqEntry | None = None  # a likely answer offered with a low-confidence handoff
    vouched: bool = False  # answered on the generic topics' bank's word (faq/bank.py), below the clinic's threshold

    @property
    def priority(self) -> Priority:
        """Queue priority when this decision hands the conversation to staff."""
        return self.triage.priority if self.triage else Priority.ROUTINE


class Brain:
    """The FAQ matcher and the triage rules together, loaded once per process."""

    def __init__(self, faq_data: faq.Faq, triage: Triage) -> None:
        self.faq = faq_data
        self.matcher = faq.Matcher(faq_data)
        # The FAQ's words are real words: triage must not "correct" them into alarm words.
        self.triage = triage.knowing(self.matcher.index.speller.known)

    @classmethod
    def load(cls, faq_path: Path, rules_path: Path = PACKAGED_RULES) -> Brain:
        """Load and validate both files; raises FaqError or RulesError with a clear message."""
        return cls(faq.load(faq_path), Triage.load(rules_path))

    def decide(
        self, text: str, *, has_media: bool = False, pending: tuple[str, ...] = (), lang_hint: str = "en"
    ) -> Decision:
        """Route one patient message; `pending` holds FAQ ids offered in a clarifying question,
        `lang_hint` the conversation's language (kept when a message, like "1", does not show one)."""
        language = lang.detect(text, lang_hint)
        flag = self.triage.check(text, language)
        if flag:
            return Decision(Route.URGENT, Reason.URGENT, language, triage=flag)
        if pending and (chosen := self._choice(text, pending)):
            return self._answer(chosen, 100.0, language)
        if has_media:
            return Decision(Route.AGENT, Reason.MEDIA, language)
        if not normalize(text):
            return Decision(Route.AGENT, Reason.EMPTY, language)
        if scope.asks_for_person(text):
            return Decision(Route.AGENT, Reason.ASKED_FOR_PERSON, language, candidates=self.matcher.rank(text))
        if len(text) > MAX_FAQ_CHARS:
            return Decision(Route.AGENT, Reason.TOO_LONG, language)
        outcome = self.matcher.assess(text)
        if outcome.declined:
            reason = _DECLINED.get(outcome.declined, Reason.LOW_CONFIDENCE)
            return Decision(Route.AGENT, reason, language, candidates=outcome.candidates)
        if outcome.best:
            return self._answer(
                outcome.best.entry, outcome.best.score, language, outcome.candidates, vouched=outcome.vouched
            )
        if outcome.clarify:
            return Decision(
                Route.AGENT, Reason.CLARIFY, language, clarify=outcome.clarify, candidates=outcome.candidates
            )
        top = outcome.candidates[0].score if outcome.candidates else None
        # (the words are read only when an offer is in reach: most handoffs have none)
        for_staff = (
            top is not None
            and top >= SUGGEST_THRESHOLD
            and (self._for_staff(text) or self.matcher.looked_there(text, outcome.candidates[0].entry))
        )  # (nor the answer the writer says they already looked for in vain where it points)
        return Decision(
            Route.AGENT, Reason.LOW_CONFIDENCE, language, score=top, candidates=outcome.candidates,
            suggest=suggestion(outcome.candidates, for_staff=for_staff),
        )  # fmt: skip

    def _for_staff(self, text: str) -> bool:
        """The message asks after one's own request, hedges a worry or asks an exception (see _FOR_STAFF), read as
        the matcher reads it (greetings, reasons and circumstances set aside)."""
        text = scope.without_circumstance(scope.without_reason(scope.without_courtesy(text)))
        return not _FOR_STAFF.isdisjoint(self.matcher.index.analyse(text).terms)

    def accepts(self, text: str, offered: tuple[str, ...]) -> faq.FaqEntry | None:
        """The offered entry when a reply takes the offer: its number, its label, or a plain yes."""
        words = set(normalize(text).split())
        if len(offered) == 1 and words & _YES and words <= _YES | _POLITE:
            return self.faq.get(offered[0])
        return self._choice(text, offered)

    def _answer(
        self,
        entry: faq.FaqEntry,
        score: float,
        language: str,
        candidates: tuple[faq.FaqMatch, ...] = (),
        *,
        vouched: bool = False,
    ) -> Decision:
        if not entry.answerable:
            return Decision(Route.AGENT, Reason.NO_ANSWER, language, score=score, candidates=candidates)
        return Decision(
            Route.FAQ,
            Reason.FAQ,
            language,
            faq_id=entry.id,
            score=score,
            answer=entry.answer_in(language),
            candidates=candidates,
            vouched=vouched,
        )

    def _choice(self, text: str, pending: tuple[str, ...]) -> faq.FaqEntry | None:
        """Resolve a reply to "Did you mean 1) … 2) …?" by number, ordinal word or the option's label."""
        norm = normalize(text)
        picked = [w for w in norm.split() if w not in _PICK_FILLER] or norm.split()[:1]
        if len(picked) == 1:
            word = picked[0]
            number = int(word) if word.isdigit() else _ORDINALS.get(word, 0)
            if 1 <= number <= len(pending):
                return self.faq.get(pending[number - 1])
        for entry_id in pending:
            entry = self.faq.get(entry_id)
            if entry and norm and norm in (normalize(entry.label), normalize(entry.label_in("es"))):
                return entry
        return None


def suggestion(candidates: tuple[faq.FaqMatch, ...], *, for_staff: bool = False) -> faq.FaqEntry | None:
    """The top candidate when it is clear enough to offer (and has an answer to give), else None; never for a
    message that is staff's whatever it matches (`for_staff`, see _FOR_STAFF)."""
    if for_staff or not candidates or not candidates[0].entry.answerable:
        return None
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    top = candidates[0].score
    return candidates[0].entry if top >= SUGGEST_THRESHOLD and top - runner_up >= SUGGEST_MARGIN else None
