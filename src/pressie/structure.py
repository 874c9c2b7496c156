"""PLACEHOLDER: component pressie_structure (being written; sets empty results)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401


class StructureAnnotator:
    """Placeholder."""

    def __call__(self, doc: Doc) -> Doc:
        """Placeholder."""
        doc._.pressie_sections = []
        doc._.pressie_skip = []
        return doc


@Language.factory("pressie_structure")
def make_structure(nlp: Language, name: str) -> StructureAnnotator:
    """spaCy factory."""
    return StructureAnnotator()
