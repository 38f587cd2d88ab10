"""Everyday-logistics words: how a writer gets to the clinic or fits a visit around work."""

from __future__ import annotations

import re
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
    # (round 74: a student's day, "omw from campus", "i have a midterm during my appointment")
    "campus dorm midterm midterms finals lecture "
    # (round 62: "next week", "next month": when, as "afternoon" is)
    "sometime while inside til till afternoon next "
    # (round 75: a farm's or a ranch's day and its roads, "hes got the cattle sale", "the road is washed out past the
    # low water crossing", "mi hijo me lleva en la troca", "le toca trabajar en la cosecha")
    "troca pickup tractor road roads crossing gps hay cattle cows livestock dairy farm ranch harvest chores calving "
    "rancho cosecha "
    # (round 76: a vehicle as where the writer is, "in my rig", "from my semi"; lexicon folds a truck's cab to truck)
    "rig semi "
    # (round 78: the appointments of a case or a sentence a visit must fit around, "my court date got moved", "my PO
    # won't let me miss work", "my case is pending"; the lead's batch 58)
    "court courthouse hearing probation parole po "
    # (round 80: a service member's duty a visit must fit around, "my unit got activated", "I leave for annual
    # training", "mi esposo esta desplegado"; the lead's batch 61)
    "activated mobilized deployed deploys deploying deployment desplegado desplegada tdy pcs pcsd drill drills "
    # (round 80: the tools a deaf, blind or disabled writer reads, writes or calls with, "my relay operator needs it to
    # call you", "VoiceOver user here"; the FAQ's own interpreters and wheelchairs are words it uses, so never listed)
    "relay operator voiceover screenreader talkback tty vrs braille magnifier captions captioning "
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


# (round 80: "VoiceOver user here", "TTY user here": the writer introducing themself by what they use)
_USER_HERE = re.compile(r"\busers? here\b")


def context_terms(unknown: frozenset[str], text: str) -> frozenset[str]:
    """The message's words no FAQ entry uses that only say how the writer gets here or what a visit fits around."""
    listed = unknown & CONTEXT_TERMS
    if not listed or (_FIRST_PERSON.isdisjoint(tokens(text)) and _USER_HERE.search(text) is None):
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
    # (round 78: a lasting state of mind a visit is for, "my appointment for my depression", scope.visit_reasons)
    "anxiety depression ansiedad depresion "
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
# Round 63: and, beside an errand whose answer is the same for whoever comes, any other person the visit is for: kin
# of every degree, a child by any name, a foster child, a client, resident or guest of the staff who write for them,
# and what the person brings along (a stroller, a walker, a car seat). Who comes never changes the hours, the parking
# or how a visit is booked; it may change whether a thing is offered or what it costs, which stay with the matcher.
WHO_TERMS = KIN_TERMS | frozenset(
    lexicon.term(w)
    for w in (
        "nephew niece brother sister grandson granddaughter grandkids grandchild boyfriend girlfriend partner fiance "
        "stepson stepdaughter stepdad stepmom foster client clients resident residents guest guests aide caregiver "
        "stroller walker carseat "
        # (round 77: children born together, "first time coming w the twins", "bringing the triplets")
        "twin twins triplet triplets quads quadruplets gemelos gemelas cuates "
        "esposo esposa hermano hermana sobrino sobrina nieto nieta abuela abuelo suegra suegro"
    ).split()
)
PROXY_ERRANDS = frozenset(lexicon.term(w) for w in "portal login records refill".split())


def _also_qualified(terms: frozenset[str]) -> frozenset[str]:
    """The terms, each also as the lexicon writes it qualifying another word ("my prenatal visit" is "pregnancy~")."""
    return terms | {t + lexicon.QUALIFIED for t in terms}


_KIND = _also_qualified(KIND_TERMS)
# (round 63: the kinds of a test or procedure, whose price is its own, not a standard visit's: a checkup is a visit;
# round 64: a physical is not, a DOT, sports or work physical is priced apart: "how much is a DOT physical, paying
# cash")
_VISITS = frozenset(lexicon.term(w) for w in "checkup annual wellchild chequeo".split())
NAMED_KIND = _KIND - _also_qualified(_VISITS)


def priced_kinds(terms: Collection[str]) -> frozenset[str]:
    """The kinds of test, procedure or exam a message names (NAMED_KIND), as the FAQ's terms (no qualifier mark)."""
    return frozenset(t.removesuffix(lexicon.QUALIFIED) for t in NAMED_KIND.intersection(terms))


WHO = _also_qualified(WHO_TERMS)
KIND_OR_KIN = _KIND | WHO
# The errands whose answer does not depend on what the visit is for.
ERRAND_TERMS = frozenset(
    lexicon.term(w)
    for w in "hours open address parking portal login cancel late reschedule records book refill".split()
)
# Round 82: the errands whose answer is the same whoever asks and whatever the visit is for, so the writer's story
# beside them may be set aside (Matcher._without_backstory): those above but booking and a refill (whom and what they
# are for may change them), and the phone, access and paying a bill
SAME_FOR_ALL_TERMS = (ERRAND_TERMS - {lexicon.term("book"), lexicon.term("refill")}) | frozenset(
    lexicon.term(w) for w in "phone accessible bill pay".split()
)
# Round 85: the errands whose answer is the same whoever asks, though the question may lean on the story for what it
# asks ("mine expired. can i get a new one") or the story may name whose record is to be looked up: results, a video
# visit, a referral, the night line, holidays and becoming a patient (the matcher's _without_backstory checks both).
# Not what to bring, which the writer's case changes ("my wallet was stolen"), nor a same-day visit, which what it is
# for changes ("i got bit by a dog on sunday. do you take walk-ins?").
SAME_FOR_ANYONE_TERMS = (
    frozenset(lexicon.term(w) for w in "result video referral night holiday new".split()) - SAME_FOR_ALL_TERMS
)
# Round 63: the errands whose answer does not depend on WHO the visit is for, though it may on what it is for ("when
# are my dad's results back" is the results entry's; "when are my biopsy results back" is not only its): results,
# video visits, same-day visits, referrals, the night line, holidays, what to bring, access, becoming a patient, the
# phone number. Not forms (a child's school form may be a care plan: "my son's seizure plan needs signing" is for
# staff) nor the price of a visit (whose price it is is the self-pay entry's own question).
WHO_ERRAND_TERMS = ERRAND_TERMS | frozenset(
    lexicon.term(w) for w in "result video walkin referral night holiday bring accessible new phone".split()
)
# Round 63: the everyday circumstance of whoever the visit is for, told beside such an errand ("transport is a
# nightmare for us", "he's staying with us for the summer", "her son keeps asking us", "we're short staffed"): a
# positive list, as above, since a word the FAQ never uses may as well be a diagnosis ("my son was just diagnosed
# with epilepsy, can i make an appointment for him" is for staff).
CIRCUMSTANCE_TERMS = CONTEXT_TERMS | frozenset(
    lexicon.term(w)
    for w in (
        "transport transportation nightmare stroller pickup conflict summer winter break staying town state college "
        "staffed short usually always keeps asking manager group home house crew whole hauling instead "
        # (round 68: everyone of a household or a place, "the shelter says everybody staying here should get one")
        "everybody everyone family familia todos"
    ).split()
)
# A price, coverage or offer asked of the kind named: whether the clinic does it and what it costs stay with staff,
# unless the errand's entry asks it itself ("is there a fee if i cancel my implant removal late").
OF_THE_KIND = frozenset(lexicon.term(w) for w in "cost cover insurance offer free".split())


_WITHOUT = frozenset("without sin".split())


def kind_terms(unknown: frozenset[str], terms: Collection[str], text: str) -> frozenset[str]:
    """The message's words no FAQ entry uses that only name what a visit, test or medicine is for, beside an errand
    of ERRAND_TERMS (the matcher checks a price, coverage or offer asked is the errand's own)."""
    named = _named(unknown, text)
    if not named and unknown.isdisjoint(KIND_OR_KIN):  # (most messages: decide runs this on every message)
        return frozenset()
    proxy = not PROXY_ERRANDS.isdisjoint(terms)
    listed = (unknown & (_KIND if proxy else KIND_OR_KIN)).intersection(terms) | (frozenset() if proxy else named)
    said = tokens(text)
    if not listed or _FIRST_PERSON.isdisjoint(said):
        return frozenset()
    if not _WITHOUT.isdisjoint(said):
        # round 63: a person the visit is without is no context ("can i come in without my mom": a minor's consent)
        listed -= {lexicon.term(w) for k, w in enumerate(said) if _WITHOUT.intersection(said[max(k - 2, 0) : k])}
        if not listed:
            return frozenset()
    if ERRAND_TERMS.isdisjoint(terms):
        # round 63: beside an errand of WHO_ERRAND_TERMS only who the visit is for is context
        return listed & WHO if not WHO_ERRAND_TERMS.isdisjoint(terms) else frozenset()
    return listed


def errands_for(light: frozenset[str]) -> frozenset[str]:
    """The errands beside which `light` words are context: who the visit is for beside WHO_ERRAND_TERMS, what it is
    for beside ERRAND_TERMS only."""
    return WHO_ERRAND_TERMS if light.isdisjoint(_KIND) else ERRAND_TERMS


# Round 63: a first name said as whose visit it is ("liam's 2 year well visit", "ava's appt", "mateo's appointment"):
# a word no entry uses, so it only lowers every score alike, as "my son's" would.
_NAMED_VISIT = re.compile(
    r"\b([a-z]{2,})s (?:\d+ ?(?:year|yr|month|mo|week|wk)s? (?:old )?)?(?:appt|appts|appointment|appointments|visit|"
    r"visits|well|checkup|physical|shots|followup|follow up)\b"
)


_VISIT_WORDS = ("app", "visit", "well", "checkup", "physical", "shots", "follow")


def _named(unknown: frozenset[str], text: str) -> frozenset[str]:
    """The names of _NAMED_VISIT among the message's words no entry uses."""
    if not unknown or "s " not in text or not any(w in text for w in _VISIT_WORDS):  # (cheap tests first)
        return frozenset()
    return frozenset(t for m in _NAMED_VISIT.finditer(text) if (t := lexicon.term(m[1])) in unknown)
