"""The generic topics' bank: its data, how a clinic's entries are aligned with it, and when it may answer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import faq
from bot.cli.classify import as_json
from faq import bank
from faq.matcher import Matcher
from routing.brain import Brain
from routing.triage import Triage
from tests.brain.conftest import ROOT, write_faq

GERIATRICS = ROOT / "bench" / "data" / "geriatrics_faq.yaml"


@pytest.fixture(scope="module")
def geriatrics() -> Matcher:
    """A sparse specialty FAQ (one or two questions an entry), read with the bank."""
    return Matcher(faq.load(GERIATRICS))


def aligned_topics(path: Path) -> dict[str, str]:
    """Generic topic -> the id of the FAQ entry at `path` aligned with it."""
    matcher = Matcher(faq.load(path))
    assert matcher.bank is not None
    entries = [e.id for e in matcher.faq.entries]
    return {topic: entries[n] for topic, n in matcher.bank.entry_of.items()}


def test_every_topic_is_defined_and_asked_many_ways_once_each() -> None:
    topics = bank.topics()
    assert len(topics) >= 30
    assert len({t.id for t in topics}) == len(topics)
    for topic in topics:
        assert topic.about, topic.id
        assert len(topic.phrasings) >= 20, topic.id
    said = Counter(p.lower().strip() for t in topics for p in t.about + t.phrasings)
    assert [p for p, n in said.items() if n > 1] == []


def test_no_phrasing_of_the_bank_is_an_emergency(triage: Triage) -> None:
    # a phrasing is a calm front-desk question: one that raised an alarm would teach the FAQ to answer emergencies
    alarming = [p for t in bank.topics() for p in t.phrasings if triage.check(p) is not None]
    assert alarming == []


def test_a_clinic_entry_is_aligned_with_the_topic_it_is_and_no_other(tmp_path: Path) -> None:
    path = write_faq(
        tmp_path,
        """
        faqs:
          - id: parking
            questions: ["Where do I park?"]
            answer: "Free parking is behind the building."
          - id: hours
            questions: ["What are your hours?"]
            answer: "Monday to Friday, 8am to 5pm."
          - id: memory-eval
            questions: ["How long does a memory evaluation take?"]
            answer: "Plan on most of a morning, with a short break."
        """,
    )
    aligned = aligned_topics(path)
    assert aligned["parking"] == "parking"
    assert aligned["opening-hours"] == "hours"
    assert "memory-eval" not in aligned.values()  # no generic topic is a memory evaluation


def test_both_views_agreeing_answer_what_the_sparse_faq_alone_does_not(geriatrics: Matcher) -> None:
    text = "Do I have to pay to park when I bring my wife"
    alone = Matcher(geriatrics.faq, bank_path=None)
    assert alone.match(text) is None  # "bring my wife" is nothing this FAQ's words explain
    answer = geriatrics.match(text)
    assert answer is not None
    assert answer.entry.id == "location-parking"


@pytest.mark.parametrize(
    "text",
    [
        "do i have to pay to park when i bring my wife for her dialysis",  # a word neither view knows
        "is there parking for the transplant clinic",
        "my wife paid for parking last time and it was supposed to be free",  # a statement, not a request
    ],
)
def test_a_near_miss_is_not_answered_by_the_bank(geriatrics: Matcher, text: str) -> None:
    assert geriatrics.match(text) is None


def test_the_product_faq_is_aligned_entry_by_entry_and_words_never_seen_are_no_topic(brain: Brain) -> None:
    view = brain.matcher.bank
    assert view is not None
    entries = [e.id for e in brain.faq.entries]
    aligned = {topic: entries[n] for topic, n in view.entry_of.items()}
    assert aligned["parking"] == "parking"
    assert aligned["prescription-refill"] == "prescription-refill"
    assert aligned["medical-records-copy"] == "medical-records"
    assert view.entry_for("asdf qwer", frozenset({"asdf", "qwer"})) is None


def test_a_service_the_bank_knows_as_a_near_miss_is_no_rescue_for_another_entry(brain: Brain) -> None:
    # the product FAQ has a refill entry and no pharmacy: an on-site pharmacy is its own topic, not a refill
    assert brain.matcher.match("do you have a pharmacy where i can pick up my meds") is None
    assert brain.matcher.match("can you send a refill of my meds to my pharmacy") is not None


def test_a_clinic_entry_for_a_near_miss_service_is_aligned_with_it(tmp_path: Path) -> None:
    path = write_faq(
        tmp_path,
        """
        faqs:
          - id: pharmacy
            questions: ["Is there a pharmacy on site?"]
            answer: "Yes, on the ground floor, open 9am to 6pm."
          - id: refills
            questions: ["How do I get a prescription refill?"]
            answer: "Ask your pharmacy to send us a request."
        """,
    )
    aligned = aligned_topics(path)
    assert aligned["onsite-pharmacy"] == "pharmacy"
    assert aligned["prescription-refill"] == "refills"


def test_an_answer_on_the_banks_word_says_so_beside_the_clinics_own_score(geriatrics: Matcher) -> None:
    brain = Brain(geriatrics.faq, Triage.load())
    vouched = brain.decide("Do I have to pay to park when I bring my wife")
    assert (vouched.faq_id, vouched.vouched) == ("location-parking", True)
    row = as_json(vouched)
    assert row["via"] == "bank"
    assert row["score"] < 0.55  # the clinic's own score, below its threshold
    plain = as_json(brain.decide("Where do I park?"))
    assert (plain["route"], plain["via"]) == ("faq", None)
