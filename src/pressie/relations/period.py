"""Stage 3, period attachment: the period of every fact (spec section 4).

The periods component's ``PeriodIndex.period_for`` decides (own clause first, else the
paragraph's, section's or document's governing period); without it, the last period
written earlier in the sentence, else the last one before it.  Comparison periods (较2019年,
同比2018年) never date a fact: they become a change's ``base_period``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Period
from .candidates import Sentence
from .context import Context
from .records import Site


def attach_periods(ctx: Context, sites: Iterable[Site]) -> None:
    """Set ``site.period`` of every site."""
    for site in sites:
        pos = site.pos if site.period_pos is None else site.period_pos
        site.period = period_at(ctx, pos, site.sent)


def is_base_period(text: str, p: Period) -> bool:
    """True when period ``p`` is written as a comparison (较/比/同比/从/与… before it)."""
    s = p.start or 0
    before = text[max(0, s - 3):s].rstrip("(（")  # 同比(2023年)
    after = text[p.end or s:(p.end or s) + 2]
    if any(before.endswith(m) for m in ("较", "比", "同比", "从", "与", "相比")):
        return True
    return after.startswith("的") and before.endswith(("从", "由"))


def period_at(ctx: Context, pos: int, sent: Sentence) -> Period | None:
    """The period governing a figure at ``pos``: own clause/sentence first, then inherited."""
    if ctx.period_for is not None:
        return ctx.period_for(pos)
    own = [
        p for p in ctx.periods
        if sent.start <= (p.start or 0) < pos and id(p) not in ctx.base_periods
    ]
    if own:
        return own[-1].model_copy(update={"inherited": False})
    earlier = [
        p for p in ctx.periods
        if (p.start or 0) < sent.start and id(p) not in ctx.base_periods
    ]
    if earlier:
        return earlier[-1].model_copy(update={"inherited": True})
    return None
