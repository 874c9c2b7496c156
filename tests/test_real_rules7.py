"""Rules of the genre found on real pages (issue 9, seventh round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import by_value as _by_value
from factview import period_of as _period

import pressie
from pressie.periods import find_period_mentions


def test_the_day_written_in_brackets_after_today_is_the_news_day() -> None:
    text = ("省公安厅今天(6月12日)对外发布最新战果。今年以来,全省公安机关共打掉"
            "恶势力团伙21个。2019年,全省共破获涉恶案件530起。")
    facts = _by_value(pressie.extract(text))
    # (the year after the last full year reviewed: periods.text_year)
    assert _period(facts["21个"]) == (date(2020, 1, 1), date(2020, 6, 12))


def test_a_briefing_written_without_its_last_character_dates_the_release() -> None:
    # 召开新闻发布通报… (发布会 shortened): still the day the briefing was held
    text = ("自2021年3月开展专项行动以来,全市公安机关共抓获嫌疑人320名。\n"
            "2021年6月30日,市公安局召开新闻发布通报专项行动成效。")
    facts = _by_value(pressie.extract(text))
    assert _period(facts["320名"]) == (date(2021, 3, 1), date(2021, 6, 30))


def test_a_campaign_since_opening_the_lead_is_the_releases_period() -> None:
    text = ("本报讯(记者王明)冬季治安打击整治行动开展以来,全市公安机关重拳出击,取得明显成效。\n"
            "各级刑侦部门共破获刑事案件86起,抓获犯罪嫌疑人97人。\n"
            "今年以来,全市共接报电信诈骗警情1200起。")
    facts = _by_value(pressie.extract(text, published="2023-12-20"))
    for value in ("86起", "97人"):
        assert facts[value].period is not None
        assert facts[value].period.text == "冬季治安打击整治行动开展以来"
        assert _period(facts[value]) == (None, None)
    assert _period(facts["1200起"]) == (date(2023, 1, 1), date(2023, 12, 20))


def test_an_era_or_a_dated_since_opening_the_lead_leaves_the_later_year() -> None:
    # an era is no campaign; a campaign dated by its 截至 is dated as written
    era = ("改革开放以来,经济犯罪随之大量产生。\n"
           "2015年,全国公安机关共破获经济犯罪案件17万起。\n"
           "各地共挽回经济损失300余亿元。")
    facts = _by_value(pressie.extract(era, published="2016-08-18"))
    assert _period(facts["300余亿元"]) == (date(2015, 1, 1), date(2015, 12, 31))
    dated = ("“百日行动”开展以来,截至7月底,全国公安机关共破获刑事案件1.2万起。\n"
             "各地共抓获犯罪嫌疑人2万余人。")
    facts = _by_value(pressie.extract(dated, published="2022-08-05"))
    assert _period(facts["2万余人"])[1] == date(2022, 7, 31)


def test_the_breadcrumb_you_are_here_is_no_period() -> None:
    text = "当前位置 首页 > 交通资讯\n当前,全市道路交通安全形势平稳。"
    mentions = find_period_mentions(text, date(2019, 5, 5))
    assert [m.text for m in mentions] == ["当前"]
    assert mentions[0].start == text.index("\n") + 1


def test_a_month_range_written_with_spaces() -> None:
    facts = _by_value(pressie.extract("2019年1 至5 月,全市共破获电信诈骗案件11起。"))
    assert _period(facts["11起"]) == (date(2019, 1, 1), date(2019, 5, 31))


def test_a_spring_travel_review_early_in_the_year_is_no_review_of_the_year_before() -> None:
    # a 春运 release in March names last year's figures further on: the paragraphs after the
    # season's lead stay in the season, not in last year
    text = ("首页 > 交通新闻 > 春运期间全省道路交通事故数下降10.9%\n\n"
            "3月6日,省交警总队召开春运总结新闻发布会。记者从会上获悉,2019年春运期间,"
            "全省道路交通事故起数同比下降10.9%。\n\n"
            "2019年春运期间,全省未发生严重交通拥堵。\n\n"
            "高速公路方面,全省高速公路通行总流量1.9亿辆次。\n\n"
            "会上还通报了2018年全省十大事故多发路段。某运输公司2018年全年违法总量932起。")
    facts = _by_value(pressie.extract(text, published="2019-03-06"))
    assert _period(facts["1.9亿辆次"]) == (date(2019, 1, 21), date(2019, 3, 1))
    assert _period(facts["932起"]) == (date(2018, 1, 1), date(2018, 12, 31))


def test_holidays_written_as_a_list_span_from_the_first_to_the_last() -> None:
    text = "元旦、春节期间,全市共查处酒驾120起。"
    facts = _by_value(pressie.extract(text, published="2016-02-25"))
    assert _period(facts["120起"]) == (date(2016, 1, 1), date(2016, 2, 13))
    # 元宵节 is no day off: the 15th day of the first lunar month (2016-02-22)
    facts = _by_value(pressie.extract("春节、元宵节期间,全市共发生交通事故12起。",
                                      published="2016-02-25"))
    assert _period(facts["12起"]) == (date(2016, 2, 7), date(2016, 2, 22))


def test_lunar_festivals_without_national_days_off_are_dated_by_the_lunar_calendar() -> None:
    # 火把节: three days from the 24th day of the sixth lunar month (2021: 8月2日)
    facts = _by_value(pressie.extract("火把节期间,全州公安机关共出动警力1032人次。",
                                      published="2021-08-06"))
    assert _period(facts["1032人次"]) == (date(2021, 8, 2), date(2021, 8, 4))
    facts = _by_value(pressie.extract("元宵节期间,全市共接报警情350起。", published="2021-03-01"))
    assert _period(facts["350起"]) == (date(2021, 2, 26), date(2021, 2, 26))


def test_a_topic_written_once_before_a_list_of_measures_counts_for_each() -> None:
    text = "今年以来,全市电信网络诈骗发案数、损失数同比分别下降12.3%、20.1%。"
    doc = pressie.extract(text, published="2023-06-01")
    metrics = [f.metric for f in doc.facts]
    assert metrics == ["电信网络诈骗发案数", "电信网络诈骗损失数"]
    # a measure with a topic of its own keeps it
    text = "今年以来,全市刑事案件立案数、治安案件查处数同比分别下降5.1%、3.2%。"
    doc = pressie.extract(text, published="2023-06-01")
    assert [f.metric for f in doc.facts] == ["刑事案件立案数", "治安案件查处数"]


def test_zhi_opening_a_clause_closed_by_a_comma_is_as_of() -> None:
    text = ("至上月底,全市共打掉涉黑犯罪组织6个。至目前,共抓获相关犯罪嫌疑人855人。"
            "1月至3月,共破获案件12起。")
    facts = _by_value(pressie.extract(text, published="2018-06-05"))
    assert _period(facts["6个"]) == (None, date(2018, 5, 31))
    assert _period(facts["855人"]) == (None, date(2018, 6, 5))
    assert _period(facts["12起"]) == (date(2018, 1, 1), date(2018, 3, 31))


def test_a_campaign_since_after_the_reporters_source_opens_the_lead() -> None:
    text = ("记者从省公安厅新闻发布会了解到,夏季治安打击整治“百日行动”以来,全省共破获案件2263起。\n"
            "刑侦总队总队长介绍,公诉、判决人数分别增长7.2%和8.5%。\n"
            "前三季度,全省共打掉犯罪团伙87个。")
    doc = pressie.extract(text, published="2022-10-12")
    facts = {f.metric: f for f in doc.facts}
    assert facts["公诉人数"].period is not None
    assert facts["公诉人数"].period.text == "夏季治安打击整治“百日行动”以来"
    # (an action's change with no comparison word is within a year: yoy)
    assert facts["公诉人数"].change is not None and facts["公诉人数"].change.basis == "yoy"
    assert _period(_by_value(doc)["87个"]) == (date(2022, 1, 1), date(2022, 9, 30))


def test_the_day_before_a_reporters_source_starts_no_action() -> None:
    text = ("9月2日,记者从潍坊市公安机关夏季治安打击整治“百日行动”工作开展情况新闻发布会上了解到,"
            "百日行动开展以来,全市经侦部门共破获经济犯罪案件35起。")
    facts = _by_value(pressie.extract(text, published="2022-09-02"))
    assert _period(facts["35起"]) == (None, None)


def test_this_week_and_last_week_are_whole_weeks() -> None:
    facts = _by_value(pressie.extract("上周,全市共受理有效警情13664起。", published="2021-03-22"))
    assert _period(facts["13664起"]) == (date(2021, 3, 15), date(2021, 3, 21))
    facts = _by_value(pressie.extract("本周,全市共受理有效警情5313起。", published="2021-03-19"))
    assert _period(facts["5313起"]) == (date(2021, 3, 15), date(2021, 3, 21))
    # without a date, the days in brackets date it; a year the text only implies does not
    facts = _by_value(pressie.extract("上周(2019年4月15日至21日),全市共受理刑事案件99起。"))
    assert _period(facts["99起"]) == (date(2019, 4, 15), date(2019, 4, 21))
    text = "本周,全市共受理有效警情5313起。该男子于2015年9月在某小区盗窃电动车一辆。"
    assert _period(_by_value(pressie.extract(text))["5313起"]) == (None, None)


def test_an_action_since_takes_the_start_of_the_since_period_naming_it() -> None:
    text = ("自6月25日以来,按照公安部夏季治安打击整治“百日行动”统一部署,全市公安机关严厉打击"
            "各类违法犯罪。行动开展以来,共破获刑事案件512起。")
    facts = _by_value(pressie.extract(text, published="2022-08-18"))
    assert _period(facts["512起"]) == (date(2022, 6, 25), date(2022, 8, 18))
    # a named since-period is left to its own name (专项斗争以来 after 今年以来…专项斗争)
    text = ("今年以来,全市公安机关深入推进扫黑除恶专项斗争。专项斗争开展以来,"
            "共查封涉案资产6.99亿余元。")
    facts = _by_value(pressie.extract(text, published="2020-10-20"))
    assert _period(facts["6.99亿余元"]) == (None, None)


def test_values_listed_for_each_year_of_a_span_are_those_years_figures() -> None:
    text = ("2018-2023年,全区法院一审新收毒品犯罪案件分别为7702件、6003件、5612件、5952件、"
            "3073件、2839件。")
    doc = pressie.extract(text, published="2024-06-25")
    facts = [f for f in doc.facts if f.value]
    assert [f.value.text for f in facts] == ["7702件", "6003件", "5612件", "5952件", "3073件",
                                              "2839件"]
    assert {f.metric for f in facts} == {"一审新收毒品犯罪案件"}
    assert [_period(f) for f in facts] == [
        (date(y, 1, 1), date(y, 12, 31)) for y in range(2018, 2024)]
    # as many values as there are years, or the span stays whole
    text = "2018-2023年,全区法院一审新收毒品犯罪案件分别为7702件、6003件。"
    facts = [f for f in pressie.extract(text, published="2024-06-25").facts if f.value]
    assert [_period(f) for f in facts] == [(date(2018, 1, 1), date(2023, 12, 31))] * 2


def test_as_of_the_time_of_writing() -> None:
    text = "截至发稿,全省公安机关共打掉涉黑犯罪组织16个。"
    facts = _by_value(pressie.extract(text, published="2018-09-05"))
    assert _period(facts["16个"]) == (None, date(2018, 9, 5))


def test_a_city_named_again_and_again_is_the_release_of_that_city() -> None:
    # a source line is no title, and a province's words inside a quoted honour (“全省…先进市”)
    # or once beside the city's own (全市…全市…全市) leave the release to the city
    text = ("来源:人民网-安徽频道\n\n"
            "全市划定接处警快速反应防控圈53个。\n"
            "全年全市刑事案件立案11861起。\n"
            "在连续6年获评“全省平安建设先进市”的基础上,蚌埠市成功夺得示范市称号。"
            "一年来,蚌埠公安守正创新。蚌埠市公安局扎实推进平安建设,蚌埠警方破案5534起。"
            "全市每10万人命案发生率低于全省、全国的平均水平。蚌埠市委对公安工作给予肯定,"
            "省委领导批示肯定了蚌埠市的做法。")
    facts = _by_value(pressie.extract(text, published="2022-01-10"))
    assert facts["53个"].region == "蚌埠市"
    assert facts["11861起"].region == "蚌埠市"


def test_a_year_that_is_an_eras_record_is_no_start() -> None:
    text = ("2020年,全省共破获刑事案件2.47万起。\n"
            "2020年是改革开放以来全省破获命案积案最多的一年。据统计,全省共攻破命案积案127起。")
    facts = _by_value(pressie.extract(text, published="2021-01-11"))
    assert _period(facts["127起"]) == (date(2020, 1, 1), date(2020, 12, 31))


def test_as_of_a_quarter() -> None:
    text = "2020年以来,截至今年一季度,全省共破获经济犯罪案件7232起。"
    facts = _by_value(pressie.extract(text, published="2021-05-14"))
    assert _period(facts["7232起"]) == (date(2020, 1, 1), date(2021, 3, 31))


def test_file_size_lines_are_page_chrome() -> None:
    text = "端午假期,全市共发生道路交通事故120起。\n查看734.98MB\n查看78.2MB\n下载 12.5 MB"
    doc = pressie.extract(text, published="2024-06-12")
    assert [f.value.text for f in doc.facts if f.value] == ["120起"]


def test_a_county_release_lists_its_townships_by_their_bare_names() -> None:
    text = ("通城县公安局5月份电信网络诈骗警情通报\n"
            "本月全县电诈案件损失271.46万元,其中隽水镇损失207.26万元,占比76.35%;"
            "五里镇损失1.3万元,占比0.48%;大坪乡损失3.98万元,占比1.47%。")
    doc = pressie.extract(text, published="2024-06-03")
    facts = _by_value(doc)
    assert facts["207.26万元"].metric == "损失"
    assert facts["207.26万元"].scope == "隽水镇"
    assert facts["207.26万元"].region == "通城县隽水镇"
    assert facts["1.3万元"].region == "通城县五里镇"
    # one township alone, or a township in a city's release, is no such list
    text = "市公安局通报:隽水镇损失207.26万元。"
    doc = pressie.extract(text, published="2024-06-03")
    assert not [e for e in doc.entities if e.text == "隽水镇"]


def test_the_day_of_an_action_with_its_hour_dates_its_sentence() -> None:
    text = ("今年9月初,县公安局获悉有人拟运输毒品。\n"
            "11月14日,专案组实施抓捕。16日凌晨2时许,专案组抓获运毒犯罪嫌疑人2名,"
            "查获毒品海洛因159块。\n"
            "目前,12名犯罪嫌疑人已被依法刑事拘留。")
    facts = _by_value(pressie.extract(text, published="2017-11-23"))
    assert _period(facts["2名"]) == (date(2017, 11, 16), date(2017, 11, 16))
    # a 目前 closing the story is no period of the paragraphs before it
    text = ("新华社昆明11月22日电 据县公安局通报,该局近日破获一起贩毒案。\n"
            "今年9月初,县公安局获悉有人拟运输毒品。\n"
            "11月14日,专案组实施抓捕,在保山市抓获犯罪嫌疑人4名。\n"
            "目前,12名犯罪嫌疑人已被依法刑事拘留。")
    facts = _by_value(pressie.extract(text, published="2017-11-23"))
    assert _period(facts["4名"]) != (None, date(2017, 11, 23))


def test_changes_listed_for_each_year_of_a_span() -> None:
    text = "2019年到2021年,全市涉酒交通事故数逐年同比分别下降2.79%、10.82%、3.22%。"
    doc = pressie.extract(text, published="2022-05-01")
    assert [_period(f) for f in doc.facts] == [
        (date(y, 1, 1), date(y, 12, 31)) for y in (2019, 2020, 2021)]


def test_an_outlets_dateline_is_no_part_of_a_metric() -> None:
    text = "中新网江苏新闻6月11日电(谷华 吴坚)打掉电信网络诈骗团伙6个,抓获犯罪嫌疑人30名。"
    facts = _by_value(pressie.extract(text, published="2021-06-11"))
    assert facts["6个"].metric == "打掉电信网络诈骗团伙"
    # 接报…电话 is no dateline
    text = "今年以来,全市110接报群众求助电话12万个。"
    facts = _by_value(pressie.extract(text, published="2021-06-11"))
    assert "电话" in facts["12万个"].metric


def test_a_small_count_of_a_quoted_slogan_is_no_statistic() -> None:
    text = "此次行动实现了三个“第一次”,共抓获犯罪嫌疑人65名,全市实现九个“零发生”。"
    values = [f.value.text for f in pressie.extract(text, published="2019-07-05").facts if f.value]
    assert values == ["65名"]


def test_the_care_of_sign_typed_for_a_percent_sign() -> None:
    doc = pressie.extract("今年以来,全市暴力案件破案率达90℅。", published="2020-05-01")
    (fact,) = doc.facts
    assert fact.value is not None and fact.value.unit == "%" and fact.value.value == 90
    assert doc.text[fact.value.start:fact.value.end] == "90℅"  # offsets into the original


def test_n_years_after_a_named_start_within_its_year() -> None:
    text = "党的十八大以来,全市公安机关坚定政治方向。\n十年来累计破获各类刑事案件近3万起。"
    facts = _by_value(pressie.extract(text, published="2022-10-10"))
    assert _period(facts["近3万起"]) == (date(2012, 11, 8), date(2022, 10, 10))


def test_a_short_range_after_a_source_word_heads_its_paragraph() -> None:
    text = ("自8月9日起,全省公安机关全力投入夏夜治安巡查宣防第二次集中统一行动。\n"
            "通报称,8月9日至11日,全省公安机关共出动民辅警23.64万余人次。全省有效警情1.2万起,"
            "环比下降6.46%。")
    facts = _by_value(pressie.extract(text, published="2024-08-13"))
    assert _period(facts["1.2万起"]) == (date(2024, 8, 9), date(2024, 8, 11))


def test_a_year_planned_for_is_not_the_year_reviewed() -> None:
    text = ("3月25日上午,县第十七届人民代表大会第四次会议闭幕。\n"
            "一年来,全县法院共受理各类案件10008件。2018年县法院在审判执行工作中取得新成效。\n"
            "会议对2019年的工作进行安排部署。2019年是新中国成立70周年,会议提出2019年工作安排。")
    facts = _by_value(pressie.extract(text, published="2019-03-25"))
    assert _period(facts["10008件"]) == (date(2018, 1, 1), date(2018, 12, 31))


def test_a_campaign_since_after_a_bare_reporters_source_opens_the_lead() -> None:
    text = ("記者獲悉,全國公安機關夏季治安打擊整治“百日行動”開展以來,"
            "全市共破獲經濟犯罪案件184起。\n"
            "在“殲擊22”專項行動中,全市公安機關共破獲洗錢犯罪案件7起。上月成功抓獲逃犯張某。")
    facts = _by_value(pressie.extract(text, published="2022-09-07"))
    assert _period(facts["7起"]) == (None, None)


def test_a_year_written_with_zi_and_the_starting_verb_dates_the_event() -> None:
    text = "自2018年开展扫黑除恶专项斗争以来至今年10月底,全市共打掉涉黑组织14个。"
    facts = _by_value(pressie.extract(text, published="2020-11-04"))
    assert _period(facts["14个"]) == (date(2018, 1, 1), date(2020, 10, 31))
    # a year before the event's name, without 自, stays no start date
    text = "今年夏季治安打击整治行动开展以来,全市共破获刑事案件52起。"
    facts = _by_value(pressie.extract(text, published="2020-08-04"))
    assert _period(facts["52起"]) == (None, None)


def test_a_day_taken_up_by_same_day_is_an_actions_day() -> None:
    text = ("今年以来,全区共破获毒品案件16起。\n"
            "8月28日,禁毒大队获悉一伙贩毒人员准备偷运毒品,当天民警就在江城县抓获犯罪嫌疑人2名,"
            "缴获毒品可疑物2包。")
    facts = _by_value(pressie.extract(text, published="2020-10-20"))
    assert _period(facts["2名"]) == (date(2020, 8, 28), date(2020, 8, 28))


def test_a_holiday_written_with_jieri_qijian() -> None:
    for text in ("今年“五一”节日期间,全市共投入警力6000余名。",
                 "五一节期间,全市共投入警力6000余名。"):
        (fact,) = pressie.extract(text, published="2017-05-02").facts
        assert fact.period is not None and fact.period.date_end == date(2017, 5, 1)


def test_more_than_half_a_year_is_a_vague_period_of_its_own() -> None:
    text = ("今年以来,全省共破获案件120起。\n"
            "禁毒人民战争部署实施半年多来,全省共破获毒品犯罪案件2300多起。")
    facts = _by_value(pressie.extract(text, published="2017-06-21"))
    assert facts["2300多起"].period is not None
    assert facts["2300多起"].period.text == "半年多来"
    assert _period(facts["2300多起"]) == (None, None)
