"""Rules of the genre found on real pages (issue 9, sixth round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import by_value as _by_value
from factview import period_of as _period

import pressie


def test_units_written_after_a_wan_count_are_one_amount() -> None:
    doc = pressie.extract("2022年,全国公安机关共破获枪爆案件2万5000起,抓获3万人。")
    facts = _by_value(doc)
    assert facts["2万5000起"].value.value == 25000
    assert facts["3万人"].value.value == 30000
    # a year after a 万 count is no part of it
    values = [q.text for q in doc.quantities]
    assert "2万5000起" in values and "5000起" not in values


def test_a_lunar_day_is_no_count() -> None:
    doc = pressie.extract("正月初五起,全市高速公路迎来返程高峰,日均车流量12万辆次。")
    assert [f.value.text for f in doc.facts if f.value] == ["12万辆次"]


def test_comment_widgets_and_latin_footers_are_page_chrome() -> None:
    text = ("今年以来,全县共破获电信网络诈骗案件58起。\n"
            "2021-05-19 06:17 本地新闻评论(12人参与)\n"
            "已有3人发表了评论\n"
            "Powered by CMS, Processed in 0.092430 second(s), 3 queries")
    doc = pressie.extract(text, published="2021-05-19")
    assert [f.value.text for f in doc.facts if f.value] == ["58起"]


def test_a_duration_before_de_and_a_noun_is_the_nouns_attribute() -> None:
    text = ("今年以来,全市抓获潜逃12年的逃犯3名,其中5名已潜逃10年以上,"
            "命案积案侦破时间最长达29年。")
    facts = _by_value(pressie.extract(text, published="2021-06-01"))
    assert "12年" not in facts
    assert facts["3名"].metric == "抓获潜逃12年的逃犯"
    # a measured duration stays a fact
    assert "29年" in facts
    # and so does one said to be long (…之久的), as the seed gold reads it
    doc = pressie.extract("民警确认潜逃37年之久的命案逃犯海某某。", published="2021-01-08")
    assert [f.value.text for f in doc.facts if f.value] == ["37年"]


def test_a_level_between_yu_and_xiangbi_is_the_compared_level() -> None:
    text = "今年我市发生诈骗案件1949起,与去年同期2641起相比下降26.2%。"
    doc = pressie.extract(text, published="2021-10-08")
    assert len(doc.facts) == 1
    change = doc.facts[0].change
    assert change is not None and change.direction == "down"
    assert change.amount is not None and change.amount.text == "26.2%"
    assert change.baseline is not None and change.baseline.text == "2641起"


def test_a_figure_before_a_to_level_verb_is_its_baseline() -> None:
    text = ("2016年以来,全省未成年吸毒人员827人降至104人,"
            "起诉毒品犯罪嫌疑人数从3298人逐年上升至6828人,"
            "戒断三年未复吸人员从2015年25899名增加到去年底的82600名。")
    facts = _by_value(pressie.extract(text, published="2021-06-23"))
    assert set(facts) == {"104人", "6828人", "82600名"}
    for level, base, direction in (("104人", "827人", "down"), ("6828人", "3298人", "up"),
                                   ("82600名", "25899名", "up")):
        change = facts[level].change
        assert change is not None and change.direction == direction
        assert change.baseline is not None and change.baseline.text == base
    assert facts["6828人"].metric == "起诉毒品犯罪嫌疑人数"


def test_since_a_party_congress_runs_from_its_opening_day() -> None:
    text = ("党的十八大以来,全国公安机关共破获刑事案件100万起。"
            "十九大以来,全省共打掉黑恶团伙300个。")
    facts = _by_value(pressie.extract(text, published="2023-06-01"))
    assert facts["100万起"].period is not None
    assert (facts["100万起"].period.date_start, facts["100万起"].period.date_end) == (
        date(2012, 11, 8), date(2023, 6, 1))
    assert facts["300个"].period is not None
    assert facts["300个"].period.date_start == date(2017, 10, 18)


def test_a_clause_without_a_figure_names_what_the_rate_after_it_is_of() -> None:
    text = ("全市发现的诈骗类型已超过50种,高发的3类分别是:网络刷单返利诈骗,占比34.6%;"
            "冒充客服诈骗,占比15.5%;虚假网络贷款诈骗,占比13%。")
    facts = _by_value(pressie.extract(text, published="2022-06-01"))
    assert facts["34.6%"].metric == "网络刷单返利诈骗占比"
    assert facts["15.5%"].metric == "冒充客服诈骗占比"
    assert facts["13%"].metric == "虚假网络贷款诈骗占比"
    # a rate after a clause with a change still belongs to the figure before
    text = "全市拐卖案件立案数1700余起,较十年前下降59.5%,年均降幅超过25%。"
    facts = _by_value(pressie.extract(text, published="2022-06-01"))
    assert facts["超过25%"].metric.endswith("立案数年均降幅")


def test_dui_xiaqu_opens_the_object_of_a_light_verb() -> None:
    doc = pressie.extract("当晚,民警对辖区12家网吧进行了清查。", published="2022-07-01")
    assert [f.metric for f in doc.facts] == ["清查网吧"]


def test_an_action_dated_by_its_days_keeps_them_when_its_hours_follow() -> None:
    text = ("8月11日至13日每晚8时至次日凌晨2时,市公安局在全市集中组织开展了夏夜治安巡查"
            "第二次集中统一行动。\n行动期间,全市公安机关共出动警力2.4万人次。")
    doc = pressie.extract(text, published="2023-08-14")
    assert _period(doc.facts[0]) == (date(2023, 8, 11), date(2023, 8, 13))


def test_a_range_after_a_dateline_and_an_order_heads_its_paragraph() -> None:
    text = ("本报讯 (记者张三 通讯员李四) 根据全国公安机关统一部署,11日至13日,市警方开展"
            "夏夜治安巡查第二次集中统一行动,发现整改隐患475处。\n\n"
            "此次行动启动高等级勤务,设置查控卡点182个。12日,某县公安局查处赌博案件两起。"
            "行动中,全市共出动警力6519人次。")
    facts = _by_value(pressie.extract(text, published="2023-08-15"))
    days = (date(2023, 8, 11), date(2023, 8, 13))
    for value in ("475处", "182个", "6519人次"):
        assert _period(facts[value]) == days
    # a day inside the paragraph dates its own sentence only
    assert facts["两起"].period is not None
    assert facts["两起"].period.date_start == date(2023, 8, 12)
    # a range inside a paragraph, after a sentence, still frames its sentence only
    text = ("全市公安机关持续推进夏季行动。2月12日至13日,组织开展集中清查行动,抓获12人。"
            "全年共破获刑事案件300起。")
    facts = _by_value(pressie.extract(text, published="2023-12-30"))
    assert facts["300起"].period is None or facts["300起"].period.date_start != date(2023, 2, 12)


def test_an_action_period_takes_the_year_its_action_was_run_in() -> None:
    text = ("2024年,全省公安机关深入开展“平安护航”专项行动,社会治安持续稳定。\n"
            "“平安护航”专项行动期间,全省抓获违法犯罪人员1.8万余名。")
    doc = pressie.extract(text, published="2025-01-09")
    assert _period(doc.facts[0]) == (date(2024, 1, 1), date(2024, 12, 31))
    # a year does not open an as-of 截至 (a running total)
    text = ("2021年,全国公安机关深入开展“团圆”行动。\n"
            "截至12月,“团圆”行动累计找回失踪被拐儿童10932名。")
    doc = pressie.extract(text, published="2021-12-31")
    period = doc.facts[0].period
    assert period is not None and period.date_start is None


def test_a_span_written_whole_before_qijian_is_that_span() -> None:
    doc = pressie.extract("1至10月期间,全县共侦破各类刑事案件346起。", published="2023-11-05")
    assert _period(doc.facts[0]) == (date(2023, 1, 1), date(2023, 10, 31))


def test_a_count_after_a_list_item_with_its_own_figure_is_no_enumeration_sum() -> None:
    text = ("民警先后抓获5人,捣毁制毒窝点1个、藏毒窝点2个、缴获冰毒80余公斤,查封售假、制假窝点2个。"
            "民警在天津、成都、苏州三地开展联合行动,抓获犯罪嫌疑人30人。")
    doc = pressie.extract(text, published="2020-10-01")
    metrics = {f.metric: f.value.text for f in doc.facts if f.value}
    assert metrics["捣毁藏毒窝点"] == "2个"
    assert metrics["查封售假、制假窝点"] == "2个"
    assert metrics["缴获冰毒"] == "80余公斤"
    # a count summing the places listed before it is still no fact
    assert "三地" not in {f.value.text for f in doc.facts if f.value}


def test_a_start_written_with_qi_dates_the_action_its_sentence_starts_further_on() -> None:
    text = ("从今年5月起,省公安厅组织徐州、淮安、宿迁三地公安机关,开展了为期半年的区域治安"
            "整治行动。负责人介绍,行动期间,公安机关先后投入800余名警力。")
    doc = pressie.extract(text, published="2016-12-13")
    assert _period(doc.facts[0]) == (date(2016, 5, 1), date(2016, 12, 13))


def test_a_streak_qualifies_its_figure_which_keeps_the_year_under_review() -> None:
    text = "2020年,全市命案连续6年100%侦破,抢劫案件破案率连续两年保持100%。"
    doc = pressie.extract(text, published="2021-01-20")
    for f in doc.facts:
        assert f.period is not None
        assert (f.period.date_start, f.period.date_end) == (date(2020, 1, 1), date(2020, 12, 31))


def test_an_as_of_day_of_this_month_closes_the_since_period_of_a_lead_without_figures(
) -> None:
    text = ("今年以来,市警方以“飓风2018”专项行动为载体,始终保持打击毒品犯罪高压态势。\n"
            "截至本月15日,全市共破获毒品刑事案件778起。")
    doc = pressie.extract(text, published="2018-06-26")
    assert _period(doc.facts[0]) == (date(2018, 1, 1), date(2018, 6, 15))
    # a lead paragraph with figures of its own keeps its since-period to itself
    text = ("今年以来,市警方破获盗窃案件30起。\n"
            "截至本月15日,全市共破获毒品刑事案件778起。")
    facts = _by_value(pressie.extract(text, published="2018-06-26"))
    assert _period(facts["778起"]) == (None, date(2018, 6, 15))


def test_a_holiday_of_the_last_years_spans_those_years() -> None:
    text = "据统计,近三年“五一”假期全国日均交通事故起数、死亡人数分别比平日高13.1%、11.4%。"
    doc = pressie.extract(text, published="2022-04-28")
    assert len(doc.facts) == 2
    for f in doc.facts:
        assert f.period is not None
        assert (f.period.date_start, f.period.date_end) == (date(2019, 1, 1), date(2022, 4, 28))
        # 比平日高: a comparison with a baseline, not a level
        assert f.value is None and f.change is not None and f.change.direction == "up"
    assert [f.change.amount.text for f in doc.facts if f.change and f.change.amount] == [
        "13.1%", "11.4%"]
    # a share written with 占比高达 stays a level
    doc = pressie.extract("全市电诈案件占比高达35%。", published="2022-04-28")
    assert doc.facts[0].value is not None and doc.facts[0].change is None


def test_a_share_after_a_figure_less_clause_is_that_clauses_share() -> None:
    text = "全市交通事故中,其次是酒后驾驶肇事,占11%。"
    doc = pressie.extract(text, published="2022-04-28")
    assert doc.facts[0].metric.endswith("酒后驾驶肇事占比")


def test_n_years_before_a_record_is_no_period_of_the_figure() -> None:
    text = "2015年,全市破命案178宗,近10年来命案发案首次降到200宗以下。"
    doc = pressie.extract(text, published="2016-01-29")
    for f in doc.facts:
        assert f.period is not None
        assert (f.period.date_start, f.period.date_end) == (date(2015, 1, 1), date(2015, 12, 31))


def test_a_later_as_of_clause_is_no_period_of_the_whole_release() -> None:
    text = ("夏季治安打击整治行动开展以来,全区刑事案件同比下降11.8%。\n"
            "全区梳理出40起跨区域案件,开展集中攻坚,目前已全部侦破,带破刑事案件1170起。\n"
            "禁毒部门破获毒品犯罪案件300起,抓获涉毒犯罪嫌疑人413人。")
    facts = _by_value(pressie.extract(text, published="2024-09-26"))
    assert facts["1170起"].period is not None and facts["1170起"].period.text == "目前"
    for value in ("300起", "413人"):
        period = facts[value].period
        assert period is None or period.text != "目前"


def test_from_the_start_of_the_year_up_to_now() -> None:
    for head in ("今年初至今", "今年年初至今"):
        doc = pressie.extract(f"{head},全市共有22名老人被诈骗。", published="2025-10-16")
        assert _period(doc.facts[0]) == (date(2025, 1, 1), date(2025, 10, 16))


def test_a_place_phrase_with_cong_ends_before_the_verb_after_its_place_word() -> None:
    text = ("民警当场从其携带的密码箱内查获冰毒片剂85块。"
            "全市在夜间和节假日等重点时段开展集中整治行动15次。")
    doc = pressie.extract(text, published="2019-05-01")
    metrics = [f.metric for f in doc.facts]
    assert metrics[0] == "查获冰毒片剂"
    assert metrics[1].startswith("开展")


def test_a_news_day_before_a_since_period_does_not_keep_it_from_opening_jiezhi() -> None:
    text = ("记者3月24日从州公安局获悉,自去年10月公安部部署“百城禁毒会战”以来,截至目前,"
            "全州警方共侦破各类毒品案件367起。")
    doc = pressie.extract(text, published="2015-03-25")
    assert _period(doc.facts[0]) == (date(2014, 10, 1), date(2015, 3, 25))


def test_a_continuation_paragraph_after_a_blank_line_keeps_the_action_day() -> None:
    text = ("4月11日,州公安机关开展打击整治跨境违法犯罪集中收网行动。\n\n"
            "此次行动组织周密,共出动警力577人,抓获违法犯罪人员139人。")
    facts = _by_value(pressie.extract(text, published="2021-04-11"))
    for value in ("577人", "139人"):
        assert _period(facts[value]) == (date(2021, 4, 11), date(2021, 4, 11))
    text = ("今年以来,全市公安机关破获刑事案件300起。\n\n"
            "具体来看,破获盗窃案件120起。")
    facts = _by_value(pressie.extract(text, published="2021-06-01"))
    period = facts["120起"].period
    assert period is not None and period.date_start == date(2021, 1, 1)


def test_a_holiday_heading_its_paragraph_opens_the_jiezhi_inside_it() -> None:
    text = ("2026年春节期间,全省公安机关强化各项措施。"
            "截至2月23日,全省刑事警情同比下降35.09%。")
    doc = pressie.extract(text, published="2026-02-26")
    assert _period(doc.facts[0]) == (date(2026, 2, 15), date(2026, 2, 23))


def test_a_city_release_naming_only_its_counties_is_their_city() -> None:
    text = ("本周,全市公安机关共侦破各类刑事案件201起。"
            "无为县局抓获犯罪嫌疑人骆某。繁昌县局抓获犯罪嫌疑人潘某等3人。")
    facts = _by_value(pressie.extract(text, published="2015-10-20"))
    assert facts["201起"].region == "芜湖市"


def test_a_city_release_naming_several_county_bureaus_is_the_city() -> None:
    text = ("本周,全市公安机关共侦破各类刑事案件201起。无为县局抓获犯罪嫌疑人骆某。"
            "繁昌县局抓获犯罪嫌疑人潘某等3人,该3人在芜湖市高安、南陵县等地盗窃。")
    facts = _by_value(pressie.extract(text, published="2015-10-20"))
    assert facts["201起"].region == "芜湖市"


def test_guo_and_tupo_qualify_a_bare_magnitude() -> None:
    doc = pressie.extract("全省查冻涉案资产过百亿,新媒体播放量突破百万。", published="2020-01-01")
    got = {q.text: (q.value, q.approx) for q in doc.quantities}
    assert got["过百亿"] == (1e10, "over")
    assert got["突破百万"] == (1e6, "over")
    # 经过 is no qualifier
    doc = pressie.extract("经过百日攻坚,全市抓获30人。", published="2020-01-01")
    assert [q.text for q in doc.quantities] == ["30人"]


def test_an_case_is_a_classifier_after_arabic_digits() -> None:
    text = "全市破获其他涉恶类刑事案件25起29案,目前已有序返还1779案、9845万元。"
    doc = pressie.extract(text, published="2021-01-01")
    values = [f.value.text for f in doc.facts if f.value]
    assert "29案" in values and "1779案" in values
    # a case's name still ends with 案 after a count (一杀5人案)
    doc = pressie.extract("民警侦破吕某一杀5人案,抓获犯罪嫌疑人2名。", published="2021-01-01")
    assert [f.value.text for f in doc.facts if f.value] == ["2名"]


def test_a_reporters_line_is_no_title_and_names_no_region() -> None:
    text = ("【资料图】\n海报新闻记者 张三 北京报道\n"
            "6月21日,记者从公安部新闻发布会上获悉,今年1至5月,全国共破获毒品犯罪案件1.6万起。\n"
            "各地组织联合作战,缴获入境毒品4.6吨。")
    doc = pressie.extract(text, published="2023-06-21")
    assert doc.title != "海报新闻记者 张三 北京报道"
    assert {f.region for f in doc.facts} == {"中国"}


def test_a_county_level_citys_own_police_speak_of_it_as_quanshi() -> None:
    text = ("8月15日晚,延吉市公安局在全市范围内开展夏夜治安巡查集中统一行动,"
            "全市共出动警力300余人次,检查重点场所46处。")
    facts = _by_value(pressie.extract(text, published="2023-08-16"))
    assert (facts["300余人次"].region or "").endswith("延吉市")
    # a county-level city's bureau in a case story does not make the release its own
    text = ("市公安局召开新闻发布会。打击整治期间,全市出动警力4.2万余人次。"
            + "民警加强巡逻。" * 40 + "近日,诸暨市公安局侦破一起命案。")
    facts = _by_value(pressie.extract(text, published="2024-10-10"))
    assert facts["4.2万余人次"].region != "诸暨市"


def test_a_short_range_dates_the_action_its_sentence_starts_further_on() -> None:
    text = ("1月25日至2月1日,全省调动上万名警力,对前期掌握的涉黑涉恶犯罪团伙开展第一轮"
            "集中收网行动。\n行动期间,市公安局集中收网,抓获31人,破案12起。")
    facts = _by_value(pressie.extract(text, published="2018-02-07"))
    assert _period(facts["31人"]) == (date(2018, 1, 25), date(2018, 2, 1))


def test_a_compared_level_before_tongbi_and_its_change_is_the_baseline() -> None:
    text = "其中,刑事案件12起,较2016年17起同比下降29.4%。"
    doc = pressie.extract(text, published="2017-02-05")
    assert len(doc.facts) == 1
    change = doc.facts[0].change
    assert change is not None and change.baseline is not None
    assert change.baseline.text == "17起"
