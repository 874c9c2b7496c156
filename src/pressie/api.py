"""The thin top-level API: :func:`extract` and :func:`extract_many`.

Long documents
--------------
A press release is a few thousand characters; pressie also accepts far longer input (a
year's releases pasted into one string, a 5 MB dump) and must stay linear in time and
bounded in memory there.  One giant ``Doc`` does neither: the tokens of 5 MB alone take
hundreds of MB, and the relation extractor relates every figure of a document to the
periods, places and facts of the *whole* document, which is quadratic in its length.

So a text longer than :data:`LONG_DOCUMENT` characters is processed in chunks of about
:data:`CHUNK_CHARS` characters, cut at paragraph breaks (else at a sentence end, else
anywhere), one ``Doc`` at a time, while the document-level context still comes from the
whole text:

* the structure pass (:func:`pressie.structure.analyze_structure`, a linear pure function of
  the working text) runs once over the whole text: title, published, event and reference
  dates, sections and the skip ranges (boilerplate, a repeated printed copy) are the whole
  document's and are handed to every chunk in place of the chunk's own structure result;
* the periods are found once over the whole text (linear): the *review year* (the year a
  year-end review is about, inferred from the years the whole text mentions), the period
  mentions and the :class:`~pressie.periods.PeriodIndex` that gives every figure its period
  (sections and the document period included) are the whole document's; each chunk gets
  its share of the mentions and looks periods up in the whole index;
* the release's own region (``pressie_region``) is decided on the first chunk, which holds
  the title, header and lead the region rules read, and is handed to the other chunks;
* restated facts are deduplicated once over the facts of all chunks
  (:func:`pressie.relations.dedupe.dedupe`), as for a whole document;
* every offset of a chunk's result is shifted by the chunk's start, surfaces are re-cut from
  the caller's original string, and the lists are concatenated in order.

What chunking does not carry over: the entity recognizer resolves bare agency names
(市公安局 -> X市公安局) against the release it finds in the chunk, and the relation
extractor's paragraph memory (a scope or campaign carried over within a paragraph) ends at
a chunk edge, which falls on a line break wherever the text has one.  Documents up to
:data:`LONG_DOCUMENT` characters (every real release) go through the pipeline in one piece.
"""

from __future__ import annotations

import multiprocessing as mp
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any, TypeVar

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from .model import Document
from .pipeline import _copy, _Resurfacer, coerce_date, shared_pipeline, to_document
from .text import detect_script, has_chinese, normalize, remember_doc_text

#: Texts longer than this many characters are processed in chunks (see the module docstring).
LONG_DOCUMENT = 60_000
#: Target chunk length for long texts, in characters.
CHUNK_CHARS = 30_000
#: ``extract_many`` closes a batch at this many characters, whatever ``batch_size`` says,
#: so that work spreads evenly over worker processes.
BATCH_CHARS = 16_000

_SENTENCE_END = re.compile(r"[。！？!?;；]")
_M = TypeVar("_M", bound=BaseModel)


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"pressie.extract expects a str, not {type(text).__name__}")
    return text


def _trivial(text: str, published: date | None) -> Document | None:
    """The documented result for input the pipeline has nothing to do with.

    Empty or whitespace-only text gives an empty Document; text without any Chinese
    character gives a Document with no entities, quantities or facts.
    """
    if not text.strip():
        return Document(text=text, published=published, reference_date=published)
    if not has_chinese(text):
        return Document(
            text=text, published=published, reference_date=published, script=detect_script(text)
        )
    return None


def _make_doc(nlp: Language, text: str, published: date | None) -> Doc:
    norm = normalize(text)
    doc = nlp.make_doc(norm)
    remember_doc_text(doc, norm)
    doc._.pressie_published = published
    return doc


def extract(text: str, *, published: date | str | None = None) -> Document:
    """Extract every statistic from one press release or transcript.

    Args:
        text: the document, simplified or traditional script, as one string.  Texts longer
            than :data:`LONG_DOCUMENT` characters are processed in paragraph-aligned chunks
            with whole-document context (see the module docstring).
        published: the publication date when the caller knows it (a ``date`` or ISO
            string); otherwise it is read from the document's header lines.

    Returns:
        A :class:`pressie.model.Document`.  Empty or whitespace-only input gives an empty
        Document; input without Chinese gives a Document with no facts.

    Raises:
        TypeError: when ``text`` is not a ``str`` (or ``published`` is of a wrong type).
        ValueError: when ``published`` is a string that is not an ISO date.
    """
    text = _check_text(text)
    pub = coerce_date(published)
    trivial = _trivial(text, pub)
    if trivial is not None:
        return trivial
    nlp = shared_pipeline()
    if len(text) > LONG_DOCUMENT:
        return _extract_long(nlp, text, pub)
    return _extract_whole(nlp, text, pub)


def _extract_whole(nlp: Language, text: str, pub: date | None) -> Document:
    """:func:`extract` of ``text`` as one Doc, whatever its length."""
    doc = _make_doc(nlp, text, pub)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return to_document(doc, text)


# --------------------------------------------------------------------------- long documents


def chunk_bounds(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """Split ``text`` into consecutive ``(start, end)`` ranges of at most about ``size`` chars.

    A range ends after the last line break in its second half, else after the last
    sentence end there, else at ``size``.  The ranges cover ``text`` without gaps.
    """
    bounds: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while n - start > size:
        hard = start + size
        lo = start + size // 2
        cut = text.rfind("\n", lo, hard) + 1
        if cut <= lo:
            last = None
            for last in _SENTENCE_END.finditer(text, lo, hard):  # noqa: B007
                pass
            cut = last.end() if last is not None else hard
        bounds.append((start, cut))
        start = cut
    bounds.append((start, n))
    return bounds


def _extract_long(nlp: Language, text: str, pub: date | None) -> Document:
    """:func:`extract` for a text over :data:`LONG_DOCUMENT` characters: one Doc per chunk,
    with the whole document's structure, periods and restatement dedupe (module docstring)."""
    from .relations.dedupe import dedupe
    from .structure import analyze_structure

    work = normalize(text)
    structure = nlp.get_pipe("pressie_structure") if "pressie_structure" in nlp.pipe_names else None
    whole = analyze_structure(work, pub, getattr(structure, "rules", None))
    periods = _WholePeriods(nlp, work, whole.reference_date, whole.skip)
    state: dict[str, Any] = {"region": None}
    entities: list[Any] = []
    quantities: list[Any] = []
    facts: list[Any] = []
    for i, (a, b) in enumerate(chunk_bounds(work, CHUNK_CHARS)):
        doc = _run_chunk(nlp, work, a, b, whole, periods, state, first=i == 0)
        x = doc._
        entities += (_shifted(e, a) for e in x.pressie_entities or [])
        quantities += (_shifted(q, a) for q in x.pressie_quantities or [])
        facts += (_shifted(f, a) for f in x.pressie_facts or [])
        del doc, x
    facts = dedupe(facts)
    cut = _Resurfacer(text)
    title = whole.title
    if title is not None:
        pos = work.find(title)
        title = text[pos : pos + len(title)] if pos >= 0 else title
    return Document(
        text=text,
        title=title,
        published=whole.published,
        event_date=whole.event_date,
        reference_date=whole.reference_date,
        script=detect_script(text),
        entities=[cut(e) for e in entities],
        quantities=[cut(q) for q in quantities],
        facts=[cut.fact(f) for f in facts],
        sections=[s.model_copy(update={"text": text[s.start : s.end]}) for s in whole.sections],
    )


class _WholePeriods:
    """The period mentions and :class:`~pressie.periods.PeriodIndex` of a whole long text
    (its review year included), cut to each chunk."""

    def __init__(self, nlp: Language, work: str, ref: date | None,
                 skip: list[tuple[int, int]]) -> None:
        from .periods import PeriodIndex, find_period_mentions, review_year_of
        from .structure import in_skip

        self.active = "pressie_periods" in nlp.pipe_names
        self.mentions: list[Any] = []
        self.starts: list[int] = []
        self.index: Any = None
        if not self.active:
            return
        lexicon = getattr(nlp.get_pipe("pressie_periods"), "lexicon", None)
        if lexicon is None:  # one scan: the mentions and the review year they used
            index = PeriodIndex.from_text(work, ref)
            mentions, review = index.mentions, index.review_year
        else:
            review = review_year_of(work, ref, lexicon)
            mentions = find_period_mentions(work, ref, review, lexicon)
            index = None
        self.mentions = sorted((m for m in mentions if not in_skip(skip, m.start, m.end)),
                               key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        if index is None or len(self.mentions) != len(mentions):
            index = PeriodIndex(work, self.mentions, ref, review)
        self.index = index

    def _in(self, a: int, b: int) -> list[Any]:
        return self.mentions[bisect_left(self.starts, a):bisect_left(self.starts, b)]

    def chunk_periods(self, a: int, b: int) -> list[Any]:
        """The period expressions of ``work[a:b]``, offsets in the chunk."""
        return [_shifted(m.period(), -a) for m in self._in(a, b)]

    def lookup(self, a: int, b: int) -> tuple[Any, list[tuple[int, int]]]:
        """``(period_for, base_periods)`` of the chunk ``work[a:b]``, in chunk offsets."""
        index = self.index

        def period_for(pos: int) -> Any:
            found = index.period_for(pos + a)
            return None if found is None else _shifted(found, -a)

        base = [(m.start - a, m.end - a) for m in self._in(a, b) if m.role == "base"]
        return period_for, base


def _run_chunk(nlp: Language, work: str, a: int, b: int, whole: Any,
               periods: _WholePeriods, state: dict[str, Any], *, first: bool) -> Doc:
    """The pipeline over the chunk ``work[a:b]`` with the whole document's structure, periods
    and region; its facts not yet deduplicated (the caller does it for the whole text)."""
    from .structure import write_structure

    piece = work[a:b]
    doc = nlp.make_doc(piece)
    remember_doc_text(doc, piece)
    doc._.pressie_published = whole.published
    for name, proc in nlp.pipeline:
        if name == "pressie_periods" and periods.active:
            doc._.pressie_periods = periods.chunk_periods(a, b)
            continue
        if name == "pressie_relations" and hasattr(proc, "facts"):
            lookup = periods.lookup(a, b) if periods.active else None
            doc._.pressie_facts = proc.facts(doc, periods=lookup, dedupe=False)
            continue
        doc = proc(doc)
        if name == "pressie_structure":
            write_structure(doc, whole.clipped(a, b))
        elif name == "pressie_entities":
            if first:
                state["region"] = doc._.pressie_region
            else:
                doc._.pressie_region = state["region"]
    return doc


def _shifted(model: _M, offset: int) -> _M:
    """A copy of ``model`` with every nested ``start``/``end`` offset moved by ``offset``
    (copied with :func:`pressie.pipeline._copy`: the same model, without pydantic's generic
    copy machinery)."""
    update: dict[str, Any] = {}
    for name, value in model.__dict__.items():
        if name in ("start", "end") and isinstance(value, int):
            update[name] = value + offset
        elif isinstance(value, BaseModel):
            update[name] = _shifted(value, offset)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            update[name] = [_shifted(v, offset) for v in value]
    return _copy(model, update) if update else model


# --------------------------------------------------------------------------- many documents


def extract_many(
    texts: Iterable[str],
    *,
    published: date | str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Document]:
    """Extract statistics from many documents, streaming one :class:`Document` per input, in order.

    Built on ``nlp.pipe``; with ``n_process > 1`` batches are spread over worker
    processes, each running its own pipeline (forked from this process's pipeline,
    loaded before the workers start, where the platform forks).  A batch closes at
    ``batch_size`` documents or :data:`BATCH_CHARS` characters, whichever comes first.

    Args:
        texts: any iterable of strings (consumed lazily).
        published: a publication date applied to every document (see :func:`extract`).
        n_process: number of processes (1 = in this process).
        batch_size: documents per batch.

    Raises:
        TypeError: when an item of ``texts`` is not a ``str``.
        ValueError: when ``n_process`` or ``batch_size`` is smaller than 1.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    pub = coerce_date(published)
    batches = _batches(texts, batch_size, BATCH_CHARS if n_process > 1 else None)
    if n_process == 1:
        for batch in batches:
            yield from _extract_batch(batch, pub)
        return
    first = next(batches, None)
    if first is None:
        return
    fork = "fork" in mp.get_all_start_methods()
    if fork:
        shared_pipeline()  # workers inherit the loaded pipeline instead of loading their own
    ctx = mp.get_context("fork" if fork else "spawn")
    with ctx.Pool(n_process) as pool:
        work = ((b, pub) for b in _prepend(first, batches))
        for docs in pool.imap(_extract_batch_star, work):
            yield from docs


_T = TypeVar("_T")


def _prepend(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _batches(texts: Iterable[str], size: int, max_chars: int | None) -> Iterator[list[str]]:
    it = iter(texts)
    if max_chars is None:
        while batch := list(islice(it, size)):
            yield [_check_text(t) for t in batch]
        return
    batch: list[str] = []
    chars = 0
    for t in it:
        batch.append(_check_text(t))
        chars += len(t)
        if len(batch) >= size or chars >= max_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _extract_batch_star(args: tuple[list[str], date | None]) -> list[Document]:
    return _extract_batch(*args)


def _extract_batch(batch: list[str], pub: date | None) -> list[Document]:
    results: list[Document | None] = [_trivial(t, pub) for t in batch]
    nlp = None
    for i, t in enumerate(batch):
        if results[i] is None and len(t) > LONG_DOCUMENT:
            nlp = nlp or shared_pipeline()
            results[i] = _extract_long(nlp, t, pub)
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        nlp = nlp or shared_pipeline()
        docs = (_make_doc(nlp, batch[i], pub) for i in todo)
        for i, doc in zip(todo, nlp.pipe(docs, batch_size=len(todo))):
            results[i] = to_document(doc, batch[i])
    return [r for r in results if r is not None]
