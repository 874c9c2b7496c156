"""Rules of the seventeenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie
from pressie.entities.region import region_name


def test_a_county_of_one_name_is_named_under_its_prefecture() -> None:
    """A county-level place written alone (龙山县) is named as the corpus names regions, under
    its prefecture; a name several counties share, and a city, stay as written."""
    assert region_name("龙山县") == "湘西土家族苗族自治州龙山县"
    assert region_name("宝鸡市") == "宝鸡市"
    assert region_name("新华区") == "新华区"  # (several cities have one)
    doc = pressie.extract("据悉,龙山县森林公安局日前召开公捕大会,公开处理涉林犯罪人员14名。"
                          "全省共查处涉林案件1200起。", published="2021-09-25")
    facts = by_value(doc)
    assert facts["14名"].region == "湘西土家族苗族自治州龙山县"


def test_a_province_tagging_a_title_gives_way_to_the_place_it_tags() -> None:
    """湖南:龙山县…: a province and a colon before a title tag the news of a place inside that
    province, whose release it is; a province title without such a place stays the
    province's."""
    text = ("湖南:龙山县森林保护工作显成效\n\n"
            "今年以来,该县开展专项清理工作。截至目前,该县共查处涉林案件91起,刑事拘留17人。")
    doc = pressie.extract(text, published="2021-10-20")
    assert {f.region for f in doc.facts} == {"湘西土家族苗族自治州龙山县"}
    province = pressie.extract("湖南:严打涉林犯罪成效明显\n\n今年以来,全省共查处涉林案件910起。",
                               published="2021-10-20")
    assert {f.region for f in province.facts} == {"湖南省"}


def test_a_holidays_first_day_and_a_bare_long_holiday_after_its_day() -> None:
    """国庆首日 is the holiday's first day, written without 假期 between; 长假期间 after the
    lead's day 10月1日 is the long holiday holding that day, even though a date was written
    before it."""
    text = ("10月1日,全省公安机关5万余名民警在岗在位。长假期间,省公安厅派出8个督导组共33人"
            "赴各地督导,国庆首日共检查基层单位55个。")
    doc = pressie.extract(text, published="2021-10-02")
    facts = by_value(doc)
    assert period_of(facts["8个"]) == (dt.date(2021, 10, 1), dt.date(2021, 10, 7))
    assert period_of(facts["55个"]) == (dt.date(2021, 10, 1), dt.date(2021, 10, 1))
    # (a day outside any holiday dates no bare 长假)
    other = by_value(pressie.extract("9月20日,全市部署安保工作。长假期间,共出动警力800人次。",
                                     published="2021-09-21"))
    assert period_of(other["800人次"]) == (None, None)


def test_a_total_adverb_before_the_next_figure_ends_no_metric() -> None:
    """派出8个督导组共33人: 共 belongs to the next figure, not to the noun before it; a 还 that
    ends a verb (返还) stays."""
    facts = by_value(pressie.extract("长假期间,省公安厅派出8个督导组共33人赴各地开展督导。",
                                     published="2021-10-08"))
    assert facts["8个"].metric.endswith("督导组")
    kept = by_value(pressie.extract("当天,警方向群众返还4辆汽车、96辆摩托车。",
                                    published="2021-10-08"))
    assert "返还" in kept["4辆"].metric


def test_a_place_of_a_past_event_names_no_region() -> None:
    """…7月1日香港回归祖国…: a place written before 回归 names a past event, not the release's
    region; the national figures of the review stay national."""
    text = ("社会治安状况回顾\n\n一年来社会稳定,年内发生的一系列大事,"
            "如7月1日香港回归祖国,都保证了绝对安全。同时,"
            "全国公安机关把维护社会稳定置于首位。全年公安机关共立刑事案件161.4万起,"
            "同比增加0.8%。")
    doc = pressie.extract(text, published="1998-01-20")
    assert by_value(doc)["161.4万起"].region == "中国"
    hk = pressie.extract("香港警方通报,全年共立刑事案件7.1万起,同比下降2%。",
                         published="1998-01-20")
    assert by_value(hk)["7.1万起"].region == "香港特别行政区"


def test_a_numbered_sections_heading_year_frames_its_section() -> None:
    """一、1997年的社会治安状况…: the year of a numbered heading that opens its line frames
    the section although a 的 follows it (全年 is that year); a year with 的 after a number
    in the middle of a line does not."""
    text = ("一、1997年的社会治安状况确保社会稳定。年内发生的大事都保证了绝对安全。"
            "全年公安机关共立刑事案件161.4万起,同比增加0.8%。")
    facts = by_value(pressie.extract(text))
    assert period_of(facts["161.4万起"]) == (dt.date(1997, 1, 1), dt.date(1997, 12, 31))
    inline = by_value(pressie.extract("今年全省破案1200起,其中一、2019年的积案123起已审结。"
                                      "全年共抓获200人。", published="2020-06-01"))
    assert period_of(inline["200人"]) == (dt.date(2020, 1, 1), dt.date(2020, 6, 1))


def test_a_county_outlets_dateline_names_the_release_region() -> None:
    """廉江讯 (a county-level city's outlet dateline, its short name before 讯) makes the page
    that city's release, so 我市 and the figures without a place are its; a word ending in 讯
    (快讯) names none."""
    text = ("治安巡防捷报传\n廉江讯 市治安巡防大队成立月余。7月15日至8月15日,城区发生抢劫案件27宗。"
            "我市从40多个单位中抽调了80人组成巡防大队。")
    doc = pressie.extract(text, published="2005-10-01")
    assert {f.region for f in doc.facts} == {"湛江市廉江市"}
    other = pressie.extract("警方快讯\n今年以来,全市共破获抢劫案件27宗。", published="2005-10-01")
    assert {f.region for f in other.facts} == {None}


def test_a_bare_verb_of_the_next_period_counts_the_same_object() -> None:
    """…城区发生抢劫案件27宗,8月16日至9月15日只发生19宗: the next period's bare verb (only
    and the period between) counts the object of the figure before; a verb of its own
    object stays as written."""
    facts = by_value(pressie.extract(
        "7月15日至8月15日,城区发生抢劫案件27宗,8月16日至9月15日只发生19宗。",
        published="2005-10-01"))
    assert facts["19宗"].metric == "发生抢劫案件"
    assert period_of(facts["19宗"]) == (dt.date(2005, 8, 16), dt.date(2005, 9, 15))
    kept = by_value(pressie.extract(
        "7月15日至8月15日,城区发生抢劫案件27宗,8月16日至9月15日破获盗窃案件19宗。",
        published="2005-10-01"))
    assert kept["19宗"].metric == "破获盗窃案件"


def test_a_holidays_written_year_holds_for_its_day_after_it() -> None:
    """2019年元宵节期间…,元宵节当天…: the year written with the holiday holds for the same
    holiday's day named after it in the paragraph (an undated page)."""
    facts = by_value(pressie.extract(
        "2月20日,记者从省交警总队了解到,2019年元宵节期间全省交通安全平稳有序,元宵节当天,"
        "共出动警力3250人次。"))
    assert period_of(facts["3250人次"]) == (dt.date(2019, 2, 19), dt.date(2019, 2, 19))


def test_the_whole_city_of_a_provincial_release_is_the_city_named_before() -> None:
    """全市 in a province's release is the city whose body the text named last, also in a
    paragraph before (节后,记者从昆明市公安局获悉…。\\n春节期间,全市…); 全省 stays the
    province's."""
    text = ("云南省公安厅发布春节期间警情通报。1月30日至2月4日,全省共发生较大交通事故5起。\n"
            "节后,记者从昆明市公安局获悉,春节期间治安形势总体平稳。\n"
            "春节期间,全市公安机关共破获各类刑事案件117起,全市共发生交通事故447起。")
    facts = by_value(pressie.extract(text, published="2006-02-08"))
    assert facts["5起"].region == "云南省"
    assert facts["117起"].region == "昆明市"
    assert facts["447起"].region == "昆明市"


def test_differences_in_the_levels_sentence_are_the_levels_changes() -> None:
    """…死亡5382人、受伤23296人,与上年相比…死亡人数减少308人,受伤人数减少2196人: in the
    sentence of the levels, a difference whose subject measures a level and whose unit is
    the level's is its change; a rate written right after a difference (事故起数减少11起,
    下降34.4%) is the level's instead, the difference a change-only fact."""
    doc = pressie.extract(
        "去年,全省共发生道路交通事故21698起、死亡5382人、受伤23296人,与上年相比事故起数"
        "减少1695起,死亡人数减少308人,受伤人数减少2196人。", published="2011-01-20")
    facts = by_value(doc)
    assert facts["21698起"].change is not None
    assert facts["21698起"].change.amount.text == "1695起"
    assert facts["5382人"].change.amount.text == "308人"
    assert facts["23296人"].change.amount.text == "2196人"
    rate = by_value(pressie.extract(
        "其中,发生特大交通事故21起,造成323人死亡;与去年同期相比,事故起数减少11起,下降34.4%;"
        "死亡人数减少131人,下降28.9%。", published="2011-10-20"))
    assert rate["21起"].change is not None and rate["21起"].change.amount.text == "34.4%"
    assert rate["323人"].change is not None and rate["323人"].change.amount.text == "28.9%"


def test_a_few_persons_referred_back_to_by_their_number_are_no_statistic() -> None:
    """两人系表亲关系 / 将王某等两人抓获 / 对二人进行询问: a few persons named again by their
    number after a clause's start or a preposition are no statistic; counted persons
    (治安拘留三人, 查获非法出入境人员两人) stay facts."""
    doc = pressie.extract("民警将面包车上的王某等两人抓获。两人系表亲关系,民警对二人进行询问。"
                          "当天,警方治安拘留三人,查获非法出入境人员两人。", published="2012-05-16")
    facts = by_value(doc)
    assert sorted(facts) == ["三人", "两人"]
    assert facts["三人"].metric.endswith("治安拘留")
    assert facts["两人"].metric.endswith("非法出入境人员")


def test_the_reviews_edge_cases_of_this_rounds_rules() -> None:
    """The rules above leave alone what they should: a toll's counts after a comma (造成两人
    死亡,三人受伤) stay facts; 均 of 平均 stays in its word; a page dated a day before its
    dateline keeps its year; a holiday of 去年 sets no year for the days after it; a place
    before 回归 in the title still names the release."""
    toll = by_value(pressie.extract("该起事故造成两人死亡,三人受伤。", published="2020-05-02"))
    assert sorted(toll) == ["三人", "两人"]
    average = by_value(pressie.extract("派出8个督导组平均33人。", published="2020-05-02"))
    assert "平均" in average["8个"].metric or average["8个"].metric.endswith("督导组")
    early = pressie.extract("中新网南昌6月20日电 今年以来全市破获案件300起。",
                            published="2020-06-19")
    assert early.event_date == dt.date(2020, 6, 20)
    days = by_value(pressie.extract(
        "国庆期间全市破获案件10起,去年国庆期间,破获20起。10月3日,全市破获案件5起。",
        published="2020-10-10"))
    assert period_of(days["5起"]) == (dt.date(2020, 10, 3), dt.date(2020, 10, 3))
    hk = pressie.extract("香港回归纪念日安保\n\n全市警方出动警力3000人次。", published="2020-07-02")
    assert [f.region for f in hk.facts] == ["香港特别行政区"]


def test_a_range_of_a_years_month_to_this_years_month_dates_an_undated_page() -> None:
    """2023年1月至今年5月 on a page without a date: 今年 is a later year than the start (the
    writer would have said 今年1月至5月), so the text's year is the next one."""
    doc = pressie.extract("据悉,2023年1月至今年5月全国共破获电信网络诈骗案件54.3万起。")
    assert period_of(by_value(doc)["54.3万起"]) == (dt.date(2023, 1, 1), dt.date(2024, 5, 31))
    dated = pressie.extract("2023年1月至今年5月全国共破获电信网络诈骗案件54.3万起。",
                            published="2025-06-20")
    assert period_of(by_value(dated)["54.3万起"]) == (dt.date(2023, 1, 1), dt.date(2025, 5, 31))


def test_the_eve_and_a_day_after_the_body_the_news_comes_from() -> None:
    """除夕 (当天, 当晚, 夜) is the day before the lunar new year; a day opening the lead after
    the body the news comes from (…消防支队消息,1月31日除夕,…) dates the paragraph's later
    sentences."""
    text = ("新华网呼和浩特2月1日电 市消防支队消息,1月31日除夕,全市各级消防共接警21起。"
            "其中,火灾事故14起,抢险救援7起。\n除夕当晚,全市消防累计检查单位37家。")
    facts = by_value(pressie.extract(text, published="2022-02-02"))
    eve = (dt.date(2022, 1, 31), dt.date(2022, 1, 31))
    assert period_of(facts["14起"]) == eve
    assert period_of(facts["37家"]) == eve
    night = by_value(pressie.extract("除夕夜,全市共接警210起。", published="2020-01-26"))
    assert period_of(night["210起"]) == (dt.date(2020, 1, 24), dt.date(2020, 1, 24))


def test_a_visiting_body_names_no_region() -> None:
    """…江西省南昌市公安局一行来镇考察…: a visiting party is hosted, so neither its body nor
    the place in its name makes the release theirs; the host city's figures stay its."""
    text = ("金山网讯 全案破案率保持在20%左右,居全省领先位置。命案破案率自2011年以来连续5年保持在"
            "100%。镇江警方主动对接主办侦查员制度,建立侦查团队,刑事案件破案数和破案率双提升。\n"
            "今天,江西省南昌市公安局一行来镇考察交流侦查团队制建设工作,听取了镇江社会治安情况介绍。")
    doc = pressie.extract(text, published="2016-05-31")
    assert {f.region for f in doc.facts} == {"镇江市"}


def test_places_a_measure_ranks_after_a_colon_are_each_its_figure() -> None:
    """…死亡人数居全国前5位的省份是:广东(2746人)、江苏(1857人): each place's figure (in
    brackets or right after it) is the measure written before the ranking word, of that
    place."""
    for text in ("一季度道路交通事故死亡人数居全国前5位的省份是:广东(2746人)、江苏(1857人)、"
                 "浙江(1696人)。",
                 "一季度,道路交通事故死亡人数较多的省份是:广东2746人、江苏1857人、浙江1696人。"):
        facts = by_value(pressie.extract(text, published="2005-04-20"))
        assert {f.metric for f in facts.values()} == {"道路交通事故死亡人数"}
        assert [facts[v].region for v in ("2746人", "1857人", "1696人")] == [
            "广东省", "江苏省", "浙江省"]


def test_the_second_reviews_edge_cases() -> None:
    """The late rules leave alone what they should: 统一行动 and a body's own leaders touring
    its units are no visitors; 五一夜查 and 春节夜市 are no festival's night; 居民 is no ranking
    word; a figure in brackets after a place outside a ranked list gets no place as metric; a
    briefing's day after a source lead dates no later sentence."""
    for lead in ("近日,南昌市公安局组织开展统一行动。",
                 "近日,南昌市公安局局长张三一行到派出所检查指导。"):
        doc = pressie.extract(lead + "\n今年以来,全市共破获刑事案件1200起。",
                              published="2020-05-01")
        assert [f.region for f in doc.facts] == ["南昌市"]
    night = by_value(pressie.extract("五一夜查行动中,全市共查处酒驾12起。", published="2020-05-01"))
    assert night["12起"].period is None
    ranked = by_value(pressie.extract(
        "一季度,农村居民被骗金额居全省前三的城市为:南宁(1200万元)、柳州(800万元)。",
        published="2020-05-01"))
    assert ranked["1200万元"].metric == "农村居民被骗金额"
    assert ranked["800万元"].region == "柳州市"
    plain = by_value(pressie.extract("各地破案情况:南宁(120起)、柳州(98起)。",
                                     published="2020-05-01"))
    assert "120起" not in plain or plain["120起"].metric != "南宁"
    briefing = by_value(pressie.extract(
        "市局新闻\n记者从市公安局获悉,4月20日,市局召开新闻发布会。会上通报,全市共破获盗窃案件"
        "120起。", published="2020-04-21"))
    assert briefing["120起"].period is None


def test_an_autonomous_prefecture_by_its_short_name_and_zhou() -> None:
    """大理州, 文山州, 红河州: an autonomous prefecture written by its short name and 州 is that
    prefecture (although 大理 alone is also a county-level city, and 红河 a river); 大理市
    stays the city."""
    for text, region in (("1至11月大理州发生火灾300起,死亡7人。", "大理白族自治州"),
                         ("文山州召开推进会,全州共查处涉林案件12起。", "文山壮族苗族自治州"),
                         ("红河州公安局通报,全州共破获毒品案件120起。", "红河哈尼族彝族自治州"),
                         ("大理市发生火灾3起。", "大理白族自治州大理市")):
        doc = pressie.extract(text, published="2015-12-09")
        assert {f.region for f in doc.facts} == {region}


def test_a_body_grading_the_cases_is_no_scope() -> None:
    """其中公安部挂牌督办案件74起: the ministry supervises those cases, it does not report them,
    so neither that figure nor the later ones of the province are national."""
    text = ("四川省公安厅通报,今年以来,全省共立案侦办涉网案件4149件,其中公安部挂牌督办案件74起。"
            "侦破黑客攻击类案件196件。")
    doc = pressie.extract(text, published="2019-03-15")
    assert {f.region for f in doc.facts} == {"四川省"}


def test_an_outlet_channels_dateline_starts_no_campaign() -> None:
    """新华社客户端甘肃频道10月29日电(记者…)“自…专项斗争开展以来…: the channel's dateline is
    the news day, not the start of the campaign the quote counts from."""
    text = ("新华社客户端甘肃频道10月29日电(记者张明)“自扫黑除恶专项斗争开展以来,甘肃省已累计打掉"
            "黑社会性质组织54个。”")
    fact = by_value(pressie.extract(text, published="2019-10-29"))["54个"]
    assert fact.period is not None
    assert (fact.period.date_start, fact.period.date_end) != (dt.date(2019, 10, 29),) * 2


def test_ju_counts_bodies() -> None:
    """打捞水上浮尸34具: 具 is the classifier of bodies (and 家具有 stays 家)."""
    facts = by_value(pressie.extract("今年来,派出所共打捞水上浮尸34具。", published="2014-10-20"))
    assert facts["34具"].value.unit == "具"
    firms = by_value(pressie.extract("全市共有100余家具有资质的企业参加检查。",
                                     published="2014-10-20"))
    assert "100余家" in firms
