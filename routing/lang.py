"""A small language guess (English or Spanish) so a patient is answered in the language they wrote."""

from __future__ import annotations

from faq.normalize import tokens

_SPANISH = frozenset(
    (
        "el la los las de del que y en un una por para con como donde cuando cual quien mi mis su "
        "sus es esta estan estoy tengo tiene hay puedo necesito quiero hola gracias buenos buenas "
        "dias tardes cita horario abren cierran receta medico doctora doctor seguro factura pago "
        "ayuda usted ustedes no si hijo hija bebe embarazada dolor sangre "
    ).split()
)  # fmt: skip
_ENGLISH = frozenset(
    (
        "the a an of to and in is are do does you your my i we can what when where how why with "
        "for on at it this that have has need want please hi hello thanks appointment open close "
        "doctor "
    ).split()
)  # fmt: skip


def detect(text: str) -> str:
    """'es' when the text reads as Spanish, else 'en'."""
    words = tokens(text)
    es = sum(w in _SPANISH for w in words) + 2 * sum(ch in "ñ¿¡" for ch in text.lower())
    en = sum(w in _ENGLISH for w in words)
    return "es" if es > en else "en"
