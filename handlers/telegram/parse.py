"""Telegram updates parsed with python-telegram-bot into what CareLine acts on; raw payloads stop here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from telegram import CallbackQuery, ChatMemberUpdated, Message, Update, User
from telegram.constants import ChatMemberStatus, ChatType

from bot.messages import InboundMessage, Media, clean_text
from handlers.telegram import choices

CHANNEL = "telegram"
# InboundMessage.meta keys the Telegram pre-rule reads.
COMMAND = "command"
LANG = "lang"
CHOICE_TAG = "choice_tag"

_COMMAND = re.compile(r"^/(start|help|human)(?:@\w+)?(?:\s|$)", re.IGNORECASE)
_LANGS = ("en", "es")
_GROUPS = (ChatType.GROUP, ChatType.SUPERGROUP)
# Files that carry their own MIME type, with what Telegram's own formats are when it does not say.
# Animation before document: Telegram sets both for a GIF.
_FILES = (("animation", "video/mp4"), ("video", "video/mp4"), ("video_note", "video/mp4"), ("voice", "audio/ogg"),
          ("audio", "audio/mpeg"), ("document", "application/octet-stream"))  # fmt: skip
# Shared without a file or text; a person looks at them. Venue before location: a venue carries both.
_SHARED = ("venue", "location", "contact")
# Sent by the patient but with nothing to read: the bot asks for words.
_WORDLESS = ("poll", "dice", "game", "story")


@dataclass(frozen=True)
class ForPatient:
    """A private-chat message or button press, for the pipeline."""

    inbound: InboundMessage
    callback_id: str | None = None


@dataclass(frozen=True)
class BadButton:
    """A button press the bot cannot use (malformed or foreign data): answered politely, not stored."""

    callback_id: str
    lang: str


@dataclass(frozen=True)
class GroupChat:
    """A message in (or an invitation to) a group: the bot says once that it only works in private chats."""

    chat_id: str
    lang: str


@dataclass(frozen=True)
class MemberChange:
    """The patient blocked or unblocked the bot in their private chat."""

    chat_id: str
    blocked: bool
    at: datetime


@dataclass(frozen=True)
class Ignored:
    """An update the bot does not handle: acknowledged and counted once per update id."""

    kind: str
    update: str | None


Parsed = ForPatient | BadButton | GroupChat | MemberChange | Ignored


def parse(data: dict[str, Any], now: datetime) -> Parsed:
    """Classify one Update (JSON object) and turn what is for the pipeline into an InboundMessage."""
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return Ignored("malformed", None)
    pid = f"u{update_id}"
    try:
        update = Update.de_json(dict(data), None)
    except Exception:  # an update PTB cannot read is dropped and counted, never answered with a 500 loop
        return Ignored("malformed", pid)
    if message := update.message or update.edited_message:
        return _message(message, pid, now)
    if update.callback_query:
        return _callback(update.callback_query, pid, now)
    if update.my_chat_member:
        return _member(update.my_chat_member, pid)
    return Ignored(next((k for k in data if k != "update_id"), "empty")[:40], pid)


def _message(msg: Message, pid: str, now: datetime) -> Parsed:
    lang = _lang(msg.from_user)
    if msg.chat.type in _GROUPS:
        return GroupChat(str(msg.chat.id), lang)
    if msg.chat.type != ChatType.PRIVATE:
        return Ignored("not_private", pid)
    text = clean_text(msg.text or msg.caption or "")
    media = _media(msg)
    if not text and not media and not any(getattr(msg, kind) for kind in _WORDLESS):
        return Ignored("service_message", pid)
    meta = {LANG: lang}
    if command := _COMMAND.match(text):
        meta[COMMAND] = command[1].lower()
    name = msg.from_user.first_name if msg.from_user else None
    return ForPatient(InboundMessage(CHANNEL, str(msg.chat.id), text, pid, now, media, name, meta))


def _media(msg: Message) -> tuple[Media, ...]:
    if msg.photo:  # several sizes of one photo: the largest is last
        return (Media(_file_ref(msg.photo[-1].file_id), "image/jpeg"),)
    if msg.sticker:
        kind = "video/webm" if msg.sticker.is_video else "image/webp"
        return (Media(_file_ref(msg.sticker.file_id), "application/x-tgsticker" if msg.sticker.is_animated else kind),)
    for attr, default in _FILES:
        if item := getattr(msg, attr):
            return (Media(_file_ref(item.file_id), getattr(item, "mime_type", None) or default),)
    for kind in _SHARED:  # the reference only: coordinates and phone numbers are not kept
        if getattr(msg, kind):
            return (Media(f"telegram:{kind}:{msg.message_id}", f"application/x-telegram-{kind}"),)
    return ()


def _file_ref(file_id: str) -> str:
    return f"telegram:file_id:{file_id}"


def _callback(query: CallbackQuery, pid: str, now: datetime) -> Parsed:
    lang = _lang(query.from_user)
    found = choices.CALLBACK.match(query.data or "")
    msg = query.message
    if found is None or msg is None or msg.chat.type != ChatType.PRIVATE:
        return BadButton(query.id, lang)
    meta = {CHOICE_TAG: found[2], LANG: lang}
    name = query.from_user.first_name
    inbound = InboundMessage(CHANNEL, str(msg.chat.id), found[1], pid, now, sender_name=name, meta=meta)
    return ForPatient(inbound, callback_id=query.id)


def _member(change: ChatMemberUpdated, pid: str) -> Parsed:
    status = change.new_chat_member.status
    if change.chat.type == ChatType.PRIVATE:
        return MemberChange(str(change.chat.id), status == ChatMemberStatus.BANNED, change.date)
    if change.chat.type in _GROUPS and status in (ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR):
        return GroupChat(str(change.chat.id), _lang(change.from_user))
    return Ignored("my_chat_member", pid)  # left a group, or added to a channel: a channel post is public


def _lang(user: User | None) -> str:
    code = (user.language_code or "")[:2].lower() if user else ""
    return code if code in _LANGS else "en"
