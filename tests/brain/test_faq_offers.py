"""`faq test` counts the answers low-confidence handoffs would offer, by whether the case wanted them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from faq.metrics import Case, Outcome, offers
from tests.brain.test_cli import run

FAQ = """
faqs:
  - id: opening-hours
    title: Opening hours
    questions: ["What are your opening hours?", "When are you open?", "What time do you open?"]
    answer: We are open Monday to Friday, 8am to 6pm.
  - id: flu-shot
    title: Flu shots
    questions: ["Can I get a flu shot?"]
    answer: Flu shots are available from September, no appointment needed.
  - id: covid-shot
    title: COVID shots
    questions: ["Can I get a covid shot?"]
    answer: COVID boosters are given on Tuesdays by appointment.
"""
# Ranked clearly on flu-shot but not surely enough to answer: a handoff that offers flu-shot.
UNSURE = "my kid needs a flu shot before school, can you fit him in"


def test_faq_test_prints_one_line_on_offers_after_the_metrics(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    faq_file = tmp_path / "faq.yaml"
    faq_file.write_text(FAQ, encoding="utf-8")
    rows = [
        {"text": UNSURE, "route": "faq", "faq_id": "flu-shot"},  # offered the right entry
        {"text": UNSURE, "route": "faq", "faq_id": "covid-shot"},  # the same message labelled for another entry
        {"text": UNSURE, "route": "agent"},  # and labelled for staff
        {"text": "opening on holidays", "route": "agent"},  # unsure, but nothing clear enough to offer
        {"text": "what time do you open", "route": "faq", "faq_id": "opening-hours"},  # answered: no handoff
    ]
    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = run(["faq", "test", str(faq_file), "--cases", str(cases)], capsys)
    assert code == 0  # an offer is not an answer: nothing unsafe
    lines = out.splitlines()
    offer_line = (
        "offers: 3 of 4 low-confidence handoffs would carry one: 1 right entry, 1 wrong entry, 1 meant for staff"
    )
    assert offer_line in lines
    assert lines.index(offer_line) == lines.index(next(x for x in lines if "urgent_false_alarm" in x)) + 1
    # the five metrics are untouched: 1 of 3 answerable cases answered, no wrong answer
    assert re.search(r"^  faq_accuracy +33\.3%", out, re.MULTILINE)
    assert re.search(r"^  wrong_answer_rate +0\.0%", out, re.MULTILINE)


def outcome(route: str, faq_id: str | None, *, unsure: bool = True, offered: str | None = None) -> Outcome:
    return Outcome(Case("text", route, faq_id), "agent", None, unsure, offered)


def test_offers_counts_by_what_each_case_wanted() -> None:
    counted = offers(
        [
            outcome("faq", "a", offered="a"),
            outcome("faq", "a", offered="b"),
            outcome("agent", None, offered="a"),
            outcome("urgent", None, offered="a"),  # a missed emergency that would also be offered an answer
            outcome("faq", "a"),  # unsure, nothing offered
            outcome("faq", "a", unsure=False),  # handed off for another reason
        ]
    )
    assert (counted.handoffs, counted.offered, counted.right, counted.wrong, counted.staff, counted.urgent) == (
        5, 4, 1, 1, 1, 1,
    )  # fmt: skip
    assert counted.line().endswith("1 right entry, 1 wrong entry, 1 meant for staff, 1 meant as emergencies")
