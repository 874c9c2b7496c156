"""Dump ``pressie.extract(text).model_dump_json()`` for every gold document, one per line.

``python benchmarks/dump_outputs.py OUT.jsonl`` writes ``{"set", "id", "json"}`` lines for
the seeds and every own batch (:func:`benchmarks._data.default_sets`), in a fixed order, so
that two runs (before and after a change meant to keep output identical) can be compared
with ``diff``.  With ``--pipeline`` the output is built from ``pressie.load()(text)`` and
:func:`pressie.pipeline.to_document` instead of :func:`pressie.extract`.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Write the dump; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    import pressie

    n = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for name, gold, texts in default_sets():
            for line in gold.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                doc = json.loads(line)
                text = doc_text(doc, texts)
                out = pressie.extract(text, published=doc.get("published"))
                key = doc.get("id") or doc.get("source")
                fh.write(json.dumps({"set": name, "id": key, "json": out.model_dump_json()},
                                    ensure_ascii=False) + "\n")
                n += 1
    print(f"{n} documents -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
