"""The safety suite: every red flag routes urgent, no look-alike does, routine questions get their entry.

Each line of tests/data/*.jsonl is its own test. Add a case whenever a message is mis-routed in real use.
red_flags_checklist.jsonl holds the red-flag checklist of docs/brain.md, presentation by presentation;
benign_checklist.jsonl its look-alikes. red_flags_batch11.jsonl (presentations the checklist had thin:
near-drowning, fever on chemo, appendicitis, a fall and can't get up, thunderclap headache, DKA...) must
also name its exact category, the reason staff see; benign_batch11.jsonl holds its look-alikes.
red_flags_batch12.jsonl (a fresh batch over every category, ~20% Spanish, and the probe written after its
fixes, tagged "probe") must also name its exact category; benign_batch12.jsonl holds its look-alikes.
red_flags_batch13.jsonl / benign_batch13.jsonl: the same for batch 13 (aimed at the kinds of misses that
kept recurring: indirect suicidal wording, stroke in lay words, readings, Spanish) and its probe.
red_flags_batch14.jsonl / benign_batch14.jsonl: batch 14 (farewells, psychosis, readings, pregnancy, infants,
children's poisonings, Spanish and Spanglish; look-alikes: past ER visits, idioms, history) and its probe.
red_flags_batch15.jsonl / benign_batch15.jsonl: batch 15 (emergencies buried in admin questions, aides and
caregivers, teens, voice-to-text, relayed reports, effects instead of symptom names; look-alikes: pets,
survived and dated history, getting ready, scenes watched or read, idioms, Spanish) and its probe.
red_flags_batch16.jsonl / benign_batch16.jsonl: batch 16 (specialty clinics: implanted heart devices, chemo
fever and lines, cord compression, therapy wording of suicide risk, postpartum, tight casts, SJS, infants;
look-alikes: device checks, INR and chemo visits, safety-plan errands, cast and rash care) and its probe.
red_flags_batch17.jsonl / benign_batch17.jsonl: batch 17 (specialty clinics: dialysis, transplant, ENT, GI bleeds,
adrenal crisis and thyroid storm, home health, SJS, toddlers, eyes; look-alikes: dialysis and scope errands, iron
stools, refills, dated history) and its probe.
red_flags_batch18.jsonl / benign_batch18.jsonl: batch 18 (violence: strangulation, abuse with a mark, elder abuse,
indirect sexual assault, trafficking; elders and caregivers; emergencies hidden in long friendly messages, questions,
minimising, relayed reports, bare numbers; look-alikes: hotlines, forms, therapy history, idioms) and its probe.
red_flags_batch19.jsonl / benign_batch19.jsonl: batch 19 (chronic patients' decompensations in their own jargon: COPD,
heart failure, sickle cell, myasthenia, epilepsy clusters, type 1 DKA, anticoagulated bleeds, transplant fever, delirium
on dementia; look-alikes: their errands and baseline). red_flags_batch20.jsonl / benign_batch20.jsonl: batch 20
(medication toxicity and reactions, vascular and surgical emergencies, threats relayed or said indirectly, emergencies
buried in long messages; look-alikes: side-effect questions, surgical follow-ups, history, violence on screen).
Every batch file is found by its name, tests/data/*_batchN.jsonl. A case tagged "known_miss" (round 18's probe) is a
measured miss ("known_miscat": urgent, wrong category) not yet fixed: it must still fail (strict xfail), so a fix
shows up. "label_disputed" (round 35) marks a case whose label its author came to doubt after the first run, left as
written (its "note" says why) and failing strictly on the action and the category.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from routing.brain import Brain
from routing.states import Route
from tests.brain.conftest import DATA, cases, load_cases


def known(params: list[Any], *tags: str) -> list[Any]:
    """The params, a case with one of the tags marked as an expected (strict) failure."""
    return [
        pytest.param(
            *p.values,
            id=p.id,
            marks=pytest.mark.xfail(strict=True, reason=p.values[0].get("note", "known miss, not yet fixed")),
        )
        if set(tags) & set(p.values[0].get("tags", []))
        else p
        for p in params
    ]


def batches(kind: str) -> list[str]:
    """The names of the fresh batches of one kind ("red_flags", "benign"), in round order."""
    return sorted(p.stem for p in DATA.glob(f"{kind}_batch*.jsonl"))


def suite(names: list[str], *known_tags: str) -> list[Any]:
    """The cases of several data files, with the known misses among them as expected failures."""
    return [param for name in names for param in known(cases(name), *known_tags)]


@pytest.mark.parametrize(
    "case", suite(["red_flags", "red_flags_checklist", *batches("red_flags")], "known_miss", "label_disputed")
)
def test_red_flag_routes_urgent_with_the_right_kind_of_guidance(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is Route.URGENT, decision
    assert decision.triage is not None
    if case.get("category"):
        expected = brain.triage.action_of(case["category"])
        assert decision.triage.action == expected, decision.triage


@pytest.mark.parametrize("case", suite(["benign_lookalikes", "benign_checklist", *batches("benign")], "known_miss"))
def test_lookalike_is_not_urgent_and_never_answered_wrongly(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is not Route.URGENT, decision.triage
    if decision.route is Route.FAQ:  # a handoff is fine; a wrong answer is not
        assert case["route"] == "faq", f"answered {decision.faq_id}, should go to staff"
        assert decision.faq_id == case["faq_id"]


@pytest.mark.parametrize("case", suite(batches("red_flags"), "known_miss", "known_miscat", "label_disputed"))
def test_batch_red_flag_names_its_category(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.triage is not None, case["text"]
    assert decision.triage.category == case["category"], decision.triage


@pytest.mark.parametrize("case", suite(["routine"], "known_miss"))
def test_routine_question_gets_its_entry(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert (decision.route, decision.faq_id) == (Route.FAQ, case["faq_id"]), decision


@pytest.mark.parametrize("case", cases("out_of_scope"))
def test_out_of_scope_goes_to_staff(brain: Brain, case: dict[str, Any]) -> None:
    decision = brain.decide(case["text"])
    assert decision.route is Route.AGENT, (decision.faq_id, decision.reason)


def _languages_by_presentation(name: str) -> dict[str, list[str]]:
    """Each presentation of a data file, with the language of each of its phrasings."""
    languages: dict[str, list[str]] = defaultdict(list)
    for _, case in load_cases(name):
        languages[case["presentation"]].append(case["tags"][1])
    return languages


def test_every_checklist_presentation_has_four_phrasings_in_english_and_spanish() -> None:
    languages = _languages_by_presentation("red_flags_checklist")
    thin = {name: langs for name, langs in languages.items() if len(langs) < 4 or not {"en", "es"} <= set(langs)}
    assert not thin, thin


def test_every_batch11_presentation_has_six_phrasings_and_spanish() -> None:
    languages = _languages_by_presentation("red_flags_batch11")
    thin = {name: langs for name, langs in languages.items() if len(langs) < 6 or "es" not in langs}
    assert len(languages) == 16
    assert not thin, thin
