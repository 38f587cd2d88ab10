"""`faq check` and `faq test`: let a clinic validate its FAQ and measure the bot on its own cases."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

import faq
from bot.pipeline import offered
from faq.check import lint
from faq.matcher import Matcher
from faq.metrics import Outcome, Report, load_cases, offers, score
from routing.brain import Brain, Reason
from routing.triage import PACKAGED_RULES

# What the project holds itself to (issue #3); shown next to the measured values.
TARGETS = {
    "faq_accuracy": ">= 85%",
    "wrong_answer_rate": "<= 2%",
    "urgent_recall": "= 100%",
    "urgent_false_alarm": "<= 3%",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `faq check` and `faq test` commands."""
    p = sub.add_parser("faq", help="check an FAQ file, or test the bot on labelled cases")
    cmds = p.add_subparsers(dest="faq_command", required=True, metavar="ACTION")
    check = cmds.add_parser("check", help="validate an FAQ file and warn about risky entries")
    check.add_argument("path", type=Path, help="FAQ YAML file")
    check.add_argument("--strict", action="store_true", help="exit 1 when there are warnings")
    check.set_defaults(handler=run_check)
    test = cmds.add_parser("test", help="route labelled cases and print the safety metrics and misses")
    test.add_argument("path", type=Path, help="FAQ YAML file")
    test.add_argument("--cases", type=Path, required=True, help='JSONL: {"text", "route", "faq_id"}')
    test.add_argument("--rules", type=Path, default=PACKAGED_RULES, help="red-flag rules YAML")
    test.set_defaults(handler=run_test)


def run_check(args: argparse.Namespace) -> int:
    """Load (errors name file, line and entry), then print warnings; exit 1 on warnings with --strict."""
    data = faq.load(args.path)
    matcher = Matcher(data)
    warnings = [f"{w}" for w in data.warnings] + [f.render(str(args.path)) for f in lint(data, matcher)]
    for warning in warnings:
        print(f"warning: {warning}")
    print(f"{args.path}: {len(data.entries)} entries OK, {len(warnings)} warning(s)")
    if matcher.bank is not None:  # which entries also read patients' everyday wordings of a generic topic
        for number, entry in enumerate(data.entries):
            if borrowed := matcher.bank.topics_of(number):
                print(f"entry '{entry.id}' reads the generic topic(s): {', '.join(borrowed)}")
    return 1 if warnings and args.strict else 0


def run_test(args: argparse.Namespace) -> int:
    """Route every case as a first message; exit 1 when an urgent case is missed or an answer is wrong."""
    brain = Brain.load(args.path, args.rules)
    outcomes = []
    untranslated: Counter[tuple[str, str]] = Counter()
    for case in load_cases(args.cases):
        decision = brain.decide(case.text)
        offer = offered(decision)
        unsure = decision.reason is Reason.LOW_CONFIDENCE
        outcomes.append(Outcome(case, decision.route.value, decision.faq_id, unsure, offer.id if offer else None))
        entry = brain.faq.get(decision.faq_id) if decision.faq_id else None
        if entry is not None and decision.lang != "en" and decision.lang not in entry.translations:
            untranslated[(entry.id, decision.lang)] += 1
    report = score(outcomes)
    print_report(report, outcomes)
    print_untranslated(untranslated)
    unsafe = [o for o in outcomes if _unsafe(o)]
    if unsafe:
        print(f"\n{len(unsafe)} unsafe result(s): missed emergencies or wrong answers (see above)")
    return 1 if unsafe else 0


def print_untranslated(untranslated: Counter[tuple[str, str]], out: TextIO | None = None) -> None:
    """Entries that answered a patient in the default language because they have no answer in theirs."""
    if not untranslated:
        return
    stream = out or sys.stdout
    total = sum(untranslated.values())
    print(
        f"answered in English to {total} message(s) written in another language; add the entry's answer_<lang>:",
        file=stream,
    )
    for (entry_id, lang), count in sorted(untranslated.items()):
        print(f"  {entry_id:<32} {lang}  {count} message(s)", file=stream)


def _unsafe(o: Outcome) -> bool:
    missed_urgent = o.case.route == "urgent" and o.route != "urgent"
    wrong_answer = o.case.route != "urgent" and o.route == "faq" and not o.correct
    return missed_urgent or wrong_answer


def print_report(report: Report, outcomes: list[Outcome], out: TextIO | None = None) -> None:
    """The metrics table and the offers line, then every miss with what was expected and what happened."""
    stream = out or sys.stdout
    counts = {r: sum(o.case.route == r for o in outcomes) for r in ("faq", "agent", "urgent")}
    print(f"cases: {report.cases} (" + ", ".join(f"{k} {v}" for k, v in counts.items()) + ")", file=stream)
    for name, value in report.rows():
        shown = "n/a" if value is None else f"{100 * value:6.1f}%"
        print(f"  {name:<20} {shown:>8}   target {TARGETS.get(name, '-')}", file=stream)
    print(offers(outcomes).line(), file=stream)  # beside the metrics, not one of them: no target
    misses = [o for o in outcomes if not o.correct]
    if misses:
        print(f"misses ({len(misses)}):", file=stream)
    for o in misses:
        want = f"{o.case.route} {o.case.faq_id or ''}".strip()
        got = f"{o.route} {o.faq_id or ''}".strip()
        print(f"  line {o.case.line:<4} want {want:<32} got {got:<32} {o.case.text!r}", file=stream)
