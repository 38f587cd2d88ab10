"""FAQ loading, validation, text normalisation and matching. Pure: no Flask, Redis or network."""

from faq.errors import FaqError
from faq.loader import Faq, FaqEntry, load
from faq.matcher import FaqMatch, Matcher, MatchOutcome

__all__ = ["Faq", "FaqEntry", "FaqError", "FaqMatch", "MatchOutcome", "Matcher", "load"]
