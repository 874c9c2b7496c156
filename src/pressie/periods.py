"""PLACEHOLDER: component pressie_periods (being written; sets empty results)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401


class PeriodRecognizer:
    """Placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        """Placeholder."""
        doc._.pressie_periods = []
        return doc


@Language.factory("pressie_periods")
def make_periods(nlp: Language, name: str) -> PeriodRecognizer:
    """spaCy factory."""
    return PeriodRecognizer()
