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
  the caller's original string (both on the chunk's plain ``Doc._`` data, before it is read
  as models once), and the lists are concatenated in order;
* the chunk's models share what is equal (:func:`pressie.pipeline.lighten`) while they are
  young, and the garbage collector's automatic full collections wait until the last chunk
  (each would walk every object gathered so far; the young generations are collected after
  every chunk), so that time and memory per character stay flat up to megabytes.

What chunking does not carry over: the entity recognizer resolves bare agency names
(市公安局 -> X市公安局) against the release it finds in the chunk, and the relation
extractor's paragraph memory (a scope or campaign carried over within a paragraph) ends at
a chunk edge, which falls on a line break wherever the text has one.  Documents up to
:data:`LONG_DOCUMENT` characters (every real release) go through the pipeline in one piece.
"""

from __future__ import annotations

import copyreg
import gc
import io
import multiprocessing as mp
import pickle
import re
import threading
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as ext
from .extensions import iso
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
from .pipeline import (
    _Resurfacer,
    coerce_date,
    document,
    lighten,
    shared_pipeline,
    to_document,
)
from .readings import restore_offsets, strip_readings
from .roc import western_years
from .spacing import has_spaced_dates, tight_dates
from .text import detect_script, has_chinese, normalize

#: Texts longer than this many characters are processed in chunks (see the module docstring).
LONG_DOCUMENT = 60_000
#: Target chunk length for long texts, in characters.
CHUNK_CHARS = 30_000
#: ``extract_many`` closes a batch at this many characters, whatever ``batch_size`` says,
#: so that work spreads evenly over worker processes.
BATCH_CHARS = 16_000
#: ``extract_many`` with ``n_process > 1`` keeps at most this many batches per process
#: read ahead of the results the caller has taken.
IN_FLIGHT_PER_PROCESS = 4

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
    doc = nlp.make_doc(text)  # pressie's tokenizer normalizes (pressie.tokenizer)
    ext.set_value(doc, "pressie_published", iso(published))
    return doc


def _make_docs(nlp: Language, items: list[tuple[int, str, date | None]]) -> list[Doc]:
    """:func:`_make_doc` for each ``(index, text, published)`` item, the texts tokenized
    together (:meth:`pressie.tokenizer.Tokenizer.pipe`: one segmenter call per batch)."""
    docs = list(nlp.tokenizer.pipe([it[1] for it in items]))
    for doc, it in zip(docs, items, strict=True):
        ext.set_value(doc, "pressie_published", iso(it[2]))
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
    stripped = strip_readings(text)
    if stripped is not None:  # pinyin readings after characters (mirror sites)
        return restore_offsets(extract(stripped[0], published=pub), text, stripped[1])
    western = western_years(text)
    if western is not None:  # a Taiwanese release dated by ROC years (112年 = 2023)
        return restore_offsets(extract(western[0], published=pub), text, western[1])
    tight = tight_dates(text)
    if tight is not None:  # dates written with spaces (1 月 23 日至 2 月 25 日)
        return restore_offsets(extract(tight[0], published=pub), text, tight[1])
    nlp = shared_pipeline()
    if len(text) > LONG_DOCUMENT:
        return _extract_long(nlp, text, pub)
    return _extract_one(nlp, text, pub)


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
    bounds = chunk_bounds(work, CHUNK_CHARS)
    with _full_collections_paused():
        for i, ((a, b), part) in enumerate(zip(bounds, _by_chunk(whole, bounds))):
            doc = _run_chunk(nlp, text, work, a, b, part, periods, state, first=i == 0)
            # the chunk's plain data moved to the whole text's offsets and surfaces, then
            # read as models once (the Doc and its data are dropped right after)
            seen: set[int] = set()
            for attr in ("pressie_entities", "pressie_quantities", "pressie_facts"):
                _move_data(getattr(doc._, attr), a, text, seen)
            chunk = (ext.entities(doc) or [], ext.quantities(doc) or [], ext.facts(doc) or [])
            # shared while the duplicates are young: their memory serves the next chunk
            lighten(chunk[:2], chunk[2])
            entities += chunk[0]
            quantities += chunk[1]
            facts += chunk[2]
            del doc, seen, chunk
            gc.collect(1)  # this chunk's cyclic garbage, while it is young
    del periods
    facts = dedupe(facts)
    cut = _Resurfacer(text)  # surfaces are the original's already: nothing is copied
    title = whole.title
    if title is not None:
        pos = work.find(title)
        title = text[pos : pos + len(title)] if pos >= 0 else title
    entities = [cut(e) for e in entities]
    quantities = [cut(q) for q in quantities]
    facts = [cut.fact(f) for f in facts]
    _set_metric_keys(facts)
    sections = [s.model_copy(update={"text": text[s.start : s.end]}) for s in whole.sections]
    # as to_document does for one Doc (the chunks' quantities were shared chunk by chunk)
    lighten((entities, sections), facts)
    return document(
        text=text,
        title=title,
        published=whole.published,
        event_date=whole.event_date,
        reference_date=whole.reference_date,
        script=detect_script(text, work),
        entities=entities,
        quantities=quantities,
        facts=facts,
        sections=sections,
    )


def _move_data(data: Any, offset: int, original: str, seen: set[int]) -> None:
    """Move a chunk's plain ``Doc._`` data (lists of model dicts) to the whole text, in
    place: every ``start``/``end`` shifted by ``offset``, and the ``text`` of every dict
    that has both offsets re-cut from the caller's ``original`` (what
    :class:`pressie.pipeline._Resurfacer` would do to the models).  ``seen`` guards
    against moving a dict reached twice."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict) or id(item) in seen:
            continue
        seen.add(id(item))
        start, end = item.get("start"), item.get("end")
        if start is not None:
            item["start"] = start = start + offset
        if end is not None:
            item["end"] = end = end + offset
        if start is not None and end is not None and "text" in item:
            item["text"] = original[start:end]
        stack.extend(v for v in item.values() if isinstance(v, (dict, list)))


def _set_metric_keys(facts: list[Fact]) -> None:
    """:func:`pressie.metric_keys.with_metric_keys` in place, for facts this call built
    (no second copy of every fact of a long text)."""
    from .metric_keys import metric_keys

    for fact, key in zip(facts, metric_keys([f.metric for f in facts]), strict=True):
        fact.__dict__["metric_key"] = key
        own = fact.__pydantic_fields_set__
        if "metric_key" not in own:
            _set_attr(fact, "__pydantic_fields_set__", own | {"metric_key"})


_set_attr = object.__setattr__
_GC_LOCK = threading.Lock()
_GC_STATE = {"pauses": 0, "was_enabled": False}


@contextmanager
def _full_collections_paused() -> Iterator[None]:
    """The cyclic garbage collector's automatic runs off while a long text is processed;
    the caller collects the young generations itself after each chunk.

    Every full collection goes through every object of the process (the pipeline's
    lexicons and the results gathered so far): over a text of megabytes they cost more
    and more, and ~15% of the time at 1 MB.  The chunks' results are kept to the end
    anyway, so nothing is lost by not looking at them again.  Nested and concurrent calls
    (threads) share one pause; the collector is switched on again, if it was on, when the
    last one ends.
    """
    with _GC_LOCK:
        if _GC_STATE["pauses"] == 0:
            _GC_STATE["was_enabled"] = gc.isenabled()
            gc.disable()
        _GC_STATE["pauses"] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_STATE["pauses"] -= 1
            if _GC_STATE["pauses"] == 0 and _GC_STATE["was_enabled"]:
                gc.enable()


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


def _run_chunk(nlp: Language, original: str, work: str, a: int, b: int, whole: Any,
               periods: _WholePeriods, state: dict[str, Any], *, first: bool) -> Doc:
    """The pipeline over the chunk ``work[a:b]`` with the whole document's structure, periods
    and region; its facts not yet deduplicated (the caller does it for the whole text)."""
    from .structure import write_structure

    doc = nlp.tokenizer.tokenize(original[a:b], work[a:b])  # type: ignore[attr-defined]
    doc._.pressie_published = iso(whole.published)
    for name, proc in nlp.pipeline:
        if name == "pressie_structure":
            # the whole text's structure, not the chunk's: everything the component would
            # write is overwritten by it, so the component is not run on the chunk at all
            write_structure(doc, whole.clipped(a, b), getattr(proc, "spans_key", None))
            continue
        if name == "pressie_periods" and periods.active:
            ext.set_models(doc, "pressie_periods", periods.chunk_periods(a, b))
            continue
        if name == "pressie_relations" and hasattr(proc, "facts"):
            lookup = periods.lookup(a, b) if periods.active else None
            ext.set_models(doc, "pressie_facts", proc.facts(doc, periods=lookup, dedupe=False))
            continue
        doc = proc(doc)
        if name == "pressie_entities":
            if first:
                state["region"] = doc._.pressie_region
            else:
                doc._.pressie_region = state["region"]
    return doc


def _shifted(model: _M, offset: int) -> _M:
    """A copy of ``model`` with every nested ``start``/``end`` offset moved by ``offset``."""
    return _Shift(offset)(model)


class _Shift:
    """Copies of a chunk's models with every nested ``start``/``end`` moved by ``offset``.

    One per chunk.  A model reached twice (a period or span several facts share) is copied
    once and the copy shared, as the original was: the result holds no more objects than
    the chunk's own output.  Fields are copied by a per-class plan (:func:`_plan`) and the
    copies built with :func:`pressie.model._construct` (the same models as
    ``model_copy(update=...)``, without pydantic's generic copy machinery).
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
        inner = args[0] if args else None
        return "list" if isinstance(inner, type) and issubclass(inner, BaseModel) else None
    candidates = args if origin is not None else (annotation,)
    if any(isinstance(a, type) and issubclass(a, BaseModel) for a in candidates):
        return "model"
    return None


# --------------------------------------------------------------------------- many documents

#: What :func:`extract_many` does with an input it cannot process.
Errors = Literal["raise", "skip"]


@dataclass(frozen=True)
class Skipped:
    """An input :func:`extract_many` could not process, yielded in its place with ``errors="skip"``.

    Attributes:
        index: the item's position in ``texts`` (0-based).
        error: the exception's class name (``TypeError`` for an item that is not a text).
        message: what went wrong, naming the item.
        exception: the exception raised by the pipeline, when that is what went wrong.
    """

    index: int
    error: str
    message: str
    #: the exception itself, for a pipeline failure (``errors="raise"`` re-raises it)
    exception: BaseException | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.error}: {self.message}"


# one unit of work: (index, text, published) or the Skipped record of a bad item
_Item = tuple[int, str, date | None] | Skipped


def extract_many(
    texts: Iterable[str | tuple[str, date | str | None]],
    *,
    published: date | str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    errors: Errors = "raise",
) -> Iterator[Document | Skipped]:
    """Extract statistics from many documents, streaming one result per input, in order.

    Built on ``nlp.pipe``; with ``n_process > 1`` batches are spread over worker
    processes, each running its own pipeline (forked from this process's pipeline,
    loaded before the workers start, where the platform forks).  A batch closes at
    ``batch_size`` documents or :data:`BATCH_CHARS` characters, whichever comes first; the
    workers get at most :data:`IN_FLIGHT_PER_PROCESS` batches each ahead of the results
    taken, so ``texts`` is read as the work needs it.

    Args:
        texts: any iterable (consumed lazily) of strings, or of ``(text, published)`` pairs
            that give a document its own publication date (``None`` falls back to
            ``published``).
        published: a publication date applied to every document (see :func:`extract`).
        n_process: number of processes (1 = in this process).
        batch_size: documents per batch.
        errors: ``"raise"`` (default): every document before a bad item is yielded, then
            the error is raised, naming the item's index.  ``"skip"``: a :class:`Skipped`
            record (index, error class, message) is yielded in the bad item's place and the
            run goes on.  A bad item is one that is neither a ``str`` nor a
            ``(str, published)`` pair (``TypeError``), one whose date is not an ISO date
            (``ValueError``), or a text the pipeline fails on.

    Yields:
        One :class:`~pressie.model.Document` per item, in input order (with
        ``errors="skip"``, a :class:`Skipped` for each bad item).

    Raises:
        TypeError: (``errors="raise"``) when an item is not a text; the message names its index.
        ValueError: when ``n_process`` or ``batch_size`` is smaller than 1, ``errors`` is
            not ``"raise"`` or ``"skip"``, or (``errors="raise"``) an item's date is not ISO.
    """
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if errors not in ("raise", "skip"):
        raise ValueError(f'errors must be "raise" or "skip", got {errors!r}')
    pub = coerce_date(published)
    skip = errors == "skip"
    batches = _batches(texts, pub, batch_size, BATCH_CHARS if n_process > 1 else None)
    if n_process == 1:
        for batch in batches:
            yield from _checked(_extract_batch(batch), skip)
        return
    first = next(batches, None)
    if first is None:
        return
    yield from _extract_pooled(first, batches, n_process, skip)


def _extract_pooled(
    first: list[_Item], batches: Iterator[list[_Item]], n_process: int, skip: bool
) -> Iterator[Document | Skipped]:
    """:func:`extract_many` over ``n_process`` worker processes: ``first`` and the rest of
    ``batches``, with at most :data:`IN_FLIGHT_PER_PROCESS` batches per worker in flight."""
    fork = "fork" in mp.get_all_start_methods()
    if fork:
        shared_pipeline()  # workers inherit the loaded pipeline instead of loading their own
    ctx = mp.get_context("fork" if fork else "spawn")
    # Pool.imap reads its input to the end at once; a window of batches in flight keeps
    # memory bounded on a long stream (and stops reading when the caller stops).
    window = threading.BoundedSemaphore(IN_FLIGHT_PER_PROCESS * n_process)
    stop = threading.Event()
    sent: deque[list[_Item]] = deque()  # the batches handed to the pool, in order

    def feed() -> Iterator[list[_Item]]:
        for batch in _prepend(first, batches):
            while not window.acquire(timeout=0.05):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            sent.append(batch)  # (the pool's task thread runs this generator)
            yield batch

    with _forked_pool(ctx, n_process) as pool:
        try:
            for blob in pool.imap(_extract_batch_packed, feed()):
                window.release()
                yield from _checked(_unpack(blob, sent.popleft()), skip)
        finally:
            stop.set()  # before the pool's exit joins the thread that runs feed()


def _forked_pool(ctx: Any, n_process: int) -> Any:
    """``ctx.Pool(n_process)``, the workers forked with every object of this process in the
    collector's permanent generation (:func:`gc.freeze`, undone in this process right
    after): their collections then never walk the inherited pipeline, whose memory pages
    they would otherwise touch and copy (about 4% less worker CPU, measured)."""
    frozen = ctx.get_start_method() == "fork"
    if frozen:
        gc.freeze()
    try:
        return ctx.Pool(n_process)
    finally:
        if frozen:
            gc.unfreeze()


_T = TypeVar("_T")


def _prepend(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _checked(results: list[Document | Skipped], skip: bool) -> Iterator[Document | Skipped]:
    """``results`` in order; without ``skip``, the first :class:`Skipped` is raised instead."""
    for r in results:
        if isinstance(r, Skipped) and not skip:
            if r.exception is not None:
                raise r.exception
            raise (ValueError if r.error == "ValueError" else TypeError)(r.message)
        yield r


def _item(index: int, item: object, default: date | None) -> _Item:
    """One input of :func:`extract_many` checked: ``(index, text, published)`` or Skipped."""
    if isinstance(item, str):
        return (index, item, default)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str):
        try:
            pub = coerce_date(item[1])
        except (TypeError, ValueError) as err:
            return Skipped(index, type(err).__name__, f"item {index} of texts: {err}")
        return (index, item[0], default if pub is None else pub)
    return Skipped(
        index,
        "TypeError",
        f"item {index} of texts is {type(item).__name__}, not a str or a (str, published) pair",
    )


def _batches(
    texts: Iterable[object], pub: date | None, size: int, max_chars: int | None
) -> Iterator[list[_Item]]:
    batch: list[_Item] = []
    chars = 0
    for i, x in enumerate(texts):
        item = _item(i, x, pub)
        batch.append(item)
        if not isinstance(item, Skipped):
            chars += len(item[1])
        if len(batch) >= size or (max_chars is not None and chars >= max_chars):
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _extract_batch_packed(batch: list[_Item]) -> bytes:
    """A worker's task: the batch's results, packed for the parent (:func:`_pack`)."""
    return _pack(_extract_batch(batch))


class _Pickler(pickle.Pickler):
    """Pickles pressie's models by their field dicts (:func:`_model_reduce`)."""

    dispatch_table = copyreg.dispatch_table.copy()


def _model_reduce(model: BaseModel) -> tuple[Any, ...]:
    """``(rebuild, args)`` of a pressie model: its field dict and its ``model_fields_set``
    (None for the shared set naming every field).  Cheaper both ways than pydantic's generic
    ``__getstate__``/``__setstate__``, and the parent's models share that set again."""
    cls = type(model)
    fields_set = model.__pydantic_fields_set__
    shared = fields_set is _FULL_SETS[cls]
    return _rebuild, (cls, model.__dict__, None if shared else fields_set)


def _document_reduce(doc: Document) -> tuple[Any, ...]:
    """A Document without its text: the parent process holds the text already."""
    _rebuild_, (cls, fields, fields_set) = _model_reduce(doc)
    return _rebuild_, (cls, {**fields, "text": None}, fields_set)


def _rebuild(cls: type[_M], fields: dict[str, Any], fields_set: set[str] | None) -> _M:
    """The model :func:`_model_reduce` packed (``_construct``, inlined: the parent process
    calls this once per model it receives)."""
    if fields_set is None:
        fields_set = _FULL_SETS[cls]
    elif fields_set == _FULL_SETS[cls]:
        fields_set = _FULL_SETS[cls]
    model = _new_model(cls)
    _set_attr(model, "__dict__", fields)
    _set_attr(model, "__pydantic_extra__", None)
    _set_attr(model, "__pydantic_fields_set__", fields_set)
    _set_attr(model, "__pydantic_private__", None)
    return model


_new_model = object.__new__
#: the shared set naming every field of each packed class (pressie.model.all_fields_set)
_FULL_SETS = {
    cls: all_fields_set(cls)
    for cls in (Span, Entity, Quantity, Period, Change, Fact, Section, Document)
}
for _cls in (Span, Entity, Quantity, Period, Change, Fact, Section):
    _Pickler.dispatch_table[_cls] = _model_reduce
_Pickler.dispatch_table[Document] = _document_reduce


def _pack(results: list[Document | Skipped]) -> bytes:
    """A batch's results as bytes (the Documents' texts left out, see :func:`_unpack`)."""
    buf = io.BytesIO()
    _Pickler(buf, protocol=pickle.HIGHEST_PROTOCOL).dump(results)
    return buf.getvalue()


def _unpack(blob: bytes, batch: list[_Item]) -> list[Document | Skipped]:
    """The results :func:`_pack` packed, each Document given back its text from ``batch``
    (one result per item of the batch, in order)."""
    results: list[Document | Skipped] = pickle.loads(blob)
    for result, item in zip(results, batch, strict=True):
        if isinstance(result, Document):
            result.__dict__["text"] = item[1]  # type: ignore[index]
    return results


def _failed(index: int, err: Exception) -> Skipped:
    """The Skipped record of a pipeline failure on item ``index`` (the exception kept)."""
    if hasattr(err, "add_note"):  # Python 3.11+: the traceback names the item
        err.add_note(f"pressie: while extracting item {index} of texts")
    return Skipped(index, type(err).__name__, f"item {index} of texts: {err}", err)


def _extract_batch(batch: list[_Item]) -> list[Document | Skipped]:
    """Documents (or Skipped records) for one batch, in order.

    The batch runs through ``nlp.pipe`` in one go; if that fails, its documents are redone
    one by one so that the failure is pinned to its item and the others still come out.
    The caller decides (:func:`_checked`) whether a Skipped record is raised or yielded.
    """
    results: list[Document | Skipped | None] = [
        item if isinstance(item, Skipped) else _trivial(item[1], item[2]) for item in batch
    ]
    nlp = None
    for pos, item in enumerate(batch):
        if results[pos] is None and _rewritten(item[1]):  # type: ignore[index]
            # (pinyin readings, ROC years, spaced dates: extract() rewrites the text and maps the
            # offsets back, so a batch gives what extract() gives)
            i, text, pub = item  # type: ignore[misc]
            try:
                results[pos] = extract(text, published=pub)
            except Exception as err:  # noqa: BLE001 - pinned to its item, see _failed
                results[pos] = _failed(i, err)
    for pos, item in enumerate(batch):
        if results[pos] is None and len(item[1]) > LONG_DOCUMENT:  # type: ignore[index]
            i, text, pub = item  # type: ignore[misc]
            nlp = nlp or shared_pipeline()
            try:
                results[pos] = _extract_long(nlp, text, pub)
            except Exception as err:  # noqa: BLE001 - pinned to its item, see _failed
                results[pos] = _failed(i, err)
    todo = [pos for pos, r in enumerate(results) if r is None]
    if todo:
        nlp = nlp or shared_pipeline()
        items = [batch[pos] for pos in todo]
        try:
            docs = _make_docs(nlp, items)  # type: ignore[arg-type]
            done = list(nlp.pipe(docs, batch_size=len(todo)))
            for pos, it, doc in zip(todo, items, done):
                results[pos] = to_document(doc, it[1])  # type: ignore[index]
        except Exception:  # noqa: BLE001 - redone one by one to find the failing item
            for pos, it in zip(todo, items):
                i, text, pub = it  # type: ignore[misc]
                try:
                    results[pos] = _extract_one(nlp, text, pub)
                except Exception as err:  # noqa: BLE001 - pinned to its item
                    results[pos] = _failed(i, err)
    return [r for r in results if r is not None]


def _rewritten(text: str) -> bool:
    """Whether :func:`extract` rewrites ``text`` before the pipeline (pinyin readings after
    characters, a Taiwanese release's ROC years, dates written with spaces)."""
    return (strip_readings(text) is not None or western_years(text) is not None
            or has_spaced_dates(text))


def _extract_one(nlp: Language, text: str, pub: date | None) -> Document:
    """:func:`extract` of ``text`` as one Doc, whatever its length."""
    doc = _make_doc(nlp, text, pub)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return to_document(doc, text)


#: the unchunked path, whatever the length (tests compare long texts with it)
_extract_whole = _extract_one
