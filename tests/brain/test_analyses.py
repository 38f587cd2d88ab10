"""The prefilter's stored reading (faq/analyses.py): exactly what the code computes, and ignored when it cannot be."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from faq import analyses, prefilter
from routing.triage import Triage


def _fresh_needs(pattern: str) -> prefilter.Needs:
    return prefilter._needs(tuple(re._parser.parse(pattern)))  # type: ignore[attr-defined]


def test_the_stored_reading_is_what_the_code_computes() -> None:
    """A wrong need would let the prefilter skip a rule that matches: a missed emergency. So stored results are
    recomputed here (every fourth pattern: a reading that came to depend on code the stamp does not cover would
    differ on many)."""
    if analyses.stored_inputs() is None:
        pytest.skip("no current stored reading (make compile writes it)")
    doc = json.loads(analyses.PATH.read_text(encoding="utf-8"))
    assert len(doc["needs"]) > 3000  # triage's rules, the matcher's phrases and the scope checks
    # (spaced() files the needs of the pattern it writes under that pattern too: the same as its source's)
    source = {out: pattern for pattern, out in doc["spaced"].items() if out != pattern}
    for pattern, stored in list(doc["needs"].items())[::4]:
        assert [sorted(need) for need in _fresh_needs(source.get(pattern, pattern))] == stored, pattern
    for pattern, out in list(doc["spaced"].items())[::4]:
        assert prefilter._spaced(pattern) == out, pattern


def test_a_written_reading_is_installed_and_gives_the_same_rules(tmp_path: Path) -> None:
    Triage.load()  # (the rules read: their patterns' results are in this process)
    path = tmp_path / "reading.json"
    count = analyses.write(path, inputs="test")
    assert count > 3000
    assert analyses.stored_inputs(path) == "test"
    assert path.stat().st_mode & 0o777 == 0o644
    found, written = prefilter.analysed()
    assert analyses.install(path) == count
    assert prefilter.analysed() == (found, written)  # installing what was computed changes nothing


@pytest.mark.parametrize(
    "content",
    ["", "not json", "[]", '{"stamp": "another code", "needs": {"x": [["a"]]}, "spaced": {}}', '{"stamp": null}'],
)
def test_an_absent_stale_or_damaged_reading_is_ignored(tmp_path: Path, content: str) -> None:
    path = tmp_path / "reading.json"
    assert analyses.install(path) == 0  # absent
    path.write_text(content)
    before = prefilter.analysed()
    assert analyses.install(path) == 0
    assert analyses.stored_inputs(path) is None
    assert prefilter.analysed() == before


def test_a_current_stamp_with_a_damaged_body_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "reading.json"
    path.write_text(json.dumps({"stamp": analyses.stamp(), "needs": {"x": 5}, "spaced": {}}))
    before = prefilter.analysed()
    assert analyses.install(path) == 0
    assert prefilter.analysed() == before


def test_the_stamp_covers_the_reading_code_and_the_python() -> None:
    assert analyses.stamp() == analyses.stamp()
    assert {source.name for source in analyses._READERS} == {"prefilter.py", "lexicon.py"}
    assert all(source.exists() for source in analyses._READERS)
