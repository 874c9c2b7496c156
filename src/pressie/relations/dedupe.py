"""Restatement dedupe (spec section 4): a figure restated later in the text is one fact.

Facts with equal value and unit, both or neither with a value, the same period (or one of
them undated, one end left open, or ends a few days apart) and a metric LCS F1 >= 0.85 (or,
not for rates, one metric written inside the other's, of one place) keep their first
occurrence, unless both stand in one sentence (v1.1); a quantity is never the
value of two facts. A headline's figure merges with the body's more loosely
(:func:`merge_headlines`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from typing import Any

from ..model import Fact, Quantity, Span


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Restated facts (spec section 4) keep only their first occurrence.

    Sorted by the start of their primary quantity (value, else change amount); a fact is
    dropped when its value quantity is already a kept fact's value or when it restates a
    kept fact (:func:`_restated`).  The kept facts are indexed by unit and kind and
    then by value, so a long document costs O(n log n), not O(n²).
    """
    facts = merge_headlines(facts)
    kept: list[Fact] = []
    used: set[tuple[int, int]] = set()
    groups: dict[tuple[Any, ...], _Group] = {}
    for f in sorted(facts, key=lambda f: _primary(f).start):
        q = _primary(f)
        key = (q.start, q.end)
        if f.value is not None and key in used:
            continue
        group = groups.setdefault(_restate_key(f, q), _Group())
        first = next((k for k in group.near(q.value) if _restated(k, f)), None)
        if first is not None:
            if f.value is not None and f.change is not None and f.change.amount is not None:
                # the restatement adds a change (headline 899起, body 899起,同比上升18.2%):
                # the level stays at its first occurrence, the change is a change-only fact
                # (as a level's second change is, spec section 4)
                kept.append(f.model_copy(update={"value": None}))
            continue
        kept.append(f)
        group.add(q.value, f)
        if f.value is not None:
            used.add(key)
    return kept


class _Group:
    """Kept facts sharing a :func:`_restate_key`, ordered by primary value."""

    __slots__ = ("values", "facts", "odd")

    def __init__(self) -> None:
        self.values: list[float] = []
        self.facts: list[Fact] = []
        self.odd: list[Fact] = []  # values that are not finite numbers: always compared

    def add(self, value: float, fact: Fact) -> None:
        """Keep ``fact``, whose primary quantity has ``value``."""
        if not math.isfinite(value):
            self.odd.append(fact)
            return
        k = bisect_right(self.values, value)
        self.values.insert(k, value)
        self.facts.insert(k, fact)

    def near(self, value: float) -> list[Fact]:
        """A superset of the kept facts whose value :func:`_restated` could accept."""
        if not math.isfinite(value):
            return self.odd + self.facts
        margin = 4e-6 * max(1.0, abs(value))
        lo = bisect_left(self.values, value - margin)
        hi = bisect_right(self.values, value + margin)
        return self.odd + self.facts[lo:hi]


def _primary(f: Fact) -> Quantity:
    if f.value is not None:
        return f.value
    assert f.change is not None and f.change.amount is not None
    return f.change.amount


def _lcs_len(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b``."""
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def _lcs_f1(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return 2 * _lcs_len(a, b) / (len(a) + len(b))


def _restate_key(f: Fact, q: Quantity) -> tuple[Any, ...]:
    """What two facts must share to restate each other (:func:`_restated`), ``q`` being the
    primary quantity of ``f``."""
    return (q.unit, f.value is None)


def _restated(a: Fact, b: Fact) -> bool:
    """True when ``b`` restates the kept fact ``a`` (spec section 4)."""
    qa, qb = _primary(a), _primary(b)
    if qa.unit != qb.unit or abs(qa.value - qb.value) > 1e-6 * max(1.0, abs(qa.value)):
        return False
    if (a.value is None) != (b.value is None):
        return False
    if (a.sentence is not None and b.sentence is not None
            and a.sentence.start == b.sentence.start
            and (a.metric != b.metric or a.region != b.region
                 or _LIST_MARKS.search(a.sentence.text) or _listed_together(a.sentence, qa, qb))):
        # (v1.1) 恶势力犯罪集团3个、恶势力犯罪团伙3个: one sentence, two statistics (a
        # headline printed twice on one line, the same words of the same place, is one)
        return False
    pa = (a.period.date_start, a.period.date_end) if a.period else (None, None)
    pb = (b.period.date_start, b.period.date_end) if b.period else (None, None)
    if not _same_span(pa, pb):
        return False
    if _lcs_f1(a.metric, b.metric) >= RESTATED_METRIC_F1:
        return True
    # 公安110接报警情770余万起 … 接报警情770余万起: one metric written inside the other,
    # of one place, is the same statistic told again with fewer words
    # (not a rate: 命案破案率100% and 5类案件破案率100% are two)
    short, long_ = sorted((a.metric, b.metric), key=len)
    # (检察机关批准逮捕16人, 公安机关逮捕16人: two bodies' figures)
    return (len(short) >= RESTATED_CONTAINED_MIN and short in long_ and a.region == b.region
            and _same_body(a.scope, b.scope) and _primary(a).unit != "%")


def _same_body(a: str | None, b: str | None) -> bool:
    """Whether two scopes may name one body: either unwritten, one holding the other (全省
    and 全省公安机关), or not both bodies (我市 and 全市, 全国警方); 检察机关 and 公安机关
    are two."""
    if a is None or b is None or a in b or b in a:
        return True
    return not (a.endswith(_BODY_ENDS) and b.endswith(_BODY_ENDS))


#: how the name of a body ends (检察机关, 公安局, 交管部门)
_BODY_ENDS = ("机关", "法院", "检察院", "公安局", "分局", "部门")


#: how alike (LCS F1) two metrics must be to name one restated statistic
RESTATED_METRIC_F1 = 0.85
#: how long (characters) a metric must be to restate a longer one that holds it
RESTATED_CONTAINED_MIN = 2


#: the marks of a ';'-list: its items are statistics of their own, whatever their words
_LIST_MARKS = re.compile(r"[;；]")
#: what stands between two items of one list (分别下降12.4%、14.6%、14.6%和10%)
_ITEM_GLUE = frozenset(("、", "和", "及", "与", ",", "，"))


def _listed_together(sentence: Span, qa: Quantity, qb: Quantity) -> bool:
    """Whether ``qa`` and ``qb`` are neighbouring items of one list of ``sentence``
    (分别下降12.4%、14.6%、14.6%: two equal amounts, two statistics)."""
    lo, hi = sorted(((qa.start, qa.end), (qb.start, qb.end)))
    between = sentence.text[lo[1] - sentence.start:hi[0] - sentence.start]
    return between.strip() in _ITEM_GLUE


def _same_span(pa: tuple[Any, Any], pb: tuple[Any, Any]) -> bool:
    """True when two periods may be one: equal, or one of them undated, or one start left
    open and the ends the same or at most :data:`RESTATED_END_DAYS` apart (今年…68起 and
    截至11月26日…68起 restate one figure), or the same start with one end left open, or both
    ends a few days apart (:data:`RESTATED_END_DAYS`, a tenth of the shorter period at most)."""
    if pa == pb or pa == (None, None) or pb == (None, None):
        return True
    if pa[0] is None or pb[0] is None:
        # 截至11月8日…54.6公斤 and 今年以来 (told on the 13th)…54.6公斤: one start left
        # open, the ends the same or a few days apart
        if pa[1] is None or pb[1] is None:
            return False
        return abs((pa[1] - pb[1]).days) <= RESTATED_END_DAYS
    # 2017年以来…380亿余元 and 5年共…380亿余元: one start, one end left open
    if pa[0] == pb[0] and pa[0] is not None and (pa[1] is None or pb[1] is None):
        return True
    # 2024年…3.1亿元 and 今年以来(reported on 3 January)…3.1亿元: ends a few days apart,
    # little beside the periods' length (5月12日 and 5月17日 stay two days)
    if None in pa or None in pb:
        return False
    slack = min(RESTATED_END_DAYS, min((pa[1] - pa[0]).days, (pb[1] - pb[0]).days) // 10)
    return abs((pa[0] - pb[0]).days) <= slack and abs((pa[1] - pb[1]).days) <= slack


#: how far apart (days) two ends of a restated figure's periods may lie at most (a tenth of
#: the shorter period at most)
RESTATED_END_DAYS = 7


#: how alike a headline's metric must be to the body's: the scorer's own metric match (0.6)
HEADLINE_METRIC_F1 = 0.6


def merge_headlines(facts: list[Fact]) -> list[Fact]:
    """A headline figure restated in the body is one statistic (spec section 4).

    A fact written in a headline-like line (no sentence end) without a period of its own
    is the first occurrence of the body's fact with the same value and unit and a similar
    metric (LCS F1 >= :data:`HEADLINE_METRIC_F1`): it keeps its place and takes the body
    fact's period; the body fact is dropped, except for a change it adds, which stays as a
    change-only fact (as any restatement's new change does).
    """
    out = list(facts)
    dropped: set[int] = set()
    for i, a in enumerate(out):
        if a.value is None or not _headline_like(a):
            continue
        for j in range(i + 1, len(out)):
            b = out[j]
            if j in dropped or b.value is None or _headline_like(b):
                continue
            if b.value.unit != a.value.unit or abs(b.value.value - a.value.value) > 1e-6 * max(
                1.0, abs(a.value.value)
            ):
                continue
            if not _headline_alike(a.metric, b.metric):
                continue
            update: dict[str, Any] = {"period": b.period}
            if a.region is None and b.region is not None:
                update["region"] = b.region
            out[i] = a.model_copy(update=update)
            if b.change is not None and b.change.amount is not None and a.change is None:
                out[j] = b.model_copy(update={"value": None})  # the body's change, apart
            else:
                dropped.add(j)
            break
    return [f for k, f in enumerate(out) if k not in dropped]


#: how much of the shorter metric a headline's abbreviation must keep, in order, of the
#: other's (破案 / 破获毒品犯罪案件, 缴毒 / 缴获毒品: headlines clip the body's words)
HEADLINE_METRIC_COVER = 0.75


def _headline_alike(a: str, b: str) -> bool:
    """Whether a headline's metric ``a`` and the body's ``b`` name one statistic: their LCS
    F1 reaches :data:`HEADLINE_METRIC_F1`, or the shorter (two characters at least) is kept,
    in order, in the longer for :data:`HEADLINE_METRIC_COVER` of its length."""
    if not a or not b:
        return False
    common = _lcs_len(a, b)
    if 2 * common / (len(a) + len(b)) >= HEADLINE_METRIC_F1:
        return True
    short = min(len(a), len(b))
    return short >= 2 and common >= 2 and common >= HEADLINE_METRIC_COVER * short


def _headline_like(f: Fact) -> bool:
    """A fact of a headline-like line: no sentence end, no period of its own."""
    if f.period is not None and not f.period.inherited:
        return False
    text = f.sentence.text if f.sentence is not None else ""
    return bool(text) and len(text) <= 60 and not any(c in text for c in "。！？!?")
