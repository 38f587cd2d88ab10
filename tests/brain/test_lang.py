"""Language guess: Spanish writers are answered in Spanish; everything else in English."""

from __future__ import annotations

import pytest

from routing.lang import detect


@pytest.mark.parametrize(
    "text",
    ["¿A qué hora abren?", "hola", "gracias", "necesito una cita", "me duele el pecho", "agente",
     "ya no quiero vivir", "¿aceptan Medicaid?", "donde me estaciono"],
)  # fmt: skip
def test_spanish(text: str) -> None:
    assert detect(text) == "es"


@pytest.mark.parametrize("text", ["what time do you open", "ok thanks", "Medicaid?", "👍", "", "chest pain"])
def test_english_and_undecided(text: str) -> None:
    assert detect(text) == "en"


@pytest.mark.parametrize(
    "text",
    ["quieren fotos?", "tienes informacion", "preguntas sobre Medicare", "necesitamos ayuda"],
)
def test_spanish_inflected_and_derived_forms(text: str) -> None:
    """Spanish word forms not listed themselves: a listed word plus -n/-s, or a Spanish-only ending."""
    assert detect(text) == "es"


@pytest.mark.parametrize("text", ["men's clinic?", "ten minutes late", "Lyons", "seen"])
def test_english_not_taken_for_spanish_forms(text: str) -> None:
    assert detect(text) == "en"


def test_yes_is_english() -> None:
    assert detect("yes", "es") == "en"


def test_one_word_reply_keeps_the_conversations_language() -> None:
    assert detect("3", "es") == "es"
    assert detect("👌", "es") == "es"
    assert detect("3", "en") == "en"
