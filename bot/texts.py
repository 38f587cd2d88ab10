"""What the bot says to patients outside FAQ answers, in English and Spanish."""

from __future__ import annotations

from dataclasses import dataclass

_TEXTS: dict[str, dict[str, str]] = {
    "handoff": {
        "en": "Thanks for your message. A member of our staff will reply here as soon as they can. "
        "If this is an emergency, call 911.",
        "es": "Gracias por su mensaje. Un miembro de nuestro personal le responderá aquí lo antes "
        "posible. Si es una emergencia, llame al 911.",
    },
    "media": {
        "en": "Thanks, we received your attachment. A member of our staff will look at it and reply here. "
        "If this is an emergency, call 911.",
        "es": "Gracias, recibimos su archivo. Un miembro de nuestro personal lo revisará y le "
        "responderá aquí. Si es una emergencia, llame al 911.",
    },
    "empty": {
        "en": "We could not find a question in your message. Please type your question, or write 'agent' "
        "to reach our staff. If this is an emergency, call 911.",
        "es": "No encontramos una pregunta en su mensaje. Escriba su pregunta, o escriba 'agente' "
        "para hablar con nuestro personal. Si es una emergencia, llame al 911.",
    },
    "clarify": {
        "en": "Did you mean: {options}? Reply with the number.",
        "es": "¿Quiso decir: {options}? Responda con el número.",
    },
    "resolved": {
        "en": "Our staff have closed this conversation. If you need anything else, just write here. "
        "For emergencies, call 911.",
        "es": "Nuestro personal cerró esta conversación. Si necesita algo más, escriba aquí. "
        "En caso de emergencia, llame al 911.",
    },
}


@dataclass(frozen=True)
class Texts:
    """Canned patient-facing texts with the clinic's details filled in."""

    clinic_name: str
    clinic_phone: str

    def get(self, key: str, lang: str = "en", **values: str) -> str:
        """The text `key` in `lang` (English when there is no translation)."""
        variants = _TEXTS[key]
        template = variants.get(lang) or variants["en"]
        return template.format(clinic=self.clinic_name, phone=self.clinic_phone, **values)

    def clarify(self, labels: list[str], lang: str) -> str:
        """A clarifying question listing numbered options."""
        options = " ".join(f"{i}) {label}" for i, label in enumerate(labels, start=1))
        return self.get("clarify", lang, options=options)
