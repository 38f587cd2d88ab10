"""The decision for a message: safety order first, then an answer only when the matcher is sure."""

from __future__ import annotations

from pathlib import Path

import pytest

import faq
from bot.cli.classify import as_json
from routing.brain import SUGGEST_MARGIN, SUGGEST_THRESHOLD, Brain, Reason, suggestion
from routing.states import Priority, Route
from routing.triage import PACKAGED_RULES
from tests.brain.conftest import write_faq


def test_an_faq_answer_comes_with_its_entry_and_score(brain: Brain) -> None:
    d = brain.decide("what time do u open")
    assert (d.route, d.reason, d.faq_id, d.lang) == (Route.FAQ, Reason.FAQ, "opening-hours", "en")
    assert d.answer is not None
    assert "Monday to Friday" in d.answer
    assert d.score is not None
    assert 0 < d.score <= 100


def test_spanish_gets_the_spanish_answer(brain: Brain) -> None:
    d = brain.decide("¿Dónde me estaciono?")
    assert (d.route, d.faq_id, d.lang) == (Route.FAQ, "parking", "es")
    assert d.answer is not None
    assert d.answer.startswith("El estacionamiento")


def test_an_emergency_wins_over_everything(brain: Brain) -> None:
    d = brain.decide("nurse please, my chest hurts and I need to reschedule")
    assert (d.route, d.reason, d.priority) == (Route.URGENT, Reason.URGENT, Priority.URGENT)
    assert d.triage is not None
    assert d.triage.category == "cardiac"


def test_emergency_guidance_in_spanish(brain: Brain) -> None:
    d = brain.decide("mi esposo no puede respirar")
    assert d.route is Route.URGENT
    assert d.triage is not None
    assert "Llame al 911" in d.triage.guidance


def test_nurse_level_flags_route_urgent_with_high_priority(brain: Brain) -> None:
    d = brain.decide("I had surgery on monday and now I have a fever of 101")
    assert (d.route, d.priority) == (Route.URGENT, Priority.HIGH)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("agent", Reason.ASKED_FOR_PERSON),
        ("can I talk to a real person about my bill", Reason.ASKED_FOR_PERSON),
        ("quiero hablar con alguien", Reason.ASKED_FOR_PERSON),
        ("is it normal to feel dizzy after my new pill", Reason.CLINICAL),
        ("the receptionist was rude to me", Reason.COMPLAINT),
        ("what are your hours and do you take aetna", Reason.MULTIPLE),
        ("do you do covid testing", Reason.LOW_CONFIDENCE),
        ("how much is a flu shot", Reason.PRICE),
        ("x " * 250, Reason.TOO_LONG),
    ],
)
def test_what_goes_to_staff_and_why(brain: Brain, text: str, reason: Reason) -> None:
    d = brain.decide(text)
    assert (d.route, d.reason, d.faq_id) == (Route.AGENT, reason, None)
    assert d.priority is Priority.ROUTINE


@pytest.mark.parametrize("text", ["", "   ", "👍", "🙏🙏", "?!"])
def test_no_words_is_empty_not_a_handoff_reason_to_read(brain: Brain, text: str) -> None:
    assert brain.decide(text).reason is Reason.EMPTY


def test_an_attachment_goes_to_staff(brain: Brain) -> None:
    assert brain.decide("", has_media=True).reason is Reason.MEDIA


def test_a_close_call_asks_and_the_next_message_resolves_it(tmp_path: Path) -> None:
    path = write_faq(
        tmp_path,
        """
faqs:
  - id: opening-hours
    title: Opening hours
    questions: ["What are your opening hours?"]
    answer: Monday to Friday.
  - id: holiday-hours
    title: Holiday closures
    questions: ["What are your holiday hours?"]
    answer: Closed on public holidays.
""",
    )
    brain = Brain.load(path, PACKAGED_RULES)
    asked = brain.decide("what are your hours")
    assert (asked.route, asked.reason, asked.faq_id) == (Route.AGENT, Reason.CLARIFY, None)
    pending = tuple(m.entry.id for m in asked.clarify)
    assert set(pending) == {"opening-hours", "holiday-hours"}
    for reply, index in (("1", 0), ("2)", 1), ("the second one", 1), ("Holiday closures", None)):
        chosen = brain.decide(reply, pending=pending)
        expected = pending[index] if index is not None else "holiday-hours"
        assert (chosen.route, chosen.faq_id) == (Route.FAQ, expected), reply
    assert brain.decide("7", pending=pending).route is Route.AGENT


def test_moving_a_test_is_about_the_appointment_even_where_an_entry_asks_about_the_test(tmp_path: Path) -> None:
    """The test only qualifies a cancellation: an MRI-preparation entry must not win "cancel my mri"."""
    path = write_faq(
        tmp_path,
        """
faqs:
  - id: mri-prep
    questions: ["How do I prepare for an MRI?", "Can I have an MRI with a metal implant?"]
    answer: Wear clothes without metal.
  - id: cancel
    questions: ["How do I cancel or reschedule an appointment?"]
    answer: Call us 24 hours ahead.
  - id: checkups
    questions: ["Do you do yearly checkups?"]
    answer: Yes, book one online.
""",
    )
    brain = Brain.load(path, PACKAGED_RULES)
    for text in (
        "i need to cancel my ultrasound on friday",
        "can i reschedule the mri",
        "cancel his checkup",
        "cancelar mi resonancia",
        "need to push back my ct scan",
    ):
        d = brain.decide(text)
        assert (d.route, d.faq_id) == (Route.FAQ, "cancel"), text
    assert brain.decide("what should i do to get ready for my mri").faq_id == "mri-prep"
    assert brain.decide("cancel my mri results call").faq_id != "cancel"


def test_an_entry_that_names_its_procedure_keeps_it(tmp_path: Path) -> None:
    """ "How do I reschedule my infusion?" is still about infusions: the entry's own words stay whole."""
    path = write_faq(
        tmp_path,
        """
faqs:
  - id: reschedule
    questions: ["How do I reschedule my infusion?"]
    answer: Call the infusion desk.
  - id: infusion-day
    questions: ["What happens on infusion day?", "How long does an infusion take?"]
    answer: Plan for 3 to 5 hours.
""",
    )
    brain = Brain.load(path, PACKAGED_RULES)
    assert brain.decide("i need to move my infusion to next week").faq_id == "reschedule"
    assert brain.decide("can i reschedule chemo").faq_id == "reschedule"
    assert brain.decide("my infusion date needs to change").faq_id == "reschedule"
    assert brain.decide("what happens at my infusion").faq_id == "infusion-day"


def test_an_entry_without_an_answer_sends_its_topic_to_staff(tmp_path: Path) -> None:
    path = write_faq(
        tmp_path,
        """
faqs:
  - id: disputes
    questions: ["I want to dispute a charge on my bill"]
    answer: ""
  - id: pay
    questions: ["How do I pay my bill?"]
    answer: Pay online.
""",
    )
    d = Brain.load(path, PACKAGED_RULES).decide("i want to dispute a charge on my bill")
    assert (d.route, d.reason, d.faq_id) == (Route.AGENT, Reason.NO_ANSWER, None)


def test_staff_owned_triage_check_is_the_same_rules(brain: Brain) -> None:
    flag = brain.triage.check("i took the whole bottle", "es")
    assert flag is not None
    assert flag.category == "overdose"
    assert "911" in flag.guidance


def _ranked(brain: Brain, *scores: float) -> tuple[faq.FaqMatch, ...]:
    ids = ("new-patients", "insurance-accepted", "parking")
    return tuple(faq.FaqMatch(e, s) for e, s in zip((brain.faq.get(i) for i in ids), scores, strict=False) if e)


@pytest.mark.parametrize(
    ("scores", "offered"),
    [
        ((SUGGEST_THRESHOLD, SUGGEST_THRESHOLD - SUGGEST_MARGIN), True),  # both limits are inclusive
        ((SUGGEST_THRESHOLD,), True),  # no runner-up: the margin is the whole score
        ((SUGGEST_THRESHOLD - 0.1, 0.0), False),  # not likely enough
        ((SUGGEST_THRESHOLD + 10, SUGGEST_THRESHOLD + 10 - SUGGEST_MARGIN + 0.1), False),  # too close a call
        ((), False),
    ],
)
def test_an_offer_needs_a_clear_enough_top_candidate(brain: Brain, scores: tuple[float, ...], offered: bool) -> None:
    chosen = suggestion(_ranked(brain, *scores))
    assert (chosen.id if chosen else None) == ("new-patients" if offered else None)


def test_no_offer_of_an_entry_staff_answer(brain: Brain) -> None:
    empty = faq.FaqEntry(id="staff-only", questions=("x",), answer="")
    assert suggestion((faq.FaqMatch(empty, 90.0),)) is None


def test_only_a_low_confidence_handoff_carries_an_offer(brain: Brain) -> None:
    unsure = brain.decide("my old doctor retired, are you taking anyone")
    assert (unsure.route, unsure.reason) == (Route.AGENT, Reason.LOW_CONFIDENCE)
    assert unsure.suggest is not None
    assert unsure.suggest.id == "new-patients"
    for text in (
        "my rash has been spreading for a week, should i be worried",  # clinical
        "the front desk was so rude to me yesterday, unacceptable",  # complaint
        "I need to talk to someone about new patients",  # asked for a person
        "I have crushing chest pain",  # urgent
        "where do i park",  # answered outright
    ):
        assert brain.decide(text).suggest is None, text


@pytest.mark.parametrize(
    ("reply", "takes"),
    [("1", True), ("yes", True), ("Yes please", True), ("Sí, por favor", True), ("si", True), ("one", True),
     ("New patients", False), ("2", False), ("ok", False), ("ok thanks", False), ("no", False),
     ("yes but when will someone call", False), ("", False)],
)  # fmt: skip
def test_what_takes_an_offer(brain: Brain, reply: str, takes: bool) -> None:
    chosen = brain.accepts(reply, ("new-patients",))
    assert (chosen is not None) == takes, reply


def test_an_offer_is_taken_by_its_label(brain: Brain) -> None:
    entry = brain.faq.get("new-patients")
    assert entry is not None
    assert brain.accepts(entry.label, ("new-patients",)) == entry
    assert brain.accepts(entry.label_in("es"), ("new-patients",)) == entry


def test_classify_reports_an_offer_as_agent_with_an_optional_suggest_key(brain: Brain) -> None:
    row = as_json(brain.decide("my old doctor retired, are you taking anyone"))
    assert (row["route"], row["faq_id"], row["suggest"]) == ("agent", None, "new-patients")
    assert as_json(brain.decide("where do i park"))["suggest"] is None
