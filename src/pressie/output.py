"""Output writers shared by the CLI's subcommands: JSON, JSON Lines, CSV, Parquet, table.

Every writer has the same three methods (:class:`Writer`): ``group(title)`` starts a group
of items (the terminal table prints one table per group; the other formats ignore it),
``write(item)`` writes one item, ``close()`` finishes the output (the closing ``]`` of a
JSON array, the Parquet footer, the last table).  JSON writers take any JSON-able mapping
(dates and pydantic models included) and stream it; the tabular writers take flat rows
keyed by the column names they were opened with.  :func:`open_writer` picks one by format
name; :func:`format_for_path` infers the format from an output file's suffix.

JSON is written as UTF-8 with non-ASCII characters as they are; a lone surrogate (which
UTF-8 cannot encode, but a Python ``str`` and hence a Document can hold) is written as its
``\\udXXX`` escape, which JSON allows and ``json.loads`` turns back into the same string.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal, NamedTuple, Protocol

from pydantic import BaseModel

#: Output formats, in the order the CLI lists them.
FORMATS = ("table", "csv", "parquet", "jsonl", "json")
#: Formats that take flat rows (the others take records).
TABULAR = frozenset({"table", "csv", "parquet"})
#: Formats written as bytes to a file (not to a terminal).
BINARY = frozenset({"parquet"})

_SUFFIXES = {
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".txt": "table",
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


class TableColumn(NamedTuple):
    """A column of the terminal table: heading, cell function of a row, layout."""

    heading: str
    cell: Callable[[Mapping[str, Any]], str]
    no_wrap: bool = False
    justify: Literal["left", "right", "center"] = "left"


class Writer(Protocol):
    """What every writer does (see the module docstring)."""

    def group(self, title: str) -> None:
        """Start a new group of items called ``title``."""

    def write(self, item: Mapping[str, Any]) -> None:
        """Write one record (JSON formats) or row (tabular formats)."""

    def close(self) -> None:
        """Finish the output; the writer is not used afterwards."""


def format_for_path(path: str | Path) -> str | None:
    """The format an output file's suffix names (``.csv`` -> csv), or None."""
    return _SUFFIXES.get(Path(path).suffix.lower())


def _default(value: object) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def to_json(item: Mapping[str, Any], indent: int | None = None) -> str:
    """``item`` as JSON text (see the module docstring for dates, models, surrogates)."""
    text = json.dumps(item, ensure_ascii=False, indent=indent, default=_default)
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


class JsonLinesWriter:
    """One JSON object per line."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def group(self, title: str) -> None:
        """Groups do not show in JSON Lines."""

    def write(self, item: Mapping[str, Any]) -> None:
        """Write ``item`` as one line and flush (a reader sees each record at once)."""
        self.stream.write(to_json(item) + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Nothing to finish."""
        self.stream.flush()


class JsonArrayWriter:
    """One JSON array of objects, streamed item by item (valid JSON for any count)."""

    def __init__(self, stream: IO[str], indent: int | None = 2) -> None:
        self.stream = stream
        self.indent = indent
        self.count = 0

    def group(self, title: str) -> None:
        """Groups do not show in JSON."""

    def write(self, item: Mapping[str, Any]) -> None:
        """Write ``item`` as the next element of the array."""
        self.stream.write("[\n" if self.count == 0 else ",\n")
        self.stream.write(to_json(item, self.indent))
        self.count += 1

    def close(self) -> None:
        """Close the array (``[]`` when nothing was written)."""
        self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        self.stream.flush()


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class CsvWriter:
    """CSV with a header row of the column names; dates ISO, missing values empty."""

    def __init__(self, stream: IO[str], columns: Sequence[str]) -> None:
        self.stream = stream
        self.columns = list(columns)
        self.csv = csv.writer(stream, lineterminator="\n")
        self.csv.writerow(self.columns)

    def group(self, title: str) -> None:
        """Groups do not show in CSV."""

    def write(self, item: Mapping[str, Any]) -> None:
        """Write one row (keys outside ``columns`` are ignored, missing ones empty)."""
        self.csv.writerow([_csv_cell(item.get(c)) for c in self.columns])

    def close(self) -> None:
        """Flush the stream."""
        self.stream.flush()


class ParquetWriter:
    """Parquet with a fixed pyarrow schema, written in row groups of ``rows_per_group`` rows.

    Memory stays bounded by one row group whatever the corpus size; a run with no rows
    still writes a valid file with the schema.
    """

    def __init__(self, path: str | Path, schema: Any, rows_per_group: int = 50_000) -> None:
        import pyarrow.parquet as pq

        self.schema = schema
        self.rows: list[Mapping[str, Any]] = []
        self.rows_per_group = rows_per_group
        self.writer = pq.ParquetWriter(str(path), schema)

    def group(self, title: str) -> None:
        """Groups do not show in Parquet."""

    def write(self, item: Mapping[str, Any]) -> None:
        """Buffer one row; a full buffer becomes a row group."""
        self.rows.append(item)
        if len(self.rows) >= self.rows_per_group:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        """Write the last row group and the footer."""
        if self.rows:
            self._flush()
        self.writer.close()  # no rows at all: a valid file holding only the schema


class TableWriter:
    """Readable terminal tables (rich): one table per group, the group's title above it.

    ``columns`` say how each cell is made from a row; wide (CJK) characters are measured
    as two columns, long cells wrap.  On a terminal the table fits its width; elsewhere
    (a file, a pipe) it is ``width`` columns wide (default 160).
    """

    def __init__(
        self,
        stream: IO[str],
        columns: Sequence[TableColumn],
        *,
        width: int | None = None,
    ) -> None:
        from rich.console import Console

        class _Console(Console):
            def on_broken_pipe(self) -> None:
                """Let the caller handle a closed pipe (rich would exit with status 1)."""
                self.quiet = True
                raise BrokenPipeError

        self.columns = list(columns)
        terminal = stream.isatty() if hasattr(stream, "isatty") else False
        self.console = _Console(
            file=stream,
            width=width if width is not None or terminal else 160,
            highlight=False,
            soft_wrap=False,
        )
        self.title: str | None = None
        self.rows: list[Mapping[str, Any]] = []

    def group(self, title: str) -> None:
        """Print the table of the previous group and start one called ``title``."""
        self._print()
        self.title = title

    def write(self, item: Mapping[str, Any]) -> None:
        """Add a row to the current group's table."""
        self.rows.append(item)

    def _print(self) -> None:
        from rich.markup import escape
        from rich.table import Table

        if self.title is None and not self.rows:
            return
        if self.title is not None:
            self.console.print(escape(self.title), style="bold")
        if self.rows:
            table = Table(show_lines=False, pad_edge=False)
            for c in self.columns:
                table.add_column(c.heading, overflow="fold", no_wrap=c.no_wrap, justify=c.justify)
            for row in self.rows:
                table.add_row(*(escape(c.cell(row)) for c in self.columns))
            self.console.print(table)
        self.title, self.rows = None, []

    def close(self) -> None:
        """Print the last table."""
        self._print()
        self.console.file.flush()


def open_writer(
    fmt: str,
    stream: IO[str] | None = None,
    *,
    path: str | Path | None = None,
    columns: Sequence[str] = (),
    arrow_schema: Any = None,
    table_columns: Sequence[TableColumn] | None = None,
) -> Writer:
    """A writer for ``fmt`` (one of :data:`FORMATS`).

    Args:
        fmt: the format name.
        stream: where text formats write (ignored for parquet).
        path: the output file (required for parquet).
        columns: the row keys CSV writes, in order.
        arrow_schema: the pyarrow schema Parquet writes.
        table_columns: the columns of the terminal table.

    Raises:
        ValueError: unknown format, or a missing argument the format needs.
    """
    if fmt == "parquet":
        if path is None or arrow_schema is None:
            raise ValueError("parquet output needs a file (-o OUT.parquet) and a schema")
        return ParquetWriter(path, arrow_schema)
    if stream is None:
        raise ValueError(f"{fmt} output needs a stream")
    if fmt == "jsonl":
        return JsonLinesWriter(stream)
    if fmt == "json":
        return JsonArrayWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream, columns)
    if fmt == "table":
        if table_columns is None:
            raise ValueError("table output needs table_columns")
        return TableWriter(stream, table_columns)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
