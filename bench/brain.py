"""Benchmark the bot's brain: safety metrics on labelled cases, and speed. Not a test; `make bench`.

Quality sets (each routed exactly as `python -m bot classify` would, first message):
  dev      tests/data/*.jsonl, bench/data/dev.jsonl and the later batches bench/data/test2-test29.jsonl
           (each batch was written fresh, measured once, then used for fixes), product FAQ
  test     bench/data/test.jsonl, product FAQ              (written before any tuning; never tuned on)
  holdout  bench/data/holdout.jsonl, product FAQ           (written before the safety net; never tuned on)
  alt      bench/data/alt_cases.jsonl on bench/data/alt_faq.yaml   (another clinic's FAQ, paediatric)
  dental   bench/data/dental_cases.jsonl on bench/data/dental_faq.yaml (a third FAQ; fixes made on it)
           and bench/data/dental_holdout.jsonl (never tuned on)
  physio   bench/data/physio_cases.jsonl on bench/data/physio_faq.yaml (a fourth FAQ, sparse; written
           with batch 11, measured once, then fixes made)
  peds     bench/data/peds_cases.jsonl on bench/data/peds_faq.yaml (a fifth FAQ, sparse, a pediatric and
           family practice; measured once, then fixes made)
  derm     bench/data/derm_cases.jsonl on bench/data/derm_faq.yaml (a sixth FAQ, sparse, dermatology; written
           after the peds fixes, measured once (51.2%), then fixes made in round 13)
  optom    bench/data/optom_cases.jsonl on bench/data/optom_faq.yaml (a seventh FAQ, sparse, optometry;
           written at the start of round 13, measured once after its fixes, not tuned on)
  obgyn    bench/data/obgyn_cases.jsonl on bench/data/obgyn_faq.yaml (an eighth FAQ, sparse, OB/GYN; written
           at the start of round 14, measured once (76.9%), then fixes made)
  chc      bench/data/chc_cases.jsonl on bench/data/chc_faq.yaml (a ninth FAQ, sparse, a community health
           centre with urgent care, mostly Spanish too; round 14, measured once (66.7%), then fixes made)
  ortho    bench/data/ortho_cases.jsonl on bench/data/ortho_faq.yaml (a tenth FAQ, sparse, orthopedics and
           imaging; written after the round-14 fixes, measured once (60.6%), then fixes made)
  behavioral bench/data/behavioral_cases.jsonl on bench/data/behavioral_faq.yaml (an eleventh FAQ, sparse,
           outpatient behavioral health; round 15, measured once (78.5%), then fixes made)
  cardio   bench/data/cardio_cases.jsonl on bench/data/cardio_faq.yaml (a twelfth FAQ, sparse, cardiology;
           round 15, measured once (64.3%), then fixes made)
  oncology bench/data/oncology_cases.jsonl on bench/data/oncology_faq.yaml (a thirteenth FAQ, sparse, an
           infusion center; written after round 15's fixes, measured once (69.1%), then fixes made in round 16)
  urgentcare bench/data/urgentcare_cases.jsonl on bench/data/urgentcare_faq.yaml (a fourteenth FAQ, sparse, a
           walk-in urgent care; round 16, measured once (61.3%), then fixes made)
  pharmacy bench/data/pharmacy_cases.jsonl on bench/data/pharmacy_faq.yaml (a fifteenth FAQ, sparse, a clinic
           pharmacy; round 16, measured once (55.6%), then fixes made)
  quebec   ../shared/datasets/quebec_covid_faq                     (public data; measured only)
  dev on the product FAQ stripped of keywords and Spanish, and cut to one question per entry: how much
  the matcher leans on a well-written FAQ.
Each set is also routed by plain rapidfuzz `process.extractOne` (WRatio, cutoff 80; no triage).

Speed: microseconds per message for triage alone (`Triage.check`, on all messages, on the benign ones -
most traffic - and on the urgent ones), the matcher (`Matcher.assess`) and the whole decision
(`Brain.decide`, triage included) with 30 and 1,000 entries, next to `extractOne` on the same phrasings
in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process, utils

import bot  # noqa: F401  # routing.states imports bot.errors, which loads the app package: import it first
import faq
from faq import compiled
from faq.metrics import Case, Outcome, Report, load_cases, score
from faq.normalize import fold, normalize
from routing.brain import Brain
from routing.triage import Triage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import large_faq

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
PRODUCT_FAQ = ROOT / "faq" / "data" / "faq.yaml"
QUEBEC = ROOT.parent / "shared" / "datasets" / "quebec_covid_faq"
BASELINE_CUTOFF = 80.0
COLUMNS = (("faq_acc", 9), ("wrong", 8), ("agent_rec", 11), ("urg_rec", 9), ("urg_false", 11))

Router = Callable[[str], tuple[str, str | None]]


def brain_router(brain: Brain) -> Router:
    """Route like `classify`: a clarifying question counts as agent."""

    def route(text: str) -> tuple[str, str | None]:
        d = brain.decide(text)
        return d.route.value, d.faq_id

    return route


def baseline_router(data: faq.Faq) -> Router:
    """Plain rapidfuzz: the best phrasing by WRatio, answered from 80 up; no triage at all."""
    choices, owners = phrasings(data)

    def route(text: str) -> tuple[str, str | None]:
        hit = process.extractOne(text, choices, scorer=fuzz.WRatio, processor=utils.default_process)
        if hit and hit[1] >= BASELINE_CUTOFF:
            return "faq", owners[hit[2]]
        return "agent", None

    return route


def phrasings(data: faq.Faq) -> tuple[list[str], list[str]]:
    """Every question (and translated question) with the id of its entry."""
    pairs = [
        (q, e.id)
        for e in data.entries
        for q in (*e.questions, *(q for tr in e.translations.values() for q in tr.questions))
    ]
    return [p for p, _ in pairs], [i for _, i in pairs]


def evaluate(cases: list[Case], router: Router) -> Report:
    """The five metrics for `cases` routed by `router`."""
    return score(Outcome(c, *router(c.text)) for c in cases)


def stripped(data: faq.Faq, *, one_question: bool) -> faq.Faq:
    """The FAQ without keywords, titles or translations (and optionally one question per entry)."""
    entries = tuple(
        replace(e, keywords=(), title=None, translations={}, questions=e.questions[: 1 if one_question else None])
        for e in data.entries
    )
    return replace(data, entries=entries)


# Sparse FAQs of other specialties, each with its own cases (bench/data/<stem>_faq.yaml, <stem>_cases.jsonl).
SPECIALTIES: tuple[tuple[str, str] | tuple[str, str, str], ...] = (
    ("physio", "fourth FAQ, fixes made"),
    ("peds", "fifth FAQ, fixes made"),
    ("derm", "sixth FAQ, fixes made"),
    ("optom", "seventh FAQ, first run"),
    ("obgyn", "eighth FAQ, fixes made"),
    ("chc", "ninth FAQ, fixes made"),
    ("ortho", "tenth FAQ, fixes made"),
    ("behavioral", "11th FAQ, fixes made"),
    ("cardio", "12th FAQ, fixes made"),
    ("oncology", "13th FAQ, fixes made"),
    ("urgentcare", "14th FAQ, fixes made"),
    ("pharmacy", "15th FAQ, fixes made"),
    ("nephrology", "16th FAQ, fixes made"),
    ("ent", "17th FAQ, fixes made"),
    ("sleep", "18th FAQ, fixes made"),
    ("podiatry", "19th FAQ, fixes made"),
    ("allergy", "20th FAQ, fixes made"),
    ("gi", "21st FAQ, fixes made"),
    ("imaging", "22nd FAQ, fixes made"),
    ("urology", "23rd FAQ, fixes made"),
    ("neurology", "24th FAQ, fixes made"),
    ("endocrine", "25th FAQ, fixes made"),
    ("rheum", "26th FAQ, fixes made"),
    ("fertility", "27th FAQ, fixes made"),
    ("bariatric", "28th FAQ, fixes made"),
    ("homehealth", "29th FAQ, held out"),
    ("primary", "30th FAQ, fixes made"),
    ("walkin", "31st FAQ, first run"),
    # Spanish and Spanglish patients on an English-only FAQ (cases `<stem>_cases.jsonl`, FAQ `<faq>_faq.yaml`);
    # primary_es_faq.yaml is the same FAQ with a Spanish answer (and no Spanish question) on every entry.
    ("primary_es", "Spanish messages", "primary"),
    ("primary_es", "Spanish, es answers", "primary_es"),
    ("walkin_es", "Spanish messages", "walkin"),
    # written after round 37's fixes on an FAQ never read before, measured once on base and fixed code (55.6% both)
    ("rheum_es", "Spanish, first run", "rheum"),
    # round 38: written before any run; occhealth fixed after its first run, travel run once at the end (held out);
    # round 39 fixed wrong answers of both
    ("occhealth", "32nd FAQ, fixes made"),
    ("travel", "33rd FAQ, fixes made"),
    # round 39: written before any fix or run, measured once on base (63.3%, 2.8% wrong) and once at the end (held out)
    ("studenthealth", "34th FAQ, first run, held out"),
    # round 41: written before any run or fix; audiology and pulmonology measured once on base (49.2%, 1.2% wrong;
    # 47.6%, 0.0%) then fixed; addiction medicine run once at the end (held out)
    ("audiology", "35th FAQ, fixes made"),
    ("pulmonology", "36th FAQ, fixes made"),
    ("addiction", "37th, first run, held out"),
    # round 42: written with batch 25 (test25.jsonl, in dev) before any run or fix; run once at the end (held out)
    ("sportsmed", "38th, first run, held out"),
    # the lead's held-out FAQ of this session: written by a helper that read no code, rule or test, measured on main
    # after round 41 (50.0%, 0.0% wrong) and after round 42; nothing fixed on it
    ("vein", "39th, held out, never fixed on"),
    # round 43: written before any run (first run 36.5% and 38.5%, 0.0% wrong), then fix sets for the sole-topical
    # rule, which changed no decision on either
    ("handsurgery", "40th FAQ, fix set, unchanged"),
    ("painmgmt", "41st FAQ, fix set, unchanged"),
    # the lead's held-out FAQ of session 10: a wound-care clinic, written by a helper that read no code, rule or test;
    # first run 25.0% (1.4% wrong) on c19c2f1; nothing fixed on it
    ("wound", "42nd, held out, never fixed on"),
    # the lead's held-out FAQ of session 11: a second urology clinic, written by a helper that read no code, rule or
    # test; first run 50.0% (2.9% wrong) on fb9da07; nothing fixed on it
    ("urology2", "43rd, held out, never fixed on"),
    # the lead's held-out FAQ of session 12: a geriatrics and memory-care practice, written by a helper that read no
    # code, rule or test; first run 55.8% (0.0% wrong) on 5623a72; nothing fixed on it
    ("geriatrics", "44th, held out, never fixed on"),
    # the lead's held-out FAQ of session 13: a sexual-health (STI testing, PrEP/PEP) clinic, written by a helper that
    # read no code, rule or test; first run 36.5% (0.0% wrong) on 0c83f8e; nothing fixed on it (the generic topics'
    # bank, written apart from it, left it at 36.5%); session 14's near-miss sets (tests/data/near_misses/) were written
    # against it and the geriatrics FAQ, not from their cases
    ("sexualhealth", "45th, held out, never fixed on"),
    # the lead's held-out FAQs of session 14, written by helpers that read no code, rule or test: an infusion and
    # hematology center (first run 26.7%, 1.7% wrong, on 55f1bb3) and a palliative care and hospice program (15.6%,
    # 0.0%, on 43adc66); nothing fixed on either's cases (one wrong answer of batch 40's routine set was)
    ("infusion", "46th, held out, never fixed on"),
    ("palliative", "47th, held out, never fixed on"),
    # the lead's held-out FAQ of session 15: a cardiac device and home-therapy clinic, written by a helper that read no
    # code, rule or test; first run 26.7% (3.3% wrong) on a0bf712; one of its two wrong answers ("i drive a delivery
    # truck. can i keep doing that now that i have an icd") led to faq/scope.py's refers_back, nothing else fixed on it
    ("device", "48th, held out; one wrong answer's mechanism fixed"),
)


def faq_stem(spec: tuple[str, str] | tuple[str, str, str]) -> str:
    """The FAQ a SPECIALTIES row runs on: its third item, else the cases' own stem."""
    return spec[2] if len(spec) == 3 else spec[0]


def dev_cases() -> list[Case]:
    """Every case used for tuning and fixes, each text once (the regression suite repeats some)."""
    paths = [*sorted((ROOT / "tests" / "data").glob("*.jsonl")), DATA / "dev.jsonl"]
    paths += sorted(DATA.glob("test[2-9].jsonl")) + sorted(DATA.glob("test[12][0-9].jsonl"))  # never holdout*.jsonl
    unique: dict[str, Case] = {}
    for path in paths:
        for case in load_cases(path):
            unique.setdefault(case.text, case)
    return list(unique.values())


def percent(value: float | None) -> str:
    """A metric as a percentage, or n/a."""
    return "n/a" if value is None else f"{100 * value:.1f}%"


def bench_sets(product: faq.Faq, dev: list[Case]) -> list[tuple[str, faq.Faq, list[Case]]]:
    """Every FAQ of the bench with its cases: ours (dev, test, holdout), another clinic's, dental, the specialties."""
    dental = faq.load(DATA / "dental_faq.yaml")
    return [
        ("dev (product FAQ, tuned here)", product, dev),
        ("test (product FAQ, held out)", product, load_cases(DATA / "test.jsonl")),
        ("holdout (product FAQ, never tuned)", product, load_cases(DATA / "holdout.jsonl")),
        ("alt (other clinic's FAQ)", faq.load(DATA / "alt_faq.yaml"), load_cases(DATA / "alt_cases.jsonl")),
        ("dental (third FAQ, fixes made)", dental, load_cases(DATA / "dental_cases.jsonl")),
        ("dental holdout (never tuned)", dental, load_cases(DATA / "dental_holdout.jsonl")),
        *(
            (
                f"{faq_stem(spec)} ({spec[1]})",
                faq.load(DATA / f"{faq_stem(spec)}_faq.yaml"),
                load_cases(DATA / f"{spec[0]}_cases.jsonl"),
            )
            for spec in SPECIALTIES
        ),
    ]


def quality(rules: Triage, quebec: Path) -> None:
    """Print the quality table."""
    product = faq.load(PRODUCT_FAQ)
    dev = dev_cases()
    sets = [
        *bench_sets(product, dev),
        ("dev, FAQ without keywords/es", stripped(product, one_question=False), dev),
        ("dev, FAQ with 1 question/entry", stripped(product, one_question=True), dev),
    ]
    if (quebec / "faq.yaml").exists():
        public = faq.load(quebec / "faq.yaml")
        sets.append(("quebec (public, measured only)", public, load_cases(quebec / "cases.jsonl")))
    else:
        print(f"(quebec set not found at {quebec}: skipped)")
    header = f"{'set':<47}{'router':<12}{'cases':>6}" + "".join(f"{h:>{w}}" for h, w in COLUMNS)
    print("QUALITY (targets: faq_acc >= 85%, wrong <= 2%, urg_rec = 100%, urg_false <= 3%)")
    print(header)
    print("-" * len(header))
    for name, data, cases in sets:
        routers = (("careline", brain_router(Brain(data, rules))), ("extractOne", baseline_router(data)))
        for label, router in routers:
            r = evaluate(cases, router)
            values = "".join(f"{percent(v):>{w}}" for (_, v), (_, w) in zip(r.rows(), COLUMNS, strict=True))
            print(f"{name:<47}{label:<12}{r.cases:>6}{values}")
    print()


def timings(run: Callable[[str], object], texts: list[str], rounds: int) -> tuple[float, float]:
    """Median and p99 microseconds per message over `rounds` passes (after one warm-up pass)."""
    for text in texts:
        run(text)
    samples = []
    for _ in range(rounds):
        for text in texts:
            fold.cache_clear()  # every real message is new: no help from the per-message caches
            normalize.cache_clear()
            start = time.perf_counter_ns()
            run(text)
            samples.append((time.perf_counter_ns() - start) / 1000)
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, int(0.99 * len(samples)))]


def sized_faq(product: faq.Faq, size: int) -> faq.Faq:
    """The product FAQ cut or grown (synthetic entries) to `size` entries, as the speed figures use it."""
    return large_faq(replace(product, entries=product.entries[:size]), size)


def extract_one(data: faq.Faq) -> tuple[Callable[[str], object], int]:
    """The speed baseline: plain rapidfuzz extractOne (WRatio) over the FAQ's phrasings, and how many there are."""
    choices, _ = phrasings(data)
    processed = [utils.default_process(c) for c in choices]
    return (lambda t: process.extractOne(utils.default_process(t), processed, scorer=fuzz.WRatio)), len(choices)


def speed(rules: Triage, rounds: int, quebec: Path) -> None:
    """Print the speed table."""
    cases = dev_cases() + load_cases(DATA / "test.jsonl")
    texts = [c.text for c in cases]
    public = load_cases(quebec / "cases.jsonl") if (quebec / "cases.jsonl").exists() else []
    calm = [c.text for c in cases + public if c.route != "urgent"]
    urgent = [c.text for c in cases if c.route == "urgent"]
    product = faq.load(PRODUCT_FAQ)
    print(f"SPEED (microseconds per message, {len(texts)} messages x {rounds} rounds; target: median <= 200,")
    print("       triage on benign messages <= 100)")
    print(f"brain: {'compiled with mypyc (make compile)' if compiled.in_use() else 'Python sources (no fresh build)'}")
    print(f"{'what':<52}{'median':>9}{'p99':>9}")
    for name, some in (("all", texts), ("benign", calm), ("urgent", urgent)):
        median, p99 = timings(rules.check, some, rounds)
        print(f"{f'careline Triage.check, {name} messages ({len(some)})':<52}{median:>9.0f}{p99:>9.0f}")
    for size in (30, 1000):
        data = sized_faq(product, size)
        baseline, count = extract_one(data)
        rows = (
            (f"careline Matcher.assess, {len(data.entries)} entries", faq.Matcher(data).assess),
            (f"careline Brain.decide (triage + matcher), {len(data.entries)} entries", Brain(data, rules).decide),
            (f"rapidfuzz extractOne WRatio, {count} phrasings", baseline),
        )
        for name, run in rows:
            median, p99 = timings(run, texts, rounds)
            print(f"{name:<52}{median:>9.0f}{p99:>9.0f}")
    print()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print both tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quebec", type=Path, default=QUEBEC, help="quebec_covid_faq directory")
    parser.add_argument("--rounds", type=int, default=5, help="timing passes over the messages")
    parser.add_argument("--skip-speed", action="store_true", help="quality table only")
    parser.add_argument("--skip-quality", action="store_true", help="speed table only (minutes, not an hour)")
    args = parser.parse_args(argv)
    rules = Triage.load()
    if not args.skip_quality:
        quality(rules, args.quebec)
    if not args.skip_speed:
        speed(rules, args.rounds, args.quebec)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
