"""Sentence boundaries for Chinese press text.

:func:`split_sentences` is a pure function over the working text; the spaCy component
``pressie_sentences`` turns its boundaries into ``Token.is_sent_start``.

Rules:

* a sentence ends after 。！？!? (and a run of them, ``?!``), together with the closing
  quotes and brackets right after it (``……下降12%。”`` keeps its ``”``);
* inside “…” 「…」 『…』 quotes no sentence ends (``批示:“好!应予表彰,…”,对此…`` stays one
  sentence) unless the end closes the quote (``他说:“…下降12%。”``), or the quote has run
  for more than ``MAX_QUOTE`` characters: an unclosed quote never swallows the rest of the
  document;
* every line break ends a sentence, and resets the quote depth;
* leading and trailing whitespace does not belong to a sentence; whitespace tokens stay
  with the sentence before them.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset("。！？!?")
_CLOSERS = frozenset("”’」』）)】》\"'")
_OPEN_QUOTES = frozenset("“「『")
_CLOSE_QUOTES = frozenset("”」』")
_SPACE = frozenset(" \t\r\n\u3000\xa0\ufeff")
#: A quote open for longer than this many characters no longer blocks sentence ends.
MAX_QUOTE = 150


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` character ranges of the sentences of ``text``.

    Ranges are in order, do not overlap, never start or end with whitespace, and
    together cover every non-whitespace character.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    start = -1  # start of the current sentence, -1 when between sentences
    depth = 0
    quote_open = 0
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n":
            if start >= 0:
                out.append((start, _rstrip(text, start, i)))
                start = -1
            depth = 0
            i += 1
            continue
        if start < 0:
            if ch in _SPACE:
                i += 1
                continue
            start = i
        if ch in _OPEN_QUOTES:
            if depth == 0:
                quote_open = i
            depth += 1
        elif ch in _CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif ch in _ENDERS:
            j = i + 1
            closes = 0
            while j < n and (text[j] in _ENDERS or text[j] in _CLOSERS):
                closes += text[j] in _CLOSE_QUOTES
                j += 1
            if depth - closes > 0 and i - quote_open <= MAX_QUOTE:
                i += 1  # inside a quote that goes on: not a sentence end
                continue
            out.append((start, j))
            start = -1
            depth = 0
            i = j
            continue
        i += 1
    if start >= 0:
        end = _rstrip(text, start, n)
        if end > start:
            out.append((start, end))
    return out


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    return end


class SentenceSplitter:
    """Sets ``Token.is_sent_start`` from :func:`split_sentences` on ``doc.text``.

    A token starts a sentence when a sentence starts at or inside it (a token cannot
    be split, so a boundary that falls inside one moves to its start); whitespace
    tokens never start a sentence except as the first token of the document.
    """

    def __call__(self, doc: Doc) -> Doc:
        """Mark sentence starts on ``doc`` and return it."""
        if len(doc) == 0:
            return doc
        starts = [s for s, _ in split_sentences(doc.text)]
        flags = numpy.full((len(doc), 1), -1, dtype="int64")
        k = 0
        pending = False
        for tok in doc:
            end = tok.idx + len(tok.text)
            while k < len(starts) and starts[k] < end:
                pending = True
                k += 1
            if tok.i == 0 or (pending and not tok.is_space):
                flags[tok.i, 0] = 1
                pending = False
        # One bulk write: Token.is_sent_start's setter re-checks the whole Doc per call.
        doc.from_array([SENT_START], flags.astype("uint64"))
        return doc


@Language.factory("pressie_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    """spaCy factory for :class:`SentenceSplitter`."""
    return SentenceSplitter()
