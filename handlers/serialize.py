"""JSON shapes of history entries for the staff API and console (queue rows: bot.conversation.summary)."""

from __future__ import annotations

from typing import Any

from bot.conversation import HistoryEntry, summary
from bot.deliveries import DeliveryState

__all__ = ["entry", "summary"]


def entry(item: HistoryEntry, deliveries: dict[str, DeliveryState]) -> dict[str, Any]:
    """One history line with its delivery state when it was sent to the patient."""
    out: dict[str, Any] = {
        "id": item.id,
        "at": item.at.isoformat(),
        "author": item.author.value,
        "kind": item.kind,
        "text": item.text,
        "staff": item.staff,
    }
    if item.meta:
        out["meta"] = item.meta
    if item.outbound_id and item.outbound_id in deliveries:
        state = deliveries[item.outbound_id]
        out["delivery"] = {"status": state.status, "error": state.error, "attempts": state.attempts}
    return out
