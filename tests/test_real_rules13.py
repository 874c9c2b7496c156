"""Rules of the thirteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from factview import period_of

import pressie


def _values(doc: pressie.Document) -> dict[str | None, pressie.Fact]:
    return {f.value.text if f.value is not None else None: f for f in doc.facts}


def _by_value(text: str, published: str | None = None) -> dict[str | None, pressie.Fact]:
    return _values(pressie.extract(text, published=published))


def test_last_years_levels_written_after_a_pair_are_its_baselines() -> None:
    """…12件15人,去年同期为20件30人,件数和人数分别同比下降…: each level of the pair takes the
    compared level of its own unit and the change its unit noun names; no fact of its own."""
    text = ("今年1至6月,该院共受理审查起诉案件12件15人,去年同期为20件30人,件数和人数分别同比"
            "下降40%、50%。")
    facts = _by_value(text, "2022-07-10")
    assert set(facts) == {"12件", "15人"}
    for value, amount, base in (("12件", "40%", "20件"), ("15人", "50%", "30人")):
        ch = facts[value].change
        assert ch is not None and ch.amount is not None and ch.baseline is not None
        assert (ch.direction, ch.amount.text, ch.baseline.text) == ("down", amount, base)


def test_unit_nouns_name_the_level_of_each_change() -> None:
    """同比件数下降A、人数下降B after a 件/人 pair: 件数 is the 件 level's, 人数 the 人's."""
    text = "今年以来,全市检察机关起诉各类犯罪80件96人,同比件数下降12%、人数下降8%。"
    facts = _by_value(text, "2022-07-10")
    assert set(facts) == {"80件", "96人"}
    assert facts["80件"].change is not None and facts["80件"].change.amount is not None
    assert facts["80件"].change.amount.text == "12%"
    assert facts["96人"].change is not None and facts["96人"].change.amount is not None
    assert facts["96人"].change.amount.text == "8%"


def test_last_years_level_in_brackets_is_the_baseline() -> None:
    """受理案件2313件(去年同期为2296件),同比上升0.74%: 2296件 is no fact of its own."""
    facts = _by_value("今年1至2月,全院共受理案件2313件(去年同期为2296件),同比上升0.74%。",
                      "2022-03-10")
    assert set(facts) == {"2313件"}
    ch = facts["2313件"].change
    assert ch is not None and ch.baseline is not None and ch.baseline.text == "2296件"


def test_hong_kongs_own_word_for_itself_gives_the_region() -> None:
    """本港/全港 in a release that names no place: Hong Kong's figures."""
    doc = pressie.extract("警方今日公布,本港上半年錄得兩萬多宗罪案,較去年同期上升2%。")
    assert doc.facts and doc.facts[0].region == "香港特别行政区"


def test_a_doubled_per_cent_sign_is_one_sign() -> None:
    """19.8%%和30.5%% (a page escaping % twice): two rates, nothing read from the signs."""
    doc = pressie.extract("今年全市车站和列车发案率分别比2004年下降12.5%%和20.5%%。",
                          published="2005-12-30")
    rates = [f for f in doc.facts if f.change is not None and f.change.amount is not None]
    assert [(f.change.amount.value, f.change.amount.unit) for f in rates if f.change
            and f.change.amount] == [(12.5, "%"), (20.5, "%")]
    assert all("%" not in f.metric for f in doc.facts)


def test_holidays_before_the_calendar_data_are_the_golden_weeks() -> None:
    """国庆期间 of 2003 (before chinese-calendar's data): October 1st to 7th."""
    from pressie.holidays import holiday_span

    assert holiday_span("national_day", 2003) == (dt.date(2003, 10, 1), dt.date(2003, 10, 7))
    assert holiday_span("mid_autumn_festival", 2003) is None  # (no day off before 2008)
    doc = pressie.extract("国庆期间,该支队连续破获偷渡案件3起,抓获涉案人员67名。",
                          published="2003-10-09")
    assert period_of(doc.facts[0]) == (dt.date(2003, 10, 1), dt.date(2003, 10, 7))


def test_a_heading_under_a_placeless_title_names_the_region() -> None:
    """五年检察工作报告 over 某市某区人民检察院工作报告: the district's release."""
    text = ("五年(2017年-2021年)检察工作报告\n\n成都市武侯区人民检察院工作报告\n\n"
            "2017年以来,我院在区委领导下履行检察职能。五年来,办理审查逮捕案件800件900人,"
            "办案规模位居全市前列。")
    doc = pressie.extract(text, published="2022-01-20")
    assert doc.facts and all(f.region == "成都市武侯区" for f in doc.facts)


def test_a_month_heading_a_long_launch_sentence_starts_the_as_of_period() -> None:
    """今年4月,为…,…打响了…战役。…截止目前,…: from April to now."""
    text = ("今年4月,为保护全市的森林资源,市森林公安紧紧围绕市委、市政府的统一安排,打响了"
            "林区治安整治战役。期间,各级森林公安机关加强巡查,截止目前,全市共查处案件120起。")
    fact = pressie.extract(text, published="2017-12-03").facts[0]
    assert period_of(fact) == (dt.date(2017, 4, 1), dt.date(2017, 12, 3))


def test_years_with_zeros_typed_as_digits_or_letters() -> None:
    """二00八年一月至二00九年五月 (zeros typed as 0): January 2008 to May 2009."""
    for zero in ("0", "O", "〇"):
        text = f"据悉,二{zero}{zero}八年一月至二{zero}{zero}九年五月,全市警方共查获毒品案件312起。"
        fact = pressie.extract(text, published="2009-06-24").facts[0]
        assert period_of(fact) == (dt.date(2008, 1, 1), dt.date(2009, 5, 31))


def test_over_written_after_a_weight() -> None:
    """六吨多 is over six tonnes; 66人多次 keeps 多 for 多次."""
    q = {x.text: x for x in pressie.extract("警方销毁了三吨多毒品。").quantities}
    assert q["三吨多"].approx == "over" and q["三吨多"].value == 3000
    q = {x.text: x for x in pressie.extract("警方缴获毒品2公斤多次").quantities}
    assert "2公斤" in q and q["2公斤"].approx == "exact"


def test_a_volume_is_no_fact() -> None:
    """收缴木材21.4万立方米: a volume (kind other), not a count of 21.4万."""
    doc = pressie.extract("去年,全省共收缴木材21.4万立方米,查处林业案件3200起。",
                          published="2008-03-01")
    assert [f.value.text for f in doc.facts if f.value is not None] == ["3200起"]


@pytest.mark.parametrize(
    ("text", "region"),
    [("为构建平安金湖,根据淮安市公安局统一部署,5月20日,金湖县公安局在全县开展集中收网行动,"
      "抓获涉案人员29名。", "淮安市金湖县"),
     ("根据公安部统一部署,浙江省公安厅开展夏季专项行动,全省共抓获犯罪嫌疑人300名。",
      "浙江省")],
)
def test_the_superior_whose_deployment_the_release_acts_on_is_not_its_region(
        text: str, region: str) -> None:
    """根据X统一部署,Y…: the release is Y's, not its superior X's (nor national)."""
    doc = pressie.extract(text)
    assert doc.facts and {f.region for f in doc.facts} == {region}


def test_changes_of_a_subject_naming_the_levels_together() -> None:
    """受理…件,审结…件,收结案分别比上年增加A件和B件: 收结案 names both levels; each amount is
    its level's. 事故四项指标分别下降… (a subject counted by its own figure) is not."""
    facts = _by_value("全年共受理各类案件900件,审结880件,收结案分别比上年度增加了120件和115件。",
                      "2014-01-20")
    assert set(facts) == {"900件", "880件"}
    amounts = {v: f.change.amount.text for v, f in facts.items()
               if f.change is not None and f.change.amount is not None}
    assert amounts == {"900件": "120件", "880件": "115件"}
    doc = pressie.extract("全市查处酒驾98起,醉驾28起,事故四项指标同比分别下降30%、20%、35%和60%。",
                          published="2020-01-10")
    assert all(f.change is None for f in doc.facts
               if f.value is not None and f.value.text in ("98起", "28起"))


def test_a_written_year_then_the_event_and_its_starting_verb_dates_the_since() -> None:
    """2003年全市经侦支队组建以来: since 2003-01-01; 今年…行动开展以来 stays undated."""
    period = pressie.extract("2003年全市经侦支队组建以来,全市公安机关共立经济犯罪案件3200起。",
                             published="2006-05-01").facts[0].period
    assert period is not None and period.date_start == dt.date(2003, 1, 1)
    period = pressie.extract("今年冬季严打整治行动开展以来,全市公安机关共立案件320起。",
                             published="2006-05-01").facts[0].period
    assert period is None or period.date_start is None


def test_a_lead_sentence_standing_first_is_no_title() -> None:
    """嫌疑人刘某已潜逃18年。因为…,原籍河南… first, then the ministry's figures: national."""
    text = ("犯罪嫌疑人王某已潜逃15年。原籍河南的他远走他乡,在广州市一处菜市场被抓获。\n"
            "公安部统计,行动中全国共抓获在逃人员2.3万人。")
    doc = pressie.extract(text, published="2011-12-20")
    assert {f.region for f in doc.facts if f.value is not None and f.value.text == "2.3万人"
            } == {"中国"}


def test_two_rates_written_together_after_fenbie() -> None:
    """分别上升16%14.1% (a page that lost the 、): each level takes its own rate."""
    facts = _by_value("全市法院新收各类案件3000件,办结2800件,分别上升16%14.1%。", "2016-02-26")
    assert set(facts) == {"3000件", "2800件"}
    assert [facts[v].change.amount.text for v in ("3000件", "2800件")
            if facts[v].change and facts[v].change.amount] == ["16%", "14.1%"]


@pytest.mark.parametrize(
    ("text", "region"),
    [("2月3日召开的大通县政法工作会议上,县公安局被授予先进单位。全年全县共破获刑事案件320起。",
      "西宁市大通回族土族自治县"),
     ("酉阳县公安局通报,今年以来全县共查处毒品案件45起。", "重庆市酉阳土家族苗族自治县")],
)
def test_autonomous_counties_by_their_plain_names(text: str, region: str) -> None:
    """大通县 is 大通回族土族自治县, 酉阳县 酉阳土家族苗族自治县 (their releases' own names)."""
    doc = pressie.extract(text, published="2015-02-05")
    assert doc.facts and {f.region for f in doc.facts} == {region}


def test_a_place_before_a_quoted_event_names_no_region() -> None:
    """围绕上海“世博会”安保: Shanghai names the event, not the release's region."""
    text = ("围绕上海“世博会”安保工作,全省公安边防部队深入开展冬季行动。2010年,共破获刑事案件"
            "1554起。\n黑龙江省公安边防总队")
    doc = pressie.extract(text)
    assert doc.facts and all(f.region != "上海市" for f in doc.facts)


def test_the_turn_of_the_year_in_a_campaigns_name_is_no_period() -> None:
    """岁末年初打击…专项行动: a campaign's season, not January and February; the holiday
    written before goes on."""
    text = ("春节假期期间,全市公安机关设置卡点8个。纵深推进岁末年初打击传统侵财犯罪专项行动,"
            "快侦快破盗窃案件4起。")
    facts = _by_value(text, "2025-02-06")
    period = facts["4起"].period
    assert period is not None and period.date_start == dt.date(2025, 1, 28)


def test_police_departments_are_not_the_ministry() -> None:
    """据公安部门统计 (the police departments) makes no national release."""
    text = ("“禁燃令”实施后的首个春节 宁波火警比去年下降60%\n"
            "据公安部门统计,这个春节长假,宁波全市共接到燃放烟花爆竹报警38起。")
    doc = pressie.extract(text, published="2017-02-04")
    assert doc.facts and all(f.region == "宁波市" for f in doc.facts)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("元宵节当天,全国共接报火警3189起。", "2014-02-14", "2014-02-14"),
     ("国庆节当日,全市共接报警情300起。", "2014-10-01", "2014-10-01"),
     ("『十一』期间,全市共出动民警3000名。", "2014-10-01", "2014-10-07")],
)
def test_a_festivals_own_day_and_corner_quoted_holidays(text: str, start: str, end: str) -> None:
    """元宵节当天 is the festival's day; 『十一』期间 is the National Day holiday."""
    period = pressie.extract(text, published="2014-10-15").facts[0].period
    assert period is not None
    assert (str(period.date_start), str(period.date_end)) == (start, end)


def test_an_observance_named_with_its_year_dates_an_undated_page() -> None:
    """7月3日,…举行“2017年…食品安全宣传周主题日活动”,…今年以来…; 2016年,…: the page is of
    2017-07-03, its 今年以来 from 2017-01-01 to that day."""
    text = ("7月3日,省公安厅在广场举行“2017年全省食品安全宣传周主题日活动”,记者获悉,今年以来,"
            "全省食药类刑事案件立案69起。\n2016年,全省共侦办食药类刑事案件93起。")
    doc = pressie.extract(text)
    assert doc.reference_date == dt.date(2017, 7, 3)
    assert period_of(_values(doc)["69起"]) == (dt.date(2017, 1, 1), dt.date(2017, 7, 3))


def test_a_clause_naming_its_rates_period_and_shared_points() -> None:
    """2013年…重刑率为22.08%,2014年1-5月的重刑率为23.06%,分别高出…11.29和13.85个百分点: the
    second rate is of 2014年1-5月; 11.29 shares 个百分点 and each rate takes its lead."""
    text = ("2013年全市毒品犯罪案件的重刑率为22.08%,2014年1-5月的重刑率为23.06%,分别高出同期"
            "全部刑事案件重刑率11.29和13.85个百分点。")
    facts = _by_value(text, "2014-06-26")
    period = facts["23.06%"].period
    assert period is not None and period.date_start == dt.date(2014, 1, 1)
    assert not facts["23.06%"].metric.startswith("的")
    leads = {v: (f.change.amount.value, f.change.amount.unit) for v, f in facts.items()
             if f.change is not None and f.change.amount is not None}
    assert leads == {"22.08%": (11.29, "pp"), "23.06%": (13.85, "pp")}


def test_a_bare_verb_takes_the_object_of_the_figure_before_past_its_change() -> None:
    """受理刑事案件564件,同比下降25.69%,审结540件: 审结刑事案件."""
    facts = _by_value("去年,全院受理刑事案件564件,同比下降25.69%,审结540件,判处罪犯1032人。",
                      "2021-02-01")
    assert facts["540件"].metric == "审结刑事案件"
    assert facts["1032人"].metric == "判处罪犯"


def test_a_since_month_and_its_years_counted_date_an_undated_page() -> None:
    """…一年来破获毒品案件 / 6月24日电 …2021年6月至今: written in 2022, to 2022-06-24."""
    text = ("全区打击毒品犯罪 一年来破获毒品刑事案件439起\n"
            "呼和浩特6月24日电 记者24日从自治区公安厅获悉,2021年6月至今,公安机关共破获毒品刑事"
            "案件439起,抓获犯罪嫌疑人755人。")
    doc = pressie.extract(text)
    assert doc.reference_date == dt.date(2022, 6, 24)
    assert period_of(_values(doc)["755人"]) == (dt.date(2021, 6, 1), dt.date(2022, 6, 24))


def test_a_yearless_as_of_day_keeps_a_campaigns_year_current() -> None:
    """自“网络2020”专项行动启动以来…截至6月9日: the campaign is under way in 2020."""
    text = ("自“网络2020”专项行动启动以来,县公安局始终坚持以战促管。截至6月9日,共破获电信网络"
            "诈骗案件12起。")
    period = pressie.extract(text).facts[0].period
    assert period is not None and period.date_end == dt.date(2020, 6, 9)


def test_the_bare_day_opening_a_datelines_lead() -> None:
    """兰州六月二十四日电(记者 某某)二十四日,…焚烧毒品四百公斤: that day, not a since-period
    written in the next paragraph."""
    text = ("中新社兰州六月二十四日电(记者 王某)二十四日,警方在兰州公开焚烧毒品四百公斤。\n"
            "该省从2000年开始,连续实施了三个三年禁毒规划。")
    fact = _by_value(text, "2009-06-24")["四百公斤"]
    assert period_of(fact) == (dt.date(2009, 6, 24), dt.date(2009, 6, 24))


def test_review_cases_of_the_thirteenth_round() -> None:
    """The review's inputs: each a rule's edge, written as the genre writes it."""
    def day(text: str, published: str) -> tuple[dt.date | None, dt.date | None]:
        period = pressie.extract(text, published=published).facts[0].period
        assert period is not None
        return period.date_start, period.date_end

    # a festival's own day: in its own year, and by the lunar calendar
    assert day("2023年元旦当天,全市共接报警情860起。", "2023-01-05")[0] == dt.date(2023, 1, 1)
    assert day("端午节当天,全市查处酒驾违法行为35起。", "2024-06-12")[0] == dt.date(2024, 6, 10)
    assert day("中秋节当天,全市查处酒驾违法行为35起。", "2024-09-20")[0] == dt.date(2024, 9, 17)
    # 年底一举 is still 年底; only 年初 + a numeral is a lunar day
    assert day("2020年底一举打掉诈骗团伙,抓获犯罪嫌疑人15名。", "2021-03-01") == (
        dt.date(2020, 12, 1), dt.date(2020, 12, 31))
    # years counted in another sentence do not date the page
    from pressie.periods.analyze import text_year

    assert text_year("自2017年6月以来,我局开展专项行动。今年以来,共破获案件35起。"
                     "派出所成立二十年来,始终坚持为民服务。") == 2017
    # a part's changes (其中…分别) stay the part's
    facts = _by_value("全年共受理刑事案件1134件,审结1123件,其中未成年人犯罪案件分别同比下降"
                      "12%和15%。", "2021-01-20")
    assert facts["1134件"].change is None and facts["1123件"].change is None
    # the compared levels of a pair written with 、
    facts = _by_value("今年1-5月,全市共受理刑事案件18件20人,去年同期为34件、46人。", "2021-06-20")
    ch = facts["20人"].change
    assert ch is not None and ch.baseline is not None and ch.baseline.text == "46人"
    # a national title led by its verb
    doc = pressie.extract("全国侦破电信网络诈骗案件37.1万起\n今年以来,各地共侦破电信网络诈骗案件"
                          "37.1万起,抓获犯罪嫌疑人50.5万名。", published="2022-08-01")
    assert {f.region for f in doc.facts} == {"中国"}


def test_this_years_half_told_weeks_before_it_ends_is_this_years() -> None:
    """今年上半年 on a page of May 19: the loose H1 of that year, not a repost of the year
    before (that is for 今年上半年 on a March page)."""
    period = pressie.extract("今年上半年,全市共破获各种刑事案件547起。",
                             published="2012-05-19").facts[0].period
    assert period is not None and period.date_start == dt.date(2012, 1, 1)
    period = pressie.extract("今年上半年,全市共破获各种刑事案件547起。",
                             published="2012-03-02").facts[0].period
    assert period is not None and period.date_start == dt.date(2011, 1, 1)


def test_a_multiple_of_a_written_year_keeps_that_year_as_its_base() -> None:
    """是2017年的3倍: the change compares with 2017, its base period."""
    change = pressie.extract("2019年,全市破获案件300起,是2017年的3倍。",
                             published="2020-01-20").facts[0].change
    assert change is not None and change.basis == "baseline"
    assert change.base_period is not None
    assert change.base_period.date_start == dt.date(2017, 1, 1)


def test_a_rate_noun_without_a_comparison_is_unmarked_like_any_change() -> None:
    """2025年,…违法犯罪警情降幅9.07%: within a year, yoy (spec 4); 五年来…降幅 stays baseline."""
    change = pressie.extract("2025年,全省公安110共接报警情770余万起,其中违法犯罪警情降幅9.07%。",
                             published="2026-01-20").facts[-1].change
    assert change is not None and change.basis == "yoy"
    change = pressie.extract("五年来,全省命案发案降幅达到30%。",
                             published="2026-01-20").facts[-1].change
    assert change is not None and change.basis == "baseline"


def test_a_change_after_a_streak_of_years_is_over_those_years() -> None:
    """…连续三年呈下降态势,下降率分别为42.8%和44.8%: baseline (over the streak), even in a
    paragraph of one year."""
    text = ("2020年,全区吸毒人员查获数、新增吸毒人员连续三年呈下降态势,下降率分别为40.1%和"
            "41.2%。")
    facts = pressie.extract(text, published="2021-06-20").facts
    assert {f.change.basis for f in facts if f.change is not None} == {"baseline"}


def test_a_space_after_he_in_a_list_of_changes() -> None:
    """…事故发生次数和死亡人数均比去年同期增长2%和 12.5% (a space after 和): a list, each
    rate the level it measures."""
    facts = _by_value("1至9月,全区共发生道路交通事故7190起,死亡1624人,事故发生次数和死亡人数均比"
                      "去年同期增长2%和 12.5%。", "2004-10-20")
    amounts = {v: f.change.amount.text for v, f in facts.items()
               if f.change is not None and f.change.amount is not None}
    assert amounts == {"7190起": "2%", "1624人": "12.5%"}


def test_distributed_rates_pass_over_a_rate_written_between() -> None:
    """受理…件,审结…件,结案率为93%,分别比上年上升1.6%和1.8%: the counts' changes."""
    facts = _by_value("2012年,全市法院共受理各类案件8900件,审结8300件,结案率为93.26%,分别比上年"
                      "上升1.6%和1.8%。", "2013-02-01")
    amounts = {v: f.change.amount.text for v, f in facts.items()
               if f.change is not None and f.change.amount is not None}
    assert amounts == {"8900件": "1.6%", "8300件": "1.8%"}
