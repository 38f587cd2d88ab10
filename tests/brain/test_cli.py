"""The brain's commands: `classify` (the DESIGN.md contract), `faq check` and `faq test`."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

from bot.cli import main
from tests.brain.conftest import PRODUCT_FAQ, write_faq


def run(argv: list[str], capsys: pytest.CaptureFixture[str], stdin: str = "") -> tuple[int, str, str]:
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(argv)
    finally:
        sys.stdin = old
    out, err = capsys.readouterr()
    return code, out, err


def test_classify_writes_one_json_decision_per_line(capsys: pytest.CaptureFixture[str]) -> None:
    messages = "what time do u open\nchest pain\ncan i talk to someone\n👍\n"
    code, out, _ = run(["classify", "--faq", str(PRODUCT_FAQ)], capsys, messages)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [(r["route"], r["faq_id"]) for r in rows] == [
        ("faq", "opening-hours"),
        ("urgent", None),
        ("agent", None),
        ("agent", None),
    ]
    assert 0 < rows[0]["score"] <= 1
    assert rows[1]["category"] == "cardiac"
    assert all({"route", "faq_id", "score"} <= set(r) for r in rows)


def test_classify_reports_a_clarifying_question_as_agent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_faq(
        tmp_path,
        "faqs:\n"
        "  - {id: opening-hours, questions: ['What are your opening hours?'], answer: Weekdays.}\n"
        "  - {id: holiday-hours, questions: ['What are your holiday hours?'], answer: Closed.}\n",
    )
    _, out, _ = run(["classify", "--faq", str(path)], capsys, "what are your hours\n")
    row = json.loads(out)
    assert (row["route"], row["faq_id"], row["reason"]) == ("agent", None, "clarify")
    assert set(row["candidates"]) == {"opening-hours", "holiday-hours"}


def test_faq_check_passes_the_product_faq(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["faq", "check", str(PRODUCT_FAQ), "--strict"], capsys)
    assert code == 0
    assert "32 entries OK, 0 warning(s)" in out


def test_faq_check_warns_about_risky_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_answer = "Call us. " * 40
    path = write_faq(
        tmp_path,
        f"""faqs:
  - id: hours
    questions: ["What are your opening hours?"]
    answer: Weekdays 8 to 6.
  - id: times
    questions: ["What are your opening hours??"]
    answer: "{long_answer}"
  - id: disputes
    questions: ["I want to dispute my bill"]
    answer: ""
""",
    )
    code, out, _ = run(["faq", "check", str(path)], capsys)
    assert code == 0
    assert "line 5: entry 'times': answer is 359 characters (over 320 for SMS)" in out
    assert "duplicate phrasing" in out
    assert "entry 'disputes': empty answer" in out
    assert "no Spanish answer" in out
    assert "entry 'hours': only 1 way(s) of asking it" in out
    assert "entry 'disputes': only" not in out  # staff answer it anyway
    code, _, _ = run(["faq", "check", str(path), "--strict"], capsys)
    assert code == 1


def test_faq_check_refuses_a_broken_file_naming_line_and_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_faq(tmp_path, "faqs:\n  - id: hours\n    questions: []\n    answer: Weekdays.\n")
    code, _, err = run(["faq", "check", str(path)], capsys)
    assert code == 2
    assert f"{path} line 2: entry 'hours': 'questions' must be a list of one or more phrases" in err


def test_faq_test_prints_metrics_and_each_miss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"text": "what time do you open", "route": "faq", "faq_id": "opening-hours"},
        {"text": "where do i park", "route": "faq", "faq_id": "location"},  # labelled wrong on purpose
        {"text": "i cant breathe", "route": "urgent", "faq_id": None},
        {"text": "do you do botox", "route": "agent", "faq_id": None},
    ]
    cases.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = run(["faq", "test", str(PRODUCT_FAQ), "--cases", str(cases)], capsys)
    assert code == 1  # a wrong answer (as labelled) is a safety failure
    assert "faq_accuracy" in out
    assert "50.0%" in out  # 1 of 2 answerable cases
    assert "urgent_recall" in out
    assert "100.0%" in out
    assert "line 2" in out
    assert "want faq location" in out
    assert "got faq parking" in out


def test_faq_test_names_entries_that_answer_spanish_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A clinic sees which entries still answer its Spanish-speaking patients in English."""
    faq_file = tmp_path / "faq.yaml"
    faq_file.write_text(
        "faqs:\n"
        "  - id: hours\n"
        '    questions: ["What are your opening hours?"]\n'
        "    answer: We are open 8 to 5.\n"
        "    answer_es: Abrimos de 8 a 5.\n"
        '    questions_es: ["¿Cuál es su horario?"]\n'
        "  - id: parking\n"
        '    questions: ["Where do I park?"]\n'
        "    keywords: [parking, estacionamiento, estacionar]\n"
        "    answer: Park behind the building.\n",
        encoding="utf-8",
    )
    cases = tmp_path / "cases.jsonl"
    rows = [
        {"text": "a qué hora abren", "route": "faq", "faq_id": "hours"},
        {"text": "dónde me puedo estacionar", "route": "faq", "faq_id": "parking"},
        {"text": "donde hay estacionamiento", "route": "faq", "faq_id": "parking"},
        {"text": "where do i park", "route": "faq", "faq_id": "parking"},
    ]
    cases.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, _ = run(["faq", "test", str(faq_file), "--cases", str(cases)], capsys)
    assert code == 0  # English to a Spanish writer is a gap to fix, not a wrong answer
    assert "answered in English to 2 message(s) written in another language" in out
    assert re.search(r"^  parking +es  2 message\(s\)$", out, re.MULTILINE)
    assert not re.search(r"^  hours ", out, re.MULTILINE)


def test_faq_test_rejects_bad_cases_with_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"text": "hi", "route": "faq", "faq_id": "greeting"}\n{"text": "x", "route": "bot"}\n')
    code, _, err = run(["faq", "test", str(PRODUCT_FAQ), "--cases", str(cases)], capsys)
    assert code == 2
    assert f"{cases} line 2: route must be one of faq, agent, urgent" in err


def test_classify_stops_quietly_when_its_reader_goes_away(tmp_path: Path) -> None:
    """`classify < msgs | head -1`: the closed pipe ends the command without a traceback."""
    import subprocess
    import sys

    messages = tmp_path / "messages.txt"
    messages.write_text("what time do you open\n" * 20_000)  # more output than a pipe buffer holds
    root = Path(__file__).resolve().parents[2]
    cmd = [sys.executable, "-m", "bot", "classify", "--faq", str(PRODUCT_FAQ)]
    with messages.open("rb") as stdin:
        proc = subprocess.Popen(cmd, cwd=root, stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert proc.stdout is not None
        first = proc.stdout.readline()
        proc.stdout.close()
        _, err = proc.communicate(timeout=60)
    assert json.loads(first)["route"] == "faq"
    assert proc.returncode == 141
    assert b"Traceback" not in err


def test_classify_names_the_crisis_an_emergency_also_is(capsys: pytest.CaptureFixture[str]) -> None:
    messages = "i cut my wrists on purpose and it wont stop bleeding\ncut my thumb on a can and it wont stop bleeding\n"
    _, out, _ = run(["classify", "--faq", str(PRODUCT_FAQ)], capsys, messages)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["category"], r["also"]) for r in rows] == [("bleeding", "self_harm"), ("bleeding", None)]
