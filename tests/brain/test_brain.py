"""The decision for a message: safety order first, then an answer only when the matcher is sure."""

from __future__ import annotations

from pathlib import Path

import pytest

from routing.brain import Brain, Reason
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
