"""Speed benchmark: pressie against two rule-based extractors, itself in two processes, cold start.

``python benchmarks/speed.py`` measures, in one run on one corpus,

* ``pressie.extract`` (one document at a time, one process) against
  - JioNLP ``ner.extract_money`` + ``ner.extract_time`` (with parsing, as pressie normalizes),
  - Microsoft Recognizers-Text, Chinese: ``recognize_number`` + ``recognize_currency`` +
    ``recognize_dimension`` (number with unit) + ``recognize_datetime``,
  - tokenizing alone, with pressie's tokenizer and with spaCy + spacy-pkuseg (what
    pressie's tokenization cost before issue 12), for reference;
* ``pressie.extract_many(n_process=2)`` against ``n_process=1`` (pool start-up included);
* the cold start ``python -c "import pressie; pressie.extract('全省破获刑事案件3起')"``
  against ``python -c "import spacy; spacy.blank('zh')"``.

Method (the machine is shared, so only ratios measured side by side mean anything):

* **Paired per-document passes.**  In each round every document is given to every system
  back to back (the order of the systems rotates from document to document), each call
  timed on its own, in CPU time (``time.process_time``: other processes on the machine
  disturb it less than wall time; every system here is single-threaded).  A round's ratio
  is the systems' summed times over the same documents in that round.
* **Rounds.**  A warm-up pass over the corpus (not counted), then ``--rounds`` rounds
  (default 5); the table gives the median ratio and its min .. max over the rounds, never
  a best-of taken from different rounds.
* **Two processes.**  ``extract_many`` with 1 and 2 processes alternate within each round
  on the corpus twice over, in wall time, together with the same round's ceiling: two
  processes against one on a pure-Python loop (2.0 on two free cores), and the CPU seconds
  of the two-process run (parent and workers) over the one-process run's: ``2 / share`` is
  what two free cores allow at most.
* **Cold start.**  Fresh interpreters, pressie and ``spacy.blank`` alternating (which goes
  first alternates too), wall time of each; a pair's ratio per round.

The corpus is every gold document (the seeds and the own batches, ``benchmarks/_data.py``).
Targets (issue 12): pressie >= 1.5x JioNLP and >= 10x Recognizers-Text, ``n_process=2``
>= 1.7x one process, cold start <= 1.5x ``spacy.blank('zh')``.  The ``speed`` section of
``docs/benchmarks.md`` is rewritten.

Options: ``--rounds N``, ``--cold-rounds N`` (default 5), ``--no-baselines`` (skip JioNLP and
Recognizers-Text), ``--no-write``.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402
from benchmarks._report import markdown_table, write_section  # noqa: E402
from benchmarks.scoring import load_gold  # noqa: E402

COLD_PRESSIE = "import pressie; pressie.extract('全省破获刑事案件3起')"
COLD_SPACY = "import spacy; spacy.blank('zh')"
PRESSIE = "pressie.extract"
JIONLP = "JioNLP money + time"
RECOGNIZERS = "Recognizers-Text number + unit + datetime"
TOKENIZE = "tokenizing only, pressie's tokenizer"
TOKENIZE_PKUSEG = "tokenizing only, spaCy + spacy-pkuseg"


def corpus() -> list[str]:
    """The text of every gold document (seeds, then the own batches)."""
    return [doc_text(d, t) for _n, g, t in default_sets() for d in load_gold(g)]


# --------------------------------------------------------------------------- systems


def pressie_extract() -> Callable[[str], object]:
    """``pressie.extract`` (pipeline loaded and warmed up)."""
    import pressie

    pressie.extract("2020年,全区公安机关共破获各类刑事案件36239起。")
    return pressie.extract


def tokenizer(segmenter: str) -> Callable[[str], object]:
    """``nlp.make_doc`` with the given segmenter (pressie's tokenizer: normalization and
    segmentation, as in ``pressie.extract``)."""
    from pressie.pipeline import blank

    nlp = blank(segmenter)
    nlp.make_doc("公安机关")
    return nlp.make_doc


def jionlp_money_time() -> Callable[[str], object]:
    """JioNLP money and time extraction (with parsing, as pressie normalizes)."""
    import jionlp as jio

    logging.getLogger().setLevel(logging.CRITICAL)
    base = time.mktime((2021, 6, 30, 0, 0, 0, 0, 0, -1))

    def run(text: str) -> object:
        return (
            jio.ner.extract_money(text, with_parsing=True),
            jio.ner.extract_time(text, time_base=base, with_parsing=True),
        )

    run("2020年共破获案件3起,涉案金额1.2亿元。")
    return run


def recognizers_text() -> Callable[[str], object]:
    """Recognizers-Text Chinese number, number-with-unit and datetime recognizers."""
    import emoji

    if not hasattr(emoji, "UNICODE_EMOJI"):  # recognizers-text 1.0.2a2 vs emoji >= 2
        emoji.UNICODE_EMOJI = getattr(emoji, "EMOJI_DATA", {})  # type: ignore[attr-defined]
    from recognizers_date_time import recognize_datetime
    from recognizers_number import Culture, recognize_number
    from recognizers_number_with_unit import recognize_currency, recognize_dimension

    fns = (recognize_number, recognize_currency, recognize_dimension, recognize_datetime)

    def run(text: str) -> object:
        return [fn(text, Culture.Chinese) for fn in fns]

    run("2020年共破获案件3起,涉案金额1.2亿元。")
    return run


# --------------------------------------------------------------------------- measuring


def paired_rounds(
    systems: dict[str, Callable[[str], object]], texts: list[str], rounds: int
) -> list[dict[str, float]]:
    """Per round, each system's CPU seconds summed over the documents, every document given
    to every system back to back (rotating which system goes first)."""
    names = list(systems)
    out = []
    for text in texts:  # a warm-up pass, not counted: first-time costs (new vocabulary
        for fn in systems.values():  # entries, lazy imports, caches) are not throughput
            fn(text)
    for r in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        for i, text in enumerate(texts):
            k = (i + r) % len(names)
            for name in names[k:] + names[:k]:
                fn = systems[name]
                t0 = time.process_time()
                fn(text)
                spent[name] += time.process_time() - t0
        out.append(spent)
        print(f"round {r + 1}: " + ", ".join(f"{k} {v:.2f}s" for k, v in spent.items()),
              flush=True)
    return out


def _burn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def parallel_headroom(n: int = 3_000_000) -> float:
    """Speed-up of two forked processes over one on a pure-Python loop, measured now: the
    ceiling for ``n_process=2`` on this machine at this moment."""
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    t0 = time.perf_counter()
    _burn(n), _burn(n)
    serial = time.perf_counter() - t0
    with ctx.Pool(2) as pool:
        pool.map(_burn, [1, 1])
        t0 = time.perf_counter()
        pool.map(_burn, [n, n])
        parallel = time.perf_counter() - t0
    return serial / parallel


def parallel_rounds(texts: list[str], rounds: int) -> list[tuple[float, float, float, float]]:
    """Per round: wall seconds of ``extract_many`` with 1 and 2 processes (alternating which
    goes first), the round's two-process ceiling, and the CPU seconds the 2-process run
    spent (the parent's and its workers') as a share of the 1-process run's CPU seconds."""
    import pressie

    list(pressie.extract_many(texts[:4], n_process=2))  # warm-up
    out = []
    for r in range(rounds):
        times, cpu = {}, {}
        for n in ((1, 2) if r % 2 == 0 else (2, 1)):
            kids = resource.getrusage(resource.RUSAGE_CHILDREN)
            c0 = time.process_time()
            t0 = time.perf_counter()
            for _doc in pressie.extract_many(texts, n_process=n):
                pass
            times[n] = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[n] = (time.process_time() - c0) + (after.ru_utime - kids.ru_utime) + (
                after.ru_stime - kids.ru_stime)
        out.append((times[1], times[2], parallel_headroom(), cpu[2] / cpu[1]))
        print(f"parallel round {r + 1}: 1 process {times[1]:.2f}s, 2 processes {times[2]:.2f}s,"
              f" ceiling {out[-1][2]:.2f}x, CPU of 2 processes / 1: {out[-1][3]:.2f}",
              flush=True)
    return out


def transfer_rounds(texts: list[str], rounds: int) -> list[dict[str, float]]:
    """Per round, CPU seconds of: extracting the corpus (the reference), and sending its
    Documents from a worker to the parent with plain pickle (pydantic's own
    ``__getstate__``) and with pressie's packing (``pressie.api._pack`` / ``_unpack``),
    each split into the worker's and the parent's share; plus the bytes sent."""
    import pickle

    import pressie
    from pressie.api import _pack, _unpack

    docs = [pressie.extract(t) for t in texts]
    items = [(i, t, None) for i, t in enumerate(texts)]  # extract_many's batch items
    out = []

    def timed(fn: Callable[[], object]) -> tuple[float, object]:
        gc.collect()  # each step starts from a clean heap (collections triggered by earlier
        t0 = time.process_time()  # steps' garbage are not charged to this one)
        result = fn()
        return time.process_time() - t0, result

    for _ in range(rounds):
        r: dict[str, float] = {}
        t0 = time.process_time()
        for t in texts:
            pressie.extract(t)
        r["extract"] = time.process_time() - t0
        r["pickle worker"], blob = timed(
            lambda: pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL))
        r["pickle parent"], _ = timed(lambda b=blob: pickle.loads(b))  # type: ignore[misc]
        r["pickle bytes"] = len(blob)  # type: ignore[arg-type]
        r["pack worker"], packed = timed(lambda: _pack(docs))
        r["pack parent"], _ = timed(lambda p=packed: _unpack(p, items))  # type: ignore[misc]
        r["pack bytes"] = len(packed)  # type: ignore[arg-type]
        out.append(r)
    return out


def _cold(code: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of ``python -c code`` in a fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def cold_rounds(rounds: int) -> list[tuple[float, float, float, float]]:
    """Per round: (pressie wall, spaCy wall, pressie CPU, spaCy CPU), alternating order."""
    _cold(COLD_SPACY)  # warm the file cache for both
    _cold(COLD_PRESSIE)
    out = []
    for r in range(rounds):
        if r % 2 == 0:
            pw, pc = _cold(COLD_PRESSIE)
            sw, sc = _cold(COLD_SPACY)
        else:
            sw, sc = _cold(COLD_SPACY)
            pw, pc = _cold(COLD_PRESSIE)
        out.append((pw, sw, pc, sc))
        print(f"cold round {r + 1}: pressie {pw:.2f}s wall / {pc:.2f}s CPU, spacy.blank "
              f"{sw:.2f}s / {sc:.2f}s", flush=True)
    return out


def _spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f}x ({min(values):.2f} .. {max(values):.2f})"


# --------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cold-rounds", type=int, default=5)
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    texts = corpus()
    chars = sum(map(len, texts))
    print(f"corpus: {len(texts)} documents, {chars:,} characters", flush=True)
    systems: dict[str, Callable[[str], object]] = {PRESSIE: pressie_extract()}
    if not args.no_baselines:
        systems[JIONLP] = jionlp_money_time()
        systems[RECOGNIZERS] = recognizers_text()
    systems[TOKENIZE] = tokenizer("pressie")
    systems[TOKENIZE_PKUSEG] = tokenizer("spacy-pkuseg")
    rounds = paired_rounds(systems, texts, args.rounds)
    par = parallel_rounds(texts * 2, args.rounds)
    transfer = transfer_rounds(texts, args.rounds)
    cold = cold_rounds(args.cold_rounds)

    median = {name: statistics.median(r[name] for r in rounds) for name in systems}
    rows = [
        [name, f"{median[name]:.2f}", f"{chars / median[name]:,.0f}",
         _spread([r[name] / r[PRESSIE] for r in rounds])]
        for name in systems
    ]
    ratios = []
    if JIONLP in systems:
        ratios.append(["pressie / JioNLP money + time (throughput)",
                       _spread([r[JIONLP] / r[PRESSIE] for r in rounds]), ">= 1.5x"])
        ratios.append(["pressie / Recognizers-Text (throughput)",
                       _spread([r[RECOGNIZERS] / r[PRESSIE] for r in rounds]), ">= 10x"])
    ratios.append(["pressie's tokenizer / spaCy + spacy-pkuseg (throughput)",
                   _spread([r[TOKENIZE_PKUSEG] / r[TOKENIZE] for r in rounds]), "(none)"])
    ratios.append(["tokenizing share of pressie.extract",
                   f"{statistics.median(r[TOKENIZE] / r[PRESSIE] for r in rounds):.0%}",
                   "(none)"])
    ratios.append(["extract_many n_process=2 / 1 (throughput, wall)",
                   _spread([one / two for one, two, _c, _s in par]), ">= 1.7x"])
    ratios.append(["(same rounds: ceiling, 2 processes / 1 on a pure-Python loop)",
                   _spread([c for _o, _t, c, _s in par]), "2x on free cores"])
    ratios.append(["(same rounds: CPU of the 2-process run, parent and workers, / 1 process)",
                   _spread([share for _o, _t, _c, share in par]), "(none)"])
    ratios.append(["(same rounds: bound on 2 free cores, 2 / that CPU share)",
                   _spread([2 / share for _o, _t, _c, share in par]), ">= 1.7x"])
    ratios.append(["cold start pressie / spacy.blank('zh') (wall)",
                   _spread([p / s for p, s, _pc, _sc in cold]), "<= 1.5x"])
    ratios.append(["cold start pressie / spacy.blank('zh') (CPU)",
                   _spread([pc / sc for _p, _s, pc, sc in cold]), "(same target)"])
    def share(key: str) -> str:
        return f"{statistics.median(r[key] / r['extract'] for r in transfer):.1%}"

    transfer_rows = [
        ["pickle (pydantic's __getstate__)", share("pickle worker"), share("pickle parent"),
         f"{statistics.median(r['pickle bytes'] for r in transfer) / chars:.1f}"],
        ["pressie's packing (field dicts, no text)", share("pack worker"), share("pack parent"),
         f"{statistics.median(r['pack bytes'] for r in transfer) / chars:.1f}"],
    ]
    cold_note = (
        f"cold start, median wall: pressie {statistics.median(c[0] for c in cold):.2f}s,"
        f" spacy.blank('zh') {statistics.median(c[1] for c in cold):.2f}s"
    )
    md = "\n".join(
        [
            "## Speed (issue 12)",
            "",
            f"`python benchmarks/speed.py` — corpus: every gold document ({len(texts)} documents,"
            f" {chars:,} characters). Paired per-document passes: after a warm-up pass, in each of"
            f" {args.rounds} rounds"
            " every document goes to every system back to back (rotating order), CPU time per"
            " call; a round's ratio compares the systems' sums over the same documents; the"
            " tables give the median over rounds and (min .. max). `extract_many`: 1 and 2"
            f" processes alternating within each round on the corpus x2, wall time, next to"
            f" that round's two-process ceiling and the CPU seconds the two-process run spent"
            " (parent and workers) over the one-process run's (the bound on two free cores,"
            " 2 / that share, leaves out a worker's idle wait for the last batch, and does not"
            f" move with the load of the machine). Cold start: {args.cold_rounds} alternating"
            f" pairs of fresh interpreters. Machine: {os.cpu_count()} cores, shared with other"
            " work while measured (the ceiling row shows how much of the second core was free).",
            "",
            markdown_table(["system", "CPU s (median round)", "chars/s", "time vs pressie"],
                           rows),
            "",
            markdown_table(["ratio", "median (min .. max)", "target"], ratios),
            "",
            cold_note,
            "",
            "`extract_many`: what sending the corpus's Documents from a worker to the parent"
            " costs, as a share of extracting them (CPU, median of the rounds):",
            "",
            markdown_table(["transfer", "worker", "parent", "bytes per input character"],
                           transfer_rows),
        ]
    )
    print(md)
    if not args.no_write:
        write_section("speed", md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
