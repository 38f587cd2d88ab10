"""Canned replies from YAML, with {first_name}, {clinic_name} and {clinic_phone} filled in for one patient."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.errors import ConfigError

PLACEHOLDER = re.compile(r"\{(first_name|clinic_name|clinic_phone)\}")
UNKNOWN_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class CannedReply:
    """One reply template."""

    id: str
    title: str
    text: str


def load(path: Path) -> tuple[CannedReply, ...]:
    """Read and check the file; ConfigError names the file, the entry and the problem."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError("CANNED_REPLIES_PATH", f"{path}: cannot read it as YAML ({exc}).") from None
    items = data.get("replies") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError("CANNED_REPLIES_PATH", f"{path}: needs a top-level 'replies:' list.")
    return tuple(_entry(path, i, item) for i, item in enumerate(items, start=1))


def _entry(path: Path, index: int, item: object) -> CannedReply:
    where = f"{path}: reply #{index}"
    if not isinstance(item, dict) or not all(isinstance(item.get(k), str) and item[k].strip() for k in ("id", "text")):
        raise ConfigError("CANNED_REPLIES_PATH", f"{where} needs 'id' and 'text'.")
    text = item["text"].strip()
    unknown = [p for p in UNKNOWN_PLACEHOLDER.findall(text) if not PLACEHOLDER.fullmatch("{" + p + "}")]
    if unknown:
        raise ConfigError(
            "CANNED_REPLIES_PATH", f"{where} ({item['id']}): unknown placeholder {{{unknown[0]}}}; "
            "use {first_name}, {clinic_name} or {clinic_phone}.",
        )  # fmt: skip
    return CannedReply(item["id"], str(item.get("title") or item["id"]), text)


def first_name(name: str | None) -> str:
    """The first word of the name the channel gave, or "there" ("Hi there")."""
    words = (name or "").split()
    return words[0] if words else "there"


def fill(reply: CannedReply, *, name: str | None, clinic_name: str, clinic_phone: str) -> str:
    """The reply's text for one patient (placeholders only: the text is never evaluated as a template)."""
    values = {"first_name": first_name(name), "clinic_name": clinic_name, "clinic_phone": clinic_phone}
    return PLACEHOLDER.sub(lambda m: values[m.group(1)], reply.text)
