"""Rules of the twelfth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pytest

import pressie


def _period_of(text: str, value: str, published: str | None = None) -> pressie.Period | None:
    doc = pressie.extract(text, published=published)
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == value)
    return fact.period


@pytest.mark.parametrize(
    ("word", "day"),
    [("次日", dt.date(2020, 1, 20)), ("翌日", dt.date(2020, 1, 20)),
     ("第二天", dt.date(2020, 1, 20)), ("一天后", dt.date(2020, 1, 20)),
     ("两天后", dt.date(2020, 1, 21)), ("3天后", dt.date(2020, 1, 22))],
)
def test_a_day_counted_on_from_the_day_before(word: str, day: dt.date) -> None:
    """1月19日,…缴获…。次日,…又缴获…: the next day, not 1月19日 again."""
    text = (f"1月19日,边境管理支队查获一起毒品案,缴获毒品60.1千克。{word},该支队又查获"
            "一起毒品案,缴获冰毒109.4千克。")
    period = _period_of(text, "109.4千克", "2020-03-05")
    assert period is not None and (period.date_start, period.date_end) == (day, day)
    first = _period_of(text, "60.1千克", "2020-03-05")
    assert first is not None and first.date_start == dt.date(2020, 1, 19)


def test_the_next_day_without_a_day_before_stays_undated() -> None:
    """次日 with no day written before it has nothing to count on."""
    period = _period_of("支队缴获毒品60.1千克。次日,该支队又缴获冰毒109.4千克。", "109.4千克",
                        "2020-03-05")
    assert period is None or period.date_start is None


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [("今年春节九天假期,全市受理诈骗案件共121件。", "121件",
      (dt.date(2024, 2, 10), dt.date(2024, 2, 17))),
     ("国庆7天长假期间,全市发生道路交通事故12起。", "12起",
      (dt.date(2024, 10, 1), dt.date(2024, 10, 7)))],
)
def test_a_holiday_with_its_length_written_inside_is_the_holiday(
        text: str, value: str, span: tuple[dt.date, dt.date]) -> None:
    """春节九天假期 / 国庆7天长假期间: the official holiday, its length no part of the name."""
    period = _period_of(text, value, "2024-10-09")
    assert period is not None and (period.date_start, period.date_end) == span


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [("市公安局立即抽调50余名精干警力,组成专案组。", "50余名", "抽调精干警力"),
     ("边境派出所常态化派驻400余名警力开展流动查缉。", "400余名", "派驻警力"),
     ("另统计全市酒驾死亡16人,较去年同期减少3人。", "16人", "酒驾死亡"),
     ("(原标题:百城禁毒会战缴毒12.1吨)", "12.1吨", "百城禁毒会战缴毒")],
)
def test_deployment_verbs_and_report_openers(text: str, value: str, metric: str) -> None:
    """抽调/派驻 head a metric like 出动; 另统计 and 原标题: open no metric."""
    doc = pressie.extract(text, published="2024-06-01")
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == value)
    assert fact.metric == metric


@pytest.mark.parametrize(
    ("text", "value", "metric"),
    [("全市开展3次集中清查行动。", "3次", "开展集中清查行动"),
     ("交警部门开展了7次酒驾集中整治行动。", "7次", "开展酒驾集中整治行动"),
     ("市公安局组织开展两轮次夏夜治安巡查宣防集中统一行动。", "两轮次",
      "开展夏夜治安巡查宣防集中统一行动")],
)
def test_an_event_counted_by_its_times_keeps_the_verbs_inside_its_name(
        text: str, value: str, metric: str) -> None:
    """开展3次集中清查行动: the event's name runs to 行动, 清查 inside it; 两轮次 is a count."""
    doc = pressie.extract(text, published="2024-06-01")
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == value)
    assert fact.metric == metric


def test_tricycles_are_vehicles_and_rounds_are_counts() -> None:
    """电动三轮车 names a vehicle (its 三轮 no count); 开展三轮集中清查 counts rounds."""
    doc = pressie.extract("查获电动三轮车12辆、二轮摩托车30辆。全市开展三轮集中清查行动。",
                          published="2024-06-01")
    values = {f.value.text for f in doc.facts if f.value is not None}
    assert {"12辆", "30辆", "三轮"} <= values
    assert "二轮" not in values


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [("一月到十月份受理件數五三○件。", "五三○件", 530.0, "件"),
     ("詐欺集團成員計二◯七二人次。", "二◯七二人次", 2072.0, "人次"),
     ("平均受理詐欺案四十三.一件。", "四十三.一件", 43.1, "件"),
     ("累計阻斷詐團金流突破十一.三億元。", "突破十一.三億元", 1.13e9, "元"),
     ("全年查獲毒品五萬餘公克。", "五萬餘公克", 50.0, "kg"),
     ("全年瓦解詐欺集團一百六十六團。", "一百六十六團", 166.0, "团")],
)
def test_taiwanese_numerals_circles_dots_grams_and_gangs(
        text: str, written: str, value: float, unit: str) -> None:
    """○/◯ for 〇 in a numeral written digit by digit, a dot for 点, 公克, gangs in 团."""
    doc = pressie.extract(text)
    q = next(q for q in doc.quantities if q.text == written)
    assert (q.value, q.unit) == (pytest.approx(value), unit)
    assert text[q.start:q.end] == written


def test_a_regiment_is_no_count_of_gangs() -> None:
    """第一师10团: the corps' regiment, a name; 鸦片三十九团 are lumps counted."""
    doc = pressie.extract("第一师10团民警查获鸦片三十九团。")
    kinds = {q.text: q.kind for q in doc.quantities}
    assert kinds["10团"] == "other" and kinds["三十九团"] == "count"


def test_hong_kong_first_months_and_recorded_figures() -> None:
    """首七个月 is 前七个月; 录得 (recorded) is a copula, no part of the metric."""
    text = ("保安局局长公布,今年首七个月整体罪案录得34688宗,较去年同期减少约6000宗。"
            "其中三合会相关罪案,录得1082宗,增加了50宗。")
    doc = pressie.extract(text, published="2016-08-20")
    facts = {f.value.text: f for f in doc.facts if f.value is not None}
    assert facts["34688宗"].metric == "整体罪案"
    assert facts["1082宗"].metric == "三合会相关罪案"
    period = facts["34688宗"].period
    assert period is not None
    assert (period.date_start, period.date_end) == (dt.date(2016, 1, 1), dt.date(2016, 7, 31))


def test_a_campaign_launched_in_a_written_year_starts_then() -> None:
    """中央于2006年启动…专项斗争以来: the year written with 于 is the start."""
    period = _period_of("中央于2006年启动打黑除恶专项斗争以来,全区抓获犯罪团伙成员6000余人。",
                        "6000余人", "2014-12-30")
    assert period is not None
    assert (period.date_start, period.date_end) == (dt.date(2006, 1, 1), dt.date(2014, 12, 30))


def test_places_after_qizhong_count_what_the_total_counts() -> None:
    """…共破获案件36起,其中乌鲁木齐16起,吐鲁番、喀什各2起: each place's figure counts the
    total's cases; a breakdown opening a sentence of its own keeps its labels."""
    doc = pressie.extract("全区共破获针刺案件36起,其中乌鲁木齐16起,吐鲁番、喀什各2起。"
                          "全年来访人员9000人次。其中,外国人3000人次,香港400人次。",
                          published="2009-09-20")
    metrics = {f.value.text: f.metric for f in doc.facts if f.value is not None}
    assert metrics["16起"] == metrics["2起"] == "破获针刺案件"
    assert metrics["400人次"] != metrics["9000人次"]


def test_a_bare_verb_takes_its_object_from_further_back() -> None:
    """平均每日查处酒驾醉驾31宗、每月查处964宗,4月份查处1810宗: each 查处 counts 酒驾醉驾."""
    doc = pressie.extract("据统计,平均每日查处酒驾醉驾31宗、每月查处964宗,4月份查处1810宗。",
                          published="2016-12-20")
    metrics = {f.value.text: f.metric for f in doc.facts if f.value is not None}
    assert metrics["1810宗"] == "查处酒驾醉驾"


def test_toneless_readings_and_the_space_after_them_are_stripped() -> None:
    """舉(ju) 行…萬(wan) 人次: a mirror's toneless readings, each a pinyin syllable, go with
    the space printed after them; offsets still index the caller's string."""
    text = ("国家移民管理局舉(ju) 行例行新闻发布会(hui) ,会上介绍,二季度共查验出入境人员"
            "3229.3萬(wan) 人次,签发普通护照21.4萬(wan) 本。")
    doc = pressie.extract(text, published="2022-07-26")
    q = next(q for q in doc.quantities if q.text.startswith("3229.3"))
    assert (q.value, q.unit) == (32293000.0, "人次")
    assert text[q.start:q.end] == q.text
    assert all("(" not in f.metric for f in doc.facts)


def test_bracketed_latin_and_a_few_syllables_are_no_readings() -> None:
    """(APP) and (ETC) are never readings; three toneless syllables are too few."""
    from pressie.readings import strip_readings

    assert strip_readings("全市下载反诈(APP)12万次,推广(ETC)3万辆。") is None
    assert strip_readings("全市下载反诈(app)12万次,办理(ju)业务(hui)3万件。") is None
    stripped = strip_readings("举(ju) 行会(hui) 议,共查验万(wan) 人次,签(qian) 发护照。")
    assert stripped is not None and stripped[0] == "举行会议,共查验万人次,签发护照。"


@pytest.mark.parametrize(
    ("text", "region"),
    [("二季度全国查获三非外国人1.9万人\n中新网7月26日电 26日,国家移民管理局举行例行新闻"
      "发布会。\n二季度,各级移民管理机构共侦办妨害国(边)境管理犯罪案件6702起。\n"
      "声明:凡注明“来源:新利平台”的所有作品,版权归高原(北京)文化传播有限公司。", "中国"),
     ("新华社西宁10月21日电(记者赵雅芳)记者从青海省公安厅获悉,青海省海西蒙古族藏族自治州"
      "都兰县公安局近日破获一起特大牲畜盗窃案,抓获犯罪嫌疑人2名、追回被盗牦牛51头。",
      "海西蒙古族藏族自治州都兰县"),
     ("中新网内蒙古新闻2月19日电(褚铁栓)春节期间,内蒙古杭锦后旗全旗未发生重特大案事件。\n"
      "杭锦后旗公安局紧盯节日期间巡逻防控,全旗共出动警力1200人次。", "巴彦淖尔市杭锦后旗")],
)
def test_the_release_is_the_acting_bodys(text: str, region: str) -> None:
    """A national body's briefing is national (a footer company's 北京 names nothing); the
    body named after 记者从…获悉, is the one whose release it is; 全旗 is a county's word and
    a channel's name before its dateline (内蒙古新闻2月19日电) names no region."""
    doc = pressie.extract(text, published="2022-07-26")
    assert doc.facts and all(f.region == region for f in doc.facts)


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [("11億461萬5千元", 1104615000.0, "元"), ("54萬1千件", 541000.0, "件"),
     ("1億1505.8萬元", 115058000.0, "元"), ("1億2,911萬元", 129110000.0, "元"),
     ("5,254萬2,685元", 52542685.0, "元"), ("2万5千人", 25000.0, "人")],
)
def test_amounts_written_in_mixed_groups(written: str, value: float, unit: str) -> None:
    """亿, 万 and 千 groups with Arabic digits, commas and decimals, as Taiwanese releases
    write amounts: one amount each."""
    doc = pressie.extract(f"全年查扣金额合计{written},较上年增加。")
    q = next(q for q in doc.quantities if q.text == written)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_taiwanese_prosecutors_use_roc_years_and_zi_for_from() -> None:
    """法務部…地方檢察署 marks a Taiwanese text (106年度 is 2017); 自A增為B: B the level."""
    text = ("法務部主管106年度決算評估報告\n106年度各地方檢察署檢察官受理件數自43萬6千件"
            "增為54萬1千件,增加10萬5千件。")
    doc = pressie.extract(text)
    fact = next(f for f in doc.facts if f.value is not None and f.value.text == "54萬1千件")
    assert fact.metric.endswith("受理件数")
    assert fact.period is not None and fact.period.date_start == dt.date(2017, 1, 1)
    assert fact.change is not None and fact.change.direction == "up"


@pytest.mark.parametrize(
    ("text", "region"),
    [("2011年出入境人员数量同比稳步增长\n据公安部出入境管理局统计,2011年,全国出入境边防检查"
      "机关共查验出入境人员4.11亿人次,其中港澳台居民2.17亿人次。", "中国"),
     ("全国铁路公安暑运期间查获在逃人员8208名\n中新网北京新闻9月1日电 据铁路公安局通报,今年"
      "暑运期间,铁路公安机关共破获盗抢骗案件2109起。", "中国"),
     ("打击加工点全国第一\n本报讯 记者从成都召开的全省禁毒工作会议上获悉,2015年四川省共打掉"
      "毒品加工厂点66个。", "四川省"),
     ("7月6日,广东省公安厅召开新闻发布会。根据公安部总体部署,广东公安开展夏季行动,共破获"
      "刑事案件1200起。", "广东省")],
)
def test_national_releases_by_their_lead_and_title(text: str, region: str) -> None:
    """据公安部出入境管理局统计 and a title counting 全国… make a national release; a rank
    (全国第一) or a region following the ministry's orders (根据公安部部署) does not."""
    doc = pressie.extract(text)
    assert doc.facts and doc.facts[-1].region == region


def test_a_count_of_days_is_a_fact_when_days_are_what_is_counted() -> None:
    """平均审理天数30.5天 / 零发案…27天: days measured, not a period's frame."""
    doc = pressie.extract("民事案件调解率23.19%,平均审理天数30.5天。全市“两抢”案件实现零发案"
                          "日27天。", published="2020-01-10")
    values = {f.value.text: f.metric for f in doc.facts if f.value is not None}
    assert values.get("30.5天") == "平均审理天数"
    assert "27天" in values


def test_a_sentence_of_changes_opening_with_fenbie_goes_back_to_the_levels() -> None:
    """…直接财产损失369.4万元。分别比去年同期下降49.5%、…和88.3%。: in turn the changes of
    the levels of the sentence before, as when 比去年同期 comes first."""
    doc = pressie.extract("全市共发生道路交通事故6起,死亡3人,受伤5人,直接财产损失369.4万元。"
                          "分别比去年同期下降49.5%、42.8%、50%和88.3%。", published="2020-01-10")
    changes = {f.value.text: f.change for f in doc.facts if f.value is not None}
    assert changes["6起"] is not None and changes["6起"].amount is not None
    assert changes["6起"].amount.text == "49.5%"
    assert changes["369.4万元"] is not None and changes["369.4万元"].amount is not None
    assert changes["369.4万元"].amount.text == "88.3%"


def test_a_multiple_of_a_written_year() -> None:
    """查处酒驾醉驾1.4万起,是2017年的12.57倍: an up change against 2017's figure."""
    doc = pressie.extract("全州查处酒驾醉驾1.4万起,是2017年的12.57倍。", published="2020-01-10")
    fact = next(f for f in doc.facts if f.value is not None)
    assert fact.change is not None and fact.change.direction == "up"
    assert fact.change.amount is not None and fact.change.amount.text == "12.57倍"


@pytest.mark.parametrize("word", ["上述期间", "在此期间", "此期间"])
def test_a_period_pointing_back_takes_the_one_just_written(word: str) -> None:
    """2023年至2025年,…。上述期间,全国法院一审审结…: those years."""
    period = _period_of(f"2023年至2025年,全国法院严惩毒品犯罪。{word},全国法院一审审结毒品案件"
                        "9.3万件。", "9.3万件", "2026-06-25")
    assert period is not None
    assert (period.date_start, period.date_end) == (dt.date(2023, 1, 1), dt.date(2025, 12, 31))


def test_places_that_locate_an_action_are_no_counts() -> None:
    """全省14个市的公安消防部门… / 对全省14个市开展…: the places where, not a statistic."""
    doc = pressie.extract("全省14个市的公安消防部门加大检查力度,共检查单位3000家。"
                          "省委组成7个督导组,对全省14个市开展专项督导检查。",
                          published="2020-02-10")
    values = [f.value.text for f in doc.facts if f.value is not None]
    assert "3000家" in values and "7个" in values
    assert "14个" not in values


def test_an_earlier_month_told_after_a_year_month_is_in_the_next_year() -> None:
    """成立于2019年9月,…。3月18日,…: March after September, in a page of 2020; 并于当年11月
    stays in the year written."""
    period = _period_of("反诈分中心成立于2019年9月,是一支专业队伍。3月18日,反诈分中心共破获"
                        "电信网络诈骗案件52起。", "52起", "2020-03-26")
    assert period is not None and period.date_start == dt.date(2020, 3, 18)
    period = _period_of("2015年10月,市公安局成立反诈中心,并于当年11月投入运行,11月共破获案件"
                        "52起。", "52起", "2016-03-26")
    assert period is not None and period.date_start == dt.date(2015, 11, 1)


def test_rates_naming_their_measures_go_to_the_levels_of_their_sentence() -> None:
    """…发生火灾133942起,死亡1154人,…,起数、死亡和受伤人数分别下降…,损失上升9.9%: each
    rate is its level's change; 不起诉率 stays a rate of its own."""
    doc = pressie.extract("1至10月,全国共发生火灾133942起,死亡1154人,受伤732人,直接财产损失"
                          "79012万元,与去年同期相比,起数、死亡和受伤人数分别下降32.3%、16.4%和"
                          "44.5%,损失上升9.9%。", published="2007-11-10")
    changes = {f.value.text: f.change for f in doc.facts if f.value is not None}
    assert all(changes[v] is not None for v in ("133942起", "1154人", "732人", "79012万元"))
    assert changes["79012万元"].amount.text == "9.9%"  # type: ignore[union-attr]
    assert not any(f.value is None for f in doc.facts)
    doc = pressie.extract("不起诉66人,不起诉率13.65%,同比上升2.1%。", published="2020-01-10")
    assert all(f.metric != "不起诉" or f.change is None for f in doc.facts
               if f.value is not None and f.value.text == "66人")


def test_a_breakdown_by_place_in_sentences_of_its_own_counts_the_total() -> None:
    """全区共立…案件106起。\\n拉萨58起,…。拉萨市城关区(含柳梧新区)57起,墨竹工卡县1起。: each
    place's figure counts the total's cases; 外国人3000人次,香港400人次 keeps its labels."""
    doc = pressie.extract("全区共立电信网络诈骗案件106起,同比下降4.95%。\n拉萨58起,同比下降10%。"
                          "拉萨市城关区(含柳梧新区)57起,墨竹工卡县1起。", published="2021-09-20")
    metrics = {f.value.text: f.metric for f in doc.facts if f.value is not None}
    assert metrics["58起"] == metrics["57起"] == metrics["1起"] == "立电信网络诈骗案件"
    regions = {f.value.text: f.region for f in doc.facts if f.value is not None}
    assert regions["58起"] == "拉萨市" and regions["57起"] == "拉萨市城关区"
    doc = pressie.extract("全年来访人员9000人次。其中,外国人3000人次,香港400人次。",
                          published="2020-01-01")
    metrics = {f.value.text: f.metric for f in doc.facts if f.value is not None}
    assert metrics["400人次"] == "香港"


def test_a_hong_kong_papers_name_is_no_place_of_the_release() -> None:
    """据香港大公报报道,自深圳边防检查总站了解到…: 香港 names the paper, the figures are 深圳's."""
    doc = pressie.extract("中新网2月6日电 据香港大公报报道,自深圳边防检查总站了解到,春节期间,"
                          "深圳边检总站共检查出入境人员3761984人次。\n据了解,春节期间,罗湖站共检查"
                          "出入境旅客2312226人次。", published="2006-02-06")
    assert all(f.region == "深圳市" for f in doc.facts)
    assert not any(e.text == "香港" for e in doc.entities)


def test_the_year_of_a_case_name_sets_no_paragraph_year() -> None:
    """…侦破了沿江2003年“12·9”入室杀人积案…。全年共破获…: 全年 is the page's 2005."""
    period = _period_of("2005年,全市公安机关深入开展严打斗争。相继侦破了沿江2003年“12·9”入室"
                        "杀人积案等一批重大案件。同时,全年共破获各类经济犯罪案件875起。", "875起",
                        "2006-01-27")
    assert period is not None and period.date_start == dt.date(2005, 1, 1)


def test_measures_in_a_later_paragraph_go_back_to_the_levels() -> None:
    """…共发火灾1030起,…,直接财产损失343.4万元。\\n…与2008年相比,火灾起数上升8.65%,…受伤人数
    上升了100%,直接财产损失上升了29.98%: each measure is its level's change."""
    doc = pressie.extract("2009年我市共发火灾1030起,死亡1人,受伤2人,直接财产损失达343.4万元。\n"
                          "根据报告分析,2009年我市火灾形势总体平稳。与2008年相比,2009年火灾起数上升"
                          "8.65%,受伤人数上升了100%,直接财产损失上升了29.98%。",
                          published="2010-03-04")
    changes = {f.value.text: f.change for f in doc.facts if f.value is not None}
    assert changes["1030起"] is not None and changes["1030起"].amount is not None
    assert changes["1030起"].amount.text == "8.65%"
    assert changes["343.4万元"] is not None and changes["343.4万元"].direction == "up"
    assert not any(f.value is None for f in doc.facts)


def test_review_cases_of_the_twelfth_round() -> None:
    """The review's inputs: each a rule's edge, written as the genre writes it."""
    from pressie.roc import western_years

    units = {q.text: (q.value, q.unit) for q in pressie.extract(
        "全年共接处警2万5000,同比下降5%。全市追缴赃款1万2千3百元。").quantities}
    assert units["2万5000"][0] == 25000.0 and units["1万2千3百元"] == (12300.0, "元")
    # places of something else (受害人…分布在:) are no breakdown of the total
    doc = pressie.extract("2019年,西藏全区共抓获犯罪嫌疑人200人。\n受害人主要分布在:拉萨30人,"
                          "林芝20人。", published="2020-01-01")
    assert all(f.metric != "抓获犯罪嫌疑人" for f in doc.facts
               if f.value is not None and f.value.text == "30人")
    # an honour with 全国 in a local title is no national release
    doc = pressie.extract("我局民警获评全国“最美基层民警”\n近日,株洲市公安局荷塘分局民警张某获评,"
                          "该民警从警以来抓获嫌疑人300人。", published="2020-01-01")
    assert doc.facts and doc.facts[0].region == "株洲市"
    # a multiple of a written year compares with that year
    fact = pressie.extract("2019年,全市破获案件300起,是2017年的3倍。",
                           published="2020-01-20").facts[0]
    assert fact.change is not None and fact.change.basis == "baseline"
    # the day the news was given is no day to count on, nor the period just written
    period = _period_of("12月19日,记者从株洲市公安局获悉,该局开展了夏季专项行动。在此期间,共抓获"
                        "嫌疑人300人。", "300人", "2019-12-20")
    assert period is None or period.date_start is None
    # 年初二 is a lunar day; a look-back month stays in the year written
    assert _facts_period_none("警方表示,年初二,共拘捕30人。", "30人", "2019-03-01")
    period = _period_of("2019年9月,全省召开治安形势分析会。会上通报,3月份以来,全省共破获案件"
                        "3000起。", "3000起", "2020-12-01")
    assert period is not None and period.date_start == dt.date(2019, 3, 1)
    # ROC years: 滿100年 and 年代 are none; after a clause's comma it is one
    assert western_years("警政署表示,民國80至90年代詐騙案件3萬件。") is None
    converted = western_years("警政署統計，112年詐騙案件3萬件。該局成立滿100年。")
    assert converted is not None and "2023年" in converted[0] and "滿100年" in converted[0]


def _facts_period_none(text: str, value: str, published: str) -> bool:
    period = _period_of(text, value, published)
    return period is None or period.date_start is None
