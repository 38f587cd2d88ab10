"""Fixtures for the brain's pure tests: the packaged FAQ and rules, loaded once; no Redis, no app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bot  # noqa: F401  # routing.states imports bot.errors, which loads the app package: import it first
import faq
from routing.brain import Brain
from routing.triage import PACKAGED_RULES, Triage

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_FAQ = ROOT / "faq" / "data" / "faq.yaml"
DATA = ROOT / "tests" / "data"


def load_cases(name: str) -> list[tuple[int, dict[str, Any]]]:
    """The cases of tests/data/<name>.jsonl with their line numbers."""
    lines = (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, start=1) if line.strip()]


def cases(name: str) -> list[Any]:
    """The cases of tests/data/<name>.jsonl as pytest params, each with its line and text as its id."""
    return [pytest.param(case, id=f"{n}:{case['text'][:60]}") for n, case in load_cases(name)]


@pytest.fixture(scope="session")
def brain() -> Brain:
    """The bot's decision maker over the product FAQ and the packaged red-flag rules."""
    return Brain.load(PRODUCT_FAQ, PACKAGED_RULES)


@pytest.fixture(scope="session")
def matcher(brain: Brain) -> faq.Matcher:
    """The product FAQ's matcher."""
    return brain.matcher


@pytest.fixture(scope="session")
def triage() -> Triage:
    """The packaged red-flag rules."""
    return Triage.load(PACKAGED_RULES)


def write_faq(tmp_path: Path, body: str) -> Path:
    """An FAQ file with `body` (YAML text) in a temporary directory."""
    path = tmp_path / "faq.yaml"
    path.write_text(body, encoding="utf-8")
    return path
