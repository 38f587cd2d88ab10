"""What the bot says on Telegram only (commands, buttons, groups), in English and Spanish."""

from __future__ import annotations

from bot.texts import Texts

_TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "en": "Hello, this is {clinic} on Telegram. I can answer common questions (opening hours, appointments, "
        "parking, billing, prescriptions) and pass your message to our staff, who reply here. I cannot give "
        "medical advice.\n\nThis chat is not for emergencies: if this is an emergency, call 911.\n\n"
        "Telegram is not the clinic's secure channel: please do not send personal health details here. "
        "Call us on {phone} for those.\n\nType your question, or send /human to reach our staff.",
        "es": "Hola, somos {clinic} en Telegram. Puedo responder preguntas frecuentes (horario, citas, "
        "estacionamiento, facturación, recetas) y pasar su mensaje a nuestro personal, que le responderá aquí. "
        "No puedo dar consejos médicos.\n\nEste chat no es para emergencias: si es una emergencia, llame al 911."
        "\n\nTelegram no es el canal seguro de la clínica: no envíe datos personales de salud por aquí. "
        "Llámenos al {phone} para eso.\n\nEscriba su pregunta, o envíe /human para hablar con nuestro personal.",
    },
    "help": {
        "en": 'Type a question in your own words, for example "when are you open?". Send /human to reach our '
        "staff, /start to see what I can do. Not for emergencies: call 911. Please do not send personal "
        "health details here; call {phone} instead.",
        "es": 'Escriba su pregunta con sus palabras, por ejemplo "¿a qué hora abren?". Envíe /human para '
        "hablar con nuestro personal, /start para ver lo que puedo hacer. No es para emergencias: llame al "
        "911. No envíe datos personales de salud por aquí; llame al {phone}.",
    },
    "expired": {
        "en": "That question has expired. Please type your question again, or send /human to reach our staff.",
        "es": "Esa pregunta ya no está vigente. Escriba su pregunta de nuevo, o envíe /human para hablar con "
        "nuestro personal.",
    },
    "with_staff": {
        "en": "That choice is no longer open: our staff have your message and will reply here. "
        "If this is an emergency, call 911.",
        "es": "Esa opción ya no está disponible: nuestro personal tiene su mensaje y le responderá aquí. "
        "Si es una emergencia, llame al 911.",
    },
    "bad_button": {
        "en": "This button no longer works. Please type your question.",
        "es": "Este botón ya no funciona. Escriba su pregunta.",
    },
    "private_only": {
        "en": "Hello! I only work in private chats. To contact {clinic}, open a private chat with me. "
        "For emergencies, call 911.",
        "es": "¡Hola! Solo funciono en chats privados. Para contactar a {clinic}, abra un chat privado "
        "conmigo. En caso de emergencia, llame al 911.",
    },
}


def say(texts: Texts, key: str, lang: str = "en") -> str:
    """The Telegram text `key` in `lang` (English when there is no translation), with the clinic filled in."""
    variants = _TEXTS[key]
    return (variants.get(lang) or variants["en"]).format(clinic=texts.clinic_name, phone=texts.clinic_phone)
