"""Rules of the genre found on real pages (issue 9, eighth round), on sentences written here."""

from __future__ import annotations

from datetime import date

from factview import by_value as _by_value
from factview import period_of as _period

import pressie


def test_a_frame_naming_a_campaign_of_known_dates_is_dated_by_it() -> None:
    # 在全国开展为期3年的扫黑除恶专项斗争中: the campaign's own years, not a bare frame
    text = ("县公安局介绍:在全国开展为期3年的扫黑除恶专项斗争中,全县公安机关共打掉"
            "恶势力犯罪集团6个,破获涉恶刑事案件45起。")
    facts = _by_value(pressie.extract(text, published="2020-12-20"))
    for value in ("6个", "45起"):
        assert _period(facts[value]) == (date(2018, 1, 1), date(2020, 12, 31))
    # a frame naming some other action stays no period
    other = "在全国开展的夏季治安打击整治行动中,全县公安机关共打掉犯罪团伙6个。"
    facts = _by_value(pressie.extract(other, published="2022-09-20"))
    assert facts["6个"].period is None


def test_n_years_after_an_ended_campaign_of_n_years_are_that_campaigns_years() -> None:
    text = ("在为期三年的扫黑除恶专项斗争中,全县公安机关共破获涉恶案件45起。\n"
            "三年来,县检察院共起诉涉恶案件22件93人。")
    # the reference date known: 三年来 starts with the campaign, up to that date
    facts = _by_value(pressie.extract(text, published="2020-12-20"))
    assert _period(facts["22件"]) == (date(2018, 1, 1), date(2020, 12, 20))
    # no date given, the reference year only assumed from the text: the campaign dates them
    facts = _by_value(pressie.extract(text + "\n2018年、2019年连续两年,县公安局被评为先进单位。"))
    assert _period(facts["93人"]) == (date(2018, 1, 1), date(2020, 12, 31))


def test_a_monthly_bulletin_without_year_takes_it_from_a_day_of_its_month() -> None:
    text = ("某县公安局3月治安警情通报\n"
            "本月全县共接报盗窃警情41起,环比2月份30起,上升36.67%。\n"
            "典型案例\n一、2023年3月8日,居民李某接到陌生电话,对方称其账户将被冻结。")
    facts = _by_value(pressie.extract(text))
    assert _period(facts["41起"]) == (date(2023, 3, 1), date(2023, 3, 31))
    # cases of that month in two years: no year is guessed
    two = text + "\n二、2022年3月15日,居民王某接到陌生电话,对方称其将被追责。"
    facts = _by_value(pressie.extract(two))
    assert _period(facts["41起"]) == (None, None)


def test_the_compared_level_after_tongbi_or_huanbi_and_its_period_is_a_baseline() -> None:
    text = ("本月全县共立电信网络诈骗案27起,环比4月份14起,上升92.86%;"
            "同比去年同期54起,下降50%。")
    facts = pressie.extract(text, published="2024-06-03").facts
    assert [f.value.text for f in facts if f.value is not None] == ["27起"]
    level = facts[0]
    assert level.change is not None and level.change.basis == "mom"
    assert level.change.baseline is not None and level.change.baseline.text == "14起"
    assert [f.change.basis for f in facts[1:] if f.change] == ["yoy"]


def test_a_year_written_after_a_launch_verb_before_a_quoted_action_is_the_current_one() -> None:
    # no page date: 开展2022年“…”行动 is an action launched now, not a year under review
    text = ("某市公安局在全市范围内组织开展2022年“清源”第二轮集中收网行动。\n"
            "截至5月24日12时,全市共抓获犯罪嫌疑人347人。")
    facts = _by_value(pressie.extract(text))
    assert _period(facts["347人"])[1] == date(2022, 5, 24)


def test_an_as_of_day_within_the_actions_days_written_earlier_starts_with_them() -> None:
    text = ("5月23日至5月24日,市公安局在全市范围内组织开展集中收网行动。\n"
            "本次行动重点打击贩卖“两卡”的人员。\n"
            "截至5月24日12时,全市警方共抓获犯罪嫌疑人347人。")
    facts = _by_value(pressie.extract(text, published="2022-05-25"))
    assert _period(facts["347人"]) == (date(2022, 5, 23), date(2022, 5, 24))
    # days that start no action start no as-of period
    rain = text.replace("市公安局在全市范围内组织开展集中收网行动", "全市普降暴雨")
    facts = _by_value(pressie.extract(rain, published="2022-05-25"))
    assert _period(facts["347人"]) == (None, date(2022, 5, 24))


def test_the_day_written_before_a_campaign_frame_dates_the_facts() -> None:
    text = ("5月24日凌晨,在“断卡”第二轮收网行动中,市公安局巡警支队捣毁一个诈骗窝点,"
            "抓获犯罪嫌疑人103名,缴获作案电脑105台。")
    facts = _by_value(pressie.extract(text, published="2022-05-26"))
    for value in ("103名", "105台"):
        assert _period(facts[value]) == (date(2022, 5, 24), date(2022, 5, 24))


def test_a_bare_month_heading_its_paragraph_before_an_area_governs_the_paragraph() -> None:
    text = ("1月至4月,全省道路交通事故起数同比下降7.7%。\n"
            "今年4月,全省查处酒驾6632起。全省清理驾驶证逾期未换证的26328人。")
    facts = _by_value(pressie.extract(text, published="2016-05-24"))
    assert _period(facts["26328人"]) == (date(2016, 4, 1), date(2016, 4, 30))
    # a month dating an event (今年4月,张某…) still governs nothing
    event = text.replace("今年4月,全省查处酒驾6632起。", "今年4月,张某驾车撞伤行人2名。")
    facts = _by_value(pressie.extract(event, published="2016-05-24"))
    assert _period(facts["26328人"]) == (date(2016, 1, 1), date(2016, 4, 30))


def test_this_action_since_points_back_to_the_action_just_named_and_dated() -> None:
    text = ("自6月25日以来,区公安分局组织开展“断卡”等专项行动,严打电信诈骗。"
            "据了解,此次专项行动开始以来,警方破获电信诈骗案件313宗,刑拘96人。")
    facts = _by_value(pressie.extract(text, published="2023-08-20"))
    assert _period(facts["313宗"]) == (date(2023, 6, 25), date(2023, 8, 20))
    # a since-period that starts no action gives the anaphor nothing to point to
    plain = text.replace("区公安分局组织开展“断卡”等专项行动,严打电信诈骗", "全区持续高温少雨")
    facts = _by_value(pressie.extract(plain, published="2023-08-20"))
    assert _period(facts["313宗"]) == (None, None)


def test_a_short_holiday_takes_the_weekend_beside_it() -> None:
    from pressie.holidays import holiday_span

    # 清明 2016: 4月2日至4日 (the package names the 4th only); 端午 2015: 20日至22日
    assert holiday_span("tomb_sweeping_day", 2016) == (date(2016, 4, 2), date(2016, 4, 4))
    assert holiday_span("dragon_boat_festival", 2015) == (date(2015, 6, 20), date(2015, 6, 22))
    # a one-day holiday on a weekday stays one day (清明 2023)
    assert holiday_span("tomb_sweeping_day", 2023) == (date(2023, 4, 5), date(2023, 4, 5))
    # the long holidays are as named (国庆 2016)
    assert holiday_span("national_day", 2016) == (date(2016, 10, 1), date(2016, 10, 7))


def test_a_holiday_named_bare_before_yilai_runs_from_its_first_day() -> None:
    text = "记者今天从公安部交通管理局获悉,清明节以来,全国共接报较大道路交通事故1起。"
    facts = _by_value(pressie.extract(text, published="2016-04-04"))
    assert _period(facts["1起"]) == (date(2016, 4, 2), date(2016, 4, 4))


def test_a_numbered_heading_sentence_names_the_changes_after_it() -> None:
    text = ("二、警情特点\n"
            "1.盗窃电瓶。本月环比上升94.74%,同比上升5.71%。\n"
            "2.盗窃自行车。本月环比上升12.07%,同比上升20.37%。")
    facts = pressie.extract(text, published="2025-09-03").facts
    got = [(f.metric, f.change.basis, f.change.amount.text) for f in facts
           if f.change is not None and f.change.amount is not None]
    assert got == [("盗窃电瓶", "mom", "94.74%"), ("盗窃电瓶", "yoy", "5.71%"),
                   ("盗窃自行车", "mom", "12.07%"), ("盗窃自行车", "yoy", "20.37%")]
    # a heading that is no sentence of its own (1.盗窃电瓶,本月…) is no such subject
    run_on = "1.本月环比上升94.74%。"
    assert pressie.extract(run_on, published="2025-09-03").facts == []


def test_arrows_written_after_huanbi_give_the_direction() -> None:
    text = "本周全市共接刑事类警情7起(环比↓36.36%),治安类警情343起(环比↑1.48%)。"
    facts = _by_value(pressie.extract(text, published="2026-01-19"))
    for value, direction in (("7起", "down"), ("343起", "up")):
        change = facts[value].change
        assert change is not None and change.direction == direction and change.basis == "mom"


def test_the_only_period_near_the_top_of_a_data_release_is_the_releases() -> None:
    text = ("某县检察院检察业务数据情况\n一、刑事检察\n1、“案-件比”情况\n"
            "本院2021年1-11月“案-件比”为106.33。\n2、审查逮捕情况\n"
            "受理审查逮捕情况。本院共受理审查逮捕案件196件251人。\n")
    facts = _by_value(pressie.extract(text, published="2021-12-10"))
    assert _period(facts["106.33"]) == (date(2021, 1, 1), date(2021, 11, 30))
    assert _period(facts["196件"]) == (date(2021, 1, 1), date(2021, 11, 30))
    # written far down, after other figures, it does not flow back over them
    late = text.replace("本院2021年1-11月“案-件比”为106.33。\n", "") + (
        "说明:" + "各项业务数据均为统计口径。" * 20 + "\n本院2021年1-11月“案-件比”为106.33。")
    facts = _by_value(pressie.extract(late, published="2021-12-10"))
    assert facts["196件"].period is None


def test_a_countys_short_name_before_its_court_is_the_county() -> None:
    text = "建始法院受案呈持续上升态势\n截至3月30日,建始法院共受理各类案件1803件,结案894件。"
    facts = _by_value(pressie.extract(text, published="2018-03-30"))
    assert facts["1803件"].region is not None and facts["1803件"].region.endswith("建始县")


def test_coordinated_rates_share_what_they_are_of() -> None:
    text = ("全省七类重点车辆检验率为99.95%,报废率为100%。"
            "今年以来全市破获刑事案件1200起,破案率为45%。")
    facts = _by_value(pressie.extract(text, published="2020-05-05"))
    assert facts["100%"].metric == "七类重点车辆报废率"
    # a rate after a count of an act stays as written
    assert facts["45%"].metric == "破案率"


def test_the_same_day_takes_the_day_written_before() -> None:
    text = ("6月23日上午,市禁毒委举办国际禁毒日宣传暨销毁毒品活动。\n"
            "当天上午,市公安局共集中销毁毒品7.6公斤。12日,全市抓获嫌疑人8人。"
            "同日凌晨,开发区分局抓获1名逃犯。")
    facts = _by_value(pressie.extract(text, published="2020-06-24"))
    assert _period(facts["7.6公斤"]) == (date(2020, 6, 23), date(2020, 6, 23))
    assert _period(facts["1名"]) == (date(2020, 6, 12), date(2020, 6, 12))
    # with no day before it, 当天 stays undated
    alone = _by_value(
        pressie.extract("当天,市公安局共集中销毁毒品7.6公斤。", published="2020-06-24"))
    assert _period(alone["7.6公斤"]) == (None, None)


def test_an_action_named_at_the_end_of_a_long_sentence_dates_its_later_period() -> None:
    text = ("为全面净化社会治安环境,8月12日至14日,市公安局在全市范围内组织开展第二轮"
            "夏夜治安巡查宣防暨破小案专项整治集中夜查统一行动。\n"
            "行动得到群众广泛支持。\n各地积极响应。\n"
            "在夜查统一行动期间,全市公安机关共出动警力2.7万人次。")
    facts = _by_value(pressie.extract(text, published="2022-08-17"))
    assert _period(facts["2.7万人次"]) == (date(2022, 8, 12), date(2022, 8, 14))
    # an action of another name is not dated by those days
    other = text.replace("在夜查统一行动期间", "在冬季攻势行动期间")
    facts = _by_value(pressie.extract(other, published="2022-08-17"))
    assert _period(facts["2.7万人次"]) == (None, None)


def test_levels_listed_after_fenbie_are_never_lost() -> None:
    shares = "共破获毒品案件520起,抓获毒品犯罪嫌疑人844名,分别占全省总数的75%和74%。"
    facts = _by_value(pressie.extract(shares, published="2022-04-14"))
    assert facts["75%"].metric == "破获毒品案件占全省总数"
    assert facts["74%"].metric == "抓获毒品犯罪嫌疑人占全省总数"
    # a subject that does not split: each level keeps it
    whole = _by_value(pressie.extract("两类案件分别为75起和74起。", published="2022-04-14"))
    assert whole["75起"].metric == whole["74起"].metric == "两类案件"


def test_quoted_names_side_by_side_split_a_fenbie_list() -> None:
    text = "其中,以“保健品”“养老项目投资”为幌子的案件分别为三十一起和二十四起。"
    facts = _by_value(pressie.extract(text, published="2023-07-11"))
    assert facts["三十一起"].metric == "以“保健品”为幌子的案件"
    assert facts["二十四起"].metric == "以“养老项目投资”为幌子的案件"


def test_jia_and_lunci_are_count_classifiers() -> None:
    text = "特警支队共抓获2架违法飞行的无人机。全市共开展集中行动3轮次。"
    facts = _by_value(pressie.extract(text, published="2022-04-14"))
    assert facts["2架"].value is not None and facts["2架"].value.kind == "count"
    assert facts["3轮次"].value is not None and facts["3轮次"].value.unit == "轮次"


def test_a_verb_that_holds_its_object_is_counted_as_written() -> None:
    text = "全市受理经济犯罪案件994起,立案476起;抓获犯罪嫌疑人300人,逮捕236人。"
    facts = _by_value(pressie.extract(text, published="2022-05-12"))
    assert facts["476起"].metric == "立案"
    assert facts["236人"].metric == "逮捕"
    # a court's 审结 still takes the cases received before it
    court = _by_value(pressie.extract("受理一审刑事案件70826件,审结67008件。",
                                      published="2022-05-12"))
    assert court["67008件"].metric == "审结一审刑事案件"


def test_a_metric_starts_after_a_headlines_dash() -> None:
    text = "“打”的能力大幅提升——全市公安机关共发起部级集群案件23起。"
    facts = _by_value(pressie.extract(text, published="2022-05-12"))
    assert facts["23起"].metric == "发起部级集群案件"


def test_a_list_item_holding_he_is_split_at_dun_alone() -> None:
    text = ("全省接报刑事类警情、治安类警情、火警和消防救援类警情较去年春节期间"
            "分别下降37.6%、45.5%和29.1%。")
    facts = pressie.extract(text, published="2019-02-11").facts
    got = [(f.metric, f.change.amount.text) for f in facts
           if f.change is not None and f.change.amount is not None]
    assert got[1:] == [("治安类警情", "45.5%"), ("火警和消防救援类警情", "29.1%")]


def test_a_line_that_is_only_a_place_heads_a_roundups_section() -> None:
    text = ("江西扫黑除恶进行时\n全省开展扫黑除恶专项斗争以来,取得重大战果。\n"
            "抚州市\n经过三个多月侦查,警方共打掉黑恶团伙5个,抓获团伙成员近百人。\n")
    facts = _by_value(pressie.extract(text, published="2018-09-01"))
    assert facts["5个"].region == "抚州市"
    # a run of place lines (a site's navigation) heads nothing
    nav = "广东省\n澳门\n" + text.replace("抚州市\n", "")
    facts = _by_value(pressie.extract(nav, published="2018-09-01"))
    assert facts["5个"].region != "澳门特别行政区"


def test_place_headings_are_found_in_linear_time_on_one_line_pages() -> None:
    """A one-line page with many places (no line is only a place) gives no heading."""
    from pressie.model import Entity
    from pressie.relations.context import _place_headings

    text = "全省" + "抚州市、南昌市、" * 2000 + "共破获案件5起。"
    ents = [Entity(label="LOCATION", text="抚州市", canonical="抚州市", start=k, end=k + 3)
            for k in range(2, len(text) - 20, 8)]
    assert _place_headings(text, ents) == []
    lines = "抚州市\n经过侦查,共打掉团伙5个。\n南昌市\n共抓获11人。"
    heads = _place_headings(lines, [
        Entity(label="LOCATION", text="抚州市", canonical="抚州市", start=0, end=3),
        Entity(label="LOCATION", text="南昌市", canonical="南昌市", start=18, end=21)])
    assert heads == [(0, "抚州市"), (18, "南昌市")]


def test_a_count_the_subject_is_one_of_is_no_fact() -> None:
    text = "省反诈中心正式挂牌成立,成为全国首批建成的7个省级反诈中心之一。全省共打掉团伙7个。"
    facts = pressie.extract(text, published="2022-01-01").facts
    assert [(f.metric, f.value.text) for f in facts if f.value] == [("打掉团伙", "7个")]


def test_review_mends_of_the_eighth_round() -> None:
    """Inputs a review found mishandled by this round's rules."""
    pub = "2023-12-01"
    # a fraction is no "one of N": 三分之一 keeps the count before it
    facts = _by_value(pressie.extract("全市共破获案件1200起,占全省三分之一。", published=pub))
    assert facts["1200起"].metric == "破获案件"
    # a later campaign of the same name is not dated 2018–2020, the written period wins
    text = "2023年以来,在常态化扫黑除恶专项斗争中,全市共打掉团伙3个。"
    facts = _by_value(pressie.extract(text, published=pub))
    assert _period(facts["3个"]) == (date(2023, 1, 1), date(2023, 12, 1))
    # 全省 under a city's heading line is the province's
    heads = "江西省公安厅通报。\n抚州市\n近日,警方共打掉团伙3个。\n全省共打掉团伙5个。"
    facts = _by_value(pressie.extract(heads, published=pub))
    assert facts["3个"].region == "抚州市"
    assert facts["5个"].region == "江西省"
    # a longer rate word before (检验合格率) shares nothing
    facts = _by_value(pressie.extract("七类重点车辆检验合格率为99%,报废率为100%。",
                                      published=pub))
    assert facts["100%"].metric == "报废率"
    # an empty list item never makes an empty metric
    facts = pressie.extract("甲、、乙分别为1起、2起和3起。", published=pub).facts
    assert all(f.metric for f in facts)


def test_a_day_whose_sentence_goes_on_with_dangwan_is_an_actions_day() -> None:
    # 当晚 after a reporting verb: the sentence tells that day's action (not a news day);
    # the tuple of such words was shadowed by a shorter one of the same name for a while
    text = "8月28日,市禁毒大队获悉有人贩毒,当晚民警就抓获犯罪嫌疑人3名。"
    facts = _by_value(pressie.extract(text, published="2022-09-01"))
    assert _period(facts["3名"]) == (date(2022, 8, 28), date(2022, 8, 28))
