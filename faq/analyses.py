"""The prefilter's reading of every packaged pattern, stored by `make compile` and read at start instead of redone.

Reading which words each of triage's and the matcher's ~4,000 regexes needs (faq/prefilter.py) parses every one of
them: about half of loading the brain, paid by every web process, worker and CLI call at start. The results depend
only on the patterns and on the code that reads them, so the build stores them keyed by that code (and the Python
whose regex parser it uses); a process whose code differs ignores the file, and a pattern the file lacks (an
edited rule) is read as before. The file is a cache: deleting it only makes starting slower.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from faq import lexicon, prefilter  # (in this order: lexicon imports the prefilter, which reads it lazily)

log = logging.getLogger(__name__)

PATH = Path(__file__).resolve().with_name("_prefilter.json")
# the code whose output is stored (lexicon: which starts are common); a compiled module's source is beside it
_READERS = (Path(prefilter.__file__).with_name("prefilter.py"), Path(lexicon.__file__).with_name("lexicon.py"))


def stamp() -> str:
    """What the stored results were computed by: the reading code's sources and the Python version."""
    digest = hashlib.sha256(f"{sys.version_info[0]}.{sys.version_info[1]}".encode())
    for source in _READERS:
        digest.update(source.read_bytes())
    return digest.hexdigest()


def _current(path: Path) -> dict[str, Any] | None:
    """The stored file's content when this code computed it, else None (absent, stale or not JSON)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return doc if isinstance(doc, dict) and doc.get("stamp") == stamp() else None
    except (OSError, ValueError):
        return None


def stored_inputs(path: Path = PATH) -> str | None:
    """The `inputs` note of a stored file this code can use, or None (absent, stale or damaged)."""
    doc = _current(path)
    return None if doc is None else str(doc.get("inputs"))


def install(path: Path = PATH) -> int:
    """Hand the stored results to the prefilter when they were computed by this code; how many were taken."""
    doc = _current(path)
    try:
        if doc is None:
            return 0
        found = {p: tuple(frozenset(need) for need in needs) for p, needs in doc["needs"].items()}
        written = {p: str(out) for p, out in doc["spaced"].items()}
    except (KeyError, TypeError, AttributeError):
        return 0  # damaged: every pattern is read afresh, as without the file
    prefilter.remember(found, written)
    return len(found)


def write(path: Path = PATH, inputs: str = "") -> int:
    """Store every result this process computed (load the rules and FAQs first), with a note of what it read
    (`inputs`, the build's digest of the sources holding the patterns); how many. Atomic."""
    found, written = prefilter.analysed()
    doc = {
        "stamp": stamp(),
        "inputs": inputs,
        "needs": {p: [sorted(need) for need in needs] for p, needs in sorted(found.items())},
        "spaced": dict(sorted(written.items())),
    }
    fd, tmp = tempfile.mkstemp(prefix=".prefilter-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(doc, out, ensure_ascii=False, separators=(",", ":"))
        os.chmod(tmp, 0o644)  # (a cache of public rules, read by whichever user runs the app)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("stored the prefilter's reading of %d patterns in %s", len(found), path)
    return len(found)


install()  # on import (faq/__init__.py imports this module before any module that reads patterns)
