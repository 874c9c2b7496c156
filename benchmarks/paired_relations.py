"""Paired speed check of the relations component: this tree against a git revision.

usage:
    python benchmarks/paired_relations.py [--baseline REV] [--rounds N] [--repeat N]

The baseline's ``src/pressie/relations.py`` (default revision ``9bb14da``, the single-module
extractor before it became the ``pressie.relations`` package) is loaded next to the current
package in the same process.  Every gold document (``benchmarks/_data.py``) is run through
the pipeline up to ``pressie_periods`` once; then, in each round, the old and the new
relations component process all of those Docs, in alternating order (old first in even
rounds, new first in odd ones), and the rest of the pipeline (tokenizer and the other
components) is timed once per round as well.  CPU time (``time.process_time``) per pass.

Printed: min and median seconds per pass of each, the ratio new/old for the relations
component, and for the whole pipeline (rest + relations), the throughput ratio new/old.
The facts of both are compared too (they must be identical).
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402
from benchmarks.scoring import load_gold  # noqa: E402


def load_baseline(rev: str) -> Any:
    """The relations module of revision ``rev`` as ``pressie._baseline_relations`` (its spaCy
    factory registration left out, so that it does not clash with the current one)."""
    source = subprocess.run(["git", "show", f"{rev}:src/pressie/relations.py"], cwd=ROOT,
                            check=True, capture_output=True, text=True).stdout
    source = source.replace("@Language.factory(", "@(lambda *a, **k: (lambda f: f))(")
    import pressie

    name = "pressie._baseline_relations"
    spec = importlib.util.spec_from_loader(name, loader=None)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "pressie"
    sys.modules[name] = module
    exec(compile(source, f"{rev}:src/pressie/relations.py", "exec"), module.__dict__)
    assert pressie is not None
    return module


def main(argv: list[str] | None = None) -> int:
    """Run the paired rounds and print the table; 1 when the facts differ."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", default="9bb14da")
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--repeat", type=int, default=1, help="copies of the gold documents")
    args = ap.parse_args(argv)

    from pressie.pipeline import shared_pipeline
    from pressie.relations import RelationExtractor
    from pressie.text import normalize, remember_doc_text

    old_mod = load_baseline(args.baseline)
    old, new = old_mod.RelationExtractor(), RelationExtractor()
    nlp = shared_pipeline()
    texts = [doc_text(d, t) for _n, g, t in default_sets() for d in load_gold(g)]
    texts = texts * args.repeat
    chars = sum(len(t) for t in texts)
    rest_procs = [(n, p) for n, p in nlp.pipeline if n != "pressie_relations"]

    def rest_pass() -> tuple[float, list[Any]]:
        docs = []
        t0 = time.process_time()
        for text in texts:
            norm = normalize(text)
            doc = nlp.make_doc(norm)
            remember_doc_text(doc, norm)
            for _n, proc in rest_procs:
                doc = proc(doc)
            docs.append(doc)
        return time.process_time() - t0, docs

    def rel_pass(component: Any, docs: list[Any]) -> float:
        t0 = time.process_time()
        for doc in docs:
            component(doc)
        return time.process_time() - t0

    _t, docs = rest_pass()
    for doc in docs[:3]:  # warm both (lazy imports, caches)
        old(doc)
        new(doc)
    same = True
    for doc in docs:
        a = [f.model_dump() for f in old(doc)._.pressie_facts]
        b = [f.model_dump() for f in new(doc)._.pressie_facts]
        same = same and a == b
    times: dict[str, list[float]] = {"rest": [], "old": [], "new": []}
    for r in range(args.rounds):
        t, docs = rest_pass()
        times["rest"].append(t)
        order = ("old", "new") if r % 2 == 0 else ("new", "old")
        for name in order:
            times[name].append(rel_pass(old if name == "old" else new, docs))
    print(f"{len(texts)} documents, {chars} characters, {args.rounds} rounds, CPU seconds "
          f"per pass (baseline relations: {args.baseline})")
    print(f"{'':24}{'min':>9}{'median':>9}")
    for name, label in (("rest", "rest of the pipeline"), ("old", "relations, baseline"),
                        ("new", "relations, this tree")):
        ts = times[name]
        print(f"{label:24}{min(ts):9.3f}{statistics.median(ts):9.3f}")
    for stat in (min, statistics.median):
        rel = stat(times["new"]) / stat(times["old"])
        rest = stat(times["rest"])
        through = (rest + stat(times["old"])) / (rest + stat(times["new"]))
        print(f"{stat.__name__:>6}: relations new/old time {rel:.3f}; "
              f"pipeline throughput new/old {through:.3f}")
    print("facts identical:", same)
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
