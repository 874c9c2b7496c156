"""Stage 4b, yearly series: values listed for each year of a written span of years.

``2018-2023年,全区法院一审新收毒品犯罪案件分别为7702件、6003件、5612件、5952件、3073件、
2839件``: six values after 分别为 under a span of six whole years are the figures of those
years in order, 2018 first.  The series itself is found by the metric stage
(:func:`.metric.in_series`); this stage, run after the period stage, gives each value its
year when the counts agree, and leaves everything else as it is.
"""

from __future__ import annotations

from datetime import date

from ..model import Quantity
from .context import Context
from .metric import SERIES_OPENERS as _OPENERS
from .metric import in_series
from .records import Draft


def date_yearly_series(ctx: Context, drafts: list[Draft]) -> None:
    """Give each value of a yearly series (see the module docstring) its own year; also
    each change of a series of change-only facts (2019年到2021年,…事故数,逐年同比分别下降
    2.79%、10.82%、3.22%)."""
    text = ctx.text
    i = 0
    while i < len(drafts):
        first = drafts[i]
        q = _figure(first)
        if q is None or not _opens_series(text, first, q.start):
            i += 1
            continue
        group = [first]
        j = i + 1
        while j < len(drafts):
            d, prev = drafts[j], group[-1]
            dq, pq = _figure(d), _figure(prev)
            if (dq is None or pq is None or d.metric != first.metric
                    or (d.value is None) != (first.value is None)
                    or text[pq.end:dq.start] not in _SEPARATORS
                    or (d.value is not None
                        and not in_series(text, dq.start, ctx.series_memo))):
                break
            group.append(d)
            j += 1
        _date_group(group)
        i = j


#: what may stand between two figures of a series of changes (下降2.79%、10.82%和3.22%)
_SEPARATORS = frozenset({"、", "和", "及"})


def _figure(d: Draft) -> Quantity | None:
    """The figure a draft stands for in a series: its value, else its change's amount."""
    if d.value is not None:
        return d.value
    if d.change is not None and d.change.amount is not None and d.change.baseline is None:
        return d.change.amount
    return None


def _opens_series(text: str, d: Draft, start: int) -> bool:
    """True when the figure at ``start`` opens a series: 分别为 right before a value, 分别
    shortly before the first change amount of change-only facts (分别下降, 分别同比上升)."""
    if d.value is not None:
        if d.change is not None and d.change.baseline is not None:
            return False
        return text.endswith(_OPENERS, max(0, start - 4), start)
    return "分别" in text[max(0, start - 8):start]


def _date_group(group: list[Draft]) -> None:
    period = group[0].site.period
    if len(group) < 2 or period is None or any(d.site.period != period for d in group):
        return
    a, b = period.date_start, period.date_end
    if a is None or b is None or (a.month, a.day) != (1, 1) or (b.month, b.day) != (12, 31):
        return
    if b.year - a.year + 1 != len(group) or any(d.site is group[0].site for d in group[1:]):
        return
    for k, d in enumerate(group):
        y = a.year + k
        d.site.period = period.model_copy(
            update={"date_start": date(y, 1, 1), "date_end": date(y, 12, 31)})
