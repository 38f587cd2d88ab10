"""GET /healthz: is this process able to serve (Redis reachable)? For load balancers and operators."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from redis.exceptions import RedisError

import bot

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 when Redis answers, 503 otherwise (the body says which part is down)."""
    try:
        bot.services().store.ping()
    except RedisError:
        return jsonify(status="unavailable", redis="down"), 503
    return jsonify(status="ok", redis="ok"), 200
