"""One held-out batch scored as the lead reads it: emergencies caught, false alarms, routine answered, wrong answers.

Not a test. A batch written from docs/batch_brief.md (110 JSON lines: 40 urgent, 25 calm look-alikes, 15 for staff,
30 routine) is scored on its first run, before anyone reads its misses, and again after each round:

    .venv/bin/python bench/batch_score.py BATCH.jsonl [--show urgent|calm|faq|all]
    .venv/bin/python bench/batch_score.py --tag lead75      # the same batch once it has joined tests/data

The summary line gives urgent recall (and how many got the writer's exact category), calm rows alarmed, routine rows
answered with their entry, wrong answers (another entry, or an answer where staff were meant) and staff-only rows
answered. `--show` lists the rows behind the figures of one kind only, so a triage round can read the urgent and calm
misses without seeing the routine ones it must leave held out for the FAQ (and the reverse).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brain import PRODUCT_FAQ, ROOT

import bot  # noqa: F401  # routing imports bot.errors, which loads the app package: import it first
from routing.brain import Brain
from routing.triage import PACKAGED_RULES

SUITE_FILES = ("red_flags", "benign_lookalikes", "out_of_scope", "routine", "near_misses/product")


@dataclass
class Score:
    """A batch's figures and the rows behind them, by kind ("urgent", "calm", "faq")."""

    urgent: int = 0
    caught: int = 0
    exact: int = 0
    calm: int = 0
    alarmed: int = 0
    routine: int = 0
    right: int = 0
    wrong: int = 0
    staff_only: int = 0
    staff_answered: int = 0
    shown: dict[str, list[str]] = field(default_factory=lambda: {"urgent": [], "calm": [], "faq": []})

    def summary(self, name: str) -> str:
        """The figures as one line."""
        return (f"{name}: urgent {self.caught}/{self.urgent} (exact category {self.exact}), alarmed {self.alarmed}/"
                f"{self.calm} calm, routine {self.right}/{self.routine}, wrong {self.wrong}, staff-only answered "
                f"{self.staff_answered}/{self.staff_only}")  # fmt: skip


def rows_of(batch: Path | None, tag: str | None) -> list[dict[str, Any]]:
    """The batch's rows, from its file or, by tag, from the suite's files."""
    if batch is not None:
        return [json.loads(line) for line in batch.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for name in SUITE_FILES:
        for line in (ROOT / "tests" / "data" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and tag in (row := json.loads(line)).get("tags", []):
                rows.append(row)
    return rows


def score(brain: Brain, rows: list[dict[str, Any]]) -> Score:
    """Decide every row and count; the rows behind each figure are kept by kind."""
    s = Score()
    for row in rows:
        d = brain.decide(row["text"])
        kind = (row.get("tags") or [row["route"]])[0]
        text = " ".join(row["text"].split())
        if row["route"] == "urgent":
            s.urgent += 1
            category = d.triage.category if d.triage else None
            if d.route.value != "urgent":
                s.shown["urgent"].append(f"MISSED {row.get('category')} | {text}")
                continue
            s.caught += 1
            s.exact += category == row.get("category")
            if category != row.get("category"):
                s.shown["urgent"].append(f"category {row.get('category')} -> {category} | {text}")
            continue
        s.calm += kind != "faq"
        if d.route.value == "urgent":
            s.alarmed += 1
            s.shown["calm"].append(f"ALARMED {d.triage.category if d.triage else ''} | {text}")
            continue
        answered = d.faq_id if d.route.value == "faq" else None
        if row["route"] == "faq":
            if kind == "faq":
                s.routine += 1
                s.right += answered == row["faq_id"]
            if answered and answered != row["faq_id"]:
                s.wrong += 1
                s.shown["faq"].append(f"WRONG {row['faq_id']} -> {answered} | {text}")
            elif kind == "faq" and not answered:
                s.shown["faq"].append(f"not answered {row['faq_id']} ({d.reason.value}) | {text}")
            continue
        if answered:
            s.wrong += 1
            s.shown["faq"].append(f"WRONG staff -> {answered} | {text}")
        if kind == "oos":
            s.staff_only += 1
            s.staff_answered += bool(answered)
    return s


def main(argv: list[str] | None = None) -> int:
    """Score one batch and print its summary (and, with --show, the rows of one kind)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch", type=Path, nargs="?", help="the batch (JSON lines)")
    parser.add_argument("--tag", help="score the suite's rows with this tag instead (e.g. lead75)")
    parser.add_argument("--show", choices=("urgent", "calm", "faq", "all"), help="list the rows of one kind")
    args = parser.parse_args(argv)
    if (args.batch is None) == (args.tag is None):
        parser.error("give a batch file or --tag")
    brain = Brain.load(PRODUCT_FAQ, PACKAGED_RULES)
    s = score(brain, rows_of(args.batch, args.tag))
    for kind in ("urgent", "calm", "faq") if args.show == "all" else (args.show,) if args.show else ():
        for line in s.shown[kind]:
            print(line)
    print(s.summary(str(args.batch or args.tag)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
