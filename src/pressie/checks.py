"""Consistency checks: do a document's figures agree with each other?

:func:`check` reads a :class:`~pressie.model.Document` (facts, offsets, text) and returns a
:class:`~pressie.model.Finding` for every set of figures that cannot all be true as written.
It runs after extraction and never changes the document; :func:`with_findings` returns a
copy with :attr:`Document.findings` filled.

Precision
---------
Every figure is read as the interval of values its text allows (:func:`bounds`): ``3181起`` is
3180.5..3181.5, ``14.8万起`` 147500..148500, ``3000人`` (trailing zeros may be rounding)
2500..3500, ``8.1万余起`` 81000..82000, ``近15万`` 140000..150000, ``约860千克`` 850..870,
``超过2万`` 20000..inf; a whole percentage is exact to its unit (``20%`` 19.5..20.5).  A
written percentage or change may be rounded *or* truncated, so a change amount gets a whole
unit of its last digit either way (``116.5%`` -> 116.4..116.6).  A finding is only made when
the intervals cannot meet, so text that is merely rounded never gives one.

Kinds
-----
``change``
    a level, its written baseline and its change: ``3181起, 较去年(1469起)多破1712起, 同比上升
    116.5%`` must satisfy 3181 - 1469 = 1712 and 3181 / 1469 - 1 = 116.5 %; the direction must
    agree (上升 with a level below its baseline is an error).  A change-only fact written in the
    same sentence after the level (多破1712起) is checked against that level and baseline.
    Percent levels accept a ``%`` change read either as relative or as percentage points;
    ``N倍`` accepts both readings (N times, N times more).
``implied_level``
    a change without a written baseline (同比上升20%, 较去年同期减少44起) whose compared-to
    level is stated elsewhere in the document for the base period (the year before for
    同比, the month before for 环比 of a calendar month, the written ``base_period``), for the
    same metric key and region, together with the current level (the fact's own value, or a
    level stated elsewhere for its period).  Skipped when either level is ambiguous (several
    different figures for the same key, region and period).
``parts``
    a breakdown opened by 其中 (or a 分别 list after a figure in the same sentence): the parts
    are the figures of one list (joined by 、/和/及, no clause break) right after the marker,
    in the same additive unit (count, money, weight …); the total is the last level in that
    unit before the marker in the same paragraph.  One part over the total is an error; the
    sum over the total a warning (categories may overlap: 八类严重暴力 and 侵财 both hold
    robbery); a breakdown whose last part is 其他/其余 must add up to the total (error).
``over_100``
    a share (占比, 比例, 占 …) over 100 % is an error; another rate (破案率, 到案率) over 100 %
    a warning, since such rates may count cases of earlier years; growth rates are exempt.
``restated``
    the same statistic (metric key, region, period, campaign, unit) stated again, in another
    sentence, with a value that its first statement's precision does not allow (a warning).
    Two guards keep per-case figures out: a key stated with more than
    :data:`RESTATED_MAX_VALUES` different values for one region and period is a per-case
    metric (抓获犯罪嫌疑人 of every case of a release), and two values more than
    :data:`RESTATED_MAX_RATIO` apart are two statistics (a slip changes a digit, not the
    order of magnitude).  Additive kinds only (counts, money, weights …).

All word lists are data in ``lexicons/checks.json``.  Every check is linear or
quadratic in the number of facts of one document (a few hundred) and linear in its text.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .check_rules import (  # noqa: F401  (rules and precision, re-exported)
    DEFAULT_RULES,
    CheckRules,
    Interval,
    _fmt,
    _fmt_interval,
    _meet,
    _span,
    bounds,
    default_rules,
)
from .metric_keys import metric_key
from .model import Document, Fact, Finding, Quantity
from .text import normalize

#: Restated check: a metric key stated with more distinct values than this for one region
#: and period is a per-case metric (抓获犯罪嫌疑人 of each case), not one statistic.
RESTATED_MAX_VALUES = 2
#: Parts check: how many figures back from a 其中 the total is looked for.
PARTS_LOOKBACK = 30
#: Implied-level check: more levels than this for one key, region, period and unit are
#: a per-case metric, never "the" level.
MAX_LEVELS = 4
#: Restated check: two statements further apart than this factor are two statistics.
RESTATED_MAX_RATIO = 2.0

_NEWLINE = re.compile("\n")
_PARENS = re.compile(r"[()（）]")
_YEAR = re.compile(r"((?:19|20)\d\d)年")


# --------------------------------------------------------------------------- context


class _Context:
    """What every check reads about one document (built per call; nothing is kept).

    Built in time linear in the text and the facts: the clause breaks outside parentheses
    (for :meth:`has_break`, a binary search) and an index of the levels by key, region,
    period and unit (for the implied-level check).
    """

    def __init__(self, doc: Document, rules: CheckRules, tally: Counter[str] | None) -> None:
        self.doc = doc
        self.rules = rules
        self.tally: Counter[str] = tally if tally is not None else Counter()
        self.text = normalize(doc.text)
        self.facts = doc.facts
        self.keys = [f.metric_key or metric_key(f.metric) for f in doc.facts]
        self.breaks = self._breaks()
        self.newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        self.levels: dict[tuple, list[int]] = defaultdict(list)
        self.units: dict[tuple, set[str]] = defaultdict(set)
        for i, f in enumerate(self.facts):
            if f.value is not None:
                dates = _dates(f)
                self.levels[(self.keys[i], f.region, dates, f.value.unit)].append(i)
                self.units[(self.keys[i], dates)].add(f.value.unit)

    def _breaks(self) -> list[int]:
        """Positions of clause breaks outside parentheses, in order."""
        inside: list[tuple[int, int]] = []
        depth, opened = 0, 0
        for m in _PARENS.finditer(self.text):
            if m.group() in "(（":
                if depth == 0:
                    opened = m.start()
                depth += 1
            elif depth > 0:
                depth -= 1
                if depth == 0:
                    inside.append((opened, m.start()))
        if depth > 0:
            inside.append((opened, len(self.text)))
        out: list[int] = []
        k = 0
        for m in self.rules.break_re.finditer(self.text):
            pos = m.start()
            while k < len(inside) and inside[k][1] < pos:
                k += 1
            if k < len(inside) and inside[k][0] < pos < inside[k][1]:
                continue
            out.append(pos)
        return out

    def paragraph_start(self, pos: int) -> int:
        """Where the line holding ``pos`` starts."""
        k = bisect.bisect_left(self.newlines, pos) - 1
        return self.newlines[k] + 1 if k >= 0 else 0

    def has_break(self, start: int, end: int) -> bool:
        """A clause break in ``text[start:end]`` outside parentheses."""
        k = bisect.bisect_left(self.breaks, start)
        return k < len(self.breaks) and self.breaks[k] < end


def _dates(fact: Fact) -> tuple[date | None, date | None] | None:
    p = fact.period
    if p is None or (p.date_start is None and p.date_end is None):
        return None
    return (p.date_start, p.date_end)


# --------------------------------------------------------------------------- change arithmetic


@dataclass(frozen=True)
class _AmountCheck:
    ok: bool
    expected: Interval
    written: Interval
    unit: str


def _direction_of(level: Interval, base: Interval) -> str | None:
    if level[0] > base[1]:
        return "up"
    if level[1] < base[0]:
        return "down"
    return None


def _amount_check(
    level: Quantity, base: Quantity, direction: str, amount: Quantity, rules: CheckRules
) -> _AmountCheck | None:
    """Does ``amount`` (with ``direction``) agree with the change from ``base`` to ``level``?"""
    lv, bv = bounds(level, rules=rules), bounds(base, rules=rules)
    av = bounds(amount, truncated=True, rules=rules)
    if lv is None or bv is None or av is None or level.unit != base.unit:
        return None
    if direction == "flat":
        return None
    sign = 1.0 if direction == "up" else -1.0
    written = (av[0], av[1]) if sign > 0 else (-av[1], -av[0])
    diff = (lv[0] - bv[1], lv[1] - bv[0])
    percent_levels = level.unit in ("%", "‰")
    if amount.unit == "%":
        if bv[0] <= 0:
            return None
        rel = ((lv[0] / bv[1] - 1) * 100, (lv[1] / bv[0] - 1) * 100)
        ok = _meet(rel, written) or (percent_levels and _meet(diff, written))
        return _AmountCheck(ok, rel, written, "%")
    if amount.unit == "pp":
        if not percent_levels:
            return None
        return _AmountCheck(_meet(diff, written), diff, written, "个百分点")
    if amount.unit == "倍":
        if sign < 0 or bv[0] <= 0:
            return None
        ratio = (lv[0] / bv[1], lv[1] / bv[0])
        ok = _meet(ratio, av) or _meet(ratio, (av[0] + 1, av[1] + 1))
        return _AmountCheck(ok, ratio, av, "倍")
    if amount.unit == level.unit and amount.kind == level.kind:
        return _AmountCheck(_meet(diff, written), diff, written, amount.unit)
    return None


def _signed(iv: Interval, unit: str) -> str:
    """``+33.79..35.07%`` for a rise, ``-10.1..-9.95%`` for a fall."""
    text = _fmt_interval(iv, unit)
    return "+" + text if iv[0] >= 0 else text


def _change_findings(
    ctx: _Context, kind: str, facts: list[int], level: Quantity, base: Quantity, fact: Fact
) -> list[Finding]:
    """Direction and amount of ``fact.change`` against ``level`` and ``base``."""
    change = fact.change
    assert change is not None
    rules = ctx.rules
    lv, bv = bounds(level, rules=rules), bounds(base, rules=rules)
    if lv is None or bv is None or level.unit != base.unit:
        return []
    ctx.tally[kind] += 1
    spans = [_span(level), _span(base)]
    actual = _direction_of(lv, bv)
    words = {"up": "上升", "down": "下降", "flat": "持平"}
    if (
        change.direction == "flat"
        and actual is not None
        or (actual is not None and change.direction != "flat" and actual != change.direction)
    ):
        return [
            Finding(
                kind=kind,  # type: ignore[arg-type]
                severity="error",
                facts=facts,
                spans=spans + ([_span(change.amount)] if change.amount else []),
                expected=words[actual],
                written=words[change.direction],
                message=(
                    f"{level.text} against {base.text} is {words[actual]}, "
                    f"the text says {words[change.direction]}"
                ),
            )
        ]
    if change.amount is None:
        return []
    res = _amount_check(level, base, change.direction, change.amount, rules)
    if res is None or res.ok:
        return []
    return [
        Finding(
            kind=kind,  # type: ignore[arg-type]
            severity="error",
            facts=facts,
            spans=[*spans, _span(change.amount)],
            expected=_signed(res.expected, res.unit),
            written=words[change.direction] + change.amount.text,
            expected_low=res.expected[0],
            expected_high=res.expected[1],
            message=(
                f"from {base.text} to {level.text} is {_signed(res.expected, res.unit)}, "
                f"the text says {words[change.direction]}{change.amount.text}"
            ),
        )
    ]


def _baseline_fits(ctx: _Context, level_fact: Fact, basis: str) -> bool:
    """Is the written baseline the level a change of ``basis`` compares with?

    A baseline is the compared-to level of a ``baseline`` change by definition.  A 同比
    change compares with the year before: the baseline fits when no year is written between
    the level and the baseline (较去年, 较上年同期) or only that year (2022年 … 较2021年); a
    环比 change fits when no year is written there.  (较2019年(1832起)…, 同比上升12.5%: the
    12.5% is not a change from 1832.)
    """
    if basis == "baseline":
        return True
    level = level_fact.value
    base = level_fact.change.baseline if level_fact.change else None
    if level is None or base is None:
        return False
    lo, hi = sorted((level.end, base.start))
    years = [int(y) for y in _YEAR.findall(ctx.text[lo:hi])]
    if basis == "mom":
        return not years
    start = level_fact.period.date_start if level_fact.period else None
    if not years:
        return True
    return start is not None and all(y == start.year - 1 for y in years)


def _check_changes(ctx: _Context) -> tuple[list[Finding], set[int]]:
    """Kind ``change``; also returns the change-only facts it checked."""
    out: list[Finding] = []
    covered: set[int] = set()
    facts = ctx.facts
    for i, f in enumerate(facts):
        if f.value is None or f.change is None or f.change.baseline is None:
            continue
        base = f.change.baseline
        if _baseline_fits(ctx, f, f.change.basis):
            out += _change_findings(ctx, "change", [i], f.value, base, f)
        for j in range(i + 1, len(facts)):
            g = facts[j]
            if g.sentence.start != f.sentence.start or g.value is not None:
                break
            if g.change is None or g.change.amount is None or g.change.baseline is not None:
                continue
            if ctx.keys[j] != ctx.keys[i]:
                continue
            covered.add(j)
            if _baseline_fits(ctx, f, g.change.basis):
                out += _change_findings(ctx, "change", [j, i], f.value, base, g)
    return out, covered


# --------------------------------------------------------------------------- implied levels


def _shift_year(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def _base_dates(fact: Fact) -> tuple[date | None, date | None] | None:
    change = fact.change
    assert change is not None
    bp = change.base_period
    if bp is not None and (bp.date_start is not None or bp.date_end is not None):
        return (bp.date_start, bp.date_end)
    own = _dates(fact)
    if own is None or own[0] is None or own[1] is None:
        return None
    start, end = own
    if change.basis == "yoy":
        return (_shift_year(start, -1), _shift_year(end, -1))
    if change.basis == "mom":
        month_end = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        if start.day != 1 or end != month_end or (start.year, start.month) != (end.year, end.month):
            return None
        prev_end = start - timedelta(days=1)
        return (prev_end.replace(day=1), prev_end)
    return None


def _unique_level(
    ctx: _Context, key: str, region: str | None, dates: tuple, unit: str, exclude: int
) -> int | None:
    """The one level stated for (key, region, dates, unit); None when none or ambiguous.

    Ambiguous: figures that do not agree, or more than :data:`MAX_LEVELS` of them (a
    per-case metric such as 抓获犯罪嫌疑人).
    """
    found = [k for k in ctx.levels.get((key, region, dates, unit), ()) if k != exclude]
    if not found or len(found) > MAX_LEVELS:
        return None
    ivs = [bounds(ctx.facts[k].value, rules=ctx.rules) for k in found]
    if any(iv is None for iv in ivs):
        return None
    for iv in ivs[1:]:
        if not _meet(ivs[0], iv):  # type: ignore[arg-type]
            return None
    return found[0]


def _check_implied(ctx: _Context, covered: set[int]) -> list[Finding]:
    out: list[Finding] = []
    for i, f in enumerate(ctx.facts):
        c = f.change
        if c is None or c.amount is None or c.baseline is not None or i in covered:
            continue
        base_dates = _base_dates(f)
        own = _dates(f)
        if base_dates is None or own is None or base_dates == own:
            continue
        key = ctx.keys[i]
        if f.value is not None:
            level_idx: int | None = i
            unit = f.value.unit
        else:
            unit = c.amount.unit if c.amount.unit not in ("%", "pp", "倍") else ""
            level_idx = None
            if unit:
                level_idx = _unique_level(ctx, key, f.region, own, unit, i)
            else:
                units = ctx.units.get((key, own), set())
                if len(units) == 1:
                    (unit,) = units
                    level_idx = _unique_level(ctx, key, f.region, own, unit, i)
        if level_idx is None:
            continue
        base_idx = _unique_level(ctx, key, f.region, base_dates, unit, level_idx)
        if base_idx is None or base_idx == i:
            continue
        level = ctx.facts[level_idx].value
        base = ctx.facts[base_idx].value
        assert level is not None and base is not None
        involved = [i] + [k for k in (level_idx, base_idx) if k != i]
        out += _change_findings(ctx, "implied_level", involved, level, base, f)
    return out


# --------------------------------------------------------------------------- parts vs total


def _strip_leading(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in ",，:：、 ":
        pos += 1
    return pos


def _check_parts(ctx: _Context) -> list[Finding]:
    rules = ctx.rules
    facts = ctx.facts
    levels = sorted(
        (i for i, f in enumerate(facts) if f.value is not None),
        key=lambda i: facts[i].value.start,  # type: ignore[union-attr]
    )
    starts = [facts[i].value.start for i in levels]  # type: ignore[union-attr]
    out: list[Finding] = []
    in_run: set[int] = set()  # facts already read as parts (each fact is read once)
    for m in rules.marker_re.finditer(ctx.text):
        k = bisect.bisect_left(starts, m.end())
        if k >= len(levels) or levels[k] in in_run:
            continue
        run = _parts_after(ctx, levels, k, m.end())
        if not run:
            continue
        in_run.update(run)
        first = facts[run[0]]
        unit = first.value.unit  # type: ignore[union-attr]
        total_idx = _total_before(ctx, levels, starts, m.start(), unit, first)
        if total_idx is None:
            continue
        total = facts[total_idx]
        distributive = m.group() in rules.distributive_markers
        if distributive and not (total.sentence.start <= m.start() < total.sentence.end):
            continue
        if not _periods_nest(total, [facts[i] for i in run]):
            continue
        out += _parts_findings(ctx, total_idx, run)
    return out


def _parts_after(ctx: _Context, levels: list[int], k: int, pos: int) -> list[int]:
    """The facts of the list right after a marker at ``pos`` (one unit, no clause break),
    starting with the level ``levels[k]``."""
    facts = ctx.facts
    first = facts[levels[k]]
    q = first.value
    assert q is not None
    if not (first.sentence.start <= pos <= first.sentence.end):
        return []
    begin = _strip_leading(ctx.text, pos, q.start)
    if ctx.has_break(begin, q.start):
        return []
    if q.kind not in ctx.rules.additive_kinds or _average(ctx, levels[k]):
        return []
    run = [levels[k]]
    for idx in levels[k + 1 :]:
        prev = facts[run[-1]].value
        cur = facts[idx].value
        assert prev is not None and cur is not None
        if cur.unit != q.unit or cur.kind != q.kind or ctx.has_break(prev.end, cur.start):
            break
        if _average(ctx, idx):
            break
        run.append(idx)
    return run


def _total_before(
    ctx: _Context, levels: list[int], starts: list[int], pos: int, unit: str, first: Fact
) -> int | None:
    """The last level in ``unit`` before ``pos`` in its paragraph (at most
    :data:`PARTS_LOOKBACK` levels back), not an average."""
    para = ctx.paragraph_start(pos)
    kind = first.value.kind  # type: ignore[union-attr]
    k = bisect.bisect_left(starts, pos) - 1
    stop = max(-1, k - PARTS_LOOKBACK)
    while k > stop:
        q = ctx.facts[levels[k]].value
        assert q is not None
        if q.start < para:
            return None
        if q.unit == unit and q.kind == kind and not _average(ctx, levels[k]):
            return levels[k]
        k -= 1
    return None


def _average(ctx: _Context, i: int) -> bool:
    """An average (日均接报), which is neither a total nor a part."""
    return any(w in ctx.keys[i] for w in ctx.rules.average_words)


def _periods_nest(total: Fact, parts: list[Fact]) -> bool:
    outer = _dates(total)
    if outer is None or outer[0] is None or outer[1] is None:
        return True
    slack = timedelta(days=31)
    for p in parts:
        inner = _dates(p)
        if inner is None or inner[0] is None or inner[1] is None:
            continue
        if inner[0] < outer[0] - slack or inner[1] > outer[1] + slack:
            return False
    return True


def _parts_findings(ctx: _Context, total_idx: int, run: list[int]) -> list[Finding]:
    rules = ctx.rules
    total = ctx.facts[total_idx].value
    assert total is not None
    tv = bounds(total, rules=rules)
    if tv is None:
        return []
    parts = [ctx.facts[k].value for k in run]
    ivs = [bounds(q, rules=rules) for q in parts]
    if any(iv is None for iv in ivs):
        return []
    ctx.tally["parts"] += 1
    unit = total.unit
    spans = [_span(total), *(_span(q) for q in parts if q is not None)]
    facts = [total_idx, *run]
    for k, q, iv in zip(run, parts, ivs):
        assert q is not None and iv is not None
        if iv[0] > tv[1]:
            return [
                Finding(
                    kind="parts",
                    severity="error",
                    facts=[total_idx, k],
                    spans=[_span(total), _span(q)],
                    expected=f"<= {_fmt(tv[1])}{unit}",
                    written=q.text,
                    expected_high=tv[1],
                    message=f"the part {q.text} is larger than its total {total.text}",
                )
            ]
    total_iv = (sum(iv[0] for iv in ivs), sum(iv[1] for iv in ivs))  # type: ignore[index]
    last_key = ctx.keys[run[-1]]
    exhaustive = len(run) > 1 and any(last_key.startswith(w) for w in rules.remainder_words)
    written = " + ".join(q.text for q in parts if q is not None)
    written += f" = {_fmt(sum(q.value for q in parts if q is not None))}{unit}"
    if exhaustive and not _meet(total_iv, tv):
        return [
            Finding(
                kind="parts",
                severity="error",
                facts=facts,
                spans=spans,
                expected=_fmt_interval(tv, unit),
                written=written,
                expected_low=tv[0],
                expected_high=tv[1],
                message=(
                    f"the parts, ending with a remainder ({ctx.facts[run[-1]].metric}), "
                    f"add up to {_fmt_interval(total_iv, unit)}, not {total.text}"
                ),
            )
        ]
    if len(run) > 1 and total_iv[0] > tv[1]:
        return [
            Finding(
                kind="parts",
                severity="warning",
                facts=facts,
                spans=spans,
                expected=f"<= {_fmt(tv[1])}{unit}",
                written=written,
                expected_high=tv[1],
                message=(
                    f"the parts add up to {_fmt_interval(total_iv, unit)}, more than their "
                    f"total {total.text} (unless the categories overlap)"
                ),
            )
        ]
    return []


# --------------------------------------------------------------------------- shares over 100 %


def _check_over_100(ctx: _Context) -> list[Finding]:
    rules = ctx.rules
    out: list[Finding] = []
    for i, f in enumerate(ctx.facts):
        q = f.value
        if q is None or q.unit not in ("%", "‰"):
            continue
        limit = 100.0 if q.unit == "%" else 1000.0
        iv = bounds(q, rules=rules)
        if iv is None:
            continue
        key = ctx.keys[i]
        if any(w in key for w in rules.growth_words):
            continue
        if any(w in key for w in (*rules.share_words, *rules.rate_words)):
            ctx.tally["over_100"] += 1
        if iv[0] <= limit:
            continue
        if any(w in key for w in rules.share_words):
            severity = "error"
            why = "a share of a whole cannot pass"
        elif any(w in key for w in rules.rate_words):
            severity = "warning"
            why = "a rate passes"
        else:
            continue
        out.append(
            Finding(
                kind="over_100",
                severity=severity,  # type: ignore[arg-type]
                facts=[i],
                spans=[_span(q)],
                expected=f"<= {_fmt(limit)}{q.unit}",
                written=q.text,
                expected_high=limit,
                message=f"{f.metric} is {q.text}: {why} {_fmt(limit)}{q.unit}",
            )
        )
    return out


# --------------------------------------------------------------------------- restated figures


def _check_restated(ctx: _Context) -> list[Finding]:
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(ctx.facts):
        dates = _dates(f)
        if f.value is None or dates is None or f.value.kind not in ctx.rules.additive_kinds:
            continue
        groups[(ctx.keys[i], f.region, dates, f.campaign, f.value.unit)].append(i)
    out: list[Finding] = []
    for idxs in groups.values():
        if len({ctx.facts[i].value.value for i in idxs}) > RESTATED_MAX_VALUES:  # type: ignore[union-attr]
            continue  # a per-case metric (抓获犯罪嫌疑人 of every case), not one statistic
        first = ctx.facts[idxs[0]]
        fq = first.value
        assert fq is not None
        fv = bounds(fq, rules=ctx.rules)
        if fv is None or fq.value <= 0:
            continue
        for k in idxs[1:]:
            g = ctx.facts[k]
            q = g.value
            assert q is not None
            gv = bounds(q, rules=ctx.rules)
            if gv is None or g.sentence.start == first.sentence.start:
                continue
            if not 1 / RESTATED_MAX_RATIO <= q.value / fq.value <= RESTATED_MAX_RATIO:
                continue  # another order of magnitude: another statistic, not a slip
            ctx.tally["restated"] += 1
            if _meet(fv, gv):
                continue
            out.append(
                Finding(
                    kind="restated",
                    severity="warning",
                    facts=[idxs[0], k],
                    spans=[_span(fq), _span(q)],
                    expected=_fmt_interval(fv, fq.unit),
                    written=q.text,
                    expected_low=fv[0],
                    expected_high=fv[1],
                    message=(
                        f"{g.metric} is {fq.text} at its first statement and {q.text} here "
                        "(same metric, region and period)"
                    ),
                )
            )
    return out


# --------------------------------------------------------------------------- public API


def check(
    doc: Document, *, rules: CheckRules | None = None, tally: Counter[str] | None = None
) -> list[Finding]:
    """Consistency findings among the figures of one extracted document.

    Args:
        doc: a :class:`~pressie.model.Document` from :func:`pressie.extract`.
        rules: the word lists (default: the packaged ``checks.json``).
        tally: when given, incremented per kind by the number of comparisons made (each
            level/baseline/change triple, breakdown, share or rate, restated pair), so a
            report can say how much was checked, not only what was found.

    Returns:
        The findings, ordered by their first fact's index (kinds in the module docstring).
        An empty list when every figure is consistent within its written precision.

    Raises:
        TypeError: when ``doc`` is not a ``Document``.
    """
    if not isinstance(doc, Document):
        raise TypeError(f"pressie.check expects a pressie Document, not {type(doc).__name__}")
    ctx = _Context(doc, rules or default_rules(), tally)
    changes, covered = _check_changes(ctx)
    findings = [
        *changes,
        *_check_implied(ctx, covered),
        *_check_parts(ctx),
        *_check_over_100(ctx),
        *_check_restated(ctx),
    ]
    order = {"change": 0, "implied_level": 1, "parts": 2, "over_100": 3, "restated": 4}
    findings.sort(key=lambda x: (min(x.facts), order[x.kind], x.facts))
    return findings


def with_findings(doc: Document, *, rules: CheckRules | None = None) -> Document:
    """A copy of ``doc`` with :attr:`Document.findings` set to :func:`check`'s result."""
    return doc.model_copy(update={"findings": check(doc, rules=rules)})


def check_many(docs: Iterable[Document]) -> list[list[Finding]]:
    """:func:`check` over several documents, in order."""
    return [check(d) for d in docs]


def cli(argv: Sequence[str]) -> int:
    """``pressie check PATH... [--published DATE] [--format table|csv|jsonl]``.

    Extracts each file (``-`` reads stdin), runs :func:`check` and prints one line per
    finding: ``table`` (aligned columns, the default), ``csv`` (with a header) or ``jsonl``
    (one Finding per line with its ``path``).  Returns the exit status: 0 when every file was
    read (findings or not), 1 when some file could not be read (reported on one line, the
    other files are still checked), 2 for a bad ``--published``.
    """
    import argparse
    import csv
    import sys

    from .api import extract
    from .pipeline import coerce_date

    ap = argparse.ArgumentParser(
        prog="pressie check", description="Consistency findings among the figures of each file."
    )
    ap.add_argument("paths", nargs="+", metavar="PATH", help="text files, UTF-8; - reads stdin")
    ap.add_argument("--published", help="publication date (ISO) for every input")
    ap.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    args = ap.parse_args(list(argv))
    try:
        published = coerce_date(args.published)
    except ValueError as err:
        print(f"pressie: {err}", file=sys.stderr)
        return 2
    header = ("path", "kind", "severity", "facts", "figures", "offsets", "expected", "written")
    rows: list[tuple[str, ...]] = []
    writer = csv.writer(sys.stdout) if args.format == "csv" else None
    if writer is not None:
        writer.writerow(header)
    status = 0
    for path in args.paths:
        try:
            if path == "-":
                text = sys.stdin.read()
            else:
                with open(path, encoding="utf-8") as fh:
                    text = fh.read()
        except (OSError, UnicodeDecodeError) as err:
            reason = err.strerror if isinstance(err, OSError) and err.strerror else str(err)
            print(f"pressie: cannot read {path}: {reason}", file=sys.stderr)
            status = 1
            continue
        for f in check(extract(text, published=published)):
            if args.format == "jsonl":
                sys.stdout.write(json.dumps({"path": path, **f.model_dump()}, ensure_ascii=False))
                sys.stdout.write("\n")
                continue
            row = (
                path,
                f.kind,
                f.severity,
                ",".join(str(i) for i in f.facts),
                " / ".join(s.text for s in f.spans),
                ",".join(f"{s.start}-{s.end}" for s in f.spans),
                f.expected,
                f.written,
            )
            if writer is not None:
                writer.writerow(row)
            else:
                rows.append(row)
    if args.format == "table" and rows:
        import unicodedata

        def width(cell: str) -> int:
            return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in cell)

        widths = [max(width(r[i]) for r in [header, *rows]) for i in range(len(header))]
        for r in [header, *rows]:
            cells = (c + " " * (w - width(c)) for c, w in zip(r, widths))
            print("  ".join(cells).rstrip())
    sys.stdout.flush()
    return status


__all__: Sequence[str] = [
    "CheckRules",
    "bounds",
    "check",
    "check_many",
    "cli",
    "default_rules",
    "with_findings",
]
