"""Small views of extracted facts shared by the real-page rule tests (not a test module)."""

from __future__ import annotations

from datetime import date

import pressie


def period_of(f: pressie.Fact) -> tuple[date | None, date | None]:
    """The dates of ``f``'s period (the fact must have one)."""
    assert f.period is not None
    return f.period.date_start, f.period.date_end


def by_value(doc: pressie.Document) -> dict[str, pressie.Fact]:
    """The facts of ``doc`` by their value's text (the last one wins)."""
    return {f.value.text: f for f in doc.facts if f.value is not None}


def change_of(f: pressie.Fact) -> tuple[str, str]:
    """The direction and the amount's text of ``f``'s change (the fact must have both)."""
    assert f.change is not None and f.change.amount is not None
    return f.change.direction, f.change.amount.text
