"""A question about "doing that" leans on the statement before it: the statement is no aside to it (round 57)."""

from __future__ import annotations

import pytest

from faq import scope
from routing.brain import Brain
from routing.states import Route


@pytest.mark.parametrize(
    "clause",
    ["can i keep doing that now that i have an icd?", "is that fine before my fasting blood test?", "would that be ok"],
)
def test_a_question_about_doing_that_refers_back(clause: str) -> None:
    assert scope.refers_back(clause)


@pytest.mark.parametrize("clause", ["how do i reschedule my appointment", "is the clinic open today", "that is all"])
def test_a_question_that_names_its_own_topic_does_not(clause: str) -> None:
    assert not scope.refers_back(clause)


@pytest.mark.parametrize(
    "text",
    [
        # (the fasting entry answered this one: running is not what it says)
        "I run 5 miles a day. is that fine before my fasting blood test?",
        "my son swims every day. is that ok after his flu shot",  # (and the flu entry these two)
        "i smoke a pack a day. can i keep doing that and still get the flu vaccine",
        "I take a long walk every morning. Is that ok before my blood test?",
    ],
)
def test_the_question_is_not_answered_from_its_own_words(brain: Brain, text: str) -> None:
    decision = brain.decide(text)
    assert decision.route is Route.AGENT, decision


def test_a_that_inside_the_request_itself_is_still_answered(brain: Brain) -> None:
    decision = brain.decide(
        "My daughter's wedding is that weekend, so I need to reschedule my appointment to another day. "
        "How do I do that?"
    )
    assert (decision.route, decision.faq_id) == (Route.FAQ, "reschedule-appointment")
