"""Buttons for clarifying questions: each carries its option number and a tag of the question it answers.

The tag lets a press on an old keyboard be recognised: a number alone would be resolved against
whatever question is pending now, and could answer a question the patient never saw.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.conversation import Conversation
from faq import Faq

# c:<option number>:<question tag>; Telegram allows 64 bytes of callback data.
CALLBACK = re.compile(r"^c:(\d{1,2}):([0-9a-f]{8})$")


def tag(labels: Sequence[str]) -> str:
    """A short fingerprint of the options offered, in order."""
    return hashlib.sha256("\x1f".join(labels).encode()).hexdigest()[:8]


def keyboard(labels: Sequence[str]) -> InlineKeyboardMarkup:
    """One button per option, numbered like the question's text."""
    question = tag(labels)
    rows = [
        [InlineKeyboardButton(f"{n}. {label}", callback_data=f"c:{n}:{question}")] for n, label in enumerate(labels, 1)
    ]
    return InlineKeyboardMarkup(rows)


def is_open(faq: Faq, conv: Conversation | None, number: str, question: str) -> bool:
    """True when the button belongs to the question pending now and names one of its options."""
    if conv is None or not conv.pending or not 1 <= int(number) <= len(conv.pending):
        return False
    entries = [faq.get(entry_id) for entry_id in conv.pending]
    labels = [e.label for e in entries if e is not None]
    return len(labels) == len(entries) and tag(labels) == question
