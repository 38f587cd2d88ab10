"""Which words a regex needs: a cheap test that lets triage and the scope checks skip patterns that cannot match. Pure.

Triage runs a few hundred regexes on every message, yet almost every message is benign and names none
of their words. So each rule is read once, at load, for the word starts it needs: `\\bchest (pain|ache)`
cannot match a text with no word starting "chest"; `\\b(?:p(?:ain|ressure))` needs "pain" or
"pressu…". A message's own word starts are a small set, and a rule whose needs are disjoint from it is
skipped without running its regex (a word that must start with a digit needs one of the ten digit
starts). The analysis is conservative: when a pattern needs no particular word (it starts with `\\w+`, a
lookahead…), it is always tried. `Index` files many patterns' needs as bit masks and keeps each word's, so a
message's candidates are a few ORs per word.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cache, lru_cache, reduce
from itertools import chain
from operator import or_
from typing import Any

from faq import lexicon

# Characters of a word's start that are compared: long enough to tell "chest" from "check", short
# enough that a message's starts are a small set.
PREFIX = 6  # (word_starts writes out this many slices)
_STEPS = 20_000  # a pattern this intricate is simply always tried
_FRAME = tuple[tuple[Any, ...], int]

try:  # the stdlib's own regex parser (public as sre_parse until 3.11, which warns on import)
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - a Python without it: every rule is always tried
    _sre = None


_SPACE = [(_sre.CATEGORY, _sre.CATEGORY_SPACE)] if _sre is not None else None  # how `\s` parses
# how `\d` and `[0-9]` parse
_DIGITS = [[(_sre.CATEGORY, _sre.CATEGORY_DIGIT)], [(_sre.RANGE, (48, 57))]] if _sre is not None else []
_DIGIT_STARTS = tuple("0123456789")

Needs = tuple[frozenset[str], ...]  # every set must share a start with the text; () = nothing known
KEEP = 3  # sets kept per pattern: the rarest few already rule out nearly every message


def word_starts(words: Iterable[str]) -> frozenset[str]:
    """Every start, up to PREFIX characters, of every word: what `needs` sets are compared with (the reference
    `possible` and `Index` are held to; messages are read through an Index)."""
    return frozenset(chain.from_iterable(map(_starts, set(words))))


@lru_cache(maxsize=8192)  # patients reuse few words: the cached starts are also strings whose hash is kept
def _starts(word: str) -> tuple[str, ...]:
    # (a slice past a word's end is the word itself, so the six slices give exactly its starts; written
    # out, as this runs on every word of every message and is much faster than a loop over lengths)
    if not word:
        return ()
    if word[0].isdecimal() and not word[0].isascii():  # `\d` matches "٣" too: the pattern's need names 0-9
        return (word[:1], word[:2], word[:3], word[:4], word[:5], word[:6], *_DIGIT_STARTS)
    return (word[:1], word[:2], word[:3], word[:4], word[:5], word[:6])


def possible(found: Needs, starts: frozenset[str] | None) -> bool:
    """False only when the text (its word starts) cannot hold what the pattern needs."""
    if starts is not None:
        for need in found:
            if need.isdisjoint(starts):
                return False
    return True


# needs() per pattern: a pure function of the text, and the slowest part of loading rules (every app start and
# reload); spaced() files its result under the pattern it writes as well
_NEEDS: dict[str, Needs] = {}
_SPACED: dict[str, str] = {}  # spaced() per pattern (it parses too)


def remember(found: dict[str, Needs], written: dict[str, str]) -> None:
    """Take needs() and spaced() results an earlier process computed with this same code (faq/analyses.py)."""
    _NEEDS.update(found)
    _SPACED.update(written)


def analysed() -> tuple[dict[str, Needs], dict[str, str]]:
    """Every needs() and spaced() result this process holds (what faq/analyses.py stores)."""
    return dict(_NEEDS), dict(_SPACED)


def needs(pattern: str) -> Needs:
    """Sets of word starts such that any match of `pattern` (on text of words and single spaces) holds
    a start of each set, rarest first; () when the pattern needs no particular word."""
    found = _NEEDS.get(pattern)
    if found is None:
        found = _NEEDS[pattern] = _needs(tuple(_sre.parse(pattern))) if _sre is not None else ()
    return found


def branches(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern, each a pattern of its own ("a|b(c|d)" is "a", "b(c|d)"); the pattern
    alone when it has none, or when its parts would not stand alone (a back-reference, a flag for the whole)."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # (a "]" just after "[" or "[^" is a member of the class, not its end)
            i += 3 if pattern.startswith("[^]", i) else 2 if pattern.startswith("[]", i) else 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    if len(parts) == 1 or any(_STANDS_ALONE.search(p) for p in parts):
        return (pattern,)
    try:
        for p in parts:
            re.compile(p)
    except re.error:
        return (pattern,)
    return tuple(parts)


_STANDS_ALONE = re.compile(r"\\\d|\(\?P=|\(\?[aiLmsux]+\)")  # a back-reference or a global flag: not split


def _needs(items: tuple[Any, ...]) -> Needs:
    found, _ = _scan(items, start=False)  # patterns come compiled: they parse
    return found


def spaced(pattern: str) -> str:
    """The pattern with a leading `\\b` written as a space, when every match after it starts with a letter or digit
    (`\\bchest (pain|ache)` is ` (?:chest (pain|ache))`); else the pattern itself.

    Both match the same text when its only other characters are spaces and it starts with one, as triage's prepared
    text does: a boundary before a letter is then a space before it. The space is a literal the regex engine skips to
    (the rest is tried only where a word starts), where a boundary is tried at every character: about half the time
    per search on triage's rules. The two have the same needs.
    """
    if _sre is None or not pattern.startswith("\\b"):
        return pattern
    out = _SPACED.get(pattern)
    if out is None:
        out = _SPACED[pattern] = _spaced(pattern)
    return out


def _spaced(pattern: str) -> str:
    items = tuple(_sre.parse(pattern))  # (read once for both: parsing the rules is most of loading them)
    found = _NEEDS.get(pattern)
    if found is None:
        found = _NEEDS[pattern] = _needs(items)
    # (a top-level alternation whose every branch starts with `\\b` parses as one boundary before them, so the rest
    # is grouped: "\\ba|\\bb" is " (?:a|\\bb)")
    if str(items[0][0]) != "AT" or str(items[0][1]) != "AT_BOUNDARY" or not _word_first(items[1:]):
        return pattern
    out = f" (?:{pattern[2:]})"
    _NEEDS[out] = found
    return out


def _word_first(items: Iterable[tuple[Any, Any]]) -> bool:
    """Whether every match of a sequence starts with a letter or digit (so it is never empty)."""
    for op, av in items:
        name = str(op)
        if name in {"ASSERT", "ASSERT_NOT"}:
            continue  # a lookaround matches nothing itself: what follows it comes first
        if name == "LITERAL":
            return chr(av).isalnum()
        if name == "IN":
            return all(_word_class(str(kind), value) for kind, value in av)
        if name == "SUBPATTERN":
            return _word_first(av[-1])
        if name == "ATOMIC_GROUP":
            return _word_first(av)
        if name == "BRANCH":
            return all(_word_first(branch) for branch in av[1])
        if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            return av[0] >= 1 and _word_first(av[2])
        return False  # a boundary, any character, a back-reference: not known
    return False


def _word_class(kind: str, value: Any) -> bool:
    """Whether one item of a character class holds only letters and digits."""
    if kind == "LITERAL":
        return chr(value).isalnum()
    if kind == "RANGE":
        low, high = value
        return any(start <= low and high <= end for start, end in _ALNUM_RANGES)
    return kind == "CATEGORY" and str(value) in {"CATEGORY_DIGIT", "CATEGORY_WORD"}


_ALNUM_RANGES = ((ord("0"), ord("9")), (ord("a"), ord("z")), (ord("A"), ord("Z")))


def joined(parts: Iterable[Needs]) -> Needs:
    """The needs of "all of these patterns": every part's needs hold."""
    return _rarest(need for part in parts for need in part)


def cost(need: frozenset[str]) -> int:
    """How likely a benign message is to hold one of these starts: short and everyday words cost most."""
    return sum(_cost(s) for s in need)


def _cost(start: str) -> int:
    if len(start) <= 2 or (len(start) == 3 and start in _common()):
        return 100
    return 20 if start in _common() else 10 if len(start) == 3 else 1


def _rarest(found: Iterable[frozenset[str]]) -> Needs:
    return tuple(sorted(set(found), key=lambda n: (cost(n), sorted(n)))[:KEEP])


@cache
def _common() -> frozenset[str]:
    """Starts of everyday function words ("he", "the", "wi…"): a need made of these filters little."""
    return word_starts(lexicon.STOPWORDS)


class Index:
    """Which of many items (rules) a text may match, found from the text's words in one pass.

    Each item's needs are kept as bits of one mask per start: bit k * n + i is set when item i's k-th need
    holds the start (n items, KEEP positions side by side). A word ORs its starts' masks together (once: the
    result is kept per word), and a text ORs its words'; an item is a candidate when every one of its needs got
    a bit (items with fewer needs count as holding the missing ones), which is the three positions ANDed after
    shifting them onto one another. Triage has ~900 rules: one big-integer OR per word replaces a set test per
    need of every item.
    """

    def __init__(self, items: Iterable[Needs]) -> None:
        self.needs = tuple(items)
        # (an item with more needs than KEEP is filed by its rarest KEEP, which only lets more texts through)
        width = len(self.needs)
        masks: dict[str, int] = {}
        short = 0  # the items with no need at a position (it always holds there)
        for n, found in enumerate(self.needs):
            for k in range(KEEP):
                bit = 1 << (k * width + n)
                if k >= len(found):
                    short |= bit
                    continue
                for start in found[k]:
                    masks[start] = masks.get(start, 0) | bit
        self._width, self._items = width, (1 << width) - 1
        self._short = short
        self._masks = masks
        self._keys = frozenset(masks)
        self._by_word: dict[str, int] = {}  # a word's mask, ORed over its starts (see held)

    def of_words(self, words: Iterable[str]) -> list[int]:
        """The items, in order, whose every need the words' starts can hold (see `possible`), without building
        the starts. Each word's mask is ORed once and kept (patients reuse few words), so a message costs a
        lookup and an OR per distinct word."""
        return bits_in_order(self.held(words))

    def held(self, words: Iterable[str]) -> int:
        """of_words as a bit mask: bit n is set when item n's every need the words can hold."""
        said = set(words)
        by_word = self._by_word
        found = self._short
        new = said.difference(by_word)
        if new:  # words not seen before: worked out once, and kept while there is room
            said -= new
            for word in new:
                bits = self._word_bits(word)
                found |= bits
                if len(by_word) < _WORDS_KEPT:
                    by_word[word] = bits
        # (the words' ORs run in C: a message of a dozen words is one call, not a dozen steps of this loop)
        found = reduce(or_, map(by_word.__getitem__, said), found)
        width = self._width  # (the KEEP = 3 positions, shifted onto the first)
        return found & (found >> width) & (found >> 2 * width) & self._items

    def _word_bits(self, word: str) -> int:
        masks = self._masks
        return reduce(or_, map(masks.__getitem__, self._keys.intersection(_starts(word))), 0)


# distinct words whose masks an index keeps (a mask is a few hundred bytes for triage's ~900 rules: at worst ~7 MB for
# that index, less for the others); later words are worked out each time
_WORDS_KEPT = 20_000


def as_bits(numbers: Iterable[int]) -> int:
    """A bit mask with bit n set for each n of `numbers`."""
    bits = 0
    for n in numbers:
        bits |= 1 << n
    return bits


def bits_in_order(found: int) -> list[int]:
    """The numbers of the set bits of `found`, lowest first."""
    out = []
    while found:  # the set bits, lowest first: the items in order
        low = found & -found
        out.append(low.bit_length() - 1)
        found ^= low
    return out


def _scan(items: tuple[Any, ...], *, start: bool) -> tuple[Needs, bool]:
    """(needs of this sequence, whether it ends where a word may start); `start`: it begins at one."""
    found: list[frozenset[str]] = []
    at_start = start
    for i, (op, av) in enumerate(items):
        if at_start and (heads := _heads(items, i)) is not None:
            found.append(heads)
        name = str(op)
        if name == "AT":
            at_start = at_start or str(av) in {"AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING"}
        elif name == "LITERAL":
            at_start = not chr(av).isalnum() and chr(av) != "_"
        elif name in {"SUBPATTERN", "ATOMIC_GROUP"}:
            sub, at_start = _scan(tuple(av[-1] if name == "SUBPATTERN" else av), start=at_start)
            found.extend(sub)
        elif name == "BRANCH":
            scans = [_scan(tuple(branch), start=at_start) for branch in av[1]]
            if all(sub for sub, _ in scans):  # one of the branches holds: the union of their rarest
                found.append(frozenset().union(*(sub[0] for sub, _ in scans)))
            at_start = all(end for _, end in scans)
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _, body = av
            sub, _ = _scan(tuple(body), start=at_start)
            ends = _scan(tuple(body), start=True)[1] and _scan(tuple(body), start=False)[1]
            if low >= 1:
                found.extend(sub)
            at_start = ends if low >= 1 else at_start and ends
        elif name == "ASSERT" and av[0] == 1:
            # a lookahead holds where it stands, so what it needs the text holds ("^(?=.*\bempezo a …)");
            # it matches nothing itself, so where words start is as before it
            found.extend(_scan(tuple(av[1]), start=at_start)[0])
        elif name == "IN" and av == _SPACE:
            at_start = True  # in text of words and single spaces, a word starts after a space
        elif name not in {"ASSERT", "ASSERT_NOT"}:
            at_start = False
    return _rarest(found), at_start


def _heads(items: tuple[Any, ...], i: int) -> frozenset[str] | None:
    """The literal starts (up to PREFIX characters) of every match of items[i:], or None if a match may
    start with something other than a known letter (a class, \\w, a digit range)."""
    out: set[str] = set()
    steps = [0]
    _walk(((items, i),), "", out, steps)
    if steps[0] > _STEPS or not out or "" in out:
        return None
    starts = {s.lower() for s in out}
    # "pains" adds nothing to "pain": a word starting with the one starts with the other
    return frozenset(s for s in starts if not any(s[:n] in starts for n in range(1, len(s))))


def _walk(stack: tuple[_FRAME, ...], acc: str, out: set[str], steps: list[int]) -> None:
    """Extend `acc` through the items on `stack` (innermost last) until it is PREFIX long or ends."""
    steps[0] += 1
    while stack and stack[-1][1] >= len(stack[-1][0]):
        stack = stack[:-1]
    if len(acc) >= PREFIX or not stack or steps[0] > _STEPS:
        out.add(acc[:PREFIX])
        return
    items, i = stack[-1]
    rest = (*stack[:-1], (items, i + 1))
    op, av = items[i]
    name = str(op)
    if name == "LITERAL" and chr(av).isalnum():
        _walk(rest, acc + chr(av), out, steps)
    elif name in {"AT", "ASSERT", "ASSERT_NOT"}:  # zero width
        _walk(rest, acc, out, steps)
    elif name in {"SUBPATTERN", "ATOMIC_GROUP"}:
        _walk((*rest, (tuple(av[-1] if name == "SUBPATTERN" else av), 0)), acc, out, steps)
    elif name == "BRANCH":
        for branch in av[1]:
            _walk((*rest, (tuple(branch), 0)), acc, out, steps)
    elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        low, high, body = av
        if low == 0:
            _walk(rest, acc, out, steps)
        # once: the body then what follows; more than once: only the body is known to come first
        _walk((*rest, (tuple(body), 0)) if high == 1 else ((tuple(body), 0),), acc, out, steps)
    elif not acc and name == "IN" and av in _DIGITS:
        # a word that starts with a digit ("10am", "3 pills"): its start is one of them (word_starts files a
        # word that starts with any other decimal digit under all ten)
        out.update(_DIGIT_STARTS)
    else:  # a class, \w, a letter range, a space: the word (or what is known of it) ends here
        out.add(acc)
