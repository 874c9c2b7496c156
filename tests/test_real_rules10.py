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


def _one(text: str, value: str, published: str | None = None) -> pressie.Fact:
    return next(f for f in _facts(text, published) if f.value is not None
                and f.value.text == value)


def test_listed_places_share_the_noun_after_their_facility() -> None:
    """罗湖、福田、皇岗口岸日均出入境人员分别为…: the places are subjects, each figure counts
    日均出入境人员."""
    text = ("国庆假期,甲湾、乙田、丙岗口岸日均出入境人员分别为21万人次、12.5万人次、"
            "6.1万人次。")
    for v in ("21万人次", "12.5万人次", "6.1万人次"):
        assert _one(text, v, "2023-10-09").metric == "日均出入境人员"


def test_listed_categories_keep_their_own_words() -> None:
    """刑事、治安警情分别…: short categories without a facility word keep their names."""
    text = "今年以来,全市刑事、治安警情分别为1200起、3400起。"
    metrics = {_one(text, v, "2024-05-01").metric for v in ("1200起", "3400起")}
    assert not any(m == "警情" for m in metrics), metrics


def test_until_written_zhi_zhi_closes_a_start_written_before() -> None:
    """自今年5月开始…,至6月20日止,缴获…: one period from May 1 to June 20."""
    text = "全区自今年5月开始开展边境禁毒专项行动,至6月20日止,共缴获各类毒品3000多克。"
    fact = _one(text, "3000多克", "2010-06-26")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2010, 5, 1), dt.date(2010, 6, 20))


def test_as_of_end_of_an_action_days_named_by_its_noun() -> None:
    """9月10日至9月13日,为期3天的…收网行动在全省进行。截止9月13日20时,…: the action's
    days, though no start verb follows the range."""
    text = ("9月10日20时至9月13日20时,为期3天的集中收网行动在全省进行。"
            "截止9月13日20时,全省共出动警力6万人次。")
    fact = _one(text, "6万人次", "2009-09-14")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2009, 9, 10), dt.date(2009, 9, 13))


def test_a_bare_month_start_opens_the_paragraph_period() -> None:
    """今年3月开始,…开展…专项行动。至6月20日止,… (no 自/从): March 1 to June 20."""
    text = ("副局长介绍,今年3月开始,全市公安机关在城区和所属县区开展打击盗窃电动车专项行动。"
            "至6月20日止,共破获盗窃案件210起。")
    fact = _one(text, "210起", "2021-06-26")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2021, 3, 1), dt.date(2021, 6, 20))


def test_a_bare_year_with_qi_is_not_a_start() -> None:
    """2022年起,…全年…: without 自/从 a year with 起 stays that year's account."""
    text = "2022年起,全市电诈案件高发势头被遏制,全年电诈案件发案数下降40%。"
    fact = next(f for f in _facts(text, "2024-08-01") if f.change is not None)
    assert fact.period is not None and fact.period.date_start == dt.date(2022, 1, 1)
    assert fact.period.date_end == dt.date(2022, 12, 31)


def test_a_consequence_keeps_its_cause_and_verbless_subject() -> None:
    """…肇事1519起,造成452人死亡: 造成死亡 of that subject; after a verb's figure
    (发生交通事故100起,造成20人死亡) 造成死亡 alone."""
    text = "其中,摩托车交通肇事1200起,造成300人死亡。"
    assert _one(text, "300人", "2005-06-10").metric == "摩托车交通肇事造成死亡"
    text = "今年以来,全市发生交通事故100起,造成20人死亡。"
    assert _one(text, "20人", "2024-06-10").metric == "造成死亡"


def test_change_amount_after_jun_zai() -> None:
    """同比增长均在15%以上: 均在 stands between the change word and its amount."""
    text = "国庆假期,甲、乙机场口岸出入境人员同比增长均在12%以上。"
    fact = next(f for f in _facts(text, "2023-10-09") if f.change is not None)
    assert fact.change.direction == "up" and fact.change.amount is not None
    assert fact.change.amount.text == "12%以上"


def test_direction_without_amount_closing_the_clause() -> None:
    """…840起,挽回…3亿元,均比去年同期大幅上升。: both levels go up (baseline), no amount;
    同比明显下降 with no number is yoy down."""
    text = "今年1至10月,全区共破获经济犯罪案件840起,挽回经济损失3亿元,均比去年同期大幅上升。"
    for v in ("840起", "3亿元"):
        ch = _one(text, v, "2008-11-20").change
        assert ch is not None and (ch.direction, ch.basis, ch.amount) == ("up", "baseline", None)
    ch = _one("今年以来,全市破获刑事案件840起,同比明显下降;抓获100人。", "840起",
              "2008-11-20").change
    assert ch is not None and (ch.direction, ch.basis) == ("down", "yoy")


def test_direction_with_its_amount_is_no_bare_change() -> None:
    """…840起,同比下降12%: the amount is the change's (no amountless change beside it)."""
    facts = _facts("今年以来,全市破获刑事案件840起,同比下降12%。", "2008-11-20")
    level = next(f for f in facts if f.value is not None and f.value.text == "840起")
    assert level.change is not None and level.change.amount is not None


def test_hong_kong_yearly_change_and_change_then_level() -> None:
    """按年升2.3% is year on year; 则升1,357宗,至2,449宗 and 减少了222宗,至658宗: the
    change before the new level, which takes the subject."""
    fact = _one("今年上半年,整体罪案共40,100宗,按年升2.1%。", "40,100宗", "2007-07-20")
    assert fact.change is not None and (fact.change.direction, fact.change.basis) == (
        "up", "yoy")
    fact = _one("今年上半年,行劫案减少了200宗,至650宗。", "650宗", "2007-07-20")
    assert fact.metric == "行劫案"
    assert fact.change is not None and fact.change.amount is not None
    assert fact.change.amount.text == "200宗" and fact.change.direction == "down"
    fact = _one("不涉及刑事的案件则升1,300宗,至2,400宗。", "2,400宗", "2007-07-20")
    assert fact.change is not None and fact.change.direction == "up"
    assert fact.metric.startswith("不涉及刑事的案件")


def test_a_region_police_body_named_without_its_region() -> None:
    """警務處 is Hong Kong's police force, 治安警察局 Macao's: a page naming no place."""
    doc = pressie.extract("警務處處長表示,今年上半年整體罪案共40,100宗,按年升2.1%。")
    assert {f.region for f in doc.facts} == {"香港特别行政区"}
    doc = pressie.extract("治安警察局表示,今年首季共錄得罪案3,100宗。")
    assert {f.region for f in doc.facts} == {"澳门特别行政区"}


def test_a_named_place_still_beats_a_region_body() -> None:
    """A release that names its city keeps it: the body is only a fallback."""
    doc = pressie.extract("深圳市公安局警务处通报,今年以来全市破获刑事案件1200起。",
                          published="2024-05-01")
    assert {f.region for f in doc.facts} == {"深圳市"}


def test_bare_verb_counts_the_crimes_its_clause_before_names() -> None:
    """依法严惩严重暴力犯罪,起诉3058人: 起诉严重暴力犯罪; a clause with a figure of its own
    names no topic."""
    text = "2024年,全省检察机关依法严惩严重暴力犯罪,起诉3000人;全链条打击毒品犯罪,起诉7000人。"
    assert _one(text, "3000人", "2025-01-20").metric == "起诉严重暴力犯罪"
    assert _one(text, "7000人", "2025-01-20").metric == "起诉毒品犯罪"
    text = "2024年,全省打击毒品犯罪破案120起,起诉300人。"
    assert "毒品犯罪" not in _one(text, "300人", "2025-01-20").metric.replace(
        "打击毒品犯罪破案", "")
    # (a verb ending in 案 holds its object, as the seed gold writes it)
    assert _one("打击假币犯罪,立案83件,抓获66人。", "83件", "2021-01-08").metric == "立案"


def test_share_written_before_its_population() -> None:
    """56.6%的刑事案件在24小时内侦破: the clause after 的 is the metric (spec 4, v1.1),
    also after a scope word (全市97.1%的居民群众认为…)."""
    text = "今年第一季度,55.5%的刑事案件在24小时内侦破,70.2%的案件在72小时内侦破。"
    assert _one(text, "55.5%", "2018-04-18").metric == "刑事案件在24小时内侦破"
    assert _one(text, "70.2%", "2018-04-18").metric == "案件在72小时内侦破"
    text = "调查显示,全市96.4%的居民群众认为社会治安良好。"
    assert _one(text, "96.4%", "2020-01-01").metric == "居民群众认为社会治安良好"


def test_share_with_its_own_metric_before_it_keeps_it() -> None:
    """破案率达到95%的单位有12个: the rate has its words before it."""
    facts = _facts("全市破案率达到95%的单位有12个。", "2020-01-01")
    assert all(not f.metric.startswith("单位") for f in facts), [f.metric for f in facts]


def test_bulletin_measures_give_their_rates_to_the_levels_before() -> None:
    """…83起,造成4人死亡…。与去年同期相比,事故起数增加5起,上升6.41%;死亡人数减少2人,下降
    33.33%: the rates are the levels' changes, the differences change-only facts."""
    text = ("10月份,全市共发生道路交通事故80起,造成5人死亡、20人受伤。"
            "与去年同期相比,事故起数增加4起,上升5.26%;死亡人数减少1人,下降16.67%。")
    acc = _one(text, "80起", "2013-11-05")
    assert acc.change is not None and acc.change.amount is not None
    assert acc.change.amount.text == "5.26%" and acc.change.direction == "up"
    dead = _one(text, "5人", "2013-11-05")
    assert dead.change is not None and dead.change.amount is not None
    assert dead.change.amount.text == "16.67%"
    diffs = [f.change.amount.text for f in _facts(text, "2013-11-05")
             if f.value is None and f.change is not None and f.change.amount is not None]
    assert diffs == ["4起", "1人"]


def test_a_list_of_rates_after_the_levels_stays_change_only() -> None:
    """与去年同期相比,交通事故起数、死亡人数分别下降了21.9%、10.1%: change-only facts."""
    text = ("今年1至5月,全区共发生道路交通事故4700起,死亡1400人。"
            "与去年同期相比,交通事故起数、死亡人数分别下降了21.9%、10.1%。")
    assert _one(text, "4700起", "2005-06-10").change is None


def test_a_campaign_year_with_an_early_as_of_month_is_current() -> None:
    """“昆仑2021”…截至6月底: the campaign is under way, so 2021 is the text's year (a
    campaign year alone is a reviewed one)."""
    from pressie.periods import text_year

    text = ("公安部于4月20日部署开展“昆仑2021”专项行动,截至6月底,"
            "共侦破犯罪案件2.1万起。")
    assert text_year(text) == 2021
    assert text_year("“昆仑2021”专项行动共侦破犯罪案件2.1万起。") == 2022


def test_a_page_reposted_after_its_year_keeps_the_text_year() -> None:
    """今年上半年 figures on a page dated in March cannot be that year's: the text is of the
    year before, resolved up to that half's end."""
    text = ("全市上半年警情分析\n2018-03-28 13:25\n"
            "今年上半年,全市“两抢”警情同比下降60.5%,盗窃警情同比下降30.1%。")
    doc = pressie.extract(text, published="2018-03-28")
    assert doc.reference_date == dt.date(2017, 6, 30)
    fact = next(f for f in doc.facts if f.change is not None)
    assert fact.period is not None and fact.period.date_start == dt.date(2017, 1, 1)
    text = "今年1月至11月,全市共抓获涉诈犯罪嫌疑人5000余人。"
    assert pressie.extract(text, published="2022-05-10").reference_date == dt.date(
        2021, 11, 30)


def test_a_plan_for_this_year_is_no_repost() -> None:
    """力争今年上半年完成…: a plan's half-year says nothing of the page's year."""
    text = "今年以来,全市破获刑事案件300起,力争今年上半年完成全部积案清理。"
    doc = pressie.extract(text, published="2018-03-28")
    assert doc.reference_date == dt.date(2018, 3, 28)


def test_holiday_anaphor_takes_the_short_range_written_before() -> None:
    """10月1日至8日,…。节日期间,…: no holiday named, its days written as a range."""
    text = ("10月1日至8日,全市未发生交通拥堵,高速车辆总流量为300万辆次。"
            "节日期间,全市累计查处各类交通违法行为7000起。")
    fact = _one(text, "7000起", "2020-10-11")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2020, 10, 1), dt.date(2020, 10, 8))


def test_five_year_comparison_and_parenthesized_subcounts() -> None:
    """…受理各类案件798万件(含…9万件),办结795万件,比上个五年分别增长126.9%、131.4%: the
    changes go to the two outer levels, 比上个五年 is their base, not a subject."""
    text = ("2018至2022年,全省法院共受理各类案件798万件(含诉前调解成功案件148万件、"
            "涉诉信访案件9万件),办结795万件,比上个五年分别增长126.9%、131.4%。")
    rec = _one(text, "798万件", "2023-01-14")
    assert rec.change is not None and rec.change.amount is not None
    assert rec.change.amount.text == "126.9%" and rec.change.basis == "baseline"
    done = _one(text, "795万件", "2023-01-14")
    assert done.change is not None and done.change.amount is not None
    assert done.change.amount.text == "131.4%"
    assert _one(text, "9万件", "2023-01-14").change is None


def test_jin_ji_nian_is_vague() -> None:
    """此外,近几年我省…年均在10起左右: a vague span written in the clause, undated, wins
    over the paragraph's 今年以来."""
    text = "今年以来,全省破获制毒案件14起。此外,近几年我省破获武装贩毒的案件年均在10起左右。"
    fact = _one(text, "10起左右", "2014-06-25")
    assert fact.period is not None and fact.period.date_start is None
    assert fact.period.date_end is None


def test_a_congress_session_names_the_year() -> None:
    """省十四届人大四次会议 is held in 2026 (terms from 1953 + 5 × N, a session a year);
    十四届全国人大二次会议 in 2024; a city's own numbering is not read."""
    from pressie.periods import text_year

    assert text_year("29日,省法院院长向省十四届人大四次会议作工作报告。") == 2026
    assert text_year("3月8日,在十四届全国人大二次会议上作工作报告。") == 2024
    assert text_year("北京市第十六届人民代表大会第三次会议开幕。") is None
    doc = pressie.extract("29日,省法院院长向省十四届人大四次会议作工作报告。报告介绍,"
                          "去年全省法院受理案件120万件。")
    fact = _one(doc.text, "120万件")
    assert fact.period is not None and fact.period.date_start == dt.date(2025, 1, 1)


def test_past_year_in_a_report_of_the_congress_season() -> None:
    """过去的一年 in a report of February: the calendar year just closed."""
    text = "2月11日上午,省法院院长作工作报告。他说,过去的一年,全省法院受理案件98万件。"
    fact = _one(text, "98万件", "2012-02-11")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_period_words_inside_a_quoted_name_are_no_period() -> None:
    """春节期间,…“全年不打烊”的派出所…办理业务157件: 全年 is a name's word."""
    text = "春节期间,全市9个“全年不打烊”的派出所户籍窗口持续服务,为群众办理业务150件。"
    fact = _one(text, "150件", "2023-01-30")
    assert fact.period is not None and fact.period.text == "春节期间"
    fact = _one("“五一”假期,全市破获案件15起。", "15起", "2023-05-05")
    assert fact.period is not None and fact.period.date_start == dt.date(2023, 4, 29)


def test_a_grading_body_is_no_scope() -> None:
    """…两名、公安部B级通缉在逃人员23名: 公安部 grades the fugitives, the release's region
    stays the province's."""
    text = ("辽宁:今年以来全省破获命案千余起\n今年以来,辽宁省公安机关抓获公安部A级通缉在逃人员"
            "两名、公安部B级通缉在逃人员23名、杀人在逃人员580余名。")
    fact = _one(text, "23名", "2005-10-20")
    assert fact.region == "辽宁省" and fact.scope != "公安部"


def test_county_level_city_report_is_that_city() -> None:
    """凌海市人民检察院检察长 in the lead, 锦州市检察院 its superior later: 凌海市; the
    prefecture's own body written first (锦州市人民检察院…凌海市人民检察院) keeps it."""
    text = ("市人民检察院工作报告\n凌海市人民检察院检察长 张三\n"
            "2025年,市人民检察院在凌海市委和锦州市检察院的正确领导下,全市共批准逮捕"
            "犯罪嫌疑人120人。")
    assert {f.region for f in pressie.extract(text, published="2026-01-05").facts} == {
        "锦州市凌海市"}  # (a county-level city under its prefecture, as the golds write it)
    text = ("市人民检察院工作报告\n锦州市人民检察院检察长 张三\n2025年,市人民检察院在锦州市委"
            "的正确领导下,指导凌海市人民检察院等,全市共批准逮捕犯罪嫌疑人120人。")
    assert {f.region for f in pressie.extract(text, published="2026-01-05").facts} == {
        "锦州市"}


def test_topic_clause_with_a_stance_after_its_crimes() -> None:
    """对危害公共安全和严重暴力犯罪保持高压打击,起诉96人: the crimes are the count's."""
    text = "2025年,对危害公共安全和严重暴力犯罪保持高压打击,起诉90人。"
    assert "严重暴力犯罪" in _one(text, "90人", "2026-01-05").metric


def test_since_written_right_before_its_end() -> None:
    """从9月15日开始,…开展…行动。今年以来截至10月10日,…: the start written right before
    the end is this period's, not the action's."""
    text = ("据了解,从9月15日开始,全省公安机关开展了“百日攻坚会战”行动。"
            "今年以来截至10月10日,全省公安机关共侦破命案1000余起。")
    fact = _one(text, "1000余起", "2005-10-20")
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2005, 1, 1), dt.date(2005, 10, 10))


def test_past_five_years_report_heading_governs_its_section() -> None:
    """过去五年工作回顾 (a work report's heading): its figures are of those five years."""
    text = "过去五年工作回顾\n一、讲政治、敢担当\n聚焦重点领域,起诉47人。"
    fact = _one(text, "47人", "2021-12-16")
    assert fact.period is not None and fact.period.date_start == dt.date(2016, 1, 1)


def test_repost_with_a_december_as_of_date() -> None:
    """截至12月25日,今年… on a page dated in May: the text is of the year before."""
    text = "截至12月25日,今年全市电信网络诈骗案立案数同比下降34.8%,破案数同比上升23%。"
    doc = pressie.extract(text, published="2020-05-24")
    assert doc.reference_date == dt.date(2019, 12, 25)


def test_a_fall_rate_compared_names_its_fall() -> None:
    """…警情同比下降64.26%,降幅比去年上半年增加了21.82个百分点: 降幅 of that 警情."""
    text = "今年上半年,全市“两抢”警情同比下降60.1%,降幅比去年上半年增加了20.5个百分点。"
    fact = next(f for f in _facts(text, "2017-07-13")
                if f.change is not None and f.change.amount is not None
                and f.change.amount.text == "20.5个百分点")
    assert fact.metric == "“两抢”警情降幅"


def test_cases_selected_as_examples_are_counted() -> None:
    """48个案件入选全国典型案例 is an achievement; 发布10起典型案例 lists examples."""
    facts = _facts("去年,全省检察机关40个案件入选全国典型案例。", "2025-01-17")
    assert [f.value.text for f in facts if f.value is not None] == ["40个"]
    assert _facts("会上发布了10起典型案例。", "2025-01-17") == []


def test_bounded_share_before_its_predicate() -> None:
    """其中超过6成由各类纠纷引发: a bounded share takes the rest of its clause."""
    text = "今年上半年共录得900宗刑事恐吓案件,其中超过6成由各类纠纷引发。"
    assert _one(text, "超过6成", "2007-07-20").metric == "由各类纠纷引发"


def test_change_listed_after_its_level_with_a_dunhao() -> None:
    """员额法官年人均办案279件、上升13.41%: the change is the level's (its marker is not
    looked for behind the figure, at 人均's 均)."""
    text = "去年全省法院受理案件120万件,员额法官年人均办案270件、上升13.4%。"
    fact = _one(text, "270件", "2026-01-29")
    assert fact.change is not None and fact.change.amount is not None
    assert fact.change.amount.text == "13.4%"
    assert not fact.metric.startswith("受理")


def test_more_to_level_verbs() -> None:
    """由以前的60天缩短至30天 / 由去年的56000宗跌至54225宗 / 逐月回落至…: the new level takes
    the subject, the old one is its baseline, the direction is the verb's."""
    fact = _one("二代身份证的办理时间由以前的60天缩短至30天。", "30天", "2015-09-01")
    assert fact.metric == "二代身份证的办理时间"
    assert fact.change is not None and fact.change.direction == "down"
    fact = _one("全年罪案数字由去年的56000宗跌至54000宗。", "54000宗", "2015-09-01")
    assert fact.metric == "罪案数字" and fact.change is not None
    assert fact.change.direction == "down"


def test_average_monthly_change_is_month_on_month() -> None:
    """经济损失数月均下降32%: mom, and 月 stays out of the metric."""
    fact = next(f for f in _facts("2021年以来,全省经济损失数月均下降30%。", "2022-04-23")
                if f.change is not None)
    assert fact.change.basis == "mom" and fact.metric == "经济损失数"


def test_review_cases_of_the_tenth_round() -> None:
    """Inputs from the round's review: an area word before 指定 keeps its scope; quoted speech
    keeps its period; 警务处置 is no Hong Kong body; a deadline is no repost; 事故起数 goes
    to the accident level, not to another 起 level; terms numbered otherwise are not read."""
    from pressie.periods import text_year

    fact = _one("今年以来,全省重点督办案件30起。", "30起", "2024-05-01")
    assert fact.scope == "全省"
    fact = _one("局长说:“2023年全市破获案件120起”。", "120起", "2024-05-01")
    assert fact.period is not None and fact.period.date_start == dt.date(2023, 1, 1)
    doc = pressie.extract("今年以来,全市破获案件120起,提升警务处置能力。", published="2024-05-01")
    assert {f.region for f in doc.facts} != {"香港特别行政区"}
    doc = pressie.extract("今年以来,全市破获案件120起。下一步,确保今年上半年完成整治行动。",
                          published="2024-03-28")
    assert doc.reference_date == dt.date(2024, 3, 28)
    text = ("全市查处酒驾100起,发生道路交通事故83起,造成4人死亡。"
            "与去年同期相比,事故起数增加5起,上升6.41%;死亡人数减少2人,下降33.33%。")
    assert _one(text, "100起", "2024-05-01").change is None
    acc = _one(text, "83起", "2024-05-01")
    assert acc.change is not None and acc.change.amount is not None
    assert acc.change.amount.text == "6.41%"
    assert text_year("西藏自治区第十二届人民代表大会第二次会议") is None
    assert text_year("海南省第七届人民代表大会第三次会议") is None


def test_yi_count_then_wan_count_with_duo() -> None:
    """一亿六千多万元 = 1亿 + 6000多万 (over), which cn2an cannot read whole."""
    doc = pressie.extract("该公司共募集资金一亿六千多万元。", published="2006-06-08")
    q = next(q for q in doc.quantities if q.text == "一亿六千多万元")
    assert (q.value, q.approx, q.unit) == (160000000.0, "over", "元")
    doc = pressie.extract("涉案金额二十亿五千余万元。", published="2006-06-08")
    assert [q.value for q in doc.quantities] == [2050000000.0]


def test_digits_read_one_by_one_in_groups_of_four() -> None:
    """九萬三三七九件 = 93379, 七萬九三一件 = 70931, 三二七億六八二八萬餘元 = 327億6828萬."""
    doc = pressie.extract("詐欺案件數由九萬三三七九件下降至七萬九三一件,財損數下降至"
                          "三二七億六八二八萬餘元。", published="2024-01-10")
    assert [q.value for q in doc.quantities] == [93379.0, 70931.0, 32768280000.0]
    doc = pressie.extract("共破获案件三万起,涉案一亿二千万元。", published="2024-01-10")
    assert [q.value for q in doc.quantities] == [30000.0, 120000000.0]


def test_up_to_now_inside_an_action_s_days() -> None:
    """决定从6月底至9月30日开展…行动。行动至今,…: up to the reference date, not the end."""
    text = ("根据统一部署,市公安局决定从6月底至9月30日在全市范围开展夏季治安打击整治行动。"
            "行动至今,全市接报刑事治安警情同比下降20.5%。")
    fact = next(f for f in _facts(text, "2023-08-15") if f.change is not None)
    assert fact.period is not None and fact.period.date_end == dt.date(2023, 8, 15)


def test_zhe_liang_nian_is_a_rolling_span() -> None:
    """这两年,… is 近两年: from two years before the reference's year."""
    fact = next(f for f in _facts("这两年,全市违法犯罪警情下降近6000起。", "2017-11-21")
                if f.change is not None)
    assert fact.period is not None and fact.period.date_start == dt.date(2015, 1, 1)


def test_a_city_ranking_itself_in_its_province_is_the_city() -> None:
    """全市…我市…公众安全感满意度居全省前列…全省第一: the 全省 of a ranking is the city's."""
    text = ("全市违法犯罪警情大幅度下降 公众安全感满意度居全省前列\n"
            "在11月发布会上,常州市公安局发布,全市公安系统所取得的成绩。这两年,我市百警破案数"
            "同比上升41.2%,全市刑事案件下降7000起,破案率全省第一,我市群众满意度居全省前列,"
            "全市110接警量位列全省第二,市政府表示肯定。")
    facts = _facts(text, "2017-11-21")
    assert facts and {f.region for f in facts} == {"常州市"}


def test_hot_keyword_line_is_chrome() -> None:
    """热门关键词: 杏林镇 怀远县…: a site's search keywords name no place of the release."""
    text = ("热门关键词:  杏林镇  请输入关键词  怀远县  龙扬镇\n"
            "江西新余打掉一个涉恶团伙\n截至目前,江西全省刑事立案同比下降15.3%。")
    facts = _facts(text, "2018-11-14")
    assert facts and all(f.region != "安徽省" for f in facts)


def test_negated_prosecution_verbs() -> None:
    """适用附条件不起诉20978人 / 不批准逮捕33件: the negation is the verb's, not a scope."""
    text = "2024年,全国检察机关对未成年犯罪嫌疑人依法适用附条件不起诉20000人。"
    assert "不起诉" in _one(text, "20000人", "2025-06-16").metric


def test_a_counted_anniversary_names_the_year() -> None:
    """澳门回归20周年 is 2019, 新中国成立七十周年 too: an undated text naming one."""
    from pressie.periods import text_year

    assert text_year("澳门回归20周年的各项大型活动即将展开。今年1至9月,共立案39宗。") == 2019
    assert text_year("全力做好庆祝新中国成立七十周年安保工作。") == 2019


def test_a_campaign_of_known_dates_begun_this_year_names_the_year() -> None:
    """自今年1月开展扫黑除恶专项斗争以来: that campaign began in 2018, so 今年 is 2018."""
    from pressie.periods import text_year

    text = "自今年1月开展扫黑除恶专项斗争以来,截至目前,全省共打掉涉黑涉恶团伙380个。"
    assert text_year(text) == 2018
    assert text_year("扫黑除恶专项斗争开展以来,全省共打掉涉黑涉恶团伙380个。") is None


def test_a_holiday_drawing_near_names_the_year() -> None:
    """2024年端午小长假即将到来: 即将 is no plan's; the text is of 2024."""
    from pressie.periods import text_year

    assert text_year("2024年端午小长假即将到来,交警总队研判分析近三年事故情况。") == 2024
    assert text_year("自2016年12月1日至2017年4月1日,将开展专项行动。") is None


def test_a_year_opening_a_quoted_campaign_name() -> None:
    """“2018秦剑·华山一号”严打行动…截至目前: the campaign is under way in 2018."""
    from pressie.periods import text_year

    text = "渭南市公安局在全市部署开展“2018秦剑·华山一号”严打行动,截至目前,共抓获80人。"
    assert text_year(text) == 2018


def test_a_line_holding_only_the_change_of_the_line_before() -> None:
    """立现行命案63起(已全部破获)|同比下降21% on the next line: the level's change."""
    text = ("全省公安机关共立刑事案件23000起\n同比下降5.8%\n"
            "立现行命案60起(已全部破获)\n同比下降21%")
    assert _one(text, "23000起", "2020-10-10").change.amount.text == "5.8%"
    assert _one(text, "60起", "2020-10-10").change.amount.text == "21%"


def test_prefecture_written_by_its_short_name_comes_first() -> None:
    """延边州公安局…延吉市公安局: the prefecture's short name (延边) is written first, so the
    county-level city's body does not take the release (review of the tenth round)."""
    from pressie.entities import default_lexicon
    from pressie.entities.region import _first_name

    lex = default_lexicon()
    assert _first_name("延边州公安局通报,延吉市公安局…", "延边朝鲜族自治州", lex) == 0
    assert _first_name("凌海市人民检察院…锦州市检察院", "锦州市", lex) > 0


def test_an_nian_du_is_no_year_on_year_marker() -> None:
    """按年度统计…下降5%: 按年度 (by year) compares nothing, unlike 按年升 (review item 7)."""
    fact = next(f for f in _facts("全市按年度统计破获案件120起,下降5%。", "2024-05-01")
                if f.change is not None)
    assert fact.change.basis == "baseline"
