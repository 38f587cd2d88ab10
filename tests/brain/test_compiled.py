"""The compiled brain (scripts/compile_brain.py): used only while fresh, and deciding exactly as its Python sources."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faq import compiled
from routing.brain import Brain
from tests.brain.conftest import ROOT, load_cases

# Every 12th text of the suite's data: ~1,000 messages of every kind (urgent, calm, routine, out of scope, Spanish).
SAMPLE = [
    case["text"]
    for name in ("red_flags", "benign_lookalikes", "routine", "out_of_scope")
    for n, case in load_cases(name)
    if n % 12 == 0
]
DECIDE = """
import json, sys
import bot  # noqa: F401
from routing.brain import Brain
from routing.triage import PACKAGED_RULES
brain = Brain.load(sys.argv[1], PACKAGED_RULES)
print(json.dumps([repr(brain.decide(t)) for t in json.load(sys.stdin)]))
"""


def test_a_stamp_is_fresh_only_for_the_sources_it_was_built_from(tmp_path: Path) -> None:
    stamp = tmp_path / "stamp.json"
    assert not compiled.fresh(stamp)  # no build
    stamp.write_text("not json")
    assert not compiled.fresh(stamp)
    digests = compiled.digests()
    stamp.write_text(json.dumps(digests))
    assert compiled.fresh(stamp)
    stamp.write_text(json.dumps({**digests, "faq.matcher": "0" * 64}))  # a source edited since the build
    assert not compiled.fresh(stamp)
    stamp.write_text(json.dumps({k: v for k, v in digests.items() if k != "routing.triage"}))
    assert not compiled.fresh(stamp)


def test_the_build_is_loaded_exactly_when_it_is_fresh() -> None:
    if not compiled.extensions():  # (none with COMPILE=0, or where there is no C compiler)
        pytest.skip("no compiled build in the tree (make test COMPILE=0, or no C compiler): the sources run")
    want = compiled.fresh() and os.environ.get(compiled.PURE_ENV) != "1"
    assert compiled.in_use() == want
    for name in compiled.MODULES:
        assert sys.modules[name].__file__ is not None
        assert sys.modules[name].__file__.endswith(".so") == want, name


def test_the_compiled_brain_decides_as_its_python_sources(brain: Brain) -> None:
    if not compiled.in_use():
        pytest.skip("the compiled brain is not in use: nothing to compare")
    env = {**os.environ, compiled.PURE_ENV: "1", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", DECIDE, str(ROOT / "faq" / "data" / "faq.yaml")],
        input=json.dumps(SAMPLE), capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    )  # fmt: skip
    pure = json.loads(done.stdout)
    assert len(pure) == len(SAMPLE) > 500
    mismatched = [t for t, p in zip(SAMPLE, pure, strict=True) if repr(brain.decide(t)) != p]
    assert not mismatched
