"""Rules of the tenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pressie


def _facts(text: str, published: str | None = None) -> list[pressie.Fact]:
    return list(pressie.extract(text, published=published).facts)


def test_briefing_day_with_the_noun_before_its_verb() -> None:
    """9月20日,…新闻发布会在…召开 dates the briefing like …召开新闻发布会 does; the year
    comes from the campaign the undated page names."""
    text = ("9月20日,某市公安局“清风2022”专项行动新闻发布会在市新闻中心召开。\n"
            "今年以来,全市公安机关共破获刑事案件1200起。")
    doc = pressie.extract(text)
    assert doc.event_date == dt.date(2022, 9, 20)
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == "1200起")
    assert fact.period is not None and fact.period.date_end == dt.date(2022, 9, 20)


def test_noun_then_work_is_not_a_briefing_verb() -> None:
    """作 stands inside 工作: 发布会…工作 after a day is no event."""
    text = "3月2日,市局在发布会上通报了打击整治工作。\n今年以来,全市破获刑事案件300起。"
    assert pressie.extract(text).event_date is None
