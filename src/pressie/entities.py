"""PLACEHOLDER: component pressie_entities (being written; sets empty results)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401


class EntityRecognizer:
    """Placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        """Placeholder."""
        doc._.pressie_entities = []
        return doc


@Language.factory("pressie_entities")
def make_entities(nlp: Language, name: str) -> EntityRecognizer:
    """spaCy factory."""
    return EntityRecognizer()
