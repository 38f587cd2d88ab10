"""The FAQ package's one exception (faq/ imports nothing else of CareLine's)."""


class FaqError(Exception):
    """The FAQ file cannot be used; the message names the file, line or entry id, and the problem."""
