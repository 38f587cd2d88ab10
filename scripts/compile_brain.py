"""Compile the brain's hot modules with mypyc (`make compile`), or remove the build (`--remove`).

Same decisions, ~15% less time per message. Skipped, with a line saying why, where there is no C compiler or
Python headers: the app then runs the Python sources, as it does whenever a source changed since the build
(faq/compiled.py). Builds in a scratch directory and copies the extensions and their stamp into the tree.
Then, compiled or not, stores the prefilter's reading of the packaged patterns (faq/analyses.py: ~4 s less per
process start) when the files holding them changed since it was stored.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from faq import analyses, compiled  # noqa: E402

# (the project's own settings, and no stubs needed for what the brain's imports import)
MYPY_INI = """[mypy]
python_version = 3.11
strict = True
ignore_missing_imports = True
untyped_calls_exclude = redis
"""
SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="careline-brain", ext_modules=mypycify(["--config-file=mypy.ini", *sys.argv[4:]], separate=True,
      opt_level="3"), script_args=sys.argv[1:4])
"""


def remove() -> None:
    """Remove the build: the stamp first, so a half-removed build is never taken for a fresh one."""
    compiled.STAMP.unlink(missing_ok=True)
    for path in compiled.extensions():
        path.unlink()


def missing_tools() -> str | None:
    """Why this machine cannot build, or None."""
    if shutil.which(os.environ.get("CC", "cc")) is None:
        return "no C compiler"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").exists():
        return f"no Python headers in {include}"
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with the dev extra's mypy)"
    return None


def build() -> int:
    """Build into a scratch directory, then copy the extensions and the stamp in."""
    digests = compiled.digests()
    with tempfile.TemporaryDirectory(prefix="careline-mypyc-") as scratch:
        work = Path(scratch)
        for package in ("faq", "routing", "bot"):  # (bot: the types the brain's modules import from it)
            shutil.copytree(ROOT / package, work / package, ignore=shutil.ignore_patterns("*.so", "__pycache__"))
        (work / "mypy.ini").write_text(MYPY_INI)
        (work / "setup.py").write_text(SETUP)
        paths = [str(compiled.source(m).relative_to(ROOT)) for m in compiled.MODULES]
        log = work / "build.log"
        with log.open("w") as out:
            done = subprocess.run(
                [sys.executable, "setup.py", "build_ext", "--inplace", f"--parallel={os.cpu_count() or 1}", *paths],
                cwd=work, stdout=out, stderr=subprocess.STDOUT, check=False,
            )  # fmt: skip
        if done.returncode != 0:
            sys.stdout.write(log.read_text()[-4000:])
            print(f"compile_brain: mypyc failed (exit {done.returncode}): the Python sources stay in use")
            return 1
        remove()
        for package in ("faq", "routing"):
            for ext in (work / package).glob("*.so"):
                shutil.copy2(ext, ROOT / package / ext.name)
    compiled.STAMP.write_text(json.dumps(digests, indent=1, sort_keys=True) + "\n")
    return 0


# Loads what holds the packaged patterns (triage's rules, the matcher and scope modules, the packaged FAQ), then stores
# the prefilter's reading of them: in a fresh process, so nothing read from an earlier file is stored again.
STORE = """
import sys
import faq
from faq import analyses
from routing.brain import Brain
from routing.triage import Triage
brain = Brain(faq.load(sys.argv[1]), Triage.load())
brain.decide("hi, can I get a refill of my blood pressure pills and where do I park?")
analyses.write(inputs=sys.argv[2])
"""


def pattern_sources() -> str:
    """A digest of every file that holds packaged patterns (the brain's modules, the rules, the packaged FAQ)."""
    digest = hashlib.sha256()
    files = [*sorted((ROOT / "faq").glob("*.py")), *sorted((ROOT / "routing").glob("*.py"))]
    files += [*sorted((ROOT / "routing" / "data").glob("*.yaml")), ROOT / "faq" / "data" / "faq.yaml"]
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def store_analyses() -> None:
    """Store the prefilter's reading of the packaged patterns (faq/analyses.py) unless it is up to date. A failure
    is printed, not raised: the file is a cache, and the app reads its patterns at start without it."""
    inputs = pattern_sources()
    if analyses.stored_inputs() == inputs:
        return
    analyses.PATH.unlink(missing_ok=True)
    start = time.monotonic()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", STORE, str(ROOT / "faq" / "data" / "faq.yaml"), inputs], cwd=ROOT,
                          env=env, check=False)  # fmt: skip
    if done.returncode != 0:
        print("compile_brain: could not store the prefilter's reading: the app reads its patterns at start")
    else:
        took = time.monotonic() - start
        print(f"compile_brain: stored the prefilter's reading of the packaged patterns in {took:.0f} s")


def main(argv: list[str] | None = None) -> int:
    """Build when the sources changed since the last build (or there is none); `--remove` removes it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--remove", action="store_true", help="remove the build: run the Python sources")
    args = parser.parse_args(argv)
    if args.remove:
        remove()
        store_analyses()
        return 0
    if compiled.fresh() and compiled.extensions():
        print("compile_brain: up to date")
        store_analyses()
        return 0
    why = missing_tools()
    if why:
        remove()
        print(f"compile_brain: skipped ({why}): the Python sources run, ~15% slower")
        store_analyses()
        return 0
    start = time.monotonic()
    status = build()
    if status == 0:
        print(f"compile_brain: {len(compiled.MODULES)} modules compiled in {time.monotonic() - start:.0f} s")
    store_analyses()  # (the stored reading serves the Python sources as well)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
