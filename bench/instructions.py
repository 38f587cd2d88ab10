"""Instructions per message, counted by valgrind's callgrind: the brain's cost beside plain rapidfuzz, on any machine.

Not a test; `make bench-instructions`. The speed table of `bench/brain.py` is in microseconds, and on a shared or
throttled machine the same code reads 20-50% apart from one run to the next; an instruction count is the same for the
same code and texts whatever else the machine does. So this is how to tell whether a change made the brain costlier
(compare two checkouts on the same texts: `--texts FILE` takes a JSON list) and how its cost stands beside
`extractOne`'s in the same run. It does not replace the µs target: instructions per µs differ between Python code and
rapidfuzz's vectorised C.

Each measure runs in its own process under `valgrind --tool=callgrind --instr-atstart=no`: the process builds what it
measures and runs every text once (lazily compiled patterns and caches warm, as in a server that has been up a while),
then counting is switched on (`callgrind_control -i on`) for one pass over the texts and off again.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import bot  # noqa: F401  # routing imports bot.errors, which loads the app package: import it first
import faq
from faq import compiled
from routing.brain import Brain
from routing.triage import Triage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from brain import PRODUCT_FAQ, dev_cases, extract_one, sized_faq

MEASURES = ("triage", "decide30", "decide1000", "extractOne")
BASELINE = "extractOne"
LABELS = {
    "triage": "careline Triage.check",
    "decide30": "careline Brain.decide, 30 entries",
    "decide1000": "careline Brain.decide, 1000 entries",
    "extractOne": "rapidfuzz extractOne WRatio, 30 entries' phrasings",
}


def sample(count: int) -> list[str]:
    """`count` texts spread evenly over the bench's dev cases (short and long, calm and urgent alike)."""
    texts = [c.text for c in dev_cases()]
    step = max(1, len(texts) // count)
    return texts[::step][:count]


def runner(measure: str) -> Callable[[str], object]:
    """The function one measure times, built as `bench/brain.py` builds it."""
    product = faq.load(PRODUCT_FAQ)
    rules = Triage.load()
    if measure == "triage":
        return rules.check
    if measure.startswith("decide"):
        return Brain(sized_faq(product, int(measure.removeprefix("decide"))), rules).decide
    return extract_one(sized_faq(product, 30))[0]


def body(measure: str, texts_file: Path) -> None:
    """The measured process: build, warm on every text, then one pass between the parent's "go" and "stop"."""
    texts = json.loads(texts_file.read_text(encoding="utf-8"))
    run = runner(measure)
    for text in texts:
        run(text)
    print("ready", flush=True)
    wait_for_parent()
    for text in texts:
        run(text)
    print("done", flush=True)
    wait_for_parent()


def wait_for_parent() -> None:
    """Block until the parent writes a line (between the measured process's "ready" and "done")."""
    # Polled, not a blocking read: valgrind takes callgrind_control's commands only while the program runs.
    while not select.select([sys.stdin], [], [], 0.02)[0]:
        pass
    sys.stdin.readline()


def count(measure: str, texts_file: Path, out_dir: Path) -> int:
    """Instructions of one pass of `measure` over the texts."""
    return counted(measure, [__file__, "--body", measure, "--texts", str(texts_file)], out_dir)


def counted(measure: str, script: list[str], out_dir: Path) -> int:
    """Instructions a Python script executes between its "ready" and "done" lines, run under callgrind (the script
    waits for a line from us after each: `wait_for_parent`)."""
    out = out_dir / f"{measure}.callgrind"
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}", sys.executable, *script,
    ]  # fmt: skip
    with (out_dir / f"{measure}.log").open("w") as log:
        child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True)
        assert child.stdin is not None
        assert child.stdout is not None
        for step, want in (("on", "ready"), ("off", "done")):
            line = child.stdout.readline().strip()
            while line and line != want:  # (anything else the process prints)
                line = child.stdout.readline().strip()
            if line != want:
                log.flush()
                tail = (out_dir / f"{measure}.log").read_text()[-2000:]
                raise RuntimeError(f"{measure}: the measured process ended early:\n{tail}")
            subprocess.run(["callgrind_control", "-i", step, str(child.pid)], check=True, capture_output=True)
            child.stdin.write("\n")
            child.stdin.flush()
        child.wait()
    for line in out.read_text().splitlines():
        if line.startswith("totals:"):  # (its "summary:" line counts from the start, before counting was on: 0)
            return int(line.split()[1])
    raise RuntimeError(f"{measure}: no totals in {out}")


def main(argv: list[str] | None = None) -> int:
    """Print instructions per message for each measure and its ratio to extractOne's."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=400, help="texts sampled from the dev cases (default 400)")
    parser.add_argument("--texts", type=Path, help="a JSON list of texts instead (to compare two checkouts)")
    parser.add_argument("--only", choices=MEASURES, action="append", help="measure only these (repeatable)")
    parser.add_argument("--body", choices=MEASURES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.body:
        body(args.body, args.texts)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("valgrind is not installed (Debian: apt-get install -y valgrind)", file=sys.stderr)
        return 2
    measures = args.only or list(MEASURES)
    with tempfile.TemporaryDirectory(prefix="careline-cg") as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts = json.loads(args.texts.read_text(encoding="utf-8")) if args.texts else sample(args.messages)
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        print(f"INSTRUCTIONS (callgrind, per message, {len(texts)} texts, caches warm)")
        built = "compiled with mypyc (make compile)" if compiled.in_use() else "Python sources (no fresh build)"
        print(f"brain: {built}")
        figures = {m: count(m, texts_file, Path(tmp)) / len(texts) for m in measures}
    base = figures.get(BASELINE)
    print(f"{'what':<52}{'instructions':>14}{'vs extractOne':>15}")
    for measure, per in figures.items():
        ratio = f"{per / base:>15.2f}" if base else ""
        print(f"{LABELS[measure]:<52}{per:>14,.0f}{ratio}")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")  # (set for the children; the same sets iterate the same way)
    sys.exit(main())
