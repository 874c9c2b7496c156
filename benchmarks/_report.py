"""Shared helpers for benchmark scripts: each owns one marked section of docs/benchmarks.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "benchmarks.md"


def write_section(name: str, markdown: str, report: Path = REPORT) -> None:
    """Replace (or append) the section ``name`` of ``docs/benchmarks.md`` with ``markdown``.

    A section is delimited by ``<!-- name:start -->`` and ``<!-- name:end -->`` so that
    several benchmark scripts can each refresh their own table without touching the others.
    """
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{markdown.rstrip()}\n{end}"
    text = report.read_text(encoding="utf-8") if report.exists() else "# pressie benchmarks\n"
    pattern = re.compile(re.escape(start) + r".*?" + re.escape(end), re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _m: block, text)
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text(text, encoding="utf-8")


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    """Render a simple Markdown table; floats are shown with 3 decimals."""

    def cell(v: object) -> str:
        return f"{v:.3f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)
