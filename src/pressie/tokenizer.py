"""pressie's spaCy tokenizer: pkuseg words from :class:`pressie.segmenter.Segmenter`.

``Tokenizer(vocab)(text)`` is the ``Doc`` that spaCy's ``ChineseTokenizer`` with
``segmenter = "pkuseg"`` and pressie's model makes of ``text`` — the same words, the same
whitespace tokens and ``whitespace_`` flags (spaCy's ``get_words_and_spaces`` rules) — at a
fraction of the cost: the words come from the vectorized segmenter and are aligned with the
text from their offsets, where ``get_words_and_spaces`` searches the rest of the text for
every word (``text[pos:].index(word)``, quadratic in the length of a Doc).

It is registered as ``pressie.Tokenizer.v1`` in spaCy's ``tokenizers`` registry (also as an
entry point), so a pipeline saved with ``nlp.to_disk`` loads again with ``spacy.load``.
The model is pressie's packaged one: nothing is written to or read from disk.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from spacy.vocab import Vocab

from .segmenter import Segmenter
from .text import code_points


@lru_cache(maxsize=1)
def shared_segmenter() -> Segmenter:
    """pressie's :class:`Segmenter`, loaded once per process (its tables are read-only)."""
    return Segmenter.load()


def words_and_spaces(
    text: str, starts: numpy.ndarray, ends: numpy.ndarray
) -> tuple[list[str], list[bool]]:
    """spaCy's ``get_words_and_spaces(words, text)`` for words given by their offsets.

    Between two words (and before the first, after the last) the whitespace becomes a token
    of its own, except that one space right after a word is that word's trailing space.
    """
    n = len(text)
    if not len(starts):
        return ([text], [False]) if n else ([], [])
    starts = numpy.asarray(starts, dtype=numpy.int64)
    ends = numpy.asarray(ends, dtype=numpy.int64)
    cps = code_points(text)
    # a word keeps one following " " as its trailing space
    after = numpy.minimum(ends, n - 1)
    spaced = (ends < n) & (cps[after] == 0x20)
    resume = ends + spaced  # where the text goes on after the word and its space
    gap_from = numpy.concatenate(([0], resume))  # whitespace before word i, and at the end
    gap_to = numpy.concatenate((starts, [n]))
    has_gap = gap_to > gap_from
    # token list: gap i (when not empty), word i, ..., final gap
    count = len(starts)
    tok_a = numpy.empty(2 * count + 1, dtype=numpy.int64)
    tok_b = numpy.empty(2 * count + 1, dtype=numpy.int64)
    tok_sp = numpy.zeros(2 * count + 1, dtype=bool)
    keep = numpy.zeros(2 * count + 1, dtype=bool)
    tok_a[0::2], tok_b[0::2], keep[0::2] = gap_from, gap_to, has_gap
    tok_a[1::2], tok_b[1::2], tok_sp[1::2], keep[1::2] = starts, ends, spaced, True
    tok_a, tok_b, tok_sp = tok_a[keep].tolist(), tok_b[keep].tolist(), tok_sp[keep].tolist()
    return [text[a:b] for a, b in zip(tok_a, tok_b)], tok_sp


class Tokenizer:
    """A spaCy tokenizer whose tokens are pressie's pkuseg words (see the module docstring)."""

    #: texts up to this long are segmented through a small cache (see :meth:`__call__`)
    SHORT = 32
    #: how many short texts the cache keeps
    CACHE_SIZE = 4096

    def __init__(self, vocab: Vocab, segmenter: Segmenter | None = None) -> None:
        """Tokenize into ``vocab`` with ``segmenter`` (default: the shared pressie model)."""
        self.vocab = vocab
        self.segmenter = segmenter if segmenter is not None else shared_segmenter()
        self._short = lru_cache(maxsize=self.CACHE_SIZE)(self._short_words)

    def __call__(self, text: str) -> Doc:
        """The ``Doc`` of ``text``.

        A short text (at most :data:`SHORT` characters: a phrase pattern, a name, a title)
        costs the segmenter's fixed per-call work more than its characters; the words of
        such texts are kept in a bounded cache, as spaCy's own tokenizer caches its
        tokenization of recurring chunks (pipelines tokenize their phrase patterns twice
        or more while they are built).
        """
        if not isinstance(text, str):
            raise TypeError(f"the tokenizer expects a str, not {type(text).__name__}")
        if len(text) <= self.SHORT:
            words, spaces = self._short(text)
            return Doc(self.vocab, words=list(words), spaces=list(spaces))
        starts, ends = self.segmenter.spans(text)
        words, spaces = words_and_spaces(text, starts, ends)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _short_words(self, text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        starts, ends = self.segmenter.spans(text)
        words, spaces = words_and_spaces(text, starts, ends)
        return tuple(words), tuple(spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Tokenize a stream of texts: up to ``batch_size`` texts are segmented together.

        pkuseg segments every whitespace-separated run on its own, so texts joined by line
        breaks give each text the words it gets alone (the segmenter's fixed cost per call
        is paid once per batch instead of once per text).
        """
        batch: list[str] = []
        for text in texts:
            if not isinstance(text, str):
                raise TypeError(f"the tokenizer expects a str, not {type(text).__name__}")
            batch.append(text)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, texts: list[str]) -> list[Doc]:
        if len(texts) == 1:
            return [self(texts[0])]
        starts, ends = self.segmenter.spans("\n".join(texts))
        docs = []
        offset = 0
        lo = 0
        for text in texts:
            hi = int(numpy.searchsorted(starts, offset + len(text), side="left"))
            words, spaces = words_and_spaces(text, starts[lo:hi] - offset, ends[lo:hi] - offset)
            docs.append(Doc(self.vocab, words=words, spaces=spaces))
            offset += len(text) + 1
            lo = hi
        return docs

    # nothing to save or load: the model is pressie's packaged one
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Nothing to serialize (the model is packaged with pressie)."""
        return b""

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> Tokenizer:
        """Nothing to restore (see :meth:`to_bytes`)."""
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Nothing to write (see :meth:`to_bytes`)."""

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Tokenizer:
        """Nothing to read (see :meth:`to_bytes`)."""
        return self


@registry.tokenizers("pressie.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Any]:
    """spaCy registry entry: ``[nlp.tokenizer] @tokenizers = "pressie.Tokenizer.v1"``."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make
