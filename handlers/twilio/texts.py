"""What the SMS/WhatsApp channel itself says to patients (keyword answers, the outage receipt)."""

from __future__ import annotations

from bot.texts import Texts

_TEXTS: dict[str, dict[str, str]] = {
    "stop": {
        "en": "{clinic}: you are unsubscribed and will get no more texts from us. Reply START to resubscribe. "
        "For emergencies call 911.",
        "es": "{clinic}: canceló su suscripción y no recibirá más mensajes nuestros. Responda START para "
        "volver a suscribirse. En caso de emergencia, llame al 911.",
    },
    "start": {
        "en": "{clinic}: you are subscribed again. Reply HELP for help, STOP to unsubscribe. For emergencies call 911.",
        "es": "{clinic}: se suscribió de nuevo. Responda AYUDA para ayuda, PARAR para cancelar. "
        "En caso de emergencia, llame al 911.",
    },
    "help": {
        "en": "{clinic}: for help call {phone}. For emergencies call 911. Reply STOP to unsubscribe. "
        "Msg & data rates may apply.",
        "es": "{clinic}: para ayuda llame al {phone}. En caso de emergencia, llame al 911. Responda PARAR "
        "para cancelar. Pueden aplicarse tarifas de mensajes y datos.",
    },
    # Said while Redis is down: the message is safe in the spool and gets its real answer later.
    "received": {
        "en": "{clinic}: we received your message and will reply shortly. For emergencies call 911.",
        "es": "{clinic}: recibimos su mensaje y le responderemos pronto. En caso de emergencia, llame al 911.",
    },
}


def say(texts: Texts, key: str, lang: str = "en") -> str:
    """The channel text `key` in `lang` (English when there is no translation), with the clinic's details."""
    variants = _TEXTS[key]
    return (variants.get(lang) or variants["en"]).format(clinic=texts.clinic_name, phone=texts.clinic_phone)
