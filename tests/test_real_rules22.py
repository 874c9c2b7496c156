"""Rules of the twenty-second round on real pages (own sentences, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pytest
from factview import by_value, change_of, period_of

import pressie


def test_measures_by_subject_in_the_next_sentence_are_the_levels_changes() -> None:
    """A sentence of levels, then a sentence opening with its comparison that measures each
    level by its subject (火灾起数, 伤人数, 直接财产损失): each change is its level's, and no
    change-only fact is left for them."""
    text = ("国庆期间,全市共发生火灾52起,受伤3人,直接财产损失12.6万元。同比去年,火灾起数下降了"
            "21.5%,伤人数上升了50%,直接财产损失下降了8.2%。")
    doc = pressie.extract(text, published="2019-10-08")
    assert _level_changes(doc) == {"52起": ("down", "21.5%"), "3人": ("up", "50%"),
                                   "12.6万元": ("down", "8.2%")}
    assert [f for f in doc.facts if f.value is None] == []
    # (a 分别-list of named measures keeps its nouns: change-only facts, spec section 4)
    text = ("假期期间,全省共接报道路交通事故312起,造成41人死亡。与去年同期相比,"
            "事故起数、死亡人数分别下降11.2%、9.8%。")
    doc = pressie.extract(text, published="2018-05-02")
    assert by_value(doc)["312起"].change is None
    assert sorted(change_of(f) for f in doc.facts if f.value is None) == [
        ("down", "11.2%"), ("down", "9.8%")]


def test_the_figures_just_told_as_the_subject_of_their_changes() -> None:
    """这组数据,与去年同期相比,分别下降…: 这组数据 is the levels just told, no metric of its
    own."""
    text = ("今年以来,全市共发生火灾860起,造成12人死亡,直接财产损失1530.4万元。这组数据,"
            "与去年同期相比,分别下降3.1%、25%和6.4%。")
    doc = pressie.extract(text, published="2016-11-20")
    assert _level_changes(doc) == {"860起": ("down", "3.1%"), "12人": ("down", "25%"),
                                   "1530.4万元": ("down", "6.4%")}
    assert "这组数据" not in {f.metric for f in doc.facts}


def _level_changes(doc: pressie.Document) -> dict[str, tuple[str, str]]:
    """The change (direction, amount text) of each level of ``doc`` that has one."""
    return {f.value.text: change_of(f) for f in doc.facts
            if f.value is not None and f.change is not None}


def test_another_years_same_part_dates_an_undated_text() -> None:
    """今年上半年…与2012年同期相比: the text is of 2013 (2019's same part, the year before
    the pandemic, is compared with for years after it and dates nothing)."""
    text = "今年上半年,全省高速公路共发生交通事故311起,与2012年同期相比增加43起。"
    fact = by_value(pressie.extract(text))["311起"]
    assert period_of(fact) == (dt.date(2013, 1, 1), dt.date(2013, 6, 30))
    text = "今年上半年,全省高速公路共发生交通事故311起,与2019年同期相比增加43起。"
    assert period_of(by_value(pressie.extract(text))["311起"]) == (None, None)


def test_a_share_in_cheng_before_its_population() -> None:
    """近六成案件调解、撤诉: a share in 成 written right before its population is a fact with
    the clause as metric (as 97.1%的居民… is); 成案 is no word after a numeral."""
    text = "去年,全市民商事案件一审中,近六成案件调解、撤诉。"
    doc = pressie.extract(text, published="2016-01-20")
    fact = by_value(doc)["近六成"]
    assert fact.metric == "案件调解、撤诉"
    assert (fact.value.value, fact.value.approx) == (60.0, "nearly")


def test_persons_counted_by_a_passive_clause() -> None:
    """其中18人被警方拘捕,其余11人被其他部门拘捕: each count's metric is its passive clause."""
    text = "去年共有29名警务人员被捕,其中18人被警方拘捕,其余11人被其他部门拘捕。"
    facts = by_value(pressie.extract(text, published="2018-01-20"))
    assert facts["18人"].metric == "被警方拘捕"
    assert facts["11人"].metric == "被其他部门拘捕"
    assert facts["29名"].metric == "警务人员被捕"


def test_a_list_of_persons_after_dui_before_its_verb() -> None:
    """对10名公诉案件被告人、16名自诉案件被告人宣告无罪: two items of one list (the first is
    no count inside a subject), each with its own noun and the shared verb; 被告人 is a noun,
    no passive."""
    text = "全年共对10名公诉案件被告人、16名自诉案件被告人宣告无罪。"
    facts = by_value(pressie.extract(text, published="2015-01-20"))
    assert facts["10名"].metric == "公诉案件被告人宣告无罪"
    assert facts["16名"].metric == "自诉案件被告人宣告无罪"


def test_trips_of_vehicles_with_the_others_in_brackets() -> None:
    """412.3万架(艘、列、辆)次 / 超900架(艘)次: one count of trips, unit 架次 (the first
    vehicle's), its change after it; a bracketed note that is no vehicle stays apart."""
    text = ("今年春节假期,口岸出入境客运航班超900架(艘)次、较去年同期增长约15%,"
            "全年查验出入境交通工具412.3万架(艘/列/辆)次。")
    doc = pressie.extract(text, published="2019-02-12")
    trips = {q.text: (q.value, q.unit) for q in doc.quantities if q.kind == "count"}
    assert trips == {"超900架(艘)次": (900.0, "架次"),
                     "412.3万架(艘/列/辆)次": (4123000.0, "架次")}
    assert change_of(by_value(doc)["超900架(艘)次"]) == ("up", "约15%")
    doc = pressie.extract("查获走私船1艘(见图)。", published="2019-02-12")
    assert [q.text for q in doc.quantities] == ["1艘"]
    # (6781人(次): the times in brackets; 10201件(套): another classifier of the same things)
    doc = pressie.extract("共盘查人员2.8万人(次),购置器材10201件(套)。", published="2019-02-12")
    assert [(q.text, q.value, q.unit) for q in doc.quantities] == [
        ("2.8万人(次)", 28000.0, "人次"), ("10201件(套)", 10201.0, "件")]


def test_a_level_reached_on_a_later_day_counts_the_same() -> None:
    """2月6日,出境旅客人数为1223人次,2月7日增至1412人次,2月8日攀升至1849人次: each later
    day's level counts what the first counts, for its own day."""
    text = ("据统计,2月6日,航线出境旅客人数为1223人次,2月7日增至1412人次,"
            "2月8日攀升至1849人次。")
    facts = by_value(pressie.extract(text, published="2019-02-10"))
    assert {facts[v].metric for v in ("1223人次", "1412人次", "1849人次")} == {
        facts["1223人次"].metric}
    assert period_of(facts["1849人次"]) == (dt.date(2019, 2, 8), dt.date(2019, 2, 8))


def test_an_action_day_after_a_dateline_and_purpose_clauses_dates_what_follows() -> None:
    """本报讯(通讯员 李明)为深入推进…,按照市局统一部署,6月18日,…开展…。此次行动共抓获…: the
    day heads its paragraph past the dateline and the purpose clauses, and dates the
    action's figures in the next sentence."""
    text = ("  本报讯(通讯员 李明)为深入推进夏季治安打击整治行动,按照市局统一部署,6月18日,"
            "城关县公安局开展集中清查行动。此次行动共抓获违法犯罪嫌疑人23名。")
    fact = by_value(pressie.extract(text, published="2021-06-20"))["23名"]
    assert period_of(fact) == (dt.date(2021, 6, 18), dt.date(2021, 6, 18))


@pytest.mark.parametrize(
    ("written", "low", "high"),
    [("五六名", 5.0, 6.0), ("三四十人", 30.0, 40.0), ("七八百人", 700.0, 800.0),
     ("两三万元", 20000.0, 30000.0)],
)
def test_two_neighbouring_digits_are_a_range(written: str, low: float, high: float) -> None:
    """五六名, 三四十人, 七八百人: one digit or the next (range), not the digits of one number
    (五六名 is not 56); 九八 (a year's digits) and 五七 are no pair."""
    doc = pressie.extract(f"当天出动{written}。", published="2020-05-01")
    q = doc.quantities[0]
    assert (q.text, q.value, q.value_max, q.approx) == (written, low, high, "range")


def test_blanks_around_a_decimal_point() -> None:
    """分别下降 54 . 55% 、43 . 55%: one percentage each (offsets into the written text)."""
    text = "与去年同期相比,事故起数、死亡人数分别下降 54 . 55% 、43 . 55%。"
    doc = pressie.extract(text, published="2020-05-01")
    assert [(q.text, q.value) for q in doc.quantities] == [("54 . 55%", 54.55),
                                                           ("43 . 55%", 43.55)]
    assert all(text[q.start:q.end] == q.text for q in doc.quantities)


def test_digits_that_are_no_neighbours_are_no_range() -> None:
    """五七 and 九八 are no pair of neighbouring digits: no range is read from them."""
    for text in ("当天出动五七名。", "九八年至今。"):
        doc = pressie.extract(text, published="2020-05-01")
        assert all(q.approx != "range" for q in doc.quantities)


def test_a_seasons_review_in_its_own_year() -> None:
    """2009年全市春运工作,…按照…的要求,…。今年春运期间…: the year's season (its place's scope
    before it) is the current year's, and the demands a past work followed (按照…的要求) are
    no plan."""
    from pressie.periods import text_year

    text = ("2009年全市春运工作,自2月3日至3月14日止,按照市春运工作方案的要求,平安有序地运行了"
            "40天。今年春运期间,全市投入客运车辆3600辆。")
    assert text_year(text) == 2009
    fact = by_value(pressie.extract(text))["3600辆"]
    assert period_of(fact) == (dt.date(2009, 1, 11), dt.date(2009, 2, 19))  # (spec: 40 days)
    # (a plan's demand still marks a plan: 要求…将)
    assert text_year("要求2026年全市春运工作将投入车辆3600辆。") is None


def test_a_party_congress_worked_toward_dates_an_undated_text() -> None:
    """为党的十九大胜利召开营造…环境 / 十八大安保: the text is of the congress's year (the 16th
    in 2002, one every five years); 十九大召开以来 counts years after it and dates nothing."""
    from pressie.periods import text_year

    text = "今年1至9月,全市破获毒品案件86起,为党的十九大胜利召开营造出和谐稳定的社会环境。"
    assert text_year(text) == 2017
    assert period_of(by_value(pressie.extract(text))["86起"]) == (
        dt.date(2017, 1, 1), dt.date(2017, 9, 30))
    assert text_year("十八大安保期间,全市共破获案件30起。") == 2012
    assert text_year("党的十九大召开以来,全市共破获案件30起。") is None


def test_the_source_links_day_dates_an_undated_text() -> None:
    """文章出处:…http://…/content/20140826/…: the day in the source link's path gives the
    year of a text that writes none; a link without a day, or no source word, gives none."""
    head = "本报海口8月25日电 全省上半年共查侦赌博案件310起。\n"
    text = head + "文章出处:法制日报http://epaper.example.cn/fzrb/content/20140826/A05.htm"
    assert period_of(by_value(pressie.extract(text))["310起"]) == (
        dt.date(2014, 1, 1), dt.date(2014, 6, 30))
    for tail in ("文章出处:http://example.cn/a05.htm", "http://example.cn/20140826/a.htm"):
        fact = by_value(pressie.extract(head + tail))["310起"]
        assert period_of(fact) == (None, None)


def test_a_compared_level_then_a_comma_before_its_change() -> None:
    """…22807件,较去年同期的24752件,减少1945件,降低7.86%: 较…的24752件 is the baseline even
    with a comma before the change; the rate goes on the level, the difference apart."""
    text = "春安工作期间,全般刑案发生数22807件,较去年同期的24752件,减少1945件,降低7.86%。"
    doc = pressie.extract(text, published="2009-02-10")
    level = by_value(doc)["22807件"]
    assert change_of(level) == ("down", "7.86%")
    assert level.change.baseline is not None and level.change.baseline.text == "24752件"
    assert "24752件" not in by_value(doc)


def test_the_season_a_purpose_clause_works_for_is_no_period() -> None:
    """为切实做好全国“两会”期间道路交通安全管理工作,…,3月14日至15日,…开展…行动。此次行动,共查处…:
    the season is what the purpose clause works for, no period; the action's days date the
    figures."""
    text = ("为切实做好全国“两会”期间道路交通安全管理工作,根据市局通知要求,3月14日至15日,"
            "县交警大队开展交通秩序专项整治行动。\n此次行动,共查处酒后驾驶违法行为16起。")
    fact = by_value(pressie.extract(text, published="2016-03-16"))["16起"]
    assert period_of(fact) == (dt.date(2016, 3, 14), dt.date(2016, 3, 15))
