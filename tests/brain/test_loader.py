"""The FAQ file contract: the four keys, the optional extras in the shapes clinics write them, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from faq import FaqError
from faq.loader import load
from faq.matcher import Matcher
from tests.brain.conftest import write_faq

PLAIN = """\
faqs:
  - id: opening-hours
    questions:
      - What are your opening hours?
      - When are you open?
    answer: Monday to Friday, 8am to 6pm.
    reviewed_by: Dr. A. Example
    reviewed_on: 2026-11-01
"""


def test_the_four_keys_load_with_their_line(tmp_path: Path) -> None:
    faq = load(write_faq(tmp_path, PLAIN))
    entry = faq.get("opening-hours")
    assert entry is not None
    assert entry.questions == ("What are your opening hours?", "When are you open?")
    assert entry.reviewed_by == "Dr. A. Example"
    assert str(entry.reviewed_on) == "2026-11-01"
    assert entry.line == 2
    assert faq.warnings == ()


def test_synonyms_are_keywords(tmp_path: Path) -> None:
    faq = load(write_faq(tmp_path, PLAIN + "    keywords: [hours]\n    synonyms: [schedule, timetable]\n"))
    entry = faq.get("opening-hours")
    assert entry is not None
    assert entry.keywords == ("hours", "schedule", "timetable")
    assert Matcher(faq).match("whats the timetable") is not None


@pytest.mark.parametrize(
    "spanish",
    [
        '    translations:\n      es:\n        answer: Lunes a viernes.\n        questions: ["¿A qué hora abren?"]\n',
        '    answer_es: Lunes a viernes.\n    questions_es: ["¿A qué hora abren?"]\n',
    ],
    ids=["translations", "flat"],
)
def test_spanish_in_either_shape_answers_in_spanish(tmp_path: Path, spanish: str) -> None:
    faq = load(write_faq(tmp_path, PLAIN + spanish))
    entry = faq.get("opening-hours")
    assert entry is not None
    assert entry.answer_in("es") == "Lunes a viernes."
    found = Matcher(faq).match("a que hora abren")
    assert found is not None
    assert found.entry.id == "opening-hours"


def test_a_spanish_answer_alone_may_be_a_plain_string(tmp_path: Path) -> None:
    faq = load(write_faq(tmp_path, PLAIN + "    translations: {es: Lunes a viernes.}\n"))
    entry = faq.get("opening-hours")
    assert entry is not None
    assert entry.answer_in("es") == "Lunes a viernes."


@pytest.mark.parametrize(
    ("extra", "error"),
    [
        (
            "    answer_es: Lunes.\n    translations: {es: Lunes.}\n",
            r"faq.yaml line 2: entry 'opening-hours': give the Spanish once",
        ),
        ('    questions_es: ["¿Abren?"]\n', r"line 2: entry 'opening-hours': 'questions_es' needs an 'answer_es'"),
        ("    answer_es: '  '\n", r"'answer_es' must be non-empty text"),
        ("    synonyms: [hours, '']\n", r"'synonyms' has an empty or non-text item"),
        ("    translations: {fr: Lundi.}\n", r"translation language 'fr' is not supported"),
    ],
)
def test_a_wrong_extra_is_refused_with_line_and_entry(tmp_path: Path, extra: str, error: str) -> None:
    with pytest.raises(FaqError, match=error):
        load(write_faq(tmp_path, PLAIN + extra))


def test_an_unknown_key_is_a_warning_not_an_error(tmp_path: Path) -> None:
    faq = load(write_faq(tmp_path, PLAIN + "    answr_es: Lunes.\n"))
    (warning,) = faq.warnings
    assert warning.endswith("faq.yaml line 2: entry 'opening-hours': unknown key(s) answr_es ignored")
