"""Extraction over files: the loop behind ``pressie extract`` (and any command that needs it).

:func:`extract_sources` reads each :class:`~pressie.io.Source` (decoding its bytes), runs
:func:`pressie.extract_many` over the texts (in worker processes with ``n_process > 1``)
and yields one :class:`Extracted` per input that worked, in input order; an input that
cannot be read, decoded or extracted goes to the ``on_error`` callback as an
:class:`~pressie.io.InputError` and the run goes on.  Files are read lazily, as the
extraction needs them, so memory does not grow with the corpus.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from .io import InputError, Source, date_from_path, read_source
from .model import Document


@dataclass(frozen=True)
class Extracted:
    """One input's result: where it came from, how it was decoded, what was extracted."""

    source: str
    encoding: str
    document: Document

    def record(self) -> dict[str, Any]:
        """The JSON record the CLI writes: ``{"source", "encoding", "document"}``."""
        return {"source": self.source, "encoding": self.encoding, "document": self.document}


def extract_sources(
    sources: Iterable[Source | InputError],
    *,
    on_error: Callable[[InputError], None],
    encoding: str | None = None,
    published: date | None = None,
    published_from_path: bool = False,
    n_process: int = 1,
) -> Iterator[Extracted]:
    """Read, decode and extract every source, yielding results in input order.

    Args:
        sources: from :func:`pressie.io.expand_paths`; an :class:`InputError` in it is
            passed to ``on_error`` in its turn.
        on_error: called once for every input that yields no result (with a one-line
            reason); called from a feeder thread when ``n_process > 1``.
        encoding: a codec to use instead of detection.
        published: the publication date of every input.
        published_from_path: take each file's date from its path
            (:func:`pressie.io.date_from_path`) where it has one, else ``published``.
        n_process: worker processes for the extraction.
    """
    from .api import Skipped, extract_many

    pending: deque[tuple[Source, str]] = deque()

    def texts() -> Iterator[tuple[str, date | None]]:
        for source in sources:
            if isinstance(source, InputError):
                on_error(source)
                continue
            try:
                decoded = read_source(source, encoding)
            except InputError as err:
                on_error(err)
                continue
            pub = date_from_path(source.name) if published_from_path else None
            pending.append((source, decoded.encoding))
            yield decoded.text, pub or published

    results = extract_many(texts(), n_process=n_process, errors="skip")
    try:
        for result in results:
            source, enc = pending.popleft()
            if isinstance(result, Skipped):
                on_error(InputError(source.name, f"extraction failed: {result}"))
                continue
            yield Extracted(source.name, enc, result)
    finally:
        results.close()  # stops worker processes when the caller stops early
