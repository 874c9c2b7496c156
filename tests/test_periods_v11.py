"""Spec v1.1 periods: holidays, 春运, start and end written apart, frames (own sentences)."""

from __future__ import annotations

from datetime import date

import pytest

import pressie
from pressie.holidays import holiday_span, lunar_new_year, spring_travel_span
from pressie.periods import find_period_mentions

D = date.fromisoformat


def periods_of(text: str, published: str) -> list[tuple[str | None, str | None, bool]]:
    """(date_start, date_end, inherited) of every fact of ``text``, in order."""
    out = []
    for f in pressie.extract(text, published=published).facts:
        p = f.period
        out.append(
            (None, None, False)
            if p is None
            else (
                p.date_start and p.date_start.isoformat(),
                p.date_end and p.date_end.isoformat(),
                p.inherited,
            )
        )
    return out


def test_holiday_spans_follow_the_state_council_schedule() -> None:
    assert holiday_span("spring_festival", 2020) == (D("2020-01-24"), D("2020-02-02"))
    assert holiday_span("national_day", 2023) == (D("2023-09-29"), D("2023-10-06"))
    assert holiday_span("labour_day", 2021) == (D("2021-05-01"), D("2021-05-05"))
    # 元旦 2023 is Jan 1-2 (with Dec 31): Dec 30-31, 2023 already belong to 元旦 2024
    assert holiday_span("new_years_day", 2023) == (D("2022-12-31"), D("2023-01-02"))
    assert holiday_span("national_day", 1990) is None  # no data: undated, not guessed
    with pytest.raises(ValueError):
        holiday_span("no_such_day", 2021)


def test_spring_travel_is_forty_days_from_fifteen_days_before_new_year() -> None:
    assert lunar_new_year(2024) == D("2024-02-10")
    assert spring_travel_span(2024) == (D("2024-01-26"), D("2024-03-05"))
    assert spring_travel_span(2021) == (D("2021-01-28"), D("2021-03-08"))


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("春节假期期间,全省共发生道路交通事故12起。", "2021-02-18", ("2021-02-11", "2021-02-17")),
        ("全市国庆假期接报警情1.2万起。", "2023-10-08", ("2023-09-29", "2023-10-06")),
        ("“双节”期间,全州车流量达120万辆次。", "2026-01-10", ("2025-10-01", "2025-10-08")),
        ("2019年五一假期,全省查处酒驾300起。", "2021-05-06", ("2019-05-01", "2019-05-04")),
        ("春运期间,全省查处交通违法行为5.2万起。", "2021-03-09", ("2021-01-28", "2021-03-08")),
        ("春运前两周,全省查处超员车辆300辆。", "2021-02-12", ("2021-01-28", "2021-02-10")),
        ("春运以来,全省查处交通违法行为3万起。", "2021-02-20", ("2021-01-28", "2021-02-20")),
        ("本月四日,警方抓获嫌疑人5名。", "2020-09-10", ("2020-09-04", "2020-09-04")),
        ("上月,全区接报警情3000起。", "2021-01-05", ("2020-12-01", "2020-12-31")),
        ("警方自一七年部署为期三年的专项行动,侦破案件300起。", "2020-09-24",
         ("2017-01-01", "2019-12-31")),
        ("自2018年起开展为期三年的专项行动,侦破案件300起。", "2021-01-24",
         ("2018-01-01", "2020-12-31")),
    ],
)
def test_v11_period_expressions(text: str, published: str, expected: tuple[str, str]) -> None:
    got = periods_of(text, published)
    assert got and got[0][:2] == expected


def test_start_and_end_written_apart_make_one_period() -> None:
    text = "自今年2月起,全市开展打击整治行动。截至目前,共破获案件300起,抓获嫌疑人450名。"
    assert periods_of(text, "2021-06-30") == [("2021-02-01", "2021-06-30", False)] * 2
    text = "今年以来,全市公安机关持续发力。截至目前,共破获案件300起。"
    assert periods_of(text, "2021-06-30") == [("2021-01-01", "2021-06-30", False)]


def test_an_until_stays_open_for_a_stock_or_after_other_periods() -> None:
    stock = "今年以来,全市持续推广反诈APP。截至6月底,全市已有120万人注册使用。"
    ms = {m.text: m for m in find_period_mentions(stock, D("2023-07-10"))}
    assert ms["截至6月底"].date_start is None
    between = "今年以来,全市事故下降。一季度,查处酒驾300起。截至8月底,查处超速5000起。"
    ms = {m.text: m for m in find_period_mentions(between, D("2023-09-10"))}
    assert ms["截至8月底"].date_start is None


def test_an_undated_period_in_the_clause_wins_over_an_inherited_one() -> None:
    text = "今年以来,全市破获案件300起。近期,又抓获嫌疑人20名。专项斗争以来,累计打掉团伙12个。"
    got = periods_of(text, "2021-06-30")
    assert got[0] == ("2021-01-01", "2021-06-30", False)
    assert got[1][:2] == (None, None) and got[2][:2] == (None, None)


def test_a_campaign_frame_is_no_period() -> None:
    text = "今年以来,全市持续发力。在开展“清源”专项行动中,破获案件300起。其中,抓获嫌疑人20名。"
    got = periods_of(text, "2021-06-30")
    assert got == [("2021-01-01", "2021-06-30", True)] * 2


def test_reference_year_from_the_text_when_no_date_is_known() -> None:
    from pressie.periods import text_year

    assert text_year("今年以来,全市在“昆仑2021”专项行动中破获案件30起。") == 2021
    assert text_year("专项行动从2017年5月开始,今年1至6月破获案件300起。") == 2017
    # a bare reviewed year was written after it: 今年 is the year after
    assert text_year("2020年,全区共破获案件3000起。今年以来,抓获200名。") == 2021
    assert text_year("2020年1至11月,全区共破获案件3000起。2020年,全区…") == 2020
    assert text_year("今年以来,全区发案数较2019年同期下降5%。") is None  # a base year only
    # (another year's same part, alone, is the year before the text's)
    assert text_year("今年上半年,全市发生事故31起,与2012年同期相比增加4起。") == 2013
    assert text_year("今年以来,全区发案数较2012年下降5%。") is None  # a whole year's base
    assert text_year("记者从2025年全省禁毒工作新闻发布会上获悉,2024年全省破获…") == 2025
    assert text_year("去年以来审结案件300件。2021年以来,全省法院…") == 2022
    assert text_year("2021年以来,全省法院审结案件300件。") == 2021
    assert text_year("今年以来,全市发案2039起。") is None  # a count, not a campaign's year
    text = "今年以来,全市在“昆仑2021”专项行动中破获案件30起。截至11月底,抓获嫌疑人40名。"
    ms = {m.text: m for m in find_period_mentions(text, None)}
    assert (ms["今年以来"].date_start, ms["今年以来"].date_end) == (D("2021-01-01"), None)
    assert ms["截至11月底"].date_end == D("2021-11-30")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2月7日零时至13日18时,全国发生较大事故18起。", "2016-02-15", ("2016-02-07", "2016-02-13")),
        ("今年来全市追赃返还2.45亿元。", "2025-07-17", ("2025-01-01", "2025-07-17")),
        ("2021年,全国公安机关持续发力。截至2021年11月,共破获案件37万余起。", "2022-01-10",
         ("2021-01-01", "2021-11-30")),
    ],
)
def test_hours_short_since_and_year_heads(text: str, published: str, expected: tuple) -> None:
    got = periods_of(text, published)
    assert got and got[0][:2] == expected


def test_a_streak_frames_only_its_own_clause_and_superlatives_are_no_periods() -> None:
    text = "2022年,全区刑事案件发案数连续三年下降,命案破案率96.6%。"
    assert periods_of(text, "2023-01-10")[0][:2] == ("2022-01-01", "2022-12-31")
    text = "2022年,电诈案件发案数降至近5年来最低值,群众满意度达91.34%。"
    assert periods_of(text, "2023-01-10")[0][:2] == ("2022-01-01", "2022-12-31")


def test_a_holiday_after_a_comparison_word_is_the_base() -> None:
    text = "春运期间,全省交通事故起数较去年春运下降44.55%。"
    doc = pressie.extract(text, published="2018-03-15")
    f = doc.facts[0]
    assert f.period is not None and f.period.date_start == D("2018-02-01")
    assert f.change is not None and f.change.base_period is not None
    assert f.change.base_period.date_start == D("2017-01-13")


def test_a_year_before_an_ordinal_is_no_period() -> None:
    text = "10月28~29日,警方开展了2015年第10次集中统一行动,共破获各类案件161起。"
    assert periods_of(text, "2015-10-31")[0][:2] == ("2015-10-28", "2015-10-29")


def test_an_event_is_dated_by_the_dated_start_just_before_it_across_a_paragraph() -> None:
    text = (
        "10月28~29日,警方在全市开展了集中统一行动,共破获案件161起。\n\n"
        "  据了解,行动期间,警方共出动警力6211人次。"
    )
    ms = {m.text: m for m in find_period_mentions(text, D("2015-10-31"))}
    assert (ms["行动期间"].date_start, ms["行动期间"].date_end) == (
        D("2015-10-28"), D("2015-10-29"))


def test_since_until_and_since_before_a_start_verb() -> None:
    ms = {m.text: m for m in find_period_mentions("2018年以来至今年第一季度,破获案件300起。",
                                                  D("2019-05-10"))}
    assert (ms["2018年以来至今年第一季度"].date_start,
            ms["2018年以来至今年第一季度"].date_end) == (D("2018-01-01"), D("2019-03-31"))
    ms = {m.text: m for m in find_period_mentions("全省自今年10月15日开展的专项行动共查处违法3起。",
                                                  D("2020-12-08"))}
    assert ms["自今年10月15日"].date_start == D("2020-10-15")


def test_the_dated_start_of_the_reported_event_frames_its_paragraph() -> None:
    text = (
        "12月8日,记者从发布会上获悉,全省自今年10月15日开展的专项行动取得阶段性成果。"
        "全省共查处交通违法行为476875起。"
    )
    assert periods_of(text, "2020-12-08")[0][:2] == ("2020-10-15", "2020-12-08")


def test_the_written_span_of_a_campaign_frames_its_paragraphs() -> None:
    text = (
        "3月2日,记者获悉,杭州公安在2023年11月15日至2024年1月31日组织的“雷霆”行动中"
        "成绩斐然:全市公安机关破获刑事案件同比上升24%,抓获犯罪嫌疑人125名。\n"
        "据了解,杭州公安破获毒品犯罪案件45起。"
    )
    span = ("2023-11-15", "2024-01-31")
    assert [p[:2] for p in periods_of(text, "2024-03-03")] == [span, span, span]
    # a span that only qualifies a noun stays a modifier: 对2000年以前发生的积案
    mod = "今年以来,全市侦破2000年以前发生的命案积案12起。"
    assert periods_of(mod, "2024-03-03") == [("2024-01-01", "2024-03-03", False)]


def test_the_day_the_news_was_given_is_no_period() -> None:
    text = "12月19日,记者从沈阳市公安局获悉,警方开展扫毒行动,抓获涉毒犯罪嫌疑人92人。"
    assert periods_of(text, "2018-12-20") == [(None, None, False)]
    # a day on which the reported activity took place is its period
    act = "6月26日,县禁毒办在广场开展宣传活动,发放宣传资料1000余份。"
    assert periods_of(act, "2021-06-27") == [("2021-06-26", "2021-06-26", False)]


def test_since_written_with_its_end_now_or_as_a_year_and_lai() -> None:
    assert periods_of("从2020年5月起至今,全市破获电诈案件300起。", "2020-08-26") == [
        ("2020-05-01", "2020-08-26", False)]
    assert periods_of("去年至今,全省破获毒品案件35起。", "2016-06-22") == [
        ("2015-01-01", "2016-06-22", False)]
    assert periods_of("2015年来,全省破获毒品案件3500起。", "2016-06-22") == [
        ("2015-01-01", "2016-06-22", False)]
    # 至今年 is no 至今: 2018年以来至今年第一季度 ends with the quarter
    assert periods_of("2018年以来至今年第一季度,破获案件300起。", "2019-05-10") == [
        ("2018-01-01", "2019-03-31", False)]


def test_a_superlative_frame_and_a_vague_period_do_not_date_later_items() -> None:
    text = (
        "再创本世纪以来新低 全国立刑事案件数同比下降12.8%\n"
        "2025年,全国公安机关抓获骨干542名。近期公安机关公开通缉了100名在逃人员;"
        "会同相关部门拦截诈骗电话36亿次。"
    )
    got = periods_of(text, "2026-01-09")
    year = ("2025-01-01", "2025-12-31")
    assert got[0] == (*year, True)  # the headline: the body's period, not 本世纪以来
    assert got[1][:2] == year
    assert got[2] == (None, None, False)  # 近期 in its own clause
    assert got[3][:2] == year  # past the ';' the paragraph's year again


def test_an_undated_page_takes_the_briefing_day_from_the_year_it_implies() -> None:
    text = (
        "6月20日,省禁毒委召开新闻发布会。2025年1至5月,全省破获毒品案件120起。"
        "2024年以来,全省破获毒品案件300起。"
    )
    doc = pressie.extract(text)
    assert doc.reference_date == date(2025, 6, 20)
    assert periods_of(text, None)[1] == ("2024-01-01", "2025-06-20", False)  # type: ignore[arg-type]
