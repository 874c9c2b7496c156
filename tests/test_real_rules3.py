"""Rules of the genre found on real pages (issue 9, third round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import period_of as _period

import pressie


def test_an_undated_briefing_day_takes_the_year_after_the_reviewed_year() -> None:
    text = (
        "1月7日,在省政府新闻办召开的新闻发布会上,省公安厅介绍了打击电信网络诈骗工作情况。"
        "2024年以来,全省公安共抓获违法犯罪人员1.8万余名。"
        "2024年,全省累计发起集群战役15起。"
    )
    doc = pressie.extract(text)
    assert doc.reference_date == date(2025, 1, 7)
    first, second = doc.facts
    assert _period(first) == (date(2024, 1, 1), date(2025, 1, 7))
    assert _period(second) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_news_dateline_dates_a_page_without_any_other_date() -> None:
    text = (
        "中新网南昌6月20日电 记者从2025年全省禁毒工作新闻发布会上获悉,"
        "今年前5月,全省侦破毒品刑事案件734起。"
    )
    doc = pressie.extract(text)
    assert doc.reference_date == date(2025, 6, 20)
    assert _period(doc.facts[0]) == (date(2025, 1, 1), date(2025, 5, 31))
    # a caller's date wins over the dateline's inferred year
    doc = pressie.extract(text, published="2023-06-21")
    assert _period(doc.facts[0]) == (date(2023, 1, 1), date(2023, 5, 31))


def test_a_work_report_day_dates_the_past_year_and_its_session_is_no_count() -> None:
    text = (
        "1月16日上午,市中级人民法院院长向市第十六届人大四次会议作市中级人民法院工作报告。"
        "过去一年,全市法院新收案件58.8万件,同比下降6.7%。"
    )
    doc = pressie.extract(text, published="2024-11-24")
    assert [f.value.text for f in doc.facts if f.value] == ["58.8万件"]
    assert _period(doc.facts[0]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_year_after_a_bracketed_run_in_heading_governs_its_paragraph() -> None:
    text = (
        "【打击刑事犯罪】2020年,某区公安分局立各类刑事案件2457起。"
        "破获各类刑事案件1106起。抓获犯罪嫌疑人670人。"
    )
    doc = pressie.extract(text)
    assert [_period(f) for f in doc.facts] == [(date(2020, 1, 1), date(2020, 12, 31))] * 3
    assert [f.period.inherited for f in doc.facts] == [False, True, True]


def test_the_level_between_a_comparison_and_its_change_is_the_baseline() -> None:
    text = (
        "2020年,全区立刑事案件2457起,较上年同期2378起上升3.3%;"
        "抓获犯罪嫌疑人670人,较上年同期抓获779人下降14.0%。"
    )
    doc = pressie.extract(text)
    got = [
        (f.value.text, f.change.direction, f.change.amount.text, f.change.baseline.text)
        for f in doc.facts
    ]
    assert got == [("2457起", "up", "3.3%", "2378起"), ("670人", "down", "14.0%", "779人")]


def test_a_change_after_a_parenthesized_sub_count_belongs_to_the_level_before_it() -> None:
    text = "2020年,破获刑事案件1106起(含破获外省案件52起),较上年同期破案858起上升28.9%。"
    doc = pressie.extract(text)
    got = [(f.metric, f.value.text, f.change.amount.text if f.change else None)
           for f in doc.facts]
    assert got == [("破获刑事案件", "1106起", "28.9%"), ("破获外省案件", "52起", None)]


def test_the_current_year_not_over_yet_runs_to_the_reference_date() -> None:
    doc = pressie.extract("2022年,全市共破获刑事案件1493起。", published="2022-10-27")
    assert _period(doc.facts[0]) == (date(2022, 1, 1), date(2022, 10, 27))
    # a past year stays whole, and a year mostly ahead is a plan's (not clipped)
    doc = pressie.extract("2021年,全市共破获刑事案件1493起。", published="2022-10-27")
    assert _period(doc.facts[0]) == (date(2021, 1, 1), date(2021, 12, 31))


def test_quan_nian_is_the_year_written_before_it_in_its_paragraph() -> None:
    text = "2022年,全省破获毒品刑事案件1050起,全年获得公安部嘉奖令1次。"
    doc = pressie.extract(text, published="2023-06-25")
    assert [_period(f) for f in doc.facts] == [(date(2022, 1, 1), date(2022, 12, 31))] * 2


def test_the_news_day_starts_no_campaign() -> None:
    text = (
        "2月20日,市公安局通报了开展扫黑除恶专项斗争情况。\n"
        "自开展扫黑除恶专项斗争以来,市公安局先后召开16次部署会,组织5个督导组。"
    )
    doc = pressie.extract(text, published="2019-02-23")
    assert [(f.metric, _period(f)) for f in doc.facts] == [
        ("召开部署会", (None, None)), ("组织督导组", (None, None))]


def test_a_frequency_after_its_subject_takes_the_verb_phrase_after_it() -> None:
    doc = pressie.extract("春运期间,交警总队先后4次召开视频会议。", published="2016-03-01")
    assert [(f.metric, f.value.text) for f in doc.facts] == [("召开视频会议", "4次")]


def test_a_district_branch_written_police_first_is_its_district() -> None:
    text = "天津市公安局通报。其中公安南开分局侦破一起案件,抓获嫌疑人14名。"
    doc = pressie.extract(text, published="2022-09-08")
    assert [(f.scope, f.region) for f in doc.facts] == [("公安南开分局", "天津市南开区")]
    agencies = {e.canonical for e in doc.entities if e.label == "AGENCY"}
    assert "天津市公安局南开分局" in agencies


def test_a_merged_holiday_and_its_anaphor_are_dated_in_a_year_the_calendar_files_as_one() -> None:
    text = "中秋、国庆“双节”假期,全市高速进出总流量368万辆。节假日期间,共查处交通违法1.6万起。"
    doc = pressie.extract(text, published="2020-10-10")
    assert [_period(f) for f in doc.facts] == [(date(2020, 10, 1), date(2020, 10, 8))] * 2


def test_until_now_after_an_undated_campaign_is_undated() -> None:
    doc = pressie.extract("专项行动开展至今,共抓获犯罪嫌疑人8人。", published="2015-11-25")
    assert _period(doc.facts[0]) == (None, None)
    doc = pressie.extract("去年5月至今,共抓获犯罪嫌疑人8人。", published="2015-11-25")
    assert _period(doc.facts[0]) == (date(2014, 5, 1), date(2015, 11, 25))


def test_n_years_take_the_start_written_in_the_text() -> None:
    text = "“十四五”时期,全省平安建设扎实推进。五年来,全省共破获刑事案件19万余起。"
    doc = pressie.extract(text, published="2025-12-04")
    assert _period(doc.facts[0]) == (date(2021, 1, 1), date(2025, 12, 4))
    doc = pressie.extract("五年来,全省共破获刑事案件19万余起。", published="2025-12-04")
    assert _period(doc.facts[0]) == (date(2020, 1, 1), date(2025, 12, 4))


def test_a_meeting_day_dates_an_undated_page_and_a_closed_year_is_the_past_one() -> None:
    text = "11月30日,省公安厅召开集中行动电视电话会议。2016年以来,全省共破获刑事案件77539起。"
    doc = pressie.extract(text)
    assert _period(doc.facts[0]) == (date(2016, 1, 1), date(2016, 11, 30))
    text = "截至2023年12月底,全国共破获案件43.7万起。去年,全国抓获犯罪嫌疑人7.9万名。"
    assert pressie.periods.text_year(text) == 2024


def test_a_campaign_since_period_dates_its_later_mentions() -> None:
    text = (
        "6月25日全国公安机关夏季治安打击整治“百日行动”部署开展以来,全省公安机关全警动员。"
        "行动以来,全省共破获刑事案件9万余起。\n"
        "据介绍,行动期间,全省公安机关坚持打防并举。行动以来,共抓获犯罪嫌疑人6.5万人。"
    )
    doc = pressie.extract(text, published="2022-09-30")
    assert [_period(f) for f in doc.facts] == [(date(2022, 6, 25), date(2022, 9, 30))] * 2


def test_a_campaign_start_named_paragraphs_before_dates_its_since_period() -> None:
    text = (
        "12月8日,记者从新闻发布会上获悉,全省自今年10月15日开展的道路交通安全专项行动"
        "取得阶段性成果。\n交管部门持续加强路面管控,严查各类交通违法行为。\n"
        "专项行动以来,全省共查处交通违法行为112310起。"
    )
    doc = pressie.extract(text, published="2020-12-20")
    # (the briefing of 12月8日 is the reference date, the page's date of the 20th is not)
    assert _period(doc.facts[0]) == (date(2020, 10, 15), date(2020, 12, 8))


def test_a_campaign_span_with_its_start_verb_dates_its_since_period_without_a_date() -> None:
    text = (
        "“三打击一整治”专项行动从2017年5月开始至12月结束。"
        "专项行动开展以来,全省冻结止付涉案资金2800余万元。"
    )
    doc = pressie.extract(text)
    assert _period(doc.facts[0]) == (date(2017, 5, 1), None)


def test_a_plans_dates_and_deadlines_do_not_set_the_texts_year() -> None:
    text = (
        "11月30日,省公安厅召开集中行动电视电话会议。全省公安机关自2016年12月1日至"
        "2017年4月1日,将开展为期4个月的集中行动。各地反诈中心要在2016年年底前投入运行。"
        "2016年以来,全省公安机关共破获各类刑事案件77539起。"
    )
    assert pressie.periods.text_year(text) == 2016
    doc = pressie.extract(text)
    assert _period(doc.facts[0]) == (date(2016, 1, 1), date(2016, 11, 30))


def test_a_campaign_year_in_a_review_without_jinnian_yilai_is_the_reviewed_year() -> None:
    text = (
        "1月10日电 当天,自治区公安厅召开新闻发布会。据介绍,2022年全区共打掉恶势力犯罪团伙4个。"
        "全区深入推进“昆仑2022”专项行动,侦办食药环案件125起。"
    )
    assert pressie.periods.text_year(text) == 2023
    assert pressie.periods.text_year("今年以来,全区在“昆仑2021”专项行动中破获案件30起。") == 2021


def test_spaces_part_the_clauses_of_a_headline() -> None:
    text = (
        "2023重庆“夏季行动”成果发布 抓获犯罪嫌疑人23606人\n\n"
        "9月27日,全市公安机关召开新闻发布会。"
    )
    doc = pressie.extract(text, published="2023-09-27")
    assert [(f.metric, f.value.text) for f in doc.facts] == [("抓获犯罪嫌疑人", "23606人")]


def test_an_original_title_line_is_a_headline_not_page_chrome() -> None:
    text = "原标题:高速总流量同比上升12.6% 查处各类交通违法1.6万起\n\n昨日,记者从交警部门获悉情况。"
    doc = pressie.extract(text, published="2020-10-10")
    assert "1.6万起" in [f.value.text for f in doc.facts if f.value]


def test_a_count_locating_what_the_next_figure_measures_is_no_fact() -> None:
    doc = pressie.extract("“双节”假期,全市6条高速进出总流量368.1万辆。", published="2020-10-10")
    assert [f.value.text for f in doc.facts] == ["368.1万辆"]
    assert "高速进出总流量" in doc.facts[0].metric


def test_a_single_space_groups_thousands() -> None:
    doc = pressie.extract("二〇一九年录得的整体罪案总数是59 225宗。", published="2020-01-20")
    assert [(q.text, q.value) for q in doc.quantities if q.unit == "宗"] == [("59 225宗", 59225)]
    doc = pressie.extract("全年审结案件899420 件。", published="2024-01-20")
    assert [f.value.value for f in doc.facts] == [899420]


def test_a_small_count_announcing_a_summary_is_no_fact() -> None:
    text = "今年以来,全市工作取得三个明显成效。春节期间,交通事故四项指数明显下降,出台便民举措8项。"
    doc = pressie.extract(text, published="2021-03-01")
    assert [f.value.text for f in doc.facts] == ["8项"]


def test_an_average_annual_change_is_yoy_and_stays_out_of_the_metric() -> None:
    text = "五年来,全省八类严重暴力刑事案件发案量年均下降18%,库存命案年均下降7%。"
    doc = pressie.extract(text, published="2025-12-04")
    got = [(f.metric, f.change.amount.text, f.change.basis) for f in doc.facts]
    assert got == [("八类严重暴力刑事案件发案量", "18%", "yoy"), ("库存命案", "7%", "yoy")]


def test_a_listed_change_without_a_comparison_word_is_yoy_within_a_year_too() -> None:
    text = "2019年,全市案件类警情、刑事立案数分别下降13.7%和5.2%。"
    doc = pressie.extract(text, published="2020-02-25")
    assert [(f.metric, f.change.basis) for f in doc.facts] == [
        ("案件类警情", "yoy"), ("刑事立案数", "yoy")]


def test_a_county_named_by_its_police_is_a_place_and_the_release_region() -> None:
    doc = pressie.extract("昨日,藤县警方召开新闻发布会。行动以来共抓获犯罪嫌疑人8人。")
    assert ("LOCATION", "藤县") in {(e.label, e.canonical) for e in doc.entities}
    # (the region names the county under its prefecture, as the corpus does: 梧州市藤县)
    assert [f.region for f in doc.facts] == ["梧州市藤县"]
    doc = pressie.extract("春节期间,洞口公安交警共出动警力3780人次。", published="2021-02-18")
    assert doc.facts[0].region.endswith("洞口县")
    # not a short form before other words, nor inside a quoted account name
    doc = pressie.extract("全区新建禁毒教育基地9个,“鹿城公安”微信公众号发布提示。")
    assert not [e for e in doc.entities if e.label == "LOCATION"]


def test_guo_qu_de_yi_nian_is_a_rolling_year() -> None:
    doc = pressie.extract("在过去的一年里,全市共破获刑事案件300起。", published="2022-01-10")
    assert doc.facts[0].period is not None and doc.facts[0].period.text == "过去的一年"


def test_an_instrumental_phrase_is_no_part_of_the_metric() -> None:
    text = (
        "专项行动开展以来,省反诈骗中心利用“通讯诈骗案件侦办平台”冻结止付涉案资金2800余万元,"
        "利用电信网络出入口拦截诈骗电话940余万次。"
    )
    doc = pressie.extract(text, published="2017-07-20")
    assert [f.metric for f in doc.facts] == ["冻结止付涉案资金", "拦截诈骗电话"]


def test_a_national_body_in_the_title_makes_a_national_release() -> None:
    text = (
        "国家禁毒办:严厉打击整治毒品违法犯罪活动\n今年1至8月破获毒品犯罪案件2.6万起\n"
        "发布会介绍,全国禁毒部门组织湖南、湖北等11个重点省份开展“猎枭”行动。"
    )
    doc = pressie.extract(text, published="2023-09-20")
    assert doc.facts[0].region == "中国"


def test_dui_n_objects_jinxing_action_is_the_action_on_the_objects() -> None:
    text = "今年以来,全省公安机关对22起涉枪涉爆案件进行挂牌督办。"
    doc = pressie.extract(text, published="2018-10-16")
    assert [(f.metric, f.value.text) for f in doc.facts] == [("挂牌督办涉枪涉爆案件", "22起")]
    # a verb of the list before is not carried into a 对-clause of its own
    text = "清理涉诈银行账户3.6万个、电话卡12.4万张,对2100余名开办人实施联合惩戒。"
    doc = pressie.extract(text, published="2021-07-20")
    assert not doc.facts[-1].metric.startswith("清理")


def test_gang_leaders_and_anonymized_names_are_cut_out_of_a_metric() -> None:
    text = (
        "2018年,共打掉以李某侠、王某刚为首的恶势力犯罪团伙3个,"
        "抓获主犯陈某森、文某德等犯罪嫌疑人140余名。"
    )
    doc = pressie.extract(text, published="2019-01-10")
    assert [f.metric for f in doc.facts] == ["打掉恶势力犯罪团伙", "抓获犯罪嫌疑人"]
    assert all(text[s.start:s.end] == s.text for f in doc.facts for s in f.metric_spans)


def test_an_alias_in_brackets_inside_a_campaign_since_and_a_bracketed_base_year() -> None:
    text = (
        "全国公安机关夏季治安打击整治行动(以下简称“夏季行动”)开展以来,"
        "全区刑事案件同比(2023年)下降11.8%。"
    )
    doc = pressie.extract(text, published="2024-09-28")
    f = doc.facts[0]
    assert f.period is not None and f.period.text.endswith("开展以来")
    assert f.change is not None and f.change.basis == "yoy"


def test_a_bracketed_rate_after_a_change_and_from_a_by_b_to_c() -> None:
    text = (
        "二〇一九年录得的整体罪案总数是59 225宗,较二〇一八年(54 225宗)增加5 000宗(+9.2%)。"
        "暴力罪案由8 884宗增加806宗(+9.1%)至9 690宗。"
    )
    doc = pressie.extract(text, published="2020-01-20")
    got = [
        (f.metric, f.value.text if f.value else None, f.change.amount.text,
         f.change.baseline.text if f.change.baseline else None)
        for f in doc.facts
    ]
    assert got == [
        ("录得的整体罪案总数", "59 225宗", "9.2%", "54 225宗"),
        ("录得的整体罪案总数", None, "5 000宗", None),
        ("暴力罪案", None, "806宗", None),
        ("暴力罪案", "9 690宗", "9.1%", "8 884宗"),
    ]


def test_seasons_of_the_last_years_and_a_years_start_inside_a_since_period() -> None:
    text = "近三年春运期间,因疲劳驾驶导致的事故占比超过一半。"
    doc = pressie.extract(text, published="2026-02-26")
    assert _period(doc.facts[0]) == (date(2023, 1, 1), date(2026, 2, 26))
    text = "今年年初公安部部署开展命案积案攻坚行动以来,全国共侦破命案积案2476起。"
    doc = pressie.extract(text, published="2020-12-09")
    assert _period(doc.facts[0]) == (date(2020, 1, 1), date(2020, 12, 9))


def test_a_news_report_day_is_no_period_and_nian_chu_is_the_current_year() -> None:
    text = "台海网9月6日讯 据东南网报道,摧毁黑社会性质组织2个。"
    doc = pressie.extract(text, published="2018-09-06")
    assert doc.facts[0].period is None
    text = "12月25日,省公安厅召开新闻发布会,通报2025年全省公安工作成效。2025年初,全省建成侦查中心。"
    assert pressie.periods.text_year(text) == 2025


def test_a_county_level_city_naming_the_briefing_in_a_flattened_lead_is_the_region() -> None:
    text = (
        "湖南日报8月30日讯(记者 某某)8月30日,记者从醴陵市2023年禁毒工作新闻通报会获悉,"
        "2022年以来,该市公安局共侦破涉毒刑事案件116起,打掉贩卖毒品团伙12个,"
        "缴获各类毒品1320.26克,已连续4年实现本地制毒案件“零发生”。"
    )
    doc = pressie.extract(text)
    assert doc.facts[0].region is not None and doc.facts[0].region.endswith("醴陵市")


def test_a_base_frame_before_a_change_is_no_part_of_its_subject() -> None:
    text = "半年来,全县刑事警情在2021年度全市降幅第一的基础上,今年同比再降47.38%。"
    doc = pressie.extract(text, published="2022-07-10")
    assert [f.metric for f in doc.facts] == ["刑事警情"]


def test_a_shared_predicate_after_a_list_of_counted_people() -> None:
    text = "2023年,全省共有9名民警、2名辅警因公牺牲,17名民警、4名辅警在职病故。"
    doc = pressie.extract(text, published="2024-01-10")
    metrics = [f.metric for f in doc.facts]
    assert all(m.startswith(("民警", "辅警")) for m in metrics) and len(metrics) == 4
    assert [m.endswith(("牺牲", "病故")) for m in metrics] == [True] * 4
