"""Error answers for the API and webhooks: clear JSON, never a stack trace or patient data."""

from __future__ import annotations

import logging

from flask import Flask, Response, jsonify, request
from flask.typing import ResponseReturnValue
from redis.exceptions import RedisError
from werkzeug.exceptions import HTTPException

from bot.errors import AlreadyClaimed, InvalidTransition, NotFound

log = logging.getLogger(__name__)


def _json(status: int, message: str, **extra: object) -> tuple[Response, int]:
    return jsonify(error=message, **extra), status


def _wants_json() -> bool:
    return request.path.startswith(("/api/", "/webhooks/", "/chat/api/")) or request.is_json


def init_app(app: Flask) -> None:
    """Register the error handlers on the app."""

    @app.errorhandler(RedisError)
    def redis_down(exc: RedisError) -> tuple[Response, int]:
        log.error("redis unavailable path=%s error=%s", request.path, type(exc).__name__)
        return _json(503, "The service is temporarily unavailable. Please try again in a moment.")

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> tuple[Response, int]:
        return _json(404, str(exc))

    @app.errorhandler(AlreadyClaimed)
    def claimed(exc: AlreadyClaimed) -> tuple[Response, int]:
        return _json(409, f"This conversation is assigned to {exc.assignee}.", assigned_to=exc.assignee)

    @app.errorhandler(InvalidTransition)
    def bad_state(exc: InvalidTransition) -> tuple[Response, int]:
        return _json(409, str(exc), state=exc.current)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        if not _wants_json():
            return exc.get_response()
        return _json(exc.code or 500, exc.description or exc.name)

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> tuple[Response, int]:
        # Type and route only: exception messages can quote payloads.
        log.error("unhandled error path=%s error=%s", request.path, type(exc).__name__, exc_info=exc)
        return _json(500, "Something went wrong on our side. Please try again.")
