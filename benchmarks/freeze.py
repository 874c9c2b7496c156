"""Frozen output of every gold set: a regression harness for refactoring.

usage:
    python benchmarks/freeze.py            # compare pressie's output with the frozen files
    python benchmarks/freeze.py --update   # rewrite the frozen files from the current code

For every document of every gold set (``benchmarks/_data.py: default_sets()``) this runs
``pressie.extract`` with the gold's ``published`` date and records the facts, quantities and
entities as JSON (no document text; a fact's ``sentence`` is kept as offsets only) in
``tests/data/frozen/<set>.jsonl.gz``, one line per document (gzip, written reproducibly:
the same output gives the same bytes).  ``tests/test_frozen.py`` fails
with a readable diff (set, document, which fact, which field) when the output differs.

A deliberate change of extraction rules changes the frozen output: rerun with ``--update``
and commit the rewritten files together with the rule change (the diff of the files is the
review of the change).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402

FROZEN = ROOT / "tests" / "data" / "frozen"
#: The parts of a Document that are frozen, in order.
PARTS = ("facts", "quantities", "entities")

Record = dict[str, Any]
Extract = Callable[..., Any]


def slug(name: str) -> str:
    """File stem of a gold set's frozen file: ``own batch 2`` -> ``own_batch_2``."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def frozen_path(name: str) -> Path:
    """Where the frozen output of gold set ``name`` lives."""
    return FROZEN / f"{slug(name)}.jsonl.gz"


def snapshot(document: Any) -> dict[str, list[Record]]:
    """The frozen parts of a :class:`pressie.model.Document`, JSON-shaped, without text.

    Surface ``text`` fields of quantities, entities and spans are kept (short cuts of the
    input); the document text and each fact's sentence text are left out.
    """
    out: dict[str, list[Record]] = {}
    for part in PARTS:
        rows = [m.model_dump(mode="json") for m in getattr(document, part)]
        if part == "facts":
            for row in rows:
                row["sentence"] = [row["sentence"]["start"], row["sentence"]["end"]]
        out[part] = rows
    return out


def gold_documents() -> Iterator[tuple[str, str, str, str | None]]:
    """``(set name, document id, text, published)`` of every gold document, in set order."""
    for name, gold, texts in default_sets():
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                doc = json.loads(line)
                yield name, str(doc.get("id") or doc["source"]), doc_text(doc, texts), doc.get(
                    "published")


def compute(extract: Extract | None = None) -> dict[str, list[Record]]:
    """Run ``extract`` (default ``pressie.extract``) on every gold document.

    Returns ``{set name: [{"id": ..., "facts": [...], "quantities": [...], "entities": [...]}]}``.
    """
    if extract is None:
        import pressie

        extract = pressie.extract
    out: dict[str, list[Record]] = {}
    for name, doc_id, text, published in gold_documents():
        record: Record = {"id": doc_id}
        record.update(snapshot(extract(text, published=published)))
        out.setdefault(name, []).append(record)
    return out


def load_frozen(name: str) -> list[Record]:
    """The frozen records of gold set ``name``.

    Raises:
        FileNotFoundError: when the set was never frozen (run ``--update``).
    """
    path = frozen_path(name)
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run python benchmarks/freeze.py --update")
    text = gzip.decompress(path.read_bytes()).decode("utf-8")
    return [json.loads(x) for x in text.splitlines() if x.strip()]


def write_frozen(results: dict[str, list[Record]]) -> list[Path]:
    """Write one ``.jsonl.gz`` per set (keys sorted, one document per line, gzip without a
    time stamp so that the same output gives the same bytes); the paths written."""
    FROZEN.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, records in results.items():
        path = frozen_path(name)
        lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))
        paths.append(path)
    return paths


def _label(part: str, row: Record) -> str:
    """A short human name of a frozen row: ``fact 破获刑事案件 = 36239起 @120``."""
    if part == "facts":
        q = row.get("value") or (row.get("change") or {}).get("amount") or {}
        return f"fact {row.get('metric')!r} = {q.get('text')!r} @{q.get('start')}"
    kind = {"quantities": "quantity", "entities": "entity"}.get(part, part)
    return f"{kind} {row.get('text')!r} @{row.get('start')}"


def _field_diffs(a: Any, b: Any, path: str = "") -> Iterator[str]:
    """``field: expected X, got Y`` for every leaf where ``a`` and ``b`` differ."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            yield from _field_diffs(a.get(key), b.get(key), f"{path}.{key}" if path else key)
    elif isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b)):
            yield from _field_diffs(x, y, f"{path}[{i}]")
    elif a != b:
        yield f"{path or '(value)'}: expected {a!r}, got {b!r}"


def diff_records(name: str, expected: list[Record], actual: list[Record],
                 limit: int = 40) -> list[str]:
    """Readable differences between frozen and current records of one set (at most
    ``limit`` lines): which document, which fact/quantity/entity, which field."""
    out: list[str] = []
    exp = {r["id"]: r for r in expected}
    act = {r["id"]: r for r in actual}
    for doc_id in [r["id"] for r in expected] + [i for i in act if i not in exp]:
        where = f"{name} / {doc_id}"
        if doc_id not in act:
            out.append(f"{where}: document missing from the current output")
            continue
        if doc_id not in exp:
            out.append(f"{where}: document not in the frozen output")
            continue
        for part in PARTS:
            e, a = exp[doc_id].get(part, []), act[doc_id].get(part, [])
            if e == a:
                continue
            if len(e) != len(a):
                out.append(f"{where}: {len(e)} {part} frozen, {len(a)} now")
            for k, (x, y) in enumerate(zip(e, a)):
                if x != y:
                    for line in _field_diffs(x, y):
                        out.append(f"{where}: {part}[{k}] {_label(part, x)}: {line}")
            for k in range(min(len(e), len(a)), max(len(e), len(a))):
                row = e[k] if k < len(e) else a[k]
                state = "only frozen" if k < len(e) else "only now"
                out.append(f"{where}: {part}[{k}] {_label(part, row)}: {state}")
    if len(out) > limit:
        out = out[:limit] + [f"... {len(out) - limit} more differences"]
    return out


def compare(results: dict[str, list[Record]]) -> list[str]:
    """All differences between ``results`` and the frozen files (empty when identical)."""
    out: list[str] = []
    names = [name for name, _gold, _texts in default_sets()]
    for name in names:
        out += diff_records(name, load_frozen(name), results.get(name, []))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: compare with (or ``--update``) the frozen files; exit 1 on a difference."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--update", action="store_true", help="rewrite the frozen files")
    args = ap.parse_args(argv)
    results = compute()
    if args.update:
        for path in write_frozen(results):
            print(f"wrote {path.relative_to(ROOT)}")
        return 0
    diffs = compare(results)
    for line in diffs:
        print(line)
    n = sum(len(r) for r in results.values())
    print(f"{n} documents: " + ("identical to the frozen output" if not diffs else
                                f"{len(diffs)} difference lines"))
    return 1 if diffs else 0


if __name__ == "__main__":
    raise SystemExit(main())
