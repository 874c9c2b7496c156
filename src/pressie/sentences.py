"""Sentence boundaries: after 。！？!? (closing quotes kept) and at line breaks."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset("。！？!?")
_CLOSERS = frozenset("”’」』）)")


class SentenceSplitter:
    """Sets ``Token.is_sent_start``: a sentence ends at 。！？!? (closing quotes stay
    with it) and at every line break."""

    def __call__(self, doc: Doc) -> Doc:
        """Mark sentence starts on ``doc`` and return it."""
        if len(doc) == 0:
            return doc
        start_next = True
        for tok in doc:
            text = tok.text
            if start_next and not (text[:1] in _CLOSERS and tok.i > 0 and not tok.is_space):
                tok.is_sent_start = True
                start_next = False
            elif tok.i > 0:
                tok.is_sent_start = False
            if "\n" in text or "\n" in tok.whitespace_:
                start_next = True
            elif text[-1:] in _ENDERS:
                start_next = True
        return doc


@Language.factory("pressie_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """spaCy factory for :class:`SentenceSplitter`."""
    return SentenceSplitter()
