"""Reply helpers for staff: suggested replies from the FAQ and canned replies, as drafts to edit (never sent)."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify

import bot
from bot.conversation import Kind
from bot.messages import Author
from handlers.auth import staff_required
from handlers.console import canned
from handlers.console.state import console

bp = Blueprint("assist", __name__, url_prefix="/api")

SUGGESTIONS = 3
MIN_SCORE = 35.0  # below this a "suggestion" is noise; staff write their own


def _last_patient_text(conversation_id: str) -> str | None:
    history = bot.current().store.history(conversation_id)
    said = [h.text for h in history if h.author is Author.PATIENT and h.kind == Kind.MESSAGE and h.text]
    return said[-1] if said else None


@bp.get("/conversations/<conversation_id>/suggestions")
@staff_required
def suggestions(conversation_id: str) -> Response:
    """The FAQ answers best matching the patient's last message, in the conversation's language."""
    services = bot.current()
    conv = services.store.get(conversation_id)
    text = _last_patient_text(conversation_id)
    matches = services.brain.matcher.rank(text, limit=SUGGESTIONS) if text else ()
    rows = [
        {
            "faq_id": m.entry.id,
            "title": m.entry.label,
            "text": m.entry.answer_in(conv.lang),
            "score": round(m.score),
            "reviewed_by": m.entry.reviewed_by,
        }
        for m in matches
        if m.score >= MIN_SCORE
    ]
    return jsonify(for_text=text, suggestions=rows)


@bp.get("/conversations/<conversation_id>/canned")
@staff_required
def canned_replies(conversation_id: str) -> Response:
    """The clinic's canned replies with this patient's first name and the clinic's details filled in."""
    services = bot.current()
    conv = services.store.get(conversation_id)
    settings = services.settings
    rows = [
        {"id": r.id, "title": r.title, "text": canned.fill(
            r, name=conv.name, clinic_name=settings.clinic_name, clinic_phone=settings.clinic_phone)}
        for r in console().canned
    ]  # fmt: skip
    return jsonify(canned=rows)
