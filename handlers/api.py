"""The staff JSON API: the queue, a conversation's history, claim, reply and resolve."""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request

import bot
from bot.messages import MAX_INBOUND_CHARS, clean_text
from handlers import serialize
from handlers.auth import current_staff, staff_required
from routing import escalation

log = logging.getLogger(__name__)
bp = Blueprint("api", __name__, url_prefix="/api")


def _text_field(name: str = "text") -> str:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(422, description="Send a JSON object body.")
    value = body.get(name)
    if not isinstance(value, str) or not clean_text(value):
        abort(422, description=f"'{name}' must be non-empty text.")
    text = clean_text(value)
    if len(text) > MAX_INBOUND_CHARS:
        abort(422, description=f"'{name}' is longer than {MAX_INBOUND_CHARS} characters.")
    return text


@bp.get("/queue")
@staff_required
def queue() -> Response:
    """Waiting and assigned conversations in queue order (urgent first, then oldest)."""
    store = bot.services().store
    rows = [serialize.summary(c) for c in store.many(store.queue_ids())]
    return jsonify(conversations=rows)


@bp.get("/conversations/<conversation_id>")
@staff_required
def conversation(conversation_id: str) -> Response:
    """State, reason, priority, assignee and the full history with delivery states."""
    store = bot.services().store
    conv = store.get(conversation_id)
    history = store.history(conversation_id)
    deliveries = store.deliveries([h.outbound_id for h in history if h.outbound_id])
    body: dict[str, Any] = serialize.summary(conv)
    body["history"] = [serialize.entry(h, deliveries) for h in history]
    log.info("conversation viewed conv=%s staff=%s", conversation_id, current_staff().username)
    return jsonify(body)


@bp.post("/conversations/<conversation_id>/claim")
@staff_required
def claim(conversation_id: str) -> Response:
    """Take ownership; 409 with `assigned_to` when someone else has it."""
    conv = escalation.claim(bot.services().store, conversation_id, current_staff().username)
    return jsonify(serialize.summary(conv))


@bp.post("/conversations/<conversation_id>/reply")
@staff_required
def reply(conversation_id: str) -> tuple[Response, int]:
    """Queue a reply to the patient on their channel (claims a waiting conversation)."""
    text = _text_field()
    message_id = escalation.reply(bot.services().store, conversation_id, current_staff().username, text)
    log.info("staff reply queued conv=%s msg=%s staff=%s", conversation_id, message_id, current_staff().username)
    return jsonify(message_id=message_id, status="queued"), 202


@bp.post("/conversations/<conversation_id>/resolve")
@staff_required
def resolve(conversation_id: str) -> Response:
    """Hand the conversation back to the bot; the patient gets a closing message."""
    services = bot.services()
    conv = services.store.get(conversation_id)
    closing = services.texts.get("resolved", conv.lang)
    done = escalation.resolve(services.store, conversation_id, current_staff().username, closing)
    return jsonify(serialize.summary(done))
