"""A small language guess (English or Spanish) so a patient is answered in the language they wrote."""

from __future__ import annotations

import unicodedata

from faq.normalize import normalize

# Frequent words that are distinctive for each language (words both share, like "no" or "doctor",
# are left out). Accent-free, as tokens() strips accents.
_SPANISH = frozenset(
    (
        "el la los las del al que y en un una unos unas por para con como donde cuando cual cuales quien "
        "mi mis su sus tu tus es esta estan estoy estamos eres son ser estar hay tengo tiene tienen "
        "tenemos puedo puede pueden podria necesito necesita quiero quiere quisiera hola gracias buenos "
        "buenas dias tardes noches cita citas horario abren cierran abierto cerrado receta recetas "
        "medico medica doctora seguro seguros factura pago pagar ayuda usted ustedes hijo hija hijos "
        "bebe embarazada dolor duele sangre fiebre tos pecho cabeza garganta respirar mucho muy mas "
        "pero tambien porque pregunta favor manana hoy ahora semana ya aqui alli eso esto este ese "
        "algo nada nadie siempre nunca tiempo vez hacer hago hace tomar tome pastillas medicina "
        "resultados laboratorio analisis vacuna gripe llamar llame numero telefono direccion "
        "estacionamiento estacionar llegar tarde cancelar cambiar nuevo nueva pacientes paciente "
        "aceptan acepta cuanto cuesta precio sin enfermera consulta consultas se me le lo nos "
        "quiere sabado domingo lunes viernes ayunas ayunar traer interprete espanol ingles agente vivir"
    ).split()
)  # fmt: skip
_ENGLISH = frozenset(
    (
        "the a an of to and in is are was were do does did you your my i we our can could would should "
        "what when where how why who which with for on at it this that have has had need want please "
        "hi hello hey thanks thank appointment open close closed hours time get got will be been "
        "there here just about my me am im dont cant wont is not any some after before today "
        "tomorrow morning night week refill prescription results bill pay insurance help call "
        "phone number address parking park book schedule cancel late new patient patients shot "
        "vaccine flu test blood pain chest breathe yes yeah"
    ).split()
)  # fmt: skip
# Word forms only Spanish builds: a listed Spanish word plus a plural/person ending ("hacen" is "hace" + n,
# "citas" is "cita" + s, ...; the stem 3+ letters, as "men" is not "me" + n) and, in an unlisted word, an ending
# English words almost never have ("informacion", "llamando", "mandaron") count as Spanish.
_SPANISH_WORDS = _SPANISH | frozenset(
    w + end for w in _SPANISH if len(w) >= 3 for end in ("n", "s", "mos") if w + end not in _ENGLISH
)
_SPANISH_ENDINGS = ("cion", "ciones", "mente", "ando", "iendo", "amos", "emos", "imos", "aron", "ieron")
_ENDING_INSIDE = ("cion", "mente", "ando", "iendo", "amos", "emos", "imos", "aron", "ieron")  # each ending holds one
_SPANISH_MARKS = "ñ¿¡"
_ACCENTED = "áéíóú"


def detect(text: str, default: str = "en") -> str:
    """'es' or 'en' by the words used; `default` (the conversation's language) when they do not tell."""
    norm = normalize(text)
    words = norm.split()
    es = sum(map(_SPANISH_WORDS.__contains__, words))
    en = sum(map(_ENGLISH.__contains__, words))
    # an unlisted word may still be Spanish by its ending; it can only tip a message not already Spanish, and
    # most messages hold none of the endings anywhere (one substring test each, not a test per word)
    if es <= en and any(map(norm.__contains__, _ENDING_INSIDE)):
        es += sum(w.endswith(_SPANISH_ENDINGS) and w not in _SPANISH_WORDS and w not in _ENGLISH for w in words)
    if not text.isascii():  # marks and accents are never ASCII: most messages skip counting them
        lowered = unicodedata.normalize("NFC", text.lower())
        es += 2 * sum(map(lowered.count, _SPANISH_MARKS)) + sum(map(lowered.count, _ACCENTED))
    if es == en:  # "1", "ok", an emoji: keep answering in the language the patient was using
        return default
    return "es" if es > en else "en"
