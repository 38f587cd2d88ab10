"""The offered answer's wording: a topic is named, a question is quoted as a question, in English and Spanish."""

from __future__ import annotations

import pytest

from bot.texts import Texts
from faq import FaqEntry
from faq.loader import Translation

TEXTS = Texts(clinic_name="Clinic", clinic_phone="(555) 010-0100")
HANDOFF = "Staff will reply."
PARKING = FaqEntry(
    "parking",
    ("Where do I park?",),
    "Free parking behind the building.",
    title="Parking",
    translations={"es": Translation("Estacionamiento gratis.", ("Estacionamiento",))},
)
RESCHEDULE = FaqEntry(
    "reschedule",
    ("How do I change my appointment?",),
    "Use the portal.",
    translations={"es": Translation("Use el portal.", ("¿Cómo cambio mi cita?",))},
)


def offer(entry: FaqEntry, lang: str) -> str:
    """The handoff text with the offer, as the pipeline builds it."""
    return TEXTS.with_suggestion(HANDOFF, entry.label_in(lang), lang, question=entry.question_in(lang))


@pytest.mark.parametrize(
    ("entry", "lang", "said"),
    [
        (PARKING, "en", 'If your message was about "Parking", reply 1 to get our answer now.'),
        (PARKING, "es", 'Si su mensaje era sobre "Estacionamiento", responda 1 para recibir nuestra respuesta ahora.'),
        (RESCHEDULE, "en", 'If your question was "How do I change my appointment?", reply 1 to get our answer now.'),
        (
            RESCHEDULE,
            "es",
            'Si su pregunta era "¿Cómo cambio mi cita?", responda 1 para recibir nuestra respuesta ahora.',
        ),
    ],
)
def test_topic_and_question_labels_read_naturally(entry: FaqEntry, lang: str, said: str) -> None:
    assert offer(entry, lang) == f"{HANDOFF} {said}"


@pytest.mark.parametrize(
    ("entry", "lang", "question"),
    [
        # no question mark, but it opens with a question word
        (FaqEntry("a", ("can I bring my kids",), "Yes."), "en", "can I bring my kids?"),
        (
            FaqEntry("b", ("x",), "Sí.", translations={"es": Translation("Sí.", ("Cuándo abren",))}),
            "es",
            "¿Cuándo abren?",
        ),
        # a title written as a question is a question, not "about Can I…?"
        (FaqEntry("c", ("kids",), "Yes.", title="Can I bring my kids?"), "en", "Can I bring my kids?"),
        # Spanish asked but only English exists: an English question, without ¿
        (FaqEntry("d", ("How do I pay?",), "Online."), "es", "How do I pay?"),
        # statements and topics are not questions
        (FaqEntry("e", ("I need to move my appointment",), "Call us."), "en", None),
        (FaqEntry("f", ("x",), "Ok.", translations={"es": Translation("Ok.", ("Voy a llegar tarde",))}), "es", None),
        (PARKING, "en", None),
    ],
)
def test_which_labels_are_questions(entry: FaqEntry, lang: str, question: str | None) -> None:
    assert entry.question_in(lang) == question


def test_a_statement_label_is_quoted_as_what_the_message_was_about() -> None:
    late = FaqEntry(
        "late", ("x",), "Call.", translations={"es": Translation("Llame.", ("Voy a llegar tarde a mi cita",))}
    )
    assert offer(late, "es").endswith(
        'Si su mensaje era sobre "Voy a llegar tarde a mi cita", responda 1 para recibir nuestra respuesta ahora.'
    )


def test_a_quote_inside_a_label_does_not_end_the_quotation() -> None:
    quoted = FaqEntry("q", ('The "new patient" form',), "Online.")
    assert "about \"The 'new patient' form\", reply 1" in offer(quoted, "en")
