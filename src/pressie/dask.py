"""Extraction on a Dask cluster: texts in a ``dask.bag`` or a Dask DataFrame column, facts out
as a Dask DataFrame (optional extra ``[dask]``).

Each task runs :func:`pressie.extract_many` over one partition in the worker's own process;
a worker builds pressie's pipeline once (the process-wide
:func:`pressie.pipeline.shared_pipeline`) and reuses it for every partition it gets.
:func:`preload` loads it on every worker up front, also on workers that join later, so that
the first tasks do not pay for it.  Run workers with one thread each (``nthreads=1``, as many
workers as cores): extraction is CPU-bound Python, and threads would share one GIL.

The facts table has the columns of :data:`pressie.frames.FACT_COLUMNS`; computed, it equals
:func:`pressie.facts_frame` over the same documents (up to the index, which restarts in each
partition).

Example, on a real cluster (``dask scheduler`` and ``dask worker --nthreads 1`` running)::

    from dask.distributed import Client
    import dask.bag as db
    import pressie.dask

    client = Client("scheduler:8786")
    pressie.dask.preload(client)
    texts = pressie.dask.read_texts("/data/releases/**/*.txt", npartitions=64)
    facts = pressie.dask.facts_from_bag(texts, errors="skip")
    facts.to_parquet("/data/facts/")           # one Parquet file per partition
"""

from __future__ import annotations

import glob as _glob
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from .api import Errors, Skipped, extract_many
from .frames import empty_frame, fact_rows, rows_frame
from .io import InputError, Source, read_source
from .pipeline import coerce_date, shared_pipeline

_MAGIC = re.compile(r"[*?\[]")

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client


def _need_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError as err:  # pragma: no cover - exercised without the extra only
        raise ImportError('pressie.dask needs dask: pip install "pressie[dask]"') from err


# --------------------------------------------------------------------------- inputs


def read_texts(
    paths: str | Sequence[str], *, encoding: str | None = None, npartitions: int | None = None
) -> db.Bag:
    """A bag of ``{"source", "text", "encoding"}`` records, one per file, read on the workers.

    Args:
        paths: a glob pattern (``**`` recursive) or a list of paths and patterns; the list of
            files is made here, the files are read and decoded (:func:`pressie.io.decode`)
            by the workers.
        encoding: a codec to use instead of detection.
        npartitions: number of partitions (default: about 100 files each).

    Returns:
        A ``dask.bag.Bag``; a file that cannot be read or decoded gives
        ``{"source", "error"}`` instead, which :func:`facts_from_bag` raises or skips.

    Raises:
        FileNotFoundError: when no file matches.
    """
    _need_dask()
    import dask.bag as db

    patterns = [paths] if isinstance(paths, str) else list(paths)
    files = sorted(
        {f for p in patterns for f in (_glob.glob(p, recursive=True) if _MAGIC.search(p) else [p])}
    )
    if not files:
        raise FileNotFoundError(f"no file matches {paths!r}")
    n = npartitions or max(1, (len(files) + 99) // 100)
    return db.from_sequence(files, npartitions=min(n, len(files))).map(_read_one, encoding)


def _read_one(path: str, encoding: str | None) -> dict[str, Any]:
    from pathlib import Path

    try:
        decoded = read_source(Source(path, Path(path)), encoding)
    except InputError as err:
        return {"source": path, "error": err.reason}
    return {"source": path, "text": decoded.text, "encoding": decoded.encoding}


def _unpack(item: object) -> tuple[object, str | None, object]:
    """(text, source, published) of a bag item; a text that is not a str stays as it is
    (extract_many reports it)."""
    if isinstance(item, dict):
        if "error" in item and "text" not in item:
            return _ReadFailure(item), item.get("source"), None
        return item.get("text"), item.get("source"), item.get("published")
    return item, None, None


class _ReadFailure:
    """A record of :func:`read_texts` for a file that could not be read (not a text)."""

    def __init__(self, record: dict[str, Any]) -> None:
        self.record = record


def _documents(
    items: Iterable[tuple[object, str | None, object]],
    published: date | None,
    errors: Errors,
    names: Sequence[str],
) -> Iterator[tuple[str | None, Any]]:
    """(source, Document | Skipped) for the items of one partition, in order.

    ``names[i]`` is what an error message calls item ``i`` (``bag item 7``, ``row 12``);
    a Skipped record's message names it (and its source) the same way.
    """
    items = list(items)
    texts = []
    for text, _source, pub in items:
        if isinstance(text, str):
            try:
                texts.append((text, coerce_date(pub)))  # type: ignore[arg-type]
            except (TypeError, ValueError):
                texts.append((text, pub))  # extract_many reports the bad date
        else:
            texts.append(text)  # type: ignore[arg-type]
    results = extract_many(texts, published=published, errors="skip")
    for i, ((text, source, _pub), result) in enumerate(zip(items, results)):
        if isinstance(text, _ReadFailure):
            result = Skipped(i, "InputError", text.record["error"])
        if isinstance(result, Skipped):
            name = f"{names[i]} ({source})" if source else names[i]
            message = result.message.replace(f"item {result.index} of texts", "", 1)
            result = Skipped(
                result.index, result.error, f"{name}: {message.lstrip(': ')}", result.exception
            )
            if errors == "raise":
                if result.exception is not None:
                    raise result.exception
                bad_value = result.error in ("ValueError", "InputError")
                raise (ValueError if bad_value else TypeError)(result.message)
        yield source, result


def _partition_facts(
    items: list[object], offset: int, published: date | None, errors: Errors
) -> pd.DataFrame:
    unpacked = [_unpack(item) for item in items]
    rows: list[dict[str, Any]] = []
    names = [f"bag item {offset + i}" for i in range(len(items))]
    for i, (source, doc) in enumerate(_documents(unpacked, published, errors, names)):
        if not isinstance(doc, Skipped):
            rows += fact_rows(doc, doc_index=offset + i, source=source)
    return rows_frame(rows)


# --------------------------------------------------------------------------- bags


def facts_from_bag(
    bag: db.Bag, *, published: date | str | None = None, errors: Errors = "raise"
) -> dd.DataFrame:
    """The facts of every text in ``bag`` as a Dask DataFrame (lazy; nothing runs yet).

    Args:
        bag: items are texts (``str``) or dicts with ``"text"`` and optionally ``"source"``
            and ``"published"`` (ISO string or date), such as :func:`read_texts` gives.
        published: the publication date of every text without its own.
        errors: ``"raise"``: a bad item (not a text, a bad date, an unreadable file) fails
            the computation, naming it; ``"skip"``: it gives no rows.

    Returns:
        A ``dask.dataframe.DataFrame`` with :data:`pressie.frames.FACT_COLUMNS`; ``doc`` is
        the item's position in the bag (partition lengths are counted as partitions are
        processed, in order).
    """
    _need_dask()
    import dask.dataframe as dd
    from dask import delayed

    pub = coerce_date(published)
    parts = bag.to_delayed()
    offsets: list[Any] = [0]
    for part in parts[:-1]:
        offsets.append(delayed(_add_len)(offsets[-1], part))
    frames = [
        delayed(_partition_facts)(part, offset, pub, errors) for part, offset in zip(parts, offsets)
    ]
    return dd.from_delayed(frames, meta=empty_frame(), verify_meta=False)


def _add_len(offset: int, part: list[object]) -> int:
    return offset + len(part)


def extract_bag(
    bag: db.Bag, *, published: date | str | None = None, errors: Errors = "skip"
) -> db.Bag:
    """A bag of full results, one per item: ``{"source", "document"}`` or ``{"source", "error"}``.

    For when the facts table is not enough (entities, quantities, sections) or to list the
    inputs that failed.  Items as for :func:`facts_from_bag`; ``document`` is a
    :class:`~pressie.model.Document`.
    """
    _need_dask()
    pub = coerce_date(published)
    return bag.map_partitions(_partition_records, pub, errors)


def _partition_records(items: list[object], published: date | None, errors: Errors) -> list[dict]:
    unpacked = [_unpack(item) for item in items]
    names = [f"item {i} of its partition" for i in range(len(items))]
    out: list[dict[str, Any]] = []
    for source, doc in _documents(unpacked, published, errors, names):
        if isinstance(doc, Skipped):
            out.append({"source": source, "error": str(doc)})
        else:
            out.append({"source": source, "document": doc})
    return out


# --------------------------------------------------------------------------- DataFrames


def facts_from_dataframe(
    df: dd.DataFrame,
    text: str = "text",
    *,
    source: str | None = None,
    published: str | None = None,
    errors: Errors = "raise",
) -> dd.DataFrame:
    """The facts of the texts in column ``text`` of a Dask DataFrame, as a Dask DataFrame.

    Args:
        df: a Dask DataFrame with an integer index (``doc`` is each row's index label).
        text: the column holding the texts.
        source: a column copied into the ``source`` column of its facts.
        published: a column of publication dates (dates or ISO strings; missing = none).
        errors: as for :func:`facts_from_bag`.

    Raises:
        KeyError: a named column is missing.
        TypeError: the index is not of integers.
    """
    _need_dask()
    for col in (text, source, published):
        if col is not None and col not in df.columns:
            raise KeyError(
                f"column {col!r} not in the DataFrame ({', '.join(map(str, df.columns))})"
            )
    if df.index.dtype.kind not in "iu":
        raise TypeError(
            f"facts_from_dataframe needs an integer index (doc ids), not {df.index.dtype}"
        )
    return df.map_partitions(_frame_facts, text, source, published, errors, meta=empty_frame())


def _frame_facts(
    part: pd.DataFrame, text: str, source: str | None, published: str | None, errors: Errors
) -> pd.DataFrame:
    import pandas as pd

    texts = part[text].tolist()
    sources = (
        [None if pd.isna(s) else str(s) for s in part[source]] if source else [None] * len(part)
    )
    pubs: list[object] = [None] * len(part)
    if published:
        pubs = [
            None if _missing(p) else (p.date() if hasattr(p, "date") else p)
            for p in part[published]
        ]
    names = [f"row {label}" for label in part.index.tolist()]
    docs = list(_documents(zip(texts, sources, pubs), None, errors, names))
    rows: list[dict[str, Any]] = []
    for label, (src, doc) in zip(part.index.tolist(), docs):
        if not isinstance(doc, Skipped):
            rows += fact_rows(doc, doc_index=int(label), source=src)
    return rows_frame(rows)


def _missing(value: object) -> bool:
    import pandas as pd

    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------- workers


def warm() -> float:
    """Load pressie's pipeline in this process (once); returns the seconds it took now."""
    import time

    start = time.perf_counter()
    shared_pipeline()
    return time.perf_counter() - start


def preload(client: Client) -> dict[str, float]:
    """Load the pipeline on every worker of ``client`` now and on every worker that joins later.

    Returns:
        Seconds each current worker spent loading (about 0 where it was already loaded).
    """
    from distributed.diagnostics.plugin import WorkerPlugin

    class PressiePipeline(WorkerPlugin):
        name = "pressie-pipeline"

        def setup(self, worker: Any) -> None:
            warm()

    seconds: dict[str, float] = client.run(warm)
    client.register_plugin(PressiePipeline())  # for workers that join later
    return seconds
