"""Rules of the eighteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value

import pressie


def test_the_leads_announced_day_is_the_reference_date() -> None:
    """昨日,省公安厅召开新闻发布会…: the day the lead says a body announced or held something
    dates the page (昨日 from the page's date, a bare 24日 or 5月31日 the last such day before
    it), and 以来 ends there."""
    cases = [
        ("昨日,省公安厅召开新闻发布会。今年以来,全省共破获刑事案件1200起。", "2021-05-10",
         dt.date(2021, 5, 9)),
        ("24日,在全省打击整治行动新闻发布会上记者获悉,今年以来,全省共破获案件300起。",
         "2021-11-25", dt.date(2021, 11, 24)),
        ("5月31日,省高级人民法院通报了未成年人审判工作。今年以来,全省法院审结案件86件。",
         "2016-06-01", dt.date(2016, 5, 31)),
        ("公安部19日召开新闻发布会,介绍禁毒工作。今年以来,全国共破获毒品案件5万起。",
         "2022-01-20", dt.date(2022, 1, 19)),
    ]
    for text, published, day in cases:
        doc = pressie.extract(text, published=published)
        assert (doc.event_date, doc.reference_date) == (day, day), text
        assert {f.period.date_end for f in doc.facts if f.period} == {day}, text


def test_yesterday_counts_from_the_outlets_dateline() -> None:
    """中新网4月16日电 昨日,…召开: 昨日 is the day before the dateline's, not the page's date's
    day before, and a 4月16日 followed by 电 is no briefing day."""
    text = ("中新网4月16日电 昨日,省公安厅召开新闻发布会,通报今年一季度工作。"
            "今年以来,全省共抓获犯罪嫌疑人2100名。")
    doc = pressie.extract(text, published="2009-04-17")
    assert doc.reference_date == dt.date(2009, 4, 15)


def test_a_reporters_learning_and_a_periods_bounds_date_nothing() -> None:
    """A reporter's 昨日,记者从市公安局获悉 is no announcement (the page's date stays), nor is a
    period's end (截至昨日) or start (自2月7日专项行动开展以来), nor a day older than two weeks."""
    for text in (
        "昨日,记者从市公安局获悉,今年以来,全市共破获盗窃案件210起。",
        "截至昨日,全市已召开专题会议6次,今年以来共破获盗窃案件210起。",
        "自2月7日专项行动开展以来,全市公安机关通报破获盗窃案件210起。",
        "3月2日,市公安局通报,今年以来全市共破获盗窃案件210起。",
    ):
        doc = pressie.extract(text, published="2021-05-10")
        assert doc.event_date is None, text
        assert doc.reference_date == dt.date(2021, 5, 10), text
        assert by_value(doc)["210起"].period is not None


def test_a_later_until_day_outranks_the_leads_meeting() -> None:
    """A meeting of 10月10日 in the lead, then 截至10月13日 in the body: the meeting is not the
    page's day (its 截至 would fall a year back), the page's date stays."""
    text = ("10月10日,全省打击治理工作部署会召开。截至10月13日,全省共打掉犯罪团伙101个。")
    doc = pressie.extract(text, published="2020-10-16")
    assert doc.event_date is None
    assert by_value(doc)["101个"].period.date_end == dt.date(2020, 10, 13)


def test_a_bare_verb_takes_the_object_of_the_figure_before() -> None:
    """共立刑事案件2669起,破1124起: the bare verb of the next clause counts the same object,
    the verb before read in its clause (立, which segmentation may join to 共), after a 、 too,
    and after a first verb of the genre (申报); a verb phrase (提请批捕) is no object, nor is
    the request that 批准逮捕 answers (a whole verb)."""
    cases = {
        "今年1至11月,全区共立刑事案件2669起,破1124起。": {"1124起": "破刑事案件"},
        "今年,全市共受理各类案件22895件、办结19942件。": {"19942件": "办结各类案件"},
        "去年以来,全市申报部级目标案件4件,侦破3件,申报省级目标案件12件,侦破7件。": {
            "3件": "侦破部级目标案件", "12件": "申报省级目标案件", "7件": "侦破省级目标案件"},
        "截至3月16日,共受理立案非法侵占林地案件255起,查处146起。": {
            "146起": "查处非法侵占林地案件"},
        "一年来,共受理提请批捕9605人、移送起诉13825人。": {"13825人": "移送起诉"},
        "五年来,共受理提请逮捕案件16034件,批准逮捕13711件。": {"13711件": "批准逮捕"},
    }
    for text, want in cases.items():
        facts = by_value(pressie.extract(text, published="2021-12-20"))
        assert {v: facts[v].metric for v in want} == want, text


def test_a_subjects_day_before_its_verb_is_the_facts_period() -> None:
    """辽宁10日出动警力…: a bare day written after the subject and before its action is the
    period of the clause's figures (the day of the reference's month), also 二十一日深夜 at a
    clause's head; a duration (拘留10日), 于21日 and an announcement's day (公安厅9日消息称,
    记者22日从…获悉) are not."""
    doc = pressie.extract("其中,辽宁10日出动警力6540人次、巡逻车2147台次。", published="2013-02-11")
    assert {(f.metric, f.period.date_start, f.period.date_end) for f in doc.facts} == {
        ("出动警力", dt.date(2013, 2, 10), dt.date(2013, 2, 10)),
        ("巡逻车", dt.date(2013, 2, 10), dt.date(2013, 2, 10))}
    doc = pressie.extract("警方人士透露,二十一日深夜,警方破获案件3起,抓获团伙成员十九人。",
                          published="2006-03-22")
    assert by_value(doc)["十九人"].period.date_start == dt.date(2006, 3, 21)
    for text in ("今年以来,该局对违法人员行政拘留10日,查处案件5起。",
                 "河南省公安厅9日消息称,今年以来全省查处案件5起。",
                 "记者9日从省公安厅获悉,今年以来全省查处案件5起。"):
        doc = pressie.extract(text, published="2013-04-10")
        assert by_value(doc)["5起"].period.date_start == dt.date(2013, 1, 1), text


def test_regions_of_a_titled_branch_an_outlet_and_a_county_level_city() -> None:
    """A title naming a city's police branch (鄂城分局…) makes the release its district's;
    a province inside an outlet's name (四川法治报) names no place; a county-level city's own
    bureau in the lead is named under its prefecture (乐山市峨眉山市)."""
    text = ("鄂州警方专项行动 鄂城分局十日刑拘279人\n\n3月14日,鄂州市公安局专项行动正式启动。"
            "鄂城分局连夜部署。自行动以来,分局共刑事拘留53人。")
    doc = pressie.extract(text, published="2017-03-25")
    assert by_value(doc)["53人"].region == "鄂州市鄂城区"
    text = "四川法治报记者 刘任\n近年来,峨眉山市公安局始终坚守初心。今年以来,共出动警力4116人次。"
    doc = pressie.extract(text, published="2025-12-01")
    assert [f.region for f in doc.facts] == ["乐山市峨眉山市"]
    assert not [e for e in doc.entities if e.label == "LOCATION"]


def test_an_action_phrase_again_and_the_day_after_zai() -> None:
    """行动期间 dated by the days before it keeps those dates when written again paragraphs
    later; 在当天清查的…中 takes the day written before (昨天上午…)."""
    text = ("7月9日电 7月6日至7日,全省公安机关全面开展夏夜治安巡查第一次集中统一行动。\n"
            "行动期间,全省累计出动警力21.5万人次。\n据了解,全省公安机关强化数据分析。\n"
            "省际检查站执行高等级查控勤务。行动期间共设立查缉卡点6125个。")
    doc = pressie.extract(text, published="2024-07-09")
    assert {(f.period.date_start, f.period.date_end) for f in doc.facts} == {
        (dt.date(2024, 7, 6), dt.date(2024, 7, 7))}
    text = ("消息:昨天上午6点半,城区警灯闪烁。\n一小时后,300名治安民警在指定地点集结完毕。\n"
            "据警方介绍,此次行动是围绕安保工作部署的。在当天清查的60多家中小旅馆中,有50家存在问题。")
    doc = pressie.extract(text, published="2010-03-25")
    assert by_value(doc)["60多家"].period.date_start == dt.date(2010, 3, 24)


def test_ranks_and_festival_or_place_names_are_no_statistics() -> None:
    """柴桑区列23位 is a rank; 在全市38个镇街中排名第一 counts those a rank is among; 正月十五
    元宵节 holds no money (十五元) and 五台山 no count of machines (五台): none is a fact."""
    doc = pressie.extract("在全省测评中,柴桑区列23位;在全市38个镇街中排名第一。"
                          "2月19日正值正月十五元宵节,山西五台山景区流量上升185%,全区破获案件300起。",
                          published="2023-02-20")
    assert [f.value.text for f in doc.facts if f.value] == ["300起"]
    doc = pressie.extract("支队每天安排120多名警力支援四区县。", published="2023-02-20")
    assert [f.value.text for f in doc.facts] == ["120多名"]


def test_review_fixes_lengths_of_time_and_concentrated_checks() -> None:
    """A length of time is no announced day (拘留10日,民警表示…; 连续15日,…介绍) nor a
    day period (每月10日开展…, 自10日零时起); 集中排查 holds no rank (出动警力500人次集中排查…);
    a long line of datelines and days is read in linear time (no quadratic rescans)."""
    for text in ("男子酒驾被行政拘留10日,民警表示今年以来查处案件5起。",
                 "连续15日,民警介绍今年以来查处案件5起。"):
        assert pressie.extract(text, published="2021-05-20").event_date is None, text
    doc = pressie.extract("全市公安机关每月10日开展集中清查,共抓获35人。", published="2021-05-20")
    assert by_value(doc)["35人"].period is None
    doc = pressie.extract("全市共出动警力500人次集中排查整治娱乐场所。", published="2021-05-20")
    assert [f.value.text for f in doc.facts] == ["500人次"]
    from pressie.structure import analyze_structure
    res = analyze_structure("4月1日电 1日," * 4000, dt.date(2021, 5, 10))
    assert res.published == dt.date(2021, 5, 10)


def test_a_titles_period_dates_a_body_that_opens_without_one() -> None:
    """福建检察上半年逮捕…7063人 over a body whose first paragraph writes no period: the
    title's 上半年 dates the body's figures, not an as-of day written paragraphs later; a
    body opening with its own period keeps it."""
    text = ("福建检察上半年逮捕各类犯罪嫌疑人7063人\n中国新闻网\n\n"
            "中新网福州7月28日电 据福建省检察院28日披露,全省检察机关共批准逮捕各类犯罪嫌疑人"
            "7063人。不捕1421人,同比下降63%。\n\n在办理涉疫犯罪案件方面,截至6月底,全省检察机关"
            "批准逮捕207人。\n")
    doc = pressie.extract(text, published="2020-07-29")
    assert by_value(doc)["1421人"].period.date_start == dt.date(2020, 1, 1)
    assert by_value(doc)["207人"].period.date_start is None
    text = text.replace("全省检察机关共批准逮捕", "今年以来,全省检察机关共批准逮捕")
    doc = pressie.extract(text, published="2020-07-29")
    assert by_value(doc)["1421人"].period.date_end == dt.date(2020, 7, 28)


def test_a_county_short_form_before_its_traffic_police() -> None:
    """龙圩交警大队 (龙圩区 of 梧州市), like 鹿城辖区: a county's short form before its police
    (交警大队, 交警, 警方, 消防大队) is that county when unique."""
    doc = pressie.extract("“五一”小长假期间,龙圩交警大队细化开展秩序规范工作。"
                          "共查处交通违法行为120起。", published="2016-05-03")
    assert [f.region for f in doc.facts] == ["梧州市龙圩区"]
