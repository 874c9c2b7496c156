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
* the release's own region (``pressie_region``) is decided on the first chunk, which holds
  the title, header and lead the region rules read, and is handed to the other chunks;
* every offset of a chunk's result is shifted by the chunk's start, surfaces are re-cut from
  the caller's original string, and the lists are concatenated in order.

What chunking does not carry over: the period normalizer's *review year* (the year a
year-end review is about, inferred from the years a text mentions) is inferred per chunk,
and restated facts are deduplicated within a chunk only.  Chunks are far longer than any
real release, so both see as much context as a whole release would give them.  Documents
up to :data:`LONG_DOCUMENT` characters (every real release) go through the pipeline in
one piece, exactly as before.
"""

from __future__ import annotations

import copyreg
import io
import multiprocessing as mp
import pickle
import re
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from itertools import islice
from typing import Any, TypeVar, get_args, get_origin

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from .model import (
    Change,
    Document,
    Entity,
    Fact,
    Period,
    Quantity,
    Section,
    Span,
    _construct,
    all_fields_set,
)
from .pipeline import _copy, coerce_date, shared_pipeline, to_document
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


def _make_docs(nlp: Language, texts: list[str], published: date | None) -> list[Doc]:
    """:func:`_make_doc` for several texts, tokenized together where the tokenizer can
    (:meth:`pressie.tokenizer.Tokenizer.pipe`)."""
    from .tokenizer import Tokenizer

    norms = [normalize(t) for t in texts]
    docs = list(nlp.tokenizer.pipe(norms)) if isinstance(nlp.tokenizer, Tokenizer) else [
        nlp.make_doc(t) for t in norms]
    for doc, norm in zip(docs, norms, strict=True):
        remember_doc_text(doc, norm)
        doc._.pressie_published = published
    return docs


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
    from .structure import analyze_structure, write_structure

    work = normalize(text)
    structure = nlp.get_pipe("pressie_structure") if "pressie_structure" in nlp.pipe_names else None
    whole = analyze_structure(work, pub, getattr(structure, "rules", None))
    script = detect_script(text, work)
    region: str | None = None
    entities: list[Any] = []
    quantities: list[Any] = []
    facts: list[Any] = []
    bounds = chunk_bounds(work)
    by_chunk = _by_chunk(whole, bounds)
    for i, (a, b) in enumerate(bounds):
        piece = work[a:b]
        doc = nlp.make_doc(piece)
        remember_doc_text(doc, piece)
        doc._.pressie_published = whole.published
        for name, proc in nlp.pipeline:
            if name == "pressie_structure":
                # the whole text's structure, not the chunk's: what the component would
                # write is overwritten entirely, so it is not run on the chunk at all
                write_structure(doc, by_chunk[i].clipped(a, b))
                continue
            doc = proc(doc)
            if name == "pressie_entities":
                if i == 0:
                    region = doc._.pressie_region
                else:
                    doc._.pressie_region = region
        part = to_document(doc, text[a:b], script=script)
        shift = _Shift(a)
        entities += (shift(e) for e in part.entities)
        quantities += (shift(q) for q in part.quantities)
        facts += (shift(f) for f in part.facts)
        del doc, part, shift
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
        script=script,
        entities=entities,
        quantities=quantities,
        facts=facts,
        sections=[_copy(s, {"text": text[s.start : s.end]}) for s in whole.sections],
    )


def _by_chunk(whole: Any, bounds: list[tuple[int, int]]) -> list[Any]:
    """Per chunk, ``whole`` (a structure result) holding only the sections and skip ranges
    that may overlap the chunk, in their order: ``_by_chunk(...)[i].clipped(a, b)`` is
    ``whole.clipped(a, b)`` without going through every section of the text for every chunk
    (which is quadratic in the length of the text)."""
    starts = [a for a, _b in bounds]

    def chunks_of(s: int, e: int) -> range:
        first = bisect_right(starts, s) - 1
        last = bisect_right(starts, max(e - 1, s)) - 1
        return range(max(first, 0), max(last, 0) + 1)

    sections: list[list[Any]] = [[] for _ in bounds]
    skip: list[list[tuple[int, int]]] = [[] for _ in bounds]
    for sec in whole.sections:
        for i in chunks_of(sec.start, sec.end):
            sections[i].append(sec)
    for s, e in whole.skip:
        for i in chunks_of(s, e):
            skip[i].append((s, e))
    return [replace(whole, sections=sections[i], skip=skip[i]) for i in range(len(bounds))]


class _Shift:
    """Copies of a chunk's models with every nested ``start``/``end`` moved by ``offset``.

    One per chunk.  A model reached twice (a quantity that is also a fact's value, the
    period or sentence several facts share) is copied once and the copy shared, as the
    original was: the result holds no more objects than the chunk's own output.
    """

    __slots__ = ("offset", "_done", "_ints")

    def __init__(self, offset: int) -> None:
        self.offset = offset
        # id -> (original, copy); the original is held so that its id stays its own
        self._done: dict[int, tuple[BaseModel, BaseModel]] = {}
        # one int object per shifted offset (a span's end is often the next one's start)
        self._ints: dict[int, int] = {}

    def __call__(self, model: _M) -> _M:
        """The shifted copy of ``model``."""
        seen = self._done.get(id(model))
        if seen is not None:
            return seen[1]  # type: ignore[return-value]
        cls = type(model)
        offsets, nested, lists = _plan(cls)
        fields = dict(model.__dict__)
        ints = self._ints
        for name in offsets:
            value = fields[name]
            if value is not None:
                moved = value + self.offset
                fields[name] = ints.setdefault(moved, moved)
        for name in nested:
            value = fields[name]
            if value is not None:
                fields[name] = self(value)
        for name in lists:
            fields[name] = [self(v) for v in fields[name]]
        own = model.__pydantic_fields_set__
        new = _construct(cls, fields, own if own is all_fields_set(cls) else set(own))
        self._done[id(model)] = (model, new)
        return new


_PLANS: dict[type, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}


def _plan(cls: type[BaseModel]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """For a pressie model class: its offset fields (``start``, ``end``), its fields holding
    a model, its fields holding a list of models (read from the annotations, once)."""
    plan = _PLANS.get(cls)
    if plan is None:
        offsets, nested, lists = [], [], []
        for name, info in cls.model_fields.items():
            kinds = _model_types(info.annotation)
            if name in ("start", "end"):
                offsets.append(name)
            elif kinds == "model":
                nested.append(name)
            elif kinds == "list":
                lists.append(name)
        plan = _PLANS.setdefault(cls, (tuple(offsets), tuple(nested), tuple(lists)))
    return plan


def _model_types(annotation: Any) -> str | None:
    """"model" for ``M`` / ``M | None``, "list" for ``list[M]`` (``M`` a pydantic model)."""
    origin = get_origin(annotation)
    args = get_args(annotation)
    if origin is list:
        return "list" if args and isinstance(args[0], type) and issubclass(args[0], BaseModel) \
            else None
    candidates = args if origin is not None else (annotation,)
    if any(isinstance(a, type) and issubclass(a, BaseModel) for a in candidates):
        return "model"
    return None


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
    sent: deque[list[str]] = deque()  # the batches handed to the pool, in order

    def work() -> Iterator[tuple[list[str], date | None]]:
        for batch in _prepend(first, batches):
            sent.append(batch)  # (the pool's feeder thread runs this generator)
            yield batch, pub

    with ctx.Pool(n_process) as pool:
        for blob in pool.imap(_extract_batch_packed, work()):
            yield from _unpack(blob, sent.popleft())


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


def _extract_batch_packed(args: tuple[list[str], date | None]) -> bytes:
    """A worker's task: the batch's Documents, packed for the parent (:func:`_pack`)."""
    return _pack(_extract_batch(*args))


class _Pickler(pickle.Pickler):
    """Pickles pressie's models by their field dicts (:func:`_model_reduce`)."""

    dispatch_table = copyreg.dispatch_table.copy()


def _model_reduce(model: BaseModel) -> tuple[Any, ...]:
    """``(rebuild, args)`` of a pressie model: its field dict and its ``model_fields_set``
    (None for the shared set naming every field).  Cheaper both ways than pydantic's generic
    ``__getstate__``/``__setstate__``, and the parent's models share that set again."""
    cls = type(model)
    fields_set = model.__pydantic_fields_set__
    shared = fields_set is all_fields_set(cls)
    return _rebuild, (cls, model.__dict__, None if shared else fields_set)


def _document_reduce(doc: Document) -> tuple[Any, ...]:
    """A Document without its text: the parent process holds the text already."""
    _rebuild_, (cls, fields, fields_set) = _model_reduce(doc)
    return _rebuild_, (cls, {**fields, "text": None}, fields_set)


def _rebuild(cls: type[_M], fields: dict[str, Any], fields_set: set[str] | None) -> _M:
    return _construct(cls, fields, all_fields_set(cls) if fields_set is None else fields_set)


for _cls in (Span, Entity, Quantity, Period, Change, Fact, Section):
    _Pickler.dispatch_table[_cls] = _model_reduce
_Pickler.dispatch_table[Document] = _document_reduce


def _pack(docs: list[Document]) -> bytes:
    """The Documents of a batch as bytes (texts left out, see :func:`_unpack`)."""
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(docs)
    return buf.getvalue()


def _unpack(blob: bytes, texts: list[str]) -> list[Document]:
    """The Documents :func:`_pack` packed, each given back its text from ``texts``."""
    docs: list[Document] = pickle.loads(blob)
    for doc, text in zip(docs, texts, strict=True):
        doc.__dict__["text"] = text
    return docs


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
        docs = _make_docs(nlp, [batch[i] for i in todo], pub)
        for i, doc in zip(todo, nlp.pipe(docs, batch_size=len(todo))):
            results[i] = to_document(doc, batch[i])
    return [r for r in results if r is not None]
