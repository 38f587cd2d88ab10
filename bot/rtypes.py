"""Typed views of what redis-py returns with decode_responses=True (its stubs cannot know the mode)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

StreamRows = list[tuple[str, dict[str, str]]]


def fields(values: Mapping[str, str]) -> dict[Any, Any]:
    """A str->str mapping in the shape hset(mapping=…) and xadd accept."""
    return dict(values)


def text_hash(raw: object) -> dict[str, str]:
    """An HGETALL reply."""
    return cast(dict[str, str], raw)


def text(raw: object) -> str | None:
    """A GET reply."""
    return cast(str | None, raw)


def stream_rows(raw: object) -> StreamRows:
    """An XRANGE reply."""
    return cast(StreamRows, raw or [])


def xread_rows(raw: object) -> list[tuple[str, StreamRows]]:
    """An XREAD reply: (key, rows) per stream."""
    return cast(list[tuple[str, StreamRows]], raw or [])
