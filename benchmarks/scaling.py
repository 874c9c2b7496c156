"""Scaling benchmark: cost per character and peak memory of ``pressie.extract`` on long documents.

``python benchmarks/scaling.py`` builds documents of 10 KB, 100 KB, 1 MB and 5 MB (characters)
from the seeds and the own genre documents, extracts each one in a fresh subprocess and
reports CPU seconds, microseconds per character, the ratio of each size's cost per character
to the smallest one, the child's peak resident memory (``ru_maxrss``, model included) and the
number of facts per 100,000 characters (a check that the long text is really processed,
not skipped).  The ``scaling`` section of ``docs/benchmarks.md`` is rewritten with the table.

The long documents are not the same text repeated verbatim: pressie marks a verbatim
repeated stretch as a printed second copy and skips it, which would flatter long inputs.
Copy *k* of the corpus has its digits renamed by a fixed random permutation of ``0-9``, so
every copy carries different figures and dates (some of them impossible, like 13月, which is
itself a useful robustness check) while its language stays the genre's.

Options: ``--sizes 10000,100000`` (characters), ``--repeat N`` (best of N runs per size,
default 1), ``--no-write`` (print only).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks._report import markdown_table, write_section  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000, 5_000_000)
SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    (ROOT / "tests" / "data" / "docs").glob("*.txt")
)


def corpus_texts() -> list[str]:
    """The seed releases and the own genre documents, in a fixed order."""
    return [p.read_text(encoding="utf-8") for p in SOURCES]


def build_document(size: int, seed: int = 0) -> str:
    """A genre document of about ``size`` characters, cut at a line break.

    Copies of the corpus are joined by blank lines; copy ``k > 0`` has its digits renamed
    by a random permutation so that no copy repeats an earlier one verbatim.
    """
    rng = random.Random(seed)
    base = "\n\n".join(corpus_texts())
    parts: list[str] = []
    total = 0
    k = 0
    while total < size:
        if k == 0:
            part = base
        else:
            digits = list("0123456789")
            rng.shuffle(digits)
            part = base.translate(str.maketrans("0123456789", "".join(digits)))
        parts.append(part)
        total += len(part) + 2
        k += 1
    text = "\n\n".join(parts)[:size]
    cut = text.rfind("\n", 0, size)
    return text[:cut] if cut > size // 2 else text


def _child(size: int) -> None:
    """Run in a fresh process: warm up, extract one document of ``size``, print JSON."""
    import resource
    import time

    import pressie

    # warm up on every corpus document once, so that one-time costs (lazy imports such as
    # cn2an on the first Chinese numeral, compiled lexicon patterns) are not charged to the
    # measured document, which is a different text (digits renamed, see build_document)
    for warm in corpus_texts():
        pressie.extract(warm)
    text = build_document(size, seed=1)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.process_time()
    w0 = time.perf_counter()
    doc = pressie.extract(text)
    cpu = time.process_time() - t0
    wall = time.perf_counter() - w0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "chars": len(text),
                "cpu": cpu,
                "wall": wall,
                "rss_before_mb": rss_before / 1024,
                "peak_mb": peak / 1024,
                "facts": len(doc.facts),
                "quantities": len(doc.quantities),
            }
        )
    )


def measure(size: int, repeat: int = 1) -> dict[str, float]:
    """Best-of-``repeat`` child runs for one size (CPU time, peak RSS of the worst run)."""
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(size)],
            check=True,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    best = min(runs, key=lambda r: r["cpu"])
    best["peak_mb"] = max(r["peak_mb"] for r in runs)
    return best


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for size in sizes:
        r = measure(size, args.repeat)
        results.append(r)
        print(
            f"{r['chars']:>9,} chars  cpu {r['cpu']:8.2f}s  wall {r['wall']:8.2f}s  "
            f"{r['cpu'] / r['chars'] * 1e6:6.1f} us/char  peak {r['peak_mb']:7.0f} MB  "
            f"facts {r['facts']}",
            flush=True,
        )
    base = min(r["cpu"] / r["chars"] for r in results)
    rows = [
        [
            f"{r['chars']:,}",
            f"{r['cpu']:.2f}",
            f"{r['cpu'] / r['chars'] * 1e6:.1f}",
            f"{r['cpu'] / r['chars'] / base:.2f}x",
            f"{r['peak_mb']:.0f}",
            f"{r['facts'] / r['chars'] * 1e5:.0f}",
        ]
        for r in results
    ]
    spread = max(r["cpu"] / r["chars"] for r in results) / base
    peak = max(r["peak_mb"] for r in results)
    md = "\n".join(
        [
            "## Scaling (issue 6: linear cost, bounded memory)",
            "",
            "`python benchmarks/scaling.py` — one `pressie.extract` call per document, each in a"
            " fresh process after warming up on each corpus document; CPU time"
            " (`time.process_time`), peak resident"
            " memory of that process (`ru_maxrss`, pipeline and model included). Documents are"
            " the seeds and own documents joined, copies with permuted digits (see the"
            " script's docstring). Targets: cost per character within 1.5x across sizes, peak"
            " memory under 1.5 GB.",
            "",
            markdown_table(
                [
                    "characters",
                    "CPU s",
                    "us / char",
                    "vs cheapest",
                    "peak RSS MB",
                    "facts / 100k chars",
                ],
                rows,
            ),
            "",
            f"Spread of cost per character: {spread:.2f}x (target <= 1.5x); "
            f"largest peak RSS: {peak:.0f} MB (target < 1536 MB).",
        ]
    )
    print(md)
    if not args.no_write:
        write_section("scaling", md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
