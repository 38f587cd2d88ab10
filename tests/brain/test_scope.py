"""What the FAQ's scope checks let through and what they keep for staff (faq/scope.py), read as conversations."""

from __future__ import annotations

import pytest

from routing.brain import Brain
from routing.states import Route


def route(brain: Brain, text: str) -> tuple[str, str | None]:
    """Where a message goes: the route and, for an answer, the FAQ entry."""
    d = brain.decide(text)
    return d.route.value, d.faq_id


# "have ... with me" is what one carries to a visit, not a drink or a medicine taken with another
@pytest.mark.parametrize(
    "text",
    [
        "what should we have with us for the new patient appointment",
        "what should i have with me on the day of my appointment",
    ],
)
def test_what_to_have_with_you_is_what_to_bring(brain: Brain, text: str) -> None:
    assert route(brain, text) == ("faq", "what-to-bring")


@pytest.mark.parametrize(
    "text",
    [
        "should i have surgery",
        "should i have this mole checked",
        "can i have a beer with my antibiotics",
        "can i have wine while on antibiotics",
        "can she have tylenol together with motrin",
        "should i take my medicine bottles with me",
    ],
)
def test_having_or_taking_something_with_a_medicine_stays_clinical(brain: Brain, text: str) -> None:
    assert brain.decide(text).route is Route.AGENT
