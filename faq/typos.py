"""Typo correction against a known vocabulary, by precomputed deletions (SymSpell-style): fast per word."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from itertools import combinations
from types import MappingProxyType

from rapidfuzz.distance import OSA, Levenshtein, Prefix

MIN_LENGTH = 4  # shorter words have too many neighbours to correct safely
LONG_WORD = 8  # from this length on, two edits are allowed
_CACHE_LIMIT = 50_000


def max_edits(word: str) -> int:
    """How many edits (insert, delete, substitute, swap) a word of this length may be off by."""
    return 2 if len(word) >= LONG_WORD else 1


STRICT_LENGTH = 5
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")
# Letters people write for one another by sound: "ceizure", "nauzea".
_SOUNDS = frozenset({("c", "k"), ("c", "s"), ("s", "z")})


def _neighbours() -> dict[str, frozenset[str]]:
    """Keys touching each letter on a QWERTY keyboard (rows are staggered by a quarter and half a key)."""
    where = {ch: (r, c + (0.0, 0.25, 0.75)[r]) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}
    return {
        a: frozenset(b for b, (rb, xb) in where.items() if b != a and abs(ra - rb) <= 1 and abs(xa - xb) <= 1)
        for a, (ra, xa) in where.items()
    }


_NEAR = _neighbours()


def _close_keys(a: str, b: str) -> bool:
    return b in _NEAR.get(a, ()) or (a in _VOWELS and b in _VOWELS) or tuple(sorted((a, b))) in _SOUNDS


def _extra_key(word: str, pos: int) -> bool:
    """A letter typed too many: the key again, a key next to a neighbouring letter, or a final "e"."""
    extra = word[pos]
    around = word[max(pos - 1, 0) : pos] + word[pos + 1 : pos + 2]
    return any(ch == extra or extra in _NEAR.get(ch, ()) for ch in around) or (extra == "e" and pos == len(word) - 1)


def slip_of(word: str, candidate: str) -> bool:
    """True when `word` is what typing `candidate` plausibly gives: swapped or doubled letters, a missed
    letter, an extra key next to its neighbour, a neighbouring key, or one vowel for another.

    "chets" is a slip of "chest", "brething" of "breathing"; "cooking" is not a slip of "choking" (o and
    h are far apart), nor "shaving" of "shaking": real words stay what they are.
    """
    if _slip(word, candidate):
        return True
    for op in Levenshtein.editops(word, candidate):
        if op.tag == "replace" and not _close_keys(word[op.src_pos], candidate[op.dest_pos]):
            return False
        if op.tag == "delete" and not _extra_key(word, op.src_pos):
            return False
    return True


def _slip(word: str, candidate: str) -> bool:
    """Two adjacent letters swapped, or a doubled letter typed once (or a letter typed twice)."""
    if len(word) == len(candidate):
        return sorted(word) == sorted(candidate)
    short, long = sorted((word, candidate), key=len)
    return any(long[i] == long[i + 1] and long[:i] + long[i + 1 :] == short for i in range(len(long) - 1))


ROOT_LENGTH = 5  # letters two words must share from the start to be forms of one word


def _same_root(word: str, candidate: str) -> bool:
    """The two differ only in their last letters (at most 3 of each): forms of one word, where a change
    inside the word makes another word ("injections" is not "insertions", "plates" not "planes")."""
    shared = Prefix.similarity(word, candidate)  # letters shared from the start
    return shared >= ROOT_LENGTH and len(word) - shared <= 3 and len(candidate) - shared <= 3


def _deletes(word: str, edits: int) -> set[str]:
    out = set()
    for n in range(1, edits + 1):
        for drop in combinations(range(len(word)), n):
            out.add("".join(ch for i, ch in enumerate(word) if i not in drop))
    return out


@lru_cache(maxsize=16)
def _deletion_index(known: frozenset[str]) -> Mapping[str, tuple[str, ...]]:
    """Each deletion variant of the known words -> the words it comes from (read-only, shared: an app
    start and every FAQ reload build the same index from the same words)."""
    index: dict[str, list[str]] = {}
    for word in known:
        if len(word) < MIN_LENGTH - 1 or not word.isalpha():
            continue
        for key in _deletes(word, max_edits(word)) | {word}:
            index.setdefault(key, []).append(word)
    return MappingProxyType({key: tuple(words) for key, words in index.items()})


class Speller:
    """Maps a misspelt word to the closest known word (or None when nothing is close enough)."""

    def __init__(
        self,
        words: Iterable[str],
        counts: dict[str, int] | None = None,
        *,
        strict: int = 0,
        slips_only: bool = False,
        endings: bool = False,
    ) -> None:
        self.known = frozenset(words)
        # strict: a word of up to this many letters is only fixed for swapped or doubled letters, the
        # typos that rarely make another real word ("pian", "refil"); "site" must not become "suite".
        self.strict = strict
        # slips_only: only fix what a slip of the fingers explains (see slip_of), for callers where a
        # wrong fix does harm (triage: "cooking" must not become "choking").
        self.slips_only = slips_only
        # endings: with slips_only, another ending of the same word is still its form ("openings" is
        # "opening", "orthopedist" "orthopedics", "estacionan" "estacionar")
        self.endings = endings
        self._counts = counts or {}
        self._index = _deletion_index(self.known)
        self._cache: dict[str, str | None] = {}

    def correct(self, word: str) -> str | None:
        """The known word `word` was meant to be, or None; known words come back unchanged."""
        if word in self.known:
            return word
        if len(word) < MIN_LENGTH or not word.isalpha():
            return None
        if word in self._cache:
            return self._cache[word]
        found = self._lookup(word)
        if len(self._cache) < _CACHE_LIMIT:
            self._cache[word] = found
        return found

    def _fixable(self, word: str, candidate: str) -> bool:
        """A slip of the fingers explains it, or (with endings) it is another ending of the same word."""
        return slip_of(word, candidate) or (self.endings and _same_root(word, candidate))

    def _lookup(self, word: str) -> str | None:
        edits = max_edits(word)
        seen: set[str] = set()
        best: tuple[int, int, int, str] | None = None
        for key in _deletes(word, edits) | {word}:
            for candidate in self._index.get(key, ()):
                if candidate in seen:
                    continue
                seen.add(candidate)
                allowed = min(edits, max_edits(candidate))
                dist = OSA.distance(word, candidate, score_cutoff=allowed)
                if dist > allowed or (len(word) <= self.strict and not _slip(word, candidate)):
                    continue
                if self.slips_only and not self._fixable(word, candidate):
                    continue
                # Typos rarely touch the first letter; then prefer the word the FAQ uses most.
                rank = (dist, candidate[0] != word[0], -self._counts.get(candidate, 0), candidate)
                if best is None or rank < best:
                    best = rank
        if best is None or (best[1] and len(word) < 6):
            return None
        return best[3]
