"""`report`: how the bot is doing over a period (deflection, handoffs and why, urgent, wait times, unanswered)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from bot import report
from bot.cli.common import connected_services
from bot.report import Period, PeriodError, Report, Waits, percent, waits_text


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `report` command."""
    p = sub.add_parser("report", help="how the bot is doing: deflection, handoffs, wait times, unanswered questions")
    period = p.add_mutually_exclusive_group()
    period.add_argument("--days", type=int, help="the last N clinic days, today included (default 7; 1 = today)")
    period.add_argument("--since", type=_date, metavar="YYYY-MM-DD", help="from this clinic day up to today")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(handler=run)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-02") from None


def run(args: argparse.Namespace) -> int:
    """Print the report as a table (or one JSON object)."""
    services = connected_services()
    stats = services.store.stats
    try:
        period = Period.ending(stats.date(services.clock.now()), days=args.days, since=args.since)
    except PeriodError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    found = report.build(stats, period)
    if args.json:
        print(json.dumps(found.as_dict()))
    else:
        print("\n".join(lines(found)))
    return 0


def lines(r: Report) -> list[str]:
    """The report as a readable table."""
    days = len(r.period.days)
    span = f"{days} day{'s' * (days != 1)}, clinic time {r.timezone}"
    out = [
        f"CareLine report: {r.period.first} to {r.period.last} ({span})",
        "",
        _row("Conversations", r.conversations_total, r.conversations),
        _row("Patient messages", sum(r.messages.values()), r.messages),
        _row("FAQ answers", r.faq_answers, {}),
        f"{'Deflected':<22}{r.deflected} of {r.conversations_total} conversations ({percent(r.deflection_rate)})",
        _row("Handed to staff", sum(r.handoffs.values()), r.handoffs),
        _row("Urgent", r.urgent_total, r.urgent),
        _row("Likely answers taken", r.offers_taken, {}),
        _waits_row("First staff reply", r.first_reply),
        _waits_row("First reply, urgent", r.first_reply_urgent),
        f"{'SLA breached':<22}{r.sla_breached} (urgent {r.sla_breached_urgent})",
        "",
        "Questions the FAQ was unsure about (handed to staff), by likely entry:",
    ]
    out += [f"{n:>6}  {entry}" for entry, n in r.unanswered.items()]
    out.append(f"{r.unanswered_no_entry:>6}  (no likely entry)")
    return out


def _row(label: str, total: int, parts: dict[str, int]) -> str:
    detail = ", ".join(f"{name} {n}" for name, n in parts.items())
    return f"{label:<22}{total}" + (f"  ({detail})" if detail else "")


def _waits_row(label: str, waits: Waits) -> str:
    return f"{label:<22}{waits_text(waits)}"
