"""Real words the red-flag typo model would "correct" into a different word: candidates for real_words.txt.

The typo model (faq/typos.py) fixes a word one slip of the fingers from a rule word and has no dictionary,
so real words near a rule word ("killed"/"killer", "color"/"calor") must be listed in
routing/data/real_words.txt. This script makes that list reproducible: it counts the words (4+ letters,
seen at least --min-count times) in the given text files or directories, runs each through triage's
normalisation, and prints those that come out as a different word and are not already protected
(real_words.txt, real_words_es.txt, the rules' known_words, the matcher's word lists). A maintainer reviews
the output and appends the real words; misspellings patients write of alarm words ("rapped" for "raped")
must stay correctable and are not added.

    python scripts/real_words.py /usr/lib/python3 tests/data bench/data --min-count 8
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from routing.triage import Triage

WORD = re.compile(r"[a-záéíóúñü]{4,}")
TEXT_SUFFIXES = {".txt", ".md", ".rst", ".py", ".jsonl", ".json", ".yaml", ".yml", ".csv", ".html", ""}


def text_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each text file named, or under a directory named (by suffix; unreadable files are skipped later)."""
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
        elif path.is_file():
            yield path


def count_words(files: Iterable[Path]) -> Counter[str]:
    """Lower-case words of four letters or more in the files."""
    counts: Counter[str] = Counter()
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="ignore")
        except OSError:
            continue
        counts.update(WORD.findall(text.lower()))
    return counts


def changed_words(triage: Triage, words: Iterable[str]) -> list[tuple[str, str]]:
    """(word, what triage turns it into) for each word normalisation changes into a different single word."""
    found = []
    for word in words:
        prepared = triage._prepared(word)[0].strip()
        plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
        if prepared and prepared not in (word, plain) and " " not in prepared:
            found.append((word, prepared))
    return found


def protected_words(triage: Triage) -> frozenset[str]:
    """The words triage already never corrects."""
    return frozenset(triage._known)


def main(argv: list[str] | None = None) -> int:
    """Print `word -> correction` for the real words to review, most frequent first."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", type=Path, help="text files or directories of them")
    parser.add_argument("--min-count", type=int, default=8, help="only words seen at least this often")
    args = parser.parse_args(argv)
    triage = Triage.load()
    known = protected_words(triage)
    counts = count_words(text_files(args.paths))
    candidates = [w for w, n in counts.most_common() if n >= args.min_count and w not in known]
    for word, fixed in changed_words(triage, candidates):
        print(f"{word}\t{fixed}\t{counts[word]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
