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
