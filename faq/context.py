"""Everyday-logistics words: how a writer gets to the clinic or fits a visit around work."""

from __future__ import annotations

from collections.abc import Collection

from faq import lexicon
from faq.normalize import tokens

# A positive list, not "every word the FAQ does not know": a death, a service, a body part or a trip can change
# what is asked ("refill before my trip", "cancel my late mother's visits"), so only words that say how the writer
# gets here or what a visit must fit around are listed. Left out on purpose, as each can make a routine request a
# question for staff or another entry's: travel (trip, flight, vacation), family members, the body and health,
# classes, camps and lessons (a service or a form of their own), meals (fasting), and words the lexicon folds into
# a wider concept ("lessons" is "train", "overnight" is "night"). Rides (drive, uber, taxi) are out too: one may ask
# for a ride as a service ("do you offer rides to appointments").
_WORDS = (
    # getting here
    "bus buses subway metro tram car cars truck van carpool commute commuting traffic motorcycle bike bicycle "
    "paratransit "
    # what a visit must fit around
    "work working job jobs shift shifts boss employer coworker coworkers warehouse recital "
    # (round 62: "next week", "next month": when, as "afternoon" is)
    "sometime while inside til till afternoon next "
    # Spanish ("van" is also Spanish "they go": a word that asks nothing either way)
    "autobus camion tren carro coche trafico trabajo trabajar jefe"
)
CONTEXT_TERMS = frozenset(lexicon.term(w) for w in _WORDS.split())
# How much a listed word the FAQ never uses counts against every entry, against a full unknown word's weight.
CONTEXT_FACTOR = 0.25


# The writer speaking of their own situation ("my van", "i'm at work"): without it a listed word is what is asked
# for ("do you have a van for patients", "do you offer rides"), a service the clinic may not offer.
# (as tokens() writes them: "i'm" is "im", "we're" is "were")
_FIRST_PERSON = frozenset("i im ive ill my me we were our mi yo nuestro nuestra".split())


def context_terms(unknown: frozenset[str], text: str) -> frozenset[str]:
    """The message's words no FAQ entry uses that only say how the writer gets here or what a visit fits around."""
    listed = unknown & CONTEXT_TERMS
    if not listed or _FIRST_PERSON.isdisjoint(tokens(text)):
        return frozenset()
    return listed


# Round 62: what a visit, test, procedure or medicine is FOR ("my prenatal visit", "my hcg bloodwork", "a pelvic
# exam", "my 2 month old's checkup"), named beside an errand whose answer is the same for every kind of visit: the
# hours, the address, parking, the portal, cancelling, moving or being late for a visit, records, booking one or
# refilling a medicine. A word of this list the FAQ never uses then lowers every score alike, so it counts as context.
# Not a symptom or the body ("burning", "knee"), and not a service a general clinic may not offer (therapy, rehab, a
# vasectomy: "mi terapia es el martes, la puedo cambiar" answered one wrong per gain on the bench FAQs); beside any
# other entry, or a price or offer the errand's entry does not ask, a kind word weighs in full (matcher's _errand).
_KIND_WORDS = (
    # women's and sexual health
    "prenatal pregnancy pregnant postpartum pap smear pelvic iud implant nexplanon contraception contraceptive "
    "birthcontrol hcg menopause perimenopause pcos hormone hormones annual ob obgyn gyn gyno std sti "
    # a child's or anyone's checkup, and the everyday tests of a lab draw or a skin, heart or throat visit
    "wellchild physical physicals checkup derm mole acne holter echo echocardiogram ekg ecg strep lipid cholesterol "
    "a1c glucose thyroid bloodwork labwork "
    # Spanish
    "embarazo chequeo papanicolaou anticonceptivas anticonceptivos glucosa colesterol"
)
KIND_TERMS = frozenset(lexicon.term(w) for w in _KIND_WORDS.split())
# ...and who the visit is for ("my son's", "my dad", "mi hija"), beside an errand of coming in only: the portal, records
# and refills of another person go through proxy access or consent, a question for staff.
KIN_TERMS = frozenset(
    lexicon.term(w)
    for w in "son daughter child dad mom mother father husband wife grandmother grandma grandfather grandpa".split()
)
_PROXY_ERRANDS = frozenset(lexicon.term(w) for w in "portal login records refill".split())
# (each also as the lexicon writes it qualifying another word: "my prenatal visit" is "pregnancy~")
_KIND = KIND_TERMS | {t + lexicon.QUALIFIED for t in KIND_TERMS}
KIND_OR_KIN = _KIND | KIN_TERMS | {t + lexicon.QUALIFIED for t in KIN_TERMS}
# The errands whose answer does not depend on what the visit is for.
ERRAND_TERMS = frozenset(
    lexicon.term(w)
    for w in "hours open address parking portal login cancel late reschedule records book refill".split()
)
# A price, coverage or offer asked of the kind named: whether the clinic does it and what it costs stay with staff,
# unless the errand's entry asks it itself ("is there a fee if i cancel my implant removal late").
OF_THE_KIND = frozenset(lexicon.term(w) for w in "cost cover insurance offer free".split())


def kind_terms(unknown: frozenset[str], terms: Collection[str], text: str) -> frozenset[str]:
    """The message's words no FAQ entry uses that only name what a visit, test or medicine is for, beside an errand
    of ERRAND_TERMS (the matcher checks a price, coverage or offer asked is the errand's own)."""
    if unknown.isdisjoint(KIND_OR_KIN):  # (most messages: one set operation, decide runs this on every message)
        return frozenset()
    listed = (unknown & (_KIND if not _PROXY_ERRANDS.isdisjoint(terms) else KIND_OR_KIN)).intersection(terms)
    if not listed or ERRAND_TERMS.isdisjoint(terms) or _FIRST_PERSON.isdisjoint(tokens(text)):
        return frozenset()
    return listed
