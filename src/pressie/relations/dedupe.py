"""Restatement dedupe (spec section 4): a figure restated later in the text is one fact.

Facts with equal value and unit, both or neither with a value, equal periods and a metric
LCS F1 >= 0.85 keep their first occurrence; a quantity is never the value of two facts.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from typing import Any

from ..model import Fact, Quantity


def dedupe(facts: list[Fact]) -> list[Fact]:
    """Restated facts (spec section 4) keep only their first occurrence.

    Sorted by the start of their primary quantity (value, else change amount); a fact is
    dropped when its value quantity is already a kept fact's value or when it restates a
    kept fact (:func:`_restated`).  The kept facts are indexed by unit, kind and dates and
    then by value, so a long document costs O(n log n), not O(n²).
    """
    kept: list[Fact] = []
    used: set[tuple[int, int]] = set()
    groups: dict[tuple[Any, ...], _Group] = {}
    for f in sorted(facts, key=lambda f: _primary(f).start):
        q = _primary(f)
        key = (q.start, q.end)
        if f.value is not None and key in used:
            continue
        group = groups.setdefault(_restate_key(f, q), _Group())
        if any(_restated(k, f) for k in group.near(q.value)):
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


def _lcs_f1(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    n = prev[-1]
    return 2 * n / (len(a) + len(b))


def _restate_key(f: Fact, q: Quantity) -> tuple[Any, ...]:
    """What two facts must share to restate each other (:func:`_restated`), ``q`` being the
    primary quantity of ``f``."""
    p = (f.period.date_start, f.period.date_end) if f.period else (None, None)
    return (q.unit, f.value is None, p)


def _restated(a: Fact, b: Fact) -> bool:
    """True when ``b`` restates the kept fact ``a`` (spec section 4)."""
    qa, qb = _primary(a), _primary(b)
    if qa.unit != qb.unit or abs(qa.value - qb.value) > 1e-6 * max(1.0, abs(qa.value)):
        return False
    if (a.value is None) != (b.value is None):
        return False
    pa = (a.period.date_start, a.period.date_end) if a.period else (None, None)
    pb = (b.period.date_start, b.period.date_end) if b.period else (None, None)
    if pa != pb:
        return False
    return _lcs_f1(a.metric, b.metric) >= 0.85
