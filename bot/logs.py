"""Logging set-up: key=value lines of ids and decisions, with a redaction net for anything that slips in."""

from __future__ import annotations

import logging
import re
import sys

# Patient data must never reach logs. Code logs ids, routes and scores only; this filter is the
# safety net for third-party messages (URLs with query strings, exception texts, etc.).
_PHONE = re.compile(r"(?<![\w-])\+?\d[\d\s().-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_SECRET_QUERY = re.compile(r"((?:^|[?&\s])(?:session|token|From|To|Body|chat_id|text)=)[^&\s]*", re.IGNORECASE)


def redact(text: str) -> str:
    """Mask phone numbers, e-mail addresses and sensitive query parameters in a log line."""
    text = _SECRET_QUERY.sub(r"\1[redacted]", text)
    if "@" in text:  # the address pattern backtracks over every word: only run it where one can be
        text = _EMAIL.sub("[email]", text)
    return _PHONE.sub("[number]", text)


class RedactingFilter(logging.Filter):
    """Rewrites each record's final message through `redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the rendered message (and drop args, so nothing is rendered twice)."""
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None:
            # Exception texts can quote payloads; keep the type and the traceback, not the message.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def configure(level: str = "INFO") -> None:
    """Send redacted logs to stderr; safe to call more than once."""
    # No format in the process names these, so no record collects them (the logging HOWTO's "Optimization"): the
    # caller's frame and thread were a tenth of a log line's cost, and every patient message writes one. The process
    # id stays: gunicorn's own log lines print it.
    logging._srcfile = None
    logging.logThreads = False
    logging.logMultiprocessing = False
    root = logging.getLogger()
    root.setLevel(level)
    for handler in root.handlers:
        if getattr(handler, "careline", False):
            return
    handler = logging.StreamHandler(sys.stderr)
    handler.careline = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
