"""Rules of the twelfth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pytest

import pressie


def _period_of(text: str, value: str, published: str | None = None) -> pressie.Period | None:
    doc = pressie.extract(text, published=published)
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == value)
    return fact.period


@pytest.mark.parametrize(
    ("word", "day"),
    [("次日", dt.date(2020, 1, 20)), ("翌日", dt.date(2020, 1, 20)),
     ("第二天", dt.date(2020, 1, 20)), ("一天后", dt.date(2020, 1, 20)),
     ("两天后", dt.date(2020, 1, 21)), ("3天后", dt.date(2020, 1, 22))],
)
def test_a_day_counted_on_from_the_day_before(word: str, day: dt.date) -> None:
    """1月19日,…缴获…。次日,…又缴获…: the next day, not 1月19日 again."""
    text = (f"1月19日,边境管理支队查获一起毒品案,缴获毒品60.1千克。{word},该支队又查获"
            "一起毒品案,缴获冰毒109.4千克。")
    period = _period_of(text, "109.4千克", "2020-03-05")
    assert period is not None and (period.date_start, period.date_end) == (day, day)
    first = _period_of(text, "60.1千克", "2020-03-05")
    assert first is not None and first.date_start == dt.date(2020, 1, 19)


def test_the_next_day_without_a_day_before_stays_undated() -> None:
    """次日 with no day written before it has nothing to count on."""
    period = _period_of("支队缴获毒品60.1千克。次日,该支队又缴获冰毒109.4千克。", "109.4千克",
                        "2020-03-05")
    assert period is None or period.date_start is None
