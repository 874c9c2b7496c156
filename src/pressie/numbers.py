"""PLACEHOLDER: component pressie_quantities (being written; sets empty results)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401


class QuantityRecognizer:
    """Placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        """Placeholder."""
        doc._.pressie_quantities = []
        return doc


@Language.factory("pressie_quantities")
def make_quantities(nlp: Language, name: str) -> QuantityRecognizer:
    """spaCy factory."""
    return QuantityRecognizer()
