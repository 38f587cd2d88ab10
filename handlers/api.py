"""The staff JSON API: the queue, a conversation, claim, reply, note, transfer, release, resolve, live events."""

from __future__ import annotations

import json
import logging
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request

import bot
from bot import keys, rtypes
from bot.conversation import Conversation, summary
from bot.messages import MAX_INBOUND_CHARS, clean_text
from bot.services import Services
from bot.staff import StaffMember
from handlers import serialize, sse
from handlers.auth import current_staff, staff_required
from routing import escalation
from routing.states import Priority

log = logging.getLogger(__name__)
bp = Blueprint("api", __name__, url_prefix="/api")


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(422, description="Send a JSON object body.")
    return body


def _text(body: dict[str, Any], name: str = "text", *, required: bool = True) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not clean_text(value):
        abort(422, description=f"'{name}' must be non-empty text.")
    text = clean_text(value)
    if len(text) > MAX_INBOUND_CHARS:
        abort(422, description=f"'{name}' is longer than {MAX_INBOUND_CHARS} characters.")
    return text


def _audit(action: str, conversation_id: str | None = None, detail: str | None = None) -> StaffMember:
    member = current_staff()
    bot.current().audit.record(member.username, action, conversation_id, detail)
    return member


def _matches(conv: Conversation, member: StaffMember) -> bool:
    args = request.args
    if args.get("mine") == "1" and conv.assignee != member.username:
        return False
    if args.get("team") and conv.team != args["team"]:
        return False
    return not (args.get("urgent") == "1" and conv.priority is not Priority.URGENT)


@bp.get("/queue")
@staff_required
def queue() -> Response:
    """Waiting and assigned conversations in queue order (urgent first, then oldest); ?mine=1 ?team= ?urgent=1."""
    store, member = bot.current().store, current_staff()
    rows = [summary(c) for c in store.many(store.queue_ids()) if _matches(c, member)]
    return jsonify(conversations=rows)


def conversation_detail(services: Services, conversation_id: str) -> dict[str, Any]:
    """State, reason, priority, assignee and the full history with delivery states."""
    store = services.store
    conv = store.get(conversation_id)
    history = store.history(conversation_id)
    deliveries = store.deliveries([h.outbound_id for h in history if h.outbound_id])
    body = summary(conv)
    body["history"] = [serialize.entry(h, deliveries) for h in history]
    return body


@bp.get("/conversations/<conversation_id>")
@staff_required
def conversation(conversation_id: str) -> Response:
    """One conversation with its history (the view is audited)."""
    services = bot.current()
    body = conversation_detail(services, conversation_id)
    services.audit.record_view(current_staff().username, conversation_id)
    return jsonify(body)


@bp.post("/conversations/<conversation_id>/claim")
@staff_required
def claim(conversation_id: str) -> Response:
    """Take ownership; 409 with `assigned_to` when someone else has it."""
    conv = escalation.claim(bot.current().store, conversation_id, current_staff().username)
    _audit("claim", conversation_id)
    return jsonify(summary(conv))


@bp.post("/conversations/<conversation_id>/reply")
@staff_required
def reply(conversation_id: str) -> tuple[Response, int]:
    """Queue a reply to the patient on their channel (claims a waiting conversation)."""
    text = _text(_body())
    assert text is not None
    member = current_staff()
    message_id = escalation.reply(bot.current().store, conversation_id, member.username, text, admin=member.is_admin)
    _audit("reply", conversation_id, message_id)
    return jsonify(message_id=message_id, status="queued"), 202


@bp.post("/conversations/<conversation_id>/note")
@staff_required
def note(conversation_id: str) -> tuple[Response, int]:
    """Add an internal note (never sent to the patient)."""
    text = _text(_body())
    assert text is not None
    member = current_staff()
    escalation.note(bot.current().store, conversation_id, member.username, text, admin=member.is_admin)
    _audit("note", conversation_id)
    return jsonify(status="noted"), 201


@bp.post("/conversations/<conversation_id>/transfer")
@staff_required
def transfer(conversation_id: str) -> Response:
    """Hand over to a colleague ({"to": "bob"}) or a team ({"to": "team:nurses"}), with an optional note."""
    body = _body()
    target = body.get("to")
    if not isinstance(target, str) or not target.strip():
        abort(422, description="'to' must name a staff member or a team (team:nurses).")
    note_text = _text(body, "note", required=False)
    services, member = bot.current(), current_staff()
    to_staff, to_team = _target(services, target.strip())
    conv = escalation.transfer(
        services.store, conversation_id, member.username, to_staff=to_staff, to_team=to_team,
        note_text=note_text, admin=member.is_admin,
    )  # fmt: skip
    _audit("transfer", conversation_id, to_staff or f"team:{to_team}")
    return jsonify(summary(conv))


def _target(services: Services, target: str) -> tuple[str | None, str | None]:
    """A transfer target: an enabled staff member, or a team someone belongs to."""
    team = target.removeprefix("team:")
    members = services.staff.all()
    if not target.startswith("team:"):
        found = next((m for m in members if m.username == target and not m.disabled), None)
        if found:
            return found.username, None
    teams = sorted({m.team for m in members if m.team and not m.disabled})
    if team in teams:
        return None, team
    abort(422, description=f"'to': no active staff member or team named {target!r} (teams: {', '.join(teams)}).")


@bp.post("/conversations/<conversation_id>/release")
@staff_required
def release(conversation_id: str) -> Response:
    """Put an assigned conversation back in the queue, keeping its place."""
    member = current_staff()
    conv = escalation.release(bot.current().store, conversation_id, member.username, admin=member.is_admin)
    _audit("release", conversation_id)
    return jsonify(summary(conv))


@bp.post("/conversations/<conversation_id>/resolve")
@staff_required
def resolve(conversation_id: str) -> Response:
    """Hand the conversation back to the bot; the patient gets a closing message."""
    services, member = bot.current(), current_staff()
    closing = services.texts.get("resolved", services.store.get(conversation_id).lang)
    done = escalation.resolve(services.store, conversation_id, member.username, closing, admin=member.is_admin)
    _audit("resolve", conversation_id)
    return jsonify(summary(done))


@bp.get("/events")
@staff_required
def events() -> Response:
    """Server-sent events of conversation changes (ids and types only) for live staff views."""
    services = bot.current()
    if request.args.get("after"):
        after = sse.after_param()
    else:  # start from now: the client loads the queue first, then follows changes
        newest = rtypes.stream_rows(services.redis.data.xrevrange(keys.events(), count=1))
        after = newest[0][0] if newest else "0"

    def render(eid: str, fields: dict[str, str]) -> str:
        return f"id: {eid}\nevent: {fields.get('type', 'change')}\ndata: {json.dumps(fields)}\n\n"

    return sse.response(sse.follow(services.redis.blocking, keys.events, after, render))
