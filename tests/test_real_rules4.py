"""Rules of the genre found on real pages (issue 9, fourth round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import by_value as _by_value
from factview import period_of as _period

import pressie


def test_a_relative_year_takes_over_from_a_year_written_before_it() -> None:
    text = (
        "今年上半年全市共破获盗窃案件305起,这是继2015年上半年同比下降后的再次下降。"
        "今年上半年全市共接报诈骗警情816起。"
        "在专项行动中,全市从3月20日到6月30日,共破获毒品刑事案件542起。"
    )
    doc = pressie.extract(text, published="2016-07-22")
    f = _by_value(doc)["542起"]
    assert _period(f) == (date(2016, 3, 20), date(2016, 6, 30))
    # without 今年 the written year still governs the bare dates of its paragraph
    doc = pressie.extract("2015年上半年全市破获盗窃案件305起。从3月20日到6月30日,"
                          "共破获毒品刑事案件542起。", published="2016-07-22")
    assert _period(_by_value(doc)["542起"])[0] == date(2015, 3, 20)


def test_the_date_of_a_crime_told_as_a_story_does_not_date_the_text() -> None:
    text = (
        "1995年3月,某村一家三口被杀,案件一直未能侦破。"
        "今年6月起,全省公安机关开展夏季行动,共打掉各类违法犯罪团伙1589个。"
    )
    doc = pressie.extract(text)
    f = _by_value(doc)["1589个"]
    assert f.period is None or f.period.date_start is None
    # the same story without the crime words: its year is taken as the text's
    doc = pressie.extract("1995年3月,某村召开治安会议。今年6月起,全省公安机关"
                          "开展夏季行动,共打掉各类违法犯罪团伙1589个。")
    assert _period(_by_value(doc)["1589个"])[0] == date(1995, 6, 1)


def test_a_year_after_yu_or_bi_is_a_comparison_not_the_period() -> None:
    text = "2023年,全国查处治安案件数与2022年基本持平,刑事案件立案数比2022年下降4.8%。"
    doc = pressie.extract(text, published="2024-01-10")
    (f,) = doc.facts
    assert f.metric == "刑事案件立案数"
    assert _period(f) == (date(2023, 1, 1), date(2023, 12, 31))
    assert f.change is not None and f.change.direction == "down"
    # 比 inside a word is no comparison: 比例 stays in the metric
    doc = pressie.extract("2023年,全省刑事案件破案比例上升4.8%。", published="2024-01-10")
    assert "比例" in doc.facts[0].metric


def test_a_base_frame_keeps_its_year_and_lends_its_subject() -> None:
    text = (
        "一年来,全省命案同比下降22.37%;全省刑事发案在2024年同比下降30.56%的基础上"
        "同比再降22.32%,破获命案积案51起。"
    )
    doc = pressie.extract(text, published="2025-12-25")
    facts = doc.facts
    inner = next(f for f in facts if f.change and f.change.amount
                 and f.change.amount.text == "30.56%")
    outer = next(f for f in facts if f.change and f.change.amount
                 and f.change.amount.text == "22.32%")
    assert inner.metric == outer.metric == "刑事发案"
    assert _period(inner) == (date(2024, 1, 1), date(2024, 12, 31))
    assert outer.period is not None and outer.period.text == "一年来"
    cold = _by_value(doc)["51起"]
    assert cold.period is not None and cold.period.text == "一年来"


def test_two_months_in_a_row_are_their_range() -> None:
    doc = pressie.extract("今年1、2月份全市查处酒驾违法行为291起,同比上升59.9%。",
                          published="2019-03-20")
    assert _period(doc.facts[0]) == (date(2019, 1, 1), date(2019, 2, 28))
    # months not in a row are no range
    doc = pressie.extract("今年1、3月份全市查处酒驾违法行为291起。", published="2019-03-20")
    p = doc.facts[0].period
    assert p is None or (p.date_start, p.date_end) != (date(2019, 1, 1), date(2019, 3, 31))


def test_a_weight_takes_the_noun_written_after_it() -> None:
    doc = pressie.extract("去年全国缴获938.5吨制毒物品,同比上升42.2%。",
                          published="2024-01-05")
    assert doc.facts[0].metric == "缴获制毒物品"
    doc = pressie.extract("零包贩毒单次交易量多在0.1克至0.5克之间。", published="2024-01-05")
    assert all("之间" not in f.metric for f in doc.facts)


def test_a_bare_verb_counts_the_object_of_the_figure_before() -> None:
    text = (
        "2023年,全省法院受理一审刑事案件70826件,审结67008件。"
        "省反诈中心查询涉案银行账户50.1万余个,冻结4万余个,冻结赃款8亿余元。"
        "抓获犯罪嫌疑人100名,打掉团伙12个,刑拘80名。"
    )
    facts = _by_value(pressie.extract(text, published="2024-01-05"))
    assert facts["67008件"].metric == "审结一审刑事案件"
    assert facts["4万余个"].metric == "冻结涉案银行账户"
    assert facts["8亿余元"].metric == "冻结赃款"
    # another unit in between: the verb is not given the earlier object
    assert facts["80名"].metric == "刑拘"


def test_a_dotted_date_or_a_year_after_a_campaign_name_dates_an_undated_text() -> None:
    doc = pressie.extract("自10月份以来,在“2015.11.11”专案中,全区共破获刑事案件252起。")
    assert _period(doc.facts[0])[0] == date(2015, 10, 1)
    doc = pressie.extract("今年年初以来,市公安局以“云剑”2020、“长城2号”等专项行动为抓手,"
                          "打掉电诈团伙14个。")
    assert _period(doc.facts[0])[0] == date(2020, 1, 1)
    # a list of years after a word is no campaign: nothing dates this text
    doc = pressie.extract("今年年初以来,全市在2019、2020年工作基础上打掉电诈团伙14个。")
    assert doc.facts[0].period is None or doc.facts[0].period.date_start != date(2019, 1, 1)


def test_a_yearless_december_as_of_date_keeps_the_written_year_current() -> None:
    text = ("截至12月,全国公安机关共找回历年失踪被拐儿童10932名。"
            "2021年,全国共侦破拐卖儿童积案350余起。")
    facts = _by_value(pressie.extract(text))
    assert _period(facts["10932名"])[1] == date(2021, 12, 31)
    # a reviewed year alone: the text was written the year after
    doc = pressie.extract("1月10日,省公安厅召开新闻发布会。2021年,全省共侦破拐卖儿童积案35起。")
    assert doc.reference_date is not None and doc.reference_date.year == 2022


def test_a_plan_period_is_counted_up_to_the_release() -> None:
    doc = pressie.extract("“十四五”期间,全省共破获刑事案件25万余起。", published="2025-10-11")
    assert _period(doc.facts[0]) == (date(2021, 1, 1), date(2025, 10, 11))
    doc = pressie.extract("“十三五”期间,全省共破获刑事案件25万余起。", published="2025-10-11")
    assert _period(doc.facts[0]) == (date(2016, 1, 1), date(2020, 12, 31))


def test_short_modifiers_share_the_head_noun_of_the_last_list_item() -> None:
    text = "全市刑事、行政发案数分别下降34.1%、8.3%,抢劫、抢夺警情同比分别下降22.3%和31.7%。"
    metrics = [f.metric for f in pressie.extract(text, published="2024-10-11").facts]
    assert metrics == ["刑事发案数", "行政发案数", "抢劫警情", "抢夺警情"]
    # items of different lengths share no head noun (a topic before a measure, 电诈立案数、
    # 损失数, is shared: test_real_rules7)
    text = "全市电诈立案数、破案率分别同比下降38.8%、37.3%。"
    metrics = [f.metric for f in pressie.extract(text, published="2024-10-11").facts]
    assert metrics == ["电诈立案数", "破案率"]


def test_a_copula_clause_counts_the_figure_of_the_clause_before() -> None:
    text = ("2021年至2024年,全省公众安全感连续四年保持在98%以上,"
            "2025年上半年达到99.21%。")
    facts = _by_value(pressie.extract(text, published="2025-10-11"))
    assert facts["99.21%"].metric == facts["98%以上"].metric == "公众安全感"


def test_a_since_start_with_this_year_later_in_its_sentence_is_an_earlier_year() -> None:
    text = ("11月19日,自治区人民政府新闻办公室召开新闻发布会。通报显示,自2018年1月开展"
            "扫黑除恶专项斗争以来,截至今年10月31日,全区共打掉涉黑涉恶团伙2572个。")
    doc = pressie.extract(text)
    assert doc.reference_date == date(2019, 11, 19)
    # the news day before it does not keep the since-start from opening the 截至 period
    assert _period(doc.facts[0]) == (date(2018, 1, 1), date(2019, 10, 31))


def test_days_of_last_week_are_counted_back_from_the_reference() -> None:
    text = "警方在上周一(9日)至周五(13日)期间拘捕231名男女,扫荡住宅单位328个。上周六抓获5人。"
    facts = _by_value(pressie.extract(text, published="2016-05-16"))
    assert _period(facts["231名"]) == (date(2016, 5, 9), date(2016, 5, 13))
    assert facts["328个"].metric == "扫荡住宅单位"
    assert _period(facts["5人"]) == (date(2016, 5, 14), date(2016, 5, 14))
    # a day in brackets that belongs to another week is not forced onto this one
    doc = pressie.extract("上周一(2日)至周五(6日),全市查处酒驾120起。", published="2016-05-16")
    p = doc.facts[0].period
    assert p is None or p.date_start != date(2016, 5, 9)
    # no reference date: no week to count from
    doc = pressie.extract("上周一至周三,全市共查处酒驾120起。")
    assert doc.facts[0].period is None or doc.facts[0].period.date_start is None


def test_a_count_of_listed_example_cases_is_no_statistic() -> None:
    text = "会上,市公安局发布了10起涉黑涉恶典型案例。今年以来共破获刑事案件300起。"
    doc = pressie.extract(text, published="2024-05-01")
    assert [f.value.text for f in doc.facts if f.value] == ["300起"]


def test_a_paragraph_opening_with_its_as_of_date_continues_the_since_period_before() -> None:
    # an undated page (its year from the 2015.11.11 case name): nothing else dates the start
    text = ("自10月份专项行动开展以来,区公安分局明确工作目标、搞好统筹规划、做好内部发动、"
            "强化社会宣传、创新工作方法、严格实施奖惩,全力开展行动,取得了良好的成效。"
            "行动期间,破获了“2015.11.11”系列跨多地盗窃通讯基站蓄电池案,确定涉案人员7人,"
            "抓获违法犯罪嫌疑人5名,追回赃物通讯基站电池88个,价值20余万元,缴获作案车辆1台,"
            "有效地震慑了犯罪分子,辖区群众安全感明显提升。\n"
            "截至12月24日,区公安分局共破刑事案件252起,刑事拘留151人。")
    facts = _by_value(pressie.extract(text))
    assert _period(facts["252起"]) == (date(2015, 10, 1), date(2015, 12, 24))


def test_a_comparison_frame_before_the_change_is_no_part_of_its_subject() -> None:
    text = ("全省交通事故起数、死亡人数与2022年同期相比,分别下降83.02%、78.62%;"
            "与2019年同期相比,分别下降82.42%、78.32%。")
    metrics = [f.metric for f in pressie.extract(text, published="2023-01-28").facts]
    assert metrics == ["交通事故起数", "交通事故死亡人数"] * 2  # (a listed event's measure)


def test_bylines_campaign_names_and_headline_bars_stay_out_of_metrics() -> None:
    doc = pressie.extract("本报南宁讯(记者王某)今年破获拐卖儿童积案31起。", published="2021-12-14")
    assert doc.facts[0].metric == "破获拐卖儿童积案"
    doc = pressie.extract("全省警方“飓风2017”专项行动抓获1.5万名嫌疑人。", published="2018-01-16")
    assert doc.facts[0].metric == "抓获嫌疑人"
    doc = pressie.extract("“十四五”主题新闻发布会|刑事立案下降13.8%", published="2025-11-16")
    assert doc.facts[0].metric == "刑事立案"
    doc = pressie.extract("截至目前,检察机关审查起诉12件47人;审判机关判决1件16人。",
                          published="2019-06-03")
    assert [f.metric for f in doc.facts] == ["审查起诉", "审查起诉", "判决", "判决"]


def test_one_year_back_counts_from_the_start_of_the_year_before() -> None:
    doc = pressie.extract("一年来,全国公安机关共破获电信网络诈骗案件39.4万起。",
                          published="2022-04-14")
    assert _period(doc.facts[0]) == (date(2021, 1, 1), date(2022, 4, 14))
    # late in December it is the year now ending
    doc = pressie.extract("一年来,全省共破获命案积案51起。", published="2025-12-25")
    assert _period(doc.facts[0]) == (date(2025, 1, 1), date(2025, 12, 25))


def test_a_yearless_end_before_its_start_month_is_in_the_next_year() -> None:
    text = ("4月18日,市公安局召开专项行动首战阶段新闻发布会。\n"
            "从2016年12月1日起,全市公安机关组织开展“围猎”专项行动。行动期间,全市公安机关"
            "通力合作。截至3月31日,全市共立刑事案件2160起,同比下降9.43%。")
    doc = pressie.extract(text)
    assert doc.reference_date == date(2017, 4, 18)
    assert _period(doc.facts[0]) == (date(2016, 12, 1), date(2017, 3, 31))


def test_a_year_before_a_word_with_a_numeral_is_no_year_part() -> None:
    text = ("昨日,全省禁毒工作会议召开。2015年四川省的禁毒工作取得突破。"
            "去年全省打掉毒品加工厂点66个。")
    doc = pressie.extract(text)
    assert _period(doc.facts[0]) == (date(2015, 1, 1), date(2015, 12, 31))


def test_a_generic_case_count_takes_the_crime_its_sentence_opened_with() -> None:
    text = ("严厉打击侵犯公民信息犯罪,维护群众隐私安全,审结案件513件。"
            "严打涉税经济犯罪,共侦办案件411起。"
            "经侦部门将非法集资、传销等涉众型经济犯罪作为打击防范重中之重,共侦办案件431起。"
            "全市共破获案件300起。")
    facts = _by_value(pressie.extract(text, published="2024-01-05"))
    assert facts["513件"].metric == "审结侵犯公民信息犯罪案件"
    assert facts["411起"].metric == "侦办涉税经济犯罪案件"
    assert facts["431起"].metric == "侦办涉众型经济犯罪案件"
    assert facts["300起"].metric == "破获案件"


def test_theme_years_first_quarters_and_column_tags() -> None:
    doc = pressie.extract("孙某指出,2016年,是全省打黑除恶专项斗争深化年。三年来,全市打掉恶势力"
                          "团伙97个。")
    assert doc.facts[0].period is not None and doc.facts[0].period.date_start == date(2013, 1, 1)
    doc = pressie.extract("今年首季度,全省法院一审审结黑恶犯罪案件七十五宗。",
                          published="2020-05-03")
    assert _period(doc.facts[0]) == (date(2020, 1, 1), date(2020, 3, 31))
    doc = pressie.extract("【民生在线】青岛市刑事警情同比下降12%。", published="2020-05-01")
    assert doc.facts[0].metric == "刑事警情"


def test_whole_months_listed_are_their_span_and_start_verbs_open_a_since_period() -> None:
    text = ("今年6月以来,市公安局开展夏季治安打击整治行动。7月、8月、9月份启动三轮夏夜治安巡查"
            "集中统一行动。共出动警力7600余人次。")
    facts = _by_value(pressie.extract(text, published="2023-11-01"))
    assert _period(facts["7600余人次"]) == (date(2023, 7, 1), date(2023, 9, 30))
    # days listed stay a list of points
    doc = pressie.extract("7月30日、8月2日和8月5日,民警先后抓获嫌疑人5名。", published="2023-11-01")
    assert doc.facts[0].period is not None and doc.facts[0].period.text.startswith("7月30日")
    for verb in ("启动", "铺开", "部署"):
        doc = pressie.extract(f"全省从2016年{verb}禁毒大会战,破获毒品刑事案件上万起。",
                              published="2024-03-27")
        assert _period(doc.facts[0]) == (date(2016, 1, 1), date(2024, 3, 27))


def test_a_restatement_with_an_open_start_is_one_fact_and_pairs_take_gong() -> None:
    text = ("会上介绍,今年全省共侦破历年命案积案68起。\n"
            "截至11月26日,全省共侦破历年命案积案68起,其中时间最长的积案达29年。")
    doc = pressie.extract(text, published="2020-11-26")
    assert [f.value.text for f in doc.facts if f.value].count("68起") == 1
    # two different years with the same figure stay two facts
    doc = pressie.extract("2019年全省侦破命案积案68起。2020年全省侦破命案积案68起。",
                          published="2021-01-10")
    assert [f.value.text for f in doc.facts if f.value].count("68起") == 2
    doc = pressie.extract("今年首季度,全省法院一审审结黑恶犯罪案件七十五宗共二百九十六人。",
                          published="2020-05-03")
    assert [f.value.text for f in doc.facts if f.value] == ["七十五宗", "二百九十六人"]


def test_two_bases_listed_before_fenbie_go_to_their_changes_in_order() -> None:
    text = "今年上半年,刑事案件同比、环比分别下降33.42%、28.69%。"
    doc = pressie.extract(text, published="2021-08-26")
    assert [(f.change.amount.text, f.change.basis) for f in doc.facts if f.change
            and f.change.amount] == [("33.42%", "yoy"), ("28.69%", "mom")]


def test_this_month_in_a_monthly_bulletin_is_the_bulletins_month() -> None:
    text = ("县公安局3月反电信网络诈骗警情通报\n日期:2024-04-08\n"
            "本月全县共立电信网络诈骗案31起,环比上升47.62%。")
    doc = pressie.extract(text, published="2024-04-08")
    assert _period(doc.facts[0]) == (date(2024, 3, 1), date(2024, 3, 31))
    # without a bulletin title 本月 is the reference's month
    doc = pressie.extract("本月全县共立电信网络诈骗案31起。", published="2024-04-08")
    assert _period(doc.facts[0]) == (date(2024, 4, 1), date(2024, 4, 30))


def test_province_and_gong_an_before_a_police_unit_is_no_gong_an_county() -> None:
    doc = pressie.extract("2023年以来,湖北公安经侦部门共侦办案件431起。", published="2024-02-01")
    assert doc.facts[0].region == "湖北省"
    doc = pressie.extract("湖北公安县公安局共侦办案件431起。", published="2024-02-01")
    assert doc.facts[0].region is not None and doc.facts[0].region.endswith("公安县")


def test_anonymized_names_before_a_count_leave_the_verb_its_object() -> None:
    doc = pressie.extract("民警抓获吴某国、颜某宏等11名涉案人员。", published="2020-01-01")
    assert doc.facts[0].metric == "抓获涉案人员"


def test_bi_sheng_and_shared_heads_only_for_bare_modifiers() -> None:
    text = ("上半年,全市电诈警情、刑事立案和财产损失数分别比降36.6%、28.4%、43.3%,"
            "破案率和抓获犯罪嫌疑人数分别比升9.3%和32.2%。")
    doc = pressie.extract(text, published="2022-07-20")
    ups = [(f.metric, f.change.direction) for f in doc.facts if f.change
           and f.change.direction == "up"]
    assert ups == [("破案率", "up"), ("抓获犯罪嫌疑人数", "up")]


def test_a_holiday_of_a_written_year_keeps_that_year_current() -> None:
    doc = pressie.extract("2023年春节期间,全县共查处各类交通违法行为540余起。")
    assert _period(doc.facts[0]) == (date(2023, 1, 21), date(2023, 1, 27))


def test_a_few_days_of_one_action_frame_only_their_sentence() -> None:
    text = ("行动开展以来,全省共破获各类毒品犯罪2680余起。2月12日至13日,组织全省开展集中"
            "“扫毒”统一清查行动,破获毒品案件164起。严厉打击打孔盗油犯罪,破获打孔盗油案件30余起。")
    facts = _by_value(pressie.extract(text, published="2015-04-10"))
    assert _period(facts["164起"]) == (date(2015, 2, 12), date(2015, 2, 13))
    p = facts["30余起"].period
    assert p is None or p.date_start != date(2015, 2, 12)
    # at a paragraph's head the days frame the paragraph
    text = "10月1日至3日,全市共接报警情1200起。全市共查处交通违法行为300起。"
    facts = _by_value(pressie.extract(text, published="2015-10-08"))
    assert _period(facts["300起"]) == (date(2015, 10, 1), date(2015, 10, 3))


def test_an_adverb_before_the_change_word_is_no_subject_and_courts_close_cases() -> None:
    doc = pressie.extract("全市刑事案件在2015年大幅下降29.1%的基础上,同比下降24.2%。",
                          published="2017-03-21")
    assert [f.metric for f in doc.facts] == ["刑事案件", "刑事案件"]
    doc = pressie.extract("2023年,市高法院结案9230件。", published="2024-01-23")
    assert doc.facts[0].metric == "结案"


def test_ji_namely_opens_no_metric() -> None:
    text = "上半年,全市继续保持“三降两升”,即电诈警情、刑事立案分别比降36.6%、28.4%。"
    doc = pressie.extract(text, published="2022-07-20")
    assert [f.metric for f in doc.facts] == ["电诈警情", "刑事立案"]


def test_groups_then_people_with_the_noun_between_are_a_pair() -> None:
    text = "目前,法院已判决4个涉恶团伙72人,审查起诉7个黑恶团伙131人。"
    facts = _by_value(pressie.extract(text, published="2019-02-25"))
    assert facts["72人"].metric == facts["4个"].metric == "判决涉恶团伙"
    assert facts["131人"].metric == "审查起诉黑恶团伙"


def test_a_paragraph_that_details_the_one_before_keeps_its_period() -> None:
    text = ("2024年,全国春运工作专班发布数据。\n"
            "2月10日至17日,全社会跨区域人员流动量预计累计23.11亿人次。\n"
            "具体来看,铁路客运量预计9959万人次。")
    facts = _by_value(pressie.extract(text, published="2024-02-17"))
    assert facts["23.11亿人次"].metric == "全社会跨区域人员流动量"
    assert _period(facts["9959万人次"]) == (date(2024, 2, 10), date(2024, 2, 17))
    # a paragraph of its own goes back to the document's period
    text = text.replace("具体来看,", "")
    facts = _by_value(pressie.extract(text, published="2024-02-17"))
    assert _period(facts["9959万人次"]) != (date(2024, 2, 10), date(2024, 2, 17))


def test_a_half_year_heading_opens_a_later_as_of_date_in_its_paragraph() -> None:
    text = ("记者昨日从广州警方获悉,今年上半年,全市社会治安大局持续向好。据统计,截至6月30日,"
            "全市实际破案20082宗,同比上升6%。")
    doc = pressie.extract(text, published="2018-07-10")
    assert _period(doc.facts[0]) == (date(2018, 1, 1), date(2018, 6, 30))


def test_a_bare_share_counts_the_figure_before_and_gaoda_is_a_copula() -> None:
    text = ("2018年,110指派民警到场处置警情1004535起,仅占38.3%,剩下的报警中,"
            "均为非公安警务警情,高达1616453起。")
    facts = _by_value(pressie.extract(text, published="2019-01-10"))
    assert facts["38.3%"].metric == "110指派民警到场处置警情占比"
    assert facts["1616453起"].metric == "非公安警务警情"


def test_an_actions_length_before_yilai_dates_its_start() -> None:
    text = "开展打击治理电信网络新型违法犯罪工作7个月以来,截至5月底,全市共破获案件200起。"
    doc = pressie.extract(text, published="2016-06-03")
    f = doc.facts[0]
    assert f.metric == "破获电信网络新型违法犯罪案件"
    assert f.period is not None and f.period.date_end == date(2016, 5, 31)
    assert f.period.date_start is not None and f.period.date_start.month == 11
    # a year inside the phrase is no length: 2018年以来 keeps its written start
    doc = pressie.extract("开展扫黑除恶专项斗争2018年以来,全市打掉黑恶势力12个。",
                          published="2020-06-03")
    p = doc.facts[0].period
    assert p is None or p.date_start is None or p.date_start.year >= 2018


def test_an_action_started_with_zi_qi_and_its_length_dates_xingdong_yilai() -> None:
    text = ("据介绍,“燕赵—砺剑铸盾2021”专项行动自2021年5月8日起,历时5个月。行动以来,"
            "全市共破获刑事案件5760起。")
    facts = _by_value(pressie.extract(text, published="2022-01-07"))
    assert _period(facts["5760起"]) == (date(2021, 5, 8), date(2021, 10, 7))
    # without a length it runs to the release
    facts = _by_value(pressie.extract(text.replace("历时5个月", "成效明显"),
                                      published="2022-01-07"))
    assert _period(facts["5760起"]) == (date(2021, 5, 8), date(2022, 1, 7))


def test_money_takes_a_money_noun_after_it_and_zai_frames_close_with_zai() -> None:
    text = ("在民生领域,铁腕追缴130万元问题楼盘维修基金,警税联动为国家挽回2.79亿元税款;"
            "燃气安全整治直捣34处黑窝点。")
    facts = _by_value(pressie.extract(text, published="2025-01-05"))
    assert facts["130万元"].metric == "追缴问题楼盘维修基金"
    assert facts["2.79亿元"].metric == "挽回税款"
    assert facts["34处"].metric == "直捣黑窝点"
    doc = pressie.extract("全市电信网络诈骗刑事警情在2020年同比下降24.96%的基础上再降20.63%。",
                          published="2022-01-05")
    assert [f.metric for f in doc.facts] == ["电信网络诈骗刑事警情"] * 2
    doc = pressie.extract("2022年,市中院受理案件2.8万件。", published="2023-01-10")
    assert doc.facts[0].metric == "受理案件"


def test_levels_listed_after_fenbie_to_level_and_bare_figure_lists_are_distributed() -> None:
    doc = pressie.extract("2022年,法定审限内结案率和一审服判息诉率分别提高到99.4%和83.1%。",
                          published="2023-01-10")
    assert [f.metric for f in doc.facts] == ["法定审限内结案率", "一审服判息诉率"]
    doc = pressie.extract("2022年,全市公安机关侦办部级、省级集群案件23起、35起。",
                          published="2023-01-10")
    assert [f.metric for f in doc.facts] == ["侦办部级集群案件", "侦办省级集群案件"]


def test_a_weight_after_a_count_weighs_its_thing_and_adverbs_before_cong() -> None:
    doc = pressie.extract("民警当场从其携带的密码箱内查获冰毒片剂25包,计重16.95公斤。",
                          published="2019-04-28")
    assert [f.metric for f in doc.facts] == ["查获冰毒片剂", "查获冰毒片剂计重"]
