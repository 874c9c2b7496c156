"""pressie.check over the seeds and the own gold-set documents: what was checked, what was found.

usage:
    python benchmarks/checks_report.py [--verbose]

For every gold set of ``benchmarks/_data.py`` (seeds, own batches) prints, as Markdown, the
number of comparisons each check made (``tally`` of :func:`pressie.check`) and the findings
per kind, then every finding with its document, figures and sentence, to be judged in
``docs/checks.md``.  ``--verbose`` also lists the comparisons made per document.

``--mutations`` measures sensitivity: for every change amount that a check compared with a
level and its baseline, the first digit of the amount is altered in the text (1 -> 2, 9 ->
8), the document is extracted again, and the alteration counts as found when a finding
names that figure.  Never run on ``benchmarks/data/real/`` (scored blind).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from _data import default_sets, doc_text  # noqa: E402

import pressie  # noqa: E402

KINDS = ("change", "implied_level", "parts", "over_100", "restated")


def main(argv: list[str] | None = None) -> int:
    """Print the report; returns 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--verbose", action="store_true", help="also list comparisons per document")
    ap.add_argument("--mutations", action="store_true", help="alter change amounts, re-check")
    args = ap.parse_args(argv)
    mutated = caught = 0
    missed: list[str] = []

    print("| set | documents | facts | " + " | ".join(KINDS) + " |")
    print("|---|---|---|" + "---|" * len(KINDS))
    listed: list[str] = []
    passed: list[str] = []
    totals: Counter[str] = Counter()
    found_totals: Counter[str] = Counter()
    for name, gold, texts in default_sets():
        tally: Counter[str] = Counter()
        found: Counter[str] = Counter()
        n_docs = n_facts = 0
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            doc = pressie.extract(doc_text(g, texts), published=g.get("published"))
            n_docs += 1
            n_facts += len(doc.facts)
            before = Counter(tally)
            findings = pressie.check(doc, tally=tally)
            for f in findings:
                found[f.kind] += 1
                first = doc.facts[f.facts[0]]
                sentence = doc.text[first.sentence.start : first.sentence.end].strip()
                listed.append(
                    f"- {g['id']} {f.kind} ({f.severity}), facts {f.facts}: {f.message}. "
                    f"Expected {f.expected}, written {f.written}. Sentence: {sentence[:160]}"
                )
            if args.mutations:
                for pos, text in _mutations(doc):
                    mutated += 1
                    again = pressie.extract(text, published=g.get("published"))
                    if any(s.start <= pos < s.end for f in pressie.check(again) for s in f.spans):
                        caught += 1
                    else:
                        missed.append(f"- {g['id']} at {pos}: {doc.text[pos - 20 : pos + 8]!r}")
            if args.verbose:
                made = tally - before
                passed.append(f"- {g['id']}: {dict(made)}")
        cells = [f"{tally[k]} / {found[k]}" for k in KINDS]
        print(f"| {name} | {n_docs} | {n_facts} | " + " | ".join(cells) + " |")
        totals.update(tally)
        found_totals.update(found)
    cells = [f"{totals[k]} / {found_totals[k]}" for k in KINDS]
    print("| all | | | " + " | ".join(cells) + " |")
    print("\n(each cell: comparisons made / findings)\n")
    print(f"findings: {len(listed)}")
    for item in listed:
        print(item)
    if args.mutations:
        print(f"\nmutations: {mutated}, found: {caught}")
        for item in missed:
            print(item)
    if args.verbose:
        print("\ncomparisons per document:")
        for item in passed:
            print(item)
    return 0


def _mutations(doc: pressie.Document) -> list[tuple[int, str]]:
    """(offset, altered text) for each change amount compared with a level and baseline."""
    out = []
    facts = doc.facts
    for i, f in enumerate(facts):
        if f.value is None or f.change is None or f.change.baseline is None:
            continue
        amounts = [f.change.amount]
        for g in facts[i + 1 :]:
            if g.sentence.start != f.sentence.start or g.value is not None:
                break
            if g.change is not None and g.change.baseline is None and g.metric_key == f.metric_key:
                amounts.append(g.change.amount)
        for q in amounts:
            if q is None:
                continue
            k = next((j for j in range(q.start, q.end) if doc.text[j] in "123456789"), None)
            if k is None:
                continue
            d = int(doc.text[k])
            new = str(d + 1 if d < 9 else d - 1)
            out.append((k, doc.text[:k] + new + doc.text[k + 1 :]))
    return out


if __name__ == "__main__":
    raise SystemExit(main())
