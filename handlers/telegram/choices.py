"""Buttons for clarifying questions and for the answer offered with a handoff.

Each carries its option number and a tag of the question (or offer) it answers.

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
from routing.states import State

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
    """True when the button belongs to the question (or offer) pending now and names one of its options."""
    if conv is None or not conv.pending or not 1 <= int(number) <= len(conv.pending):
        return False
    entries = [faq.get(entry_id) for entry_id in conv.pending]
    # the labels as the keyboard showed them: in the conversation's language, as the pipeline wrote them
    labels = [e.label_in(conv.lang) for e in entries if e is not None]
    return len(labels) == len(entries) and tag(labels) == question


def is_open_offer(faq: Faq, conv: Conversation | None, number: str, question: str) -> bool:
    """True when the button is the answer offered with a handoff and the offer still stands (waiting, unclaimed)."""
    if conv is None or conv.state is not State.WAITING or conv.assignee or len(conv.pending) != 1:
        return False
    return is_open(faq, conv, number, question)
