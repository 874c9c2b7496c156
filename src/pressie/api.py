"""The thin top-level API: :func:`extract` and :func:`extract_many`."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from .model import Document
from .pipeline import coerce_date, shared_pipeline, to_document
from .text import detect_script, has_chinese, normalize


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
    doc = nlp.make_doc(normalize(text))
    doc._.pressie_published = published
    return doc


def extract(text: str, *, published: date | str | None = None) -> Document:
    """Extract every statistic from one press release or transcript.

    Args:
        text: the document, simplified or traditional script, as one string.
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
    doc = _make_doc(nlp, text, pub)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return to_document(doc, text)


def extract_many(
    texts: Iterable[str],
    *,
    published: date | str | None = None,
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Document]:
    """Extract statistics from many documents, streaming one :class:`Document` per input, in order.

    Built on ``nlp.pipe``; with ``n_process > 1`` batches are spread over worker
    processes, each running its own pipeline.

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
    batches = _batches(texts, batch_size)
    if n_process == 1:
        for batch in batches:
            yield from _extract_batch(batch, pub)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(n_process) as pool:
        for docs in pool.imap(_extract_batch_star, ((b, pub) for b in batches)):
            yield from docs


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(texts)
    while batch := list(islice(it, size)):
        yield [_check_text(t) for t in batch]


def _extract_batch_star(args: tuple[list[str], date | None]) -> list[Document]:
    return _extract_batch(*args)


def _extract_batch(batch: list[str], pub: date | None) -> list[Document]:
    results: list[Document | None] = [_trivial(t, pub) for t in batch]
    todo = [i for i, r in enumerate(results) if r is None]
    if todo:
        nlp = shared_pipeline()
        docs = (_make_doc(nlp, batch[i], pub) for i in todo)
        for i, doc in zip(todo, nlp.pipe(docs, batch_size=len(todo))):
            results[i] = to_document(doc, batch[i])
    return [r for r in results if r is not None]
