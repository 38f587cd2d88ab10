"""scripts/real_words.py: real words the typo model would change are listed; protected and rare ones are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts import real_words


def test_lists_real_words_the_typo_model_changes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    words = tmp_path / "words"
    words.mkdir()
    # "chets" is one slip from "chest"; "killed" is already protected; "hello" is left alone; "chwst" is rare
    (words / "a.txt").write_text("chets killed hello " * 8 + "chwst", encoding="utf-8")
    assert real_words.main([str(words), "--min-count", "8"]) == 0
    out = capsys.readouterr().out.split("\n")
    listed = {line.split("\t")[0]: line.split("\t")[1] for line in out if line}
    assert listed == {"chets": "chest"}
