"""Business hours: weekly spans, split shifts, holidays, and DST changes in the clinic's time zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.errors import RulesError
from bot.settings import PACKAGED_HOURS
from bot.texts import Texts
from routing.hours import Hours

NY = ZoneInfo("America/New_York")
HOURS = Hours.load(PACKAGED_HOURS)


def ny(*args: int) -> datetime:
    return datetime(*args, tzinfo=NY)  # type: ignore[misc]


def test_open_and_closed_on_a_weekday() -> None:
    assert HOURS.is_open(ny(2026, 11, 23, 10, 0))
    assert not HOURS.is_open(ny(2026, 11, 23, 19, 0))
    assert HOURS.next_opening(ny(2026, 11, 23, 19, 0)) == ny(2026, 11, 24, 8, 0)


def test_next_opening_across_the_end_of_daylight_saving() -> None:
    # Saturday 31 Oct 2026 after closing; clocks go back on Sunday 1 Nov; Monday opens at 08:00 EST.
    opening = HOURS.next_opening(ny(2026, 10, 31, 14, 0))
    assert opening == ny(2026, 11, 2, 8, 0)
    assert opening is not None
    assert opening.astimezone(UTC).hour == 13  # 08:00 EST is 13:00 UTC (it was 12:00 UTC the week before)
    week_before = HOURS.next_opening(ny(2026, 10, 25, 12, 0))  # Sunday 25 Oct, still on EDT
    assert week_before == ny(2026, 10, 26, 8, 0)
    assert week_before is not None
    assert week_before.astimezone(UTC).hour == 12


def test_business_time_across_a_weekend_with_daylight_saving_starting() -> None:
    # Friday 12 Mar 2027 17:00 EST to Monday 15 Mar 09:00 EDT (clocks went forward on Sunday 14 Mar):
    # 1 h on Friday + 4 h on Saturday + 1 h on Monday.
    assert HOURS.open_time_between(ny(2027, 3, 12, 17, 0), ny(2027, 3, 15, 9, 0)) == timedelta(hours=6)


def test_holidays_close_or_shorten_a_day() -> None:
    assert not HOURS.is_open(ny(2026, 11, 26, 10, 0))  # Thanksgiving
    assert HOURS.next_opening(ny(2026, 11, 25, 19, 0)) == ny(2026, 11, 27, 8, 0)
    assert HOURS.is_open(ny(2026, 12, 24, 11, 0))  # Christmas Eve: mornings only
    assert not HOURS.is_open(ny(2026, 12, 24, 13, 0))
    assert HOURS.next_opening(ny(2026, 12, 24, 13, 0)) == ny(2026, 12, 26, 9, 0)  # Saturday hours


def test_split_shifts_and_one_id_per_closed_period(tmp_path: Path) -> None:
    path = tmp_path / "hours.yaml"
    path.write_text("timezone: Europe/Madrid\nweekly:\n  monday: ['08:00-12:00', '13:00-17:00']\n")
    hours = Hours.load(path)
    madrid = ZoneInfo("Europe/Madrid")
    lunch = datetime(2026, 11, 23, 12, 30, tzinfo=madrid)
    assert not hours.is_open(lunch)
    assert hours.next_opening(lunch) == datetime(2026, 11, 23, 13, 0, tzinfo=madrid)
    night = datetime(2026, 11, 23, 20, 0, tzinfo=madrid)
    assert hours.closed_period(night) == hours.closed_period(night + timedelta(hours=5))
    assert hours.closed_period(night) != hours.closed_period(lunch)
    assert hours.closed_period(datetime(2026, 11, 23, 9, 0, tzinfo=madrid)) == ""


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("timezone: Mars/Olympus\nweekly: {}\n", "timezone 'Mars/Olympus' is not a known zone"),
        ("timezone: UTC\nweekly:\n  funday: []\n", "'weekly' must map weekday names"),
        ("timezone: UTC\nweekly:\n  monday: ['8-5']\n", "weekly.monday: '8-5' is not 'HH:MM-HH:MM'"),
        ("timezone: UTC\nweekly:\n  monday: ['22:00-06:00']\n", "spans cannot cross midnight"),
        ("timezone: UTC\nweekly: {}\nholidays: [christmas]\n", "holiday 'christmas' needs a date"),
    ],
)
def test_broken_hours_files_say_what_is_wrong(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "hours.yaml"
    path.write_text(body)
    with pytest.raises(RulesError, match=message):
        Hours.load(path)


def test_patients_are_told_when_staff_are_back_in_their_language() -> None:
    texts = Texts("Clinic", "(555) 010-0100", "(555) 010-0111")
    friday_night = ny(2026, 11, 27, 20, 0)
    opening = HOURS.next_opening(friday_night)
    assert "staff will reply tomorrow at 9:00 AM" in texts.closed(opening, friday_night, "en")
    assert "le responderá mañana a las 9:00" in texts.closed(opening, friday_night, "es")
    saturday_afternoon = ny(2026, 11, 28, 14, 0)
    assert "on Monday at 8:00 AM" in texts.closed(HOURS.next_opening(saturday_afternoon), saturday_afternoon, "en")
    assert "el lunes a las 8:00" in texts.closed(HOURS.next_opening(saturday_afternoon), saturday_afternoon, "es")
