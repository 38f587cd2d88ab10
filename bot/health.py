"""GET /healthz: is this process able to serve (Redis reachable)? For load balancers and operators."""

from __future__ import annotations

from flask import Blueprint, Response, jsonify
from redis.exceptions import RedisError

import bot
from bot import spool

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 when Redis answers, 503 otherwise; "degraded" (still 200) while spooled messages wait."""
    services = bot.current()
    waiting, failed = spool.counts(services.settings.var_dir)
    backlog = {"spool": waiting, "spool_failed": failed} if waiting or failed else {}
    try:
        services.store.ping()
    except RedisError:
        return jsonify(status="unavailable", redis="down", **backlog), 503
    if backlog:
        # Still 200: this process serves, and it is the one replaying the spool.
        return jsonify(status="degraded", redis="ok", **backlog), 200
    return jsonify(status="ok", redis="ok"), 200
