"""Load the brain's mypyc-compiled modules only while they were built from the sources now on disk."""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

# The modules every message runs through (normalising, the prefilters, scope checks, the matcher, triage):
# scripts/compile_brain.py compiles these with mypyc. The rest (loading, the CLI, the app) stays Python.
MODULES = (
    "faq.normalize",
    "faq.typos",
    "faq.prefilter",
    "faq.scope",
    "faq.index",
    "faq.matcher",
    "routing.lang",
    "routing.rules",
    "routing.triage",
)
ROOT = Path(__file__).resolve().parents[1]
# What the build was made from: each module's source hash, written last by the build.
STAMP = ROOT / "faq" / "_brain.json"
# Set to 1 to run the Python sources even when a fresh build is there (profiling, comparing the two).
PURE_ENV = "CARELINE_PURE"


def source(module: str) -> Path:
    """The .py file of one of MODULES."""
    return ROOT.joinpath(*module.split(".")).with_suffix(".py")


def digests(modules: Sequence[str] = MODULES) -> dict[str, str]:
    """Each module's source hash, as the build stamps it."""
    return {m: hashlib.sha256(source(m).read_bytes()).hexdigest() for m in modules}


def extensions() -> list[Path]:
    """The extension files of a build now in the tree (each module's, and the library each loads)."""
    return sorted(p for package in ("faq", "routing") for p in (ROOT / package).glob("*.so"))


def fresh(stamp: Path = STAMP) -> bool:
    """A build is there and every module's source is the one it was built from."""
    try:
        built = json.loads(stamp.read_text())
    except (OSError, ValueError):
        return False
    return isinstance(built, dict) and built == digests()


class _Sources(importlib.abc.MetaPathFinder):
    """Finds MODULES as their .py sources, ahead of the extension files beside them."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname not in MODULES:
            return None
        return importlib.util.spec_from_file_location(fullname, source(fullname))


def in_use() -> bool:
    """Whether the compiled modules are what `import` finds (decided once, before any of them loads)."""
    return _USE


def _decide() -> bool:
    if not extensions():
        return False  # nothing built: plain Python, as on a machine with no C compiler
    use = os.environ.get(PURE_ENV) != "1" and fresh()
    if not use:
        # a stale build would run yesterday's rules: all or none of the group (its modules share one library)
        if os.environ.get(PURE_ENV) != "1":
            log.warning("compiled brain is out of date with its sources: running Python (make compile rebuilds it)")
        sys.meta_path.insert(0, _Sources())
    return use


_USE = _decide()
