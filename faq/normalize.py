"""Text normalisation for matching and triage: Unicode, case, accents, punctuation, emoji, SMS-speak."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Whole-token SMS-speak and chat abbreviations, expanded before anything else looks at the words.
SMS_SPEAK = {
    "u": "you",
    "ur": "your",
    "urs": "yours",
    "r": "are",
    "pls": "please",
    "plz": "please",
    "plez": "please",
    "appt": "appointment",
    # round 44: texted "different" and "on my way" ("switch to a diff day", "omw, 10 min late")
    "diff": "different",
    "omw": "on my way",
    "otw": "on the way",
    "resched": "reschedule",
    "appts": "appointments",
    "apt": "appointment",
    "rx": "prescription",
    "rxs": "prescriptions",
    "dr": "doctor",
    "drs": "doctors",
    "doc": "doctor",
    "thx": "thanks",
    "thnx": "thanks",
    "thanx": "thanks",
    "ty": "thank you",
    "tysm": "thank you",
    # weekdays as texted ("move my appt on wed"); "mon", "sat" and "sun" are words of their own
    "tues": "tuesday",
    "weds": "wednesday",
    "wed": "wednesday",
    "thurs": "thursday",
    "thur": "thursday",
    "fri": "friday",
    # round 73: Tuesday and Thursday as a schedule shortens them ("your hours on tue/thu"), a password as texted
    "tue": "tuesday",
    "thu": "thursday",
    "pw": "password",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "tmrrw": "tomorrow",
    "2morrow": "tomorrow",
    "2day": "today",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2moro": "tomorrow",
    "b4": "before",
    "w": "with",
    "wat": "what",
    "wht": "what",
    "wut": "what",
    "wen": "when",
    "hrs": "hours",
    "hr": "hour",
    "min": "minutes",
    "mins": "minutes",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "abt": "about",
    "ppl": "people",
    "bc": "because",
    "cuz": "because",
    "msg": "message",
    "info": "information",
    "cnt": "cant",
    "cannot": "cant",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "have to",
    "od": "overdose",
    "alot": "a lot",
    "rn": "right now",
    "asap": "soon",
    "q": "que",
    "xq": "porque",
    "pq": "porque",
    "xk": "porque",
    # round 78: Spanish spelled as it sounds ("kiero sacar cita", "ola"; the lead's batch 57)
    "kiero": "quiero",
    "kiere": "quiere",
    "kieren": "quieren",
    "ola": "hola",
    # "tambien" as texted: it marks a second request ("el refill y tmb una cita")
    "tmb": "tambien",
    "tmbn": "tambien",
    "tambn": "tambien",
    "tel": "telephone",
    # a front desk's own shorthand (round 36): an address, an opening, a dermatologist
    "addr": "address",
    "avail": "available",
    "derm": "dermatologist",
    # a greeting drawn out (round 30)
    "heyy": "hey",
    "heyyy": "hey",
    "heyyyy": "hey",
    "hii": "hi",
    "hiii": "hi",
    "hiiii": "hi",
}

# "OD'd" must be read before apostrophes are joined, or it becomes the harmless word "odd".
_OVERDOSED = re.compile(r"\bo\.?d\.?(?:['\u2019`]\s?|\s)d\b|\bo\.?d\.?['\u2019`-]?(?:ed|ing)\b")
# Words that date what follows ("on sat", "till sat", "from mon").
_DATING = "on|this|next|last|till|til|until|by|every|from"
# Phrase-level rewrites applied to the folded text before tokenising (apostrophes already joined).
# Each with a piece of text every match holds: most messages hold none, and `in` is much cheaper than a regex pass.
_PHRASES = (
    ("can not", re.compile(r"\bcan not\b"), " cant "),
    ("ray", re.compile(r"\bx ?-? ?rays?\b"), " xray "),
    ("check", re.compile(r"\bcheck ?-? ?ups?\b"), " checkup "),
    ("walk", re.compile(r"\bwalk ?-? ?ins?\b"), " walkin "),
    ("follow", re.compile(r"\bfollow ?-? ?ups?\b"), " followup "),
    ("blood", re.compile(r"\bblood ?work\b"), " bloodwork "),
    ("mail", re.compile(r"\be-?mail\b"), " email "),
    ("jell", re.compile(r"\bjell ?-? ?o\b"), " jello "),
    # the front desk's slashes (round 36): "f/u" is a follow-up, "w/o" without, "w/" with
    ("/", re.compile(r"\bf ?/ ?u(?:p|ps)?\b"), " followup "),
    ("/", re.compile(r"\bw ?/ ?o\b"), " without "),
    # a short day name after a word that dates it ("flu shots on sat", "this thurs", "till sat"); a bare "sat",
    # "sun" or "mon" stays a word of its own ("i sat down", "sun damage")
    ("sat", re.compile(rf"\b(?P<w>{_DATING}|and|or|thru|through) sat\b"), r"\g<w> saturday"),
    ("sun", re.compile(r"\b(?P<w>sat|saturday|and|or|this|next|last|every|till|til|until) sun\b"), r"\g<w> sunday"),
    ("mon", re.compile(rf"\b(?P<w>{_DATING}) mon\b"), r"\g<w> monday"),
    # round 78: Spanish as it sounds, "pa" before whom or what it is for ("cita pa mi esposo", "pa la gripe") and
    # "ago" after "como le", "que" (hago: "como le ago?"); "3 weeks ago" stays English
    ("pa", re.compile(r"\bpa (?=(?:mi|mis|su|sus|el|la|los|las|que|ella|ustedes|usted|un|una)\b)"), "para "),
    ("ago", re.compile(r"\b(?P<w>como le|como lo|como la|que|q|lo|le) ago\b"), r"\g<w> hago"),
)
# Spanish "té" (tea) loses its accent below and would become the pronoun "te", a stopword: read it first.
_TEA = re.compile(r"\bt\u00e9\b")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019`\u00b4](?=\w)")
_APOSTROPHES = frozenset("'\u2019`\u00b4")
# "we'd" joined is "wed", which SMS-speak reads as Wednesday ("he told mom we'd all be better off"): say it in full
_WE_D = re.compile(r"\bwe['\u2019`\u00b4]d\b")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def strip_accents(text: str) -> str:
    """Remove combining accents (á -> a) so Spanish typed without accents still matches."""
    if text.isascii():  # no accents to remove (most messages)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=64)  # triage, language, scope and matcher read the same message; keep few
def fold(text: str) -> str:
    """NFKC, case-folded, accent-free text with in-word apostrophes joined (can't -> cant)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = strip_accents(_TEA.sub("tea", text) if "t\u00e9" in text else text)
    if "od" in text or "o.d" in text:  # every match of _OVERDOSED starts so
        text = _OVERDOSED.sub(" overdosed ", text)
    if not _APOSTROPHES.isdisjoint(text):
        if "we" in text:
            text = _WE_D.sub("we would", text)
        text = _APOSTROPHE.sub("", text)
    for needle, pattern, replacement in _PHRASES:
        if needle in text:
            text = pattern.sub(replacement, text)
    return text


def tokens(text: str) -> list[str]:
    """Lower-case word tokens with punctuation and emoji dropped and SMS-speak expanded."""
    return normalize(text).split()


@lru_cache(maxsize=64)
def normalize(text: str) -> str:
    """The normalised form used for matching: tokens joined by single spaces."""
    said = _WORD.findall(fold(text))
    return " ".join(map(SMS_SPEAK.get, said, said))  # each word, or its SMS-speak in full
