"""Rules of the twenty-first round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from factview import by_value, change_of, period_of

import pressie


@pytest.mark.parametrize(
    ("written", "value"),
    [("五成三", 53.0), ("三成半", 35.0), ("3成6", 36.0), ("两成", 20.0), ("近两成", 20.0)],
)
def test_tenths_of_cheng_are_part_of_the_percentage(written: str, value: float) -> None:
    """Hong Kong and Taiwan releases write 五成三 (53%), 三成半 (35%), 3成6: the digit after 成
    is its tenth, not a number of its own."""
    doc = pressie.extract(f"今年爆窃案破案率为{written},较去年提高。", published="2021-12-31")
    pct = [q for q in doc.quantities if q.kind == "percent"]
    assert [(q.text, q.value) for q in pct] == [(written, value)]


def test_a_tenth_of_cheng_does_not_swallow_the_level_after_it() -> None:
    """行劫案减少五成三至123宗: the change is 53%, 至 then gives the level (no range 53–123),
    and a numeral that starts a count of its own (两成三十人) is no tenth."""
    facts = by_value(pressie.extract("全年行劫案减少五成三至123宗。", published="2021-12-31"))
    fact = facts["123宗"]
    assert fact.change is not None and fact.change.amount is not None
    assert (fact.change.direction, fact.change.amount.value) == ("down", 53.0)
    doc = pressie.extract("其中两成三十人为外地人员。", published="2021-12-31")
    assert [q.text for q in doc.quantities if q.kind == "percent"] == ["两成"]


def test_a_start_year_with_its_actor_before_the_start_verb() -> None:
    """自2016年海南开展禁毒三年大会战以来: the actor (海南, 全省公安机关) may stand between
    the year and the start verb; the period runs from that year's start, and it opens the
    paragraph's 截至目前. Without a start verb the year dates nothing."""
    text = ("据了解,自2016年我省开展禁毒三年大会战以来,全省禁毒工作取得明显成效。"
            "这些成绩来之不易。截至目前,全省共破获毒品犯罪案件920起。")
    fact = by_value(pressie.extract(text, published="2019-06-25"))["920起"]
    assert period_of(fact) == (dt.date(2016, 1, 1), dt.date(2019, 6, 25))
    plain = "自2016年我省禁毒工作大会以来,全省共破获毒品犯罪案件920起。"
    fact = by_value(pressie.extract(plain, published="2019-06-25"))["920起"]
    assert fact.period is None or fact.period.date_start != dt.date(2016, 1, 1)


def test_a_day_drawing_near_is_not_the_briefings_day() -> None:
    """在1月10日…警察节即将到来之际,市公安局昨天召开新闻发布会: the briefing was held the day
    before the page, not on the coming 10 January; 去年 is the year before the page's."""
    text = ("本报讯 去年全市共预警劝阻1500万次。在1月10日第二个“中国人民警察节”即将到来之际,"
            "市公安局昨天召开新闻发布会,通报去年的工作成效。")
    doc = pressie.extract(text, published="2022-01-09")
    assert doc.reference_date == dt.date(2022, 1, 8)
    fact = by_value(doc)["1500万次"]
    assert period_of(fact) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_dangzhong_opens_a_subcount_like_qizhong() -> None:
    """当中 (Hong Kong and Taiwan usage, like 其中): the count after it takes the predicate
    written after it as its metric (当中14宗涉及家庭暴力), not the word 当中."""
    text = "全年凶杀案有23宗,当中14宗涉及家庭暴力,两宗涉及三合会。"
    facts = by_value(pressie.extract(text, published="2022-01-20"))
    assert facts["14宗"].metric == "涉及家庭暴力"
    assert facts["两宗"].metric == "涉及三合会"


def test_one_year_counted_from_a_written_month() -> None:
    """一年来 in a headline and 2021年6月至今 in the lead: the year counted starts with that
    written month; a written month that is not a year back (2022年3月以来) leaves 一年来 at
    its default start (the year before the reference year's 1 January)."""
    text = ("全区禁毒工作一年来破获毒品刑事案件439起\n\n"
            "记者24日获悉,2021年6月至今,全区公安机关共破获毒品刑事案件439起。\n\n"
            "此外,全区建成寄递渠道禁毒工作站31所。")
    facts = by_value(pressie.extract(text, published="2022-06-25"))
    assert period_of(facts["31所"])[0] == dt.date(2021, 6, 1)
    other = ("全区禁毒工作一年来破获毒品刑事案件439起\n\n"
             "记者24日获悉,2022年3月以来,全区公安机关共破获毒品刑事案件120起。")
    fact = by_value(pressie.extract(other, published="2022-06-25"))["439起"]
    assert period_of(fact)[0] == dt.date(2021, 1, 1)


def test_a_date_only_line_months_after_the_dateline_is_no_page_date() -> None:
    """中新网上海10月12日电 … and, as the last line of a cut page, 2018年7月19日 (the opening
    of a paragraph on an earlier event): the news day is 12 October 2018, not of 2017, so a
    since-period from June 2018 ends after it starts."""
    text = ("中新网上海10月12日电 (记者 张三)警方12日对外披露,自2018年6月以来接报侦办的"
            "非法集资案件中,共有在逃人员58名,截至发稿已抓获48人。\n"
            "2018年7月19日")
    doc = pressie.extract(text)
    assert doc.reference_date == dt.date(2018, 10, 12)
    fact = by_value(doc)["58名"]
    assert period_of(fact) == (dt.date(2018, 6, 1), dt.date(2018, 10, 12))
    # a signature date a few days after the dateline stays the page's date
    signed = ("中新网上海10月12日电 (记者 张三)警方12日对外披露,今年以来共抓获在逃人员48人。\n"
              "2018年10月15日")
    assert pressie.extract(signed).reference_date == dt.date(2018, 10, 12)


def test_sharp_change_words_rise_and_fall() -> None:
    """跃升至 / 锐减至 reach a level like 上升至 / 减至; 跃升, 激增, 骤降, 锐减 are changes."""
    facts = by_value(pressie.extract(
        "今年以来,口岸出入境客流量从月均10万人次跃升至31万人次。", published="2023-07-12"))
    fact = facts["31万人次"]
    assert fact.change is not None and fact.change.direction == "up"
    assert fact.metric.endswith("出入境客流量")
    facts = by_value(pressie.extract("今年以来,全市电诈案件锐减至120起,同比锐减40%。",
                                     published="2023-07-12"))
    fact = facts["120起"]
    assert change_of(fact) == ("down", "40%")


def test_a_multiple_of_a_past_years_total_dates_an_undated_text_later() -> None:
    """No page date, a dateline without a year, 2013年以来 and 查处总量是2013年全年的10倍: the
    text is written after 2013 (2014), and the 截止6月30日 after the paragraph's 2013年以来
    runs from its start; a stock marker after the first figure (查处总量) makes no stock."""
    text = ("本网济南7月15日讯 15日下午,记者从新闻发布会上获悉,2013年以来,全省高速公路交警部门"
            "重拳打击整治大型车辆违法占用左侧车道。截止6月30日,全省共查处大车违法占道6.9万多起,"
            "查处总量是2013年全年的10倍。")
    doc = pressie.extract(text)
    assert doc.reference_date == dt.date(2014, 7, 15)
    fact = by_value(doc)["6.9万多起"]
    assert period_of(fact) == (dt.date(2013, 1, 1), dt.date(2014, 6, 30))
    stock = ("2013年以来,全省加强车辆管理。截止6月30日,全省机动车保有量总数达到1200万辆。")
    fact = by_value(pressie.extract(stock, published="2014-07-15"))["1200万辆"]
    assert fact.period is not None and fact.period.date_start is None


def test_a_multiple_of_last_years_whole_total_is_a_change() -> None:
    """…6.9万多起,是去年全年的10倍: like 是去年同期的2倍, a multiple of last year's whole total
    is the level's rise (against that year), not a figure of its own."""
    facts = by_value(pressie.extract("今年以来,全省共查处大车违法占道6.9万多起,是去年全年的10倍。",
                                     published="2014-07-15"))
    fact = facts["6.9万多起"]
    assert change_of(fact) == ("up", "10倍")
    assert "10倍" not in facts


def test_earlier_by_a_month_is_no_first_month() -> None:
    """比往年提前1个月突破1亿人次: 提前1个月 is "a month earlier", not the first month of the
    year; the figure keeps the paragraph's 2015年. 今年前5个月 stays the first five months."""
    text = "2015年,珠海口岸旅客流量持续增长,其中拱北口岸比往年提前1个月突破1亿人次大关。"
    fact = by_value(pressie.extract(text, published="2016-01-08"))["突破1亿人次"]
    assert period_of(fact) == (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    fact = by_value(pressie.extract("今年前5个月,全市共破获案件120起。",
                                    published="2016-06-08"))["120起"]
    assert period_of(fact) == (dt.date(2016, 1, 1), dt.date(2016, 5, 31))
