"""Rules of the ninth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import pressie


def _facts(text: str, published: str | None = None) -> list[pressie.Fact]:
    return list(pressie.extract(text, published=published).facts)


def test_headline_abbreviation_is_the_body_figure() -> None:
    """A headline clips the body's words (破案 for 破获毒品犯罪案件): one statistic."""
    text = ("全省破案6100余起 抓获800余名\n"
            "2024年,全省公安机关共破获毒品犯罪案件6100余起,抓获犯罪嫌疑人800余名。")
    facts = _facts(text, "2025-01-10")
    values = [f.value.text for f in facts if f.value is not None]
    assert values.count("6100余起") == 1, values
    first = next(f for f in facts if f.value is not None and f.value.text == "6100余起")
    assert first.value.start == text.index("6100余起")
    assert first.period is not None and first.period.date_start.year == 2024


def test_unrelated_headline_figure_is_kept() -> None:
    """The same number with unrelated words in the headline stays two facts."""
    text = ("全市抓获嫌疑人50名\n"
            "今年以来,全市共救助流浪人员50名,抓获犯罪嫌疑人12名。")
    facts = _facts(text, "2024-06-01")
    assert len([f for f in facts if f.value is not None and f.value.text == "50名"]) == 2


def test_title_with_colon_parts_its_words_at_spaces() -> None:
    """正在阅读: before a headline does not stop its spaces from parting its clauses."""
    text = "正在阅读:春节假期全市公安8000人次坚守岗位 全市刑事警情同比降5.7%\n"
    facts = _facts(text, "2024-02-20")
    level = next(f for f in facts if f.value is not None and f.value.text == "8000人次")
    assert "刑事" not in level.metric and "坚守岗位" in level.metric


def test_restated_figure_with_the_end_a_few_days_on_is_one_fact() -> None:
    """2024年 and 2024年以来(截至12月28日) name one year's figure: one fact, the first."""
    text = ("2024年,全市共返还涉诈资金3100万元。\n"
            "据介绍,2024年以来,截至12月28日,全市返还涉诈资金3100万元,破获电诈案件300余起。")
    facts = _facts(text, "2025-01-03")
    same = [f for f in facts if f.value is not None and f.value.text == "3100万元"]
    assert len(same) == 1 and same[0].value.start == text.index("3100万元")


def test_day_figures_of_different_days_stay_apart() -> None:
    """查获醉驾2起 on two different days are two statistics."""
    text = ("5月12日晚,全市共查获醉驾2起。\n"
            "5月17日晚,全市再次开展整治行动,查获醉驾2起。")
    facts = _facts(text, "2016-05-20")
    assert len([f for f in facts if f.value is not None and f.value.text == "2起"]) == 2


def test_share_names_the_count_it_is_a_share_of() -> None:
    """占接警总量的57% after 无效警情880万余起: the share of 无效警情."""
    text = "2020年,全省共接报各类警情1500万余起,其中无效警情880万余起,占接警总量的57%。"
    facts = _facts(text, "2021-01-05")
    share = next(f for f in facts if f.value is not None and f.value.text == "57%")
    assert share.metric.startswith("无效警情") and "接警总量" in share.metric


def test_share_names_the_figureless_clause_before_it() -> None:
    """网络诈骗高发,已占到…的八成: the share of the clause's subject."""
    text = "今年以来,网络诈骗高发,已占到全部电信网络诈骗案的八成。"
    facts = _facts(text, "2021-06-01")
    share = next(f for f in facts if f.value is not None and f.value.text == "八成")
    assert "网络诈骗" in share.metric.split("占")[0]


def test_share_after_a_money_figure_is_not_its_share() -> None:
    """涉案总价值…元,占全部案件的…: a money figure is not what a case share is of."""
    text = "全市造假类犯罪共发案120起,涉案总价值3000万元,占全部经济犯罪案件的12%。"
    facts = _facts(text, "2021-06-01")
    share = next(f for f in facts if f.value is not None and f.value.text == "12%")
    assert "涉案总价值" not in share.metric


def test_rate_compared_with_another_groups_rate_takes_the_change() -> None:
    """不捕率为33.6%,比总体…不捕率高11.6个百分点: the rate's own change, basis baseline."""
    text = "全市不批捕125人,不捕率为33.6%,比总体刑事犯罪不捕率高11.6个百分点。"
    facts = _facts(text, "2022-01-01")
    rate = next(f for f in facts if f.value is not None and f.value.text == "33.6%")
    assert rate.change is not None and rate.change.direction == "up"
    assert rate.change.basis == "baseline" and rate.change.amount is not None
    assert rate.change.amount.text == "11.6个百分点"
    assert not [f for f in facts if f.value is None]


def test_lead_over_an_average_in_points_is_a_change() -> None:
    """满意度达96%,高出全国平均水平1个百分点 / 低于…2个百分点."""
    text = ("群众满意度达96%,高出全国平均水平1个百分点;"
            "全市发案率为1.2%,低于全省平均水平0.3个百分点。")
    facts = _facts(text, "2022-01-01")
    up = next(f for f in facts if f.value is not None and f.value.text == "96%")
    down = next(f for f in facts if f.value is not None and f.value.text == "1.2%")
    assert up.change is not None and up.change.direction == "up"
    assert down.change is not None and down.change.direction == "down"
    assert down.change.basis == "baseline"


def test_fenbie_list_of_changes_goes_on_after_a_comma() -> None:
    """同比分别上升4.59%,99.03%: the comma-listed amounts go to the two levels in turn."""
    text = "共审结一审民商事案件496863件,涉案金额3186.42亿元,同比分别上升4.59%,99.03%。"
    facts = _facts(text, "2022-01-01")
    cases = next(f for f in facts if f.value is not None and f.value.text == "496863件")
    money = next(f for f in facts if f.value is not None and f.value.text == "3186.42亿元")
    assert cases.change is not None and cases.change.amount.text == "4.59%"
    assert money.change is not None and money.change.amount.text == "99.03%"


def test_comma_after_a_change_without_fenbie_is_no_list() -> None:
    """同比上升4.59%,占比12%: without 分别 a comma ends the list of changes."""
    text = "全市破获案件496件,同比上升4.59%,12%为电信诈骗案件。"
    facts = _facts(text, "2022-01-01")
    cases = next(f for f in facts if f.value is not None and f.value.text == "496件")
    assert cases.change is not None and cases.change.amount.text == "4.59%"
    assert all(f.change is None or f.change.amount is None or f.change.amount.text != "12%"
               for f in facts)


def test_short_genre_verbs_open_the_metric_after_a_total_word() -> None:
    """…部门共破毒品案件 / …服务台共接群众报警电话 / 该团伙共作案: the subject is cut."""
    text = ("据统计,该省各级禁毒部门共破毒品案件300起。"
            "市城区110报警服务台共接群众报警电话5000个。该犯罪团伙共作案23起。")
    facts = {f.value.text: f for f in _facts(text, "2022-01-01") if f.value is not None}
    assert facts["300起"].metric == "破毒品案件"
    assert facts["5000个"].metric.startswith("接")
    assert facts["23起"].metric == "作案"


def test_campaign_named_before_the_verb_leaves_the_metric() -> None:
    """“云剑2023反诈2号”集群战役抓获犯罪嫌疑人43名: the campaign is no part of the metric."""
    text = ("“云剑2023反诈2号”集群战役抓获犯罪嫌疑人43名。"
            "三年扫黑除恶专项斗争打掉涉黑组织50个。")
    facts = {f.value.text: f for f in _facts(text, "2023-08-01") if f.value is not None}
    assert facts["43名"].metric == "抓获犯罪嫌疑人"
    assert facts["43名"].campaign is not None
    assert facts["50个"].metric == "打掉涉黑组织"


def test_campaign_words_inside_the_object_stay() -> None:
    """破获扫黑除恶专项斗争案件 keeps its words: no campaign stands before the verb."""
    text = "今年以来,全市公安机关破获扫黑除恶专项斗争案件120起。"
    facts = [f for f in _facts(text, "2023-08-01") if f.value is not None]
    assert "扫黑除恶" in facts[0].metric


def test_agency_opening_the_metric_is_its_subject() -> None:
    """海南省反诈中心发起止付1200次: the agency is who counted, not what."""
    text = "今年以来,海南省反诈中心发起止付1200次。"
    facts = [f for f in _facts(text, "2023-08-01") if f.value is not None]
    assert facts[0].metric == "发起止付"


def test_bare_attribute_takes_what_the_clause_before_counts() -> None:
    """…返还资金,金额总计528万余元: 返还资金金额, not a bare 金额."""
    text = "2021年,全市公安机关累计向受骗群众返还资金,金额总计528万余元。"
    facts = [f for f in _facts(text, "2022-01-01") if f.value is not None]
    money = next(f for f in facts if f.value.text == "528万余元")
    assert money.metric.endswith("金额") and "返还资金" in money.metric


def test_attribute_with_its_own_head_is_left_alone() -> None:
    """涉案金额 names its own head: no clause before is borrowed."""
    text = "全市破获诈骗案件30起,涉案金额1200万元。"
    facts = {f.value.text: f for f in _facts(text, "2022-01-01") if f.value is not None}
    assert facts["1200万元"].metric == "涉案金额"


def test_listed_compared_years_are_base_periods() -> None:
    """2018年…较2015年、2016年、2017年分别下降…: the changes are of 2018, against each year."""
    text = "2018年,全市新滋生吸毒人员较2015年、2016年、2017年分别下降62.3%、33.4%、19.2%。"
    facts = _facts(text, "2019-06-25")
    assert len(facts) == 3
    for f in facts:
        assert f.period is not None and f.period.date_start.year == 2018
        assert f.change is not None and f.change.basis == "baseline"
        assert not f.metric.endswith("较")


def test_level_reached_from_last_years_figure() -> None:
    """从去年2000余条激增到目前2.7万条: 2.7万条 is the level, 去年 its baseline's period."""
    text = "今年以来,全市每日精准预警量从去年2000余条激增到目前2.7万条,劝阻反馈率从57%提升至99%。"
    facts = {f.value.text: f for f in _facts(text, "2021-11-25") if f.value is not None}
    level = facts["2.7万条"]
    assert level.change is not None and level.change.direction == "up"
    assert level.change.baseline is not None and level.change.baseline.text == "2000余条"
    assert level.period is not None and level.period.date_start.year == 2021
    assert facts["99%"].period is not None and facts["99%"].period.date_start.year == 2021


def test_qian_of_a_time_word_is_no_rank() -> None:
    """目前/此前 before a count are time words; 前三 is a rank."""
    text = "截至目前,全市目前3万余名群众安装反诈软件。全省排名前3位。"
    values = [f.value.text for f in _facts(text, "2021-11-25") if f.value is not None]
    assert "3万余名" in values and "3位" not in values


def test_count_of_months_or_hours_in_ge_is_a_span() -> None:
    """经过三个多月的艰苦奋战 / 两个多星期缜密侦查: spans of the work, no statistics."""
    text = ("经过三个多月的艰苦奋战,专案组抓获犯罪嫌疑人12名。"
            "经过两个多星期缜密侦查,破获案件3起。")
    values = [f.value.text for f in _facts(text, "2022-01-01") if f.value is not None]
    assert values == ["12名", "3起"]


def test_change_against_the_week_before() -> None:
    """比上一周减少43个 / 比前一周增加4起: the level's change, not a subject 比上一周."""
    text = ("上周,全市110报警服务台共受理群众有效报警电话5863个,比上一周减少43个。"
            "接报刑事警情60起,比前一周增加4起。")
    facts = {f.value.text: f for f in _facts(text, "2021-01-01") if f.value is not None}
    assert facts["5863个"].change is not None
    assert facts["5863个"].change.direction == "down"
    assert facts["5863个"].change.amount.text == "43个"
    assert facts["60起"].change is not None and facts["60起"].change.amount.text == "4起"


def test_flat_without_an_amount() -> None:
    """与去年同期持平 / 同比持平 / 两者与去年保持持平: a flat change with no amount."""
    text = ("今年以来,全市不批准逮捕73件,同比持平;"
            "破获毒品案件209起,抓获涉毒犯罪嫌疑人231人,两者与去年保持持平。")
    facts = {f.value.text: f for f in _facts(text, "2021-06-01") if f.value is not None}
    assert facts["73件"].change is not None and facts["73件"].change.direction == "flat"
    assert facts["73件"].change.basis == "yoy" and facts["73件"].change.amount is None
    for v in ("209起", "231人"):
        assert facts[v].change is not None and facts[v].change.direction == "flat"
    plain = [f for f in _facts("全市破获毒品案件209起,抓获涉毒犯罪嫌疑人231人。", "2021-06-01")]
    assert all(f.change is None for f in plain)


def test_ceremony_day_dates_an_undated_release() -> None:
    """12月6日,…举行返还电诈被骗资金仪式 on an undated page: 截至目前 ends that day."""
    text = ("12月6日,某区公安分局举行返还电诈被骗资金仪式,为群众代表返还被骗资金538万元。\n"
            "2024年以来,该分局扎实推进打击治理电信网络诈骗工作。截至目前,共破电诈案789起。")
    facts = {f.value.text: f for f in _facts(text) if f.value is not None}
    p = facts["789起"].period
    assert p is not None and p.date_end is not None and p.date_end.isoformat() == "2024-12-06"


def test_dateline_day_starts_no_since_period() -> None:
    """中新网…7月25日电(记者)全国…行动开展以来: the dateline's day is no start of the action."""
    text = ("中新网内蒙古新闻7月25日电(记者 王某)全国公安机关夏季治安打击整治行动开展以来,"
            "某旗公安局共检查社会面车辆7860辆。")
    facts = [f for f in _facts(text, "2024-07-26") if f.value is not None]
    p = facts[0].period
    assert p is not None and "电" not in p.text
    assert p.date_start is None or p.date_start.isoformat() != "2024-07-25"
    since = [f for f in _facts("自7月25日专项行动开展以来,全市共破获案件30起。", "2024-07-26")]
    assert since[0].period is not None and since[0].period.date_start.isoformat() == "2024-07-25"


def test_undated_action_since_frames_its_whole_sentence() -> None:
    """…专项斗争开展以来,…43件289人;监督立案5件27人: undated through the ';' list, never the
    as-of date of another paragraph; 近期 still ends at its ';'."""
    text = ("扫黑除恶专项斗争开展以来,截止4月底,全市共批捕黑恶势力犯罪522人。\n"
            "记者获悉,扫黑除恶专项斗争开展以来,全市检察院共提前介入黑恶势力犯罪43件289人;"
            "监督立案5件27人,纠正漏捕4人。")
    facts = {f.value.text: f for f in _facts(text, "2019-05-14") if f.value is not None}
    for v in ("5件", "27人", "4人"):
        p = facts[v].period
        assert p is None or (p.date_start is None and p.date_end is None), (v, p)
    assert facts["522人"].period is not None and facts["522人"].period.date_end is not None


def test_dateline_is_no_part_of_an_action_phrase() -> None:
    """中新网济南6月18日电(记者)“2024年以来,…: the period is 2024年以来, not the dateline."""
    text = "中新网济南6月18日电(记者 周某)“2024年以来,山东共破获毒品犯罪案件1300余起。”"
    facts = [f for f in _facts(text, "2024-06-18") if f.value is not None]
    p = facts[0].period
    assert p is not None and p.text == "2024年以来" and p.date_start.isoformat() == "2024-01-01"


def test_same_sentence_figures_are_never_one_statistic() -> None:
    """(v1.1) 恶势力犯罪集团3个、恶势力犯罪团伙3个: two facts, though alike."""
    text = "全市打掉黑社会性质组织3个、恶势力犯罪集团3个、恶势力犯罪团伙3个,侦破刑事案件185起。"
    values = [f.value.text for f in _facts(text, "2020-01-01") if f.value is not None]
    assert values.count("3个") == 3


def test_headline_printed_twice_on_one_line_is_one_statistic() -> None:
    """The same words and figure repeated on one line (a doubled headline) stay one fact."""
    text = ("全省破获电诈案件3200起 挽回经济损失18亿元 全省破获电诈案件3200起 挽回经济损失18亿元\n"
            "2020年,全省公安机关共破获电诈案件3200起。")
    values = [f.value.text for f in _facts(text, "2021-01-05") if f.value is not None]
    assert values.count("3200起") == 1


def test_since_phrase_and_as_of_date_govern_the_next_sentence_together() -> None:
    """自…专项斗争开展以来,…,截至2019年5月31日,共打掉…80个。其中…8个: the 其中 sentence
    goes on in the range that ends on the as-of date, not in the undated since-phrase."""
    text = ("自扫黑除恶专项斗争开展以来,全市公安机关梯次开展三大行动,截至2019年5月31日,"
            "共打掉黑恶势力犯罪集团、团伙80个。其中黑社会性质组织8个,恶势力犯罪集团16个。")
    facts = {f.value.text: f for f in _facts(text, "2019-06-04") if f.value is not None}
    for v in ("80个", "8个", "16个"):
        p = facts[v].period
        assert p is not None and p.date_end is not None and p.date_end.isoformat() == "2019-05-31"


def test_recent_years_of_a_record_are_no_period() -> None:
    """今年国庆假期,…车流量近年来首次出现下降,…事故起数同比下降50%: the holiday's figures."""
    text = ("今年国庆假期,省内高速日均车流量近年来首次出现下降,"
            "全省道路交通事故起数同比下降50%以上。")
    facts = [f for f in _facts(text, "2021-10-08")]
    assert facts and all(f.period is not None and f.period.date_start is not None
                         for f in facts), [(f.metric, f.period) for f in facts]


def test_this_week_of_a_weekly_bulletin_put_online_later() -> None:
    """本周 in a weekly bulletin whose cases fall in an earlier week: that week."""
    text = ("一、社会治安动态\n本周,市区110共受理有效警情15456起,全市发生刑事案件230起。\n"
            "二、典型案例\n10月13日,某派出所抓获犯罪嫌疑人李某。10月14日,某派出所破获盗窃案1起。"
            "10月16日,某派出所查获吸毒人员2名。")
    facts = {f.value.text: f for f in _facts(text, "2021-10-25") if f.value is not None}
    p = facts["15456起"].period
    assert p is not None and p.date_start.isoformat() == "2021-10-11"
    assert p.date_end.isoformat() == "2021-10-17"
    plain = _facts("本周,市区110共受理有效警情15456起。", "2021-10-27")
    assert plain[0].period is not None and plain[0].period.date_start.isoformat() == "2021-10-25"


def test_day_heading_a_paragraph_dates_its_later_sentences() -> None:
    """4月21日,…查获…。此次共抓获…: one action's day, through its paragraph only."""
    text = ("今年以来,全市共破获毒品案件42起。\n"
            "4月21日,警方在某路段开展公开查缉,从一辆轿车油箱内查获冰毒片剂90包。"
            "此次共抓获犯罪嫌疑人3名。\n"
            "全市共查获吸毒人员200名。")
    facts = {f.value.text: f for f in _facts(text, "2019-04-28") if f.value is not None}
    p = facts["3名"].period
    assert p is not None and p.date_start.isoformat() == "2019-04-21" == p.date_end.isoformat()
    q = facts["200名"].period
    assert q is None or q.date_start is None or q.date_start.isoformat() != "2019-04-21"


def test_review_cases_of_the_ninth_round() -> None:
    """Inputs a review found the round's rules too wide for; each keeps its old reading."""
    p = _facts("2023年6月电信诈骗专项行动开展以来,全市共破获电诈案件1200起。", "2023-12-01")
    assert p[0].period is not None and p[0].period.date_start.isoformat() == "2023-06-01"
    listed = {f.value.text: f for f in _facts(
        "全市冻结银行账户200个、涉案资金3000万元。", "2023-12-01") if f.value is not None}
    assert listed["3000万元"].metric == "冻结涉案资金"
    same = _facts("2023年,全市破获刑事案件1200起,同时盗窃案件数量持平。", "2024-01-05")
    assert all(f.change is None or f.change.direction != "flat" for f in same)
    recent = _facts("2024年以来,全市破获电诈案件1200起。近期首次破获跨境赌博案件3起。",
                    "2024-06-01")
    three = next(f for f in recent if f.value is not None and f.value.text == "3起")
    assert three.period is not None and three.period.text == "近期"
    two = _facts("2023年,南宁市破获盗窃案件5起,柳州市破获盗窃案件5起。", "2024-01-05")
    assert len([f for f in two if f.value is not None and f.value.text == "5起"]) == 2
    months = _facts("2023年1-11月,全市破获电诈案件300起。\n\n2023年全年,全市破获电诈案件300起。",
                    "2024-01-05")
    assert len([f for f in months if f.value is not None]) == 2
    hedge = [f for f in _facts("民警当场查获被盗摩托车12辆,经鉴定,价值3万元。", "2023-12-01")
             if f.value is not None and f.value.text == "3万元"]
    assert hedge and "经鉴定" not in hedge[0].metric
    later = ("2023年,全市破获毒品案件300起。2022年6月26日,全市举行集中销毁毒品仪式。\n\n"
             "截至目前,全市共有戒毒人员1200名。")
    stock = next(f for f in _facts(later) if f.value is not None and f.value.text == "1200名")
    assert stock.period is None or stock.period.date_end is None or (
        stock.period.date_end.isoformat() != "2022-06-26")
    spaced = _facts("从2023年 3月起,全市共破获电诈案件1200起。", "2024-01-05")
    assert spaced[0].period is not None and spaced[0].period.date_start.isoformat() == "2023-03-01"


def test_december_dateline_keeps_the_written_year_current() -> None:
    """An undated page datelined 12月17日电 writing 2021年…: its 今年 is 2021, not 2022."""
    text = ("今年以来直接挽损5.1亿余元\n上海12月17日电 (记者 李某)今年以来,全市破获电诈案件"
            "1200起。在此基础上,2021年立案数下降12.77%。")
    facts = {f.value.text: f for f in _facts(text) if f.value is not None}
    p = facts["1200起"].period
    assert p is not None and p.date_start is not None and p.date_start.year == 2021


def test_sentence_of_bare_changes_gives_them_to_the_levels_before() -> None:
    """…378起,…直接财产损失205万元。比去年同期分别下降了13.9%、…和22.1%。: in turn."""
    text = ("8月份,全市共受理道路交通事故378起,造成82人死亡、449人受伤,直接财产损失205万元。"
            "比去年同期分别下降了13.9%、18%、5.3%和22.1%。")
    facts = {f.value.text: f for f in _facts(text, "2005-09-02") if f.value is not None}
    expected = {"378起": "13.9%", "82人": "18%", "449人": "5.3%", "205万元": "22.1%"}
    for value, amount in expected.items():
        ch = facts[value].change
        assert ch is not None and ch.direction == "down" and ch.amount.text == amount
    # a sentence with a subject of its own keeps its change-only facts
    own = _facts("全市破获案件300起。刑事案件同比下降5%。", "2021-01-05")
    assert any(f.value is None and f.change is not None for f in own)


def test_bare_verbs_after_a_dui_crime_clause_count_those_crimes() -> None:
    """对校园欺凌暴力犯罪,批准逮捕16人、起诉9人: 对校园欺凌暴力犯罪批准逮捕 / …起诉."""
    text = ("今年1至11月,全省检察机关对制售有毒有害食品等犯罪,批准逮捕61人、起诉29人;"
            "对校园欺凌暴力犯罪,批准逮捕16人、起诉9人。")
    facts = {f.value.text: f for f in _facts(text, "2019-12-17") if f.value is not None}
    assert facts["16人"].metric == "对校园欺凌暴力犯罪批准逮捕"
    assert facts["9人"].metric == "对校园欺凌暴力犯罪起诉"
    assert facts["61人"].metric.startswith("对制售有毒有害食品等犯罪")
    plain = {f.value.text: f for f in _facts("全市批准逮捕61人、起诉29人。", "2019-12-17")
             if f.value is not None}
    assert plain["61人"].metric == "批准逮捕"


def test_consequence_after_a_count_shares_no_verb() -> None:
    """…受理道路交通事故378起,造成82人死亡、449人受伤: 死亡 / 受伤, not 受理死亡."""
    text = "8月份,全市共受理道路交通事故378起,造成82人死亡、449人受伤。"
    facts = {f.value.text: f for f in _facts(text, "2005-09-02") if f.value is not None}
    assert "受理" not in facts["82人"].metric and "死亡" in facts["82人"].metric
    assert "受理" not in facts["449人"].metric


def test_first_three_quarters_written_the_macau_way() -> None:
    """今年首三季 (Hong Kong and Macau usage): January to September."""
    text = "今年首三季,司法警察局共开立刑事专案10598宗,较2023年同期增加1,178宗,上升12.2%。"
    facts = [f for f in _facts(text, "2024-11-01") if f.value is not None]
    p = facts[0].period
    assert p is not None and p.date_start.isoformat() == "2024-01-01"
    assert p.date_end.isoformat() == "2024-09-30"


def test_second_group_of_unmarked_changes_is_read_like_the_first() -> None:
    """2021年…分别下降8.2%、12.77%,破案数、抓获数分别上升13.4%、122.4%: all yoy (v1.1)."""
    text = "2021年,全市既遂数、立案数分别下降8.2%、12.77%,破案数、抓获数分别上升13.4%、122.4%。"
    facts = _facts(text, "2021-12-17")
    assert len(facts) == 4 and all(f.change is not None and f.change.basis == "yoy"
                                   for f in facts)
