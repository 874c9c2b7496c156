"""Rules of the fifteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie


def test_a_bracketed_source_tag_before_a_heading_range_keeps_the_range_the_paragraphs() -> None:
    """[某某新闻]3月5日20时至6日凌晨,…开展…统一行动 … 此次行动,全市共查处…: the outlet's tag
    before the range stands where a dateline stands, and the range still dates the action's
    figures told after it; without the range nothing dates them."""
    body = ("{lead}某市公安局在全市范围内组织开展集中清查统一行动,掀起打击高潮。\n"
            "经过民警连夜奋战,集中行动取得明显成效。据统计,此次行动,全市共查处治安案件43起。")
    for tag in ("[某某新闻]", "【某某日报】", ""):
        doc = pressie.extract(body.format(lead=tag + "3月5日20时至6日凌晨,"),
                              published="2015-03-10")
        assert period_of(by_value(doc)["43起"]) == (dt.date(2015, 3, 5), dt.date(2015, 3, 6))
    bare = pressie.extract(body.format(lead="[某某新闻]"), published="2015-03-10")
    assert by_value(bare)["43起"].period is None


def test_a_figure_told_again_with_fewer_words_is_one_fact() -> None:
    """公安110接报警情770余万起 … 接报警情770余万起: a restatement whose metric is written
    inside the first one's (same value, period and place) is one fact, also when one of them
    is an open 截至 ending a few days from the other's end; two rates of 100% stay two."""
    doc = pressie.extract(
        "2025年,全省公安110接报警情770余万起,同比下降3.2%。\n"
        "据介绍,2025年全省接报警情770余万起,其中刑事警情占比不足5%。",
        published="2026-01-10")
    told = [f for f in doc.facts if f.value is not None and f.value.text == "770余万起"]
    assert len(told) == 1 and told[0].metric.endswith("110接报警情")
    as_of = pressie.extract(
        "今年以来,全市共缴获各类毒品54.6公斤,抓获犯罪嫌疑人407人。\n"
        "截至11月8日,全市共缴获各类毒品54.6公斤。",
        published="2018-11-13")
    assert sum(f.value is not None and f.value.text == "54.6公斤" for f in as_of.facts) == 1
    bodies = pressie.extract("今年以来,检察机关批准逮捕16人。公安机关逮捕16人。",
                             published="2018-11-13")
    assert sum(f.value is not None and f.value.text == "16人" for f in bodies.facts) == 2
    rates = pressie.extract(
        "今年以来,全市命案现案破案率100%。涉枪、重大伤害等5类案件破案率100%。",
        published="2018-11-13")
    assert sum(f.value is not None and f.value.text == "100%" for f in rates.facts) == 2


def test_dao_opening_a_clause_with_a_date_is_as_of() -> None:
    """到2003年底, (like 截至 and 至 at a clause's head, closed by a comma) is an as-of
    period with no start; 到目前为止 is as of the reference day; 从1月到6月 stays a range."""
    doc = pressie.extract("到2003年底,全国登记在册的吸毒人员已达105万人。", published="2004-06-20")
    fact = by_value(doc)["105万人"]
    assert period_of(fact) == (None, dt.date(2003, 12, 31))
    assert fact.metric == "登记在册的吸毒人员"  # (已, like 达, is no part of it)
    mean = pressie.extract("今年以来,全市案件审理天数平均为30天。", published="2004-06-20")
    assert by_value(mean)["30天"].metric == "案件审理天数平均"  # (均 of 平均 stays)
    now = pressie.extract("到目前为止,全市共抓获犯罪嫌疑人12人。", published="2004-06-20")
    assert period_of(by_value(now)["12人"]) == (None, dt.date(2004, 6, 20))
    plan = pressie.extract("全市破获案件300起。到2022年底,全市建成禁毒示范学校50所。",
                           published="2020-05-01")
    assert all(f.period is None for f in plan.facts)  # (a deadline ahead is no period)
    span = pressie.extract("从1月到6月,全市共抓获犯罪嫌疑人12人。", published="2004-06-20")
    assert period_of(by_value(span)["12人"]) == (dt.date(2004, 1, 1), dt.date(2004, 6, 30))


def test_a_kind_of_case_the_sentence_opened_with_names_its_generic_cases() -> None:
    """开展打击“两抢一盗”犯罪专项审判,审结该类案件88件: the quoted kind of crime the sentence
    opened with is what 案件 (and 该类案件) counts; a description after a list's 等 (…等群众反映
    强烈的突出违法犯罪) names no kind."""
    for cases in ("审结案件88件", "审结该类案件88件"):
        doc = pressie.extract(f"2006年,开展打击“两抢一盗”犯罪专项审判,{cases}。",
                              published="2007-03-01")
        assert by_value(doc)["88件"].metric == "审结“两抢一盗”犯罪案件"
    described = pressie.extract(
        "2024年,持续严打“黄赌毒”“盗抢骗”以及电信网络诈骗等群众反映强烈的突出违法犯罪,"
        "累计侦破案件1.9万起、抓获2.3万人。", published="2025-01-20")
    assert by_value(described)["1.9万起"].metric == "侦破案件"
    listed = pressie.extract("今年以来,严打毒品、涉枪等严重暴力犯罪,共侦办案件411起。",
                             published="2020-05-01")
    assert by_value(listed)["411起"].metric == "侦办严重暴力犯罪案件"
    word = pressie.extract("今年以来,严厉打击平等权益犯罪,共侦办案件411起。",
                           published="2020-05-01")
    assert by_value(word)["411起"].metric == "侦办平等权益犯罪案件"  # (平等 lists nothing)


def test_a_wider_areas_level_compared_with_is_that_areas_fact() -> None:
    """执结率为96.88%,高于全国的93.49%和全省的93.61%: the compared levels are the same
    measure of the country and of the province (their regions), and the next clause keeps
    the page's own place."""
    doc = pressie.extract(
        "湖北省武汉市中级人民法院2022年执行案件执结率为96.88%,高于全国的93.49%和全省的"
        "93.61%;首次执行案件执行完毕率为20.99%,低于全国的30.00%。", published="2023-03-01")
    facts = by_value(doc)
    assert [(facts[v].metric, facts[v].region) for v in ("96.88%", "93.49%", "93.61%")] == [
        ("执行案件执结率", "武汉市"), ("执行案件执结率", "中国"), ("执行案件执结率", "湖北省")]
    assert facts["20.99%"].region == "武汉市"
    assert (facts["30.00%"].metric, facts["30.00%"].region) == ("首次执行案件执行完毕率", "中国")


def test_a_county_bodys_own_release_is_the_countys() -> None:
    """近年来,湖南省邵阳县公安局禁毒大队… (a county bureau's unit opening the page): the
    release, and the figures that name no place, are the county's (with its city), not the
    province's; a city's unit stays the city's."""
    doc = pressie.extract("近年来,湖南省邵阳县公安局禁毒大队主动担当作为。\n"
                          "今年以来,共破获毒品案件120起。", published="2023-11-26")
    assert by_value(doc)["120起"].region == "邵阳市邵阳县"
    city = pressie.extract("近年来,湖南省邵阳市公安局禁毒支队主动担当作为。\n"
                           "今年以来,共破获毒品案件120起。", published="2023-11-26")
    assert by_value(city)["120起"].region == "邵阳市"


def test_a_body_before_a_period_that_splits_its_clause_is_the_scope() -> None:
    """记者从内蒙古自治区公安部门获悉,鄂尔多斯市警方日前摧毁一个…团伙,抓获…: the body
    right before 日前 acts in the sentence, not the source the reporter heard it from."""
    doc = pressie.extract("记者从内蒙古自治区公安部门获悉,鄂尔多斯市警方日前摧毁一个制贩毒"
                          "犯罪团伙,抓获犯罪嫌疑人20人。", published="2013-11-26")
    fact = by_value(doc)["20人"]
    assert (fact.scope, fact.region) == ("鄂尔多斯市警方", "鄂尔多斯市")


def test_a_late_year_meeting_day_opening_a_review_keeps_its_year_current() -> None:
    """11月24日,在…会议上…报告工作 … 五年来 … 其中,2021年共受理…: a review given late in the
    year it names is written in that year (五年来 ends then), not the year after."""
    doc = pressie.extract(
        "11月24日,在区第七届人民代表大会第一次会议上,区人民法院院长代表区人民法院报告工作。\n"
        "五年来,我院共受理各类案件33409件。其中,2021年共受理各类案件10649件。")
    assert period_of(by_value(doc)["33409件"])[1] == dt.date(2021, 11, 24)
    early = pressie.extract(
        "1月24日,在区第七届人民代表大会第一次会议上,区人民法院院长代表区人民法院报告工作。\n"
        "五年来,我院共受理各类案件33409件。其中,2021年共受理各类案件10649件。")
    assert period_of(by_value(early)["33409件"])[1] == dt.date(2022, 1, 24)


def test_a_year_both_since_periods_start_from_is_current() -> None:
    """2014年全省已破获传销案件183起 (headline) over 今年以来… and 2014年以来…: the year the
    text counts from is the current one, not the year before the text."""
    doc = pressie.extract(
        "2014年全省已破获传销案件183起\n今年以来,全省共破获传销案件183起。\n"
        "据了解,2014年以来,全省先后捣毁传销窝点2193处。")
    assert period_of(by_value(doc)["2193处"])[0] == dt.date(2014, 1, 1)
    assert by_value(doc)["183起"].period is not None
    assert by_value(doc)["183起"].period.date_start == dt.date(2014, 1, 1)


def test_a_rate_right_after_its_level_past_a_comparison_clause_is_its_change() -> None:
    """…伤亡事故53起,较去年同期相比,事故减少30%: the rate whose subject ends the level's
    metric, written right after it past only the comparison, is the level's change; a rate
    of another measure (死亡人数) stays a change-only fact."""
    doc = pressie.extract("全市共发生伤亡事故53起,较去年同期相比,事故减少30%。",
                          published="2017-04-28")
    (fact,) = doc.facts
    assert fact.change is not None and fact.change.amount is not None
    assert (fact.value.text if fact.value else None, fact.change.amount.text) == ("53起", "30%")
    other = pressie.extract("全市共发生伤亡事故53起,与去年同期相比,死亡人数减少30%。",
                            published="2017-04-28")
    assert len(other.facts) == 2


def test_a_noun_whose_trend_its_clause_tells_is_what_the_bare_verb_counts() -> None:
    """其中,盗伐、滥伐林木案件数居高不下,共办理83706起: the noun of the figure-less clause
    that only tells its trend is the object of the bare verb after it, not the object of the
    sentence's first figure."""
    doc = pressie.extract(
        "2015年,全国森林公安机关共办理破坏森林资源案件225674起,其中,盗伐、滥伐林木案件数"
        "居高不下,共办理83706起;森林火灾案件大幅下降,共办理9956起,同比下降33.2%。",
        published="2016-03-01")
    facts = by_value(doc)
    assert facts["83706起"].metric == "办理盗伐、滥伐林木案件"
    assert facts["9956起"].metric == "办理森林火灾案件"
    assert facts["225674起"].metric == "办理破坏森林资源案件"
    county = pressie.extract("今年以来,全县盗窃案件居高不下,共办理83起。", published="2020-05-01")
    assert by_value(county)["83起"].metric == "办理盗窃案件"
    persons = pressie.extract("今年以来,全市刑事发案大幅下降,共抓获300人。",
                              published="2020-05-01")
    assert by_value(persons)["300人"].metric == "抓获"


def test_a_since_heading_the_paragraph_after_an_as_of_lead_frames_the_release() -> None:
    """截至6月底,全省…(lead) / 通报称,今年以来,…(a figure-less paragraph) / later figures:
    the release's period runs from the since-period's start to the lead's as-of day; the
    lead's own figure keeps its as-of."""
    for sep in ("\n", "\n\n"):  # (past blank lines too)
        doc = pressie.extract(sep.join((
            "省公安厅6日通报专项行动成效:截至6月底,全省公安机关共侦破涉网犯罪案件4752起。",
            "通报称 , 今年以来 , 全省公安机关重拳整治网络黑灰产业 , 取得阶段性成效 。",
            "在打击网络水军犯罪方面,该省累计侦破案件29起。")), published="2020-08-06")
        assert period_of(by_value(doc)["29起"]) == (dt.date(2020, 1, 1), dt.date(2020, 6, 30))
        assert period_of(by_value(doc)["4752起"]) == (None, dt.date(2020, 6, 30))


def test_a_range_of_years_may_end_at_a_years_start_or_begin_at_its_end() -> None:
    """2006年至2008年初 ends with 2008's February (as 2008年初 spans); 2006年底至2008年 starts
    in 2006's December; 2018年至2020年 stays whole years."""
    cases = {
        "仅2006年至2008年初,辖区牧民损失羊600余只。": (dt.date(2006, 1, 1), dt.date(2008, 2, 29)),
        "2006年底至2008年,辖区牧民损失羊600余只。": (dt.date(2006, 12, 1), dt.date(2008, 12, 31)),
        "2018年至2020年,辖区牧民损失羊600余只。": (dt.date(2018, 1, 1), dt.date(2020, 12, 31)),
        "2016年至2018年初步统计,辖区牧民损失羊600余只。": (dt.date(2016, 1, 1),
                                                   dt.date(2018, 12, 31)),
    }
    for text, dates in cases.items():
        doc = pressie.extract(text, published="2021-08-25")
        assert period_of(by_value(doc)["600余只"]) == dates, text


def test_a_count_a_verb_only_records_is_named_by_its_subject() -> None:
    """「侵犯人身罪」共录得1,809宗 (Macao's and Hong Kong's 录得): the subject before 共 is what
    is counted, whatever its last word, after the verb (as a counting verb's: 接报诈骗警情)."""
    doc = pressie.extract("今年1至9月,「侵犯人身罪」共录得1,809宗,同比下降1.3%。",
                          published="2011-10-20")
    assert by_value(doc)["1,809宗"].metric == "录得侵犯人身罪"
    other = pressie.extract("今年1至9月,整体犯罪活动共录得9,181宗。", published="2011-10-20")
    assert by_value(other)["9,181宗"].metric == "录得整体犯罪活动"
    place = pressie.extract("今年首季,全港共录得1809宗。", published="2011-10-20")
    fact = by_value(place)["1809宗"]
    assert (fact.metric, fact.region) == ("录得", "香港特别行政区")
    counted = pressie.extract("今年1至9月,全市诈骗警情共接报8114起。", published="2011-10-20")
    assert by_value(counted)["8114起"].metric == "接报诈骗警情"


def test_a_signed_count_in_brackets_after_a_rate_is_the_same_change_in_cases() -> None:
    """同比上升15.9% (+102宗) / 同比下降2.6%(-14宗): the signed count in brackets is the change
    told in cases, a change-only fact of the same subject and direction; a sign against the
    rate's direction, and a bracketed rate (-4.13%), make none."""
    for text, amount, direction in (
            ("今年1至9月,「妨害本地区罪」共录得742宗,同比上升15.9% (+102宗)。", "102宗", "up"),
            ("今年1至9月,「妨害社会生活罪」共录得517宗,同比下降2.6%(-14宗)。", "14宗", "down")):
        doc = pressie.extract(text, published="2011-10-20")
        told = [f for f in doc.facts if f.value is None and f.change is not None]
        assert len(told) == 1
        change = told[0].change
        assert change is not None and change.amount is not None
        assert (change.amount.text, change.direction) == (amount, direction)
    against = pressie.extract("今年1至9月,全市共录得517宗,同比下降2.6%(+14宗)。",
                              published="2011-10-20")
    assert all(f.value is not None for f in against.facts)
    rate = pressie.extract("今年1至9月,全市盗窃案件下降7.84%,降幅超过全省(-4.13%)。",
                           published="2011-10-20")
    assert "4.13%" not in {q.text for q in rate.quantities if q.kind != "other"}
    # (no sign, no bracket, the text's end: a count of its own)
    plain = pressie.extract("今年以来,全市刑事案件同比上升14.7%,抓获犯罪嫌疑人61人",
                            published="2020-05-01")
    assert by_value(plain)["61人"].metric == "抓获犯罪嫌疑人"


def test_an_actions_length_and_the_day_it_ended_date_its_span() -> None:
    """…开展的为期一个月的“…专项行动”于5月1日结束。行动期间,…: the action ran the month (or
    the days) before the day it ended; without its length the period stays undated."""
    month = pressie.extract(
        "自治区森林公安局开展的为期一个月的“打击野生动物非法贸易专项行动”于5月1日结束。"
        "行动期间,全区共办理野生动物案件12件。", published="2012-05-03")
    assert period_of(by_value(month)["12件"]) == (dt.date(2012, 4, 1), dt.date(2012, 5, 1))
    days = pressie.extract("全市开展的为期10天的集中清查行动于4月30日圆满结束。"
                           "行动期间,共抓获犯罪嫌疑人12名。", published="2012-05-03")
    assert period_of(by_value(days)["12名"]) == (dt.date(2012, 4, 21), dt.date(2012, 4, 30))
    bare = pressie.extract("全市开展的集中清查行动于4月30日圆满结束。"
                           "行动期间,共抓获犯罪嫌疑人12名。", published="2012-05-03")
    assert period_of(by_value(bare)["12名"]) == (None, None)


def test_a_range_of_years_may_end_with_a_half_year_and_be_told_by_its_length() -> None:
    """2017年至2020年上半年 ends with June; 2017年下半年至2020年 starts with July;
    2012至2015年的四年间 (its length told after 的) frames its clause and the paragraph's
    later sentences, like the bare range."""
    half = pressie.extract("2017年至2020年上半年,全市法院共判决未成年罪犯1663人。",
                           published="2021-03-01")
    assert period_of(by_value(half)["1663人"]) == (dt.date(2017, 1, 1), dt.date(2020, 6, 30))
    second = pressie.extract("2017年下半年至2020年,全市法院共判决未成年罪犯1663人。",
                             published="2021-03-01")
    assert period_of(by_value(second)["1663人"]) == (dt.date(2017, 7, 1), dt.date(2020, 12, 31))
    told = pressie.extract("据统计,2012至2015年的四年间,全省法院共生效判决未成年被告人4816人。"
                           "在宣告刑上,被判处十年以上有期徒刑64人。", published="2016-06-02")
    for v in ("4816人", "64人"):
        assert period_of(by_value(told)[v]) == (dt.date(2012, 1, 1), dt.date(2015, 12, 31))


def test_firecrackers_are_counted_in_xiang() -> None:
    """烟花爆竹40.68万响、管制刀具9130把: 响 counts firecrackers; the next item's metric is its
    own noun."""
    doc = pressie.extract("春节长假期间,各地铁路警方共查获危险品14.45万起,其中烟花爆竹40.68万响、"
                          "管制刀具9130把。", published="2016-02-15")
    facts = by_value(doc)
    assert facts["40.68万响"].value is not None and facts["40.68万响"].value.unit == "响"
    assert facts["9130把"].metric == "管制刀具"
    respond = pressie.extract("全市建立“5分钟响应”圈,110接警后平均3响应。", published="2020-06-01")
    assert not respond.facts  # (响应 is no count of firecrackers)


def test_a_count_of_persons_before_their_verb_and_its_figure_is_no_fact() -> None:
    """当日,4246名申请执行人领取案款9.27亿元: the persons counted before the verb (领取,
    兑现 are verbs) are the subject of the money figure, which is the fact; their number is
    no part of its metric, while a count inside a body's name stays with it."""
    doc = pressie.extract("当日,4246名申请执行人领取案款9.27亿元。", published="2021-11-18")
    assert [(f.metric, f.value.text if f.value else None) for f in doc.facts] == [
        ("申请执行人领取案款", "9.27亿元")]
    body = pressie.extract("全国27个地方公安机关共投入警力20万余人次。", published="2021-11-18")
    assert [f.value.text for f in body.facts if f.value is not None] == ["20万余人次"]


def test_a_month_number_after_a_length_word_is_a_length() -> None:
    """在历时3月的活动中 / 为期3月: three months' length, not March; 3月份 stays March."""
    length = pressie.extract("据介绍,在历时3月的活动中,全区共收缴各类枪支3468支。",
                             published="2012-08-13")
    assert by_value(length)["3468支"].period is None
    dated = pressie.extract("专项行动持续3月1日至5月31日,共抓获犯罪嫌疑人20名。",
                            published="2020-06-01")
    assert period_of(by_value(dated)["20名"]) == (dt.date(2020, 3, 1), dt.date(2020, 5, 31))
    march = pressie.extract("3月份,全区共收缴各类枪支3468支。", published="2012-08-13")
    assert period_of(by_value(march)["3468支"]) == (dt.date(2012, 3, 1), dt.date(2012, 3, 31))


def test_averaged_changes_listed_with_fenbie_are_year_on_year() -> None:
    """…杀人、伤害案件年均分别增长10.3%、21.2% (and 增多, a change word): each is an average
    annual change, year on year, like a single 年均增长."""
    for verb in ("增长", "增多"):
        doc = pressie.extract(f"近3年全省破获杀人、伤害案件年均分别{verb}10.3%、21.2%。",
                              published="2017-01-10")
        changes = [f.change for f in doc.facts if f.change is not None]
        assert [(c.direction, c.basis, c.amount.text if c.amount else None) for c in changes] \
            == [("up", "yoy", "10.3%"), ("up", "yoy", "21.2%")]


def test_n_years_are_the_whole_years_the_text_wrote_before_the_reference_year() -> None:
    """2020年至2022年,… (read in mid-2023) … 近三年,…: the three whole years the text wrote,
    ended with the year before the reference year, are the years counted (not up to the
    reference day); with no such range written, 近三年 runs to the reference day."""
    doc = pressie.extract("2020年至2022年,全市法院共审结毒品犯罪案件300件。\n"
                          "近三年,中院一审审结涉毒品案件67件。", published="2023-06-25")
    assert period_of(by_value(doc)["67件"]) == (dt.date(2020, 1, 1), dt.date(2022, 12, 31))
    more = pressie.extract("2020年至2022年,全市法院共审结毒品犯罪案件300件。\n"
                           "三年多来,中院一审审结涉毒品案件67件。", published="2023-06-25")
    assert period_of(by_value(more)["67件"])[1] == dt.date(2023, 6, 25)  # (more than three)
    bare = pressie.extract("近三年,中院一审审结涉毒品案件67件。", published="2023-06-25")
    assert period_of(by_value(bare)["67件"]) == (dt.date(2020, 1, 1), dt.date(2023, 6, 25))


def test_full_names_listed_before_a_count_of_suspects_are_no_part_of_the_metric() -> None:
    """抓获王进福、白保申等10名涉案嫌疑人: the names listed after the capture verb are cut out,
    so the verb meets the noun counted (as with 陈某森、文某德等)."""
    for names in ("王进福、白保申等", "王和平等"):
        doc = pressie.extract(f"2月10日,警方抓获{names}10名犯罪嫌疑人。", published="2010-03-01")
        assert by_value(doc)["10名"].metric == "抓获犯罪嫌疑人"
    plain = pressie.extract("2月10日,警方抓获涉案人员3名。", published="2010-03-01")
    assert by_value(plain)["3名"].metric == "抓获涉案人员"
    # (a noun before the count is what is counted: no names to cut)
    noun = pressie.extract("今年以来,全市公安机关抓获毒贩等12人。", published="2020-05-01")
    assert by_value(noun)["12人"].metric.startswith("抓获毒贩")


def test_a_year_inside_a_quoted_campaign_name_with_yearless_days_is_current() -> None:
    """将“荆楚雷霆2023武汉行动”推向高潮,…在10月9日至11日期间开展…行动 (no year, no page
    date): the campaign's year, written inside its quoted name, is the year of the action's
    days told without a year."""
    doc = pressie.extract("为将“荆楚雷霆2023武汉行动”专项执行活动推向高潮,某区法院在10月9日至11日"
                          "期间开展为期三天的集中执行行动。\n行动期间,该院共出动警力168人次。")
    assert period_of(by_value(doc)["168人次"]) == (dt.date(2023, 10, 9), dt.date(2023, 10, 11))
    # (a holiday's days in a bracketed note date no action: the campaign's year is reviewed)
    from pressie.periods.analyze import text_year
    assert text_year("“昆仑2019”专项行动中,全市共破获案件120起。国庆假期(10月1日至7日)期间,"
                     "全市治安平稳。") == 2020


def test_a_holidays_first_days_and_the_day_before_it_are_no_recent_days() -> None:
    """春节长假前三天 is the holiday's first three days; the 日前 of 节日前3天 is no "recently"
    (the figures take the release's period)."""
    doc = pressie.extract("春节长假前三天,全国公安交管部门共查处超速违法11.9万余起。\n"
                          "节日前3天,全国公安交管部门共出动警力41.9万人次。",
                          published="2016-02-10")
    facts = by_value(doc)
    assert period_of(facts["11.9万余起"]) == (dt.date(2016, 2, 7), dt.date(2016, 2, 9))
    assert period_of(facts["41.9万人次"]) == (dt.date(2016, 2, 7), dt.date(2016, 2, 9))
    recent = pressie.extract("日前,全国公安交管部门共出动警力41.9万人次。", published="2016-02-10")
    assert period_of(by_value(recent)["41.9万人次"]) == (None, None)
