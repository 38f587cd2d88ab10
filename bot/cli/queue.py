"""`queue`: what is waiting for staff right now, in queue order (urgent first, then oldest)."""

from __future__ import annotations

import argparse
import json

from bot.cli.common import connected_services
from bot.conversation import summary


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `queue` command."""
    p = sub.add_parser("queue", help="list conversations waiting for or held by staff")
    p.add_argument("--json", action="store_true", help="one JSON object per conversation")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the queue as a table (or JSON lines)."""
    services = connected_services()
    store = services.store
    now = services.clock.now()
    convs = store.many(store.queue_ids())
    if args.json:
        for conv in convs:
            print(json.dumps(summary(conv)))
        return 0
    if not convs:
        print("No conversations are waiting.")
        return 0
    print(
        f"{'#':>2}  {'conversation':<16}  {'priority':<8}  {'state':<8}  {'channel':<8}  {'waiting':>8}  "
        f"{'assignee':<12}  reason"
    )
    for i, conv in enumerate(convs, start=1):
        row = summary(conv)
        waited = int((now - (conv.queued_at or conv.updated_at)).total_seconds())
        reason = row["reason"] + (f" ({row['detail']})" if row["detail"] else "") if row["reason"] else ""
        print(
            f"{i:>2}  {row['id']:<16}  {row['priority'] or '-':<8}  {row['state']:<8}  {row['channel']:<8}  "
            f"{waited // 60:>5}:{waited % 60:02d}  {row['assignee'] or '-':<12}  {reason}"
        )
    return 0
