"""pressie's tokenizer: the working-text normalization as the first step of the pipeline.

:class:`Tokenizer` is spaCy's ``ChineseTokenizer`` (pkuseg with pressie's own model, saved
and loaded by spaCy as usual) with one change: it segments the *working text*
(:func:`pressie.text.normalize`: simplified script, half-width digits, same length) and
builds the ``Doc`` from the caller's characters at the same offsets.  So

* ``nlp(text)`` reads 3.6萬 as 36000 and 壹 as 一, exactly as :func:`pressie.extract` does;
* ``doc.text`` keeps the caller's script (only lone surrogates, control characters and the
  ideographic space are replaced, see :func:`pressie.text.surface_text`), and every offset
  a component stores indexes the caller's string;
* the components read the working text through :func:`pressie.text.doc_text`, which the
  tokenizer records for each Doc it makes.

Its words come, by default (``segmenter = "pressie"``), from
:class:`pressie.segmenter.Segmenter`, pressie's vectorized re-implementation of pkuseg's
segmentation with the same model (the same words as ``spacy-pkuseg``, about ten times
faster); ``segmenter = "pkuseg"`` runs the ``spacy-pkuseg`` library as spaCy's
``ChineseTokenizer`` does.

It is registered as ``pressie.Tokenizer.v1`` (``[nlp.tokenizer]`` in the pipeline's
config, an entry point of the package), so ``spacy.load`` of a saved pressie pipeline
rebuilds it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import numpy
from spacy import util
from spacy.attrs import IDX, LENGTH, SPACY
from spacy.errors import Errors
from spacy.lang.zh import ChineseTokenizer, Segmenter
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from .segmenter import Segmenter as FastSegmenter
from .text import (
    code_points,
    normalize_with_script,
    remember_doc_text,
    surface_text,
    tokens_read_as_working_text,
)

#: The registered name of :func:`create_tokenizer` (``@tokenizers`` in a config).
TOKENIZER_NAME = "pressie.Tokenizer.v1"


@lru_cache(maxsize=1)
def shared_segmenter() -> FastSegmenter:
    """pressie's :class:`~pressie.segmenter.Segmenter`, loaded once per process (read-only)."""
    return FastSegmenter.load()


def words_and_spaces(
    text: str, starts: numpy.ndarray, ends: numpy.ndarray
) -> tuple[list[str], list[bool]]:
    """spaCy's ``get_words_and_spaces(words, text)`` for words given by their offsets.

    Between two words (and before the first, after the last) the whitespace becomes a token
    of its own, except that one space right after a word is that word's trailing space.
    """
    a, b, sp = _word_offsets(text, starts, ends)
    return [text[x:y] for x, y in zip(a, b)], sp


def _word_offsets(
    text: str, starts: numpy.ndarray, ends: numpy.ndarray
) -> tuple[list[int], list[int], list[bool]]:
    """The tokens of :func:`words_and_spaces` as offsets: start and end of each token, and
    whether a space follows it (so that a caller can cut them from another string of the
    same length)."""
    n = len(text)
    if not len(starts):
        return ([0], [n], [False]) if n else ([], [], [])
    starts = numpy.asarray(starts, dtype=numpy.int64)
    ends = numpy.asarray(ends, dtype=numpy.int64)
    cps = code_points(text)
    # a word keeps one following " " as its trailing space
    after = numpy.minimum(ends, n - 1)
    spaced = (ends < n) & (cps[after] == 0x20)
    resume = ends + spaced
    gap_from = numpy.concatenate(([0], resume))
    gap_to = numpy.concatenate((starts, [n]))
    has_gap = gap_to > gap_from
    count = len(starts)
    tok_a = numpy.empty(2 * count + 1, dtype=numpy.int64)
    tok_b = numpy.empty(2 * count + 1, dtype=numpy.int64)
    tok_sp = numpy.zeros(2 * count + 1, dtype=bool)
    keep = numpy.zeros(2 * count + 1, dtype=bool)
    tok_a[0::2], tok_b[0::2], keep[0::2] = gap_from, gap_to, has_gap
    tok_a[1::2], tok_b[1::2], tok_sp[1::2], keep[1::2] = starts, ends, spaced, True
    return tok_a[keep].tolist(), tok_b[keep].tolist(), tok_sp[keep].tolist()


#: working texts up to this long are segmented through a small cache (:func:`_short_words`)
SHORT = 32


@lru_cache(maxsize=4096)
def _short_words(work: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Words and spaces of a short working text, kept in a bounded cache.

    A short text (a phrase pattern, a name, a title) costs the segmenter's fixed per-call
    work more than its characters; pipelines tokenize their phrase patterns while they are
    built, as spaCy's own tokenizer caches the tokenization of recurring chunks.  Tuples,
    so that no caller can change a cached entry.
    """
    words, spaces = words_and_spaces(work, *shared_segmenter().spans(work))
    return tuple(words), tuple(spaces)


class Tokenizer(ChineseTokenizer):
    """spaCy's Chinese tokenizer run on the working text; the Doc keeps the caller's text."""

    def __init__(self, vocab, segmenter: str = "pressie") -> None:  # type: ignore[no-untyped-def]
        """``segmenter``: ``"pressie"`` (the vectorized segmenter), or one of spaCy's
        (``pkuseg``, ``jieba``, ``char``)."""
        self.fast = segmenter == "pressie"
        super().__init__(vocab, segmenter="char" if self.fast else segmenter)

    def __call__(self, text: str) -> Doc:
        """Tokenize ``text`` (see the module docstring).

        Raises:
            TypeError: when ``text`` is not a ``str``.
            ValueError: spaCy's E1000 when the pkuseg model is not loaded yet.
        """
        return self.tokenize(text)

    def tokenize(self, text: str, work: str | None = None) -> Doc:
        """The Doc of ``text``; ``work``, when the caller has it, must be ``normalize(text)``.

        Raises:
            TypeError: when ``text`` is not a ``str``.
            ValueError: when ``work`` is not as long as ``text``.
        """
        if not isinstance(text, str):
            raise TypeError(f"the tokenizer expects a str, not {type(text).__name__}")
        simplified = None  # the text, when normalizing it changed no character's script
        if work is None:
            work, unconverted = normalize_with_script(text)
            simplified = text if unconverted else None
        elif len(work) != len(text):
            raise ValueError("work must be normalize(text), of the same length as text")
        if getattr(self, "fast", False) and len(work) > SHORT:
            return self._cut(text, work, *shared_segmenter().spans(work), simplified)
        return self._doc(text, work, *self._segment(work), simplified)

    def _doc(
        self, text: str, work: str, words: list[str], spaces: list[bool],
        simplified: str | None = None,
    ) -> Doc:
        """The Doc of ``text`` from the words of its working text ``work``."""
        surface = surface_text(text)
        same = surface == work
        if not same:
            words = _recut(surface, words, spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        remember_doc_text(doc, work, same, simplified)
        return doc

    def _cut(
        self, text: str, work: str, starts: numpy.ndarray, ends: numpy.ndarray,
        simplified: str | None = None,
    ) -> Doc:
        """The Doc of ``text`` from the word offsets of its working text ``work`` (the
        segmenter's spans): the tokens are cut from the Doc's text at those offsets, once
        (not cut from ``work`` and then again from the caller's characters).
        ``simplified``: see :func:`pressie.text.remember_doc_text`."""
        a, b, spaces = _word_offsets(work, starts, ends)
        surface = surface_text(text)
        doc = Doc(self.vocab, words=[surface[x:y] for x, y in zip(a, b)], spaces=spaces)
        remember_doc_text(doc, work, surface == work, simplified)
        return doc

    def pipe(self, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
        """Tokenize a stream of texts (the Docs ``self(text)`` makes, in order).

        With pressie's segmenter, up to ``batch_size`` working texts are segmented in one
        call: pkuseg segments every whitespace-separated run on its own, so texts joined by
        line breaks give each text the words it gets alone, and the segmenter's fixed cost
        per call is paid once per batch instead of once per text.

        Raises:
            TypeError: when an item is not a ``str``.
        """
        if not getattr(self, "fast", False):
            yield from super().pipe(texts)
            return
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
        """:meth:`pipe` for one batch: the working texts segmented together."""
        if len(texts) == 1:
            return [self.tokenize(texts[0])]
        normalized = [normalize_with_script(t) for t in texts]
        works = [work for work, _unconverted in normalized]
        starts, ends = shared_segmenter().spans("\n".join(works))
        docs = []
        offset = lo = 0
        for text, (work, unconverted) in zip(texts, normalized):
            hi = int(numpy.searchsorted(starts, offset + len(work), side="left"))
            docs.append(self._cut(
                text, work, starts[lo:hi] - offset, ends[lo:hi] - offset,
                text if unconverted else None,
            ))
            offset += len(work) + 1
            lo = hi
        return docs

    def _segment(self, work: str) -> tuple[list[str], list[bool]]:
        """Words and trailing-space flags of ``work``, as ``ChineseTokenizer`` makes them."""
        if getattr(self, "fast", False):
            if len(work) <= SHORT:
                words, spaces = _short_words(work)
                return list(words), list(spaces)
            starts, ends = shared_segmenter().spans(work)
            return words_and_spaces(work, starts, ends)
        if self.segmenter == Segmenter.pkuseg:
            if self.pkuseg_seg is None:
                raise ValueError(Errors.E1000)
            return util.get_words_and_spaces(self.pkuseg_seg.cut(work), work)
        doc = super().__call__(work)
        return [t.text for t in doc], [bool(t.whitespace_) for t in doc]


def _recut(surface: str, words: list[str], spaces: list[bool]) -> list[str]:
    """``words`` (tokens of the working text) cut from ``surface`` at the same offsets."""
    out = []
    pos = 0
    for word, space in zip(words, spaces):
        end = pos + len(word)
        out.append(surface[pos:end])
        pos = end + space
    return out


def working_doc(doc: Doc) -> Doc:
    """``doc`` itself when its tokens spell its working text; otherwise a Doc with the same
    tokens spelled as the working text (for matchers that compare token text, such as
    :class:`spacy.matcher.PhraseMatcher` on ``ORTH``).  Token indices and character
    offsets are the same in both."""
    if tokens_read_as_working_text(doc):
        return doc
    from .text import doc_text

    work = doc_text(doc)
    # token offsets as one array (no Token objects: iterating a Doc builds one per token)
    arr = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    words = [work[i : i + n] for i, n, _sp in arr]
    return Doc(doc.vocab, words=words, spaces=[bool(sp) for _i, _n, sp in arr])


@registry.tokenizers(TOKENIZER_NAME)
def create_tokenizer(segmenter: str = "pressie") -> Callable[[Language], Tokenizer]:
    """The factory of :class:`Tokenizer` for spaCy's config system (``segmenter``:
    ``pressie``, or as for spaCy's ``ChineseTokenizer``: ``pkuseg``, ``jieba``, ``char``)."""

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab, segmenter=segmenter)

    return make


__all__ = [
    "TOKENIZER_NAME",
    "Tokenizer",
    "create_tokenizer",
    "shared_segmenter",
    "words_and_spaces",
    "working_doc",
]
