"""Facts as a table: one flat row per fact, as dicts (:func:`fact_rows`) or a pandas DataFrame.

:func:`facts_frame` is the tidy analysis table (pandas, from the optional extra
``[table]``); :func:`fact_rows` gives the same rows as plain dicts without pandas (the CSV
and terminal-table writers of the CLI and :mod:`pressie.dask` use it).  The columns, their
types and meanings are :data:`FACT_COLUMNS`, the one place they are defined: the DataFrame
dtypes, the Parquet schema and the docs' column table all come from it.

Strings in the rows are the document's surface strings; a lone surrogate (which no UTF-8
file, CSV or Parquet can hold) is replaced by U+FFFD, one character for one, so offsets
still index the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .model import Document, Fact, Period, Quantity

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    import pyarrow as pa

ColumnType = Literal["int", "float", "str", "date", "bool"]


class Column(NamedTuple):
    """One column of the facts table: its name, value type and meaning."""

    name: str
    type: ColumnType
    description: str


#: The columns of the facts table, in order.
FACT_COLUMNS: tuple[Column, ...] = (
    Column("doc", "int", "Position of the document in the input (0-based)."),
    Column("source", "str", "Where the document came from (file path, id), when given."),
    Column("published", "date", "The document's publication date."),
    Column("reference_date", "date", "What 今年/去年 resolve against in the document."),
    Column("fact", "int", "Position of the fact in its document (0-based)."),
    Column("metric", "str", "What was measured (破获各类刑事案件)."),
    Column("value", "float", "The normalized value in its unit; empty for a change-only fact."),
    Column("value_max", "float", "Upper bound of a range."),
    Column("unit", "str", "Canonical unit (起, 人, 元, %, kg, ...)."),
    Column("kind", "str", "count, money, percent, permille, points, multiple, weight, ..."),
    Column("approx", "str", "exact, over, nearly, about, under, at_least, range or vague."),
    Column("value_text", "str", "The value as written (8.1万余起)."),
    Column("value_start", "int", "Start offset of the value in the original text."),
    Column("value_end", "int", "End offset (exclusive) of the value."),
    Column("change_direction", "str", "up, down or flat."),
    Column("change_amount", "float", "How much it changed, in change_unit."),
    Column("change_unit", "str", "Unit of the change amount (%, pp, 倍, 起, ...)."),
    Column("change_basis", "str", "yoy (同比), mom (环比) or baseline."),
    Column("change_text", "str", "The change amount as written (116.5%)."),
    Column("baseline", "float", "The compared-to level, when written (较去年(1469起))."),
    Column("baseline_text", "str", "The compared-to level as written."),
    Column("base_period_start", "date", "First day of the compared-to period."),
    Column("base_period_end", "date", "Last day of the compared-to period."),
    Column("period_start", "date", "First day the figure covers (inclusive)."),
    Column("period_end", "date", "Last day the figure covers (inclusive)."),
    Column("period_text", "str", "The period expression as written (今年1至4月)."),
    Column("period_inherited", "bool", "True when the period comes from earlier context."),
    Column("scope", "str", "Reporting body or area as written (全区公安机关)."),
    Column("region", "str", "The scope normalized to a full place name (内蒙古自治区)."),
    Column("campaign", "str", "Canonical name of the campaign the figure belongs to."),
    Column("sentence", "str", "The sentence the fact stands in."),
    Column("sentence_start", "int", "Start offset of the sentence."),
    Column("sentence_end", "int", "End offset (exclusive) of the sentence."),
)
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in FACT_COLUMNS)

_SURROGATE = re.compile("[\ud800-\udfff]")

#: pandas dtype of each column type (nullable extension dtypes: missing is pd.NA / NaT)
_PANDAS_DTYPES = {
    "int": "Int64",
    "float": "Float64",
    "str": "string",
    "date": "datetime64[s]",
    "bool": "boolean",
}


def _clean(text: str | None) -> str | None:
    if text is None or not _SURROGATE.search(text):
        return text
    return _SURROGATE.sub("\ufffd", text)


def _quantity(prefix: str, q: Quantity | None) -> dict[str, Any]:
    if q is None:
        return {}
    return {
        prefix: q.value,
        f"{prefix}_max": q.value_max,
        "unit": q.unit,
        "kind": q.kind,
        "approx": q.approx,
        f"{prefix}_text": _clean(q.text),
        f"{prefix}_start": q.start,
        f"{prefix}_end": q.end,
    }


def _period(prefix: str, p: Period | None) -> dict[str, Any]:
    if p is None:
        return {}
    return {f"{prefix}_start": p.date_start, f"{prefix}_end": p.date_end}


def _fact_row(fact: Fact, i: int) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMN_NAMES)
    row["fact"] = i
    row["metric"] = _clean(fact.metric)
    row.update(_quantity("value", fact.value))
    change = fact.change
    if change is not None:
        row["change_direction"] = change.direction
        row["change_basis"] = change.basis
        if change.amount is not None:
            row["change_amount"] = change.amount.value
            row["change_unit"] = change.amount.unit
            row["change_text"] = _clean(change.amount.text)
        if change.baseline is not None:
            row["baseline"] = change.baseline.value
            row["baseline_text"] = _clean(change.baseline.text)
        row.update(_period("base_period", change.base_period))
    period = fact.period
    if period is not None:
        row.update(_period("period", period))
        row["period_text"] = _clean(period.text)
        row["period_inherited"] = period.inherited
    row["scope"] = _clean(fact.scope)
    row["region"] = fact.region
    row["campaign"] = fact.campaign
    row["sentence"] = _clean(fact.sentence.text)
    row["sentence_start"] = fact.sentence.start
    row["sentence_end"] = fact.sentence.end
    return row


def fact_rows(doc: Document, *, doc_index: int = 0, source: str | None = None) -> list[dict]:
    """One flat dict per fact of ``doc``, keyed by :data:`COLUMN_NAMES` (missing = ``None``).

    Args:
        doc: an extracted document.
        doc_index: the ``doc`` column (the document's position in a corpus).
        source: the ``source`` column (a path or id).

    Returns:
        A list of dicts with plain Python values (``float``, ``int``, ``str``,
        ``datetime.date``, ``bool`` or ``None``), in fact order.

    Raises:
        TypeError: when ``doc`` is not a :class:`~pressie.model.Document`.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"fact_rows expects a pressie Document, not {type(doc).__name__}")
    rows = [_fact_row(f, i) for i, f in enumerate(doc.facts)]
    for row in rows:
        row["doc"] = doc_index
        row["source"] = source
        row["published"] = doc.published
        row["reference_date"] = doc.reference_date
    return rows


def _pairs(docs: object) -> Iterator[tuple[str | None, object]]:
    """(source, document) pairs from the shapes :func:`facts_frame` accepts."""
    if isinstance(docs, Document):
        yield None, docs
    elif isinstance(docs, Mapping):
        for source, doc in docs.items():
            yield str(source), doc
    elif isinstance(docs, Iterable) and not isinstance(docs, (str, bytes)):
        for item in docs:
            if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Document):
                yield (None if item[0] is None else str(item[0])), item[1]
            else:
                yield None, item
    else:
        raise TypeError(
            "facts_frame expects a Document, an iterable of Documents or (source, Document) "
            f"pairs, or a mapping source -> Document, not {type(docs).__name__}"
        )


def _iter_rows(docs: object) -> Iterator[dict]:
    from .api import Skipped

    for i, (source, doc) in enumerate(_pairs(docs)):
        if isinstance(doc, Skipped):
            continue  # a failed input of extract_many(errors="skip"): no facts
        if not isinstance(doc, Document):
            raise TypeError(f"item {i}: expected a pressie Document, not {type(doc).__name__}")
        yield from fact_rows(doc, doc_index=i, source=source)


def rows_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A DataFrame with exactly the :data:`FACT_COLUMNS` and their dtypes, from fact rows."""
    pd = _pandas()
    frame = pd.DataFrame.from_records(list(rows), columns=list(COLUMN_NAMES))
    return frame.astype({c.name: _PANDAS_DTYPES[c.type] for c in FACT_COLUMNS})


def empty_frame() -> pd.DataFrame:
    """The facts table with no rows (the ``meta`` of a Dask DataFrame of facts)."""
    return rows_frame([])


def facts_frame(
    docs: Document | Iterable[Document | tuple[str, Document]] | Mapping[str, Document],
) -> pd.DataFrame:
    """A tidy pandas DataFrame of facts: one row per fact, the flat typed :data:`FACT_COLUMNS`.

    Args:
        docs: a :class:`~pressie.model.Document`; an iterable of Documents (the output of
            :func:`pressie.extract_many`, whose :class:`~pressie.api.Skipped` records are
            passed over); an iterable of ``(source, Document)`` pairs; or a mapping
            ``{source: Document}``.  ``doc`` is the position in that sequence.

    Returns:
        A DataFrame with nullable dtypes: ``Int64`` offsets and indices, ``Float64`` values,
        ``string`` texts, ``datetime64[s]`` dates, ``boolean`` flags (missing is ``<NA>``).

    Raises:
        ImportError: when pandas is not installed (``pip install "pressie[table]"``).
        TypeError: when an item is not a Document.
    """
    return rows_frame(_iter_rows(docs))


def arrow_schema() -> pa.Schema:
    """The pyarrow schema of the facts table (what ``--format parquet`` writes)."""
    pa = _pyarrow()
    types = {
        "int": pa.int64(),
        "float": pa.float64(),
        "str": pa.string(),
        "date": pa.date32(),
        "bool": pa.bool_(),
    }
    return pa.schema([pa.field(c.name, types[c.type]) for c in FACT_COLUMNS])


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as err:  # pragma: no cover - exercised without the extra only
        raise ImportError('pressie.facts_frame needs pandas: pip install "pressie[table]"') from err
    return pandas


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as err:  # pragma: no cover - exercised without the extra only
        raise ImportError('Parquet output needs pyarrow: pip install "pressie[table]"') from err
    return pyarrow


def date_or_none(value: object) -> date | None:
    """``value`` when it is a date, else None (for writers that format dates themselves)."""
    return value if isinstance(value, date) else None
