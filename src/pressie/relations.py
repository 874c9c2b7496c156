"""PLACEHOLDER: component pressie_relations (being written; sets empty results)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401


class RelationExtractor:
    """Placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        """Placeholder."""
        doc._.pressie_facts = []
        return doc


@Language.factory("pressie_relations")
def make_relations(nlp: Language, name: str) -> RelationExtractor:
    """spaCy factory."""
    return RelationExtractor()
