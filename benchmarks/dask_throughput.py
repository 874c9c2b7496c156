"""Throughput of pressie.dask on a local cluster against one process, in the same run.

``python benchmarks/dask_throughput.py`` extracts the facts table of one corpus (the seeds
and the documents written for the project, ``--repeat`` times over) two ways:

* **one process**: ``pressie.facts_frame(pressie.extract_many(texts))`` in this process,
  the pipeline loaded beforehand;
* **Dask**: ``pressie.dask.facts_from_bag(db.from_sequence(texts, npartitions=P)).compute()``
  on a ``LocalCluster`` of ``--workers`` worker processes with one thread each, the
  pipeline preloaded on every worker (``pressie.dask.preload``);
* for comparison, **extract_many**: ``pressie.facts_frame(pressie.extract_many(texts,
  n_process=W))`` with as many processes as Dask has workers (pool start-up included).

They run in paired, interleaved rounds (``--rounds``, default 5), so that the load of a
shared machine hits both alike; the table reports each one's minimum and median wall time,
characters per second, and the speed-up of Dask over one process (ratio of the minima and
of the medians).  Cluster start-up and the pipeline preload are timed apart (paid once per
cluster, not per corpus).  The first round also checks that both give the same table.
The ``dask`` section of ``docs/benchmarks.md`` is rewritten unless ``--no-write``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks._report import markdown_table, write_section  # noqa: E402

SOURCES = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
    p
    for d in ("docs", "heldout", "heldout2", "heldout3", "heldout4")
    for p in (ROOT / "tests" / "data" / d).glob("*.txt")
)


def corpus(repeat: int) -> list[str]:
    """The seeds and own documents, ``repeat`` times over."""
    return [p.read_text(encoding="utf-8") for p in SOURCES] * repeat


def main() -> None:
    """Run the benchmark and print (and write) the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="corpus copies (default 2)")
    parser.add_argument("--rounds", type=int, default=5, help="paired rounds (default 5)")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (default 2)")
    parser.add_argument(
        "--partitions", type=int, default=0, help="default: 8 per worker, at most 1 per text"
    )
    parser.add_argument("--no-write", action="store_true", help="do not rewrite the docs")
    args = parser.parse_args()

    import dask.bag as db
    import pandas as pd
    from distributed import Client, LocalCluster

    import pressie
    import pressie.dask as pdask

    load = " / ".join(f"{x:.1f}" for x in os.getloadavg())
    texts = corpus(args.repeat)
    chars = sum(map(len, texts))
    partitions = args.partitions or min(len(texts), 8 * args.workers)
    pressie.extract(texts[0])  # load the pipeline in this process

    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    client = Client(cluster)
    started = time.perf_counter() - t0
    t0 = time.perf_counter()
    pdask.preload(client)
    preloaded = time.perf_counter() - t0

    def one_process() -> pd.DataFrame:
        return pressie.facts_frame(pressie.extract_many(texts))

    def on_dask() -> pd.DataFrame:
        bag = db.from_sequence(texts, npartitions=partitions)
        return pdask.facts_from_bag(bag).compute()

    def pool() -> pd.DataFrame:
        return pressie.facts_frame(pressie.extract_many(texts, n_process=args.workers))

    runs = {
        "one process": one_process,
        "dask": on_dask,
        f"extract_many n_process={args.workers}": pool,
    }
    times: dict[str, list[float]] = {name: [] for name in runs}
    try:
        for r in range(args.rounds):
            for name, fn in runs.items():
                t0 = time.perf_counter()
                frame = fn()
                times[name].append(time.perf_counter() - t0)
                if r == 0 and name == "one process":
                    reference = frame
                elif r == 0:
                    pd.testing.assert_frame_equal(
                        frame.reset_index(drop=True), reference.reset_index(drop=True)
                    )
            print(f"round {r + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()))
    finally:
        client.close()
        cluster.close()

    rows = []
    for name, ts in times.items():
        best, med = min(ts), statistics.median(ts)
        rows.append([name, f"{best:.2f}", f"{med:.2f}", f"{chars / best:,.0f}"])
    base_min, base_med = min(times["one process"]), statistics.median(times["one process"])
    for row, ts in zip(rows, times.values()):
        row.append(f"{base_min / min(ts):.2f}x / {base_med / statistics.median(ts):.2f}x")
    speed_min = base_min / min(times["dask"])
    speed_med = base_med / statistics.median(times["dask"])
    table = markdown_table(
        ["run", "min s", "median s", "chars/s (min)", "speed-up (min / median)"], rows
    )
    cores = os.cpu_count()
    text = (
        "## Dask scale-out (issue 11)\n\n"
        f"`python benchmarks/dask_throughput.py --repeat {args.repeat} --rounds {args.rounds} "
        f"--workers {args.workers}`: {len(texts)} documents, {chars:,} characters, "
        f"{partitions} partitions; LocalCluster of {args.workers} worker processes x 1 thread "
        f"on a machine with {cores} cores (shared with other work while measured); paired, "
        "interleaved rounds, the same facts table checked in the first round.  Load average "
        f"before the run: {load}.\n\n"
        f"{table}\n\n"
        f"Speed-up of Dask over one process: **{speed_min:.2f}x** (minima), "
        f"**{speed_med:.2f}x** (medians).  Paid once per cluster, not per corpus: start-up "
        f"{started:.1f} s, pipeline preload on the workers {preloaded:.1f} s.\n"
    )
    print(text)
    if not args.no_write:
        write_section("dask", text)


if __name__ == "__main__":
    main()
