"""FAQ decisions over every set of bench/brain.py, tallied and saved so two checkouts can be compared row by row.

Not a test. `make bench` prints rates per set; an FAQ round needs something plainer: over every set, how many
answerable rows get their entry (right), how many get another (wrong), how many staff-meant rows get an answer, and
which rows a change moved. `--out FILE` writes one line per decision; `--diff A B` prints the rows whose decision
differs, marked `+` (now right), `-` (was right), `!` (now a wrong answer) or `.` (another change).

    .venv/bin/python bench/faq_tally.py [--out FILE] [--extra batch.jsonl ...]
    .venv/bin/python bench/faq_tally.py --diff BEFORE.tsv AFTER.tsv

Held-out batches passed with `--extra` (on the product FAQ) are tallied apart, so a round's figures over the sets it
was designed on and over batches it never saw are not mixed. Run it in each checkout with `PYTHONPATH=$PWD` (and
`CARELINE_PURE=1` when one has no fresh compiled build) to compare two.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brain import PRODUCT_FAQ, bench_sets, dev_cases

import bot  # noqa: F401  # routing imports bot.errors, which loads the app package: import it first
import faq
from faq.metrics import Case, load_cases
from routing.brain import Brain
from routing.triage import Triage


@dataclass
class Tally:
    """One set's figures."""

    answerable: int = 0
    right: int = 0
    wrong: int = 0
    staff_meant: int = 0
    staff_answered: int = 0

    def add(self, other: Tally) -> None:
        """Add another set's figures to these."""
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, name: str) -> str:
        """The figures as one printed line."""
        share = 100 * self.right / max(1, self.answerable)
        return (f"{name}: right {self.right}/{self.answerable} ({share:.1f}%) wrong {self.wrong} "
                f"staff-meant answered {self.staff_answered}/{self.staff_meant}")  # fmt: skip


def sets(extra: list[Path]) -> list[tuple[str, faq.Faq, list[Case], bool]]:
    """(name, FAQ, cases, held out) for every set of bench/brain.py and each extra batch."""
    product = faq.load(PRODUCT_FAQ)
    out = [(name, data, cases, False) for name, data, cases in bench_sets(product, dev_cases())]
    out.extend((path.parent.name or path.stem, product, load_cases(path), True) for path in extra)
    return out


def tally(name: str, brain: Brain, cases: list[Case], out: TextIO | None) -> Tally:
    """Decide every calm case of one set; write each decision to `out`."""
    t = Tally()
    for case in cases:
        expected = case.route
        if expected not in ("faq", "agent"):
            continue
        decision = brain.decide(case.text)
        got = decision.faq_id if decision.route.value == "faq" and decision.faq_id else ""
        if expected == "faq":
            t.answerable += 1
            t.right += got == case.faq_id
            t.wrong += bool(got) and got != case.faq_id
        else:
            t.staff_meant += 1
            t.staff_answered += bool(got)
        if out:
            text = " ".join(case.text.split())[:200]
            out.write(f"{name}\t{expected}:{case.faq_id or ''}\t{decision.route.value}:{got}\t{text}\n")
    return t


def diff(before: Path, after: Path) -> None:
    """Print the rows whose decision differs between two --out files."""

    def read(path: Path) -> dict[tuple[str, str], tuple[str, str]]:
        rows = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            name, expected, got, text = line.split("\t", 3)
            rows[(name, text)] = (expected, got)
        return rows

    was, now = read(before), read(after)
    for key, (expected, got) in was.items():
        if key not in now or now[key][1] == got:
            continue
        new = now[key][1]
        answerable, entry = expected.startswith("faq"), expected.split(":")[1]
        if answerable and new.split(":")[1] == entry:
            mark = "+"
        elif answerable and got.split(":")[1] == entry:
            mark = "-"
        elif new.startswith("faq:") and new != expected:
            mark = "!"
        else:
            mark = "."
        print(mark, key[0], expected, got, "->", new, "|", key[1][:150])


def main(argv: list[str] | None = None) -> int:
    """Tally every set (and the extra batches apart), or diff two saved runs."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write one line per decision here")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="held-out batches (JSON lines)")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --out files")
    parser.add_argument("-v", "--verbose", action="store_true", help="a line per set")
    args = parser.parse_args(argv)
    if args.diff:
        diff(*args.diff)
        return 0
    rules = Triage.load()
    total, held_out = Tally(), Tally()
    out = args.out.open("w", encoding="utf-8") if args.out else None
    try:
        for name, data, cases, held in sets(args.extra):
            t = tally(name, Brain(data, rules), cases, out)
            (held_out if held else total).add(t)
            if held or args.verbose:
                print(t.line(name))
    finally:
        if out:
            out.close()
    print(total.line("ALL SETS"))
    if held_out.answerable or held_out.staff_meant:
        print(held_out.line("HELD OUT"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
