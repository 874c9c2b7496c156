"""The real-page development corpus: add pages, verify texts, list what is missing.

Third-party page text is never committed. What is committed, per batch folder
``benchmarks/data/real/<batch>/``:

- ``manifest.jsonl``: one line per page: ``id``, ``batch``, ``url``, ``query`` (the ``search``
  query, corpus ``pages``, that returned it), ``chars`` and ``sha256`` of the saved text,
  ``published`` (the page's date when the page or its address shows one, else null), and a
  short ``note`` (genre, region, what is messy about it).
- ``gold.jsonl``: gold in ``goldtool.py`` form (spec v1.1), every quantity with ``start`` and a
  unique ``ctx`` anchor, so ``goldtool.py reanchor`` can re-place it in a re-typed text.

The texts live in the git-ignored ``benchmarks/data/real/texts/<id>.txt``.

usage:
    python benchmarks/real_corpus.py add BATCH ID URL QUERY FILE [--published D] [--note N]
        # runs the held-out guard on FILE (and URL); refused -> FILE deleted, exit 1;
        # accepted -> FILE moved to texts/ID.txt and a manifest line appended
    python benchmarks/real_corpus.py verify     # every manifest text present and identical?
    python benchmarks/real_corpus.py missing    # the (id, url, query) of each absent text

Re-collecting on a new machine: for each line ``missing`` prints, run the ``search`` tool with
corpus ``pages`` and the line's query, take the result whose ``url`` equals the manifest's,
write its ``excerpt`` exactly (from the JSON string, with Python) to ``texts/<id>.txt``, then
``verify``: a matching sha256 means the text is identical to the one the gold was made on;
else run ``goldtool.py reanchor`` on that batch's gold.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "benchmarks" / "data" / "real"
TEXTS = REAL / "texts"
_HAN = re.compile(r"[0-9\u3400-\u9fff\uf900-\ufaff]+")
GUARD = ROOT.parent / "shared" / "tools" / "heldout_guard.py"


def sha256(text: str) -> str:
    """Hex sha256 of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest(batch: str | None = None) -> list[dict[str, Any]]:
    """Every manifest line (of one batch, or of all batches in folder order)."""
    out: list[dict[str, Any]] = []
    for folder in sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "texts"):
        if batch is not None and folder.name != batch:
            continue
        path = folder / "manifest.jsonl"
        if path.exists():
            out += [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
    return out


def guard(url: str, file: Path) -> bool:
    """True when the held-out guard accepts the page (address and text)."""
    if not GUARD.exists():
        raise SystemExit(f"held-out guard not found at {GUARD}")
    r = subprocess.run([sys.executable, str(GUARD), "--url", url, str(file)],
                       capture_output=True, text=True)
    print(r.stdout.strip())
    return r.returncode == 0


def _windows(text: str) -> set[str]:
    core = "".join(_HAN.findall(_simplified(text)))
    return {core[i:i + 10] for i in range(len(core) - 9)}


def _simplified(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("t2s").convert(text))


def _near_duplicate(text: str) -> str | None:
    """The id of a corpus text sharing 30% of either text's windows with ``text``, if any."""
    w = _windows(text)
    for m in manifest():
        path = TEXTS / f"{m['id']}.txt"
        if not path.exists() or not w:
            continue
        other = _windows(path.read_text(encoding="utf-8"))
        if other and len(w & other) / min(len(w), len(other)) >= 0.3:
            return str(m["id"])
    return None


def add(args: argparse.Namespace) -> int:
    """Guard one saved page; keep it (texts/ + manifest line) or delete it."""
    src = Path(args.file)
    if not guard(args.url, src):
        src.unlink()
        print(f"refused: {src} deleted; do not read, annotate or keep it")
        return 1
    if any(m["url"] == args.url for m in manifest()):
        print(f"already in the corpus: {args.url}")
        return 1
    text = src.read_text(encoding="utf-8")
    digest = sha256(text)
    if any(m["sha256"] == digest for m in manifest()):
        print("the same text is already in the corpus")
        return 1
    near = _near_duplicate(text)
    if near is not None:
        src.unlink()
        print(f"a copy of {near} (30% or more of its 10-character windows): deleted")
        return 1
    TEXTS.mkdir(parents=True, exist_ok=True)
    dest = TEXTS / f"{args.id}.txt"
    if dest.exists():
        print(f"{dest} exists already: pick another id")
        return 1
    dest.write_text(text, encoding="utf-8")
    src.unlink()
    (REAL / args.batch).mkdir(parents=True, exist_ok=True)
    line = {"id": args.id, "batch": args.batch, "url": args.url, "query": args.query,
            "chars": len(text), "sha256": digest, "published": args.published,
            "note": args.note}
    with (REAL / args.batch / "manifest.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"kept {dest} ({len(text)} chars)")
    return 0


def verify(_: argparse.Namespace) -> int:
    """Report every manifest text as ok, changed or missing; exit 1 unless all are ok."""
    bad = 0
    for m in manifest():
        path = TEXTS / f"{m['id']}.txt"
        if not path.exists():
            print(f"missing  {m['id']}")
            bad += 1
        elif sha256(path.read_text(encoding="utf-8")) != m["sha256"]:
            print(f"changed  {m['id']} (re-anchor its gold with goldtool.py reanchor)")
            bad += 1
    print(f"{len(manifest()) - bad} of {len(manifest())} texts present and identical")
    return 1 if bad else 0


def missing(_: argparse.Namespace) -> int:
    """Print the id, url and query of every manifest text not on this machine."""
    for m in manifest():
        if not (TEXTS / f"{m['id']}.txt").exists():
            print(json.dumps({k: m[k] for k in ("id", "url", "query")}, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add")
    for name in ("batch", "id", "url", "query", "file"):
        a.add_argument(name)
    a.add_argument("--published", default=None)
    a.add_argument("--note", default="")
    sub.add_parser("verify")
    sub.add_parser("missing")
    args = ap.parse_args(argv)
    return {"add": add, "verify": verify, "missing": missing}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
