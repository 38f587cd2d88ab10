"""The FAQ matcher: text in, the entry it answers (with a score) or nothing when unsure.

A message is scored against each entry by how much of the message the entry explains (its questions,
keywords and, with less credit, its answer) and how much of one of the entry's phrasings the message
says, both weighted by how rare each word is in the FAQ. Words the FAQ never uses count against every
entry: that is how "do you do covid testing" fails to match the covid *vaccine* entry.
"""

from __future__ import annotations

import functools
import heapq
import operator
import re
from dataclasses import dataclass
from pathlib import Path

from faq import bank as bank_view
from faq import context, dictation, lexicon, scope
from faq.index import ANSWER_CREDIT, Analysis, Index, build, entry_texts, words
from faq.loader import Faq, FaqEntry
from faq.normalize import normalize, tokens

# Scores are 0-100. An answer needs a high score AND a clear margin over the next entry:
# a wrong answer is worse than a handoff. Tuned by grid search on the dev batches (docs/brain.md).
ANSWER_THRESHOLD = 55.0
MARGIN = 10.0
CLARIFY_THRESHOLD = 60.0
# The one entry sharing a word with a message the FAQ knows every word of answers from this score on.
SOLE_THRESHOLD = 50.0
# The sole topical candidate (round 43): an entry that explains every topic word (two or more) of a message asked as
# a question or request, whose questions ask words weighing at least as much as those only its answer names, answers
# from this score on when no other entry scores above TOPICAL_RUNNER_UP and the FAQ knows every word but context ones
# ("what do stitches cost" on a one-phrasing self-pay entry). Looser forms (unknown words allowed, one topic word,
# answer-only words outweighing asked ones) answered one wrong per one to six rescued on the bench FAQs and tests.
TOPICAL_THRESHOLD = 38.0
TOPICAL_RUNNER_UP = 25.0
# The least score the holiday entry needs when a named holiday is asked open (round 79: Matcher._holiday_asked).
HOLIDAY_FLOOR = 30.0
# An entry that asks about the kind of test a message names, where the top entry asks about another.
KIND_THRESHOLD = 45.0
# A part of a multi-part message counts as its own request from this score on.
SEGMENT_THRESHOLD = 62.0
# An aside ("baby shower is that day") explains less than this of any entry by itself.
ASIDE_CEILING = 40.0
# How much the message's unexplained words and the phrasing's unsaid words each pull a score down.
_QUERY_EXPONENT = 1.0
_PHRASING_EXPONENT = 0.35
# A phrasing's words add up in another order than its total weight did, so a fraction may pass 1 in its last bit:
# the score bound allows for that.
_BOUND_SLACK = 1.000001
_SECOND = operator.itemgetter(1)


def _best_fraction(
    phrasings: tuple[tuple[frozenset[str], float], ...],
    picking: frozenset[str],
    said: list[str],
    weights: dict[str, float],
) -> float:
    """The largest part of a phrasing's weight that the message says, over the phrasings that have a picking word.
    `said` lists the picking words, then the rest, each in the message's order: a phrasing's sum is added up in
    that order every time, so its last bit never depends on the process's string-hash seed."""
    best = 0.0
    for terms, size in phrasings:
        if picking.isdisjoint(terms):
            continue
        got = 0.0
        for t in said:
            if t in terms:
                got += weights[t]
        got /= size
        if got > best:  # noqa: PLR1730 (a comparison, not max(): this runs for every phrasing of every candidate)
            best = got
    return best


# Round 82: what access and parking entries ask (where the body told of is why the writer asks: _without_backstory)
_ACCESS_ASKED = frozenset(lexicon.term(w) for w in "parking accessible wheelchair".split())


# Batch 67: "... or just come", "... o nomas llego": the alternative of a question of what a visit takes
_OR_JUST = re.compile(r"\b(?:or|o)\b(?:\W+\w+){0,4}?\W+(?:just|nomas|nada mas|solo|simplemente)\b")


@dataclass(frozen=True)
class FaqMatch:
    """An FAQ entry and how well a message matched it (0-100)."""

    entry: FaqEntry
    score: float


@dataclass(frozen=True)
class MatchOutcome:
    """What the matcher concluded: one confident answer, a close call between entries, or nothing.

    `declined` says why a message is not for the FAQ at all: "clinical" (a personal clinical question
    the FAQ does not cover), "complaint", "multiple" (several requests in one message), or "price" (a price
    the best entry does not give).
    """

    best: FaqMatch | None
    clarify: tuple[FaqMatch, ...]
    candidates: tuple[FaqMatch, ...]
    declined: str | None = None
    # the answer was given on the generic topics' bank's word: the clinic's own score for it is below the threshold
    vouched: bool = False


@dataclass(frozen=True)
class _Hit:
    entry: int
    score: float


class Matcher:
    """Matches patient text against an FAQ's phrasings, keywords and answers."""

    def __init__(self, faq: Faq, *, bank_path: Path | None = bank_view.BANK_PATH) -> None:
        self.faq = faq
        self.index: Index = build(faq)
        self.bank: bank_view.View | None = None  # the generic topics' view (None: a matcher of the bank itself)
        # (the question sentences scored apart are read twice for one message, by _without_backstory and then on the
        # sure path: the last message's are kept; one entry, so no other message's reading is ever reused)
        self._questions_apart = functools.lru_cache(maxsize=1)(self._read_questions_apart)
        self._cues = [_entry_cues(entry) for entry in faq.entries]
        # Symptom words an entry's answer names as what it is for ("anxiety skills group", "sees sprains").
        self._answer_cues = [_answer_cues(entry) for entry in faq.entries]
        # Entries that speak of a price: their questions ask about cost, coverage ("Does insurance cover my
        # meter?") or a sliding scale, or their answer names one ("$2", "free", "no fee").
        self._priced = [
            not _ASKED_PRICE.isdisjoint(self.index.asked[k])
            or not _PRICE_TERMS.isdisjoint(self.index.answered[k])
            or _priced(entry)
            for k, entry in enumerate(faq.entries)
        ]
        self._amounts = [_priced(entry) for entry in faq.entries]  # (an answer that names an amount, or "free")
        # Entries that say when a thing is ready (a pharmacy's "we text you when it is ready", round 74).
        self._says_ready = [
            _SAYS_READY.search(normalize(" ".join(entry_texts(entry)))) is not None for entry in faq.entries
        ]
        # Symptom words the FAQ's own questions are about ("Do you treat acne?", "Can you remove a mole?"):
        # services this practice offers, which a message may ask for in another entry's words.
        self._services = frozenset(c for cues in self._cues for c in cues if scope.is_symptom(c))
        # Entries whose answer sends the writer to a list, a site or the portal ("The full list is on our website").
        self._sends_to_source = {
            entry.id for entry in faq.entries if _SOURCE.search(normalize(entry.answer)) is not None
        }
        if bank_path is not None:
            self.bank = bank_view.View(self, bank_path)

    def rank(self, text: str, limit: int = 3) -> tuple[FaqMatch, ...]:
        """The best `limit` entries for a text, best first (one score per entry)."""
        text = scope.without_courtesy(dictation.without_dictation(text))
        return tuple(self._as_match(hit) for hit in self._score(self._analyse(text), limit))

    def assess(self, text: str) -> MatchOutcome:
        """Decide between a confident answer, a clarifying question, or no answer (with why)."""
        written = text
        text = dictation.without_dictation(text)  # round 80: "comma", "question mark", as a voice user says them
        text = scope.without_courtesy(text)  # greetings, apologies and sign-offs ask nothing
        text = scope.without_reason(text)
        text = scope.without_circumstance(text)
        cut = self._without_writer(text)
        text = cut or text
        text = self._without_backstory(text)
        # round 68: a part asking only whether what the rest names costs anything ("is there parking at yalls place and
        # do i gotta pay for it", "need an asl interpreter. does it cost money?") is read with the rest, whose entry
        # must then give the price (_given)
        text, price_asked, query = self._without_price_asked(text)
        # how the writer gets here or fits the visit in ("my bus", "after my shift") asks nothing of its own
        light = context.context_terms(query.unknown, text)
        hits, light = self._score_errand(query, text, 3, light)
        candidates = tuple(self._as_match(hit) for hit in hits)
        declined = self._declined(text, hits) or self._unpriced(text, query, hits) or self._staffs_alone(query, hits)
        # (round 85: a name or birth date given beside a results question asks staff to look them up; read as written,
        # since without_courtesy sets who is writing aside)
        if hits and not declined and not _RESULTS.isdisjoint(self.index.asked[hits[0].entry]):
            declined = "status" if scope.gives_identity(written) else None
        if declined or not hits:
            return MatchOutcome(None, (), candidates, declined)
        if (
            self._results_elsewhere(query, hits[0])
            or not _FOR_STAFF.isdisjoint(query.terms)
            # round 65: a request to be booked or moved into a named day and hour: staff check and hold the slot; and
            # who writes beside another person's portal, records or chart (see _without_writer)
            or scope.asks_for_slot(text)
            or cut is None
            or self._not_its_patient(text, hits[0])
            or (_ANIMAL in query.terms and _ANIMAL not in self.index.asked[hits[0].entry])
            # (round 66: a service given at home is a home visit the entry does not speak of)
            or (_HOME not in self.index.known[hits[0].entry] and scope.asks_at_home(text))
            or (
                _MEDICATION in query.terms
                and _MEDICATION not in self.index.asked[hits[0].entry]
                and scope.asks_to_take(text)
            )
        ):
            # what became of one's own request (received, denied, gone through) is on record, and a hedged
            # worry ("probably nothing, but") and a request for an exception are for a person: staff answer all three
            return MatchOutcome(None, (), candidates)
        holiday = self._holiday_asked(text, query, hits)
        if holiday is not None:
            return self._given(self._as_match(holiday), candidates, price_asked=price_asked)
        top, runner_up = candidates[0], (candidates[1].score if len(candidates) > 1 else 0.0)
        # the one entry that shares a word with a message whose every word the FAQ knows, and that explains each of
        # its words ("do you have a sliding scale", found only in the self-pay entry's answer): nothing competes
        threshold = self._threshold(text, query, hits, light=light, top=top.score, runner_up=runner_up)
        sure = top.score >= threshold and top.score - runner_up >= MARGIN
        vouched = not sure and top.score - runner_up >= MARGIN and self._bank_agrees(text, query, light, hits[0])
        sure = sure or vouched
        if not sure:
            aside = self._past_aside(text, hits[0], tuple(hits))
            if aside is not None and not self.looked_there(text, aside.entry):
                return self._given(aside, candidates, price_asked=price_asked)
        if sure:
            if self._asked_elsewhere(query, hits) or self._told_otherwise(text) or self._told_of_another(text, hits[0]):
                return MatchOutcome(None, (), candidates)
            if self._story_leads_elsewhere(text, hits):
                return MatchOutcome(None, (), candidates)
            if self._unnamed_kind(query, hits[0]):
                named = self._named_kind(query, hits[1:])
                if named is not None and not self.looked_there(text, self.faq.entries[named.entry]):
                    return MatchOutcome(self._as_match(named), (), candidates)
                return MatchOutcome(None, (), candidates)
            if self.looked_there(text, top.entry):
                return MatchOutcome(None, (), candidates)
            return self._given(top, candidates, price_asked=price_asked, vouched=vouched)
        return self._unsure(query, hits, candidates)

    def _unsure(self, query: Analysis, hits: list[_Hit], candidates: tuple[FaqMatch, ...]) -> MatchOutcome:
        """No answer: a clarifying question when two entries score high and close, else a handoff."""
        top, runner_up = candidates[0].score, (candidates[1].score if len(candidates) > 1 else 0.0)
        if runner_up >= CLARIFY_THRESHOLD and top - runner_up < MARGIN:
            if self._unnamed_kind(query, hits[0]) and self._unnamed_kind(query, hits[1]):
                return MatchOutcome(None, (), candidates)  # neither is the kind asked for: no "did you mean"
            if self._compete(query, hits[0], hits[1]):
                return MatchOutcome(None, candidates[:2], candidates)
            return MatchOutcome(None, (), candidates, "multiple")
        return MatchOutcome(None, (), candidates)

    def _holiday_asked(self, text: str, query: Analysis, hits: list[_Hit]) -> _Hit | None:
        """Round 79: a named holiday asked open, closed or its hours in one sentence ("you guys open on Memorial Day?
        it's tourney weekend") is the holiday entry's question, when the top entry is the weekly hours' and does not
        ask holidays: a weekend or a day told elsewhere in the message only tips the scores to the weekly hours."""
        if _HOLIDAY not in query.terms or _HOLIDAY in self.index.asked[hits[0].entry]:
            return None
        if _HOURS_ASKED.isdisjoint(self.index.asked[hits[0].entry]):
            return None
        holiday = next((h for h in hits[1:] if _HOLIDAY in self.index.asked[h.entry]), None)
        if holiday is None or 100 * holiday.score < HOLIDAY_FLOOR:
            return None
        for sentence in scope.sentences(text):
            said = self.index.analyse(sentence).terms
            if _HOLIDAY in said and not _HOURS_ASKED.isdisjoint(said):
                return None if self.looked_there(text, self.faq.entries[holiday.entry]) else holiday
        return None

    def _not_its_patient(self, text: str, top: _Hit) -> bool:
        """Round 73: the one a refill, records, results, the portal or a visit is asked for is said not to be the
        clinic's patient ("how do we get a refill from you guys, he's not your patient"), and the top entry is not about
        becoming one: what the clinic's own patients do is not what they can."""
        asked = self.index.asked[top.entry]
        return not _PATIENTS_OWN.isdisjoint(asked) and _PATIENT not in asked and scope.not_a_patient(text)

    def _without_price_asked(self, text: str) -> tuple[str, bool, Analysis]:
        """The text without a part asking only whether the rest costs anything (scope.without_price_asked), whether one
        was cut, and the analysis of what is left: looked for only when a word of paying or cost is among its terms."""
        query = self._analyse(text)
        if _PRICE_SAID.isdisjoint(query.terms):  # (most messages: a set test)
            return text, False, query
        cut, asked = scope.without_price_asked(text)
        return (cut, True, self._analyse(cut)) if asked else (text, False, query)

    def _given(
        self, best: FaqMatch, candidates: tuple[FaqMatch, ...], *, price_asked: bool, vouched: bool = False
    ) -> MatchOutcome:
        """The answer; for staff when a part asked whether it costs anything (round 68: scope.without_price_asked) and
        the entry's answer names no amount nor says it is free ("do you have flu shots and do i have to pay for it")."""
        if price_asked and not self._amounts[self.faq.entries.index(best.entry)]:
            return MatchOutcome(None, (), candidates, "price")
        return MatchOutcome(best, (), candidates, vouched=vouched)

    def _without_writer(self, text: str) -> str | None:
        """The text without its statements about the writer beside a request (scope.without_writer, round 65); the
        text whole when the rest asks for another person's medicine, as a carer or an aide may ("home health aide here,
        mrs jones needs her bp meds refilled": read as before); None when it asks for another person's portal, records
        or chart: proxy access or consent, for staff ("i'm a caregiver for my mom. how do i get into her portal")."""
        cut = scope.without_writer(text)
        if cut is text:
            return text
        if scope.names_anothers_account(cut):
            return None
        if scope.speaks_of_another(cut) and not _MEDICINE_ASKED.isdisjoint(self.index.analyse(cut).terms):
            return text
        return cut

    def _score_errand(
        self, query: Analysis, text: str, limit: int, light: frozenset[str]
    ) -> tuple[list[_Hit], frozenset[str]]:
        """_score with `light` words as context, and (round 62) what the visit, test or medicine is for when the top
        entry asks an errand of the message's ("where do i park for my prenatal visit"); beside any other entry it
        weighs in full again. Also returns the words that counted as context."""
        kinds = context.kind_terms(query.unknown, query.terms, text)
        if not kinds:
            return self._score(query, limit, light), light
        hits = self._score(query, limit, light | kinds)
        if hits and self._errand(query, hits[0], context.errands_for(kinds)):
            return hits, light | kinds
        return self._score(query, limit, light), light

    def _errand(self, query: Analysis, top: _Hit, errands: frozenset[str] = context.ERRAND_TERMS) -> bool:
        """The top entry's questions ask an errand of the message's whose answer is the same for every kind of visit
        (context.ERRAND_TERMS: the hours, parking, cancelling, a refill), and any price, coverage or offer the message
        asks as well ("is there a fee if i cancel late", not "how much is it to book a pap smear")."""
        asked = self.index.asked[top.entry]
        return not errands.isdisjoint(asked.intersection(query.terms)) and asked.issuperset(
            context.OF_THE_KIND.intersection(query.terms)
        )

    def _bank_agrees(self, text: str, query: Analysis, light: frozenset[str], top: _Hit) -> bool:
        """The generic topics' many phrasings are sure a request is one topic, and this FAQ's best entry is the one
        aligned with it (see faq/bank.py); no word of the message is unknown to both. The bank knows the topic, not
        its details: a duration asked of an answer that gives none ("how long is the wait for walk ins") is not vouched
        (round 66)."""
        if self.bank is None or not scope.is_request(text):
            return False
        if _HOW_LONG in query.terms and _HOW_LONG not in self.index.known[top.entry]:
            return False
        return self.bank.entry_for(text, query.unknown - light) == top.entry

    def looked_there(self, text: str, entry: FaqEntry) -> bool:
        """True when the answer sends the writer to a list, site or portal where they already looked in vain."""
        return entry.id in self._sends_to_source and scope.looked_already(text)

    def _threshold(
        self, text: str, query: Analysis, hits: list[_Hit], *, light: frozenset[str], top: float, runner_up: float
    ) -> float:
        """The score the top entry needs: ANSWER_THRESHOLD, or less when it is the only entry the message is about."""
        if len(hits) == 1 and not query.unknown and self._explains_all(query, hits[0]):
            return SOLE_THRESHOLD
        if (
            TOPICAL_THRESHOLD <= top < ANSWER_THRESHOLD
            and runner_up <= TOPICAL_RUNNER_UP
            and query.unknown <= light
            and self._sole_topical(text, query, hits[0])
        ):
            return TOPICAL_THRESHOLD
        return ANSWER_THRESHOLD

    def _sole_topical(self, text: str, query: Analysis, top: _Hit) -> bool:
        """The top entry is the only one the message is about: it explains every topic word of the message (two at
        least: "sick" alone is no sick note), its own questions ask the weightier part, and the message asks or requests
        something (not a statement of what happened: "i uploaded my records two weeks ago and the hold is still
        there"). The caller has checked that every word the FAQ never uses only says how the writer gets here: an
        unknown word is what a near miss asks about ("do you do eye exams for kids")."""
        if not scope.is_request(text):
            return False
        topics = [t for t in query.terms if self.index.topical(t)]
        if len(topics) < 2 or not self.index.known[top.entry].issuperset(topics):
            return False
        # the words its questions ask weigh at least as much as those only its answer names: "do you do pet scans"
        # is not "Does my scan need prior authorization?" whose answer lists PET scans
        asked = self.index.asked[top.entry]
        weight = self.index.weight
        return sum(weight(t) if t in asked else -weight(t) for t in topics) >= 0.0

    def _explains_all(self, query: Analysis, top: _Hit) -> bool:
        """Every word of the message is in the entry's questions or answer."""
        return self.index.known[top.entry].issuperset(query.terms)

    def _asked_elsewhere(self, query: Analysis, hits: list[_Hit]) -> bool:
        """A word of the message that another candidate's questions ask about and the top entry's do not: a
        qualifier the top entry does not cover ("for my 10 year old" where another entry asks "Do you see
        children?"), or a topic the top entry's answer only mentions in passing ("does insurance cover ..."
        answered by a price list that says most plans do not, where another entry asks about insurance)."""
        asked = self.index.asked
        top = asked[hits[0].entry]
        others = [asked[h.entry] for h in hits[1:]]
        known = self.index.known[hits[0].entry]

        def elsewhere(qualifier: str) -> bool:
            return qualifier in query.terms and qualifier not in known and any(qualifier in o for o in others)

        # (a child named by age, "my 10 year old": whether one that young is seen is what the other entry says; a
        # language asked of a service, "does the after hours nurse line have someone who speaks spanish": whether it
        # has one is the interpreters entry's to say, or staff's, not the nurse line's hours)
        if (elsewhere(_CHILD) and not _AGES.isdisjoint(query.terms)) or elsewhere(_INTERPRETER):
            return True
        # the top entry's questions ask none of the message's topics, all it has is its answer's words, and the
        # runner-up, whose questions ask one, is an answer by itself but for the margin
        topics = [t for t in query.terms if self.index.topical(t)]
        return (
            len(hits) > 1
            and 100 * hits[1].score >= ANSWER_THRESHOLD
            and top.isdisjoint(topics)
            and not others[0].isdisjoint(topics)
        )

    def _results_elsewhere(self, query: Analysis, top: _Hit) -> bool:
        """The message asks for results (a test's, a biopsy's, pathology) and the top entry neither asks nor
        answers about any: a preparation or how-to entry that shares the test's name ("are my skin test
        results back" and "How do I prepare for skin testing?") does not say when or what they are."""
        asked = {t.removesuffix(lexicon.QUALIFIED) for t in query.terms}
        # (nor, beside a word the FAQ never uses, one whose answer only mentions results: "i need a copy of my drug
        # test results" and "Results go to your employer")
        known = self.index.asked[top.entry] if query.unknown else self.index.known[top.entry]
        return not _RESULTS.isdisjoint(asked) and _RESULT_TOPICS.isdisjoint(known)

    def _past_aside(self, text: str, top: _Hit, ranked: tuple[_Hit, ...] = ()) -> FaqMatch | None:
        """The answer to the request of a message that also makes small talk ("my water bill is huge lol,
        anyway can i pay my copay online", "need to reschedule, baby shower is that day").

        The message is cut into clauses; one run of clauses must answer confidently by itself and every
        other clause must be an aside: no request or question, no clinical cue, no problem word, and either
        explaining nothing the FAQ covers or, marked as chatter ("lol", "anyway"), nothing but what the
        request is about. An aside not marked as chatter only counts beside a cancellation or a move. Only
        tried when the whole message found no answer, on messages of two clauses or more.
        """
        clauses = scope.clauses(text)
        if len(clauses) < 2:
            return None
        # (round 57: a statement of who the visit is for, why or what it fits around is an aside too, "want to come
        # in before my shift", "my wife uses a wheelchair"; it counts as backstory only beside a question, below)
        context = [scope.states_context(c) for c in clauses]
        # (round 64: and a statement of circumstance in a frame of scope.circumstance_rest, "truck broke down outside
        # amarillo", "down to 3 pills", read beside the request below)
        asides = [
            scope.may_be_aside(c) or said or scope.circumstance_rest(c) is not None
            for c, said in zip(clauses, context, strict=True)
        ]
        span = self._request_span(clauses, asides)
        if span is None:
            return None
        requests, hollow = span
        request = " ".join(clauses[requests[0] : requests[-1] + 1])
        answer = self._alone(request)
        if (
            answer is None
            or scope.clinical_cues(request)
            or self._several_requests(request)
            # (round 57: its "that" is in an aside, "i drive a truck. can i keep doing that")
            or scope.refers_back(clauses[requests[0]])
            # (round 85: "a new one" is the thing the aside names: "mine expired. can i get a new one from you", never a
            # new patient)
            or scope.asks_another_one(request)
            # (batch 67: a question of whether a visit is needed or one just comes leans on the rest for what is asked
            # for: "el hospicio dice que me ponga la vacuna de la gripe. necesito cita o nomas llego?" is the flu
            # shot's, not being late's)
            or (scope.asks_needed(request) and _OR_JUST.search(normalize(request)) is not None)
        ):
            return None
        # why one cannot come does not change how a visit is moved or cancelled; other requests may depend on
        # what the writer adds ("refill my adderall early, im going on a trip"), unless it is marked as chatter
        analysed = self.index.analyse(request)
        asked = set(analysed.terms)
        # (nor how a visit is moved to video: "can i do a video visit instead, dont have a car this week", nor why one
        # is running late: "running 15 min late, baby had a blowout in the car seat")
        moving = _CANCEL in asked or _LATE in asked or (not _MOVED.isdisjoint(asked) and _APPOINTMENT in asked)
        # a request asked as a question, after statements of backstory ("we just moved here from ohio. do you
        # accept aetna?"): the backstory may name what the question is about, or a topic no entry answers alone
        # (whole sentences before the question's: "its 95 degrees outside, are you open?" stays for staff)
        # (round 42: asked by its first word as well, "whats the address, my sister is driving me")
        asking = scope.is_question(request) or bool(hollow)
        requesting = scope.is_request(request)
        refill = not _MEDICINE_ASKED.isdisjoint(asked)
        # (round 70: the entries the whole message scored above the request's answer)
        entries = [hit.entry for hit in ranked]
        rivals = ranked[: entries.index(answer.entry)] if answer.entry in entries else ranked
        early = refill and not _SOONER.isdisjoint(asked)  # (round 70: see _SOONER, read with the first aside below)
        # (not a refill: why a medicine is wanted may change the answer, "i'm flying tomorrow and ran out")
        errand = not refill and self._errand(analysed, answer)
        # round 63: an errand whose answer is the same whoever the visit is for and whatever brings them (results,
        # a video visit, the phone number, as well as those above)
        # (not the portal, records or a refill: another person's go through proxy access or consent, for staff)
        for_anyone = not refill and _PROXY_ERRANDS.isdisjoint(asked) and self._errand(analysed, answer, _WHO_ERRANDS)
        # (round 39: or a plain statement after the question, "is there a payment plan? i am on a fixed income")
        told: set[str] = set()
        if asking:
            parts = [scope.clauses(sentence) for sentence in scope.sentences(text)]
            marked = "?" in request
            told = {
                c
                for k, said in enumerate(parts)
                # (a question without its mark: every sentence that asks nothing)
                if ((k < len(parts) - 1 or "?" not in said[-1]) if marked else not any(map(scope.is_question, said)))
                for c in said
            }
        proxy = not _BY_PROXY.isdisjoint(asked)
        for k, clause in enumerate(clauses):
            if requests[0] <= k <= requests[-1] or k in hollow:
                continue
            # (round 70: nor one with a sign that it changes the answer, "the website gave me an error", "i dropped off
            # my son's camp form two weeks ago", "mi papa esta cada vez peor": scope.changes_answer)
            if early or not asides[k] or scope.clinical_cues(clause) or scope.changes_answer(clause):
                return None
            # (round 85: a vehicle no lot is built for, beside parking or access: "coming in the RV with the trailer")
            if scope.oversized_vehicle(clause) and not _ACCESS_ASKED.isdisjoint(asked):
                return None
            # a whole sentence before the question, or after it a statement about the writer or theirs ("my son
            # drives me"), not a bare word; round 42: wherever it sits, such a statement of how the day, a ride,
            # work, a move or a phone fits the visit ("we're moving in june, how do i get my records"), unless a
            # medicine is asked for ("i leave on a long haul next week, can i get extra inhalers first")
            circumstance = _CIRCUMSTANCE.match(clause) is not None
            backstory = (
                asking
                and scope.may_be_backstory(clause)
                and (
                    (clause in told and (k < requests[0] or circumstance))
                    or (circumstance and not refill and self._logistics(clause, answer))
                )
            ) or (asking and context[k] and not (proxy and self._of_another(clause, request)))
            # round 62: beside an errand whose answer is the same for every kind of visit ("are you guys open
            # saturdays? really hard to get off work for a pelvic exam"), a statement naming only what or whom the
            # visit is for, and when it fits, is backstory wherever it sits
            backstory = backstory or (
                asking and errand and scope.may_be_backstory(clause) and self._for_visit(clause, answer)
            )
            # round 63: beside such an errand, a statement of who the visit is for or of the circumstance, in words
            # no question of the FAQ asks ("transport is a nightmare for us", "i'll have a stroller and a toddler
            # with me", "her son keeps asking us"), is backstory too; one naming another entry's topic is not
            backstory = backstory or (
                asking and for_anyone and scope.may_be_backstory(clause) and self._circumstance(clause, answer, errand)
            )
            # round 64: beside any request, a statement of the writer's work, day, trip, money or supply, or of what
            # a third party said, told in a frame whose slots take any word ("got called in for overtime thursday",
            # "stuck behind a wreck on 35", "pharmacy says im out of refills"); beside a refill only supply left
            # (round 68: and a frame's slot names no topic of its own, "its far from the camp" is no camp form: such a
            # statement may also be read on the words outside its frames, below)
            framed = None if backstory or not requesting else self._framed(clause, answer, refill=refill)
            backstory = backstory or framed is not None
            # round 70: beside a question the FAQ answers by itself, or a visit cancelled or moved, any other statement
            # is backstory when nothing in it shows that it changes the answer, whatever its words ("hi im staying at
            # the motel 6 by the highway", "i coach my grandson's soccer team saturdays at noon"; not beside another
            # request stated, whose statements are most often its reason: "mi hija es alergica al cacahuate, necesito
            # una carta para la escuela"): see _told_beside for the signs
            backstory = backstory or (
                (asking or moving) and self._told_beside(clause, answer, request, asked, rivals, refill=refill)
            )
            if not scope.is_chatter(clause) and not backstory:
                # a reason for moving a visit, about nothing the FAQ's questions name ("baby shower is that day")
                said = self.index.analyse(clause).terms
                if not moving or any(t in self.index.topics and t not in _MOVE_REASONS for t in said):
                    return None
            if self._explains_another(clause, answer, backstory) and (
                framed is None or self._explains_another(framed, answer, backstory)
            ):
                return None
        return self._as_match(answer)

    def _told_of_another(self, text: str, top: _Hit) -> bool:
        """Round 73: another person's records or chart asked for beside a statement of that person ("need copies of my
        wife's chart sent to her new cardiologist, she's in the hospital and can't sign"): whether one may have them
        without their signature is for staff, however sure the match (a portal one helps with is not: "trying to log
        my guy into his portal and it says locked out, he forgot his password")."""
        if _RECORDS not in self.index.asked[top.entry] or not scope.names_anothers_account(text):
            return False
        return any(not scope.is_request(c) and scope.speaks_of_another(c) for c in scope.clauses(text))

    def _request_span(self, clauses: list[str], asides: list[bool]) -> tuple[list[int], list[int]] | None:
        """The clauses that make the request, in one run, and the questions of light words beside it; None when the
        request is not one run of clauses or there is nothing beside it."""
        requests = [k for k, aside in enumerate(asides) if not aside]
        if not requests:  # all statements: the request is whichever clause the FAQ answers alone
            requests = [k for k, c in enumerate(clauses) if self._alone(c) is not None]
            if len(requests) != 1:
                return None
        # round 73: a question of light words alone asks how to go about the request beside it, no request of its own
        # ("necesito que manden mi expediente a mi nuevo doctor. como lo pido?", "whats the way to do that")
        # (looked for only beside another request clause, in a short one: the analysis of each is the costly part)
        # (round 76: after the request it leans on; one before it leans on what came before, "me iba a mandar con el
        # especialista. cuanto tarda eso, o yo tengo que llamar?": the statement, which is no request)
        hollow = [
            k
            for k in (requests if len(requests) > 1 else ())
            if k > requests[0]
            and len(clauses[k].split()) <= _HOLLOW_WORDS
            and scope.is_question(clauses[k])
            and not self._topics(self.index.analyse(clauses[k]))
        ]
        if hollow and len(hollow) < len(requests):
            requests = [k for k in requests if k not in hollow]
        else:
            hollow = []
        if requests[-1] - requests[0] + 1 != len(requests):
            # (and the same request asked again after an aside: "need to move my f/u next week, something came up at
            # work. how do I reschedule")
            again = self._asked_again(clauses, requests)
            hollow += again
            requests = [k for k in requests if k not in again]
        if requests[-1] - requests[0] + 1 != len(requests) or len(requests) + len(hollow) == len(clauses):
            return None
        return requests, hollow

    def _asked_again(self, clauses: list[str], requests: list[int]) -> list[int]:
        """The request clauses opening a later run that the FAQ answers alone with the entry the first clause does."""
        first = self._alone(clauses[requests[0]])
        if first is None:
            return []
        later = [k for k in requests[1:] if k - 1 not in requests]
        return [k for k in later if (hit := self._alone(clauses[k])) is not None and hit.entry == first.entry]

    @staticmethod
    def _told_otherwise(text: str) -> bool:
        """A statement beside the question says the writer sent or dropped something off days to months ago (round 70:
        "how long do forms take? I dropped off my son's camp form two weeks ago" asks after one's own form)."""
        if not scope.tells_own_request(text):
            return False
        parts = scope.clauses(text)
        return len(parts) > 1 and any(not scope.is_request(c) and scope.tells_own_request(c) for c in parts)

    @staticmethod
    def _of_another(clause: str, request: str) -> bool:
        """A statement of another person, or any beside a request naming whose it is: beside an errand done through
        proxy access it may change who may have it (round 70); round 73: what that person lives with too ("como veo los
        resultados de mi esposo en el portal? el esta en dialisis")."""
        return scope.speaks_of_another(clause) or scope.names_kin(request)

    def _told_beside(
        self, clause: str, answer: _Hit, request: str, asked: set[str], rivals: tuple[_Hit, ...], *, refill: bool
    ) -> bool:
        """A statement beside a question that shows no sign of changing its answer (round 70), whatever its words.

        The signs: a statement that is no plain backstory (scope.may_be_backstory: a request, a problem, a complaint,
        danger, the body, a clinical cue) or names a matter of care (scope.names_care: a condition, a kind of care, a
        stage of life, someone else's say, a big vehicle); one not of the writer (scope.of_the_writer: "she tied
        balloons to her chair"); a request leaning on it (scope.leans_on_another: "does he need a physical form", "can
        i still get my flu shot"); a medicine asked for (why it is wanted is the prescriber's); beside a price, a kind
        of visit or test (the price of one's own kind); beside an errand done through proxy access, another person, or
        anything when the request names whose it is ("como veo los resultados de mi hijo en el portal? el tiene 19");
        and a topic an entry the whole message scored above the answer's asks and the answer's does not ("we're
        hosting thanksgiving this year, are you open the friday after"). What it did not work, nothing came of, was
        done weeks ago or gets worse is scope.changes_answer, read of every aside; whether it scores another entry by
        itself is _explains_another."""
        if (
            refill
            or _MEDICATION in asked
            or not scope.may_be_backstory(clause)
            or not scope.of_the_writer(clause)
            or scope.names_care(clause)
            or scope.leans_on_another(request)
        ):
            return False
        if not _BY_PROXY.isdisjoint(asked) and self._of_another(clause, request):
            return False
        pricing = not _PRICE_ASKED.isdisjoint(asked)
        if not (pricing or rivals):  # (the statement's own terms are worked out only when something reads them)
            return True
        said = self.index.analyse(clause).terms
        if pricing and context.priced_kinds(said):
            return False
        index, own = self.index, self.index.asked[answer.entry]
        return not any(
            index.topical(t) and t not in own and t in index.asked[rival.entry] for t in said for rival in rivals
        )

    def _explains_another(self, aside: str, answer: _Hit, backstory: bool) -> bool:
        """An aside explains by itself enough of an entry (ASIDE_CEILING) to be a request of its own; it may name what
        the request is about when it is marked as chatter ("lol") or is backstory."""
        said = self.index.analyse(aside)
        alone = self._score(said, 1)
        if not alone or 100 * alone[0].score < ASIDE_CEILING:
            return False
        if (backstory or scope.is_chatter(aside)) and alone[0].entry == answer.entry:
            return False
        # round 73: nor backstory naming only what the answer's entry speaks of, in its questions or its answer
        # ("wheelchair van w/ side ramp" beside where the accessible parking is, whose answer names the accessible
        # spaces), or what a visit fits around ("something came up at work": work is no virtual visit's working)
        if not backstory:
            return True
        # (round 74: nor what or whom the visit or test is for, "got them drawn for my sports physical" beside how long
        # results take)
        known = self.index.known[answer.entry]
        return any(
            self.index.topical(t) and t not in _FITS_AROUND and t not in known and t not in _KIND_OR_KIN
            for t in said.terms
        )

    def _logistics(self, clause: str, answer: _Hit) -> bool:
        """A statement of how a visit fits the writer's day (work, a ride, a move, a phone) that names no topic of
        the FAQ's other than the answer's, when, and what the visit fits around ("the kids take the bus to school"
        names school forms)."""
        if _LOGISTICS.search(clause) is None:
            return False
        index, known = self.index, self.index.known[answer.entry]
        return not any(
            t in index.topics and index.topical(t) and t not in _FITS_DAY and t not in known
            for t in index.analyse(clause).terms
        )

    def _for_visit(self, clause: str, answer: _Hit) -> bool:
        """A statement that names what or whom a visit is for (context.KIND_TERMS, context.KIN_TERMS) and nothing
        else but when it fits and the answer's own words ("need my annual", "for a pelvic exam"): a word of its own
        ("my son was just diagnosed with epilepsy", "my ankle swelled up") is a problem for staff."""
        said = self.index.analyse(clause).terms
        known = self.index.known[answer.entry]
        return not _KIND_OR_KIN.isdisjoint(said) and all(
            t in _FITS_VISIT or t in known or lexicon.factor(t) < 1.0 for t in said
        )

    def _circumstance(self, clause: str, answer: _Hit, errand: bool) -> bool:
        """A statement whose every word says when or who (context.WHO_TERMS; what the visit is for too, beside an
        errand of context.ERRAND_TERMS) or the everyday circumstance of context.CIRCUMSTANCE_TERMS: it asks nothing
        the FAQ answers (round 63). Not even the answer's own words nor an everyday word of theirs: "el dr dijo q me
        llamaban y nada" after "ya llegaron mis resultados?" asks after one's own results, for staff."""
        fits = _FITS_VISIT if errand else _FITS_WHO
        return all(t in fits or t in context.CIRCUMSTANCE_TERMS for t in self.index.analyse(clause).terms)

    def _framed(self, clause: str, answer: _Hit, *, refill: bool) -> str | None:
        """The words of a told circumstance (_told_circumstance) outside its frames; None for a clause that is none."""
        if not self._told_circumstance(clause, answer, refill=refill):
            return None
        return scope.circumstance_rest(clause, refill=refill) or ""

    def _told_circumstance(self, clause: str, answer: _Hit | None, *, refill: bool = False) -> bool:
        """A statement of circumstance (scope.circumstance_rest) whose words outside its frames are when, who, the
        everyday circumstance of context.CIRCUMSTANCE_TERMS or, beside an answer, that answer's own words: a word the
        FAQ never uses or another entry's topic there is something for staff to read (round 64)."""
        rest = scope.circumstance_rest(clause, refill=refill)
        if rest is None:
            return False
        if (
            answer is not None
            and not (refill and _REFILL in self.index.asked[answer.entry])
            and scope.tells_supply(clause)
        ):
            # (round 68: supply left is context beside a refill asked of an entry about refills only: "necesito mi
            # receta de suboxone, se me acaba el viernes" is no question about a lost supply, and beside another request
            # it asks for more medicine in other words: "ya casi se me acaba la insulina, me pueden dar mas sin cita?")
            return False
        if not rest:
            return True
        said = self.index.analyse(rest)
        known = self.index.known[answer.entry] if answer is not None else frozenset()
        return all(
            t in _FITS_WHO
            or t in context.CIRCUMSTANCE_TERMS
            or t in known
            or (t not in said.unknown and not self.index.topical(t))
            for t in said.terms
        )

    def _alone(self, text: str) -> _Hit | None:
        """The entry a text answers confidently by itself, or None."""
        query = self.index.analyse(text)
        # round 62: what the visit is for weighs as context beside an errand, as in assess ("can you send my prenatal
        # records to my new ob there?" after "we're moving to texas in june")
        # (round 74: and how the writer gets here or what the visit fits around weighs as context too, as in assess:
        # "omw from campus whats the address again" beside "google maps is being weird")
        hits, _ = self._score_errand(query, text, 2, context.context_terms(query.unknown, text))
        if not hits:
            return None
        runner_up = hits[1].score if len(hits) > 1 else 0.0
        confident = 100 * hits[0].score >= ANSWER_THRESHOLD and 100 * (hits[0].score - runner_up) >= MARGIN
        if confident and not self._unnamed_kind(self.index.analyse(text), hits[0]):
            return hits[0]
        return None

    def match(self, text: str) -> FaqMatch | None:
        """The entry that confidently answers `text`, or None."""
        return self.assess(text).best

    def _analyse(self, text: str) -> Analysis:
        if not any(w in lexicon.ACKS or lexicon.term(w) in _ACK_TERMS for w in tokens(text)):
            # no word of an acknowledgement at all (no phrase rule makes one): skip folding the text twice
            return self.index.analyse(text)
        said = words(text)
        thanks = [w for w in said if lexicon.term(w) in _ACK_TERMS]
        if (
            said
            and all(w in lexicon.ACKS or w in lexicon.STOPWORDS or w in thanks for w in said)
            and (thanks or all(w in lexicon.ACK_ALONE for w in said))
        ):
            return self.index.analyse("thank you")  # "ok thanks", "got it 👍": an acknowledgement
        return self.index.analyse(text)

    def _score(self, query: Analysis, limit: int, light: frozenset[str] = frozenset()) -> list[_Hit]:
        """The best `limit` entries, best first; ties go to the entry earlier in the file. Words of `light`
        (unknown to every entry, so they only lower every score alike) count for context.CONTEXT_FACTOR."""
        index = self.index
        weights = {t: index.weight(t) for t in query.terms}
        for t in light:
            weights[t] *= context.CONTEXT_FACTOR
        total = sum(weights.values())
        if not total:
            return []
        # Only topic words pick the candidate entries ("how" is in half of a big FAQ); light words then add to
        # those candidates. A message of light words only uses them to pick.
        picking = [t for t in weights if index.topical(t)] or list(weights)
        said = picking + [t for t in weights if t not in picking]
        explained = self._explained(weights, frozenset().union(*(index.phrased_by.get(t, ()) for t in picking)))
        # An entry's score is its share of the message times its best phrasing's fraction said, both raised to a
        # power. A fraction is at most 1, so the share bounds the score: entries are scored in the order of their
        # share, and once a share cannot reach the last of the `limit` best so far, no later one can. Working out
        # the best phrasing (the costly part: a big FAQ's common words are in hundreds) is left to those few.
        query_exponent, phrasing_exponent = _QUERY_EXPONENT, _PHRASING_EXPONENT
        phrasings_of, picked = index.phrasings_of, frozenset(picking)
        kept: list[tuple[float, int]] = []  # (score, -entry): heapq's smallest is the worst kept, ties to later
        for entry, got in sorted(explained.items(), key=_SECOND, reverse=True):
            if got <= 0.0:
                break
            share = (got / total) ** query_exponent
            if len(kept) == limit and share * _BOUND_SLACK < kept[0][0]:
                break
            fraction = _best_fraction(phrasings_of[entry], picked, said, weights)
            if fraction <= 0.0:
                continue  # no phrasing of it shares a weighed word: not a candidate
            item = (share * fraction**phrasing_exponent, -entry)
            if len(kept) < limit:
                heapq.heappush(kept, item)
            elif item > kept[0]:
                heapq.heapreplace(kept, item)
        return [_Hit(-negated, score) for score, negated in sorted(kept, reverse=True)]

    def _explained(self, weights: dict[str, float], candidates: frozenset[int]) -> dict[int, float]:
        """How much of the message each candidate explains: its questions fully, its answer in part.

        Each term adds its weight to the candidates whose questions ask it, or its answer credit to those whose
        answer alone gives it, through the index's postings rather than every candidate testing every term. Terms
        go in the message's order, as a per-entry sum over them would (a sum in another order may differ in its
        last bit and flip a tie).
        """
        explained: dict[int, float] = {}
        asked_by, answered_by = self.index.asked_by, self.index.answered_by
        for t, w in weights.items():
            having = asked_by.get(t)
            if having is not None:
                for entry in candidates & having:
                    explained[entry] = explained.get(entry, 0.0) + w
            having = answered_by.get(t)
            if having is not None:
                c = w * ANSWER_CREDIT
                for entry in candidates & having:
                    explained[entry] = explained.get(entry, 0.0) + c
        return explained

    def _as_match(self, hit: _Hit) -> FaqMatch:
        return FaqMatch(self.faq.entries[hit.entry], round(100.0 * min(hit.score, 1.0), 1))

    def _declined(self, text: str, hits: list[_Hit]) -> str | None:
        if scope.is_complaint(text):
            return "complaint"
        if scope.tells_failed(text):
            return "failed"  # (round 85: the FAQ's remedy already failed, or a charge disputed: a person looks)
        if scope.asks_for_the_record(text):
            return "record"  # (round 87: whether an event goes in the chart or the clinic needs to hear of it)
        cues = scope.clinical_cues(text)
        if cues and not (hits and self._in_scope(text, cues, hits[0])):
            return "clinical"
        if self._several_requests(text):
            return "multiple"
        return None

    def _staffs_alone(self, query: Analysis, hits: list[_Hit]) -> str | None:
        """Round 74: whether one's own refill, form or letter is ready, or where it is ("is my birth control refill
        ready yet"), asked of an entry that never says when it is ready: its state is on record, for staff (declined,
        so no answer is offered either). A pharmacy's "we text you when it is ready" answers it. Who may see one's
        results or chart ("can my mom see my results", "cancel it without her knowing") is declined alike."""
        ready_asked = hits and _READY_ASKED in query.terms and not self._says_ready[hits[0].entry]
        # (round 75: unless the top entry speaks of it, "How do I get access to my child's portal account?", or
        # a caregiver's access whose keywords name a power of attorney)
        who_sees = _WHO_SEES in query.terms and not (hits and _WHO_SEES in self.index.known[hits[0].entry])
        return "status" if ready_asked or who_sees else None

    def _unpriced(self, text: str, query: Analysis, hits: list[_Hit]) -> str | None:
        """A price asked of an entry whose questions and answer name none ("how much is a flu shot" and an answer
        about when flu shots are given). A charge on a bill or what one owes is a billing question, not a price."""
        terms = query.terms
        if (_BILL in terms or _COST in terms) and _OWN_AMOUNT.search(normalize(text)) is not None:
            return "price"  # (round 68: the amount of one's own bill, a lookup)
        # round 76: what a visit costs the writer when a payer pays (workers' comp, an employer, an insurer: "how much
        # will my visit cost with my insurance", "or does comp pay all of it") is billing's, not the price for those
        # with none
        asked = self.index.asked[hits[0].entry] if hits else frozenset()
        if asked >= _UNINSURED and (_COST in terms or _PAY in terms) and _pays(normalize(text)):
            return "price"
        if not hits or _COST not in terms or _BILL in terms:
            return None
        top = hits[0].entry
        if not self._priced[top]:
            return "price"
        # round 63: the price of a kind of visit, test or procedure the FAQ never names ("how much is an ekg without
        # insurance", "what does a pap smear cost"): a visit's price is not that thing's, staff quote it; a fee of an
        # errand's own is the same for every kind ("is there a fee if i cancel my implant removal late")
        # (round 64, held-out batch 47: nor one the FAQ names elsewhere but this entry does not, "how much is a DOT
        # physical if I pay cash" and the self-pay entry's standard visit, "the price of a lipid panel")
        if not context.priced_kinds(query.terms) <= self.index.known[top] and not self._errand(query, hits[0]):
            return "price"
        # an amount asked ("how much"), where the answer only says there is a fee ("some forms have a small fee") and
        # its questions do not ask the cost: the writer who read that is asking what the answer does not say
        if (
            _AMOUNT_ASKED.search(normalize(text))
            and not self._amounts[top]
            and _ASKED_PRICE.isdisjoint(self.index.asked[top])
        ):
            return "price"
        return None

    def _in_scope(self, text: str, cues: frozenset[str], top: _Hit) -> bool:
        """The top entry's phrasings carry the message's clinical cues, or the cues it lacks are services
        the FAQ offers that the message names as a service ("i want a full body mole check" when the FAQ
        asks "Can you remove a mole?"), not said of the writer ("my mole is bleeding")."""
        asked = self.index.asked[top.entry]
        extra = {c for c in cues - self._cues[top.entry] if c.removeprefix("has:") not in scope.STATES & asked}
        if not extra:
            return True
        # round 78: what the visit is for, beside an errand whatever the visit ("how do i cancel my appointment for
        # my depression"; scope.visit_reasons)
        if extra <= scope.visit_reasons(text) and not context.WHO_ERRAND_TERMS.isdisjoint(
            asked.intersection(self.index.analyse(text).terms)
        ):
            return True
        if extra == {"meaning"} and self._defines(text, top):
            return True
        if extra == {"activity"}:
            # whether one may shower, drive or fly with something, where the entry's answer says so
            done = scope.activities(text)
            if done and done <= self.index.known[top.entry]:
                return True
        personal = scope.personal_symptoms(text)
        # a symptom the entry's answer names, not said of the writer: "when does the anxiety group meet"
        extra -= self._answer_cues[top.entry] - personal
        if not extra:
            return True
        return extra <= self._services and not extra & personal

    def _defines(self, text: str, top: _Hit) -> bool:
        """What a word means, where the entry's own questions ask what it is ("what does prior authorization
        mean" and "What is a prior authorization?"); never what a result or reading means."""
        terms = set(self.index.analyse(text).terms)
        if not scope.asks_meaning_of_word(text) or terms & _READINGS or any(ch.isdigit() for ch in text):
            return False
        topics = {t for t in terms if self.index.topical(t)} - {lexicon.term("mean")}
        return bool(topics) and topics <= self.index.asked[top.entry]

    def _several_requests(self, text: str) -> bool:
        """Parts of the message ask different things: two answerable ones, or one plus a topic it
        does not cover ("send my records to dr smith, and when is my next appointment")."""
        segments = scope.segments(text)
        if len(segments) < 2:  # one part: nothing to analyse twice
            return False
        analysed = [(s, self.index.analyse(s)) for s in segments]
        if sum(1 for _, a in analysed if a.content) < 2:
            return False
        found: set[int] = set()
        loose: list[tuple[str, Analysis, int | None]] = []
        # small talk marked as such is no request of its own ("the traffic is insane lol. how do i pay my bill"),
        # nor, beside a question, a statement of backstory
        asking = "?" in text
        # (round 44: a question asked with a full stop, as older writers do, is asked all the same, and a sentence of
        # its own beside it may be backstory: "are you open on sundays. my grandson drives me"; a part joined by
        # "and also" is not: "can i get a refill and also book a physical")
        stated = frozenset() if asking else scope.stated_beside_question(text)
        # (round 42: beside another request, a part asked by its first word is none either: "are my results back?
        # also i need a note for school")
        requests = [scope.is_request(s) for s, _ in analysed] if asking or stated else []  # (beside a question)
        chatter = {
            a.terms
            for k, (s, a) in enumerate(analysed)
            if (scope.is_chatter(s) and scope.may_be_aside(s))
            or (
                (asking or s.strip(" .!") in stated)
                and scope.may_be_backstory(s)
                and not (scope.is_question(s) and any(requests[:k] + requests[k + 1 :]))
            )
            # round 57: nor who the visit is for, why, what it must fit around or what one lives with, beside a
            # question ("what time do you open? want to come in before my shift", "where do we park? my wife uses a
            # wheelchair"), while a part asked of the clinic stays a request of its own
            or ((asking or s.strip(" .!") in stated) and any(requests) and scope.states_context(s))
        }
        if len(chatter) < len(analysed) - 1:
            # round 64: nor, beside a request, a statement of the writer's circumstance in a frame whose slots take
            # any word ("need a refill on my lisinopril. down to 3 pills"; see _told_circumstance)
            # (round 68: a request word inside a frame is what was said or what one cannot do, not a request: "the
            # army recruiter says i need them", "entre semana trabajo en la construccion y no puedo"; the rest is read)
            requesting = requests or [scope.is_request(s) for s, _ in analysed]
            chatter |= {
                a.terms
                for k, (s, a) in enumerate(analysed)
                if (not requesting[k] or scope.may_hold_frame(s))
                and any(requesting[:k] + requesting[k + 1 :])
                and self._told_circumstance(s, None)
            }
        parts = [(s, a) for s, a in analysed if a.content and a.terms not in chatter]
        # a bare "how much?" after a service is named asks that service's price ("do you do musicians earplugs? how
        # much"; round 41): no request of its own
        parts = [(s, a) for s, a in parts if set(self._topics(a)) != {_COST}] or parts
        # round 44: a part of light words alone asks how to go about what the other part names ("i would like to see
        # the doctor. what do i need to do"), no request of its own
        # (a qualifying word names something all the same: "can i get a ct scan there and also do you take cigna")
        parts = [(s, a) for s, a in parts if self._topics(a)] or parts
        answering: list[Analysis] = []
        firsts: list[tuple[str, Analysis, int]] = []
        for s, part in parts:
            hits = self._score(part, 1)
            if hits and 100 * hits[0].score >= SEGMENT_THRESHOLD:
                found.add(hits[0].entry)
                answering.append(part)
                firsts.append((s, part, hits[0].entry))
            else:
                loose.append((s, part, hits[0].entry if hits else None))
        if len(found) > 1 and self._followed_up(firsts):
            found = {firsts[0][2]}
        if len(found) > 1:
            # round 73: a part that fits two entries alike is read as the one another part asks ("are you taking new
            # patients? how do i sign up": signing up is also the portal's); the same request said twice is one
            common = frozenset.intersection(*map(self._near, answering))
            found = set(common) if len(common) == 1 else found
        if len(found) != 1:
            return len(found) > 1
        entry = found.pop()
        known, asked = self.index.known[entry], self.index.asked[entry]
        # a part too short to answer by itself still asks its own thing when what it names is what another
        # entry's questions ask about and this entry's do not ("need a refill & a new appt": an answer that
        # mentions appointments in passing does not book one)
        # (round 73: nor does a statement of the same matter, once the entry's own words are set aside: "paratransit is
        # running behind again, we'll be 20 min late for the 10:30" beside "what happens if we're late?")
        # (and in a part of the same entry, the words of what the visit fits around name nothing of their own: "need to
        # move my f/u next week, something came up at work")
        return any(
            (t not in known and not (other == entry and t in _FITS_AROUND))
            or (other is not None and other != entry and t in self.index.asked[other] and t not in asked)
            for s, part, other in loose
            if (other != entry or not self._tells_of(s, entry)) and not self._follows_up(s, part, known)
            for t in self._topics(part)
        )

    def _without_backstory(self, text: str) -> str:
        """The text without the statements beside its question that only tell the writer's story, when the question
        alone is sure of the entry the whole message leans to (round 82).

        A statement beside a question lowers the question's score and reads as a second request, so a plain question
        with a line of backstory went to staff ("Retired, bad knees. Is there somewhere to park close by?"). A
        statement stays when it may be why a person must answer: a complaint anywhere in the message, trouble with
        the errand or a dispute (scope.tells_trouble, and round 70's scope.changes_answer), another person's account
        or age or an oversized vehicle (scope.not_for_all), a kind of visit or test named (its price is staff's), a
        clinical cue. Only an entry whose answer is the same whoever asks and whatever the visit is for
        (context.SAME_FOR_ALL_TERMS) has statements set aside; beside any but access and parking (where the body is
        why one asks), a statement naming the body only as a figure of speech or long past (scope.tells_of_body), and
        none that is acute (scope.tells_acute), unless it is a plain aside (scope.may_be_backstory). A message of one
        sentence, of questions only, or with thanks is read whole. Round 85: an entry the same for anyone
        (context.SAME_FOR_ANYONE_TERMS: results, a video visit, a referral...) too, unless a question leans on the story
        for what it asks ("mine expired. can i get a new one"); a statement giving a name or a birth date (a lookup) or
        telling that the FAQ's remedy already failed stays.
        """
        if scope.is_complaint(text) or any(lexicon.term(w) in _ACK_TERMS for w in tokens(text)):
            return text  # thanks are read whole ("just wanted to say thank you to dr patel and the nurses")
        apart = self._questions_apart(text)
        if apart is None:
            return text
        pieces, asked, hits = apart
        if not hits or 100 * hits[0].score < ANSWER_THRESHOLD:
            return text
        if len(hits) > 1 and 100 * (hits[0].score - hits[1].score) < MARGIN:
            return text
        entry_asks = self.index.asked[hits[0].entry]
        # (round 85: or beside an entry the same for anyone, unless the question leans on the story for what it asks)
        if context.SAME_FOR_ALL_TERMS.isdisjoint(entry_asks) and (
            context.SAME_FOR_ANYONE_TERMS.isdisjoint(entry_asks) or any(map(scope.leans_on_another, asked))
        ):
            return text
        whole = self._score(self._analyse(text), 1)
        if not whole or whole[0].entry != hits[0].entry:
            return text
        access = not _ACCESS_ASKED.isdisjoint(entry_asks)
        kept = [
            p
            for p in pieces
            if p in asked
            or scope.tells_trouble(p)
            or scope.tells_failed(p)
            or scope.changes_answer(p)
            or scope.not_for_all(p)
            or scope.names_anothers_account(p)
            or scope.gives_identity(p)
            or not context.NAMED_KIND.isdisjoint(self.index.analyse(p).terms)
            or not (
                scope.may_be_backstory(p)
                or ((access or not (scope.tells_acute(p) or scope.tells_of_body(p))) and not scope.clinical_cues(p))
            )
        ]
        return text if len(kept) == len(pieces) else " ".join(kept)

    def _read_questions_apart(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[_Hit, ...]] | None:
        """The sentences of a message, those that ask, and the two entries the asking ones alone score best, when some
        sentences ask and others only tell; None otherwise (rounds 82 and 85). Read through self._questions_apart."""
        pieces = tuple(scope.pieces(text))
        if len(pieces) < 2:
            return None
        asked = tuple(p for p in pieces if scope.is_request(p) or any(map(scope.is_request, scope.segments(p))))
        if not asked or len(asked) == len(pieces):
            return None
        return pieces, asked, tuple(self._score(self._analyse(" ".join(asked)), 2))

    def _story_leads_elsewhere(self, text: str, ranked: list[_Hit]) -> bool:
        """Round 85: the question sentences alone are sure of the whole message's runner-up, and not of its top entry,
        which a word of the story pulled away ("When will my blood work come back? I had it drawn Monday before
        the fast started." is the results', not fasting's): which of the two is meant is for a person. A bare question
        leaning on the story ("can you help?", "are you open that day?") is sure of neither, or of both."""
        apart = self._questions_apart(text)
        if apart is None:
            return False
        hits = apart[2]
        if not hits or 100 * hits[0].score < ANSWER_THRESHOLD:
            return False
        if any(h.entry == ranked[0].entry and 100 * h.score >= ANSWER_THRESHOLD for h in hits):
            return False
        if len(hits) > 1 and 100 * (hits[0].score - hits[1].score) < MARGIN:
            return False
        return any(h.entry == hits[0].entry and 100 * h.score >= _PULLED_AWAY for h in ranked[1:])

    def _followed_up(self, parts: list[tuple[str, Analysis, int]]) -> bool:
        """Round 75: every part after the first answering one that another entry answers leans on it ("can i get it the
        same time as my flu shot", "can i still take my morning pills": scope.leans_on_another) and names only what the
        first one's entry speaks of (the covid entry's "at the same visit as your flu shot"): a follow-up the first
        entry answers, no request of its own."""
        first = parts[0][2]
        known = self.index.known[first]
        return all(
            entry == first or self._follows_up(s, part, known) or self._asked_of(s, part, first)
            for s, part, entry in parts[1:]
        )

    def _asked_of(self, segment: str, part: Analysis, entry: int) -> bool:
        """Round 77: a second question of what the first one's request takes (scope.asks_needed) whose every topic that
        one's entry speaks of, one of them in its own questions, and no word the FAQ never uses: that entry's answer
        answers it too ("is she old enough for a flu shot? do i need an appointment or can we just walk in", and "Do I
        need an appointment for the flu shot?"; not "can i book an appointment in the portal", asked for itself)."""
        topics = self._topics(part)
        return (
            scope.is_question(segment)
            and scope.asks_needed(segment)
            and not part.unknown
            and self.index.known[entry].issuperset(topics)
            and not self.index.asked[entry].isdisjoint(topics)
        )

    def _follows_up(self, segment: str, part: Analysis, known: frozenset[str]) -> bool:
        """A part that leans on the one before and names only what the entry (of words `known`) speaks of."""
        return scope.leans_on_another(segment) and known.issuperset(self._topics(part))

    def _near(self, part: Analysis) -> frozenset[int]:
        """The entries a part fits alike: its best and the next when within the margin of it."""
        hits = self._score(part, 2)
        return frozenset(h.entry for h in hits if 100 * (hits[0].score - h.score) < MARGIN)

    def _tells_of(self, part: str, entry: int) -> bool:
        """A statement asking nothing, plain (scope.plain_rest) once the words an entry's questions ask are set aside,
        and naming nothing of its own the entry does not speak of but how the day goes: it tells of that entry's
        matter ("we'll be 20 min late"), no problem of its own ("my refill was denied" beside "how do i get a
        refill") nor another thing asked ("he can get his shingles shot there too" beside the flu shots)."""
        if scope.is_request(part):
            return False
        asked, known = self.index.asked[entry], self.index.known[entry]
        rest = scope.plain_rest(part, lambda word: lexicon.term(word) in asked)
        if rest is None:
            return False
        index = self.index
        return all(
            t in known or not index.topical(t) or t in _FITS_WHO or t in context.CIRCUMSTANCE_TERMS
            for t in index.analyse(rest).terms
        )

    def _topics(self, part: Analysis) -> list[str]:
        """What a part of a message asks about: its topic words, or, in a part made only of qualifying
        words, those ("can i get a ct scan there" asks about a ct scan)."""
        topics = [t for t in part.terms if self.index.topical(t)]
        return topics or [t for t in part.terms if lexicon.factor(t) == lexicon.MODIFIER_FACTOR]

    def _unnamed_kind(self, query: Analysis, top: _Hit) -> bool:
        """The message names a vaccine the entry does not, where the entry names which vaccines it means; or
        a kind of test the entry's questions do not, where they name another ("eat before my echo" is not
        "Can I eat before my stress test?")."""
        asked = self.index.asked[top.entry]
        tests = lexicon.TEST_KINDS.intersection(query.terms)
        if lexicon.IMAGING in asked:
            tests -= lexicon.IMAGING_KINDS
        # an answer that names the kind speaks of it too ("MRI $450, CT $300" answers "how much is a ct")
        if tests and not tests & self.index.known[top.entry] and not lexicon.TEST_KINDS.isdisjoint(asked):
            return True
        named = lexicon.VACCINE_KINDS.intersection(query.terms)
        if _ALLERGY in query.terms and _VACCINE in query.terms:
            # an allergy shot is a treatment (immunotherapy), not a vaccine: beside a shot, "allergy" names its kind,
            # which an entry naming its vaccines (flu, tetanus) does not cover ("do you do allergy shots")
            named |= {_ALLERGY}
        if _SCHEDULED in query.terms:
            # a child's scheduled shots ("her 4 month shots") are their own kind: the flu entry does not answer them
            named |= {_CHILDHOOD}
        if not named:
            return False
        known = self.index.known[top.entry]
        return not named & known and not lexicon.VACCINE_KINDS.isdisjoint(known)

    def _named_kind(self, query: Analysis, others: list[_Hit]) -> _Hit | None:
        """When the top entry is about another kind of test, the one entry asking about the message's kind,
        if it explains every topic word of the message ("can i eat before my echo" where the echo entry's
        answer says to eat as usual)."""
        tests = lexicon.TEST_KINDS.intersection(query.terms)
        fits = [hit for hit in others if tests & self.index.asked[hit.entry]]
        if len(fits) != 1 or 100 * fits[0].score < KIND_THRESHOLD:
            return None
        known = self.index.known[fits[0].entry]
        # (everyday words such as "before" need not be said: "what should I know before" folds to "prepare")
        if any(self.index.topical(t) and lexicon.factor(t) == 1.0 and t not in known for t in query.terms):
            return None
        return fits[0]

    def _compete(self, query: Analysis, first: _Hit, second: _Hit) -> bool:
        """True when two entries fit the same words (a real "did you mean"), not different parts."""
        terms = set(query.terms)
        a = terms & self.index.known[first.entry]
        b = terms & self.index.known[second.entry]
        return bool(a & b) or not (a and b)


# A statement of the writer's circumstance: its subject is the writer or someone of theirs, named ("the kids are off
# school") or left out as texters do ("flying out friday", "just started a new job", "salgo a las 5"; round 42).
_CIRCUMSTANCE = re.compile(
    r"\s*(?:ya no |no )?(?:i|im|ive|we|were|my|our|me|mi|mis|yo|soy|estoy|tengo|nos|voy|vamos|salgo|trabajo|vivo|"
    r"tenemos|estamos|the kids|kids|(?:the )?(?:wife|husband|hubby|kids|boss)|"
    r"(?:just |still |also )?(?:going|gonna|flying|driving|traveling|travelling|moving|working|heading|leaving|"
    r"visiting|starting|started|trying|switching|switched|moved))\b \w+ \w+"
)

# What a circumstance is about when it only says how a visit fits the writer's day: work and its hours, a ride,
# a move or a trip, a sitter, a phone, how one pays (round 42). Not the body, a service or a problem: those are
# read by the aside checks and by what the statement scores alone.
_LOGISTICS = re.compile(
    r"\b(?:work|works|working|job|shift|shifts|boss|schedule|nights|payday|paycheck|commute|drive|drives|driving|"
    r"ride|rides|car|van|truck|bus|train|uber|lyft|babysitter|sitter|pick up|picking up|drop off|dropping|moving|"
    r"move|moved|flying|flight|trip|vacation|traveling|travelling|out of (?:town|state|the country)|phone|laptop|"
    r"computer|email|checks|cash|trabajo|trabajar|trabajando|turno|horario|jefe|carro|coche|camion|autobus|viaje|"
    r"viajar|mudar|mudamos|mudo|telefono|celular|lleva|llevar|salgo)\b"
)

# Requests whose answer does not depend on the reason given for them.
# (the day of the clash is part of the reason: "my sister is getting married that weekend")
_WHEN_WORDS = frozenset(
    lexicon.term(w)
    for w in (
        "day days week weekend month date time tomorrow today morning afternoon evening night weekday "
        # (round 68: a month, "we all need one by october")
        "january february march april may june july august september october november december enero febrero marzo "
        "abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ).split()
)
# (round 42: and what the visit must fit around, "me toca trabajar ese dia": work is no form asked for)
_FITS_AROUND = _WHEN_WORDS | context.CONTEXT_TERMS
# ...and, in a statement of circumstance, words of when and how much it fits ("before my shift", "my schedule is
# all over the place", "i dont have checks")
_FITS_DAY = _FITS_AROUND | frozenset(lexicon.term(w) for w in "before after all without book appointment".split())
# ...and, beside an errand of context.ERRAND_TERMS, what or whom the visit is for (round 62)
_KIND_OR_KIN = context.KIND_OR_KIN
# (and how hard it is to fit: "really hard to get off work for a pelvic exam", "only in town that week")
_HARD_TO_FIT = frozenset(lexicon.term(w) for w in "hard tough busy town".split())
_FITS_VISIT = _FITS_DAY | _KIND_OR_KIN | _HARD_TO_FIT
# (round 63: beside an errand of context.WHO_ERRAND_TERMS, who the visit is for, not what)
_FITS_WHO = _FITS_DAY | context.WHO | _HARD_TO_FIT
_WHO_ERRANDS = context.WHO_ERRAND_TERMS
_PROXY_ERRANDS = context.PROXY_ERRANDS
_BY_PROXY = _PROXY_ERRANDS | frozenset((lexicon.term("result"),))
# What only the clinic's own patients do (round 73): a refill, their records, results or portal, a visit booked, moved
# or cancelled; and the word of the entry about becoming one.
_PATIENTS_OWN = _BY_PROXY | frozenset(lexicon.term(w) for w in "medication book reschedule cancel late".split())
_PATIENT = lexicon.term("patient")
_RECORDS = lexicon.term("records")
# A question of light words alone is short ("como lo pido?", "who do i tell", "what's the way to do that"; round 73).
_HOLLOW_WORDS = 7
# A refill asked early or more of (round 70): beside why it is wanted ("we're going on a cruise for three weeks"), an
# exception for the prescriber, whatever the statement's words
_SOONER = frozenset(lexicon.term(w) for w in "early extra more sooner adelantado adelantar".split())
_CANCEL, _RESCHEDULE, _APPOINTMENT = (lexicon.term(w) for w in ("cancel", "reschedule", "appointment"))
_LATE = lexicon.term("late")
# As the reason a visit moves, school or daycare too ("daycare switched our days"; school names forms elsewhere).
_MOVE_REASONS = _FITS_AROUND | frozenset((lexicon.term("school"),))
_MEDICINE_ASKED = frozenset(lexicon.term(w) for w in ("medication", "refill"))
_REFILL = lexicon.term("refill")
_MOVED = frozenset((_RESCHEDULE, lexicon.term("video")))
# Results asked for, and what an entry's questions name when it is about results.
_RESULTS = frozenset(lexicon.term(w) for w in "result pathology patologia".split())
_RESULT_TOPICS = _RESULTS | frozenset(lexicon.term(w) for w in "lab biopsy report".split())
# What a result says is for a clinician: "what do my lab results mean" is never a definition.
_READINGS = frozenset(lexicon.term(w) for w in "result lab test level levels reading readings number numbers".split())


# A price asked, and what an answer says when it names one: an amount, a cost or fee, or nothing to pay.
_COST, _BILL = lexicon.term("cost"), lexicon.term("bill")
_UNINSURED = frozenset((lexicon.term("without"), lexicon.term("insurance")))  # an entry asked of a visit with no payer
_PAY = lexicon.term("pay")
_HOW_LONG = lexicon.HOW_LONG
_PRICE_TERMS = frozenset((_COST, lexicon.term("free")))
_ASKED_PRICE = frozenset((_COST, lexicon.term("cover"), lexicon.term("slidingscale")))
# The terms of a part asking whether it costs anything ("do i have to pay for it", "is it free", "se paga", "is there a
# fee"; round 68)
# (round 70: a price or a bill asked, beside which what one's own visit is for changes the answer)
_PRICE_ASKED = frozenset((_COST, _BILL))
_PRICE_SAID = frozenset(lexicon.term(w) for w in ("pay", "free", "paga", "extra", "cost"))
# Asking for an amount, not whether there is a charge: "how much", "what's the fee", "cuanto cuesta".
_AMOUNT_ASKED = re.compile(
    r"\b(?:how much (?:is|are|does|do|would|will|for|to|you|u|it|they|that|this|should)\b|"
    r"(?:cuanto|cuanta) (?:cuesta|cuestan|cobran|cobra|sale|vale|es|seria|costaria)\b|"
    r"what (?:is|s|are|would be|will be) the (?:price|cost|fee|charge|amount)s?|"
    r"what (?:does|do|will|would) (?:it|that|this|they|one) (?:cost|run)|que precio|cual es el (?:precio|costo))\b"
)
# Round 68: the amount of one's own bill or balance ("how much is my bill?", "what do i owe", "cuanto debo"): what the
# account holds is a lookup for staff, not what the billing entry says of where to pay.
_OWN_AMOUNT = re.compile(
    r"\b(?:how much|cuanto) (?:is|was|will be|s|es|fue|sera|are|were)? ?(?:my|mi|our|the) (?:bill|balance|statement|"
    r"total|copay|factura|cuenta|saldo)\b|\b(?:how much|cuanto|what) (?:do|did|does) (?:i|we) (?:still )?owe\b|"
    # (round 70: the amount still to come, "how much will my bill be for the visit yesterday?")
    r"\bhow much (?:will|would|is|s) (?:my|our|the) (?:bill|balance|statement|total|copay) (?:be|gonna be|going to be|"
    r"come to|come out to|run)\b|"
    # ("cuanto debo" ending its part: "cuanto debo ayunar" asks how long to fast)
    r"\bcuanto (?:le |les )?(?:debo|debemos)(?: (?:todavia|aun|en total|de (?:la|mi) (?:cuenta|factura)))?"
    r"(?=$|[^a-z ]| (?:y|pero|por)\b)|\bwhats? (?:is )?my (?:balance|total|bill amount)\b"
)
# Round 76: a payer named as paying for the writer's visit: workers' comp, an employer or a job, an insurer or plan
# ("with my insurance", "if my employer's plan covers part", "does comp pay all of it", "si el seguro del trabajo paga")
_PAYERS = (
    r"(?:workers|workmans|workman|worker|work) ?comp(?:ensation)?|workerscomp|comp|insurance|insurer|plan|coverage|"
    r"medicaid|medicare|employer|employers|job|work|company|boss|seguro|aseguranza|trabajo|patron|compania"
)
_PAYER = re.compile(
    rf"\b(?:with|through|thru|under|using|on|via|con|por) (?:my|the|our|his|her|their|mi|el|su|la) (?:\w+ ){{0,2}}?"
    r"(?:insurance|insurer|plan|coverage|medicaid|medicare|seguro|aseguranza)\b|"
    rf"\b(?:my|the|our|his|her|mi|el|su|la|if|does|will|would|is|do|did|when|si) (?:\w+ ){{0,2}}?(?:{_PAYERS}) "
    r"(?:is |will |would |should |gonna |going to |does |do )?(?:pay|pays|paying|paid|cover|covers|"
    r"covering|covered|pick up|picks up|picking up|paga|pagan|pagara|cubre|cubren|cubrira)\b"
)
_UNPAID = re.compile(
    r"\b(?:not|dont|don't|doesnt|isnt|arent|wont|cant|never|no longer|without|no tengo|no tiene|no estoy|no esta|sin|"
    r"ya no|lost)\b"
)
_AMOUNT = re.compile(
    r"[$€£]\s?\d|\b\d+(?:\.\d\d)? ?(?:dollars|usd|pesos|euros)\b|\bno (?:cost|charge|fee)\b|\bfree\b", re.I
)


def _pays(text: str) -> bool:
    """A payer is named as paying for the writer's visit (_PAYER), not denied ("don't want it going through my
    parents' insurance", "not on my parents' plan anymore", "ya no tengo el seguro del trabajo")."""
    return any(
        _UNPAID.search(text, max(0, m.start() - 40), m.start()) is None and not text[m.end() :].startswith(" anymore")
        for m in _PAYER.finditer(text)
    )


def _priced(entry: FaqEntry) -> bool:
    """The entry's answer (in any language) names an amount or says it costs nothing."""
    return any(_AMOUNT.search(text) for text in (entry.answer, *(tr.answer for tr in entry.translations.values())))


# The terms an acknowledgement ("ok thanks", "got it") is made of, besides lexicon.ACKS' words.
_ACK_TERMS = frozenset(("thanks", "ack"))
# An animal the top entry's questions do not name ("can you refill my dog's medication"): a vet's question, for staff;
# an FAQ that asks "Can I bring my service dog?" still answers it.
_ANIMAL = lexicon.term("animal")
_HOME = lexicon.term("home")
# A named holiday, and the words that ask whether the clinic is open then (round 79: _holiday_asked)
_HOLIDAY = lexicon.term("holiday")
_HOURS_ASKED = frozenset(lexicon.term(w) for w in "open close hours".split())
_ALLERGY, _VACCINE = lexicon.term("allergy"), lexicon.term("vaccine")
_CHILDHOOD = lexicon.term("childhood")
_CHILD = lexicon.term("child")
_INTERPRETER = lexicon.term("interpreter")
_AGES = frozenset(("age" + lexicon.QUALIFIED, lexicon.term("age")))
_SCHEDULED = _CHILDHOOD + lexicon.QUALIFIED  # what lexicon folds an age's or a stage's shots to
# "is it ok to take my pills before ...": whether to take one's own medicine is a clinician's call, unless the
# entry's own questions ask it ("Can I take my medicines before a fasting test?")
_MEDICATION = lexicon.term("medication")
_COST = lexicon.term("cost")
_READY_ASKED = lexicon.term(lexicon.READY_ASKED)
_SAYS_READY = re.compile(r"\b(ready|listos?|listas?)\b")
# An answer that sends the writer to look something up themselves (round 46).
_SOURCE = re.compile(r"\b(website|web site|site|webpage|online|portal|list|app|mychart|sitio web|pagina|lista)\b")
_FOR_STAFF = frozenset(
    lexicon.term(c) for c in (lexicon.STATUS_CHECK, lexicon.HEDGE, lexicon.EXCEPTION, lexicon.OTHER_PARTY)
)
_WHO_SEES = lexicon.term(lexicon.WHO_SEES)
# (round 85: the least score the whole message gives the entry its question alone is sure of, for that entry to be one
# the story pulled the message away from rather than another matter)
_PULLED_AWAY = 20.0


def _entry_cues(entry: FaqEntry) -> frozenset[str]:
    """The clinical cues an entry's own phrasings carry: messages with these cues are in its scope."""
    phrases = [
        *entry.questions,
        *entry.keywords,
        *(q for tr in entry.translations.values() for q in tr.questions),
    ]
    cues: set[str] = set()
    for phrase in phrases:
        cues |= scope.clinical_cues(phrase)
    return frozenset(cues)


def _answer_cues(entry: FaqEntry) -> frozenset[str]:
    """The symptom words an entry's answers name (not kinds of question)."""
    texts = [entry.answer, *(tr.answer for tr in entry.translations.values())]
    return frozenset(c for text in texts for c in scope.clinical_cues(text) if scope.is_symptom(c))
