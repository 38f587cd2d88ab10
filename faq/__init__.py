"""FAQ loading, validation, text normalisation and matching. Pure: no Flask, Redis or network."""

# isort: off
# first: whether the compiled brain or its Python sources load is settled before any of its modules does;
# then the prefilter's stored reading of the packaged patterns, before any module reads its patterns at import
from faq import compiled as compiled
from faq import analyses as analyses

# isort: on
from faq.errors import FaqError
from faq.loader import Faq, FaqEntry, load
from faq.matcher import FaqMatch, Matcher, MatchOutcome

__all__ = ["Faq", "FaqEntry", "FaqError", "FaqMatch", "MatchOutcome", "Matcher", "load"]
