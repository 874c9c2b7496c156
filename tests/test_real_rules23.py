"""Rules of the twenty-third round on real pages (own sentences, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie


def test_a_lone_one_after_its_noun_counts_a_listed_item() -> None:
    """一 + classifier is the indefinite article (一名民警), but written after its noun and
    closing a listed item it counts that item (涉案船舶一艘、海砂300吨)."""
    text = ("行动中,民警共查获涉案船舶一艘、海砂300吨,缴获运毒汽车一辆及毒资2万元,"
            "抓获犯罪嫌疑人5名。")
    facts = by_value(pressie.extract(text, published="2021-04-10"))
    assert facts["一艘"].metric == "查获涉案船舶"
    assert facts["300吨"].metric == "查获海砂"
    assert facts["一辆"].metric == "缴获运毒汽车"


def test_a_lone_one_stays_an_article_or_a_slogans_word() -> None:
    """一名民警 before its noun, 发现一起、查处一起 (a slogan), 最多的一次 (a superlative),
    一批 (a batch) and 第一条 are no counts."""
    text = ("当天,一名民警在巡逻中发现线索。民警坚持发现一起、查处一起,收缴作案工具一批。"
            "这是全市销毁毒品数量最多的一次。安全第一条,全市共查处违法行为120起。")
    doc = pressie.extract(text, published="2021-04-10")
    assert [f.value.text for f in doc.facts if f.value is not None] == ["120起"]


def test_a_hosted_event_is_a_period_of_its_edition() -> None:
    """奥运期间 / 世博会期间: the event's own days in the text's year; a name held in several
    years (亚运会) takes that year's edition, none in a year without one."""
    text = "奥运期间,北京警方共破获盗窃案件930余起,抓获违法犯罪嫌疑人1000余名。"
    doc = pressie.extract(text, published="2008-08-29")
    assert period_of(by_value(doc)["930余起"]) == (dt.date(2008, 8, 8), dt.date(2008, 8, 24))
    text = "亚运会期间,全市公安机关共接报110警情2.1万起。"
    assert period_of(by_value(pressie.extract(text, published="2023-10-12"))["2.1万起"]) == (
        dt.date(2023, 9, 23), dt.date(2023, 10, 8))
    assert period_of(by_value(pressie.extract(text, published="2010-12-01"))["2.1万起"]) == (
        dt.date(2010, 11, 12), dt.date(2010, 11, 27))
    assert period_of(by_value(pressie.extract(text, published="2018-12-01"))["2.1万起"]) == (
        None, None)


def test_a_lead_period_after_a_bracketed_byline_governs_the_release() -> None:
    """本网讯 (张某 李某)某县公安机关今年…: the byline ends before the subject, so 今年 heads
    the lead and governs the paragraphs after it."""
    text = ("本网讯 (王 明 李小红)某某县公安机关今年组织开展严打整治专项行动,摧毁犯罪团伙21个,"
            "抓获网上逃犯86名。\n抓舆论宣传,营造良好氛围。该局利用广播、电视等宣传工具,"
            "悬挂宣传横幅40条,发放传单1.8万余份。")
    facts = by_value(pressie.extract(text, published="2011-10-09"))
    for value in ("21个", "40条", "1.8万余份"):
        assert period_of(facts[value]) == (dt.date(2011, 1, 1), dt.date(2011, 10, 9)), value


def test_an_average_yearly_change_written_out_is_yoy() -> None:
    """平均每年下降4个百分点 is an average annual change like 年均下降: yoy."""
    text = "自2002年以来,全国发生在居民区的入室盗窃案件平均每年下降4个百分点。"
    fact = pressie.extract(text, published="2007-05-28").facts[0]
    assert fact.change is not None and fact.change.basis == "yoy"
    assert fact.metric == "发生在居民区的入室盗窃案件"


def test_the_whole_after_fenbie_zhan_is_every_parts() -> None:
    """盗窃罪、诈骗罪分别占整体罪案的46%、21.4%: each share is its part's share of the whole
    written after 分别占."""
    text = "去年全市刑事案件共有12,016宗,盗窃罪及诈骗罪分别占整体罪案的46%及21.4%。"
    facts = by_value(pressie.extract(text, published="2015-01-20"))
    assert facts["46%"].metric == "盗窃罪占整体罪案"
    assert facts["21.4%"].metric == "诈骗罪占整体罪案"


def test_a_share_listed_with_only_its_whole_measures_the_same_thing() -> None:
    """…安装人数占全省55%、全国21%: the second share is of the same count, in the whole
    written before it."""
    for text in ("截至6月底,全市反诈APP安装人数占全省55%、全国21%。",
                 "截至6月底,全市反诈APP安装人数占全省55%、占全国21%。"):
        facts = by_value(pressie.extract(text, published="2021-07-20"))
        assert facts["55%"].metric == "反诈APP安装人数占全省"
        assert facts["21%"].metric == "反诈APP安装人数占全国"


def test_a_count_after_a_demonstrative_points_back() -> None:
    """这三种案件类型 / 上述3个团伙: a count pointing back to what was just counted is no
    statistic."""
    text = ("今年以来,全市破获诈骗团伙3个,抓获犯罪嫌疑人52名。目前,上述3个团伙案正在进一步审理中,"
            "这52名犯罪嫌疑人均已被刑事拘留。")
    doc = pressie.extract(text, published="2019-02-02")
    assert sorted(f.value.start for f in doc.facts if f.value is not None) == [
        text.index("3个"), text.index("52名")]


def test_an_undated_review_writing_one_year_reviews_that_year() -> None:
    """一、2009年全市法院工作 … 一年来,…: a review without a date that writes one year only
    reviews that year; its 一年来 is the whole year, not a span to an unknown today."""
    text = ("各位代表:\n现在,我代表市中级人民法院向大会报告工作。\n一、2009年全市法院工作\n"
            "过去的一年,全市法院认真履行审判职责。一年来,全市法院共受理各类案件93852件,"
            "审执结89046件,同比分别增长6.3%和7.2%。")
    facts = by_value(pressie.extract(text))
    assert period_of(facts["93852件"]) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))
    assert period_of(facts["89046件"]) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))


def test_a_verb_with_its_result_complement_takes_the_noun_after_the_number() -> None:
    """接获3746宗贪污投诉 / 抓到35名犯罪嫌疑人: 接获 and 抓到 are one verb (a verb and its
    result complement), so the noun written after the number is its object."""
    facts = by_value(pressie.extract("去年廉政公署共接获3746宗贪污投诉。", published="2005-01-19"))
    assert facts["3746宗"].metric == "接获贪污投诉"
    facts = by_value(pressie.extract("今年民警共抓到35名犯罪嫌疑人。", published="2023-03-01"))
    assert facts["35名"].metric == "抓到犯罪嫌疑人"


def test_a_wan_count_written_with_qian_after_yi_is_one_amount() -> None:
    """7亿3千万支 (Hong Kong's way of writing 7.3亿) and 1亿2千5百万元 are one amount each."""
    doc = pressie.extract("去年共检获私烟超过7亿3千万支,涉案金额1亿2千5百万元。",
                          published="2023-03-01")
    assert [(q.text, q.value) for q in doc.quantities] == [
        ("超过7亿3千万支", 730_000_000), ("1亿2千5百万元", 125_000_000)]


def test_a_county_short_form_before_its_forest_police_is_the_county() -> None:
    """柞水森林公安查处案件176起: a county's short form right before 森林公安 names that
    county (商洛市柞水县), like 柞水交警 or 柞水公安分局."""
    doc = pressie.extract("本报讯 截至6月底,柞水森林公安半年查处各类破坏森林资源案件176起。",
                          published="2018-07-24")
    assert [f.region for f in doc.facts] == ["商洛市柞水县"]
