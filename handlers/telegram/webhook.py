"""POST /webhooks/telegram: authenticate, parse, hand on, answer 200 fast; non-2xx only when Telegram should retry.

Bot replies go through the outbound queue. The only Bot API call made from here rides in the webhook
response itself (Telegram runs a `method` returned as the response body): answerCallbackQuery, and the
one-time "private chats only" note to a group. Its result is unknown by design; both are courtesies.
A Redis failure propagates to the app's RedisError handler: 503, nothing half-stored, Telegram retries.
"""

from __future__ import annotations

import hmac
import logging
from typing import Any

from flask import Blueprint, Response, abort, jsonify, request

import bot
from bot import keys, rtypes
from bot.conversation import UNREACHABLE, Conversation, Kind
from bot.errors import NotFound
from bot.messages import Author
from bot.services import Services
from bot.store import DEDUPE_TTL, Writer
from handlers.telegram.config import WEBHOOK_PATH, TelegramConfig
from handlers.telegram.parse import CHANNEL, BadButton, ForPatient, GroupChat, Ignored, MemberChange, Parsed, parse
from handlers.telegram.texts import say

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name, not a secret
MEMBER_AT = "telegram_member_at"  # Conversation.extra: when the last block/unblock happened (epoch s)


def blueprint(config: TelegramConfig) -> Blueprint:
    """The webhook route, bound to this app's webhook secret."""
    bp = Blueprint("telegram", __name__)

    @bp.post(WEBHOOK_PATH)
    def webhook() -> Response:
        """One Update from Telegram."""
        if not authentic(request.headers.get(SECRET_HEADER), config.webhook_secret):
            log.warning("telegram webhook refused reason=secret_token")
            abort(403, description="Missing or wrong X-Telegram-Bot-Api-Secret-Token.")
        data = request.get_json(force=True, silent=True)
        if not isinstance(data, dict):
            abort(400, description="Expected a Telegram Update (a JSON object).")
        services = bot.current()
        return dispatch(services, parse(data, services.clock.now()))

    return bp


def authentic(given: str | None, secret: str) -> bool:
    """The secret_token header matches, compared in constant time."""
    return given is not None and hmac.compare_digest(given.encode(), secret.encode())


def dispatch(services: Services, parsed: Parsed) -> Response:
    """Act on one parsed update and build the webhook's answer."""
    match parsed:
        case ForPatient(inbound=inbound, callback_id=callback_id):
            services.get_pipeline().handle(inbound, reply_inline=False)
            return _method("answerCallbackQuery", callback_query_id=callback_id) if callback_id else _ok()
        case BadButton(callback_id=callback_id, lang=lang):
            log.info("telegram button refused reason=data")
            text = say(services.texts, "bad_button", lang)
            return _method("answerCallbackQuery", callback_query_id=callback_id, text=text)
        case GroupChat():
            return _group_notice(services, parsed)
        case MemberChange():
            _member_change(services, parsed)
        case Ignored():
            _count_ignored(services, parsed)
    return _ok()


def _ok() -> Response:
    return Response(status=200)


def _method(name: str, **params: Any) -> Response:
    return jsonify(method=name, **params)


def _group_notice(services: Services, group: GroupChat) -> Response:
    """Say once per group that the bot only works in private chats; stay silent after that."""
    marker = keys.telegram_group_noticed(group.chat_id)
    if not services.redis.data.set(marker, "1", nx=True, ex=keys.TELEGRAM_GROUP_NOTICE_TTL):
        return _ok()
    log.info("telegram group told private-only")
    return _method("sendMessage", chat_id=int(group.chat_id), text=say(services.texts, "private_only", group.lang))


def _count_ignored(services: Services, ignored: Ignored) -> None:
    """Count an unhandled update once (Telegram may deliver it again) for operators to see."""
    data = services.redis.data
    if ignored.update is None or data.set(keys.dedupe(CHANNEL, ignored.update), "1", nx=True, ex=DEDUPE_TTL):
        data.hincrby(keys.telegram_ignored(), ignored.kind, 1)
    log.info("telegram update ignored kind=%s", ignored.kind)


def _member_change(services: Services, change: MemberChange) -> None:
    """Flag (or clear) a blocked patient's conversation so staff see it and delivery stops trying."""
    conversation_id = rtypes.text(services.redis.data.get(keys.conversation_by_address(CHANNEL, change.chat_id)))
    if conversation_id is None:
        return  # no conversation yet: nothing to flag
    try:
        services.store.mutate(conversation_id, lambda conv, w: _apply_member_change(conv, w, change))
    except NotFound:
        return


def _apply_member_change(conv: Conversation, w: Writer, change: MemberChange) -> None:
    at = int(change.at.timestamp())
    if int(conv.extra.get(MEMBER_AT, "0")) > at:
        return  # an older change delivered late: the newer one stands
    if (UNREACHABLE in conv.flags) != change.blocked:
        what = "blocked the bot" if change.blocked else "unblocked the bot"
        w.record(conv, Author.SYSTEM, f"patient {what} on Telegram", Kind.EVENT)
        w.event("unreachable" if change.blocked else "reachable", conv.id)
    w.save(conv.with_flag(UNREACHABLE, change.blocked).evolve(extra={**conv.extra, MEMBER_AT: str(at)}))
    log.info("telegram member change conv=%s blocked=%s", conv.id, change.blocked)
