"""The brain's decision on every text of the safety suite, saved so a round can prove it changed only what it meant to.

Not a test. A triage or FAQ round must not move any suite decision it did not intend to, including the many that
pass for more than one reason. Dump every text of tests/data (its JSON-lines files and triage_fixes.yaml's rows)
before the round and after it, then list what moved:

    .venv/bin/python bench/suite_dump.py --out before.tsv [--extra batch.jsonl ...]
    .venv/bin/python bench/suite_dump.py --diff before.tsv after.tsv [--reasons]

A line holds the text's file, the route, the FAQ entry, the triage category and the reason; `--diff` compares route,
entry and category (and the reason with `--reasons`) and prints each changed row and the count. Run it in a worktree
with `PYTHONPATH=$PWD` (and `CARELINE_PURE=1` when it has no fresh compiled build).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brain import PRODUCT_FAQ, ROOT

import bot  # noqa: F401  # routing imports bot.errors, which loads the app package: import it first
from routing.brain import Brain
from routing.triage import PACKAGED_RULES

SUITE = ROOT / "tests" / "data"


def suite_texts(extra: list[Path]) -> dict[str, str]:
    """Every suite text (first file it appears in), then the extra batches' texts."""
    texts: dict[str, str] = {}
    for path in sorted(SUITE.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.setdefault(json.loads(line)["text"], path.name)
    for group in yaml.safe_load((SUITE / "triage_fixes.yaml").read_text(encoding="utf-8")):
        for row in group.get("urgent") or []:
            texts.setdefault(row[0], "triage_fixes")
        for text in group.get("benign") or []:
            texts.setdefault(text, "triage_fixes")
    for path in extra:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.setdefault(json.loads(line)["text"], path.parent.name or path.stem)
    return texts


def dump(out: Path, extra: list[Path]) -> int:
    """Write every decision; returns how many."""
    brain = Brain.load(PRODUCT_FAQ, PACKAGED_RULES)
    texts = suite_texts(extra)
    with out.open("w", encoding="utf-8") as fh:
        for text, source in texts.items():
            d = brain.decide(text)
            category = d.triage.category if d.triage else ""
            flat = " ".join(text.split())
            fh.write(f"{source}\t{d.route.value}\t{d.faq_id or ''}\t{category}\t{d.reason.value}\t{flat}\n")
    return len(texts)


def diff(before: Path, after: Path, reasons: bool) -> int:
    """Print the rows whose decision moved; returns how many."""

    def read(path: Path) -> dict[str, list[str]]:
        return {fields[5]: fields[:5] for fields in (line.split("\t", 5) for line in path.read_text().splitlines())}

    was, now = read(before), read(after)
    compared = slice(1, 5) if reasons else slice(1, 4)
    moved = 0
    for text, old in was.items():
        new = now.get(text)
        if new is not None and old[compared] != new[compared]:
            moved += 1
            print(f"{old[0]}\t{'/'.join(old[1:4])} -> {'/'.join(new[1:4])}\t{text[:150]}")
    print(f"{moved} changed of {len(was)}")
    return moved


def main(argv: list[str] | None = None) -> int:
    """Dump the suite's decisions, or diff two dumps."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the decisions here")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="held-out batches (JSON lines) too")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"), help="compare two dumps")
    parser.add_argument("--reasons", action="store_true", help="with --diff: a changed reason counts too")
    args = parser.parse_args(argv)
    if args.diff:
        before, after = args.diff
        diff(before, after, args.reasons)
        return 0
    if not args.out:
        parser.error("--out or --diff")
    print(f"{dump(args.out, args.extra)} decisions -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
