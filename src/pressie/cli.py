"""Command line: ``pressie extract``, ``render`` and ``schema`` (also ``python -m pressie``).

``pressie extract PATH...`` reads files, directories (every ``*.txt`` below them), glob
patterns and ``-`` (stdin), detects each file's encoding, extracts the facts (in
``--n-process`` worker processes) and writes them as a terminal table (default), CSV,
Parquet, JSON Lines or JSON (``--format``, or from the suffix of ``-o OUT``).  JSON records
are ``{"source", "encoding", "document"}``; table rows carry ``source`` too.  A bad input
is reported on stderr on one line (``pressie: PATH: reason``) and the run goes on; a
progress bar shows on stderr when it is a terminal and there is more than one input.

``pressie render FILE -o page.html`` writes the review page of one document;
``pressie schema`` prints the JSON Schema of the Document; ``pressie check PATH...`` lists
consistency findings (:func:`pressie.checks.cli`, its own options: ``pressie check -h``).

Exit status
-----------
==== ===================================================================================
0    every input was processed
1    some input could not be read, decoded or extracted (each reported on one line; the
     others were processed and written)
2    usage error: unknown option or format, a ``--published`` date that is not
     ``YYYY-MM-DD``, parquet without ``-o``, an output file that cannot be written, an
     optional dependency missing
130  interrupted (Ctrl-C)
141  the reader of the output went away (``| head``): output stops quietly, like other
     Unix tools stopped by SIGPIPE
==== ===================================================================================

Adding a subcommand
-------------------
Write ``add_NAME(subparsers)`` that creates its parser (reusing :func:`add_input_options`
and :func:`add_output_options` where they fit) and sets ``run=run_NAME``, a function of
the parsed arguments returning the exit status; list ``add_NAME`` in :data:`SUBCOMMANDS`.
:func:`open_output` gives any subcommand the shared writers of :mod:`pressie.output`;
:class:`Reporter` prints one-line problems and the progress bar; raise :class:`UsageError`
for exit status 2.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

from ._version import __version__
from .output import FORMATS, TABULAR, TableColumn, Writer, format_for_path, open_writer

EXIT_OK = 0
EXIT_INPUT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_CLOSED_PIPE = 141


class UsageError(Exception):
    """A problem with the command line itself (exit status 2); the message is one line."""


# --------------------------------------------------------------------------- shared parts


class Reporter:
    """One-line problem reports and the progress bar, both on stderr.

    Args:
        total: number of inputs (for the bar), None when unknown.
        progress: True / False to force the bar on / off; None: on when stderr is a
            terminal and there is more than one input.
    """

    def __init__(self, total: int | None, progress: bool | None = None) -> None:
        if progress is None:
            progress = (total or 0) > 1 and _isatty(sys.stderr)
        self.errors = 0
        self.encodings: Counter[str] = Counter()
        self.bar: Any = None
        if progress:
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def problem(self, message: str) -> None:
        """Report a problem with one input on one line and count it."""
        self.errors += 1
        line = "pressie: " + " ".join(str(message).split())
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
            self.bar.update(1)
        else:
            print(line, file=sys.stderr, flush=True)

    def done(self, encoding: str | None = None) -> None:
        """Count one input as processed (decoded with ``encoding``)."""
        if encoding is not None:
            self.encodings[encoding] += 1
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        """Remove the bar; after a run with a bar, one summary line (inputs, encodings)."""
        if self.bar is not None:
            self.bar.close()
            done = sum(self.encodings.values())
            codecs = ", ".join(f"{n} {enc}" for enc, n in self.encodings.most_common())
            print(
                f"pressie: {done} inputs processed ({codecs or 'none'}), {self.errors} failed",
                file=sys.stderr,
            )


def _isatty(stream: object) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def add_input_options(parser: argparse.ArgumentParser, *, many: bool = True) -> None:
    """The input arguments and options shared by subcommands that read press texts."""
    if many:
        parser.add_argument(
            "paths",
            nargs="+",
            metavar="PATH",
            help="files, directories (every *.txt below them), glob patterns ('**' "
            "recursive; quote them), or - for stdin",
        )
    else:
        parser.add_argument("path", metavar="FILE", help="a text file, or - for stdin")
    parser.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date of every input (what 今年/去年 resolve against when the "
        "text's header has no date)",
    )
    parser.add_argument(
        "--encoding",
        metavar="CODEC",
        help="decode inputs with this codec instead of detecting it (utf-8, gb18030, ...)",
    )


def add_output_options(
    parser: argparse.ArgumentParser, formats: Sequence[str], default: str
) -> None:
    """``--format`` and ``-o/--output``, shared by subcommands that write results."""
    parser.add_argument(
        "--format",
        choices=formats,
        help=f"output format (default: from the suffix of -o, else {default})",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write to this file instead of stdout"
    )
    parser.set_defaults(default_format=default)


def published_option(value: str | None) -> date | None:
    """The ``--published`` value as a date (strict ``YYYY-MM-DD``), or None."""
    if value is None:
        return None
    from .io import parse_iso_date

    try:
        return parse_iso_date(value)
    except ValueError as err:
        raise UsageError(f"--published: {err}") from None


def output_format(args: argparse.Namespace) -> str:
    """The format a command writes: ``--format``, else the suffix of ``-o``, else the default."""
    if args.format:
        return str(args.format)
    if args.output:
        fmt = format_for_path(args.output)
        if fmt is None:
            raise UsageError(
                f"cannot tell the format from {args.output!r}; pass --format ({'|'.join(FORMATS)})"
            )
        return fmt
    return str(args.default_format)


@contextmanager
def open_output(args: argparse.Namespace, fmt: str, **writer_options: Any) -> Iterator[Writer]:
    """The writer for ``fmt`` on ``-o OUT`` or stdout, closed (and flushed) on exit.

    Raises:
        UsageError: parquet to stdout, an output file that cannot be opened, or a missing
            optional dependency.
    """
    stream: IO[str] | None = None
    own = False
    if fmt == "parquet":
        if not args.output:
            raise UsageError("parquet output needs a file: -o OUT.parquet")
    elif args.output:
        try:
            stream = open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as err:
            raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
        own = True
    else:
        stream = _stdout(fmt)
    try:
        writer = open_writer(fmt, stream, path=args.output, **writer_options)
    except ImportError as err:
        if own and stream is not None:
            stream.close()
        raise UsageError(str(err)) from None
    except OSError as err:
        raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
    try:
        yield writer
    finally:
        try:
            writer.close()
        finally:
            if own and stream is not None:
                stream.close()


def _stdout(fmt: str) -> IO[str]:
    """stdout, made UTF-8 for the machine formats whatever the locale says."""
    stream = sys.stdout
    enc = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
    if enc not in ("utf-8", "utf8") and isinstance(stream, io.TextIOWrapper):
        if fmt == "table":
            stream.reconfigure(errors="replace")  # a terminal shows what it can
        else:
            stream.reconfigure(encoding="utf-8")
    return stream


# --------------------------------------------------------------------------- extract


def _number(value: float | None) -> str:
    if value is None:
        return ""
    if value == int(value) and abs(value) < 1e15:
        return f"{int(value):,}"
    return f"{value:,.10g}"


def _amount(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    unit = unit or ""
    if unit in ("%", "‰"):
        return f"{_number(value)}{unit}"
    return f"{_number(value)} {unit}".rstrip()


def _value_cell(row: Mapping[str, Any]) -> str:
    if row["value"] is None:
        return "—"
    text = _amount(row["value"], row["unit"])
    if row["value_max"] is not None:
        text = f"{_number(row['value'])}–{_amount(row['value_max'], row['unit'])}"
    if row["approx"] not in (None, "exact", "range"):
        text += f" ({row['approx']})"
    return text


def _period_cell(row: Mapping[str, Any]) -> str:
    start, end = row["period_start"], row["period_end"]
    if start is None and end is None:
        return f"{row['period_text']} (no dates)" if row["period_text"] else ""
    span = f"{start or '…'}–{end or '…'}"
    return f"{span} ↑" if row["period_inherited"] else span


def _change_cell(row: Mapping[str, Any]) -> str:
    if row["change_direction"] is None:
        return ""
    parts = [row["change_direction"]]
    if row["change_amount"] is not None:
        parts.append(_amount(row["change_amount"], row["change_unit"]))
    parts.append(row["change_basis"] or "")
    if row["baseline"] is not None:
        parts.append(f"from {_number(row['baseline'])}")
    return " ".join(p for p in parts if p)


#: The columns of ``pressie extract --format table`` (cells made from fact rows).
FACT_TABLE_COLUMNS: tuple[TableColumn, ...] = (
    TableColumn("#", lambda r: str(r["fact"]), no_wrap=True, justify="right"),
    TableColumn("metric", lambda r: r["metric"] or ""),
    TableColumn("value", _value_cell),
    TableColumn("period (↑ inherited)", _period_cell),
    TableColumn("region", lambda r: r["region"] or r["scope"] or ""),
    TableColumn("change", _change_cell),
    TableColumn("campaign", lambda r: r["campaign"] or ""),
)


def add_extract(sub: Any) -> None:
    """``pressie extract``."""
    parser = sub.add_parser(
        "extract",
        help="extract facts from files, directories, globs or stdin",
        description="Extract every statistic from press releases and write the facts.",
    )
    add_input_options(parser)
    parser.add_argument(
        "--published-from",
        choices=("path",),
        help="path: take each file's publication date from its path (2021-05-31.txt, "
        "20210531_x.txt, 2021/05/31/x.txt); files without one use --published",
    )
    parser.add_argument(
        "--n-process",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal and there is "
        "more than one input)",
    )
    add_output_options(parser, FORMATS, default="table")
    parser.set_defaults(run=run_extract)


def run_extract(args: argparse.Namespace) -> int:
    """Run ``pressie extract``; returns the exit status."""
    from .corpus import extract_sources
    from .io import expand_paths

    if args.n_process < 1:
        raise UsageError(f"--n-process must be at least 1, got {args.n_process}")
    fmt = output_format(args)
    published = published_option(args.published)
    sources = list(expand_paths(args.paths))
    options: dict[str, Any] = {}
    if fmt in TABULAR:
        from .frames import COLUMN_NAMES, fact_rows

        options = {"columns": COLUMN_NAMES, "table_columns": FACT_TABLE_COLUMNS}
        if fmt == "parquet":
            options["arrow_schema"] = _arrow_schema()
    reporter = Reporter(len(sources), args.progress)
    try:
        with open_output(args, fmt, **options) as writer:
            results = extract_sources(
                sources,
                on_error=lambda err: reporter.problem(str(err)),
                encoding=args.encoding,
                published=published,
                published_from_path=args.published_from == "path",
                n_process=args.n_process,
            )
            try:
                for i, result in enumerate(results):
                    if fmt in TABULAR:
                        doc = result.document
                        title = f"{result.source} ({result.encoding}): {len(doc.facts)} facts"
                        writer.group(f"{title} — {doc.title}" if doc.title else title)
                        for row in fact_rows(doc, doc_index=i, source=result.source):
                            writer.write(row)
                    else:
                        writer.write(result.record())
                    reporter.done(result.encoding)
            finally:
                results.close()
    finally:
        reporter.close()
    return EXIT_INPUT_ERROR if reporter.errors else EXIT_OK


def _arrow_schema() -> Any:
    from .frames import arrow_schema

    try:
        return arrow_schema()
    except ImportError as err:
        raise UsageError(str(err)) from None


# --------------------------------------------------------------------------- render


def add_render(sub: Any) -> None:
    """``pressie render``."""
    parser = sub.add_parser(
        "render",
        help="write the review page (HTML) of one document",
        description="Write a self-contained HTML page with the text, every fact's value, "
        "metric and period highlighted and a table of facts.",
    )
    add_input_options(parser, many=False)
    parser.add_argument("-o", "--output", metavar="OUT", help="the HTML file (default: stdout)")
    parser.set_defaults(run=run_render)


def run_render(args: argparse.Namespace) -> int:
    """Run ``pressie render``; returns the exit status."""
    from .api import extract
    from .io import STDIN, InputError, Source, read_source
    from .render import render_html

    published = published_option(args.published)
    source = Source(STDIN) if args.path == "-" else Source(args.path, Path(args.path))
    try:
        decoded = read_source(source, args.encoding)
    except InputError as err:
        Reporter(1, False).problem(str(err))
        return EXIT_INPUT_ERROR
    page = render_html(extract(decoded.text, published=published), source=source.name)
    if args.output:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as err:
            raise UsageError(f"cannot write {args.output}: {err.strerror or err}") from None
    else:
        _stdout("html").write(page)
    return EXIT_OK


# --------------------------------------------------------------------------- schema


def add_schema(sub: Any) -> None:
    """``pressie schema``."""
    parser = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output Document",
        description="Print the JSON Schema (with $id and version) of pressie's Document.",
    )
    parser.set_defaults(run=run_schema)


def run_schema(args: argparse.Namespace) -> int:
    """Run ``pressie schema``: print the schema shipped in the package."""
    from .schema import packaged_schema_text

    _stdout("json").write(packaged_schema_text())
    return EXIT_OK


# --------------------------------------------------------------------------- main

#: Functions that add a subcommand to the parser, in the order ``--help`` lists them.
SUBCOMMANDS: list[Callable[[Any], None]] = [add_extract, add_render, add_schema]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand of :data:`SUBCOMMANDS`."""
    parser = argparse.ArgumentParser(
        prog="pressie",
        description="Clean, checkable statistics from Chinese police press releases.",
        epilog="Exit status: 0 ok; 1 some input failed (the others were processed); "
        "2 usage error; 130 interrupted; 141 output pipe closed.",
    )
    parser.add_argument("--version", action="version", version=f"pressie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for add in SUBCOMMANDS:
        add(sub)
    sub.add_parser("check", help="consistency findings of files (pressie check -h)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit status (see the module docstring's table)."""
    rest = list(sys.argv[1:] if argv is None else argv)
    if rest[:1] == ["check"]:  # its own options: pressie.checks.cli
        from .checks import cli

        return cli(rest[1:])
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
        sys.stdout.flush()
        return status
    except UsageError as err:
        print(f"pressie: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_CLOSED_PIPE
    except KeyboardInterrupt:
        print("pressie: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):
        return  # not a real file (a test's capture): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
