"""The safety suite: every red flag routes urgent, no look-alike does, routine questions get their entry.

Each line of tests/data/*.jsonl is its own test. Add a case whenever a message is mis-routed in real use.
"""

from __future__ import annotations

from typing import Any

import pytest

from routing.brain import Brain
from routing.states import Route
from tests.brain.conftest import cases


@pytest.mark.parametrize("case", cases("red_flags"))
def test_red_flag_routes_urgent_with_the_right_kind_of_guidance(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is Route.URGENT, decision
    assert decision.triage is not None
    if case.get("category"):
        expected = brain.triage.action_of(case["category"])
        assert decision.triage.action == expected, decision.triage


@pytest.mark.parametrize("case", cases("benign_lookalikes"))
def test_lookalike_is_not_urgent_and_never_answered_wrongly(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is not Route.URGENT, decision.triage
    if decision.route is Route.FAQ:  # a handoff is fine; a wrong answer is not
        assert case["route"] == "faq", f"answered {decision.faq_id}, should go to staff"
        assert decision.faq_id == case["faq_id"]


@pytest.mark.parametrize("case", cases("routine"))
def test_routine_question_gets_its_entry(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert (decision.route, decision.faq_id) == (Route.FAQ, case["faq_id"]), decision


@pytest.mark.parametrize("case", cases("out_of_scope"))
def test_out_of_scope_goes_to_staff(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is Route.AGENT, (decision.faq_id, decision.reason)
