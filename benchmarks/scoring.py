"""Scoring of extracted facts against gold, exactly as ``extraction-spec.md`` section 6 defines.

The library is import-free of pressie itself: gold documents are the JSON objects of
``shared/gold/*.jsonl``; system documents are the same shape (``Document.model_dump(mode="json")``
gives it), so a system run can be saved and rescored.

Public API (other benchmark scripts import these; signatures are stable):

``load_gold(path) -> list[dict]``
    Read a gold JSONL file (one document object per line).
``gold_mentions(doc: dict) -> list[Mention]``
    Flatten a gold (or system) document's facts into role-tagged quantity mentions.
``fact_mentions(facts: list) -> list[Mention]``
    The same for a bare list of facts (dicts or pydantic ``Fact`` objects); facts whose
    value kind is ``"other"`` are dropped (spec: they are ignored).
``quantity_mention(q, role=None, fact=None) -> Mention``
    One mention from a quantity (dict or pydantic ``Quantity``); ``role`` / ``fact`` optional,
    e.g. to score ``Document.quantities`` against gold mentions.
``match_mentions(gold: list[Mention], system: list[Mention]) -> list[tuple[int, int]]``
    One-to-one matching: spans overlap AND values equal (relative tolerance 1e-6) after unit
    canonicalization; largest overlap first.  Returns ``(gold_index, system_index)`` pairs.
``score_documents(gold_docs, system_docs) -> Scores``
    Every figure of section 6, micro-averaged over the documents, with per-item error lists.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REL_TOL = 1e-6
METRIC_THRESHOLD = 0.6
PERIOD_TOLERANCE_DAYS = 31

#: unit -> (canonical unit, factor): both sides are canonicalized before values are compared.
UNIT_CANON: dict[str, tuple[str, float]] = {
    "公斤": ("kg", 1.0),
    "千克": ("kg", 1.0),
    "克": ("kg", 1e-3),
    "g": ("kg", 1e-3),
    "吨": ("kg", 1e3),
    "t": ("kg", 1e3),
    "万元": ("元", 1e4),
    "亿元": ("元", 1e8),
    "千元": ("元", 1e3),
    "万人次": ("人次", 1e4),
    "百分点": ("pp", 1.0),
    "个百分点": ("pp", 1.0),
    "％": ("%", 1.0),
}


def canonical_unit(unit: str | None, value: float) -> tuple[str, float]:
    """Return ``(unit, value)`` in canonical form (``公斤`` -> ``kg``, ``万元`` -> ``元`` x 1e4)."""
    u = (unit or "").strip()
    if u in UNIT_CANON:
        cu, factor = UNIT_CANON[u]
        return cu, value * factor
    return u, value


def values_equal(a: float | None, b: float | None) -> bool:
    """Equal within relative tolerance 1e-6 (``None`` equals only ``None``)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= REL_TOL * max(abs(a), abs(b), 1e-12)


def lcs_f1(a: str | None, b: str | None) -> float:
    """LCS-based F1 of two strings: ``2 * LCS / (len(a) + len(b))`` (as goldtool.py computes)."""
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    n = prev[-1]
    return 0.0 if n == 0 else 2 * n / (len(a) + len(b))


def _get(obj: Any, key: str, default: Any = None) -> Any:
    """Field access for dicts and pydantic models alike."""
    if obj is None:
        return default
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


@dataclass
class Mention:
    """A quantity mention: where it stands, its canonical value/unit, and its role in a fact."""

    start: int
    end: int
    text: str
    value: float
    unit: str
    approx: str
    kind: str
    role: str | None = None  # "value" | "change" | "baseline" | None
    fact: int | None = None  # index of the fact (in the flattened fact list) it belongs to
    primary: bool = False  # the fact's value mention, or its change amount when value is None


def quantity_mention(q: Any, role: str | None = None, fact: int | None = None) -> Mention:
    """Build a :class:`Mention` from a quantity (gold dict or pydantic ``Quantity``).

    A gold quantity may omit ``end``: it is ``start + len(text)``.
    """
    text = _get(q, "text", "") or ""
    start = int(_get(q, "start", 0))
    end = _get(q, "end")
    end = int(end) if end is not None else start + len(text)
    unit, value = canonical_unit(_get(q, "unit", ""), float(_get(q, "value", 0.0)))
    return Mention(
        start=start,
        end=end,
        text=text,
        value=value,
        unit=unit,
        approx=_get(q, "approx", "exact") or "exact",
        kind=_get(q, "kind", "count") or "count",
        role=role,
        fact=fact,
    )


def _value_kind(fact: Any) -> str | None:
    v = _get(fact, "value")
    return None if v is None else _get(v, "kind", "count")


def scored_facts(facts: Iterable[Any]) -> list[Any]:
    """The facts that count for scoring: those whose value kind is not ``"other"``."""
    return [f for f in facts if _value_kind(f) != "other"]


def fact_mentions(facts: Iterable[Any]) -> list[Mention]:
    """Flatten facts into role-tagged mentions (value / change / baseline).

    ``Mention.fact`` indexes into :func:`scored_facts` of ``facts``.
    """
    out: list[Mention] = []
    for i, fact in enumerate(scored_facts(facts)):
        value = _get(fact, "value")
        change = _get(fact, "change")
        if value is not None:
            m = quantity_mention(value, "value", i)
            m.primary = True
            out.append(m)
        if change is not None:
            amount = _get(change, "amount")
            if amount is not None:
                m = quantity_mention(amount, "change", i)
                m.primary = value is None
                out.append(m)
            baseline = _get(change, "baseline")
            if baseline is not None:
                out.append(quantity_mention(baseline, "baseline", i))
    return out


def gold_mentions(doc: Any) -> list[Mention]:
    """Flatten a gold (or system) document's ``facts`` into mentions (see :func:`fact_mentions`)."""
    return fact_mentions(_get(doc, "facts", []) or [])


def _overlap(a: Mention, b: Mention) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match_mentions(gold: Sequence[Mention], system: Sequence[Mention]) -> list[tuple[int, int]]:
    """Match gold and system mentions one-to-one.

    Two mentions can match when their character spans overlap and their canonical values
    are equal (relative tolerance 1e-6).  Candidate pairs are taken largest overlap first;
    ties prefer equal roles, then the closer start.

    Returns:
        ``(gold_index, system_index)`` pairs, sorted by gold index.
    """
    by_start = sorted(range(len(system)), key=lambda j: system[j].start)
    cands: list[tuple[int, int, int, int, int]] = []
    for i, g in enumerate(gold):
        for j in by_start:
            s = system[j]
            if s.start >= g.end:
                break
            ov = _overlap(g, s)
            if ov <= 0 or not values_equal(g.value, s.value):
                continue
            cands.append((-ov, 0 if g.role == s.role else 1, abs(g.start - s.start), i, j))
    cands.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _ov, _r, _d, i, j in cands:
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((i, j))
    return sorted(pairs)


# --------------------------------------------------------------------------- attributes


def _iso(d: Any) -> str | None:
    if d is None:
        return None
    if isinstance(d, date):
        return d.isoformat()
    return str(d)[:10]


def _to_date(d: Any) -> date | None:
    s = _iso(d)
    return None if s is None else date.fromisoformat(s)


def period_ends(period: Any) -> tuple[str | None, str | None]:
    """``(date_start, date_end)`` of a period as ISO strings (``(None, None)`` for no period)."""
    return _iso(_get(period, "date_start")), _iso(_get(period, "date_end"))


def _end_ok(g: Any, s: Any) -> bool:
    gd, sd = _to_date(g), _to_date(s)
    if gd is None or sd is None:
        return gd is None and sd is None
    return abs((gd - sd).days) <= PERIOD_TOLERANCE_DAYS


def period_correct(gold_period: Any, sys_period: Any) -> bool:
    """Both ends within 31 days; ``None`` matches ``None``.  No gold period: always correct."""
    if gold_period is None:
        return True
    gs, ge = period_ends(gold_period)
    ss, se = period_ends(sys_period)
    return _end_ok(gs, ss) and _end_ok(ge, se)


def _amount_value(change: Any) -> float | None:
    amount = _get(change, "amount")
    if amount is None:
        return None
    return canonical_unit(_get(amount, "unit", ""), float(_get(amount, "value", 0.0)))[1]


def change_correct(gold_change: Any, sys_change: Any) -> bool:
    """Direction, basis and amount value equal.  No gold change: the system has none either."""
    if gold_change is None:
        return sys_change is None
    if sys_change is None:
        return False
    return (
        _get(gold_change, "direction") == _get(sys_change, "direction")
        and (_get(gold_change, "basis") or "yoy") == (_get(sys_change, "basis") or "yoy")
        and values_equal(_amount_value(gold_change), _amount_value(sys_change))
    )


_PREFECTURE_END = ("市", "州", "盟", "地区")


def region_correct(gold_region: str | None, sys_region: str | None) -> bool:
    """Whether two region names name the same place.

    Equal names, or a county-level place written with and without its prefecture
    (宜宾市筠连县 / 筠连县): the spec asks for "the full name" and annotators write both.
    """
    if gold_region == sys_region:
        return True
    if not gold_region or not sys_region:
        return False
    short, long_ = sorted((gold_region, sys_region), key=len)
    if not long_.endswith(short) or len(short) < 2:
        return False
    prefix = long_[: -len(short)]
    return prefix.endswith(_PREFECTURE_END)


def metric_correct(gold_metric: str | None, sys_metric: str | None) -> bool:
    """LCS-based F1 of the metric strings >= 0.6."""
    return lcs_f1(gold_metric, sys_metric) >= METRIC_THRESHOLD


# --------------------------------------------------------------------------- scores


@dataclass
class Ratio:
    """A hit / total counter."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        """Count one item, a hit when ``ok``."""
        self.total += 1
        self.hit += int(ok)

    @property
    def value(self) -> float:
        """hit / total (0.0 when there is nothing to count)."""
        return self.hit / self.total if self.total else 0.0


@dataclass
class PRF:
    """True positives against predicted and gold counts."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        """tp / predicted."""
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        """tp / gold."""
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Every figure of spec section 6, plus the error lists behind them."""

    mentions: PRF = field(default_factory=PRF)
    unit: Ratio = field(default_factory=Ratio)
    approx: Ratio = field(default_factory=Ratio)
    role: Ratio = field(default_factory=Ratio)
    metric: Ratio = field(default_factory=Ratio)
    #: diagnostic (not a spec figure): metric strings equal to the gold's, same pairs as metric
    metric_exact: Ratio = field(default_factory=Ratio)
    #: diagnostic: sum of the LCS F1 of those pairs (mean = metric_lcs_sum / metric.total)
    metric_lcs_sum: float = 0.0
    period: Ratio = field(default_factory=Ratio)
    change: Ratio = field(default_factory=Ratio)
    region: Ratio = field(default_factory=Ratio)
    facts: PRF = field(default_factory=PRF)
    entities: dict[str, PRF] = field(default_factory=dict)

    @property
    def metric_lcs(self) -> float:
        """Mean LCS F1 of the metric strings over the pairs metric accuracy counts."""
        return self.metric_lcs_sum / self.metric.total if self.metric.total else 0.0
    #: gold facts not found: dicts with doc, reason, gold fact and (when paired) system fact
    missed: list[dict[str, Any]] = field(default_factory=list)
    #: system facts not matched to a found gold fact: dicts with doc and fact
    spurious: list[dict[str, Any]] = field(default_factory=list)
    #: paired facts whose region differs from the gold's: dicts with doc, gold and system fact
    region_missed: list[dict[str, Any]] = field(default_factory=list)


ENTITY_LABELS = ("AGENCY", "CAMPAIGN", "PERSON", "LOCATION", "CASE")


def entity_keys(entities: Iterable[Any]) -> set[tuple[Any, ...]]:
    """The set of ``(label, canonical[, year])`` of a document (year for CAMPAIGN only)."""
    keys: set[tuple[Any, ...]] = set()
    for e in entities:
        label = _get(e, "label")
        if label == "CAMPAIGN":
            keys.add((label, _get(e, "canonical"), _get(e, "year")))
        else:
            keys.add((label, _get(e, "canonical")))
    return keys


def fact_reason(gold_fact: Any, sys_fact: Any | None, sys_primary: bool) -> str | None:
    """Why a gold fact is not found by its paired system fact (``None`` when it is found)."""
    if sys_fact is None:
        return "no mention"
    if not sys_primary:
        return "wrong role"
    if not metric_correct(_get(gold_fact, "metric"), _get(sys_fact, "metric")):
        return "wrong metric"
    if not period_correct(_get(gold_fact, "period"), _get(sys_fact, "period")):
        return "wrong period"
    if not change_correct(_get(gold_fact, "change"), _get(sys_fact, "change")):
        return "wrong change"
    return None


def score_document(gold_doc: Any, sys_doc: Any, scores: Scores) -> None:
    """Add one document's counts to ``scores`` (micro-averaging over documents)."""
    doc_id = _get(gold_doc, "id") or _get(gold_doc, "source")
    gold_facts = scored_facts(_get(gold_doc, "facts", []) or [])
    sys_facts = scored_facts(_get(sys_doc, "facts", []) or [])
    gm = fact_mentions(gold_facts)
    sm = fact_mentions(sys_facts)
    pairs = match_mentions(gm, sm)
    scores.mentions.tp += len(pairs)
    scores.mentions.n_gold += len(gm)
    scores.mentions.n_pred += len(sm)
    for i, j in pairs:
        g, s = gm[i], sm[j]
        scores.unit.add(g.unit == s.unit)
        scores.approx.add(g.approx == s.approx)
        scores.role.add(g.role == s.role)

    g2s = dict(pairs)
    found_sys: set[int] = set()
    scores.facts.n_gold += len(gold_facts)
    scores.facts.n_pred += len(sys_facts)
    primary_of = {m.fact: k for k, m in enumerate(gm) if m.primary}
    for fi, gf in enumerate(gold_facts):
        k = primary_of.get(fi)
        j = g2s.get(k) if k is not None else None
        sf = sys_facts[sm[j].fact] if j is not None else None  # type: ignore[index]
        if sf is not None:
            scores.metric.add(metric_correct(_get(gf, "metric"), _get(sf, "metric")))
            scores.metric_exact.add(_get(gf, "metric") == _get(sf, "metric"))
            scores.metric_lcs_sum += lcs_f1(_get(gf, "metric"), _get(sf, "metric"))
            if _get(gf, "period") is not None:
                scores.period.add(period_correct(_get(gf, "period"), _get(sf, "period")))
            if _get(gf, "change") is not None:
                scores.change.add(change_correct(_get(gf, "change"), _get(sf, "change")))
            if _get(gf, "region") is not None:
                same_region = region_correct(_get(gf, "region"), _get(sf, "region"))
                scores.region.add(same_region)
                if not same_region:
                    scores.region_missed.append({"doc": doc_id, "gold": gf, "system": sf})
        reason = fact_reason(gf, sf, j is not None and sm[j].primary)
        if reason is None:
            scores.facts.tp += 1
            found_sys.add(sm[j].fact)  # type: ignore[index, arg-type]
        else:
            scores.missed.append({"doc": doc_id, "reason": reason, "gold": gf, "system": sf})
    for si, sf in enumerate(sys_facts):
        if si not in found_sys:
            scores.spurious.append({"doc": doc_id, "system": sf})

    gold_e = entity_keys(_get(gold_doc, "entities", []) or [])
    sys_e = entity_keys(_get(sys_doc, "entities", []) or [])
    for label in ENTITY_LABELS:
        prf = scores.entities.setdefault(label, PRF())
        g = {k for k in gold_e if k[0] == label}
        s = {k for k in sys_e if k[0] == label}
        prf.tp += len(g & s)
        prf.n_gold += len(g)
        prf.n_pred += len(s)


def score_documents(gold_docs: Sequence[Any], system_docs: Sequence[Any]) -> Scores:
    """Score system documents against gold documents (same order, same length)."""
    if len(gold_docs) != len(system_docs):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(system_docs)} system ones")
    scores = Scores()
    for g, s in zip(gold_docs, system_docs):
        score_document(g, s, scores)
    return scores


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold JSONL file: one document object per non-empty line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


__all__ = [
    "Mention",
    "PRF",
    "Ratio",
    "Scores",
    "canonical_unit",
    "change_correct",
    "entity_keys",
    "fact_mentions",
    "gold_mentions",
    "lcs_f1",
    "load_gold",
    "match_mentions",
    "metric_correct",
    "period_correct",
    "quantity_mention",
    "score_document",
    "score_documents",
    "scored_facts",
    "values_equal",
]
