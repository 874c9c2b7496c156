"""Rules of the nineteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value

import pressie


def test_a_daily_average_after_a_total_is_the_average_of_that_figure() -> None:
    """…出入境1.1亿人次,日均177.9万人次: a daily average written right before its number is a
    fact (the golds count it), named after the figure before it, and it keeps its change; a
    threshold after 一次 / 每人 still is none."""
    text = ("今年暑期,全国边检机关共计保障2.2亿人次中外人员出入境,日均355.8万人次,同比增长30%。"
            "全市交警部门共查处交通违法行为5万起,日均1600起。")
    facts = by_value(pressie.extract(text, published="2023-09-03"))
    daily = facts["355.8万人次"]
    assert daily.metric == "日均保障中外人员出入境"
    assert daily.change is not None and daily.change.amount is not None
    assert daily.change.amount.text == "30%"
    assert facts["1600起"].metric == "日均查处交通违法行为"
    assert facts["2.2亿人次"].metric == "保障中外人员出入境"
    assert facts["2.2亿人次"].change is None
    kept = by_value(pressie.extract("全年发生一次死亡3人以上事故2起。", published="2023-09-03"))
    assert "3人" not in kept and "2起" in kept


def test_half_a_year_is_no_year_of_figures() -> None:
    """用毛发可测出半年内吸毒情况: the 年内 of 半年内 (or 三年内) is a span, not the year's
    figures that the next paragraph would inherit; a bare 年内 still is."""
    text = "头发能查出半年内的吸毒史\n全市公安机关侦破毒品刑事案件520起。"
    fact = by_value(pressie.extract(text, published="2019-08-16"))["520起"]
    assert fact.period is None or fact.period.text != "年内"
    for written in ("年内,全市破获刑事案件120起。", "2018年内,全市破获刑事案件120起。"):
        fact = by_value(pressie.extract(written, published="2019-02-16"))["120起"]
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (
            dt.date(2018, 1, 1), dt.date(2018, 12, 31)), written


def test_this_year_in_a_mid_year_release_is_the_year_under_way() -> None:
    """这一年 in a release of September is the year under way (not the twelve months before
    it, as 一年来 is); in January it is the year just closed."""
    text = "今年以来,全市平安建设成效明显。这一年,我们破获涉毒案件16起。"
    fact = by_value(pressie.extract(text, published="2020-09-23"))["16起"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2020, 1, 1), dt.date(2020, 9, 23))
    fact = by_value(pressie.extract("这一年,我们破获涉毒案件16起。",
                                    published="2021-01-22"))["16起"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    fact = by_value(pressie.extract("一年来,全市破获刑事案件120起。",
                                    published="2020-09-23"))["120起"]
    assert fact.period is not None and fact.period.date_start == dt.date(2019, 1, 1)


def test_a_december_briefing_counting_this_year_is_that_years() -> None:
    """2025年12月份打诈记者会 in an undated text that counts 今年1至11月: that December is the
    year under way, so 今年 is 2025 (a 截至2024年12月底 alone still closes its year)."""
    text = ("县警察局22日举办2025年12月份反诈记者会。今年1至11月,全县共破获诈骗案件39件。")
    fact = by_value(pressie.extract(text))["39件"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2025, 1, 1), dt.date(2025, 11, 30))
    closed = by_value(pressie.extract(
        "截至2024年12月底,全县累计建成警务室120个。今年1至2月,全县共破获诈骗案件39件。"))
    fact = closed["39件"]
    assert fact.period is not None and fact.period.date_start == dt.date(2025, 1, 1)


def test_a_catalytic_converter_and_a_comment_count_are_no_figures() -> None:
    """三元催化器 (what thieves take from exhausts) holds no count of three, and 共有0位网友发表了
    评论 is page chrome; the count of converters stolen still is a fact."""
    text = ("一伙盗贼专偷汽车排气管里的三元催化器,民警追回三元催化器12个。"
            "最新评论共有 0 位网友发表了评论")
    facts = by_value(pressie.extract(text, published="2021-03-01"))
    assert set(facts) == {"12个"}


def test_a_scene_setting_now_dates_no_figure() -> None:
    """当前,疫情仍在全球蔓延,… writes no figure: its 当前 is no period of the release's
    figures (a 目前,全市共有… with its figure still is)."""
    text = ("央视新闻3月27日消息,当前,疫情仍在全球蔓延,各地均采取了严格的出入境管控措施。"
            "近日,边境管理支队查获非法入境人员31人。\n"
            "民警在现场\n"
            "3月24日凌晨,支队在县城查获运送非法入境人员的车辆2辆。\n"
            "民警查获涉案车辆\n"
            "随后,民警在镇上抓获组织运送者5人。")
    facts = by_value(pressie.extract(text, published="2021-03-27"))
    assert facts["31人"].period is not None and facts["31人"].period.text == "近日"
    fact = facts["5人"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2021, 3, 24), dt.date(2021, 3, 24))
    stock = by_value(pressie.extract("当前,全市共有社区民警1200名。", published="2021-03-27"))
    assert stock["1200名"].period is not None
    assert stock["1200名"].period.date_end == dt.date(2021, 3, 27)


def test_a_count_that_locates_a_measure_before_a_long_copula() -> None:
    """全市5个收费站车流量达到了20万辆次: 5个 locates the traffic measured (达到了 no less
    than 达), and 三位一体 / 六位一体 name a mechanism, no count."""
    for text in ("全市5个收费站车流量达到了20万辆次。", "全市5个收费站车流量达20万辆次。"):
        facts = by_value(pressie.extract(text, published="2021-10-08"))
        assert set(facts) == {"20万辆次"}, text
        assert facts["20万辆次"].metric.endswith("车流量"), text
    named = by_value(pressie.extract("全市建立六位一体巡逻防控机制,组建巡逻队12支。",
                                     published="2021-10-08"))
    assert set(named) == {"12支"}


def test_an_online_outlet_names_no_region() -> None:
    """湖南在线5月3日讯 记者从常德市交警部门了解到,…全市…: the outlet's province (…在线, like
    …日报) is no place of the release; the city whose body speaks is, also for a later
    paragraph that names no place."""
    text = ("湖南在线5月3日讯 记者从常德市交警部门了解到,今年一季度,全市共发生道路交通事故520起。\n"
            "据介绍,雨天发生的事故占事故总数的41.5%。")
    facts = by_value(pressie.extract(text, published="2016-05-03"))
    assert {f.region for f in facts.values()} == {"常德市"}


def test_equal_amounts_of_one_list_are_two_statistics() -> None:
    """…四项指标同比分别下降8.2%、11.5%、11.5%和6%: two equal amounts of one 分别-list are two
    statistics (spec 4: two mentions in one sentence are never one), whatever their words."""
    text = "今年上半年,全市道路交通事故四项指标同比分别下降8.2%、11.5%、11.5%和6%。"
    doc = pressie.extract(text, published="2013-08-09")
    amounts = [f.change.amount.text for f in doc.facts
               if f.change is not None and f.change.amount is not None]
    assert amounts == ["8.2%", "11.5%", "11.5%", "6%"]


def test_fewer_accidents_is_a_change_not_a_level() -> None:
    """同比少发生320起,少死45人: the counts after 少发生 / 少死 are decreases, no levels; a level
    written before them keeps its value."""
    doc = pressie.extract("今年以来,全市共发生道路交通事故1200起,同比少发生320起,少死45人。",
                          published="2013-08-09")
    values = {f.value.text for f in doc.facts if f.value is not None}
    assert values == {"1200起"}
    downs = {f.change.amount.text for f in doc.facts
             if f.change is not None and f.change.amount is not None
             and f.change.direction == "down"}
    assert downs == {"320起", "45人"}


def test_dates_written_with_spaces_are_read_and_keep_their_offsets() -> None:
    """1 月 23 日至 2 月 25 日, 截至 5 月 3 日 12 时, “ 五一 ” 假期: a page that puts a blank
    around every number still dates its figures, and every span indexes the caller's text
    (blanks included); the blank of 案件 93 起 stays in the value's text."""
    from pressie.spacing import tight_dates

    text = ("2 月 27 日,记者从省森林公安局了解到,1 月 23 日至 2 月 25 日,全省共办理野生动物"
            "刑事案件 93 起,抓获犯罪嫌疑人 97 名。")
    doc = pressie.extract(text, published="2020-02-28")
    facts = by_value(doc)
    assert set(facts) == {"93 起", "97 名"}
    for fact in facts.values():
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (
            dt.date(2020, 1, 23), dt.date(2020, 2, 25))
        assert fact.period.start is not None and fact.period.end is not None
        assert text[fact.period.start:fact.period.end] == "1 月 23 日至 2 月 25 日"
        assert fact.value is not None
        assert text[fact.value.start:fact.value.end] == fact.value.text
    holiday = pressie.extract("“ 五一 ” 假期,全市共出动警力 2315 人次。", published="2020-05-06")
    fact = by_value(holiday)["2315 人次"]
    assert fact.period is not None and fact.period.date_start == dt.date(2020, 5, 1)
    assert tight_dates("全市破获案件 93 起,抓获 97 人。") is None


def test_a_count_in_zong_shares_its_event_with_the_measures_after_it() -> None:
    """道路交通事故宗数和死亡人数分别同比下降…: 宗数 measures the events like 起数, so the
    deaths after it are the accidents' (道路交通事故死亡人数)."""
    doc = pressie.extract("全市道路交通事故宗数和死亡人数分别同比下降21.5%、9.8%。",
                          published="2021-01-08")
    metrics = {f.change.amount.text: f.metric for f in doc.facts
               if f.change is not None and f.change.amount is not None}
    assert metrics == {"21.5%": "道路交通事故宗数", "9.8%": "道路交通事故死亡人数"}


def test_a_label_and_its_figure_after_a_colon() -> None:
    """有效警情:1726万起 / 死亡:3人: a figure alone after a label's colon is a fact whose
    metric is the label (有效 kept before the noun it qualifies); a title after 原标题: or a
    label followed by more words (调查:50%电动车有关) is no such pair."""
    text = ("2015年,全省110报警服务台报警电话呼入总量:3980万次,同比上升8.7%。"
            "日均接警量:10万余个;有效警情:1690万起,比上一年上升10.5%。"
            "全年发生交通事故:12起;死亡:3人。")
    facts = by_value(pressie.extract(text, published="2016-01-11"))
    assert facts["3980万次"].metric == "110报警服务台报警电话呼入总量"
    assert facts["3980万次"].change is not None
    assert facts["10万余个"].metric == "日均接警量"
    assert facts["1690万起"].metric == "有效警情"
    assert facts["12起"].metric == "发生交通事故"
    assert facts["3人"].metric == "死亡"
    assert by_value(pressie.extract("全市有效处置各类警情5000起。",
                                    published="2016-01-11"))["5000起"].metric == "处置各类警情"
    titled = by_value(pressie.extract("原标题:全省今年前11个月审结黑恶犯罪案件240件1423人",
                                      published="2016-12-11"))
    assert {f.metric for f in titled.values()} == {"审结黑恶犯罪案件"}
    assert by_value(pressie.extract("全市交通事故调查:50%电动车有关", published="2016-01-11")) == {}


def test_a_datelines_news_lead_starts_no_period() -> None:
    """央广网沈阳8月15日消息(记者…)今年以来,…: the dateline's day and its 消息(记者…) lead start
    no since-period; 今年以来 is the figures' period."""
    text = "央广网沈阳8月15日消息(记者王五 实习生赵六)今年以来,全市警方共追回涉案资金3200余万元。"
    fact = by_value(pressie.extract(text, published="2023-08-15"))["3200余万元"]
    assert fact.period is not None and fact.period.text == "今年以来"
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2023, 1, 1), dt.date(2023, 8, 15))


def test_a_run_of_days_of_the_lunar_new_year() -> None:
    """除夕至正月初六 / 大年三十到正月初五 / 正月初一至初七: days of the lunar new year around the
    page's date (2019: the eve is 4 February, 初一 the 5th)."""
    cases = [
        ("除夕至正月初六,全省公安机关共出动警力5万人次。", "2019-02-11",
         dt.date(2019, 2, 4), dt.date(2019, 2, 10)),
        ("大年三十到正月初五,全市共接报警情1200起。", "2019-02-12",
         dt.date(2019, 2, 4), dt.date(2019, 2, 9)),
        ("正月初一至初七,全市发生火灾18起。", "2019-02-12",
         dt.date(2019, 2, 5), dt.date(2019, 2, 11)),
    ]
    for text, published, start, end in cases:
        (fact,) = pressie.extract(text, published=published).facts
        assert fact.period is not None
        assert (fact.period.date_start, fact.period.date_end) == (start, end), text


def test_a_span_within_years_and_last_year_in_spring() -> None:
    """3年内 is a span, not 年内 (this year); 过去的一年 in an April release is the calendar
    year just closed."""
    fact = by_value(pressie.extract("3年内,全省共处置诈骗电话预警13.1万条。",
                                    published="2019-06-08"))["13.1万条"]
    assert fact.period is None or fact.period.text != "年内"
    fact = by_value(pressie.extract("在过去的一年,全区110共接报警电话439万次。",
                                    published="2012-04-14"))["439万次"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2011, 1, 1), dt.date(2011, 12, 31))


def test_a_year_before_a_quoted_event_dates_an_undated_text() -> None:
    """…10月11日晚,2025“湘超”比赛场外…。今年来,…自7月份以来,…: a year written at a clause's
    head before a quoted event's name gives an undated text its year (not 公安厅2022“向人民汇报”,
    a report's name after its body)."""
    text = ("10月11日晚,2025“湘超”比赛的赛场外,州公安局开展反诈宣传。今年来,全州反诈工作成效明显。"
            "自7月份以来,全州共抓获电诈犯罪嫌疑人160名。")
    fact = by_value(pressie.extract(text))["160名"]
    assert fact.period is not None and fact.period.date_start == dt.date(2025, 7, 1)


def test_only_that_body_names_the_scope() -> None:
    """仅黑龙江省公安部门就摧毁贩毒团伙3个: 仅…就 frames the scope (黑龙江省, its region) and is
    no part of the metric; 仅用2小时 and 就业 keep their words."""
    text = "公安部公布侦破一起特大网络贩毒案件,仅黑龙江省公安部门就摧毁贩毒团伙4个,吸毒窝点12处。"
    facts = by_value(pressie.extract(text, published="2011-11-02"))
    assert facts["4个"].metric == "摧毁贩毒团伙"
    assert facts["4个"].region == "黑龙江省"
    kept = by_value(pressie.extract("全市帮助就业困难人员实现就业1200人。", published="2011-11-02"))
    assert "就业" in kept["1200人"].metric


def test_a_daily_count_without_a_classifier_names_what_follows() -> None:
    """每天有11万报警电话 / 每日4.5万余警力在岗在位: a count spread over days, written without a
    classifier, counts the words after it (每天报警电话); 每天安排警车4部 keeps its verb."""
    facts = by_value(pressie.extract("全省去年每天有10万报警电话。", published="2016-01-11"))
    assert facts["10万"].metric == "每天报警电话"
    facts = by_value(pressie.extract("节日期间,全省每日3.5万余警力在岗在位,确保平安。",
                                     published="2023-05-04"))
    assert facts["3.5万余"].metric == "每日警力在岗在位"
    facts = by_value(pressie.extract("全县每天安排警车4部。", published="2016-01-11"))
    assert facts["4部"].metric == "每天安排警车"


def test_review_fixes_of_the_round() -> None:
    """约达 before a measured figure is stripped like 达约 (总流量约达368.1万辆: 6条 locates); 就
    goes only before a verb (就职人员 stays); a figure in Chinese numerals makes a 目前 sentence
    no scene-setting one; a date at the calendar's edge gives no error; dates with blanks
    read in one call (1 至 5 月)."""
    from pressie.spacing import tight_dates

    facts = by_value(pressie.extract("全市6条高速进出总流量约达368.1万辆。",
                                     published="2020-01-01"))
    assert set(facts) == {"368.1万辆"}
    assert by_value(pressie.extract("全市新增就职人员300人。",
                                    published="2020-01-01"))["300人"].metric.endswith("就职人员")
    text = "标题\n目前,全市已抓获犯罪嫌疑人十二名。\n共破获案件93起。"
    fact = by_value(pressie.extract(text, published="2023-06-05"))["93起"]
    assert fact.period is not None and fact.period.date_end == dt.date(2023, 6, 5)
    edge = pressie.extract("除夕至正月初六,全市共接报警情300起。", published="0001-01-10")
    assert edge.facts[0].period is not None and edge.facts[0].period.date_start is None
    tight = tight_dates("今年 1 至 5 月,共办理案件 93 起。")
    assert tight is not None and tight[0] == "今年1至5月,共办理案件 93 起。"


def test_a_municipalitys_district_is_named_under_its_city() -> None:
    """开州警方集中销毁…: a district of 重庆市 named as the release's own is 重庆市开州区, as the
    corpus writes a municipality's districts (and a prefecture's counties)."""
    text = ("开州警方集中销毁非法枪爆物品\n"
            "近日,开州警方开展集中销毁行动,现场销毁各类非法枪支75支。\n其中,火药枪19支。")
    facts = by_value(pressie.extract(text, published="2023-09-19"))
    assert facts["19支"].region == "重庆市开州区"


def test_a_period_after_a_comparative_verb_is_a_base() -> None:
    """全部超过去年春节创下的最高记录;…口岸春节期间平均日验放量…: 去年 after 超过 is the base of
    a comparison, so the 春节期间 after it is this year's holiday (2014: 31 January to 6
    February), not last year's."""
    text = ("横琴口岸出入境旅客连续四天超过3万人次,全部超过去年春节创下的最高记录;"
            "湾仔口岸春节期间平均日验放量超过8千人次。")
    fact = by_value(pressie.extract(text, published="2014-02-07"))["超过8千人次"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) == (
        dt.date(2014, 1, 31), dt.date(2014, 2, 6))


def test_more_counted_times_units() -> None:
    """签注2664.9万张次, 检查场所1200处次: 张次, 处次 (and 证次, 篇次, 列次 …) are units of their
    own, never a 张 with a stray 次 left to the metric."""
    facts = by_value(pressie.extract(
        "三季度,全国移民管理机构共签发内地居民往来港澳台证件签注2510.2万张次,同比上升4.7%。"
        "全年共检查场所1200处次。", published="2024-10-20"))
    assert facts["2510.2万张次"].value is not None and facts["2510.2万张次"].value.unit == "张次"
    assert facts["2510.2万张次"].metric == "签发内地居民往来港澳台证件签注"
    assert facts["1200处次"].value is not None and facts["1200处次"].value.unit == "处次"


def test_a_reported_by_lead_is_no_part_of_a_metric() -> None:
    """据兰州晨报报道(记者 张三)破获电诈案件同比上升5.3倍: the outlet's 据…报道 lead and byline
    open the sentence but belong to no metric."""
    text = ("中国甘肃网6月22日讯 据兰州晨报报道(记者 张三)破获电诈案件同比上升4.2倍,"
            "抓获犯罪嫌疑人同比上升3.8倍。")
    doc = pressie.extract(text, published="2021-06-22")
    assert {f.metric for f in doc.facts} == {"破获电诈案件", "抓获犯罪嫌疑人"}
