"""The FAQ turned into weighted terms at load time: phrasings, keywords and answers, ready to score fast."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from faq import lexicon
from faq.loader import Faq, FaqEntry
from faq.normalize import tokens
from faq.typos import STRICT_LENGTH, Speller

# How much an answer-only word counts compared with a word in the entry's questions or keywords.
ANSWER_CREDIT = 0.7
# Weight of a word the FAQ never uses, relative to the rarest FAQ word: an unknown topic word is
# strong evidence the message asks about something the FAQ does not cover.
UNKNOWN_FACTOR = 1.0
# An entry with this many questions or fewer (and no keywords) also matches on its answer's sentences
# (their words still count as answered, at ANSWER_CREDIT, in how much of the message the entry explains).
SPARSE_QUESTIONS = 2
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
# An answer that gives a duration ("within 3 to 5 business days", "about 20 minutes") answers "how long".
_PRICE = re.compile(r"\$\s?\d")
COST, PHONE = lexicon.term("cost"), lexicon.term("phone")
ONLINE = lexicon.term("online")
_ONLINE = re.compile(r"\b(portal|online|website|mychart|en l[ií]nea)\b", re.IGNORECASE)
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b")
_DURATION = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|ten|a few|a couple of|un|una|dos|tres|cinco)( to \d+| or \d+| a \d+)?"
    r"( business| working| calendar)? (minutes?|hours?|days?|weeks?|months?|minutos?|horas?|dias?|semanas?|meses)\b",
    re.IGNORECASE,
)
# An answer that gives a clock time or a day ("Mondays 6pm", "8am to 11am", "at noon") answers "when" and
# "what time"; one that gives a duration answers "when" too ("ready within 15 business days").
_CLOCK = re.compile(
    r"\b\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)|\b(noon|midday|mediodia|mediodía)\b|"
    r"\b(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b",
    re.IGNORECASE,
)
# An answer that gives a street address, a floor or a spot by a landmark answers "where".
_PLACE = re.compile(
    r"\b\d+ \w+ (street|st|avenue|ave|road|rd|drive|dr|boulevard|blvd|lane|ln|way|place|pl)\b|"
    r"\b(\d(st|nd|rd|th)|first|second|third|ground) floor\b|\b(behind|across from|next to) the\b",
    re.IGNORECASE,
)
# An answer that is open or done every day ("open 8am to 8pm every day", "7 days a week") answers which day.
_EVERY_DAY = re.compile(
    r"\b(every day|daily|(7|seven) days a week|todos los d[ií]as|los (7|siete) d[ií]as)\b", re.IGNORECASE
)
DAY_TERMS = ("weekday", "weekend")
_LEAD_TIME = re.compile(
    r" (before|ahead|prior|after|early|earlier|beforehand|in advance|antes|despues)\b", re.IGNORECASE
)
# A span of clock times ("8am to 11am", "7:30am-4:30pm") is the hours something is open or done.
_CLOCK_RANGE = re.compile(
    r"\b\d{1,2}(:\d\d)? ?(am|pm)? ?(to|-|\u2013|until|a) ?\d{1,2}(:\d\d)? ?(am|pm)\b", re.IGNORECASE
)
HOURS = lexicon.term("hours")
# Questions about scans in general: each kind of scan is one ("book an ultrasound", "my child's MRI").
_GENERAL_SCAN = frozenset((lexicon.term("scan"), lexicon.IMAGING))
# "8 to 12 hours of fasting", "within 2 hours": a length of time, not opening hours (the duration itself answers
# "how long" and "when", below).
_HOURS_UNIT = re.compile(r"(?<=\d )(hours?|hrs?|horas?)\b", re.IGNORECASE)
WHEN_TERMS = ("when", "time")
WHERE_TERM = "where"
# "Release of information (ROI)": an abbreviation an FAQ spells out once, so a message may use either.
_SPELLED_OUT = re.compile(r"((?:[A-Za-z][\w'-]* ){1,6})\(([A-Za-z]{2,6})s?\)")
_ABBR_FILLERS = frozenset(("of", "and", "for", "the", "de", "del", "y"))
_NON_TOPIC = frozenset(("greeting", "thanks"))
NAME = lexicon.NAME
_TITLES = frozenset(("doctor", "nurse", "dra", "doctora", "mr", "mrs", "ms", "miss"))


@dataclass(frozen=True)
class Analysis:
    """A text as the matcher sees it: its topic terms, or all terms when it has no topic words."""

    terms: tuple[str, ...]
    content: bool
    unknown: frozenset[str] = frozenset()


@dataclass
class Phrasing:
    """One way an entry is asked (a question, a translated question, the title or a keyword)."""

    entry: int
    terms: frozenset[str]
    weight: float = 0.0
    answer: bool = False  # a sentence of a sparse entry's answer, not a question


@dataclass
class Index:
    """Terms, weights and postings for one FAQ; built once, read on every message."""

    entries: tuple[FaqEntry, ...]
    speller: Speller
    phrasings: list[Phrasing] = field(default_factory=list)
    asked: list[frozenset[str]] = field(default_factory=list)
    answered: list[frozenset[str]] = field(default_factory=list)
    known: list[frozenset[str]] = field(default_factory=list)  # asked | answered, per entry (read per message)
    idf: dict[str, float] = field(default_factory=dict)
    unknown_idf: float = 1.0
    # term -> the entries whose questions ask it, and those whose answer alone gives it (the scoring loop's
    # postings: a message's few terms pick their entries instead of every candidate testing every term)
    asked_by: dict[str, frozenset[int]] = field(default_factory=dict)
    answered_by: dict[str, frozenset[int]] = field(default_factory=dict)
    # term -> the entries one of whose phrasings has it; entry -> its phrasings' (terms, total weight): the scorer
    # bounds each candidate by how much of the message it explains and works out its best phrasing only for the
    # few whose bound can still reach the top
    phrased_by: dict[str, frozenset[int]] = field(default_factory=dict)
    phrasings_of: list[tuple[tuple[frozenset[str], float], ...]] = field(default_factory=list)
    topics: frozenset[str] = frozenset()  # every term of every question, keyword and title
    spelled: dict[str, tuple[str, ...]] = field(default_factory=dict)  # abbreviation term -> its words' terms
    # the one device the FAQ's questions name, which "the machine" means there (None: none, or several)
    device: str | None = None
    # the medicines the FAQ's questions name: there a medicine is itself as well as "medication"
    drugs: frozenset[str] = frozenset()
    # kinds of visit the questions name only as what a document is for ("sports physical form"): a message's
    # booking of that kind ("schedule a physical", physical~) stays a booking
    paper_kinds: frozenset[str] = frozenset()
    own_kinds: frozenset[str] = frozenset()  # topics - paper_kinds: the words a message's qualifier keeps in full

    def weight(self, term: str) -> float:
        """How much a term says about the topic: rarer in the FAQ = more; everyday words count less.

        Qualifying words ("school", "ADHD") count in full when the FAQ's own questions use them: there
        they are the topic ("a school form", "ADHD evaluations"). Everyday words ("come", "see") never
        do: one entry asking "Can I come in without an appointment?" must not make every message with
        "come" in it ("can my mom come with me?") about walk-ins.
        """
        base = self.idf.get(term, self.unknown_idf)
        if term in lexicon.LIGHT_TERMS:
            return base * lexicon.LIGHT_FACTOR
        if term in lexicon.EVERYDAY_TERMS:
            return base * lexicon.GENERIC_FACTOR
        if term in self.topics:
            return base
        return base * lexicon.factor(term)

    def topical(self, term: str) -> bool:
        """True when a term counts in full (not a light, everyday or qualifying word here)."""
        if term in lexicon.LIGHT_TERMS or term in lexicon.EVERYDAY_TERMS:
            return False
        return term in self.topics or lexicon.factor(term) == 1.0

    def analyse(self, text: str) -> Analysis:
        """Normalise, correct typos against the FAQ's words, map synonyms, drop function words."""
        found = analyse(text, self.speller, self.idf, self.device, self.drugs)
        if self.spelled and not self.spelled.keys().isdisjoint(found.terms):
            spelled = (s for t in found.terms for s in self.spelled.get(t, (t,)))
            found = Analysis(tuple(dict.fromkeys(spelled)), found.content, found.unknown)
        terms = lexicon.unqualified(found.terms, self.own_kinds)
        return found if terms is found.terms else Analysis(terms, found.content, found.unknown)


def words(text: str, speller: Speller | None = None) -> list[str]:
    """Normalised words, typos corrected when a speller is given, phrases folded into their concept."""
    said = tokens(text)
    if speller is not None:
        said = _spell(said, speller)
    return lexicon.fold_phrases(" ".join(said)).split()


def _spell(said: list[str], speller: Speller) -> list[str]:
    out: list[str] = []
    for word in said:
        fixed = speller.correct(word)
        if fixed is None and out and out[-1] in _TITLES:
            fixed = NAME  # "dr jones": which doctor hardly matters, but it is a detail no entry covers
        out.append(fixed or word)
    return out


def analyse(
    text: str,
    speller: Speller | None,
    known: dict[str, float] | None = None,
    device: str | None = None,
    drugs: frozenset[str] = frozenset(),
) -> Analysis:
    """The terms of `text`; with a speller, unknown words are corrected to the FAQ's vocabulary; with a
    device, "the machine" is that device; a medicine among `drugs` keeps its name beside "medication"."""
    content: list[str] = []
    every: list[str] = []
    for word in words(text, speller):
        t = lexicon.term(word)
        every.append(t)
        if word not in lexicon.STOPWORDS and t not in _NON_TOPIC and not word.isdigit():
            content.append(t)
            if drugs and word in lexicon.DRUG_WORDS and lexicon.stem(word) in drugs:
                content.append(lexicon.stem(word))
    if device is not None and lexicon.MACHINE in content and device not in content:
        # "the machine" said alone is the FAQ's device; "my cpap machine" keeps both words
        content = [device if t == lexicon.MACHINE else t for t in content]
    if drugs and content:
        # a phrase may have folded the medicine's name into "medication" ("a refill on my epipen")
        named = (lexicon.stem(w) for w in tokens(text) if w in lexicon.DRUG_WORDS)
        content.extend(d for d in named if d in drugs)
    # Nothing but greetings or thanks: match on those ("hello", "ok thanks").
    chosen = tuple(dict.fromkeys(content or [t for t in every if t in _NON_TOPIC]))
    unknown = frozenset(t for t in chosen if known is not None and t not in known)
    return Analysis(chosen, bool(content), unknown)


def build(faq: Faq) -> Index:
    """Precompute everything the matcher needs for `faq`."""
    surface = Counter(w for entry in faq.entries for text in entry_texts(entry) for w in tokens(text))
    vocab = set(surface) | lexicon.STOPWORDS | set(lexicon.CONCEPTS) | lexicon.ACKS | lexicon.EXTRA_WORDS
    vocab |= lexicon.GENERIC | lexicon.MODIFIERS | lexicon.LIGHT
    # a word is fixed only when a slip of the fingers or another ending explains it: a real word the FAQ
    # never uses stays itself ("injections" is not "insertions", "plates" not "planes")
    index = Index(faq.entries, Speller(vocab, dict(surface), strict=STRICT_LENGTH, slips_only=True, endings=True))
    named = {lexicon.term(w) for entry in faq.entries for phrase in _asked(entry) for w in tokens(phrase)}
    devices = named & lexicon.DEVICES
    index.device = devices.pop() if len(devices) == 1 else None
    device = index.device
    index.drugs = drugs = frozenset(
        lexicon.stem(w)
        for entry in faq.entries
        for phrase in _asked(entry)
        for w in tokens(phrase)
        if w in lexicon.DRUG_WORDS
    )
    implied: list[frozenset[str]] = []
    for number, entry in enumerate(faq.entries):
        asked: set[str] = set()
        for phrase in _asked(entry):
            terms = frozenset(analyse(phrase, None, device=device, drugs=drugs).terms)
            if terms:
                index.phrasings.append(Phrasing(number, terms))
                asked |= terms
        answered = {
            t
            for text in _answers(entry)
            for t in analyse(_HOURS_UNIT.sub("", text), None, device=device, drugs=drugs).terms
            if not t.isdigit()
        }
        if any(_lasts(text) for text in _answers(entry)):
            answered.add(lexicon.HOW_LONG)
        implied.append(_implied(entry))
        if len(entry.questions) <= SPARSE_QUESTIONS and not entry.keywords:
            # A sparse entry's answer says what else it is about ("Free parking is in front"): each
            # sentence is one more way it is asked, with answer credit only (its words stay answered).
            for sentence in _sentences(entry):
                terms = frozenset(
                    t
                    for t in analyse(_HOURS_UNIT.sub("", sentence), None, device=device, drugs=drugs).terms
                    if not t.isdigit()
                )
                if terms:
                    index.phrasings.append(Phrasing(number, terms, answer=True))
        index.asked.append(frozenset(asked))
        index.answered.append(frozenset(answered - asked))
    if any(PHONE in asked for asked in index.asked):  # the FAQ says where its number is: that entry gives it
        implied = [terms - {PHONE} for terms in implied]
    _weigh(index, _unqualify(index))
    # what an answer's form implies it answers counts for coverage only: it leaves the words' weights alone
    for number, terms in enumerate(implied):
        said = index.asked[number]
        # "How do I schedule my scan?" speaks of an ultrasound or an MRI as well ("How do I prepare for a CT scan?"
        # of a CT only)
        if not _GENERAL_SCAN.isdisjoint(said) and lexicon.TEST_KINDS.isdisjoint(said):
            terms = terms | lexicon.IMAGING_KINDS  # noqa: PLW2901
        index.answered[number] |= terms - said - index.answered[number]
    index.known = [asked | answered for asked, answered in zip(index.asked, index.answered, strict=True)]
    _post(index)
    index.spelled = _abbreviations(faq)
    index.paper_kinds = _paper_kinds(faq)
    index.own_kinds = index.topics - index.paper_kinds
    return index


def _paper_kinds(faq: Faq) -> frozenset[str]:
    """Kinds of visit the FAQ's questions name only before a document ("Can I get a sports physical form?"),
    never as a visit of their own ("Do you do sports physicals?")."""
    before: set[str] = set()
    alone: set[str] = set()
    for entry in faq.entries:
        for phrase in _asked(entry):
            for m in lexicon.KIND_WORD.finditer(" ".join(tokens(phrase))):
                (before if m["paper"] else alone).add(lexicon.term(m["kind"]))
    return frozenset(before - alone)


def _implied(entry: FaqEntry) -> frozenset[str]:
    """Question words an answer's form answers: a duration or a clock time answers "when", a place "where"."""
    answers = _answers(entry)
    found: set[str] = set()
    if any(_DURATION.search(text) or _CLOCK.search(text) for text in answers):
        found |= {lexicon.term(w) for w in WHEN_TERMS}
    if any(_CLOCK_RANGE.search(text) for text in answers):
        found.add(HOURS)  # "walk-in Monday to Friday 8am to 11am" gives that service's hours
    if any(_EVERY_DAY.search(text) for text in answers):
        found |= {lexicon.term(w) for w in DAY_TERMS}
    if any(_PLACE.search(text) for text in answers):
        found.add(lexicon.term(WHERE_TERM))
    if any(_PRICE.search(text) for text in answers):
        found.add(COST)  # a price answers "how much is delivery"
    if any(_ONLINE.search(text) for text in answers):
        found.add(ONLINE)  # an answer that sends you to the portal answers "can i book online"
    if any(_PHONE.search(text) for text in answers):
        found.add(PHONE)  # a phone number answers "whats the number for the pharmacist"
    return frozenset(found)


def _lasts(text: str) -> bool:
    """The text says how long something lasts or takes ("takes 30 to 60 minutes", "ready in 3 days"), not only
    how long before something to do a thing ("nothing to eat for 8 hours before", "arrive 30 minutes early")."""
    return any(not _LEAD_TIME.match(text, m.end()) for m in _DURATION.finditer(text))


def _abbreviations(faq: Faq) -> dict[str, tuple[str, ...]]:
    """Abbreviations the FAQ spells out ("release of information (ROI)", "employee assistance programs
    (EAP)"), by the abbreviation's term: the initials of the words just before the brackets, small words
    counted or not, must spell it."""
    found: dict[str, tuple[str, ...]] = {}
    for entry in faq.entries:
        for text in entry_texts(entry):
            for m in _SPELLED_OUT.finditer(text):
                abbr, before = m[2].lower(), m[1].lower().split()
                for k in range(len(abbr), len(before) + 1):
                    said = before[-k:]
                    initials = ("".join(w[0] for w in said), "".join(w[0] for w in said if w not in _ABBR_FILLERS))
                    if abbr in initials and said[0] not in _ABBR_FILLERS:
                        terms = analyse(" ".join(said), None).terms
                        if terms:
                            found.setdefault(lexicon.term(abbr), terms)
                        break
    return found


def _unqualify(index: Index) -> list[set[str]]:
    """A qualifier ("book a cleaning~") whose word the questions also use is that word, as in messages.

    Returns each entry's terms (asked and answered).
    """
    # A qualifier the questions themselves ask about ("Which vaccines are given at each age~?") is their
    # topic as well.
    topics = frozenset(t.removesuffix(lexicon.QUALIFIED) for asked in index.asked for t in asked)
    for phrasing in index.phrasings:
        phrasing.terms = frozenset(lexicon.unqualified(_bare(phrasing.terms), topics))
    index.asked = [frozenset(lexicon.unqualified(_bare(a), topics)) for a in index.asked]
    # An answer's qualifier also answers the bare word: "at well visits" (checkup~) answers "his 12
    # month checkup".
    index.answered = [
        frozenset(t for q in lexicon.unqualified(_bare(a), topics) for t in {q, q.removesuffix(lexicon.QUALIFIED)})
        - asked
        for a, asked in zip(index.answered, index.asked, strict=True)
    ]
    return [set(asked | answered) for asked, answered in zip(index.asked, index.answered, strict=True)]


def _bare(terms: Iterable[str]) -> tuple[str, ...]:
    """An entry's own question keeps its words: "How do I reschedule my infusion?" is about infusions too.

    Only a message's subordinate qualifier (^) stays one, so it cannot win against the request.
    """
    return tuple(t.removesuffix(lexicon.SUBORDINATE) for t in terms)


def _weigh(index: Index, docs: list[set[str]]) -> None:
    index.topics = frozenset().union(*index.asked)
    n = len(docs)
    df = Counter(t for doc in docs for t in doc)
    index.idf = {t: math.log(1 + n / count) for t, count in df.items()}
    index.unknown_idf = math.log(1 + n) * UNKNOWN_FACTOR
    phrased_by: dict[str, set[int]] = {}
    for phrasing in index.phrasings:
        phrasing.weight = sum(index.weight(t) for t in sorted(phrasing.terms))  # sorted: no hash-seed bits
        for t in phrasing.terms:
            phrased_by.setdefault(t, set()).add(phrasing.entry)
    index.phrased_by = {t: frozenset(entries) for t, entries in phrased_by.items()}
    of: list[list[tuple[frozenset[str], float]]] = [[] for _ in index.entries]
    for phrasing in index.phrasings:
        of[phrasing.entry].append((phrasing.terms, phrasing.weight))
    index.phrasings_of = [tuple(found) for found in of]


def _post(index: Index) -> None:
    asked_by: dict[str, set[int]] = {}
    answered_by: dict[str, set[int]] = {}
    for number, (asked, answered) in enumerate(zip(index.asked, index.answered, strict=True)):
        for t in asked:
            asked_by.setdefault(t, set()).add(number)
        for t in answered - asked:
            answered_by.setdefault(t, set()).add(number)
    index.asked_by = {t: frozenset(entries) for t, entries in asked_by.items()}
    index.answered_by = {t: frozenset(entries) for t, entries in answered_by.items()}


def _asked(entry: FaqEntry) -> list[str]:
    phrases = list(entry.questions) + list(entry.keywords)
    if entry.title:
        phrases.append(entry.title)
    for tr in entry.translations.values():
        phrases.extend(tr.questions)
    return phrases


def _answers(entry: FaqEntry) -> list[str]:
    return [entry.answer] + [tr.answer for tr in entry.translations.values()]


def entry_texts(entry: FaqEntry) -> list[str]:
    """An entry's questions, keywords, title and answers, in every language."""
    return _asked(entry) + _answers(entry)


def _sentences(entry: FaqEntry) -> list[str]:
    return [part for text in _answers(entry) for part in _SENTENCE.split(text) if part.strip()]
