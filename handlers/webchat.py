"""The web-chat channel: the patient page, its JSON endpoints and live stream, and its sender."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid

from flask import Blueprint, Response, abort, jsonify, render_template, request
from redis import Redis
from redis.client import Pipeline
from redis.exceptions import WatchError

import bot
from bot import keys, rtypes
from bot.clock import Clock, to_ms
from bot.conversation import Conversation
from bot.messages import MAX_INBOUND_CHARS, InboundMessage, OutboundMessage, Reply, clean_text
from bot.services import Services
from bot.store import Writer
from handlers import sse
from handlers.channel import ChannelSpec

log = logging.getLogger(__name__)

CHANNEL = "webchat"
SESSION = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
CLIENT_ID = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
INBOX_MAXLEN = 2000

bp = Blueprint(
    "webchat",
    __name__,
    url_prefix="/chat",
    template_folder="templates",
    static_folder="static/webchat",
    static_url_path="/static",
)


@bp.after_request
def security_headers(response: Response) -> Response:
    """No inline scripts; the page may be framed only by origins the clinic lists."""
    ancestors = bot.current().settings.env.get("WEBCHAT_FRAME_ANCESTORS") or "'self'"
    response.headers["Content-Security-Policy"] = (
        "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; "
        f"base-uri 'none'; form-action 'self'; frame-ancestors {ancestors}"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


# The page's own words, in the patient's language (what they write is answered in theirs anyway).
PAGE_TEXT = {
    "en": {
        "title": "Message {clinic}", "not_for": "Not for emergencies.", "call": "If this is an emergency, call 911.",
        "phone": "Clinic phone", "label": "Your message", "placeholder": "Type your question…", "send": "Send",
        "patient": "You", "bot": "Assistant", "staff": "Clinic staff", "system": "Clinic", "retry": "Retry",
        "failed": "We could not send this, please retry.", "refused": "That message could not be sent.",
    },
    "es": {
        "title": "Escriba a {clinic}", "not_for": "No es para emergencias.",
        "call": "Si es una emergencia, llame al 911.", "phone": "Teléfono de la clínica", "label": "Su mensaje",
        "placeholder": "Escriba su pregunta…", "send": "Enviar", "patient": "Usted", "bot": "Asistente",
        "staff": "Personal de la clínica", "system": "Clínica", "retry": "Reintentar",
        "failed": "No pudimos enviar esto, inténtelo de nuevo.", "refused": "No se pudo enviar ese mensaje.",
    },
}  # fmt: skip


@bp.get("")
def page() -> Response:
    """The patient's chat page, in English or Spanish (?lang=es, or the browser's Accept-Language)."""
    settings = bot.current().settings
    wanted = request.args.get("lang") or request.accept_languages.best_match(list(PAGE_TEXT), default="en")
    lang = wanted if wanted in PAGE_TEXT else "en"
    text = PAGE_TEXT[lang]
    ui = json.dumps({k: text[k] for k in ("patient", "bot", "staff", "system", "retry", "failed", "refused")})
    html = render_template(
        "webchat/chat.html", clinic=settings.clinic_name, phone=settings.clinic_phone, lang=lang, text=text, ui=ui
    )
    response = Response(html, mimetype="text/html")
    response.headers["Vary"] = "Accept-Language"
    return response


def _session() -> str:
    token = request.headers.get("X-Chat-Session", "")
    if not SESSION.match(token):
        abort(400, description="Missing or malformed X-Chat-Session header.")
    return token


def _inbox_entry(author: str, text: str, at_ms: int, choices: tuple[str, ...] = ()) -> dict[str, str]:
    entry = {"author": author, "text": text, "at": str(at_ms)}
    if choices:
        entry["choices"] = json.dumps(list(choices))
    return entry


def _record_transcript(w: Writer, conv: Conversation, inbound: InboundMessage, replies: tuple[Reply, ...]) -> None:
    """Commit the patient's message and the bot's inline replies to the patient-visible transcript."""
    at = to_ms(w.now)
    _append(w.pipe, conv.id, _inbox_entry("patient", inbound.text, at))
    for reply in replies:
        _append(w.pipe, conv.id, _inbox_entry("bot", reply.text, at, reply.choices))


def _append(pipe: Pipeline, conversation_id: str, entry: dict[str, str]) -> None:
    pipe.xadd(keys.webchat_inbox(conversation_id), rtypes.fields(entry), maxlen=INBOX_MAXLEN, approximate=True)


@bp.post("/api/messages")
def post_message() -> tuple[Response, int]:
    """Take one patient message; answer with the bot's replies (or 503 so the page offers a retry)."""
    session = _session()
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not isinstance(body.get("text"), str):
        abort(422, description="Send JSON with a 'text' field.")
    client_id = body.get("client_id") or uuid.uuid4().hex
    if not isinstance(client_id, str) or not CLIENT_ID.match(client_id):
        abort(422, description="'client_id' must be 8-64 letters, digits, '-' or '_'.")
    text = clean_text(body["text"])
    if not text:
        abort(422, description="Please type a message.")
    if len(text) > MAX_INBOUND_CHARS:
        abort(413, description=f"That message is too long. Please keep it under {MAX_INBOUND_CHARS} characters.")
    services = bot.current()
    # Dedupe ids are scoped to the session, so one browser cannot pre-empt another's ids.
    scope = hashlib.sha256(session.encode()).hexdigest()[:16]
    inbound = InboundMessage(CHANNEL, session, text, f"{scope}:{client_id}", services.clock.now())
    handled = services.get_pipeline().handle(inbound, reply_inline=True)
    replies = [{"text": r.text, "choices": list(r.choices)} for r in handled.replies]
    return jsonify(duplicate=handled.duplicate, replies=replies), 200


def _conversation_id(services: Services, session: str) -> str | None:
    return rtypes.text(services.redis.data.get(keys.conversation_by_address(CHANNEL, session)))


@bp.get("/api/history")
def history() -> Response:
    """The patient-visible transcript (after an id, when given), for a page load or a catch-up."""
    services = bot.current()
    cid = _conversation_id(services, _session())
    after = sse.after_param()
    if cid is None:
        return jsonify(messages=[], last_id=after)
    start = f"({after}" if after != "0" else "-"
    rows = rtypes.stream_rows(services.redis.data.xrange(keys.webchat_inbox(cid), min=start, count=INBOX_MAXLEN))
    messages = [_public(eid, fields) for eid, fields in rows]
    return jsonify(messages=messages, last_id=messages[-1]["id"] if messages else after)


def _public(entry_id: str, fields: dict[str, str]) -> dict[str, object]:
    return {
        "id": entry_id,
        "author": fields.get("author"),
        "text": fields.get("text", ""),
        "at": int(fields.get("at", "0")),
        "choices": json.loads(fields["choices"]) if fields.get("choices") else [],
    }


@bp.get("/api/stream")
def stream() -> Response:
    """Server-sent events of new transcript entries after `after`; ends after a while, the page reconnects."""
    services = bot.current()
    session = _session()

    def key() -> str | None:
        cid = _conversation_id(services, session)
        return keys.webchat_inbox(cid) if cid else None

    def render(eid: str, fields: dict[str, str]) -> str:
        return f"id: {eid}\nevent: message\ndata: {json.dumps(_public(eid, fields))}\n\n"

    return sse.response(sse.follow(services.redis.blocking, key, sse.after_param(), render))


class WebchatSender:
    """Delivers staff replies and other later messages by appending them to the patient's transcript."""

    def __init__(self, redis: Redis, clock: Clock) -> None:
        self.redis = redis
        self.clock = clock

    def send(self, message: OutboundMessage) -> str:
        """Append exactly once: a per-message marker commits with the entry, so a re-run is a no-op."""
        marker = keys.webchat_sent(message.id)
        author = "staff" if message.meta.get("staff") else message.author.value
        entry = _inbox_entry(author, message.text, to_ms(self.clock.now()), message.choices)
        with self.redis.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(marker)
                    if pipe.exists(marker):
                        break
                    pipe.multi()
                    _append(pipe, message.conversation_id, entry)
                    pipe.set(marker, "1", ex=keys.WEBCHAT_SENT_TTL)
                    pipe.execute()
                    break
                except WatchError:
                    continue
        return f"webchat-{message.id}"


def load(services: Services) -> ChannelSpec:
    """The web-chat channel needs no secrets: it is the zero-setup way to try the bot."""
    return ChannelSpec(
        module=CHANNEL,
        channels=(CHANNEL,),
        sender=WebchatSender(services.redis.data, services.clock),
        blueprint=bp,
        on_inbound=_record_transcript,
        reply_inline=True,
    )
