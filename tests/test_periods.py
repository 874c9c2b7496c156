"""Period normalizer (pressie.periods): expressions, review year, roles, inheritance."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pressie.model import Period
from pressie.periods import (
    PeriodIndex,
    cn_int,
    find_period_mentions,
    find_periods,
    period_for,
    review_year_of,
    same_period_years_back,
)
from pressie.text import normalize

ROOT = Path(__file__).resolve().parents[1]
D = date.fromisoformat
REF_SEP = date(2021, 9, 17)  # a mid-year briefing
REF_JAN = date(2021, 1, 8)  # a January annual review


def _only(text: str, ref: date | None, review_year: int | None | str = "auto") -> Period:
    """The single period mention of a genre sentence."""
    periods = find_periods(text, ref, review_year)  # type: ignore[arg-type]
    assert len(periods) == 1, periods
    return periods[0]


# (sentence, reference, review year, expression, date_start, date_end)
EXPRESSIONS = [
    (
        "今年前8个月,全省共破获电诈案件1.2万起。",
        REF_SEP,
        None,
        "今年前8个月",
        "2021-01-01",
        "2021-08-31",
    ),
    (
        "11月至次年3月,全区开展冬季严打行动。",
        REF_SEP,
        None,
        "11月至次年3月",
        "2020-11-01",
        "2021-03-31",
    ),
    ("截至2020年底,全区现有吸毒人员24048名。", REF_JAN, None, "截至2020年底", None, "2020-12-31"),
    ("过去一年,全市共破获案件3000起。", REF_SEP, None, "过去一年", "2020-01-01", "2021-09-17"),
    (
        "2020年,全区公安机关共破获各类刑事案件36239起。",
        REF_JAN,
        None,
        "2020年",
        "2020-01-01",
        "2020-12-31",
    ),
    (
        "2020年全年,全省共立刑事案件6.7万起。",
        REF_JAN,
        None,
        "2020年全年",
        "2020-01-01",
        "2020-12-31",
    ),
    ("2019年度全省破获经济犯罪案件5193件。", REF_JAN, None, "2019年度", "2019-01-01", "2019-12-31"),
    (
        "二〇二〇年,全市共破获毒品案件377起。",
        REF_JAN,
        None,
        "二〇二〇年",
        "2020-01-01",
        "2020-12-31",
    ),
    ("今年,全省共拦截诈骗电话1.2万个。", REF_SEP, None, "今年", "2021-01-01", "2021-09-17"),
    ("今年以来,共拦截偷渡缅北人员1.8万人。", REF_SEP, None, "今年以来", "2021-01-01", "2021-09-17"),
    ("去年,全市共发生交通事故1200起。", REF_JAN, None, "去年", "2020-01-01", "2020-12-31"),
    ("前年,全区共破获命案96起。", REF_JAN, None, "前年", "2019-01-01", "2019-12-31"),
    ("年初以来,全市共抓获网上逃犯313名。", REF_SEP, None, "年初以来", "2021-01-01", "2021-09-17"),
    (
        "今年1至4月,全省破获刑事案件同比提升32.2%。",
        date(2021, 5, 31),
        None,
        "今年1至4月",
        "2021-01-01",
        "2021-04-30",
    ),
    ("1月至8月,全国共破获案件12万起。", REF_SEP, None, "1月至8月", "2021-01-01", "2021-08-31"),
    (
        "1-10月,全省电诈案件发案同比下降20.6%。",
        date(2020, 11, 20),
        None,
        "1-10月",
        "2020-01-01",
        "2020-10-31",
    ),
    (
        "1—10月,全省共破获盗窃案件3.2万起。",
        date(2020, 11, 20),
        None,
        "1—10月",
        "2020-01-01",
        "2020-10-31",
    ),
    (
        "2021年1月至5月,全省共破获电诈案件8000余起。",
        date(2021, 6, 20),
        None,
        "2021年1月至5月",
        "2021-01-01",
        "2021-05-31",
    ),
    (
        "上半年,全市刑事警情同比下降12.4%。",
        date(2021, 7, 20),
        None,
        "上半年",
        "2021-01-01",
        "2021-06-30",
    ),
    (
        "2020年下半年,全区共查处酒驾1.1万起。",
        REF_JAN,
        None,
        "2020年下半年",
        "2020-07-01",
        "2020-12-31",
    ),
    (
        "一季度,全国电诈案件破案率达到32.5%。",
        date(2022, 4, 14),
        None,
        "一季度",
        "2022-01-01",
        "2022-03-31",
    ),
    (
        "第一季度全省共破获案件4000起。",
        date(2022, 4, 14),
        None,
        "第一季度",
        "2022-01-01",
        "2022-03-31",
    ),
    (
        "前三季度,全市共侦破食药环案件56起。",
        date(2021, 10, 20),
        None,
        "前三季度",
        "2021-01-01",
        "2021-09-30",
    ),
    ("四季度,全区共打掉犯罪团伙21个。", REF_JAN, 2020, "四季度", "2020-10-01", "2020-12-31"),
    (
        "3月份,全市共查处违法停车2.1万起。",
        date(2021, 4, 10),
        None,
        "3月份",
        "2021-03-01",
        "2021-03-31",
    ),
    (
        "今年3月,全市共查处酒驾300起。",
        date(2021, 4, 10),
        None,
        "今年3月",
        "2021-03-01",
        "2021-03-31",
    ),
    ("三月,全市共查处酒驾300起。", date(2021, 4, 10), None, "三月", "2021-03-01", "2021-03-31"),
    (
        "7月20日以来,全国110刑事警情同比下降7.4%。",
        date(2021, 8, 18),
        None,
        "7月20日以来",
        "2021-07-20",
        "2021-08-18",
    ),
    (
        "7月8日至7月22日,共查获毒品7.2公斤。",
        REF_JAN,
        None,
        "7月8日至7月22日",
        "2020-07-08",
        "2020-07-22",
    ),
    (
        "2020年7月8日至22日,共组成25支代表队。",
        REF_JAN,
        None,
        "2020年7月8日至22日",
        "2020-07-08",
        "2020-07-22",
    ),
    (
        "自8月1日以来,部署环京检查站出动警力11.5万余人次。",
        date(2021, 8, 18),
        None,
        "自8月1日以来",
        "2021-08-01",
        "2021-08-18",
    ),
    (
        "2019年以来,全省共立刑事案件20.5万余起。",
        date(2020, 1, 8),
        None,
        "2019年以来",
        "2019-01-01",
        "2020-01-08",
    ),
    (
        "2018年1月中央部署开展扫黑除恶专项斗争以来,全区共打掉团伙1212个。",
        REF_JAN,
        None,
        "2018年1月中央部署开展扫黑除恶专项斗争以来",
        "2018-01-01",
        "2021-01-08",
    ),
    (
        "截至目前,全省公安机关共侦破案件1446件。",
        date(2020, 1, 8),
        None,
        "截至目前",
        None,
        "2020-01-08",
    ),
    ("截至9月底,全市共注册反诈APP用户120万人。", REF_SEP, None, "截至9月底", None, "2020-09-30"),
    ("截至8月底,全市共注册反诈APP用户120万人。", REF_SEP, None, "截至8月底", None, "2021-08-31"),
    (
        "截止2020年12月31日,全区吸毒人员24048名。",
        REF_JAN,
        None,
        "截止2020年12月31日",
        None,
        "2020-12-31",
    ),
    (
        "2018年至2020年,全国公安机关共侦办案件1.7万余起。",
        REF_SEP,
        None,
        "2018年至2020年",
        "2018-01-01",
        "2020-12-31",
    ),
    (
        "2018-2020年,全省共破获案件1.7万余起。",
        REF_SEP,
        None,
        "2018-2020年",
        "2018-01-01",
        "2020-12-31",
    ),
    (
        "三年来,全区公安机关共打掉黑恶团伙1212个。",
        REF_JAN,
        2020,
        "三年来",
        "2018-01-01",
        "2021-01-08",
    ),
    ("近三年,全市共破获毒品案件900起。", REF_SEP, None, "近三年", "2018-01-01", "2021-09-17"),
    ("近5年来,全省共破获命案积案300起。", REF_SEP, None, "近5年来", "2016-01-01", "2021-09-17"),
    (
        "一年来,全区公安机关共破获各类刑事案件36239起。",
        REF_JAN,
        2020,
        "一年来",
        "2020-01-01",
        "2020-12-31",
    ),
    ("一年来,全市共破获案件3000起。", REF_SEP, None, "一年来", "2020-01-01", "2021-09-17"),
    ("近三个月,全市共破获案件300起。", REF_SEP, None, "近三个月", "2021-06-17", "2021-09-17"),
    (
        "全年共抓获各类网上在逃人员3313名。",
        date(2020, 1, 8),
        2019,
        "全年",
        "2019-01-01",
        "2019-12-31",
    ),
    ("年内共有836名刑侦民警受到表彰。", REF_JAN, 2020, "年内", "2020-01-01", "2020-12-31"),
    ("连续三年,新增吸毒人员数下降。", REF_JAN, 2020, "连续三年", "2018-01-01", "2020-12-31"),
    (
        "“十三五”期间,全省共破获毒品案件1.2万起。",
        REF_JAN,
        None,
        "“十三五”期间",
        "2016-01-01",
        "2020-12-31",
    ),
    (
        "在为期三年的扫黑除恶专项斗争中,全国共打掉涉黑组织3644个。",
        REF_SEP,
        None,
        "在为期三年的扫黑除恶专项斗争中",
        "2018-01-01",
        "2020-12-31",
    ),
    (
        "7月30日、8月2日和8月5日,先后3次召开视频会议。",
        date(2021, 8, 18),
        None,
        "7月30日、8月2日和8月5日",
        "2021-07-30",
        "2021-08-05",
    ),
    (
        "今年6月、7月、8月,立案数同比出现下降。",
        REF_SEP,
        None,
        "今年6月、7月、8月",
        "2021-06-01",
        "2021-08-31",
    ),
    (
        "国庆假期期间(10月1日至7日),全市未发生重大事故。",
        date(2022, 10, 9),
        None,
        "国庆假期期间",
        "2022-10-01",
        "2022-10-07",
    ),
]


@pytest.mark.parametrize(("sentence", "ref", "review", "expr", "lo", "hi"), EXPRESSIONS)
def test_expression_dates(
    sentence: str, ref: date, review: int | None, expr: str, lo: str | None, hi: str | None
) -> None:
    p = next(p for p in find_periods(sentence, ref, review) if p.text == expr)
    assert (p.date_start, p.date_end) == (lo and D(lo), hi and D(hi))
    assert sentence[p.start : p.end] == p.text
    assert p.inherited is False


@pytest.mark.parametrize(
    "sentence",
    [
        "汛期以来,公安交管部门共出动警力128.4万余人次。",
        "行动开展以来,边境公安机关开展联合巡逻执法28次。",
        "专项行动期间共破获盗抢类案件231起。",
        "疫情期间,全市公安机关共查处涉疫案件35起。",
        "近年来,全区禁毒系统两次荣立全国集体一等功。",
        "多年来,当地警方坚持开展禁毒宣传。",
    ],
)
def test_undated_and_vague_periods(sentence: str) -> None:
    p = _only(sentence, REF_SEP)
    assert (p.date_start, p.date_end) == (None, None)
    assert p.start == sentence.index(p.text.lstrip("在"))


def test_event_start_found_in_the_paragraph() -> None:
    text = (
        "呼和浩特市公安机关于2020年10月中旬组织开展了打击多发性侵财违法犯罪专项行动。"
        "截至去年12月底,在专项行动期间共破获盗抢类案件231起。"
    )
    ms = {m.text: m for m in find_period_mentions(text, REF_JAN)}
    assert ms["截至去年12月底"].date_start == D("2020-10-11")
    assert ms["截至去年12月底"].date_end == D("2020-12-31")
    text2 = (
        "公安部6月7日部署在四个片区启动跨省通办试点。"
        "据统计,自试点工作启动以来,已为群众办理业务4800余人次。"
    )
    p = next(p for p in find_periods(text2, date(2021, 8, 18)) if "试点" in p.text)
    assert (p.date_start, p.date_end) == (D("2021-06-07"), D("2021-08-18"))


def test_since_at_paragraph_head_opens_a_later_until() -> None:
    # spec v1.1: X以来 at a paragraph's head and 截至Y later in it are one period X..Y
    text = "7月下旬以来,河南等地遭遇持续强降雨。截至目前,各地公安机关累计出动警力230余万人次。"
    ms = {m.text: m for m in find_period_mentions(text, date(2021, 8, 18))}
    assert ms["截至目前"].date_start == D("2021-07-21")
    assert ms["截至目前"].date_end == D("2021-08-18")
    assert ms["7月下旬以来"].date_start == D("2021-07-21")
    # in another paragraph the until stays open
    other = "7月下旬以来,河南等地遭遇持续强降雨。\n截至目前,各地公安机关累计出动警力230余万人次。"
    ms = {m.text: m for m in find_period_mentions(other, date(2021, 8, 18))}
    assert ms["截至目前"].date_start is None


def test_undated_event_is_not_dated_by_a_year_frame() -> None:
    # a year before the event is no start date: 今年…行动开展以来 stays undated, and a later
    # 行动开展以来 / 行动期间 takes no dates from it
    text = (
        "问:今年夏季治安打击整治行动开展以来,全市治安形势如何?\n"
        "答:行动开展以来,全市刑事警情同比下降12.3%。行动期间,累计出动警力52.6万人次。"
    )
    for m in find_period_mentions(text, date(2023, 9, 5)):
        if m.text.endswith(("开展以来", "期间")):
            assert (m.date_start, m.date_end) == (None, None), m
    # a start verb right after a day dates the same action
    text2 = "6月1日起,全市开展夏季治安打击整治行动。行动开展以来,共破获刑事案件6820起。"
    p = period_for(text2, text2.index("6820起"), date(2023, 9, 5))
    assert p is not None and p.text == "行动开展以来"
    assert (p.date_start, p.date_end) == (D("2023-06-01"), D("2023-09-05"))
    # but another start (开展宣传活动) on a dated day is a different action
    text3 = "6月1日,我局开展禁毒宣传活动。行动开展以来,共破获刑事案件6820起。"
    p3 = period_for(text3, text3.index("6820起"), date(2023, 9, 5))
    assert p3 is not None and (p3.date_start, p3.date_end) == (None, None)
    # 今年以来 stays a dated since, also after a verb (通报今年以来…)
    m = _only("新闻发布会通报今年以来全市治安形势。", date(2023, 9, 5))
    assert (m.date_start, m.date_end) == (D("2023-01-01"), D("2023-09-05"))


def test_period_inside_a_noun_phrase_is_no_fact_period() -> None:
    text = (
        "近三年,全国公安机关共打掉拐卖犯罪团伙620余个。"
        "各地还对2000年以前发生的拐卖儿童积案开展集中攻坚,侦破积案1100余起。"
        "其中侦破2000年以来拐卖儿童积案300余起。"
    )
    idx = PeriodIndex.from_text(text, date(2023, 2, 22))
    for value in ("1100余起", "300余起"):
        p = idx.period_for(text.index(value))
        assert p is not None and p.text == "近三年" and p.inherited, value


def test_from_a_to_b_level_period_belongs_to_that_level_only() -> None:
    text = (
        "2019年至2022年,全国公安机关共侦破拐卖妇女儿童案件1.26万起。"
        "全国拐卖妇女儿童案件立案数从2019年的4200余起下降至2022年的1700余起,"
        "下降59.5%,年均降幅超过25%。"
    )
    idx = PeriodIndex.from_text(text, date(2023, 2, 22))
    level = idx.period_for(text.index("1700余起"))
    assert level is not None and level.text == "2022年" and not level.inherited
    assert idx.base_period_in(text.index("从"), text.index("下降至")).text == "2019年"
    later = idx.period_for(text.index("超过25%"))
    assert later is not None and later.text == "2019年至2022年"


def test_a_streak_governs_no_later_sentence() -> None:
    text = (
        "2020年全区发生的197起现行命案全部快侦快破,连续3年保持了现行命案全破。"
        "特别是针对2020年出现的涉疫情诈骗案,共计破获涉疫情诈骗案件135起。"
    )
    p = PeriodIndex.from_text(text, REF_JAN).period_for(text.index("135起"))
    assert p is not None and p.text == "2020年"


@pytest.mark.parametrize(
    ("sentence", "expr"),
    [
        ("全省涉枪案件等同比2018年,平均降幅超17%。", "2018年"),
        ("共破获电信网络诈骗案件3181起,较去年(1469起)相比多破1712起。", "去年"),
        ("全市刑事案件比2019年下降12.9%。", "2019年"),
        ("未成年人吸毒人员占比从2018年的0.34%下降到0.06%。", "2018年"),
        ("破案数是去年同期的3倍。", "去年同期"),
        ("与2019年相比,全省交通事故下降15%。", "2019年"),
    ],
)
def test_base_periods_are_marked(sentence: str, expr: str) -> None:
    m = next(m for m in find_period_mentions(sentence, REF_JAN) if m.text == expr)
    assert m.role == "base"
    assert not m.framing


def test_base_period_lookup_and_same_period_shift() -> None:
    text = "2020年,全区共立刑事案件67236起,比2019年下降12.9%。"
    idx = PeriodIndex.from_text(text, REF_JAN)
    clause = text.index("比2019年")
    base = idx.base_period_in(clause, len(text))
    assert base is not None and base.text == "2019年"
    assert base.date_end == D("2019-12-31")
    # the base period is never the fact's own period
    own = idx.period_for(text.index("67236起"))
    assert own is not None and own.text == "2020年"
    shifted = same_period_years_back(
        Period(text="今年1至4月", date_start=D("2021-01-01"), date_end=D("2021-04-30"))
    )
    assert shifted is not None
    assert (shifted.date_start, shifted.date_end) == (D("2020-01-01"), D("2020-04-30"))


def test_not_periods() -> None:
    # durations, ranks, identifiers and category modifiers are not periods
    for text in [
        "其中30年前命案积案6起、20年至30年命案积案63起、近10年命案积案14起。",
        "潜逃时间最长达37年。",
        "位居全国第5名,拨打96110反诈专线。",
        "成功侦破“2020.6.03”吕某一杀5人案。",
        "年龄在18岁以下的吸毒人员仅有7名。",
    ]:
        assert find_periods(text, REF_JAN) == [], text


def test_chinese_numerals() -> None:
    assert cn_int("十二") == 12
    assert cn_int("二十三") == 23
    assert cn_int("二〇二〇") == 2020
    assert cn_int("两") == 2
    p = _only("十二月三十一日,全市共接报警情3万起。", REF_JAN)
    assert (p.date_start, p.date_end) == (D("2020-12-31"), D("2020-12-31"))


def test_without_reference_date() -> None:
    text = "2020年,全区共破获案件3000起。今年以来,全区共抓获嫌疑人200名。"
    ms = {m.text: m for m in find_period_mentions(text, None)}
    assert (ms["2020年"].date_start, ms["2020年"].date_end) == (D("2020-01-01"), D("2020-12-31"))
    # (v1.1) the reviewed year 2020 was written after it: 今年 is 2021, its end unknown
    assert (ms["今年以来"].date_start, ms["今年以来"].date_end) == (D("2021-01-01"), None)
    assert find_periods("截至目前,全省共破获案件300起。", None)[0].date_end is None
    ms = {m.text: m for m in find_period_mentions("今年以来,全区共抓获嫌疑人200名。", None)}
    assert (ms["今年以来"].date_start, ms["今年以来"].date_end) == (None, None)


# --------------------------------------------------------------------------- review year

ANNUAL = (
    "2020年,全区公安机关紧密围绕中心工作,严厉打击各类刑事犯罪。"
    "一年来,全区公安机关共破获各类刑事案件36239起。\n"
    "2020年,全区共立各类刑事案件67236起。\n"
    "2021年,我们将继续保持严打高压态势。"
)


def test_review_year() -> None:
    assert review_year_of(ANNUAL, REF_JAN) == 2020
    assert review_year_of(ANNUAL, None) == 2020
    assert (
        review_year_of("今年以来,全国共破获案件1万起。2020年全国共破获案件2万起。", REF_SEP) is None
    )
    # a January release with only annual markers reviews the previous year
    assert review_year_of("全年共抓获网上逃犯3313名。", date(2020, 1, 8)) == 2019


def test_annual_words_follow_the_review_year() -> None:
    ms = {m.text: m for m in find_period_mentions(ANNUAL, REF_JAN)}
    assert (ms["一年来"].date_start, ms["一年来"].date_end) == (D("2020-01-01"), D("2020-12-31"))


# --------------------------------------------------------------------------- inheritance


def test_own_period_in_the_sentence() -> None:
    text = "2020年,全区共立各类刑事案件67236起,其中八类案件2400起、同比下降14.2%。"
    p = period_for(text, text.index("2400起"), REF_JAN)
    assert p is not None and p.text == "2020年" and p.inherited is False
    assert (p.start, p.end) == (0, len("2020年"))


def test_paragraph_opening_period_is_inherited() -> None:
    text = (
        "一年来,全区公安机关严厉打击各类违法犯罪。共破获刑事案件3181起,抓获犯罪嫌疑人5260名。\n"
        "截至目前,全省10个市已成立食药环侦支队。其中,8个市配备专职民警120名。"
    )
    idx = PeriodIndex.from_text(text, REF_JAN)
    p = idx.period_for(text.index("3181起"))
    assert p is not None and p.inherited and p.text == "一年来"
    assert (p.start, p.end) == (None, None)
    assert (p.date_start, p.date_end) == (D("2020-01-01"), D("2020-12-31"))
    q = idx.period_for(text.index("120名"))
    assert q is not None and q.text == "截至目前" and q.inherited
    assert (q.date_start, q.date_end) == (None, REF_JAN)


def test_event_date_does_not_govern_following_sentences() -> None:
    text = (
        "8月18日,公安部召开新闻发布会。\n"
        "今年4月,总书记作出重要指示。全省公安机关共出动警力2万人次。"
    )
    idx = PeriodIndex.from_text(text, date(2021, 8, 18))
    assert idx.period_for(text.index("2万人次")) is None
    # but a fact in the event sentence itself is dated by it
    text2 = "1月8日,全区共收缴非法枪支12支。"
    p = period_for(text2, text2.index("12支"), REF_JAN)
    assert p is not None and p.date_start == D("2021-01-08")


def test_question_period_governs_the_answer() -> None:
    text = (
        "首个警察节新闻发布会答记者问\n"
        "内蒙古融媒网记者:2020年,全区禁毒部门在打击毒品犯罪方面取得了哪些成效?\n"
        "王铁峰:自治区禁毒办按照整体部署,采取了一系列措施。\n"
        "公安厅命名了6名“全区缉毒执法专家”。"
    )
    idx = PeriodIndex.from_text(text, date(2021, 6, 1))
    p = idx.period_for(text.index("6名"))
    assert p is not None and p.inherited and p.text == "2020年"


def test_numbered_sections_fall_back_to_parent_and_document() -> None:
    text = (
        "7月20日以来,全国公安机关全力投入疫情防控工作。\n"
        "一、高效统筹推进组织部署。迅速制定运转方案。\n"
        "全国27个地方公安机关共投入警力20万余人次。\n"
        "二、全力做好通道查控。自8月1日以来,部署环京检查站出动警力11.5万余人次。\n"
        "铁路公安机关配合23个地区车站停售车票。\n"
    )
    idx = PeriodIndex.from_text(text, date(2021, 8, 18))
    p = idx.period_for(text.index("20万余人次"))
    assert p is not None and p.text == "7月20日以来" and p.inherited
    q = idx.period_for(text.index("11.5万"))
    assert q is not None and q.text == "自8月1日以来" and not q.inherited
    r = idx.period_for(text.index("23个"))
    assert r is not None and r.text == "自8月1日以来" and r.inherited  # the section's opening


def test_forward_looking_year_does_not_govern() -> None:
    text = "2020年,全区共破获案件3000起。\n2021年,我们将继续深化打击,力争破获案件再增加500起。"
    idx = PeriodIndex.from_text(text, REF_JAN)
    own = idx.period_for(text.index("500起"))
    assert own is not None and own.text == "2021年" and not own.inherited
    text2 = "2020年,全区共破获案件3000起。\n2021年,我们将继续深化打击。全区要新建工作站12个。"
    doc_level = PeriodIndex.from_text(text2, REF_JAN).period_for(text2.index("12个"))
    assert doc_level is not None and doc_level.date_end == D("2020-12-31")


def test_document_period_without_review_year_is_the_lead() -> None:
    text = "国务院新闻办公室9月17日举行发布会。\n问:如何打击电诈?\n答:公安机关共破获案件3万起。"
    assert PeriodIndex.from_text(text, REF_SEP).period_for(text.index("3万起")) is None


def test_undated_during_yields_to_dated_frame_of_the_sentence() -> None:
    text = "截至去年12月底,在专项行动期间共破获盗抢类案件231起。"
    p = period_for(text, text.index("231起"), REF_JAN)
    assert p is not None and p.text == "截至去年12月底"


# --------------------------------------------------------------------------- seeds & safety


def _seed_period_accuracy() -> tuple[int, int]:
    ok = total = 0
    for line in (ROOT / "benchmarks" / "data" / "seeds.jsonl").read_text("utf-8").splitlines():
        g = json.loads(line)
        text = normalize((ROOT / "seeds" / g["source"]).read_text("utf-8"))
        idx = PeriodIndex.from_text(text, D(g["reference_date"]))
        for f in g["facts"]:
            v = f["value"] or (f.get("change") or {}).get("amount")
            if v is None:
                continue
            gp = f["period"] or {}
            p = idx.period_for(v["start"])
            got = (p.date_start, p.date_end) if p else (None, None)
            want = (gp.get("date_start"), gp.get("date_end"))
            good = all(
                (w is None and x is None)
                or (w is not None and x is not None and abs((D(w) - x).days) <= 31)
                for w, x in zip(want, got)
            )
            ok += good
            total += 1
    return ok, total


def test_gold_periods_of_the_seeds() -> None:
    ok, total = _seed_period_accuracy()
    assert total > 300
    assert ok / total >= 0.95, (ok, total)


def test_mentions_are_exact_substrings_on_seeds(seed_texts: dict[str, str]) -> None:
    for name, raw in seed_texts.items():
        text = normalize(raw)
        for p in find_periods(text, REF_JAN):
            assert text[p.start : p.end] == p.text, (name, p)
            if p.date_start and p.date_end:
                assert p.date_start <= p.date_end, (name, p)


@pytest.mark.parametrize(
    "text",
    [
        "1" * 20000,
        "年" * 20000,
        "2020年" * 3000,
        "自" + "一" * 20000 + "以来",
        "在" * 20000 + "期间",
        "、".join(["7月30日"] * 2000),
        "近" * 20000 + "三年",
        "以来" * 10000,
        "二〇" * 10000 + "年",
        "13月45日,99月份,2020年13月,第五季度",
    ],
)
def test_adversarial_inputs(text: str) -> None:
    ms = find_period_mentions(text, REF_JAN)
    for m in ms:
        assert text[m.start : m.end] == m.text
    PeriodIndex.from_text(text, REF_JAN).period_for(len(text) // 2)


def test_component_through_the_pipeline() -> None:
    import pressie
    from pressie import extensions

    try:
        nlp = pressie.load()
    except FileNotFoundError:
        pytest.skip("segmentation model not built yet")
    text = "2020年,全区公安机关共破获各类刑事案件36239起,较去年下降5%。\n全年共抓获逃犯3313名。"
    doc = nlp.make_doc(text)
    doc._.pressie_published = REF_JAN
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    periods = extensions.periods(doc)
    assert doc._.pressie_periods[0]["date_start"] == "2020-01-01"  # plain data on the Doc
    assert [p.text for p in periods][:2] == ["2020年", "去年"]
    assert all(text[p.start : p.end] == p.text for p in periods)
    p = period_for(doc, text.index("3313名"))
    assert p is not None and p.date_end == D("2020-12-31")


def test_component_lexicon_round_trip(tmp_path: Path) -> None:
    from pressie.periods import PeriodRecognizer

    comp = PeriodRecognizer()
    comp.to_disk(tmp_path)
    saved = json.loads((tmp_path / "periods.json").read_text("utf-8"))
    assert saved["named_periods"]["十三五"] == ["2016-01-01", "2020-12-31"]
    saved["named_periods"]["十一五"] = ["2006-01-01", "2010-12-31"]
    (tmp_path / "periods.json").write_text(json.dumps(saved, ensure_ascii=False), "utf-8")
    other = PeriodRecognizer().from_disk(tmp_path)
    assert other.lexicon == str(tmp_path / "periods.json")
    ms = find_period_mentions("“十一五”期间,全省共破获案件9万起。", REF_JAN, lexicon=other.lexicon)
    assert [(m.date_start, m.date_end) for m in ms] == [(D("2006-01-01"), D("2010-12-31"))]


def test_month_fen_governs_following_sentences() -> None:
    """``X月份,`` opening a paragraph is the reporting month of the figures after it."""
    text = "10月份,全区共接报各类警情8600起,环比下降6.3%。其中,盗窃警情412起,同比下降9.8%。"
    idx = PeriodIndex.from_text(text, date(2023, 11, 6))
    inherited = idx.period_for(text.index("412"))
    assert inherited is not None and inherited.inherited
    assert (inherited.date_start, inherited.date_end) == (date(2023, 10, 1), date(2023, 10, 31))


def test_bare_month_event_does_not_govern() -> None:
    """``3月,…召开…`` dates an event; it is not the period of later sentences."""
    text = "2022年,全市共破获刑事案件1200起。3月,市公安局召开部署会。全年抓获犯罪嫌疑人900名。"
    idx = PeriodIndex.from_text(text, date(2023, 1, 10))
    got = idx.period_for(text.index("900"))
    assert got is not None and got.date_start == date(2022, 1, 1)


def test_periods_in_boilerplate_are_ignored() -> None:
    """A breadcrumb's 当前位置 is page chrome, not the period 'now' of the figures."""
    import pressie

    text = (
        "当前位置:首页 > 警情通报 > 正文\n\n某区公安分局发布辖区警情数据\n\n"
        "发布时间:2023-11-06 09:18\n\n10月份,分局共接报各类警情1264起,环比下降6.3%。\n"
        "其中,刑事警情412起,环比下降9.8%。\n"
    )
    doc = pressie.extract(text)
    facts = {f.value.text: f for f in doc.facts if f.value is not None}
    assert facts["412起"].period is not None
    assert facts["412起"].period.date_start == date(2023, 10, 1)
    assert all(p.text != "当前" for p in (f.period for f in doc.facts) if p is not None)


# --------------------------------------------------------------------------- windowed scan


def _full_scan_matches(text: str) -> list[tuple[str, int, int]]:
    """Every match of every period pattern, scanning the whole text (the reference)."""
    from pressie.periods import load_lexicon

    return sorted(
        (name, m.start(), m.end())
        for name, rx in load_lexicon().patterns
        for m in rx.finditer(text)
        if m.end() > m.start()
    )


def _windowed_matches(text: str) -> list[tuple[str, int, int]]:
    from pressie.periods import _windows, load_lexicon

    lex = load_lexicon()
    out = []
    for (name, rx), (anchor, width) in zip(lex.patterns, lex.anchors):
        hits = [m.start() for m in anchor.finditer(text)]
        for lo, hi in _windows(hits, width, len(text)):
            out += [(name, m.start(), m.end()) for m in rx.finditer(text, lo, hi)]
    return sorted(out)


def test_windowed_scan_finds_exactly_the_full_text_matches() -> None:
    """Each pattern runs only around a character all its matches contain; on real releases
    and on dense random period vocabulary that must give the full-text scan's matches."""
    import random

    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [normalize(p.read_text(encoding="utf-8")) for p in seeds]
    vocab = list(
        "年月日号至到-—起止自从截以来期间中在开展行动去今前上本半季度第一二三四五六七八九十〇"
        "0123456789、和及与同比较近最过个连续目当初底末旬份的是,。;\n 全内“”十五时为长多历这些"
    )
    rng = random.Random(11)
    texts += ["".join(rng.choice(vocab) for _ in range(rng.randint(1, 120))) for _ in range(1500)]
    for text in texts:
        assert _windowed_matches(text) == _full_scan_matches(text), text[:60]


def test_sentences_continuing_a_case_take_its_date() -> None:
    text = (
        "2023年,全省公安机关共侦破诈骗案件8600起。\n"
        "2023年5月,杭州市公安局侦破“5·12”特大网络诈骗案,抓获犯罪嫌疑人64名。"
        "专案组历时6个月,行程逾1万公里,最终将该团伙一网打尽。\n"
        "刘明：2022年11月,嘉兴市公安局侦破一起跨境赌博案,查明赌资流水12亿元。"
        "该团伙长期在境外设立网站,专案组历时4个月将其打掉。"
        "全市共抓获赌博犯罪嫌疑人300名。\n"
    )
    idx = PeriodIndex.from_text(text, date(2024, 1, 20))
    p = idx.period_for(text.index("6个月"))
    assert (p.text, p.date_start, p.date_end) == ("2023年5月", date(2023, 5, 1), date(2023, 5, 31))
    p = idx.period_for(text.index("4个月"))
    assert (p.date_start, p.date_end) == (date(2022, 11, 1), date(2022, 11, 30))
    # a sentence that does not continue the case keeps the governing period
    p = idx.period_for(text.index("300名"))
    assert p.date_start != date(2022, 11, 1)


def test_an_as_of_stock_frames_only_its_own_sentence() -> None:
    text = (
        "全年,全省共受理群众举报线索3260条。截至2023年12月底,累计移送问题线索430余条。"
        "各地公安机关共推动出台行业监管制度26项。\n"
        "截至2023年12月底,全省现有吸毒人员4630名。全省戒断三年未复吸人员3270名。\n"
    )
    idx = PeriodIndex.from_text(text, date(2024, 1, 17))
    assert idx.period_for(text.index("430余条")).text == "截至2023年12月底"
    p = idx.period_for(text.index("26项"))
    assert (p.text, p.date_start) == ("全年", date(2023, 1, 1))
    # with no earlier period in its paragraph the stock date still governs
    assert idx.period_for(text.index("3270名")).text == "截至2023年12月底"
