"""The message types every part passes around: raw provider payloads stop at the channel module."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

# Longest inbound text we keep. Longer messages are refused at the edge with a clear answer
# (providers cap far below this: SMS 1600, Telegram 4096); 20k leaves room for pasted letters.
MAX_INBOUND_CHARS = 20_000

# Keep line breaks and tabs; drop NULs and other control characters that break storage and display.
_KEEP_CONTROLS = {"\n", "\t"}


def clean_text(text: str) -> str:
    """Normalise provider text for storage: NFC, no control characters, trimmed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    kept = (ch for ch in text if ch in _KEEP_CONTROLS or unicodedata.category(ch) != "Cc")
    return "".join(kept).strip()


class Author(StrEnum):
    """Who wrote an entry in a conversation's history."""

    PATIENT = "patient"
    BOT = "bot"
    STAFF = "staff"
    SYSTEM = "system"


@dataclass(frozen=True)
class Media:
    """A reference to an attachment held by the provider (never fetched by the pipeline)."""

    url: str
    content_type: str


@dataclass(frozen=True)
class InboundMessage:
    """One patient message, parsed from any channel."""

    channel: str
    sender_id: str
    text: str
    provider_message_id: str
    received_at: datetime
    media: tuple[Media, ...] = ()
    sender_name: str | None = None
    # Details the channel's own pre-rule reads (a command, which question a button answered);
    # never stored or logged.
    meta: Mapping[str, str] = field(default_factory=dict, hash=False)

    @property
    def is_empty(self) -> bool:
        """True when there is neither text nor media."""
        return not self.text and not self.media


@dataclass(frozen=True)
class Reply:
    """Something the bot says back; `choices` are the options of a clarifying question."""

    text: str
    choices: tuple[str, ...] = ()


# OutboundMessage.meta key: the variables (JSON) of an on-call alert sent as a WhatsApp template, not as text.
ALERT_TEMPLATE = "alert_template"


@dataclass(frozen=True)
class OutboundMessage:
    """A message on its way to a patient, as the delivery job loads it from the store."""

    id: str
    conversation_id: str
    channel: str
    recipient: str
    text: str
    author: Author
    choices: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
