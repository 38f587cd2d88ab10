"""Labelled test cases for an FAQ and the safety metrics computed over routing results. Pure."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from faq.errors import FaqError

ROUTES = ("faq", "agent", "urgent")


@dataclass(frozen=True)
class Case:
    """One labelled message: what the bot should do with it (and which entry answers it)."""

    text: str
    route: str
    faq_id: str | None = None
    tags: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True)
class Outcome:
    """A case and what the bot actually did with it."""

    case: Case
    route: str
    faq_id: str | None
    # A low-confidence handoff (the bot was merely unsure), and the entry it offers with it if any.
    unsure: bool = False
    offered: str | None = None

    @property
    def correct(self) -> bool:
        """The expected route, and for FAQ answers the expected entry."""
        if self.case.route == "faq":
            return self.route == "faq" and self.faq_id == self.case.faq_id
        return self.route == self.case.route


@dataclass(frozen=True)
class Report:
    """The five safety metrics (None when a metric has no cases to measure)."""

    cases: int
    faq_accuracy: float | None
    wrong_answer_rate: float | None
    agent_recall: float | None
    urgent_recall: float | None
    urgent_false_alarm: float | None

    def rows(self) -> list[tuple[str, float | None]]:
        """(name, value) pairs in the order they are printed."""
        return [
            ("faq_accuracy", self.faq_accuracy),
            ("wrong_answer_rate", self.wrong_answer_rate),
            ("agent_recall", self.agent_recall),
            ("urgent_recall", self.urgent_recall),
            ("urgent_false_alarm", self.urgent_false_alarm),
        ]


@dataclass(frozen=True)
class Offers:
    """Answers offered with low-confidence handoffs, by what the case wanted: apart from the five metrics."""

    handoffs: int  # low-confidence handoffs
    offered: int  # of those, how many carry an offer
    right: int  # answerable cases offered their expected entry
    wrong: int  # answerable cases offered another entry
    staff: int  # cases meant for staff (route agent) offered an answer
    urgent: int  # emergencies (already missed in urgent_recall) offered an answer

    def line(self) -> str:
        """One line for `faq test`, after the metrics."""
        urgent = f", {self.urgent} meant as emergencies" if self.urgent else ""
        return (
            f"offers: {self.offered} of {self.handoffs} low-confidence handoffs would carry one: "
            f"{self.right} right entry, {self.wrong} wrong entry, {self.staff} meant for staff{urgent}"
        )


def load_cases(path: str | Path) -> list[Case]:
    """Read JSONL cases `{"text", "route", "faq_id"}`; raise FaqError naming the file and line."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise FaqError(f"{path}: cannot read the cases file ({exc})") from None
    cases = [_case(raw, path, number) for number, raw in enumerate(lines, start=1) if raw.strip()]
    if not cases:
        raise FaqError(f"{path}: no cases (one JSON object per line)")
    return cases


def _case(raw: str, path: Path, number: int) -> Case:
    where = f"{path} line {number}"
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FaqError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
        raise FaqError(f'{where}: each line must be an object with "text", "route" and "faq_id"')
    route = doc.get("route")
    if route not in ROUTES:
        raise FaqError(f"{where}: route must be one of {', '.join(ROUTES)}, got {route!r}")
    faq_id = doc.get("faq_id")
    if route == "faq" and not isinstance(faq_id, str):
        raise FaqError(f'{where}: a "faq" case needs the expected "faq_id"')
    tags = doc.get("tags") or []
    return Case(doc["text"], route, faq_id if route == "faq" else None, tuple(map(str, tags)), number)


def _rate(hits: int, total: int) -> float | None:
    return hits / total if total else None


def score(outcomes: Iterable[Outcome]) -> Report:
    """faq_accuracy, wrong_answer_rate, agent_recall, urgent_recall, urgent_false_alarm (see README)."""
    done = list(outcomes)
    answerable = [o for o in done if o.case.route == "faq"]
    staff = [o for o in done if o.case.route == "agent"]
    urgent = [o for o in done if o.case.route == "urgent"]
    calm = [o for o in done if o.case.route != "urgent"]
    wrong = [o for o in calm if o.route == "faq" and not o.correct]
    return Report(
        cases=len(done),
        faq_accuracy=_rate(sum(o.correct for o in answerable), len(answerable)),
        wrong_answer_rate=_rate(len(wrong), len(calm)),
        agent_recall=_rate(sum(o.route in ("agent", "urgent") for o in staff), len(staff)),
        urgent_recall=_rate(sum(o.route == "urgent" for o in urgent), len(urgent)),
        urgent_false_alarm=_rate(sum(o.route == "urgent" for o in calm), len(calm)),
    )


def offers(outcomes: Iterable[Outcome]) -> Offers:
    """Count the offers low-confidence handoffs carry, by whether the case wanted that entry, another, or staff."""
    unsure = [o for o in outcomes if o.unsure]
    offered = [o for o in unsure if o.offered is not None]
    answerable = [o for o in offered if o.case.route == "faq"]
    return Offers(
        handoffs=len(unsure),
        offered=len(offered),
        right=sum(o.offered == o.case.faq_id for o in answerable),
        wrong=sum(o.offered != o.case.faq_id for o in answerable),
        staff=sum(o.case.route == "agent" for o in offered),
        urgent=sum(o.case.route == "urgent" for o in offered),
    )
