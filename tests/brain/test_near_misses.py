"""Near misses: messages written to tempt the FAQ into a wrong answer (a status check, a complaint asked as a
question, an exception to a stated policy, another party writing, a personal clinical question in an entry's words),
each with the FAQ it was written against. A handoff is always fine; an answer must be the labelled entry.

tests/data/near_misses/<faq>.jsonl, written by a helper who read only the FAQs: "nearmiss1" rows were the set the
session-14 fixes were drawn from, "nearmiss2" rows a second set measured before any fix. "known_miss" rows are wrong
answers not yet fixed (strict xfail, with a note).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from routing.brain import Brain
from routing.states import Route
from tests.brain.conftest import DATA, PRODUCT_FAQ, ROOT, load_cases

FAQS = {
    "product": PRODUCT_FAQ,
    "sexualhealth": ROOT / "bench" / "data" / "sexualhealth_faq.yaml",
    "geriatrics": ROOT / "bench" / "data" / "geriatrics_faq.yaml",
    "dental": ROOT / "bench" / "data" / "dental_faq.yaml",
}


@cache
def brain_for(name: str) -> Brain:
    """One brain per FAQ, loaded once for the session."""
    return Brain.load(Path(FAQS[name]))


def params() -> list[Any]:
    """Every near miss with the name of its FAQ (its file and line as its id); a known miss fails strictly."""
    return [
        pytest.param(
            name,
            case,
            id=f"{name}:{n}:{case['text'][:50]}",
            marks=[pytest.mark.xfail(strict=True, reason=case.get("note", ""))] if "known_miss" in case["tags"] else [],
        )
        for name in FAQS
        for n, case in load_cases(f"near_misses/{name}")
    ]


def test_every_faq_has_its_near_misses() -> None:
    assert {p.stem for p in (DATA / "near_misses").glob("*.jsonl")} == set(FAQS)


@pytest.mark.parametrize(("name", "case"), params())
def test_a_near_miss_is_never_answered_wrongly(name: str, case: dict[str, Any]) -> None:
    decision = brain_for(name).decide(case["text"])
    if decision.route is Route.FAQ:  # a handoff (or an alarm) is fine; a wrong answer is not
        assert case["route"] == "faq", f"answered {decision.faq_id}, should go to staff"
        assert decision.faq_id == case["faq_id"]
