"""What the bot says to patients outside FAQ answers, in English and Spanish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
    # The offer names the entry in quotes, so any label reads as a name: a topic ("Parking"), a
    # statement ("Voy a llegar tarde a mi cita") or, in the second form, a question.
    "suggest": {
        "en": 'If your message was about "{label}", reply 1 to get our answer now.',
        "es": 'Si su mensaje era sobre "{label}", responda 1 para recibir nuestra respuesta ahora.',
    },
    "suggest_question": {
        "en": 'If your question was "{label}", reply 1 to get our answer now.',
        "es": 'Si su pregunta era "{label}", responda 1 para recibir nuestra respuesta ahora.',
    },
    "closed": {
        "en": "We are closed right now. Our staff will reply {when}. For urgent medical questions, call our "
        "nurse line at {nurse}. If this is an emergency, call 911.",
        "es": "Ahora estamos cerrados. Nuestro personal le responderá {when}. Para preguntas médicas urgentes, "
        "llame a nuestra línea de enfermería al {nurse}. Si es una emergencia, llame al 911.",
    },
    "wait_update": {
        "en": "Thank you for waiting. Our team is busier than usual and will reply {estimate}. For urgent "
        "medical questions, call our nurse line at {nurse}. If this is an emergency, call 911.",
        "es": "Gracias por esperar. Nuestro equipo está más ocupado de lo normal y le responderá {estimate}. "
        "Para preguntas médicas urgentes, llame a la línea de enfermería al {nurse}. Si es una emergencia, "
        "llame al 911.",
    },
    "wait_update_urgent": {
        "en": "Our staff have not reached you yet. If you have not already, call 911 now or go to the nearest "
        "emergency department.",
        "es": "Nuestro personal aún no se ha comunicado con usted. Si todavía no lo hizo, llame al 911 ahora o "
        "vaya a la sala de emergencias más cercana.",
    },
    "resolved": {
        "en": "Our staff have closed this conversation. If you need anything else, just write here. "
        "For emergencies, call 911.",
        "es": "Nuestro personal cerró esta conversación. Si necesita algo más, escriba aquí. "
        "En caso de emergencia, llame al 911.",
    },
}


_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
}


def when_text(opening: datetime, now: datetime, lang: str) -> str:
    """'today at 1:00 PM' / 'tomorrow at 8:00 AM' / 'on Monday at 8:00 AM' (both in the clinic's zone)."""
    days = (opening.date() - now.astimezone(opening.tzinfo).date()).days
    if lang == "es":
        clock = f"{opening.hour}:{opening.minute:02d}"
        day = "hoy" if days == 0 else "mañana" if days == 1 else f"el {_DAYS['es'][opening.weekday()]}"
        return f"{day} a las {clock}"
    clock = f"{opening.hour % 12 or 12}:{opening.minute:02d} {'AM' if opening.hour < 12 else 'PM'}"
    day = "today" if days == 0 else "tomorrow" if days == 1 else f"on {_DAYS['en'][opening.weekday()]}"
    return f"{day} at {clock}"


@dataclass(frozen=True)
class Texts:
    """Canned patient-facing texts with the clinic's details filled in."""

    clinic_name: str
    clinic_phone: str
    nurse_line: str = "(555) 010-0111"

    def get(self, key: str, lang: str = "en", **values: str) -> str:
        """The text `key` in `lang` (English when there is no translation)."""
        variants = _TEXTS[key]
        template = variants.get(lang) or variants["en"]
        return template.format(clinic=self.clinic_name, phone=self.clinic_phone, nurse=self.nurse_line, **values)

    def closed(self, opening: datetime | None, now: datetime, lang: str) -> str:
        """The after-hours handoff text, naming when staff will reply."""
        fallback = {"en": "as soon as we reopen", "es": "en cuanto volvamos a abrir"}
        when = when_text(opening, now, lang) if opening else fallback.get(lang, fallback["en"])
        return self.get("closed", lang, when=when)

    def wait_update(self, minutes: int | None, lang: str) -> str:
        """The honest expected-wait message for a patient whose wait passed the SLA."""
        if lang == "es":
            estimate = f"en unos {minutes} minutos" if minutes else "lo antes posible"
        else:
            estimate = f"within about {minutes} minutes" if minutes else "as soon as possible"
        return self.get("wait_update", lang, estimate=estimate)

    def clarify(self, labels: list[str], lang: str) -> str:
        """A clarifying question listing numbered options."""
        options = " ".join(f"{i}) {label}" for i, label in enumerate(labels, start=1))
        return self.get("clarify", lang, options=options)

    def with_suggestion(self, text: str, label: str, lang: str, *, question: str | None = None) -> str:
        """A handoff text that also offers the likely FAQ answer: quoting its question, else naming its label."""
        key, shown = ("suggest_question", question) if question else ("suggest", label)
        shown = shown.replace('"', "'")  # the offer quotes the label: a quote inside it would end that early
        return f"{text} {self.get(key, lang, label=shown)}"
