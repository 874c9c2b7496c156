"""Command line.

``pressie extract PATH... [--published DATE] [--format json|jsonl]`` prints one JSON Document
per input (``-`` reads stdin); an unreadable file is reported on one line and makes the exit
status 1, the other files are still processed.  ``pressie schema`` prints the JSON Schema of
the output; ``pressie check PATH...`` lists consistency findings (:func:`pressie.checks.cli`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressie", description="Extract statistics from Chinese police press releases."
    )
    parser.add_argument("--version", action="version", version=f"pressie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract facts from files (or - for stdin)")
    ext.add_argument("paths", nargs="+", metavar="PATH", help="text files, UTF-8; - reads stdin")
    ext.add_argument("--published", help="publication date (ISO, e.g. 2021-10-13) for every input")
    ext.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default="json",
        help="json: one indented JSON document per input; jsonl: one per line",
    )
    sub.add_parser("schema", help="print the JSON Schema of the output Document")
    sub.add_parser("check", help="consistency findings of files (pressie check -h)")
    return parser


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as fh:
        return fh.read()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 when some input could not be read, 2 usage)."""
    rest = list(sys.argv[1:] if argv is None else argv)
    if rest[:1] == ["check"]:  # its own options: pressie.checks.cli
        from .checks import cli

        return cli(rest[1:])
    args = _parser().parse_args(argv)
    if args.command == "schema":
        import json

        from .model import Document

        print(json.dumps(Document.model_json_schema(), ensure_ascii=False, indent=2))
        return 0
    from .api import extract
    from .pipeline import coerce_date

    try:
        published = coerce_date(args.published)
    except ValueError as err:
        print(f"pressie: {err}", file=sys.stderr)
        return 2
    status = 0
    indent = 2 if args.format == "json" else None
    for path in args.paths:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            print(f"pressie: cannot read {path}: {reason}", file=sys.stderr)
            status = 1
            continue
        doc = extract(text, published=published)
        sys.stdout.write(doc.model_dump_json(indent=indent) + "\n")
        sys.stdout.flush()
    return status
