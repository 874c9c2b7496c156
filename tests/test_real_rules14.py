"""Rules of the fourteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import change_of, period_of

import pressie


def _values(doc: pressie.Document) -> dict[str | None, pressie.Fact]:
    return {f.value.text if f.value is not None else None: f for f in doc.facts}


def test_a_report_heard_on_a_day_written_without_a_dash_dates_the_page() -> None:
    """The day a work report was delivered or heard, at a line's head without the dash
    (2014年2月10日,在…人大三次会议上) or as the title block's line (…工作报告 / 2010年1月20日在
    某市 / 第十四届人民代表大会…会议上), is the page's event day: 今年以来 ends there."""
    body = "今年以来,全县法院共受理各类案件3512件。"
    heard = pressie.extract(
        "2014年2月10日,在县第十七届人大三次会议上,听取和审议了县法院的工作报告。\n" + body)
    assert heard.event_date == heard.reference_date == dt.date(2014, 2, 10)
    block = pressie.extract("某市人民法院工作报告\n2010年1月20日在某市\n"
                            "第十四届人民代表大会第四次会议上\n" + body)
    assert block.reference_date == dt.date(2010, 1, 20)
    fact = _values(block)["3512件"]
    assert fact.period is not None and fact.period.date_end == dt.date(2010, 1, 20)
    # a day in the body that is no meeting's is no event day
    plain = pressie.extract("2010年1月20日,某市公安局破获盗窃案件12起。\n" + body)
    assert plain.event_date is None and plain.reference_date is None


def test_written_out_counts_that_close_listed_items_are_counts() -> None:
    """气枪二支、管制刀具二把以及子弹四十二发: a small written-out count after its noun closes a
    listed item and is a count, while one inside a list of slogans (三严三实、四个意识) and a
    vehicle's name (三轮、四轮车) are none."""
    doc = pressie.extract("民警随后在其住处搜出气枪二支、管制刀具二把以及子弹四十二发。",
                          published="2007-06-28")
    facts = _values(doc)
    assert set(facts) == {"二支", "二把", "四十二发"}
    assert facts["二把"].metric is not None and "管制刀具" in facts["二把"].metric
    slogans = pressie.extract("全局民警牢固树立四个意识、坚定四个自信。", published="2019-06-01")
    assert slogans.facts == []
    wheels = pressie.extract("追回被盗电动自行车以及三轮、四轮车40余辆。", published="2019-06-01")
    assert [f.value.text for f in wheels.facts if f.value is not None] == ["40余辆"]


def test_a_count_joined_to_the_next_item_by_ji_takes_the_noun_before_it() -> None:
    """猎枪2支、子弹4发及打猎用的黑火药: 及 after a count joins the next item; the noun after
    it is no object of the count."""
    facts = _values(pressie.extract(
        "警方在黄某家中缴获猎枪2支、子弹4发及打猎用的黑火药。", published="2007-06-28"))
    fact = facts["4发"]
    assert fact.metric is not None and "子弹" in fact.metric and "火药" not in fact.metric


def test_a_change_after_a_share_is_the_counts() -> None:
    """…证件12321件,占全省57%,比上年增长4%: a share changes by points, so a rate of change
    after it is the count's; 与上年持平 past a share is the count's too; the share names what
    it is a share of (the count's metric), not only its verb."""
    doc = pressie.extract("2021年,某市公安局受理、审批出入境证件12321件,占全省57%,比上年增长4%;"
                          "受理港澳通行证11293件,占全省47%,与上年持平。", published="2022-03-01")
    facts = _values(doc)
    count, share = facts["12321件"], facts["57%"]
    assert change_of(count) == ("up", "4%")
    assert share.change is None
    assert share.metric is not None and "出入境证件" in share.metric
    flat = facts["11293件"].change
    assert flat is not None and flat.direction == "flat"
    # a share's own change in points stays the share's
    doc = pressie.extract("2021年,全市破获电诈案件1200起,占全部案件的30%,比上年提高5个百分点。",
                          published="2022-03-01")
    facts = _values(doc)
    assert facts["1200起"].change is None
    assert facts["30%"].change is not None


def test_a_place_qualifying_a_document_noun_is_no_scope() -> None:
    """台湾通行证45件: the place qualifies the permit; the figure is the city bureau's."""
    doc = pressie.extract("2021年,海口市公安局受理护照983件;台湾通行证45件,减少16%。",
                          published="2022-03-01")
    facts = _values(doc)
    assert facts["45件"].region == "海口市" and facts["983件"].region == "海口市"
    assert facts["45件"].metric is not None and "台湾通行证" in facts["45件"].metric


def test_kinds_summed_up_after_deng_are_what_a_total_counts() -> None:
    """“杀人、抢劫、伤害”等八类案件共立案5493起: the topic after 等 is what is counted."""
    facts = _values(pressie.extract(
        "2005年,全市“杀人、抢劫、伤害”等八类案件共立案5493起,下降10.1%。", published="2006-01-23"))
    metric = facts["5493起"].metric
    assert metric is not None and "八类案件" in metric and "杀人" not in metric


def test_quoted_lists_are_not_cut_and_bijiao_is_no_comparison() -> None:
    """扰乱公共秩序和“黄、赌、毒”案件分别下降16.4%和3.5%: two subjects (the 、 inside quotes
    cuts nothing); 比较强烈 is an adverb, so the unmarked changes of a year are yoy."""
    doc = pressie.extract(
        "2005年,群众反映比较强烈的扰乱公共秩序和“黄、赌、毒”案件分别下降16.4%和3.5%。",
        published="2006-01-23")
    assert len(doc.facts) == 2
    assert doc.facts[1].metric == "“黄、赌、毒”案件"
    assert all(f.change is not None and f.change.basis == "yoy" for f in doc.facts)
    doc = pressie.extract("2005年,全市盗窃案件1200起,比较去年下降3.5%。", published="2006-01-23")
    assert doc.facts[0].change is not None and doc.facts[0].change.basis == "baseline"


def test_jiao_of_a_category_is_no_comparison_marker() -> None:
    """…,交通事故死亡人数、较大事故起数同比分别下降27.9%、16.7%: 较大事故 is a category; the
    listed nouns are the changes' subjects, not the figures written before them."""
    doc = pressie.extract("全国公安机关整改安全隐患56.7万处,查处酒驾醉驾67.4万起,交通事故死亡人数、"
                          "较大事故起数同比分别下降27.9%、16.7%。", published="2020-09-01")
    facts = _values(doc)
    assert facts["56.7万处"].change is None and facts["67.4万起"].change is None
    only = [f for f in doc.facts if f.value is None]
    assert [(f.metric, f.change.amount.text) for f in only
            if f.change is not None and f.change.amount is not None] == [
        ("交通事故死亡人数", "27.9%"), ("较大事故起数", "16.7%")]


def test_a_breakdown_by_police_body_counts_what_the_total_counts() -> None:
    """…共接有效报警2291起,其中汉滨分局1782起、高新分局339起: the items named by bodies (a
    place with 分局, or an agency) count the total's 有效报警, item after item."""
    doc = pressie.extract("本周中心城区共接有效报警2291起,其中汉滨分局1782起、高新分局339起、"
                          "恒口分局170起。", published="2020-09-01")
    facts = _values(doc)
    assert all(facts[v].metric == facts["2291起"].metric for v in ("1782起", "339起", "170起"))
    assert facts["2291起"].metric is not None and "有效报警" in facts["2291起"].metric


def test_negated_procedure_verbs_count_on_their_own() -> None:
    """…批准逮捕…8668人,不捕2920人 / 决定起诉…12880人,不起诉2712人: 不捕 and 不起诉 are
    verbs of their own (no 批准逮捕 carried onto them, no object of the clause before); 对 +
    the persons dealt with stays in the metric (对未成年犯罪嫌疑人批捕3987人)."""
    facts = _values(pressie.extract(
        "2020年1至3月,全国检察机关共批准逮捕侵害未成年人犯罪8668人,不捕2920人;共决定起诉"
        "侵害未成年人犯罪12880人,不起诉2712人。其中,对未成年犯罪嫌疑人批捕3987人,不捕2003人。",
        published="2020-05-01"))
    assert facts["2920人"].metric == "不捕" and facts["2003人"].metric == "不捕"
    assert facts["2712人"].metric == "不起诉"
    assert facts["3987人"].metric == "对未成年犯罪嫌疑人批捕"


def test_a_noun_opening_with_bei_after_a_count_is_its_object() -> None:
    """追回12辆被盗车辆 / 对15名被执行人进行司法拘留: 被盗, 被执行人 open the noun after the
    count; 连续6次被盗, a predicate, is no such noun."""
    assert _values(pressie.extract("追回12辆被盗车辆。", published="2020-05-01"))[
        "12辆"].metric == "追回被盗车辆"
    fact = _values(pressie.extract("共对15名被执行人进行司法拘留。",
                                   published="2020-05-01"))["15名"]
    assert fact.metric is not None and "被执行人" in fact.metric
    gangs = _values(pressie.extract("广东省警方共捣破42个有组织跨境犯罪集团。",
                                    published="2014-12-30"))["42个"]
    assert gangs.metric == "捣破有组织跨境犯罪集团"
    fact = _values(pressie.extract("自2023年5月起,该项目电缆连续6次被盗。",
                                   published="2024-10-15")).get("6次")
    assert fact is None or fact.metric != "被盗"


def test_page_chrome_read_counts_and_the_bureau_itself_are_no_figures_or_metrics() -> None:
    """2023-10-08 11次阅读 is page chrome; 该局 opening a clause is its scope, not its metric."""
    doc = pressie.extract(
        "保康县公安局 2023-10-08 11次阅读\n国庆假期,该局立案侦办走私犯罪案件16起。",
        published="2023-10-08")
    assert [f.value.text for f in doc.facts if f.value is not None] == ["16起"]
    assert doc.facts[0].metric == "立案侦办走私犯罪案件"


def test_days_named_relative_to_the_report_are_dated() -> None:
    """昨日,…捣毁… (the day before the report's day), 今天下午, 前天: days relative to the
    reference day; a dateline and byline before the heading day do not stop it heading its
    paragraph; 今日起 and 今日头条 are no such days."""
    doc = pressie.extract("本报讯(记者 李明)昨日,某区公安分局在辖区发起清剿传销窝点行动。"
                          "警方现场捣毁两个传销窝点,挡获传销人员100多人。目前,警方正在审查。",
                          published="2012-11-07")
    for fact in doc.facts:
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (dt.date(2012, 11, 6),) * 2
    doc = pressie.extract("前天下午,民警抓获盗窃嫌疑人3名。", published="2012-11-07")
    assert doc.facts[0].period is not None
    assert doc.facts[0].period.date_start == dt.date(2012, 11, 5)
    for text in ("今日起,全市开展整治行动,已查处违法车辆12辆。",
                 "今日头条报道,警方抓获嫌疑人1名。"):
        fact = pressie.extract(text, published="2012-11-07").facts[0]
        assert fact.period is None or fact.period.text not in ("今日", "今日起")


def test_a_dateline_in_chinese_numerals_dates_the_report_also_when_published() -> None:
    """中新社肇庆六月二十七日电 … 今天下午: the dateline's day is the report's, also when the
    page went online two days later, and also for a repost put online months later (the
    golds date a repost by its own dateline: 中新网 杭州12月28日电 on a page of the next
    November); a month and day after the publication's are the year before's."""
    text = "中新社肇庆六月二十七日电 (记者 李明) 今天下午,肇庆警方公开销毁枪支367支。"
    doc = pressie.extract(text, published="2007-06-29")
    assert doc.event_date == dt.date(2007, 6, 27)
    assert doc.facts[0].period is not None
    assert doc.facts[0].period.date_start == dt.date(2007, 6, 27)
    late = pressie.extract(text, published="2007-09-29")
    assert late.event_date == dt.date(2007, 6, 27) == late.reference_date
    early = pressie.extract(text, published="2007-06-20")  # (the 27th of the year before)
    assert early.event_date == dt.date(2006, 6, 27)


def test_a_holidays_nth_day_is_that_day() -> None:
    """国庆长假第二天 is the second day of the National Day holiday; 春节假期首日 its first."""
    doc = pressie.extract("国庆长假第二天,全国共查处客运车辆超员534起,同比增加202起。",
                          published="2019-10-03")
    assert period_of(doc.facts[0]) == (dt.date(2019, 10, 2),) * 2
    doc = pressie.extract("春节假期首日,全省共查处酒驾12起。", published="2019-02-06")
    period = doc.facts[0].period
    assert period is not None and period.date_start == period.date_end == dt.date(2019, 2, 4)
    doc = pressie.extract("国庆假期,全省共查处酒驾120起。", published="2019-10-08")
    period = doc.facts[0].period
    assert period is not None and period.date_start != period.date_end


def test_n_years_start_at_the_data_range_written_before() -> None:
    """2022年1月1日至2023年6月30日,… (a paragraph), then 两年来,…: the range written first
    starts those two years (spec: the written start wins over (R-N)-01-01)."""
    doc = pressie.extract("2022年1月1日至2023年6月30日,全院共受理执行案件3643件。\n"
                          "两年来,共将668名被执行人纳入失信人名单。", published="2023-09-11")
    period = _values(doc)["668名"].period
    assert period is not None and period.date_start == dt.date(2022, 1, 1)
    doc = pressie.extract("两年来,共将668名被执行人纳入失信人名单。", published="2023-09-11")
    period = doc.facts[0].period
    assert period is not None and period.date_start == dt.date(2021, 1, 1)


def test_a_difference_in_an_earlier_levels_unit_is_that_levels() -> None:
    """…涉酒事故424起,死亡128人,同比2009年涉酒事故减少526起: 526起 is the 424起's change,
    not the 128人's."""
    facts = _values(pressie.extract(
        "2010年全省共发生涉酒事故424起,死亡128人,同比2009年涉酒事故减少526起,死亡人数减少211人。",
        published="2011-01-10"))
    change = facts["424起"].change
    assert change is not None and change.amount is not None and change.amount.text == "526起"
    other = facts["128人"].change
    assert other is None or other.amount is None or other.amount.text != "526起"


FIRE_BULLETIN = (
    "2012年1—10月份,某州共发生火灾40起(其中兴义市20起、顶效开发区5起、兴仁县3起,其他2起),"
    "伤2人,死亡3人,直接财产损失1000000元,与去年同期相比(2011年1—10月份,全州共发生火灾60起"
    "[其中兴义市30起、兴仁县6起],无人员伤亡,直接财产损失2000000元),起数下降33.3%,"
    "死人数上升300%,伤人数上升200%,直接财产损失下降50%。")


def test_a_bracketed_breakdown_by_place_counts_what_its_total_counts() -> None:
    """…火灾40起(其中兴义市20起、顶效开发区5起、兴仁县3起,其他2起): the items (places by
    their administrative suffix, and the rest after them) count the total's 发生火灾, each
    in its own place."""
    facts = [f for f in pressie.extract(FIRE_BULLETIN, published="2012-11-05").facts
             if f.value is not None]
    first = {f.value.text: f for f in facts[:5]}
    assert all(first[v].metric == "发生火灾" for v in ("20起", "5起", "3起", "2起"))
    assert first["20起"].region is not None and first["20起"].region.endswith("兴义市")
    # a category's rest is no place's: 纠纷4起、其他8起 keeps its own words
    doc = pressie.extract("全县公安机关接报警303起,其中刑事警情3起、纠纷4起、其他8起。",
                          published="2021-08-05")
    assert _values(doc)["8起"].metric != _values(doc)["303起"].metric


def test_the_compared_periods_own_figures_in_brackets_and_the_measures_after_them() -> None:
    """与去年同期相比(2011年1—10月份,全州共发生火灾60起[…],…): the bracket's clause has
    its own period and figures; 起数/死人数/伤人数/直接财产损失 after it measure the levels
    written before the bracket, not the bracket's."""
    facts = [f for f in pressie.extract(FIRE_BULLETIN, published="2012-11-05").facts
             if f.value is not None]
    by_value = {f.value.text: f for f in facts}
    old = by_value["60起"]
    assert old.period is not None and old.period.date_start == dt.date(2011, 1, 1)
    assert old.change is None
    loss = by_value["2000000元"]
    assert loss.metric is not None and "," not in loss.metric and "]" not in loss.metric
    for value, amount in (("40起", "33.3%"), ("3人", "300%"), ("2人", "200%"),
                          ("1000000元", "50%")):
        ch = by_value[value].change
        assert ch is not None and ch.amount is not None and ch.amount.text == amount


def test_a_citys_colloquial_short_name_is_that_city() -> None:
    """哈市警方 / 呼市公安局: the colloquial short names of some cities (lexicon
    locations_aliases.tsv) are their places; the release is the city's."""
    doc = pressie.extract("哈市警方180天抓捕命案逃犯186名\n"
                          "本报讯 今年以来,哈市公安机关共抓获各类逃犯2072人。",
                          published="2011-12-01")
    assert {(e.label, e.canonical) for e in doc.entities} >= {("LOCATION", "哈尔滨市")}
    assert all(f.region == "哈尔滨市" for f in doc.facts)


def test_a_body_grading_the_persons_counted_is_no_scope() -> None:
    """公安部B级通缉的逃犯5人, 公安部和省公安厅督捕的逃犯46人, 公安部督捕的118名: the ministry
    grades the fugitives a city's police caught; the figures stay the city's."""
    doc = pressie.extract("哈市警方共抓获各类逃犯2072人。其中包括公安部B级通缉的逃犯5人,"
                          "公安部和省公安厅督捕的逃犯46人,公安部督捕的118名。",
                          published="2011-12-01")
    assert all(f.region == "哈尔滨市" for f in doc.facts)
    assert all(f.scope is None or "公安部" not in f.scope for f in doc.facts)


def test_page_chrome_glued_to_the_lead_leaves_the_lead_its_facts() -> None:
    """发布日期:2023-09-11 13:56 点击次数:115某省公安厅通报…: the chrome is boilerplate (its
    date the page's), the lead glued to it is a paragraph of its own."""
    doc = pressie.extract("发布日期:2023-09-11 13:56 点击次数:115某省公安厅14日通报,今年1月至8月,"
                          "全省止付冻结资金207.71亿元,避免群众损失42.2亿元。")
    assert doc.published == dt.date(2023, 9, 11)
    assert [f.value.text for f in doc.facts if f.value is not None] == ["207.71亿元", "42.2亿元"]
    assert doc.sections[0].kind == "boilerplate" and doc.sections[0].text.startswith("发布日期")


def test_average_annual_rates_given_each_level_are_their_changes() -> None:
    """…90095件、110925人,年平均增长率分别为18.25%和17.10%: the averaged rates written with
    分别 are the levels' changes, yoy (an average annual change)."""
    doc = pressie.extract("2007年至2014年,全省法院新收一审毒品犯罪案件90095件、110925人,"
                          "年平均增长率分别为18.25%和17.10%。", published="2015-06-21")
    facts = _values(doc)
    assert set(facts) == {"90095件", "110925人"}
    for value, amount in (("90095件", "18.25%"), ("110925人", "17.10%")):
        ch = facts[value].change
        assert ch is not None and ch.amount is not None
        assert (ch.direction, ch.amount.text, ch.basis) == ("up", amount, "yoy")


def test_the_toll_of_events_takes_no_event_verb() -> None:
    """发生交通事故4116起,死433人,伤2477人,损失1799.9万元: the toll counts no 发生 (no 发生死,
    发生伤), each toll word is its metric."""
    doc = pressie.extract("今年1至11月,全市发生交通事故4116起,死433人,伤2477人,损失1799.9万元。",
                          published="2004-12-10")
    assert [f.metric for f in doc.facts] == ["发生交通事故", "死", "伤", "损失"]


def test_a_day_first_header_date_and_a_bare_long_holiday() -> None:
    """08.10.2015 09:25 (a news system's day-first header) dates the page; 长假期间 with no
    holiday named is the official long holiday the release looks back on (国庆, 1-7 October
    2015)."""
    doc = pressie.extract("江苏高速路出口流量平稳\n\n08.10.2015  09:25\n\n"
                          "长假期间,全省共投入警力8.3万人次,查处各类交通违法行为107万起。")
    assert doc.published == dt.date(2015, 10, 8)
    for fact in doc.facts:
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (
            dt.date(2015, 10, 1), dt.date(2015, 10, 7))
    # months after any holiday, a bare 长假 stays undated
    late = pressie.extract("长假期间,全省共投入警力8.3万人次。", published="2015-12-08")
    assert late.facts[0].period is None or late.facts[0].period.date_start is None


def test_an_action_framed_by_its_days_and_the_meeting_that_deployed_it() -> None:
    """本报北京8月19日电 …在8月10日至15日开展的全国集中收缴管制刀具统一行动中,… / 公安部8月8日
    召开…电视电话会议,部署开展…统一行动。行动期间,…: the days opening the frame date it (a
    range, not its first day); the deploying meeting is no page day (the dateline is);
    行动期间 takes the action's days."""
    text = ("本报北京8月19日电 记者从公安部治安局获悉,在8月10日至15日开展的全国集中收缴管制刀具"
            "统一行动中,各地共收缴管制刀具51万余把。\n"
            "公安部8月8日召开全国公安机关电视电话会议\n,部署开展集中收缴管制刀具统一行动。"
            "行动期间,各地共出动警力3万余人次。")
    doc = pressie.extract(text, published="2006-08-20")
    assert doc.event_date == dt.date(2006, 8, 19)
    for fact in doc.facts:
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (
            dt.date(2006, 8, 10), dt.date(2006, 8, 15))


def test_a_level_compared_with_the_provinces_average_changes_by_that() -> None:
    """…受理各类案件50101件,同比上升34.11%,比全省平均高出19.81%: 高出 is a change word; the
    province's average is what the level is compared with (basis baseline), no subject of a
    fact of its own; 结案率为91.27%,比全省平均高出2.14% likewise."""
    doc = pressie.extract("2017年,全市法院共受理各类案件50101件,同比上升34.11%,比全省平均高出"
                          "19.81%;综合结案率为91.27%,比全省平均高出2.14%。", published="2017-12-25")
    assert all(f.metric and "全省" not in f.metric for f in doc.facts)
    compared = [f for f in doc.facts if f.change is not None and f.change.amount is not None
                and f.change.amount.text == "19.81%"]
    assert len(compared) == 1 and compared[0].metric == "受理各类案件"
    assert compared[0].change is not None and compared[0].change.basis == "baseline"
    rate = _values(doc)["91.27%"].change
    assert rate is not None and rate.amount is not None and rate.amount.text == "2.14%"


def test_a_quarters_as_of_note_and_changes_closing_a_levels_brackets() -> None:
    """今年一季度(截至3月31日止): the note keeps the quarter; 执行案件315件(包括行政非诉执行案件
    7件,同比增长42.53%) and 其他案件2件(公示催告1件,破产案件1件,同比增长100%): the change
    closing the brackets is the level's; a rate's own change in brackets stays the rate's."""
    doc = pressie.extract(
        "今年一季度(截至3月31日止),我院受理行政案件11件(包括行政非审案件,同比下降8.33%),"
        "其他案件2件(公示催告1件,破产案件1件,同比增长100%),执行案件315件(包括行政非诉执行"
        "案件7件,同比增长42.53%),结案率为47.57%(调撤率为70%,同比上升了6.72个百分点)。",
        published="2024-04-05")
    facts = _values(doc)
    for value, amount in (("11件", "8.33%"), ("2件", "100%"), ("315件", "42.53%"),
                          ("70%", "6.72个百分点")):
        ch = facts[value].change
        assert ch is not None and ch.amount is not None and ch.amount.text == amount
    assert facts["7件"].change is None and facts["47.57%"].change is None
    assert period_of(facts["315件"]) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))


def test_a_period_after_the_subject_past_a_news_dateline_frames_the_paragraph() -> None:
    """东北网1月13日讯 全省…网安部门去年受理…。在“清网行动”中,抓获…: 去年 after the subject
    frames the paragraph also when a news dateline opens the line."""
    doc = pressie.extract("东北网1月13日讯 全省公安机关各级网安部门去年受理网上各类案件共计1831起。"
                          "在“清网行动”中,抓获网上逃犯1343人。", published="2012-01-13")
    for fact in doc.facts:
        assert fact.period is not None and fact.period.date_start == dt.date(2011, 1, 1)


def test_the_review_findings_of_the_round_stay_fixed() -> None:
    """Inputs from the round's review: a holiday day past its length is the holiday (no
    crash); 小长假 is any holiday; aliases and place suffixes inside common words (最佳市民,
    超市) name no place; 和谐, 高等, 人阅读 and 一中 are words, not list marks or chrome."""
    doc = pressie.extract("2014年元旦假期第二天,全市共接报警情480起。", published="2019-05-06")
    assert doc.facts[0].period is not None and doc.facts[0].period.date_start == dt.date(2014, 1, 1)
    holiday = pressie.extract("小长假期间,全市共接报警情480起。", published="2019-04-08")
    period = holiday.facts[0].period
    assert period is not None and period.date_start == dt.date(2019, 4, 5)
    assert pressie.extract("评选最佳市民10名。", published="2019-01-01").entities == []
    doc = pressie.extract("今年以来共发生盗窃案件48起(其中超市21起、商场5起、其他1起)。",
                          published="2019-05-01")
    assert all(f.scope is None for f in doc.facts)
    facts = _values(pressie.extract("创建3个和谐社区,高等院校盗窃案件共立案50起,"
                                    "吸引群众500人阅读宣传材料。", published="2019-01-01"))
    assert facts["3个"].metric == "和谐社区" and facts["500人"].metric is not None
    assert facts["50起"].metric is not None and "高等院校" in facts["50起"].metric
    assert pressie.extract("走访市一中、二中、三中3所学校。", published="2019-01-01").facts == []


def test_an_action_started_on_a_day_up_to_now() -> None:
    """从今年7月15日…百日行动开始至今: from the written day to the reference date."""
    doc = pressie.extract(
        "从今年7月15日食品安全大整治百日行动开始至今,全市共破获食品犯罪案件56起。",
        published="2012-11-26")
    assert period_of(doc.facts[0]) == (dt.date(2012, 7, 15), dt.date(2012, 11, 26))


def test_a_multiple_of_the_level_before_a_reform_is_a_change() -> None:
    """年均抓获逃犯996人,是改革前的2.1倍: a multiple of the level before an event (改革前,
    整治前) is the level's change, compared with that level (baseline)."""
    doc = pressie.extract("三年来,全市年均抓获逃犯996人,是改革前的2.1倍。", published="2008-05-04")
    ch = doc.facts[0].change
    assert ch is not None and ch.amount is not None
    assert (ch.direction, ch.amount.text, ch.basis) == ("up", "2.1倍", "baseline")


def test_the_railways_summer_season_is_dated() -> None:
    """今年暑运 is the railway's summer season, 1 July to 31 August; 暑运以来 runs from its
    start to the reference date."""
    doc = pressie.extract("今年暑运,铁警抓获在逃嫌疑人471名。暑运以来,共查破各类治安案件244起。",
                          published="2019-08-31")
    first, second = doc.facts
    assert first.period is not None and second.period is not None
    assert (first.period.date_start, first.period.date_end) == (
        dt.date(2019, 7, 1), dt.date(2019, 8, 31))
    assert second.period.date_start == dt.date(2019, 7, 1)


def test_a_rank_between_a_level_and_its_change_names_no_subject() -> None:
    """新收案件786642件,居全国第7位,同比增长36.51%: the rank clause is no subject; the change
    is the level's."""
    doc = pressie.extract("2021年上半年,全省法院新收案件786642件,居全国第7位,同比增长36.51%。",
                          published="2021-07-20")
    assert len(doc.facts) == 1
    ch = doc.facts[0].change
    assert ch is not None and ch.amount is not None and ch.amount.text == "36.51%"
