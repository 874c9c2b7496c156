"""Rules of the genre found on real pages (issue 9, fifth round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import by_value as _by_value
from factview import period_of as _period

import pressie


def test_a_campaign_since_period_without_a_written_start_is_undated() -> None:
    text = ("11月19日,在扫黑除恶专项斗争中,全区查扣涉案资产46.4亿元。"
            "据悉,开展专项斗争以来,全区共起诉涉黑案件82件。"
            "扫黑除恶专项斗争开展以来,全县共抓获犯罪嫌疑人30人。")
    facts = _by_value(pressie.extract(text, published="2019-11-19"))
    # the campaign frame takes the campaign's known span, up to the release
    assert _period(facts["46.4亿元"]) == (date(2018, 1, 1), date(2019, 11, 19))
    # spec: 专项斗争以来 -> None..None; the known span does not flow into it
    assert _period(facts["82件"]) == (None, None)
    assert _period(facts["30人"]) == (None, None)
    # a start the text writes still dates it
    doc = pressie.extract("自2018年1月开展扫黑除恶专项斗争以来,全县共抓获犯罪嫌疑人30人。",
                          published="2019-11-19")
    assert _period(doc.facts[0]) == (date(2018, 1, 1), date(2019, 11, 19))


def test_an_as_of_stock_after_a_vague_paragraph_head_frames_the_rest_of_it() -> None:
    text = ("近年来,全省公安机关始终保持严打高压态势。截至9月25日,共打掉涉黑涉恶团伙45个。"
            "并结合缉枪治爆专项行动,缴获各类枪支829支。")
    facts = _by_value(pressie.extract(text, published="2018-09-26"))
    assert _period(facts["45个"]) == (None, date(2018, 9, 25))
    assert _period(facts["829支"]) == (None, date(2018, 9, 25))
    # the vague head still frames the sentence it opens
    text = "近年来,全省公安机关破获刑事案件219起。截至9月25日,共打掉涉黑涉恶团伙45个。"
    facts = _by_value(pressie.extract(text, published="2018-09-26"))
    assert _period(facts["219起"]) == (None, None)


def test_an_action_period_dated_by_the_sentence_that_starts_it() -> None:
    text = ("9月9日至11日,根据全国公安机关夏季治安巡查宣防集中统一行动的要求,"
            "全区公安机关开展夏夜治安巡查第三次集中统一行动。"
            "集中统一行动期间,全区出动警力1.16万人次,抓获网上逃犯9人。")
    facts = _by_value(pressie.extract(text, published="2022-09-13"))
    assert _period(facts["9人"]) == (date(2022, 9, 9), date(2022, 9, 11))
    # a sentence that names another action starts nothing for this one
    text = text.replace("集中统一行动的要求", "工作要求")
    text = text.replace("第三次集中统一行动。", "宣防工作。")
    facts = _by_value(pressie.extract(text, published="2022-09-13"))
    assert _period(facts["9人"]) == (None, None)


def test_a_news_dateline_does_not_start_the_since_period_written_after_it() -> None:
    text = "人民网兰州5月13日电 (记者)“2021年以来,全省经侦部门破获非法集资案件184起。”"
    facts = _by_value(pressie.extract(text, published="2022-05-13"))
    assert _period(facts["184起"]) == (date(2021, 1, 1), date(2022, 5, 13))
    # an event started on a day, with a campaign's year in its name, still starts there
    text = "自7月25日公安部部署开展“净网2019”专项行动以来,全省破获案件184起。"
    facts = _by_value(pressie.extract(text, published="2019-12-13"))
    assert _period(facts["184起"]) == (date(2019, 7, 25), date(2019, 12, 13))


def test_an_open_as_of_date_is_opened_only_by_a_started_action() -> None:
    text = ("2018年初以来,全市警方打击毒品犯罪成效明显。"
            "今年以来,全市警方与邻省警方开展协作会谈4次。\n\n据了解,截至11月8日,全市共破获毒品案件224起。")
    facts = _by_value(pressie.extract(text, published="2018-11-13"))
    assert _period(facts["224起"]) == (None, date(2018, 11, 8))
    # an action started just before does open it
    text = text.replace("开展协作会谈4次", "开展第三轮禁毒人民战争")
    facts = _by_value(pressie.extract(text, published="2018-11-13"))
    assert _period(facts["224起"]) == (date(2018, 1, 1), date(2018, 11, 8))


def test_xian_yi_reports_a_stock_as_of_now() -> None:
    text = "全市刑事警情持续下降。局长说,现已破获各类刑事案件265起。"
    facts = _by_value(pressie.extract(text, published="2022-08-23"))
    assert _period(facts["265起"]) == (None, date(2022, 8, 23))
    facts = _by_value(pressie.extract(text.replace("现已", ""), published="2022-08-23"))
    assert facts["265起"].period is None


def test_a_length_after_a_since_period_ends_it_and_leaves_the_metric() -> None:
    text = "自2021年9月份全市成立打击盗窃犯罪专班以来,三个月抓获犯罪嫌疑人190人,破案327起。"
    facts = _by_value(pressie.extract(text, published="2022-01-20"))
    assert _period(facts["190人"]) == (date(2021, 9, 1), date(2021, 11, 30))
    assert _period(facts["327起"]) == (date(2021, 9, 1), date(2021, 11, 30))
    assert facts["190人"].metric == "抓获犯罪嫌疑人"
    # without a length it runs to the release
    facts = _by_value(pressie.extract(text.replace("三个月", ""), published="2022-01-20"))
    assert _period(facts["190人"]) == (date(2021, 9, 1), date(2022, 1, 20))
    doc = pressie.extract("行动开展以来,短短两个月破案12起。", published="2022-01-20")
    assert doc.facts[0].metric == "破案"


def test_a_year_written_as_the_start_of_an_event_dates_it() -> None:
    text = "区反诈中心自2020年运行以来,冻结犯罪嫌疑人账户3109个。"
    facts = _by_value(pressie.extract(text, published="2021-02-04"))
    assert _period(facts["3109个"]) == (date(2020, 1, 1), date(2021, 2, 4))
    # a year naming the event's year is no start date
    text = "今年夏季治安打击整治行动开展以来,全市破获刑事案件100起。"
    facts = _by_value(pressie.extract(text, published="2021-08-04"))
    assert _period(facts["100起"]) == (None, None)


def test_a_counted_observed_day_gives_an_undated_text_its_year() -> None:
    text = ("6月23日,时值第33个国际禁毒日来临之际,市中级人民法院通报2019年以来毒品犯罪案件"
            "审判情况。2019年以来,全市法院审结毒品犯罪案件698件。")
    facts = _by_value(pressie.extract(text))
    # (the text's year is 2020, so the period does not end in 2019 at "6月23日")
    assert _period(facts["698件"]) == (date(2019, 1, 1), None)
    from pressie.periods.analyze import text_year
    assert text_year(text) == 2020
    assert text_year("在第三个中国人民警察节到来之际,全市公安机关破获案件1200起。") == 2023
    assert text_year(text.replace("第33个国际禁毒日", "国际禁毒日")) == 2019


def test_a_report_heading_names_the_year_a_release_reviews() -> None:
    text = ("2017年全市检察机关工作报告\n2017工作回顾\n"
            "2017年,全市检察机关忠实履行职责。一年来,共受理提请批捕9605人。")
    facts = _by_value(pressie.extract(text, published="2018-07-12"))
    assert _period(facts["9605人"]) == (date(2017, 1, 1), date(2017, 12, 31))
    # without the heading 一年来 runs from the year before to the release
    facts = _by_value(pressie.extract(text.split("\n", 2)[2], published="2018-07-12"))
    assert _period(facts["9605人"]) == (date(2017, 1, 1), date(2018, 7, 12))


def test_an_action_since_dated_earlier_opens_the_as_of_date_after_it() -> None:
    text = ("2023年6月以来,公安部部署开展夏季治安打击整治行动,重拳打击违法犯罪。\n"
            "据了解,“夏季行动”以来,全省公安机关重拳打击违法犯罪。截至目前,全省共破获刑事案件"
            "3.5万起。")
    facts = _by_value(pressie.extract(text, published="2023-08-27"))
    assert _period(facts["3.5万起"]) == (date(2023, 6, 1), date(2023, 8, 27))


def test_an_as_of_paragraph_after_blank_lines_continues_the_action_since() -> None:
    text = ("近日,记者从市公安局获悉,自10月21日全省“陇风-2020”专项行动开展以来,"
            "市公安局精心组织,专项行动取得明显成效。\n\n  截至目前,全市公安机关攻克命案积案5起。")
    facts = _by_value(pressie.extract(text, published="2020-12-17"))
    assert _period(facts["5起"]) == (date(2020, 10, 21), date(2020, 12, 17))


def test_later_measures_of_a_listed_event_share_its_noun() -> None:
    text = "今年以来,全市道路交通事故起数、死亡人数、受伤人数同比分别下降6.67%、8.21%、5%。"
    doc = pressie.extract(text, published="2023-06-01")
    assert [f.metric for f in doc.facts] == [
        "道路交通事故起数", "道路交通事故死亡人数", "道路交通事故受伤人数"]
    # items that are not only a measure keep their own words
    doc = pressie.extract("今年以来,全市刑事案件立案数、治安案件查处数同比分别下降6%、8%。",
                          published="2023-06-01")
    assert [f.metric for f in doc.facts] == ["刑事案件立案数", "治安案件查处数"]


def test_an_epoch_update_time_is_no_publication_date() -> None:
    text = ("春节全市刑事警情下降\n来源: 更新时间:1970-01-01 08:00:00 编辑:管理员 浏览:3961\n"
            "1月27日零时至2月2日12时,110接报有效警情28682起,同比下降14%。")
    doc = pressie.extract(text)
    assert doc.published is None
    assert _period(_by_value(doc)["28682起"]) == (None, None)
    doc = pressie.extract(text.replace("1970-01-01", "2017-02-03"))
    assert doc.published == date(2017, 2, 3)
    assert _period(_by_value(doc)["28682起"]) == (date(2017, 1, 27), date(2017, 2, 2))


def test_an_action_up_to_now_is_an_action_since_period() -> None:
    text = ("中新网昆明10月16日电 会上发布,该省今年6月24日开展“夏季行动”至今,"
            "化解矛盾纠纷7.1万起。\n周建忠介绍,该省开展“夏季行动”至今,排查各类矛盾纠纷7.3万起。\n"
            "其中,全省公安机关带破各类案件661起。")
    facts = _by_value(pressie.extract(text, published="2024-10-16"))
    for v in ("7.1万起", "7.3万起", "661起"):
        assert _period(facts[v]) == (date(2024, 6, 24), date(2024, 10, 16)), v
    # an action written without its start stays undated, as 行动开展以来 does
    facts = _by_value(pressie.extract("全省开展“夏季行动”至今,化解矛盾纠纷7.1万起。",
                                      published="2024-10-16"))
    assert _period(facts["7.1万起"]) == (None, None)
    # a plain 去年至今 is unchanged
    facts = _by_value(pressie.extract("去年至今,全省化解矛盾纠纷7.1万起。", published="2024-10-16"))
    assert _period(facts["7.1万起"]) == (date(2023, 1, 1), date(2024, 10, 16))


def test_a_data_release_writing_one_period_throughout_dates_its_bare_figures() -> None:
    text = ("一、刑事检察工作\n(一)审查逮捕工作\n1.受案情况\n"
            "2022年上半年,区人民检察院共受理各类审查逮捕案件71件91人。\n2.审查情况\n"
            "共退回补充侦查36件67人。\n(二)审查起诉工作\n"
            "2022年上半年,区人民检察院共审结各类审查起诉案件326件364人。\n3.判决情况\n"
            "判决生效各类刑事犯罪案件204件249人。")
    facts = _by_value(pressie.extract(text, published="2022-07-20"))
    for v in ("36件", "204件"):
        assert _period(facts[v]) == (date(2022, 1, 1), date(2022, 6, 30)), v
    # two different periods: no single period for the release (a figure under the
    # section opened by 2022年一季度 takes that section's period)
    text2 = text.replace("2022年上半年,区人民检察院共审结", "2022年一季度,区人民检察院共审结")
    facts = _by_value(pressie.extract(text2, published="2022-07-20"))
    assert facts["36件"].period is None
    assert _period(facts["204件"]) == (date(2022, 1, 1), date(2022, 3, 31))


def test_months_reported_on_an_earlier_news_day_were_reported_the_year_after() -> None:
    from pressie.periods.analyze import text_year
    text = ("记者1月22日从省公安厅获悉:2023年1月至11月,全省电信网络诈骗案件立案同比下降12.9%。"
            "去年共发起全国集群战役17次。")
    assert text_year(text) == 2024
    facts = _by_value(pressie.extract(text))
    assert _period(facts["17次"])[0] == date(2023, 1, 1)
    assert text_year(text.replace("1月22日", "12月22日")) == 2023


def test_a_city_release_citing_the_province_once_is_the_city() -> None:
    text = ("全市酒驾引发事故量同比降了三成多\n\n齐鲁晚报 2017-12-05 13:50\n\n"
            "2日,记者从聊城市交通安全日主题活动上了解到,今年以来,全市交通违法查处量同比提升51.8%,"
            "全市道路交通事故起数同比下降6.67%。\n\n按照市政府和省公安厅统一部署,市公安局决定在全市"
            "集中开展道路交通安全百日集中行动,确保全市道路交通安全形势持续稳定。")
    doc = pressie.extract(text, published="2017-12-05")
    assert {f.region for f in doc.facts} == {"聊城市"}


def test_a_release_naming_one_district_only_is_that_district() -> None:
    text = ("一、刑事检察工作\n2022年上半年,相城区人民检察院共受理各类审查逮捕案件71件91人。\n"
            "共退回补充侦查36件67人。")
    doc = pressie.extract(text, published="2022-07-20")
    assert {f.region for f in doc.facts} == {"苏州市相城区"}


def test_campaign_years_and_theme_years_in_undated_texts() -> None:
    from pressie.periods.analyze import text_year
    # a campaign of this year when the text counts 今年 (not a plan's)
    text = "9月25日,市公安局通报“雷火2023”工作情况。今年,全市共破获毒品案件42起。"
    assert text_year(text) == 2023
    assert text_year(text.replace("今年,全市共破获", "全市共破获")) == 2024
    assert text_year("“雷火2023”成效明显。今年将继续开展专项行动,全市共破获毒品案件42起。") == 2024
    # a campaign's year before its sub-title; a theme year is no reviewed year
    text = "今年以来,全区公安机关结合“亮剑2022·扫黑恶”专项行动,打掉涉黑组织8个。2023年是开局之"
    assert text_year(text) == 2022


def test_a_report_delivered_on_a_day_is_dated_by_that_day() -> None:
    text = ("省高级人民法院关于2018年上半年工作情况的报告\n来源:人大网 时间:2019-03-19 09:13\n"
            "——2018年7月23日在省第十三届人民代表大会常务委员会第四次会议上\n"
            "现将上半年法院工作情况报告如下。今年以来,全省法院共受理各类案件481878件。")
    doc = pressie.extract(text)
    assert doc.event_date == date(2018, 7, 23)
    assert _period(_by_value(doc)["481878件"]) == (date(2018, 1, 1), date(2018, 7, 23))


def test_an_yi_count_with_its_wan_count_is_one_amount_and_names_are_no_counts() -> None:
    doc = pressie.extract("全市冻结扣押非法资产5亿595万元。", published="2019-06-01")
    assert [(f.value.text, f.value.value) for f in doc.facts] == [("5亿595万元", 505950000.0)]
    doc = pressie.extract("按照省委十一届二次全会要求,高速公路六支队开展应急指导,"
                          "刑侦总队二支队支队长介绍,全市组建巡逻队伍30支,缴获枪支3支。",
                          published="2019-06-01")
    assert [f.value.text for f in doc.facts] == ["30支", "3支"]


def test_two_change_amounts_after_two_figures_are_distributed_without_fenbie() -> None:
    doc = pressie.extract("发放国家司法救助15人10.8万元,同比上升25%和5.8%。",
                          published="2022-07-20")
    assert [(f.value.text, f.change.amount.text) for f in doc.facts] == [
        ("15人", "25%"), ("10.8万元", "5.8%")]
    doc = pressie.extract("发出执行监督类检察建议5件(净增2件)。", published="2022-07-20")
    assert doc.facts[0].change.direction == "up"
    assert doc.facts[0].change.amount.text == "2件"


def test_days_written_without_their_month_are_days_of_the_release_month() -> None:
    text = ("本报讯 根据统一部署,11日至13日,全市警方开展夏夜治安巡查集中行动,查获酒驾84起。"
            "12日,如皋市公安局查处赌博案件两起。")
    facts = _by_value(pressie.extract(text, published="2023-08-15"))
    assert _period(facts["84起"]) == (date(2023, 8, 11), date(2023, 8, 13))
    assert _period(facts["两起"]) == (date(2023, 8, 12), date(2023, 8, 12))
    # days after the release day are the month before's
    facts = _by_value(pressie.extract(text, published="2023-08-05"))
    assert _period(facts["84起"]) == (date(2023, 7, 11), date(2023, 7, 13))
    # a number of days inside a clause is no period
    doc = pressie.extract("办理时限由20日缩短至5日,全市共办结案件84起。", published="2023-08-05")
    assert _by_value(doc)["84起"].period is None


def test_a_sentence_opening_with_qijian_goes_on_in_the_days_just_written() -> None:
    text = ("当前,百日行动已进入关键阶段。\n三是集中行动。8月12日20时至8月15日2时,"
            "全省开展了夏夜治安巡查集中统一行动,加强重点街面巡查。期间,共出动警力21.7万人次。")
    facts = _by_value(pressie.extract(text, published="2022-08-26"))
    assert _period(facts["21.7万人次"]) == (date(2022, 8, 12), date(2022, 8, 15))


def test_a_written_year_month_sets_the_year_of_the_months_after_it() -> None:
    text = ("2015年10月,省政府成立联席会议,并于当年11月实施专项行动。该行动开展以来,"
            "全省共侦破电信网络诈骗案件17913起。")
    facts = _by_value(pressie.extract(text, published="2017-11-22"))
    assert _period(facts["17913起"]) == (date(2015, 11, 1), date(2017, 11, 22))


def test_bi_jiang_and_bi_sheng_are_year_on_year_changes() -> None:
    doc = pressie.extract("2016年,全省电信网络诈骗发案量比降11.57%、群众损失比降28.36%,"
                          "破案数比升5%。", published="2017-11-22")
    got = [(f.metric, f.change.direction, f.change.basis, f.change.amount.text)
           for f in doc.facts]
    assert got == [("电信网络诈骗发案量", "down", "yoy", "11.57%"),
                   ("群众损失", "down", "yoy", "28.36%"), ("破案数", "up", "yoy", "5%")]
    # 比 with a base is a baseline comparison as before
    doc = pressie.extract("2016年,全省发案数比2015年下降5%。", published="2017-11-22")
    assert doc.facts[0].change.basis == "baseline"


def test_more_than_n_years_and_a_year_said_to_be_ending() -> None:
    facts = _by_value(pressie.extract("衡水市公安机关两年多来,共查获吸毒人员396人。",
                                      published="2015-06-23"))
    assert _period(facts["396人"]) == (date(2013, 1, 1), date(2015, 6, 23))
    from pressie.periods.analyze import text_year
    text = "转眼间2021即将落下帷幕\n回首这一年\n12月3日至5日期间,全市出动安保力量2213人次。"
    assert text_year(text) == 2021
    assert _period(_by_value(pressie.extract(text))["2213人次"])[0] == date(2021, 12, 3)


def test_the_reporters_day_dates_an_undated_release() -> None:
    text = ("记者1月22日从省公安厅获悉:2023年1月至11月,全省电信网络诈骗案件立案同比下降12.9%。\n"
            "2023年以来,全省各级公安机关累计发送预警信息763.87万条。")
    doc = pressie.extract(text)
    assert doc.reference_date == date(2024, 1, 22)
    assert _period(_by_value(doc)["763.87万条"]) == (date(2023, 1, 1), date(2024, 1, 22))


def test_a_text_written_as_its_year_ends_counts_up_to_that_years_end() -> None:
    text = "转眼间2021即将落下帷幕\n回首这一年\n今年以来,全市排查管控入境人员49人。"
    facts = _by_value(pressie.extract(text))
    assert _period(facts["49人"]) == (date(2021, 1, 1), date(2021, 12, 31))
    # a year known only from a figure's period keeps the end open
    facts = _by_value(pressie.extract("2021年全市破案100起。今年以来,全市排查管控入境人员49人。"))
    assert _period(facts["49人"])[1] is None


def test_a_quarter_after_jinnian_yilai_is_this_years_in_a_review_of_last_year() -> None:
    text = ("昨日,市禁毒支队举行2017年总结表彰大会。2017年,支队共查破毒品刑事案件1075起。"
            "2017年,全市逮捕1142人。\n今年以来,全市推进禁毒严打斗争。仅第一季度,连破3起目标案件。")
    facts = _by_value(pressie.extract(text, published="2018-04-17"))
    assert _period(facts["3起"]) == (date(2018, 1, 1), date(2018, 3, 31))
