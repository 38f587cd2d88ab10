"""WhatsApp's 24-hour window: after it closes, replies are held (an approved template goes out instead)
and released when the patient writes again.

Held message ids live on the conversation record (`extra`), so holding (the delivery job) and
releasing (the patient's next message) are both conversation transactions: whichever commits second
sees the other, and no reply can be held after the release that should have freed it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot import keys, queues, rtypes
from bot.clock import from_ms, to_ms
from bot.conversation import Conversation, Kind
from bot.messages import Author, InboundMessage, Reply
from bot.store import Store, Writer

WINDOW = timedelta(hours=24)
# A reply decided just inside the window reaches Twilio a little later: treat the last minutes as closed.
MARGIN = timedelta(minutes=5)
HELD = "twilio_held"  # conversation.extra: held outbound ids, in order, comma-separated
TEMPLATE_AT = "twilio_template_at"  # conversation.extra: when the last template went out (epoch ms)

NO_TEMPLATE = (
    "held: WhatsApp 24-hour window closed and no template is configured (TWILIO_WHATSAPP_TEMPLATE_SID); "
    "it goes out when the patient next writes"
)
TEMPLATE_SENT = "held: WhatsApp 24-hour window closed; template sent, this reply goes out when the patient answers"


def is_open(conv: Conversation, now: datetime) -> bool:
    """True while free-form WhatsApp messages to this patient are allowed."""
    return conv.last_inbound_at is not None and now - conv.last_inbound_at < WINDOW - MARGIN


def template_due(conv: Conversation) -> bool:
    """True unless a template already went out since the patient last wrote (one nudge per silence)."""
    sent = conv.extra.get(TEMPLATE_AT)
    return not sent or (conv.last_inbound_at is not None and from_ms(sent) < conv.last_inbound_at)


def held_ids(conv: Conversation) -> list[str]:
    """Ids of the replies held for this conversation, oldest first."""
    return [i for i in conv.extra.get(HELD, "").split(",") if i]


def hold(
    store: Store, message_id: str, conversation_id: str, reason: str, template_sid: str | None, *, force: bool
) -> bool:
    """Hold a reply on its conversation; False if the patient wrote meanwhile (send it now instead).

    `force`: Twilio itself said the window is closed (63016), whatever our clock says.
    """

    def change(conv: Conversation, w: Writer) -> bool:
        if not force and is_open(conv, w.now):
            return False
        extra = {**conv.extra, HELD: ",".join(dict.fromkeys([*held_ids(conv), message_id]))}
        if template_sid:
            extra[TEMPLATE_AT] = str(to_ms(w.now))
        w.save(conv.evolve(extra=extra))
        record = {"status": "held", "held": "1", "error": reason, "updated_at": str(to_ms(w.now))}
        if template_sid:
            record["template"] = template_sid
        w.pipe.hset(keys.outbound(message_id), mapping=rtypes.fields(record))
        w.record(conv, Author.SYSTEM, reason, Kind.EVENT)
        w.event("delivery", conv.id, message_id=message_id, status="held")
        return True

    return store.mutate(conversation_id, change)


def release(w: Writer, conv: Conversation, inbound: InboundMessage, replies: tuple[Reply, ...]) -> None:
    """Inbound hook: the patient wrote, so the window is open again: queue every held reply, in order."""
    ids = held_ids(conv)
    if not ids:
        return
    w.save(conv.evolve(extra={k: v for k, v in conv.extra.items() if k != HELD}))
    stamp = to_ms(w.now)
    for message_id in ids:
        # The record stays "held" until the job sends it ("held" is not final); a new job id, since the
        # job that held it may still be finishing under the old one. An expired record is skipped there.
        queues.enqueue_delivery(w.store.rq_redis, message_id, pipeline=w.pipe, round_=stamp)
    w.record(conv, Author.SYSTEM, f"released {len(ids)} held repl{'y' if len(ids) == 1 else 'ies'}", Kind.EVENT)
