"""Per-component cost of pressie's pipeline, in CPU microseconds per character.

usage: python benchmarks/components.py [--repeat N] [--rounds R]

Runs the tokenizer and then each pipeline component in turn on every document of the
benchmark corpus (the seeds and the project's own genre documents), best of R rounds, CPU time
(``time.process_time``) so that other processes on a shared machine disturb the figures less.
Each step's share of the whole is printed next to its cost.  (Issue 6's budget, "all
components at most 0.25x the tokenizer", held while pkuseg's segmentation cost ~28 us per
character; since issue 12 the tokenizer costs a few us per character and the components
are most of the time, so there is no such budget any more.)
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402
from benchmarks.scoring import load_gold  # noqa: E402


def corpus(repeat: int) -> list[str]:
    """Every benchmark document's text, ``repeat`` times."""
    texts = [doc_text(d, t) for _n, g, t in default_sets() for d in load_gold(g)]
    return texts * repeat


def main(argv: list[str] | None = None) -> int:
    """Print the cost table; returns 0."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)

    import pressie
    from pressie.pipeline import shared_pipeline, to_document
    from pressie.text import normalize

    nlp = shared_pipeline()
    texts = corpus(args.repeat)
    chars = sum(len(t) for t in texts)
    pressie.extract(texts[0])  # warm caches, lazy imports
    names = ["normalize", "tokenizer", *nlp.pipe_names, "to_document"]
    best = dict.fromkeys(names, float("inf"))
    for _ in range(args.rounds):
        spent = dict.fromkeys(names, 0.0)
        for text in texts:
            t0 = time.process_time()
            norm = normalize(text)
            t1 = time.process_time()
            doc = nlp.tokenizer.tokenize(text, norm)  # tokenizing only, as timed before
            t2 = time.process_time()
            spent["normalize"] += t1 - t0
            spent["tokenizer"] += t2 - t1
            for name, proc in nlp.pipeline:
                t = time.process_time()
                doc = proc(doc)
                spent[name] += time.process_time() - t
            t = time.process_time()
            to_document(doc, text)
            spent["to_document"] += time.process_time() - t
        for k, v in spent.items():
            best[k] = min(best[k], v)
    total = sum(best.values())
    print(f"{len(texts)} documents, {chars} characters, best of {args.rounds} rounds (CPU time)")
    print(f"{'step':<22}{'us/char':>10}{'share':>9}")
    for name in names:
        print(f"{name:<22}{best[name] / chars * 1e6:>10.2f}{best[name] / total:>9.1%}")
    print(f"{'total':<22}{total / chars * 1e6:>10.2f}{1:>9.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
