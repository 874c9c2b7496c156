"""Quantity benchmark: pressie's quantity layer against JioNLP and Microsoft Recognizers-Text.

usage:
    python benchmarks/quantities.py            # seeds (+ own held-out docs), writes docs
    python benchmarks/quantities.py --errors   # ... and list pressie's misses / false alarms
    python benchmarks/quantities.py --direct   # pressie via find_quantities (no pipeline model)

Gold mentions are the quantities the gold facts use (values, change amounts, baselines;
``benchmarks.scoring.gold_mentions``).  System mentions are the quantities a system reports,
for pressie ``Document.quantities`` with kind != "other" (from :func:`pressie.extract`).
Spec section 6: a system mention matches a gold one when their spans overlap and their
values are equal after unit canonicalization (rel. tol. 1e-6), one-to-one, largest overlap
first (``benchmarks.scoring.match_mentions``).  Reported per system:

* mention precision / recall / F1 (spec 6.1);
* value accuracy over *span* matches (pairs matched by overlap alone, so a wrong value
  counts as an error there; over spec matches it is 1.0 by construction);
* unit and approx accuracy over spec matches (spec 6.2);
* throughput in characters per second of the quantity pass alone.

Baselines get the same normalized working text pressie's components see
(:func:`pressie.text.normalize`: half-width digits, simplified script), so that traditional
script does not count against them:

* **JioNLP** ``ner.extract_money`` (money, parsed) plus a number pass: every Arabic or Chinese
  numeral with 万/亿, 余/多 and %/‰ that no money span covers, valued with ``parse_money``.
  JioNLP has no counting-unit recognizer, so number-pass mentions carry no unit.
  ``definition == "blur"`` is read as approx "over" when the span has 余/多/超/逾, else "about".
* **Recognizers-Text** (Chinese culture): currency, dimension (weight, data), percentage
  and number models; with-unit results win over bare numbers on overlap.  It has no
  qualifier output, so approx is always "exact"; dimensions are converted to kg / TB.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._data import default_sets, doc_text  # noqa: E402
from benchmarks._report import markdown_table, write_section  # noqa: E402
from benchmarks.scoring import (  # noqa: E402
    Mention,
    canonical_unit,
    gold_mentions,
    load_gold,
    match_mentions,
    quantity_mention,
    values_equal,
)

System = Callable[[str], list[Mention]]


# --------------------------------------------------------------------------- systems


def pressie_extract_system() -> System:
    """pressie through the real pipeline: ``Document.quantities`` with kind != "other"."""
    import pressie

    def run(text: str) -> list[Mention]:
        doc = pressie.extract(text)
        return [quantity_mention(q) for q in doc.quantities if q.kind != "other"]

    return run


def pressie_direct_system() -> System:
    """pressie's pure quantity function on the normalized text (no pipeline model needed)."""
    from pressie.numbers import find_quantities

    def run(text: str) -> list[Mention]:
        return [quantity_mention(q) for q in find_quantities(text) if q.kind != "other"]

    return run


def _emoji_shim() -> None:
    """recognizers-text 1.0.2a2 imports ``emoji.UNICODE_EMOJI``, removed in emoji 2.0."""
    import emoji

    if not hasattr(emoji, "UNICODE_EMOJI"):
        emoji.UNICODE_EMOJI = getattr(emoji, "EMOJI_DATA", {})  # type: ignore[attr-defined]


_JIO_NUM = re.compile(
    r"(?:超过|超|逾|近|约|不足)?"
    r"(?:\d{1,15}(?:\.\d{1,8})?|[零一二两三四五六七八九十百千万亿]{1,12})"
    r"(?:余|多)?(?:万亿|亿|万)?(?:余|多)?(?:%|‰)?"
)
_BLUR_OVER = re.compile("[余多超逾]")


def jionlp_system() -> System:
    """JioNLP ``extract_money`` + a numeral pass valued with ``parse_money``."""
    import jionlp as jio

    def value_of(num: Any) -> float | None:
        if isinstance(num, list):
            num = num[0]
        try:
            return float(num)
        except (TypeError, ValueError):
            return None

    def run(text: str) -> list[Mention]:
        out: list[Mention] = []
        covered: list[tuple[int, int]] = []
        for item in jio.ner.extract_money(text, with_parsing=True):
            start, end = item["offset"]
            detail = item.get("detail") or {}
            value = value_of(detail.get("num"))
            if value is None:
                continue
            unit = detail.get("case") or "元"
            approx = "exact"
            if detail.get("definition") == "blur":
                approx = "over" if _BLUR_OVER.search(item["text"]) else "about"
            out.append(Mention(start, end, item["text"], value, unit, approx, "money"))
            covered.append((start, end))
        for m in _JIO_NUM.finditer(text):
            s, e = m.span()
            body = m.group()
            if not re.search(r"[\d一二两三四五六七八九十]", body):
                continue
            if any(s < ce and cs < e for cs, ce in covered):
                continue
            unit = "%" if body.endswith("%") else "‰" if body.endswith("‰") else ""
            core = body.rstrip("%‰")
            try:
                parsed = jio.parse_money(core + "元")
            except Exception:  # noqa: BLE001 - the baseline may fail on any input
                continue
            value = value_of(parsed.get("num"))
            if value is None:
                continue
            approx = "exact"
            if parsed.get("definition") == "blur":
                approx = "over" if _BLUR_OVER.search(body) else "about"
            out.append(Mention(s, e, body, value, unit, approx, "percent" if unit else "count"))
        return out

    return run


_RT_UNITS = {
    "Kilogram": ("kg", 1.0),
    "Gram": ("kg", 1e-3),
    "Milligram": ("kg", 1e-6),
    "Ton": ("kg", 1e3),
    "Terabyte": ("TB", 1.0),
    "Gigabyte": ("GB", 1.0),
    "Megabyte": ("MB", 1.0),
    "Chinese yuan": ("元", 1.0),
    "United States dollar": ("美元", 1.0),
}


def recognizers_system() -> System:
    """Microsoft Recognizers-Text, Chinese: currency, dimension, percentage, number."""
    _emoji_shim()
    from recognizers_number import Culture, recognize_number, recognize_percentage
    from recognizers_number_with_unit import recognize_currency, recognize_dimension

    def run(text: str) -> list[Mention]:
        cands: list[tuple[int, int, str, float, str, str]] = []
        for fn, kind in (
            (recognize_currency, "money"),
            (recognize_dimension, "dimension"),
            (recognize_percentage, "percent"),
            (recognize_number, "number"),
        ):
            for r in fn(text, Culture.Chinese):
                res = r.resolution or {}
                raw = str(res.get("value") or "").rstrip("%")
                try:
                    value = float(raw)
                except ValueError:
                    continue
                unit = ""
                if kind == "percent":
                    unit = "%"
                elif res.get("unit"):
                    unit, factor = _RT_UNITS.get(res["unit"], (res["unit"], 1.0))
                    value *= factor
                cands.append((r.start, r.end + 1, r.text, value, unit, kind))
        # with-unit results first, then longer spans; drop overlapping later ones
        order = {"money": 0, "dimension": 0, "percent": 0, "number": 1}
        cands.sort(key=lambda c: (order[c[5]], -(c[1] - c[0]), c[0]))
        out: list[Mention] = []
        taken: list[tuple[int, int]] = []
        for s, e, t, v, u, k in cands:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            out.append(Mention(s, e, t, v, u, "exact", k))
        out.sort(key=lambda m: m.start)
        return out

    return run


# --------------------------------------------------------------------------- scoring


def span_matches(gold: list[Mention], system: list[Mention]) -> list[tuple[int, int]]:
    """One-to-one pairs by span overlap alone (largest overlap first), values ignored."""
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = min(g.end, s.end) - max(g.start, s.start)
            if ov > 0:
                cands.append((-ov, abs(g.start - s.start), i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _ov, _d, i, j in cands:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((i, j))
    return pairs


class Tally:
    """Counts for one system over all documents."""

    def __init__(self) -> None:
        """Start every counter at zero."""
        self.n_gold = self.n_sys = self.tp = 0
        self.span_pairs = self.span_value_ok = 0
        self.unit_ok = self.approx_ok = 0
        self.chars = 0
        self.seconds = 0.0
        self.misses: list[str] = []
        self.false_alarms: list[str] = []
        self.wrong: list[str] = []

    def add(self, doc_id: str, text: str, gold: list[Mention], system: list[Mention]) -> None:
        """Score one document."""
        self.n_gold += len(gold)
        self.n_sys += len(system)
        pairs = match_mentions(gold, system)
        self.tp += len(pairs)
        for i, j in pairs:
            g, s = gold[i], system[j]
            gu = canonical_unit(g.unit, g.value)[0]
            su = canonical_unit(s.unit, s.value)[0]
            self.unit_ok += gu == su
            self.approx_ok += g.approx == s.approx
            if gu != su or g.approx != s.approx:
                self.wrong.append(
                    f"{doc_id} {g.text!r}: gold {gu}/{g.approx}, system {s.text!r} {su}/{s.approx}"
                )
        for i, j in span_matches(gold, system):
            self.span_pairs += 1
            ok = values_equal(gold[i].value, system[j].value)
            self.span_value_ok += ok
            if not ok:
                self.wrong.append(
                    f"{doc_id} {gold[i].text!r} value {gold[i].value} vs "
                    f"{system[j].text!r} {system[j].value}"
                )
        matched_g = {i for i, _ in pairs}
        matched_s = {j for _, j in pairs}
        for i, g in enumerate(gold):
            if i not in matched_g:
                self.misses.append(f"{doc_id} {g.text!r} @{g.start}: {_ctx(text, g)}")
        for j, s in enumerate(system):
            if j not in matched_s:
                self.false_alarms.append(
                    f"{doc_id} {s.text!r} {s.value} {s.unit} @{s.start}: {_ctx(text, s)}"
                )

    @staticmethod
    def _div(a: int, b: int) -> float:
        return a / b if b else 0.0

    def figures(self) -> dict[str, float]:
        """The reported figures."""
        p = self._div(self.tp, self.n_sys)
        r = self._div(self.tp, self.n_gold)
        return {
            "mention precision": p,
            "mention recall": r,
            "mention F1": 2 * p * r / (p + r) if p + r else 0.0,
            "value accuracy (span matches)": self._div(self.span_value_ok, self.span_pairs),
            "unit accuracy": self._div(self.unit_ok, self.tp),
            "approx accuracy": self._div(self.approx_ok, self.tp),
            "throughput (chars/s)": self.chars / self.seconds if self.seconds else 0.0,
        }


def _ctx(text: str, m: Mention) -> str:
    return text[max(0, m.start - 12) : m.end + 6].replace("\n", " ")


def run_set(gold_path: Path, texts: Path, systems: dict[str, System]) -> dict[str, Tally]:
    """Score every system on one gold set."""
    from pressie.text import normalize

    tallies = {name: Tally() for name in systems}
    for doc in load_gold(gold_path):
        text = doc_text(doc, texts)
        work = normalize(text)
        gold = gold_mentions(doc)
        for name, system in systems.items():
            t0 = time.perf_counter()
            found = system(text if name == "pressie" else work)
            tallies[name].seconds += time.perf_counter() - t0
            tallies[name].chars += len(text)
            tallies[name].add(doc.get("id", doc.get("source", "?")), text, gold, found)
    return tallies


def pressie_throughput(gold_path: Path, texts: Path, repeat: int = 5) -> float:
    """chars/s of the quantity pass alone (``find_quantities`` on the working text)."""
    from pressie.numbers import find_quantities
    from pressie.text import normalize

    docs = []
    for doc in load_gold(gold_path):
        text = doc_text(doc, texts)
        docs.append(normalize(text))
    find_quantities(docs[0], normalized=True)  # warm caches
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            find_quantities(d, normalized=True)
        best = min(best, time.perf_counter() - t0)
    return sum(map(len, docs)) / best


def tokenizer_share(gold_path: Path, texts: Path, repeat: int = 3) -> float | None:
    """Cost of the quantity pass as a fraction of pkuseg tokenization (None: no model)."""
    from pressie.numbers import find_quantities
    from pressie.pipeline import blank
    from pressie.text import normalize

    try:
        nlp = blank()
    except FileNotFoundError:
        return None
    docs = []
    for doc in load_gold(gold_path):
        text = doc_text(doc, texts)
        docs.append(normalize(text))
    tok = qty = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            nlp.make_doc(d)
        tok = min(tok, time.perf_counter() - t0)
        t0 = time.perf_counter()
        for d in docs:
            find_quantities(d, normalized=True)
        qty = min(qty, time.perf_counter() - t0)
    return qty / tok


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table and write the ``quantities`` section."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", action="store_true", help="list pressie's errors")
    ap.add_argument(
        "--direct",
        action="store_true",
        help="run pressie through find_quantities instead of pressie.extract",
    )
    ap.add_argument("--no-write", action="store_true", help="do not update docs/benchmarks.md")
    args = ap.parse_args(argv)

    systems: dict[str, System] = {
        "pressie": pressie_direct_system() if args.direct else pressie_extract_system()
    }
    notes = []
    for name, factory in (("JioNLP", jionlp_system), ("Recognizers-Text", recognizers_system)):
        try:
            systems[name] = factory()
        except ImportError as exc:
            notes.append(f"{name} not run: {exc}")

    sets = default_sets()

    sections = []
    for set_name, gold_path, texts in sets:
        tallies = run_set(gold_path, texts, systems)
        # pressie's row reports the quantity pass alone (the pipeline also segments etc.)
        tallies["pressie"].chars, tallies["pressie"].seconds = 1, 0.0
        figs = {name: t.figures() for name, t in tallies.items()}
        figs["pressie"]["throughput (chars/s)"] = pressie_throughput(gold_path, texts)
        labels = list(next(iter(figs.values())))
        names = list(figs)
        table_rows: list[list[object]] = []
        for label in labels:
            row: list[object] = [label]
            for n in names:
                v = figs[n][label]
                row.append(f"{v:,.0f}" if "throughput" in label else v)
            table_rows.append(row)
        t = tallies["pressie"]
        head = f"**{set_name}** ({gold_path.name}): {t.n_gold} gold mentions; " + ", ".join(
            f"{n} {tallies[n].n_sys} system mentions" for n in names
        )
        share = tokenizer_share(gold_path, texts)
        if share is not None:
            head += f". pressie's quantity pass costs {share:.1%} of pkuseg tokenization here"
        sections.append(head + "\n\n" + markdown_table(["figure", *names], table_rows))
        if args.errors:
            print(f"== {set_name}: pressie misses ({len(t.misses)})")
            print("\n".join(t.misses))
            print(f"== {set_name}: pressie false alarms ({len(t.false_alarms)})")
            print("\n".join(t.false_alarms))
            print(f"== {set_name}: pressie wrong unit/approx/value ({len(t.wrong)})")
            print("\n".join(t.wrong))

    how = (
        "pressie via `find_quantities` (--direct)"
        if args.direct
        else "pressie via `pressie.extract`"
    )
    md = (
        "## Quantities (mentions, values, units, qualifiers)\n\n"
        f"`python benchmarks/quantities.py` — {how}; system mentions are quantities with kind "
        '!= "other"; spans overlap + equal value, one-to-one (spec section 6, points 1-2). '
        "Value accuracy is over pairs matched by span alone. Throughput: pressie's quantity "
        "pass alone (`find_quantities` on the working text, best of 5); baselines: their "
        "calls on the same normalized text. Both baselines see normalized text.\n\n"
        + "\n\n".join(sections)
        + "\n\nNotes: value accuracy over spec matches is 1.0 by construction (matching needs "
        "equal values), so the row uses span-only matches. The own documents are not fully "
        "blind for the quantity layer: their misses (家次, 户次 classifiers) were seen and fixed "
        "generically during development. Remaining pressie false alarms are real figures in "
        "non-fact positions (等三种重要毒品, 经过15天的艰苦奋战, 假期7天, 最高可获10万元奖励) and "
        "restated figures that the relation layer deduplicates. Throughput varies with the "
        "load of the shared machine; the tokenization share is measured in the same process. "
        "The held-out batch (tests/data/heldout, since used for development) showed general "
        "gaps, closed as rules of the genre: bare magnitudes with a qualifier (近千人 nearly, "
        "万余人/百余起 over, 上千人 at_least; 千方百计, 百姓, 千家万户 are no numbers), measured "
        "durations with 以内 (平均响应时间3分钟以内: under; 接警后5分钟以内到达 stays a frame), "
        "a range before 之间 (10万元至20万元之间) and classifiers (顶, 副, 匹, 对 ...); "
        "seed and own figures are unchanged by them." + ("\n\n" + "\n".join(notes) if notes else "")
    )
    print(md)
    if not args.no_write:
        write_section("quantities", md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
