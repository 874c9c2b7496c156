"""TODO docstring."""

from __future__ import annotations

from ..model import Period
from .candidates import _Sentence


def _is_base_period(ctx, text: str, p: Period) -> bool:
    s = p.start or 0
    before = text[max(0, s - 2):s]
    after = text[p.end or s:(p.end or s) + 2]
    if any(before.endswith(m) for m in ("较", "比", "同比", "从", "与", "相比")):
        return True
    return after.startswith("的") and before.endswith(("从", "由"))


def _period(ctx, text: str, pos: int, sent: _Sentence) -> Period | None:
    """The period governing ``pos``: own clause/sentence first, then inherited."""
    if ctx._period_for is not None:
        return ctx._period_for(pos)
    own = [
        p for p in ctx._periods
        if sent.start <= (p.start or 0) < pos and id(p) not in ctx._base_periods
    ]
    if own:
        return own[-1].model_copy(update={"inherited": False})
    earlier = [
        p for p in ctx._periods
        if (p.start or 0) < sent.start and id(p) not in ctx._base_periods
    ]
    if earlier:
        return earlier[-1].model_copy(update={"inherited": True})
    return None
