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


def test_a_compared_year_is_before_the_text_year() -> None:
    """较2018年21起 is a base: an undated text counting against it speaks of a later year,
    and 2018年21起 is no month of 2018."""
    from pressie.periods import text_year

    text = "春节期间,全县共发生刑事案件15起,较2018年21起同比下降28.6%。"
    assert text_year(text) == 2019


def test_a_same_period_base_names_the_previous_year() -> None:
    """比2022年同期 in an undated page: the page's 2023年…工作专班 figures are the current
    year's, not a year under review."""
    from pressie.periods import text_year

    text = ("记者从2023年综合运输春运工作专班获悉,春运前十天全国发送旅客2.1亿人次,"
            "比2022年同期增长30%。")
    assert text_year(text) == 2023


def test_a_whole_year_base_does_not_hold_back_a_reviewed_year() -> None:
    """2019年,全省…比2018年…: the reviewed year 2019 is written in 2020; the base 2018
    only says the text is later than 2018."""
    from pressie.periods import text_year

    text = "2019年,全省共抓获吸毒人员5200人,比2018年6100人减少14.8%。"
    assert text_year(text) == 2020


def test_a_yearly_work_meeting_names_the_current_year() -> None:
    """召开2024年全市公安工作会议 is held in 2024; its 2023年 figures are last year's."""
    from pressie.periods import text_year

    text = ("2月6日,市公安局召开2024年全市公安工作会议。"
            "2023年,全市公安机关共破获刑事案件3400起。")
    assert text_year(text) == 2024
