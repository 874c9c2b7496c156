"""Stage 4b, yearly series: values listed for each year of a written span of years.

``2018-2023年,全区法院一审新收毒品犯罪案件分别为7702件、6003件、5612件、5952件、3073件、
2839件``: six values after 分别为 under a span of six whole years are the figures of those
years in order, 2018 first.  The series itself is found by the metric stage
(:func:`.metric.in_series`); this stage, run after the period stage, gives each value its
year when the counts agree, and leaves everything else as it is.
"""

from __future__ import annotations

from datetime import date

from .context import Context
from .metric import SERIES_OPENERS as _OPENERS
from .metric import in_series
from .records import Draft


def date_yearly_series(ctx: Context, drafts: list[Draft]) -> None:
    """Give each value of a yearly series (see the module docstring) its own year."""
    text = ctx.text
    i = 0
    while i < len(drafts):
        first = drafts[i]
        q = first.value
        if q is None or first.change is not None and first.change.baseline is not None or (
                not text.endswith(_OPENERS, max(0, q.start - 4), q.start)):
            i += 1
            continue
        group = [first]
        j = i + 1
        while j < len(drafts):
            d, prev = drafts[j], group[-1]
            if (d.value is None or prev.value is None or d.metric != first.metric
                    or text[prev.value.end:d.value.start] != "、"
                    or not in_series(text, d.value.start)):
                break
            group.append(d)
            j += 1
        _date_group(group)
        i = j


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
