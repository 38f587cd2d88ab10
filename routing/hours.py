"""Business hours from YAML (weekly hours, split shifts, holidays, a time zone): is the clinic open? Pure."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from bot.errors import RulesError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})$")
SEARCH_DAYS = 400  # how far ahead to look for the next opening (a year of holidays and closures)

Span = tuple[dt.time, dt.time | None]  # end None = midnight at the end of the day


@dataclass(frozen=True)
class Hours:
    """When staff are in: weekly spans per weekday, holidays that close or change a day, in one zone."""

    zone: ZoneInfo
    weekly: dict[int, tuple[Span, ...]]
    holidays: dict[dt.date, tuple[Span, ...]]

    @classmethod
    def load(cls, path: Path) -> Hours:
        """Read and validate a business-hours file; RulesError names the file and the problem."""
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RulesError(f"{path}: cannot load business hours: {exc}") from None
        if not isinstance(doc, dict):
            raise RulesError(f"{path}: needs 'timezone', 'weekly' and optional 'holidays'")
        try:
            zone = ZoneInfo(str(doc.get("timezone")))
        except (ZoneInfoNotFoundError, ValueError):
            raise RulesError(
                f"{path}: timezone {doc.get('timezone')!r} is not a known zone like America/New_York"
            ) from None
        weekly_raw = doc.get("weekly")
        if not isinstance(weekly_raw, dict) or set(weekly_raw) - set(DAYS):
            raise RulesError(f"{path}: 'weekly' must map weekday names ({', '.join(DAYS)}) to lists of 'HH:MM-HH:MM'")
        weekly = {i: _spans(weekly_raw.get(day) or [], f"{path}: weekly.{day}") for i, day in enumerate(DAYS)}
        return cls(zone, weekly, _holidays(doc.get("holidays") or [], path))

    def spans_on(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The open spans of a local calendar day, as aware datetimes (DST-correct)."""
        spans = self.holidays.get(day, self.weekly[day.weekday()])
        out = []
        for start, end in spans:
            begin = dt.datetime.combine(day, start, tzinfo=self.zone)
            finish = (
                dt.datetime.combine(day, end, tzinfo=self.zone)
                if end is not None
                else dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=self.zone)
            )
            out.append((begin, finish))
        return out

    def current_span(self, when: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
        """The open span containing `when`, or None when the clinic is closed."""
        local = when.astimezone(self.zone)
        return next((s for s in self.spans_on(local.date()) if s[0] <= when < s[1]), None)

    def is_open(self, when: dt.datetime) -> bool:
        """True when staff are in at `when`."""
        return self.current_span(when) is not None

    def next_opening(self, when: dt.datetime) -> dt.datetime | None:
        """The first opening strictly after `when` (None if none within a year)."""
        day = when.astimezone(self.zone).date()
        for offset in range(SEARCH_DAYS):
            for start, _end in self.spans_on(day + dt.timedelta(days=offset)):
                if start > when:
                    return start
        return None

    def closed_period(self, when: dt.datetime) -> str:
        """An id for the closed period `when` falls in (the same all night), or '' when open."""
        if self.is_open(when):
            return ""
        opening = self.next_opening(when)
        return opening.isoformat() if opening else "closed"

    def open_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """How much of [start, end) fell within opening hours: the SLA clock pauses while closed."""
        total = dt.timedelta()
        day = start.astimezone(self.zone).date()
        last = end.astimezone(self.zone).date()
        while day <= last:
            for begin, finish in self.spans_on(day):
                overlap = min(finish, end) - max(begin, start)
                if overlap > dt.timedelta():
                    total += overlap
            day += dt.timedelta(days=1)
        return total


def _spans(raw: object, where: str) -> tuple[Span, ...]:
    if not isinstance(raw, list):
        raise RulesError(f"{where}: must be a list like ['08:00-12:00', '13:00-18:00'] (empty = closed)")
    spans = []
    for item in raw:
        match = _SPAN.match(str(item))
        if not match:
            raise RulesError(f"{where}: {item!r} is not 'HH:MM-HH:MM'")
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2):
            raise RulesError(f"{where}: {item!r} is not a valid time span")
        start, end = dt.time(h1, m1), (None if h2 == 24 else dt.time(h2, m2))
        if end is not None and end <= start:
            raise RulesError(f"{where}: {item!r} ends before it starts (spans cannot cross midnight; split them)")
        spans.append((start, end))
    return tuple(sorted(spans, key=lambda s: s[0]))


def _holidays(raw: object, path: Path) -> dict[dt.date, tuple[Span, ...]]:
    if not isinstance(raw, list):
        raise RulesError(f"{path}: 'holidays' must be a list of dates or {{date, name, hours}}")
    out: dict[dt.date, tuple[Span, ...]] = {}
    for item in raw:
        entry = item if isinstance(item, dict) else {"date": item}
        day = entry.get("date")
        if isinstance(day, str):
            try:
                day = dt.date.fromisoformat(day)
            except ValueError:
                day = None
        if not isinstance(day, dt.date):
            raise RulesError(f"{path}: holiday {item!r} needs a date like 2026-12-25")
        out[day] = _spans(entry.get("hours") or [], f"{path}: holiday {day}")
    return out
