"""Statistical trial: a small trained metric chooser against the rule-based metrics.

usage:
    python benchmarks/statistical_trial.py          # both directions, prints the table
    python benchmarks/statistical_trial.py --epochs 20

Issue 5 asks whether a statistical component beats the rules on documents it was not
trained on.  The component tried here is the part of relation extraction where a learner
has the best chance: choosing the **metric string** of a fact.  For every value quantity
the chooser sees candidate metrics built from the Doc's words (pkuseg tokens) in the
number's clause: a run of words ending right before the number (``[left]``), optionally
followed by a run of words right after it (``[left] + [right]``: 打掉 + 涉黑组织), filler
words (共, 累计, 依法 ...) removed.  A conditional-logit ranker (softmax over a fact's
candidates, hashed sparse features, plain numpy SGD) is trained to put the candidate
closest to the gold metric (LCS F1) first.  A second variant (``rules + trained
reranker``) adds the rules' own metric as one more candidate, so the learner can only
overrule the rules where its features say so.

Features of a candidate: its first/last words, the word before it and after the number,
whether it opens with a lexicon verb (metric_verbs.txt), its length in words and
characters, whether it contains a scope word, a comma-free stretch, a parenthesis,
the quantity's unit, whether a right part is present and its first/last word.

Protocol: train on one dev set's gold (seeds or own documents), test on the other.  On the
test documents the full pressie pipeline runs as usual; the trial then replaces the metric
of every system fact that has a value by the chooser's pick (change-only facts keep the
rules' metric), and both variants are scored with ``benchmarks/scoring.py``.  Not part of
the test suite; nothing it trains is saved or shipped.
"""

from __future__ import annotations

import argparse
import random
import sys
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._data import OWN_GOLD, OWN_TEXTS, SEED_GOLD, doc_text  # noqa: E402
from benchmarks._report import markdown_table  # noqa: E402
from benchmarks.scoring import lcs_f1, load_gold, score_documents  # noqa: E402

DIM = 1 << 18
MAX_LEFT = 10  # words
MAX_RIGHT = 6  # words
CLAUSE_STOP = set(",，;；:：。！？!?\n")


def _h(feat: str) -> int:
    return zlib.crc32(feat.encode("utf-8")) % DIM


class Candidates:
    """Candidate metric strings around one quantity, with their features."""

    def __init__(self, lex: Any, words: list[tuple[int, int]], text: str, q_start: int,
                 q_end: int, unit: str, rule_metric: str | None = None) -> None:
        self.strings: list[str] = []
        self.feats: list[list[int]] = []
        if rule_metric:
            # hybrid variant: the rules' own metric competes as one more candidate
            self.strings.append(rule_metric)
            self.feats.append([_h("rule"), _h(f"rule+unit={unit}"),
                               _h(f"rule+nc={min(len(rule_metric) // 3, 6)}"),
                               _h(f"rule+verb0={bool(lex.verb_at(rule_metric, 0))}")])
        # words left of the number within its clause
        k = next((i for i, (s, _e) in enumerate(words) if s >= q_start), len(words))
        left: list[tuple[int, int]] = []
        i = k - 1
        while i >= 0 and len(left) < MAX_LEFT:
            s, e = words[i]
            w = text[s:e]
            if any(c in CLAUSE_STOP for c in w):
                break
            left.insert(0, (s, e))
            i -= 1
        # words right of the quantity (skip its unit tokens) within the clause
        j = next((i for i, (s, _e) in enumerate(words) if s >= q_end), len(words))
        right: list[tuple[int, int]] = []
        while j < len(words) and len(right) < MAX_RIGHT:
            s, e = words[j]
            w = text[s:e]
            if any(c in CLAUSE_STOP for c in w) or any(ch.isdigit() for ch in w):
                break
            right.append((s, e))
            j += 1
        fill = lex._filler_set

        def clean(span: list[tuple[int, int]]) -> list[str]:
            return [text[s:e] for s, e in span if text[s:e] not in fill and text[s:e].strip()]

        prev_word = text[left[0][0] - 1] if left and left[0][0] > 0 else "^"
        lefts = [left[a:] for a in range(len(left))] + [[]]
        rights = [right[:b] for b in range(len(right) + 1)]
        for lp in lefts:
            lw = clean(lp)
            for rp in rights:
                rw = clean(rp)
                if not lw and not rw:
                    continue
                s = "".join(lw + rw)
                if len(s) < 2:
                    continue
                before = text[lp[0][0] - 1] if lp and lp[0][0] > 0 else prev_word
                f = [
                    "bias",
                    f"first={(lw or rw)[0]}",
                    f"last={(rw or lw)[-1]}",
                    f"before={before}",
                    f"lfirst={lw[0] if lw else '-'}",
                    f"llast={lw[-1] if lw else '-'}",
                    f"rfirst={rw[0] if rw else '-'}",
                    f"rlast={rw[-1] if rw else '-'}",
                    f"nl={min(len(lw), 6)}",
                    f"nr={min(len(rw), 4)}",
                    f"nc={min(len(s) // 3, 6)}",
                    f"verb0={bool(lex.verb_at(s, 0))}",
                    f"lverb0={bool(lw and lex.verb_at(lw[0], 0))}",
                    f"verbany={any(lex.verb_at(w, 0) for w in lw)}",
                    f"right={bool(rw)}",
                    f"unit={unit}",
                    f"unit+right={unit}/{bool(rw)}",
                    f"paren={'(' in s or '（' in s}",
                    f"scope={any(w in s for w in lex.own_region + lex.national)}",
                    f"de_end={s.endswith('的')}",
                    f"de_in={'的' in s}",
                    f"verb0+right={bool(lex.verb_at(s, 0))}/{bool(rw)}",
                ]
                self.strings.append(s)
                self.feats.append([_h(x) for x in f])


def _words(nlp: Any, text: str) -> list[tuple[int, int]]:
    doc = nlp.make_doc(text)
    return [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


def _rule_metrics(doc: dict[str, Any], texts: Path) -> dict[int, str]:
    """The rules' metric of every system fact with a value, by the value's start."""
    import pressie

    result = pressie.extract(doc_text(doc, texts), published=doc.get("published"))
    return {f.value.start: f.metric for f in result.facts if f.value is not None}


def training_items(nlp: Any, lex: Any, gold: list[dict[str, Any]], texts: Path,
                   hybrid: bool = False) -> list[tuple[Candidates, list[float]]]:
    """(candidates, LCS F1 of each candidate against the gold metric) per gold value fact."""
    from pressie.text import normalize

    items = []
    for doc in gold:
        text = normalize(doc_text(doc, texts))
        words = _words(nlp, text)
        rule = _rule_metrics(doc, texts) if hybrid else {}
        for f in doc["facts"]:
            v = f.get("value")
            if not v or not f.get("metric"):
                continue
            start = v["start"]
            end = start + len(v["text"])
            c = Candidates(lex, words, text, start, end, v.get("unit") or "", rule.get(start))
            if not c.strings:
                continue
            items.append((c, [lcs_f1(f["metric"], s) for s in c.strings]))
    return items


def train(items: list[tuple[Candidates, list[float]]], epochs: int, seed: int = 0
          ) -> np.ndarray:
    """Conditional logit over each item's candidates; target: the best-LCS candidates."""
    w = np.zeros(DIM)
    rng = random.Random(seed)
    order = list(range(len(items)))
    lr, l2 = 0.2, 1e-4
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            c, gains = items[k]
            best = max(gains)
            if best <= 0:
                continue
            target = np.array([1.0 if g >= best - 1e-9 else 0.0 for g in gains])
            target /= target.sum()
            scores = np.array([w[f].sum() for f in c.feats])
            p = np.exp(scores - scores.max())
            p /= p.sum()
            grad = p - target
            for f, gi in zip(c.feats, grad):
                if gi:
                    w[f] -= lr * gi
            w *= 1 - l2
    return w


def choose(w: np.ndarray, c: Candidates) -> str | None:
    """The highest-scoring candidate string."""
    if not c.strings:
        return None
    scores = [w[f].sum() for f in c.feats]
    return c.strings[int(np.argmax(scores))]


def run_trial(nlp: Any, lex: Any, train_set: tuple[Path, Path], test_set: tuple[Path, Path],
              epochs: int, hybrid: bool = False) -> dict[str, Any]:
    """Train on one set, score rules vs. chooser on the other.

    ``hybrid``: the rules' metric is one of the candidates (a reranker over the rules).
    """
    import pressie
    from pressie.text import normalize

    items = training_items(nlp, lex, load_gold(train_set[0]), train_set[1], hybrid)
    w = train(items, epochs)
    oracle = sum(max(g) >= 0.6 for _c, g in items) / max(1, len(items))
    gold = load_gold(test_set[0])
    rules_docs, stat_docs = [], []
    for doc in gold:
        raw = doc_text(doc, test_set[1])
        result = pressie.extract(raw, published=doc.get("published"))
        rules = result.model_dump(mode="json", exclude={"text"})
        text = normalize(raw)
        words = _words(nlp, text)
        stat = {**rules, "facts": []}
        for f in rules["facts"]:
            f2 = dict(f)
            v = f.get("value")
            if v:
                c = Candidates(lex, words, text, v["start"], v["end"], v.get("unit") or "",
                               f["metric"] if hybrid else None)
                pick = choose(w, c)
                if pick:
                    f2["metric"] = pick
            stat["facts"].append(f2)
        rules_docs.append(rules)
        stat_docs.append(stat)
    return {
        "train_items": len(items),
        "oracle": oracle,
        "rules": score_documents(gold, rules_docs),
        "stat": score_documents(gold, stat_docs),
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: both directions, one table."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--epochs", type=int, default=15)
    args = ap.parse_args(argv)

    from pressie.pipeline import shared_pipeline
    from pressie.relations import RelationLexicon

    nlp = shared_pipeline()
    lex = RelationLexicon.load()
    seeds = (SEED_GOLD, ROOT / "seeds")
    own = (OWN_GOLD, OWN_TEXTS)
    rows: list[list[object]] = []
    for name, tr, te in (("seeds -> own", seeds, own), ("own -> seeds", own, seeds)):
        r = run_trial(nlp, lex, tr, te, args.epochs)
        h = run_trial(nlp, lex, tr, te, args.epochs, hybrid=True)
        for label, s in (("rules", r["rules"]), ("trained chooser", r["stat"]),
                         ("rules + trained reranker", h["stat"])):
            rows.append([name, label, f"{s.metric.value:.3f} ({s.metric.hit}/{s.metric.total})",
                         f"{s.metric_exact.value:.3f}", f"{s.metric_lcs:.3f}",
                         f"{s.facts.f1:.3f}"])
        print(f"[{name}] training facts: {r['train_items']}, candidate oracle "
              f"(a candidate reaches LCS F1 >= 0.6): {r['oracle']:.3f}", file=sys.stderr)
    print(markdown_table(["train -> test", "metric from", "metric accuracy", "metric exact",
                          "mean LCS F1", "fact F1"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
