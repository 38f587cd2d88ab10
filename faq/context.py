"""Everyday-logistics words: how a writer gets to the clinic or fits a visit around work."""

from __future__ import annotations

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
    "sometime while inside til till afternoon "
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
