"""What the stages hand on: :class:`Draft` facts at their :class:`Site`, and fast
constructors of the output models (fields known valid: no re-validation)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..model import Change, Fact, Period, Quantity, Span, _construct

if TYPE_CHECKING:
    from .candidates import Sentence

_SPAN_SET = frozenset(("start", "end", "text"))
_FACT_FIELDS = ("metric", "metric_spans", "value", "change", "period", "scope", "region",
                "campaign", "sentence")
_CHANGE_FIELDS = ("direction", "amount", "basis", "baseline", "base_period")


def _span(text: str, s: int, e: int) -> Span:
    """``Span(start=s, end=e, text=text[s:e])`` without re-validating (ints and a str)."""
    return _construct(Span, {"start": s, "end": e, "text": text[s:e]}, set(_SPAN_SET))


def _fact(metric: str, metric_spans: list[Span], value: Quantity | None,
          change: Change | None, period: Period | None, scope: str | None,
          region: str | None, campaign: str | None, sentence: Span) -> Fact:
    """``Fact(...)`` with every field given, without re-validating fields of their types
    (the span list copied, as validation copies it)."""
    return _construct(Fact, {
        "metric": metric, "metric_spans": list(metric_spans), "value": value,
        "change": change, "period": period, "scope": scope, "region": region,
        "campaign": campaign, "sentence": sentence}, set(_FACT_FIELDS))


def _change(direction: str, amount: Quantity | None, basis: str,
            base_period: Period | None, baseline: Quantity | None = None,
            with_baseline: bool = True) -> Change:
    """``Change(...)`` (direction and basis valid literals) without re-validating; the
    baseline counts as given unless ``with_baseline`` is False."""
    given = set(_CHANGE_FIELDS)
    if not with_baseline:
        given.discard("baseline")
    return _construct(Change, {
        "direction": direction, "amount": amount, "basis": basis, "baseline": baseline,
        "base_period": base_period}, given)


@dataclass(eq=False)
class Site:
    """Where the facts of one figure stand, shared by them (a level and its further
    changes): the figure's start, its sentence and scope span; the period, region and
    campaign stages fill in the rest."""

    pos: int
    sent: Sentence
    scope: tuple[int, int] | None
    period: Period | None = None
    #: where the period is looked up when not at ``pos`` (a breakdown's item: its total's)
    period_pos: int | None = None
    region: str | None = None
    campaign: str | None = None


@dataclass(eq=False)
class Draft:
    """A fact before the period, region and campaign stages: metric, value, change, site."""

    metric: str
    spans: list[Span]
    value: Quantity | None
    change: Change | None
    site: Site
    #: the change has no comparison word in its sentence: yoy within a year, else baseline
    unmarked: bool = False

    def fact(self, text: str, sentence: Span) -> Fact:
        """The finished :class:`~pressie.model.Fact` (``sentence``: its sentence span)."""
        site = self.site
        scope = text[site.scope[0]:site.scope[1]] or None if site.scope is not None else None
        period = _level_period(site.period, self.value, self.change)
        change = self.change
        if self.unmarked and change is not None and _within_a_year(period) and (
                change.basis == "baseline" and change.baseline is None
                and change.base_period is None):
            # (v1.1) 下降5% with no comparison word: yoy when its period is a year or part of one
            change = change.model_copy(update={"basis": "yoy"})
        return _fact(self.metric, self.spans, self.value, change, period, scope,
                     site.region, site.campaign, sentence)


def _within_a_year(period: Period | None) -> bool:
    """True for a dated period inside one calendar year, or an undated action's (“百日行动”以来,
    夏季治安打击整治行动开展以来: an action runs for months, a 专项斗争 for years)."""
    if period is None:
        return False
    if period.date_start is None and period.date_end is None:
        return "行动" in period.text or "行動" in period.text
    if period.date_start is None or period.date_end is None:
        return False
    return period.date_start.year == period.date_end.year


def _level_period(period: Period | None, value: Quantity | None, change: Change | None
                  ) -> Period | None:
    """(v1.1) 2017年至2021年,立案从24.1万起降至15.8万起: a level reached from a written
    baseline over a span of whole years is the level of the span's last year."""
    if (period is None or value is None or change is None or change.baseline is None
            or change.basis != "baseline"):
        return period
    a, b = period.date_start, period.date_end
    if a is None or b is None or a.year >= b.year or (a.month, a.day) != (1, 1) or (
            b.month, b.day) != (12, 31):
        return period
    return period.model_copy(update={"date_start": date(b.year, 1, 1)})
