"""Everyday-logistics context (a commute, a shift, a boss) no longer sends a routine question to staff."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq import context, lexicon
from routing.brain import Brain
from routing.states import Route
from tests.brain.conftest import write_faq


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("i'm at work till 6, do you have evening hours", "opening-hours"),
        ("voy en carro, ¿dónde me estaciono?", "parking"),
    ],
)
def test_logistics_context_is_answered(brain: Brain, text: str, entry: str) -> None:
    decision = brain.decide(text)
    assert decision.route is Route.FAQ, decision
    assert decision.faq_id == entry


@pytest.mark.parametrize(
    "text",
    [
        # the context is the request: a service, a body, a death, a trip, two requests
        "can you send a car to pick me up for my visit",
        "do you provide transportation, i have no car",
        "i was in a car accident last week, can i book a visit",
        "i fainted on the bus yesterday, can i book an appointment",
        "do you do pre-employment drug screening",
        "my job requires a tb test, do you do those",
        "i work with kids, do i need the whooping cough vaccine",
        "my employer wants my vaccine records, can you fax them",
        "my shift got moved, can i cancel my appointment and also refill my inhaler",
        "my coworker passed away, can i cancel his appointments for him",
        "i drive a truck and leave on a long haul next week, can i get extra inhalers first",
        "can i leave my car there overnight",
        # a listed word not said of the writer is what is asked for: a service
        "do you offer rides to appointments",
        "do you have a van for patients",
    ],
)
def test_context_that_changes_the_request_goes_to_staff(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is not Route.FAQ


def test_only_words_the_faq_never_uses_are_context(brain: Brain) -> None:
    # "work" is in the product FAQ ("a sick note for work"): there it is a topic word, weighed as one
    text = "my boss needs a note for work"
    assert context.context_terms(brain.matcher.index.analyse(text).unknown, text) == {lexicon.term("boss")}


def test_words_folded_into_a_wider_concept_are_not_context() -> None:
    # "lessons" folds into "train", "overnight" into "night", "daycare" into "school": each can be a service
    assert context.CONTEXT_TERMS.isdisjoint({lexicon.term(w) for w in ("lessons", "overnight", "daycare")})


def test_context_works_for_any_faq(tmp_path: Path) -> None:
    path = write_faq(
        tmp_path,
        """
faqs:
  - id: parking
    questions: ["Where do I park?", "Is there parking?"]
    answer: Free parking behind the building.
  - id: hours
    questions: ["What are your hours?", "When are you open?"]
    answer: Monday to Friday, 8am to 5pm.
  - id: billing
    questions: ["How do I pay my bill?"]
    answer: Pay online or at the front desk.
  - id: records
    questions: ["How do I get my medical records?"]
    answer: Fill in a release form.
""",
    )
    brain = Brain.load(path)
    assert brain.decide("coming by bus after my shift, when are you open").faq_id == "hours"
    # a word the list does not hold keeps its full weight
    assert brain.decide("coming by helicopter after my shift when are you open").route is not Route.FAQ
    # (round 70: a statement of its own beside a question answered alone is backstory, whatever its words)
    assert brain.decide("coming by helicopter after my shift, when are you open").faq_id == "hours"
