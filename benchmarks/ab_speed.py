"""Paired throughput of two source trees: this checkout against a git revision, one run.

``python benchmarks/ab_speed.py --base HEAD~1`` exports ``src/`` and ``models/`` of the base
revision into ``.work/ab/<rev>/`` and starts two worker processes, one importing the base
tree's ``pressie`` and one this checkout's.  Each loads the corpus (the seeds and the own
documents, ``--repeat`` times) and warms up; then the workers time one pass of
``pressie.extract`` over the corpus in turn, alternating which goes first, for ``--rounds``
rounds.  Both run on the same machine at the same time of day under the same load, so the
ratio of their best (and median) passes is the change in throughput; absolute times on a
shared machine are not.  Both wall-clock and CPU time (``time.process_time`` of the worker:
less disturbed by other processes on a shared machine) are reported.  ``--mode pipe`` times
``nlp.pipe`` over ``pressie.load()`` instead, ``--mode segmenter`` the segmenter's
``spans`` alone on the working texts, ``--mode pressie_entities`` (any component of
``pressie.extract``'s pipeline) that component alone on Docs prepared up to it.
``--docs 1000`` (any size in characters) times the scaling benchmark's 100 KB document cut
into documents of that size instead of the corpus (``benchmarks/scaling.py``: the 1 KB
point), the extract workers warmed up on the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_WORKER = r"""
import json, sys, time
from pathlib import Path
root = Path(sys.argv[1]); repeat = int(sys.argv[2]); mode = sys.argv[3]; docs = sys.argv[4]
import pressie
files = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests/data/docs").glob("*.txt"))
texts = [p.read_text(encoding="utf-8") for p in files]
if docs != "gold":  # the scaling benchmark's 100 KB document cut into pieces of that size
    sys.path.insert(0, str(root))
    from benchmarks.scaling import build_document, split_document
    texts = split_document(build_document(100_000, seed=1), int(docs))
texts = texts * repeat
if mode == "pipe":
    nlp = pressie.load()
    run = lambda: [d for d in nlp.pipe(texts)]
elif mode.startswith("pressie_"):  # one component, on Docs prepared up to it
    from pressie.api import _make_doc, shared_pipeline
    nlp = shared_pipeline(); proc = nlp.get_pipe(mode); docs = []
    for t in texts:
        d = _make_doc(nlp, t, None)
        for name, p in nlp.pipeline:
            if name == mode:
                break
            d = p(d)
        docs.append(d)
    run = lambda: [proc(d) for d in docs]
elif mode == "segmenter":
    from pressie.text import normalize
    from pressie.tokenizer import shared_segmenter
    seg = shared_segmenter(); works = [normalize(t) for t in texts]
    run = lambda: [seg.spans(w) for w in works]
else:
    for warm in [p.read_text(encoding="utf-8") for p in files]:
        pressie.extract(warm)
    run = lambda: [pressie.extract(t) for t in texts]
run()
print(json.dumps({"ready": pressie.__file__, "chars": sum(map(len, texts))}), flush=True)
for line in sys.stdin:
    t0 = time.perf_counter(); c0 = time.process_time(); run()
    c1 = time.process_time(); t1 = time.perf_counter()
    print(json.dumps({"seconds": t1 - t0, "cpu": c1 - c0}), flush=True)
"""


def export(rev: str) -> Path:
    """``src/`` and ``models/`` of ``rev`` under ``.work/ab/<commit>`` (reused when there)."""
    commit = subprocess.run(
        ["git", "rev-parse", "--short", rev], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.strip()
    dest = ROOT / ".work" / "ab" / commit
    if not (dest / "src" / "pressie").is_dir():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(
            ["git", "archive", commit, "src", "models"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def _start(
    tree: Path, repeat: int, mode: str, docs: str
) -> tuple[subprocess.Popen[str], dict[str, object]]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(ROOT), str(repeat), mode, docs],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    hello = json.loads(proc.stdout.readline())
    return proc, hello


def _time(proc: subprocess.Popen[str]) -> tuple[float, float]:
    """One timed pass: (wall seconds, CPU seconds of the worker)."""
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()
    got = json.loads(proc.stdout.readline())
    return float(got["seconds"]), float(got["cpu"])


def main(argv: list[str] | None = None) -> int:
    """Run the paired measurement and print the ratios; return the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="HEAD", help="git revision to compare against")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--mode", default="extract",
                    help="extract, pipe, segmenter or a component name (pressie_structure …)")
    ap.add_argument("--docs", default="gold",
                    help="gold (the seeds and own documents) or a size in characters: the "
                         "scaling benchmark's 100 KB document cut into pieces of that size")
    args = ap.parse_args(argv)
    base_tree = export(args.base)
    procs = {}
    for side, tree in (("base", base_tree), ("new", ROOT)):
        procs[side], hello = _start(tree, args.repeat, args.mode, args.docs)
        print(f"{side}: {hello['ready']} ({hello['chars']} chars)")
    times: dict[str, list[tuple[float, float]]] = {"base": [], "new": []}
    try:
        for r in range(args.rounds):
            order = ("base", "new") if r % 2 == 0 else ("new", "base")
            for side in order:
                times[side].append(_time(procs[side]))
    finally:
        for proc in procs.values():
            assert proc.stdin is not None
            proc.stdin.close()
            proc.wait()
    for k, what in ((0, "wall"), (1, "CPU")):
        for side in ("base", "new"):
            ts = [t[k] for t in times[side]]
            print(f"{what} {side}: min {min(ts):.3f} s  median {statistics.median(ts):.3f} s  "
                  f"({', '.join(f'{t:.2f}' for t in ts)})")
        base = [t[k] for t in times["base"]]
        new = [t[k] for t in times["new"]]
        paired = statistics.median(b / n for b, n in zip(base, new))
        print(f"{what} throughput new/base: {min(base) / min(new):.3f} (best pass), "
              f"{statistics.median(base) / statistics.median(new):.3f} (median pass), "
              f"{paired:.3f} (median of the rounds' paired ratios)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
