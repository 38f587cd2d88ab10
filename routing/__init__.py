"""Triage, the route decision, conversation states and the escalation queue."""

# faq first: it settles whether the compiled brain (routing's triage, rules and language guess among it) or its Python
# sources load, before any of those modules does (faq/compiled.py)
import faq  # noqa: F401
