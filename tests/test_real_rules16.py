"""Rules of the sixteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie


def test_a_year_written_after_an_as_of_date_of_that_year_ends_there() -> None:
    """截至3月20日,我市公安机关2018年已破获…: the year's figures so far end at the as-of date,
    which takes the year written after it when it has none; a year of another clause or
    sentence stays whole."""
    text = ("据统计,截至3月20日,我市公安机关2018年已破获盗窃案件312起,其中入室盗窃41起。\n"
            "2017年,全市共破获盗窃案件1850起。")
    doc = pressie.extract(text)
    facts = by_value(doc)
    assert period_of(facts["312起"]) == (dt.date(2018, 1, 1), dt.date(2018, 3, 20))
    assert period_of(facts["41起"]) == (dt.date(2018, 1, 1), dt.date(2018, 3, 20))
    assert period_of(facts["1850起"]) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))
    other_clause = by_value(pressie.extract(
        "截至3月20日,全市共破获盗窃案件312起,2018年共破获1850起。", published="2019-03-25"))
    assert period_of(other_clause["312起"])[1] == dt.date(2019, 3, 20)
    assert period_of(other_clause["1850起"]) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    this_year = pressie.extract("截至五月三十一日,今年全省已找回走失儿童168人。",
                                published="2021-07-13")
    assert period_of(by_value(this_year)["168人"]) == (dt.date(2021, 1, 1), dt.date(2021, 5, 31))


def test_a_masthead_line_naming_a_body_is_no_title() -> None:
    """A national site's masthead (中共中央政法委员会) and its link bar (设为首页 | 我要投稿)
    above a province's story are page chrome: the title is the story's line, and the
    province's figures keep their province."""
    text = ("中共中央政法委员会\n\n设为首页 | 我要投稿\n\n"
            "河南:多措并举严打电信网络诈骗\n\n"
            "2020年,河南省公安机关深入开展打击治理电信网络诈骗专项行动。据统计,2020年,"
            "全省共破获电信网络诈骗案件1.2万余起,抓获犯罪嫌疑人9000余名。")
    doc = pressie.extract(text, published="2021-02-01")
    assert doc.title == "河南:多措并举严打电信网络诈骗"
    assert {f.region for f in doc.facts} == {"河南省"}


def test_a_toll_list_ends_each_items_noun_at_the_next_items_words() -> None:
    """造成15人死亡、32人受伤、直接经济损失80万元: each figure's noun after it stops at the 、
    before the next item's words, so the loss is a fact of its own; a noun coordinated with
    、 and no number after it stays whole."""
    doc = pressie.extract(
        "2019年,全市共发生火灾326起,造成15人死亡、32人受伤、直接财产损失达1200万元。",
        published="2020-01-15")
    facts = by_value(doc)
    assert facts["32人"].metric == "受伤"
    assert "损失" in facts["1200万元"].metric and "受伤" not in facts["1200万元"].metric
    kept = by_value(pressie.extract("共打掉127个涉黑组织、恶势力犯罪集团,抓获1200名犯罪嫌疑人。",
                                    published="2020-01-15"))
    assert kept["127个"].metric.endswith("恶势力犯罪集团")
    nouns = by_value(pressie.extract("打掉12个涉黑、涉恶团伙抓获成员86人。",
                                     published="2020-01-15"))
    assert nouns["12个"].metric.endswith("涉恶团伙")


def test_shares_of_a_whole_period_are_each_figures_and_no_period() -> None:
    """…分别占全年的60.2%、65%: 全年 is the whole the shares are of, not their period, and
    each share is of the figure listed before it in order."""
    doc = pressie.extract(
        "2019年1月至5月,全省共发生火灾1.2万起,造成91人死亡、46人受伤,"
        "分别占全年的60.2%、65%、58.3%。", published="2020-01-20")
    facts = by_value(doc)
    five_months = (dt.date(2019, 1, 1), dt.date(2019, 5, 31))
    for value, of in (("60.2%", "火灾"), ("65%", "死亡"), ("58.3%", "受伤")):
        assert of in facts[value].metric and facts[value].metric.endswith("占全年")
        assert period_of(facts[value]) == five_months


def test_a_range_of_months_joined_to_a_later_month_is_one_period() -> None:
    """2019年1月至5月和12月: the months listed together, first day to last day, not only the
    month written last."""
    doc = pressie.extract("2019年1月至5月和12月,全省共发生火灾8600起。", published="2020-01-20")
    assert period_of(by_value(doc)["8600起"]) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    each = pressie.extract("2019年1至3月、4至6月,全省分别发生火灾100起、120起。",
                           published="2019-07-20")
    assert period_of(by_value(each)["100起"]) != (dt.date(2019, 1, 1), dt.date(2019, 6, 30))


def test_a_dated_launch_up_to_now_opens_its_period() -> None:
    """自2016年9月30日挂牌成立至今 (also with a year in Chinese numerals): from the launch
    day to the reference date, like …成立以来; an undated action up to now stays undated."""
    for lead in ("自2016年9月30日挂牌成立至今,", "中心自二〇一六年九月三十日挂牌成立至今,"):
        doc = pressie.extract(lead + "共劝阻潜在受骗群众46万余人。", published="2018-10-18")
        assert period_of(by_value(doc)["46万余人"]) == (dt.date(2016, 9, 30),
                                                      dt.date(2018, 10, 18))
    undated = pressie.extract("开展“夏季行动”至今,全市共破获案件300起。", published="2018-10-18")
    period = by_value(undated)["300起"].period
    assert period is not None and period.text.endswith("至今")
    assert (period.date_start, period.date_end) == (None, None)


def test_a_listed_item_with_a_figure_that_is_no_fact_is_no_part_of_the_next_metric() -> None:
    """收缴木材1.2万余立方米、珍稀植物400余株(件)、野生动物4200余只(头): a volume is no fact,
    but the next item's metric starts after it, the verb at the list's head kept; the
    bracketed unit of a figure is no part of the next item's words."""
    doc = pressie.extract(
        "2016年,全省森林公安共收缴木材1.2万余立方米、珍稀植物400余株(件)、"
        "野生动物4200余只(头)。", published="2017-01-20")
    facts = by_value(doc)
    assert facts["400余株"].metric == "收缴珍稀植物"
    assert facts["4200余只"].metric == "收缴野生动物"


def test_a_text_counting_from_the_start_of_its_own_year_dates_its_campaign_year() -> None:
    """本年以来…in a page without a date, at the “净网2022” conference: the campaign's year
    is the text's own (本年 like 今年), not a reviewed one."""
    doc = pressie.extract(
        "本年以来,某市共侦破各类网络案件743起,抓获犯罪嫌疑人2093名。"
        "11月8日,在某市公安局召开的“净网2022”专项行动新闻发布会上通报了上述数据。")
    assert period_of(by_value(doc)["743起"])[0] == dt.date(2022, 1, 1)


def test_a_holiday_told_on_a_day_before_it_began_is_last_years() -> None:
    """记者今天(1月15日)从省公安厅获悉 … 2019年春节期间…: 2019's Spring Festival began after
    15 January 2019, so a page without a date telling its figures is of 15 January 2020."""
    doc = pressie.extract(
        "记者今天(1月15日)从省公安厅获悉,目前,全省16个地级市均出台了烟花爆竹禁限放政策。"
        "据统计,2019年春节期间,因燃放烟花爆竹导致的火灾共186起。")
    facts = by_value(doc)
    assert period_of(facts["16个"])[1] == dt.date(2020, 1, 15)
    assert period_of(facts["186起"])[0].year == 2019
    preview = pressie.extract(
        "记者1月15日从省公安厅获悉,2019年春节期间,全省将全面禁放烟花爆竹。"
        "去年全省共发生火灾186起。")
    assert period_of(by_value(preview)["186起"])[0] != dt.date(2019, 1, 1)


def test_the_summer_holidays_are_the_summer_season() -> None:
    """今年暑期 / 暑假期间: 1 July to 31 August of that year, like 暑运; 寒暑假 (both holidays)
    names no season."""
    summer = (dt.date(2023, 7, 1), dt.date(2023, 8, 31))
    doc = pressie.extract("今年暑期,全国边检机关共查验出入境人员8200万人次。",
                          published="2023-09-07")
    assert period_of(by_value(doc)["8200万人次"]) == summer
    both = pressie.extract("民警利用寒暑假期间到各院校办理签证120人次。", published="2023-09-07")
    period = by_value(both)["120人次"].period
    assert period is None or (period.date_start, period.date_end) == (None, None)


def test_two_festivals_named_before_两节_are_that_pair() -> None:
    """中秋国庆两节期间 / 春节、元宵“两节”期间: the holidays named right before 两节 (双节) are
    the pair; bare 两节 keeps the lexicon's pair (元旦 and 春节)."""
    national = (dt.date(2019, 9, 13), dt.date(2019, 10, 7))
    for lead in ("中秋国庆两节期间,", "中秋、国庆“双节”期间,"):
        doc = pressie.extract(lead + "全市共接报警情1200起。", published="2019-10-09")
        assert period_of(by_value(doc)["1200起"]) == national
    lantern = pressie.extract("春节、元宵“两节”期间,全市共接报警情800起。", published="2019-02-25")
    assert period_of(by_value(lantern)["800起"]) == (dt.date(2019, 2, 4), dt.date(2019, 2, 19))
    bare = pressie.extract("两节期间,全市共接报警情800起。", published="2019-02-25")
    assert period_of(by_value(bare)["800起"]) == (dt.date(2018, 12, 30), dt.date(2019, 2, 10))


def test_a_range_from_a_part_of_a_year_to_a_later_month() -> None:
    """自去年年初至今年9月 / 从去年初到今年9月底: one range from the year's first day to the later
    month's end, not the last month only."""
    for lead in ("自去年年初至今年9月,", "从去年初到今年9月底,"):
        doc = pressie.extract(lead + "全市共破获毒品犯罪案件970余起。", published="2007-10-20")
        assert period_of(by_value(doc)["970余起"]) == (dt.date(2006, 1, 1), dt.date(2007, 9, 30))


def test_同比降_keeps_同_out_of_the_metric() -> None:
    """接报火灾数同比降两成: 同比 + a one-character change word; the metric is 接报火灾数 (比降
    alone, the Fujian shorthand, still reads as 同比下降)."""
    doc = pressie.extract("前十月,全国接报火灾数同比降两成。", published="2017-11-10")
    (fact,) = [f for f in doc.facts if f.change is not None]
    assert fact.metric == "接报火灾数" and fact.change.basis == "yoy"
    short = pressie.extract("今年以来,全市发案量比降11.57%。", published="2017-11-10")
    (fact,) = [f for f in short.facts if f.change is not None]
    assert fact.metric == "发案量" and fact.change.basis == "yoy"


def test_a_place_inside_another_places_name_written_twice_is_no_place() -> None:
    """仙桃城区 in a text naming 仙桃 again: 仙桃's town area, not 衡水's 桃城区; a name written
    once (其中阳江: no 中阳县) does not block the place after it."""
    doc = pressie.extract(
        "9月16日晚,仙桃城区车站路口,交警拦下一名驾车男子。据悉,小长假期间,仙桃交警共查处"
        "各类交通违法行为47起。", published="2024-09-18")
    places = {e.canonical for e in doc.entities if e.label == "LOCATION"}
    assert "衡水市桃城区" not in places and any("仙桃" in p for p in places)
    prov = pressie.extract("今年以来,全省公安机关破获案件300起。其中阳江境内破获案件20起。",
                           published="2019-02-20")
    assert any(e.canonical == "阳江市" for e in prov.entities if e.label == "LOCATION")


def test_the_coast_guard_named_without_局_is_a_national_body() -> None:
    """A title 中国海警:2018查获走私案1100余起: the national coast guard's release (中国), not
    the region of a place named only in a related-news link below it."""
    text = ("中国海警:2018查获走私案1100余起\n"
            "据“中国海警”官微消息,2018年,中国海警局查获涉嫌走私案件1100余起。\n"
            "新闻推荐\n  • 两岸交流合作民心所向——台湾各界人士座谈")
    doc = pressie.extract(text, published="2019-01-20")
    assert {f.region for f in doc.facts} == {"中国"}


def test_a_yearless_lunar_new_years_eve_dates_a_page_without_a_date() -> None:
    """1月28日(除夕)至2月3日 on a page without a date: the eve of 春节 fell on 28 January in
    2025 (the latest such year; the next is 2044), and the note in brackets does not cut
    the range."""
    doc = pressie.extract("1月28日(除夕)至2月3日,全省共发生火灾480起,死亡0人。")
    assert period_of(by_value(doc)["480起"]) == (dt.date(2025, 1, 28), dt.date(2025, 2, 3))
    dated = pressie.extract("2月7日(除夕)至2月13日,全省共发生火灾480起。", published="2016-02-15")
    assert period_of(by_value(dated)["480起"]) == (dt.date(2016, 2, 7), dt.date(2016, 2, 13))


def test_this_named_action_in_the_next_paragraph_takes_the_actions_day() -> None:
    """为加强…工作,9月12日晚,…开展了…集中整治统一行动。(paragraph) 此次集中统一行动,…共出动…:
    the paragraph naming the action again with 此次 goes on under the day it was held, also
    past purpose clauses opening the first paragraph."""
    for lead in ("", "为加强辖区道路交通安全管理工作,为群众创造安全的交通环境,"):
        doc = pressie.extract(
            lead + "9月12日晚,交警大队扎实开展了酒驾醉驾集中整治统一行动。\n"
            "此次集中统一行动,交警大队共出动警力12人次,查处各类交通违法行为35件。",
            published="2017-09-14")
        assert period_of(by_value(doc)["35件"]) == (dt.date(2017, 9, 12), dt.date(2017, 9, 12))


def test_a_named_place_chain_gives_its_region_without_the_province() -> None:
    """江西南昌特警 / 内蒙古满洲里警方: the region is the place below the province (南昌市; a
    county-level city under its prefecture, 呼伦贝尔市满洲里市); a municipality keeps its name
    (重庆市渝北区)."""
    cases = {"江西南昌特警国庆期间共帮助游客拍摄照片1万余张。": "南昌市",
             "内蒙古满洲里警方今年共破获盗窃案件18起。": "呼伦贝尔市满洲里市",
             "重庆渝北警方今年共破获盗窃案件18起。": "重庆市渝北区"}
    for text, region in cases.items():
        doc = pressie.extract(text, published="2019-10-09")
        assert {f.region for f in doc.facts} == {region}


def test_kilograms_written_in_latin_letters_are_a_weight() -> None:
    """收缴炸药13.3KG / 缴获毒品5.2kg: kilograms, like 公斤."""
    doc = pressie.extract("今年以来,共收缴炸药13.3KG,缴获毒品5.2kg。", published="2020-05-01")
    facts = by_value(doc)
    for text, value in (("13.3KG", 13.3), ("5.2kg", 5.2)):
        assert facts[text].value.unit == "kg" and facts[text].value.value == value
        assert facts[text].value.kind == "weight"


def test_days_listed_in_one_month_are_one_range() -> None:
    """2019年7月24、25、26日: the days listed after one month, first to last."""
    doc = pressie.extract("2019年7月24、25、26日,禁毒大队开展铲毒行动,共铲除罂粟幼苗400余株。",
                          published="2019-07-30")
    assert period_of(by_value(doc)["400余株"]) == (dt.date(2019, 7, 24), dt.date(2019, 7, 26))


def test_an_actions_few_days_reach_this_action_past_a_paragraph_on_its_course() -> None:
    """为…,按照…部署,7月12-15日,…开展…。(paragraph) 行动中,…。(paragraph) 此次行动,共出动…:
    the action's days date the figures of the paragraph naming it again, past the paragraph
    telling what went on in it; that paragraph's own figures stay undated."""
    doc = pressie.extract(
        "为深入推进夏季交通违法整治,严查酒驾醉驾,按照交警支队安排部署,7月12-15日,两地交警"
        "联合开展集中整治。\n行动中,两地交警密切配合,共设卡点6个。\n"
        "此次行动,共出动警力120余人次,查处酒驾违法2起。", published="2022-07-16")
    facts = by_value(doc)
    assert period_of(facts["120余人次"]) == (dt.date(2022, 7, 12), dt.date(2022, 7, 15))


def test_a_verb_before_a_colon_heads_the_items_listed_after_it() -> None:
    """此次共销毁:炮弹16枚、手榴弹8枚、炸药3公斤: the verb before the colon is each item's
    (销毁炮弹, …); a reporting phrase before a colon (据统计:) gives none."""
    facts = by_value(pressie.extract("此次三县一区公安机关共销毁:炮弹16枚、手榴弹8枚、炸药3公斤。",
                                     published="2013-09-27"))
    metrics = [facts[v].metric for v in ("16枚", "8枚", "3公斤")]
    assert metrics == ["销毁炮弹", "销毁手榴弹", "销毁炸药"]
    said = by_value(pressie.extract("据统计:全市刑事案件1200起,治安案件800起。",
                                    published="2013-09-27"))
    assert said["1200起"].metric == "刑事案件"
