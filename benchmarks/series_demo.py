"""Comparable series and consistency findings for any folder of release texts.

usage:
    python benchmarks/series_demo.py --texts DIR --manifest M [--out DIR] [--key KEY]...
        [--plots N] [--min-sources 2] [--period-kind year|all] [--logy]

``--manifest`` is a JSONL file, one line per document, with at least ``id`` (the text is
``DIR/<id>.txt``, or ``DIR/<file>`` when the line has a ``file`` field) and ``published``
(ISO date or null; passed to :func:`pressie.extract`).  The real-page manifests
(``benchmarks/data/real/<batch>/manifest.jsonl``) have this form; ``--manifest`` takes
several files (``--manifest benchmarks/data/real/*/manifest.jsonl``).

Writes to ``--out`` (default ``.work/series``):

* ``series.csv``    — :func:`pressie.series` over all documents (one row per level, deduplicated);
* ``keys.csv``      — per metric key: releases, regions, years, rows (sorted by releases);
* ``findings.csv``  — :func:`pressie.check` over every document, with an empty ``judgement``
  column to fill in (``source`` = a true inconsistency of the text, ``extraction`` = a pressie
  error);
* ``<key>.png``     — :func:`pressie.plot_series` for each ``--key``, else for the ``--plots``
  keys with the most releases;

and prints a Markdown summary (documents, facts, keys with figures from ``--min-sources`` or
more releases, findings per kind) for a docs page.  Plots need a font with Chinese glyphs
(``apt-get install fonts-wqy-zenhei`` or ``fonts-noto-cjk``) for their titles and legends.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import pressie  # noqa: E402
from pressie.model import Document  # noqa: E402


def read_manifest(paths: list[Path]) -> list[dict[str, Any]]:
    """Every line of the manifests, in order; each needs an ``id``.

    Raises:
        ValueError: on a line without ``id`` or with a duplicate ``id``.
    """
    lines: list[dict[str, Any]] = []
    seen: set[str] = set()
    for path in paths:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip():
                continue
            item = json.loads(raw)
            if not isinstance(item, dict) or not item.get("id"):
                raise ValueError(f"{path}:{n}: a manifest line needs an 'id'")
            if item["id"] in seen:
                raise ValueError(f"{path}:{n}: duplicate id {item['id']!r}")
            seen.add(item["id"])
            lines.append(item)
    return lines


def extract_all(texts: Path, manifest: list[dict[str, Any]]) -> dict[str, Document]:
    """Extract every manifest document that has a text; missing texts are reported."""
    docs: dict[str, Document] = {}
    for item in manifest:
        path = texts / item.get("file", f"{item['id']}.txt")
        if not path.is_file():
            print(f"missing text: {path}", file=sys.stderr)
            continue
        text = path.read_text(encoding="utf-8")
        docs[item["id"]] = pressie.extract(text, published=item.get("published"))
    return docs


def key_table(table: Any) -> list[dict[str, Any]]:
    """Per metric key: the releases, regions and years its primary figures come from."""
    out: dict[str, dict[str, Any]] = {}
    for row in table.itertuples(index=False):
        entry = out.setdefault(
            row.metric_key,
            {"metric_key": row.metric_key, "sources": set(), "regions": set(), "years": set()},
        )
        entry["sources"].update(str(row.sources).split(";"))
        if isinstance(row.region, str):
            entry["regions"].add(row.region)
        if row.period_end is not None and str(row.period_end) != "NaT":
            entry["years"].add(row.period_end.year)
        entry["rows"] = entry.get("rows", 0) + 1
    rows = [
        {
            "metric_key": e["metric_key"],
            "releases": len(e["sources"]),
            "regions": len(e["regions"]),
            "years": ";".join(str(y) for y in sorted(e["years"])),
            "rows": e["rows"],
            "region_list": ";".join(sorted(e["regions"])),
        }
        for e in out.values()
    ]
    rows.sort(key=lambda r: (-r["releases"], -r["regions"], r["metric_key"]))
    return rows


def findings_rows(docs: dict[str, Document]) -> list[dict[str, Any]]:
    """One row per finding of every document, with the facts' metrics and sentences."""
    rows = []
    for name, doc in docs.items():
        for f in pressie.check(doc):
            first = doc.facts[f.facts[0]]
            rows.append(
                {
                    "source": name,
                    "kind": f.kind,
                    "severity": f.severity,
                    "facts": ";".join(str(i) for i in f.facts),
                    "metrics": ";".join(doc.facts[i].metric for i in f.facts),
                    "figures": ";".join(s.text for s in f.spans),
                    "offsets": ";".join(f"{s.start}-{s.end}" for s in f.spans),
                    "expected": f.expected,
                    "written": f.written,
                    "message": f.message,
                    "sentence": doc.text[first.sentence.start : first.sentence.end],
                    "judgement": "",
                }
            )
    return rows


def _write_csv(path: Path, rows: list[dict[str, Any]], fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


def _safe_name(key: str) -> str:
    return re.sub(r"[^\w\u3400-\u9fff-]+", "_", key)[:60] or "key"


def main(argv: list[str] | None = None) -> int:
    """Run the demo; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--texts", type=Path, required=True, help="folder of <id>.txt files")
    ap.add_argument(
        "--manifest", type=Path, nargs="+", action="extend", required=True, help="JSONL file(s)"
    )
    ap.add_argument("--out", type=Path, default=ROOT / ".work" / "series")
    ap.add_argument("--key", action="append", default=[], help="metric key(s) to plot")
    ap.add_argument("--plots", type=int, default=3, help="plot the N keys with most releases")
    ap.add_argument("--min-sources", type=int, default=2)
    ap.add_argument("--period-kind", default="year", help="year, ytd, half … or all")
    ap.add_argument("--logy", action="store_true", help="logarithmic value axis")
    args = ap.parse_args(argv)

    manifest = read_manifest(args.manifest)
    docs = extract_all(args.texts, manifest)
    if not docs:
        print("no texts found", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    table = pressie.series(docs)
    table.to_csv(args.out / "series.csv", index=False)
    keys = key_table(table)
    _write_csv(args.out / "keys.csv", keys, list(keys[0]) if keys else ["metric_key"])
    findings = findings_rows(docs)
    _write_csv(
        args.out / "findings.csv",
        findings,
        list(findings[0])
        if findings
        else ["source", "kind", "severity", "facts", "message", "judgement"],
    )

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    wanted = args.key or [k["metric_key"] for k in keys[: args.plots]]
    kind = None if args.period_kind == "all" else args.period_kind
    plotted = []
    for key in wanted:
        try:
            ax = pressie.plot_series(table, key, period_kind=kind, logy=args.logy)
        except ValueError as err:
            print(f"no plot for {key}: {err}", file=sys.stderr)
            continue
        png = args.out / f"{_safe_name(key)}.png"
        ax.figure.tight_layout()
        ax.figure.savefig(png, dpi=110)
        plt.close(ax.figure)
        plotted.append(png)

    multi = [k for k in keys if k["releases"] >= args.min_sources]
    n_facts = sum(len(d.facts) for d in docs.values())
    print(f"documents: {len(docs)}, facts: {n_facts}, series rows: {len(table)}")
    print(
        f"metric keys: {len(keys)}; with figures from >= {args.min_sources} releases: {len(multi)}"
    )
    print(f"rows merged from several releases: {int((table['n_sources'] > 1).sum())}")
    print()
    print("| metric key | releases | regions | years |")
    print("|---|---|---|---|")
    for k in multi[:40]:
        print(f"| {k['metric_key']} | {k['releases']} | {k['regions']} | {k['years']} |")
    print()
    counts = Counter((f["kind"], f["severity"]) for f in findings)
    print(f"findings: {len(findings)}", dict(sorted(counts.items())))
    for png in plotted:
        print(f"plot: {png}")
    names = ("series.csv", "keys.csv", "findings.csv")
    print("tables:", ", ".join(str(args.out / n) for n in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
