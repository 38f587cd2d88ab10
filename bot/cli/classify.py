"""`classify`: one patient message per line in, one JSON decision per line out (DESIGN.md contract)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from routing.brain import Brain, Decision
from routing.triage import PACKAGED_RULES


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `classify` command."""
    p = sub.add_parser("classify", help="route messages from stdin as the bot would (first message)")
    p.add_argument("--faq", type=Path, required=True, help="FAQ YAML file")
    p.add_argument("--rules", type=Path, default=PACKAGED_RULES, help="red-flag rules YAML (default: packaged)")
    p.set_defaults(handler=run)


def as_json(decision: Decision) -> dict[str, Any]:
    """The contract fields, plus extras (reason, urgent category and the crisis it also is, candidate entries)."""
    score = decision.score
    if decision.route.value == "agent" and decision.faq_id is None:
        score = None if not decision.candidates else decision.candidates[0].score
    return {
        "route": decision.route.value,
        "faq_id": decision.faq_id,
        "score": round(score / 100, 4) if score is not None else None,
        "reason": decision.reason.value,
        "category": decision.triage.category if decision.triage else None,
        "action": decision.triage.action if decision.triage else None,
        "lang": decision.lang,
        "candidates": [m.entry.id for m in decision.clarify or decision.candidates[:3]],
        # round 39: the crisis category a 911 emergency also is (self-harm that will not stop bleeding), else None
        "also": decision.triage.also if decision.triage else None,
        # the entry a low-confidence handoff offers ("reply 1 to get our answer now"); the route stays "agent"
        "suggest": decision.suggest.id if decision.suggest else None,
        # "bank": answered on the generic topics' word; the score is then the clinic's own, below its threshold
        "via": "bank" if decision.vouched else None,
    }


def run(args: argparse.Namespace) -> int:
    """Classify stdin line by line, flushing each answer so it can be used interactively."""
    brain = Brain.load(args.faq, args.rules)
    for line in sys.stdin:
        decision = brain.decide(line.rstrip("\n"))
        sys.stdout.write(json.dumps(as_json(decision), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 0
