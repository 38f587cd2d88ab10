"""Every Redis key CareLine uses, built here from one prefix so nothing else spells a key name."""

from __future__ import annotations

import hashlib

PREFIX = "cl"


def _address_digest(channel: str, address: str) -> str:
    # Addresses are phone numbers and chat ids: keep them out of key names (which show up in
    # monitoring, `redis-cli --scan` and slow logs) by hashing them.
    return hashlib.sha256(f"{channel}\x00{address}".encode()).hexdigest()[:32]


def conversation(conversation_id: str) -> str:
    """Hash: one conversation's state, channel, address and timestamps."""
    return f"{PREFIX}:conv:{conversation_id}"


def history(conversation_id: str) -> str:
    """Stream: every message, note and state change of a conversation, in order."""
    return f"{PREFIX}:conv:{conversation_id}:history"


def conversation_by_address(channel: str, address: str) -> str:
    """String: the current conversation id for a patient address on a channel."""
    return f"{PREFIX}:addr:{channel}:{_address_digest(channel, address)}"


def dedupe(channel: str, provider_message_id: str) -> str:
    """String: marks a provider message id as processed (providers retry and duplicate)."""
    return f"{PREFIX}:seen:{channel}:{provider_message_id}"


def queue() -> str:
    """Sorted set: conversations waiting for or held by staff, scored by priority then age."""
    return f"{PREFIX}:queue"


def conversations_index() -> str:
    """Sorted set: every live conversation id by last activity (for listings and the purge)."""
    return f"{PREFIX}:convs"


def outbound(message_id: str) -> str:
    """Hash: one outbound message and its delivery state."""
    return f"{PREFIX}:out:{message_id}"


def webchat_inbox(conversation_id: str) -> str:
    """Stream: what the web-chat patient sees (their messages, the bot's and staff replies)."""
    return f"{PREFIX}:webchat:{conversation_id}:inbox"


WEBCHAT_SENT_TTL = 7 * 86400


def webchat_sent(message_id: str) -> str:
    """String: marks an outbound message as already appended to a web-chat transcript."""
    return f"{PREFIX}:webchat:sent:{message_id}"


# --- SMS and WhatsApp (handlers/twilio) -------------------------------------------------------------


def opt_out(channel: str, address: str) -> str:
    """String: set while a number has opted out (STOP) on a channel; outlives its conversations."""
    return f"{PREFIX}:optout:{channel}:{_address_digest(channel, address)}"


def twilio_parts(message_id: str) -> str:
    """Hash: per part of an outbound message, when its send began, its Twilio sid and its status."""
    return f"{PREFIX}:twilio:parts:{message_id}"


def twilio_sid(sid: str) -> str:
    """String: which of our outbound messages (and part) a Twilio message sid belongs to."""
    return f"{PREFIX}:twilio:sid:{sid}"


# --- end of SMS and WhatsApp ----------------------------------------------------------------------


def rate_limit(channel: str, recipient: str | None = None) -> str:
    """String: a send-rate limiter's next free slot, per recipient or (None) for the whole channel."""
    scope = _address_digest(channel, recipient) if recipient is not None else "all"
    return f"{PREFIX}:rate:{channel}:{scope}"


def claim_waits(priority: str) -> str:
    """List: recent seconds-to-claim for a priority, for the patient's expected-wait estimate."""
    return f"{PREFIX}:stats:claim_waits:{priority}"


# --- Bot performance report (bot/stats.py): counters only, never patient data ----------------------

STATS_TTL = 400 * 86400  # a year of reports and a margin; older days expire by themselves


def stats_day(day: str) -> str:
    """Hash: one clinic day's counters (messages, conversations, routes, handoffs, urgent categories, entries)."""
    return f"{PREFIX}:stats:day:{day}"


def stats_first_replies(day: str, kind: str) -> str:
    """List: seconds from handoff to the first staff reply, for replies sent that clinic day (urgent or other)."""
    return f"{PREFIX}:stats:first-reply:{day}:{kind}"


def alert_done(alert_id: str) -> str:
    """Hash: which targets (webhook, sms) an on-call alert already reached, so a retry skips them."""
    return f"{PREFIX}:alert:{alert_id}"


def audit() -> str:
    """Stream: the audit log of staff actions (ids and actions only, never message text)."""
    return f"{PREFIX}:audit"


def audit_viewed(staff: str, conversation_id: str) -> str:
    """String with a TTL: this staff member's view of this conversation is already in the audit log."""
    return f"{PREFIX}:audit:viewed:{staff}:{conversation_id}"


def staff(username: str) -> str:
    """Hash: one staff account."""
    return f"{PREFIX}:staff:{username}"


def staff_index() -> str:
    """Set: all staff usernames."""
    return f"{PREFIX}:staff"


def staff_token(token_digest: str) -> str:
    """String: API token digest -> username (tokens are stored hashed)."""
    return f"{PREFIX}:token:{token_digest}"


def staff_tokens(username: str) -> str:
    """Set: the token digests a staff member holds, so they can be revoked together."""
    return f"{PREFIX}:staff:{username}:tokens"


def events() -> str:
    """Stream: conversation changes for live staff views (capped)."""
    return f"{PREFIX}:events"


# --- Telegram (handlers/telegram) -------------------------------------------------------------------

TELEGRAM_GROUP_NOTICE_TTL = 365 * 86400


def telegram_ignored() -> str:
    """Hash: update kind -> how many Telegram updates were dropped unhandled (for operators)."""
    return f"{PREFIX}:telegram:ignored"


def telegram_group_noticed(chat_id: str) -> str:
    """String: the bot already told this group or supergroup that it only works in private chats."""
    return f"{PREFIX}:telegram:group-noticed:{_address_digest('telegram', chat_id)}"


# -----------------------------------------------------------------------------------------------------


def conversation_keys(conversation_id: str, channel: str) -> tuple[str, ...]:
    """The keys that live and expire with a conversation (web chat also keeps the patient's transcript)."""
    owned = (conversation(conversation_id), history(conversation_id))
    return (*owned, webchat_inbox(conversation_id)) if channel == "webchat" else owned


# --- Staff console: login sessions, login throttling, FAQ reloads (handlers/console, bot/sessions.py) ---
# Session ids and throttled names are hashed before they become key names, so a key listing or the
# slow log never shows a usable cookie or who was being guessed at.


def console_session(session_digest: str) -> str:
    """Hash: one console login session (username, created/seen times, CSRF token); expires when idle."""
    return f"{PREFIX}:session:{session_digest}"


def staff_sessions(username: str) -> str:
    """Set: the session digests a staff member holds, so disabling them or a new password ends them all."""
    return f"{PREFIX}:staff:{username}:sessions"


def login_throttle(scope: str, subject_digest: str) -> str:
    """Hash: failed logins and the lockout end for one account, client address or known device."""
    return f"{PREFIX}:throttle:{scope}:{subject_digest}"


def faq_reload() -> str:
    """Hash: the FAQ version every web process should run, and the outcome of the last reload request."""
    return f"{PREFIX}:faq:reload"
