"""Quantities (spec section 3) on clauses written the way police releases write them."""

from __future__ import annotations

import pytest
import spacy

from pressie.extensions import quantities
from pressie.model import Quantity
from pressie.numbers import QuantityRecognizer, find_quantities


def only(text: str, kind_other: bool = False) -> Quantity:
    """The single quantity of ``text`` that is (or, with kind_other, is not) a fact candidate."""
    qs = [q for q in find_quantities(text) if (q.kind == "other") == kind_other]
    assert len(qs) == 1, [(q.text, q.kind) for q in find_quantities(text)]
    return qs[0]


def facts(text: str) -> list[tuple[str, float, str, str]]:
    """(text, value, approx, unit) of every non-"other" quantity."""
    return [(q.text, q.value, q.approx, q.unit) for q in find_quantities(text) if q.kind != "other"]


# --------------------------------------------------------------------------- spec table


@pytest.mark.parametrize(
    ("clause", "text", "value", "approx", "unit", "kind"),
    [
        ("全区公安机关共破获各类刑事案件36239起,", "36239起", 36239, "exact", "起", "count"),
        ("共侦破生态环境保护领域犯罪案件8.1万余起,", "8.1万余起", 81000, "over", "起", "count"),
        ("共受理群众报警1400万余起,日均接警", "1400万余起", 14e6, "over", "起", "count"),
        ("涉案资金达3000余万元。", "3000余万元", 3e7, "over", "元", "money"),
        ("立虚开骗税案件232件,涉案金额5241亿余元。", "5241亿余元", 5.241e11, "over", "元", "money"),
        ("查扣冻结涉黑涉恶资产287.75亿元。", "287.75亿元", 2.8775e10, "exact", "元", "money"),
        ("共出动警力近15万人次,协助核查", "近15万人次", 150000, "nearly", "人次", "count"),
        ("民辅警总警力人数超过2万。", "超过2万", 20000, "over", "", "count"),
        ("平均降幅超17%,", "超17%", 17, "over", "%", "percent"),
        ("覆盖率均达80%以上。", "80%以上", 80, "at_least", "%", "percent"),
        ("现场疏散群众约3000人,", "约3000人", 3000, "about", "人", "count"),
        ("参与人数不足100人。", "不足100人", 100, "under", "人", "count"),
        ("及时转移救助受困群众数万人。", "数万人", 10000, "vague", "人", "count"),
        ("全省共打掉数十个“套路贷”犯罪团伙", "数十个", 10, "vague", "个", "count"),
        ("覆盖群众二十余万,", "二十余万", 200000, "over", "", "count"),
        ("缴获毒品折算后18.62公斤,", "18.62公斤", 18.62, "exact", "kg", "weight"),
        ("缴获各类毒品805千克。", "805千克", 805, "exact", "kg", "weight"),
        ("缴获制毒原料304.6吨,", "304.6吨", 304600, "exact", "kg", "weight"),
        ("缴获冰毒500克,", "500克", 0.5, "exact", "kg", "weight"),
        ("持“赞成”态度的比例为98.55%,", "98.55%", 98.55, "exact", "%", "percent"),
        ("标准化中心站点覆盖率达百分之四十,", "百分之四十", 40, "exact", "%", "percent"),
        ("吸毒人员占全区总人口比从2018年的1.7‰下降到1.0‰;", "1.0‰", 1.0, "exact", "‰", "permille"),
        ("发案同比下降9.1个百分点,", "9.1个百分点", 9.1, "exact", "pp", "points"),
        ("破案率同比平均增幅接近20个百分点,", "接近20个百分点", 20, "nearly", "pp", "points"),
        ("网络诈骗破案数同比上升2倍,", "2倍", 2, "exact", "倍", "multiple"),
        ("销毁非法大数据资源20余TB,", "20余TB", 20, "over", "TB", "data"),
        ("潜逃时间最长达37年,", "37年", 37, "exact", "年", "duration"),
        ("从侦破、起诉到宣判仅用8天时间。", "8天", 8, "exact", "天", "duration"),
        ("历时八个月先后辗转全国", "八个月", 8, "exact", "月", "duration"),
        ("移送起诉人案比从2018年的1.4提升至2.1,", "2.1", 2.1, "exact", "", "ratio"),
    ],
)
def test_spec_table(clause: str, text: str, value: float, approx: str, unit: str, kind: str):
    hits = [q for q in find_quantities(clause) if q.text == text]
    assert len(hits) == 1, [(q.text, q.kind) for q in find_quantities(clause)]
    q = hits[0]
    assert q.value == pytest.approx(value, rel=1e-9)
    assert (q.approx, q.unit, q.kind) == (approx, unit, kind)
    assert clause[q.start : q.end] == q.text


def test_range_has_value_max():
    q = only("发案时间在20年至30年的命案积案63起", kind_other=True)
    assert (q.text, q.value, q.value_max, q.approx, q.unit) == ("20年至30年", 20, 30, "range", "年")
    p = only("预计降幅为5%-10%。")
    assert (p.value, p.value_max, p.approx, p.unit, p.kind) == (5, 10, "range", "%", "percent")
    w = only("参与人数3至5万人,")
    assert (w.value, w.value_max, w.unit) == (30000, 50000, "人")


def test_full_width_and_traditional_normalize_the_same():
    simp = facts("全区公安机关共破获各类刑事案件36239起,其中出动警力20万余人次。")
    full = find_quantities("全区公安机关共破获各类刑事案件３６２３９起,其中出動警力20萬餘人次。")
    assert [(q.value, q.approx, q.unit) for q in full] == [(v, a, u) for _, v, a, u in simp]
    # surface text is cut from the caller's string, offsets index it
    assert [q.text for q in full] == ["３６２３９起", "20萬餘人次"]
    trad = only("檢查車輛623.2萬餘臺次,")
    assert (trad.text, trad.value, trad.approx, trad.unit) == (
        "623.2萬餘臺次",
        6232000,
        "over",
        "台次",
    )
    two = only("緝捕逃犯兩萬餘名")
    assert (two.value, two.approx, two.unit) == (20000, "over", "名")


def test_chinese_numerals():
    assert facts("共抓获犯罪嫌疑人三千二百五十名。") == [("三千二百五十名", 3250, "exact", "名")]
    assert facts("拦截偷渡人员两万人,") == [("两万人", 20000, "exact", "人")]
    assert facts("成立十二个专班,") == [("十二个", 12, "exact", "个")]
    assert facts("另有两名个人被评为先进,") == [("两名", 2, "exact", "名")]
    assert facts("筹集资金二点五万元,") == [("二点五万元", 25000, "exact", "元")]


def test_mixed_forms_and_separators():
    assert facts("清理电话卡1.2万张、银行卡3千张,") == [
        ("1.2万张", 12000, "exact", "张"),
        ("3千张", 3000, "exact", "张"),
    ]
    assert facts("挽回损失1,200.5万元。") == [("1,200.5万元", 12005000, "exact", "元")]
    assert facts("涉案金额1.2万亿元,") == [("1.2万亿元", 1.2e12, "exact", "元")]


def test_qualifier_positions():
    assert facts("找回走失人员5400余人,") == [("5400余人", 5400, "over", "人")]
    assert facts("全国20多个省区市的毒品") == [("20多个", 20, "over", "个")]
    assert facts("检查车辆逾3000辆次,") == [("逾3000辆次", 3000, "over", "辆次")]
    assert facts("避免近620万名群众受骗。") == [("近620万名", 6.2e6, "nearly", "名")]
    assert facts("处置警情1000起左右,") == [("1000起左右", 1000, "about", "起")]
    assert facts("侦破案件不到20起,") == [("不到20起", 20, "under", "起")]
    assert facts("潜逃3年多,") == [("3年多", 3, "over", "年")]


def test_more_classifiers():
    text = (
        "检查车辆78万余台次、人员100万余人次,保障1764批次疫苗运输车辆,"
        "缴获野生动物1000余只,收到锦旗336面,组建技术支撑队伍16支,明确67项为民实事,"
        "做好750余所定点救治医院,发布宣传文章1986篇,取消大型活动230场次。"
    )
    units = [q.unit for q in find_quantities(text) if q.kind == "count"]
    assert units == ["台次", "人次", "批次", "只", "面", "支", "项", "所", "篇", "场次"]


@pytest.mark.parametrize(
    ("clause", "text", "value", "approx", "unit"),
    [
        ("上半年查处非法出境人员近千人,", "近千人", 1000, "nearly", "人"),
        ("近三年侦破利用网络实施的拐卖案件近百起。", "近百起", 100, "nearly", "起"),
        ("五年来排查重点人员万余人,", "万余人", 10000, "over", "人"),
        ("抓获涉案人员千余名,", "千余名", 1000, "over", "名"),
        ("破获盗窃案件百余起。", "百余起", 100, "over", "起"),
        ("发放宣传资料百多份,", "百多份", 100, "over", "份"),
        ("每天接待群众上千人次,", "上千人次", 1000, "at_least", "人次"),
        ("参与巡逻的志愿者上万。", "上万", 10000, "at_least", ""),
        ("观看直播的网民近万,", "近万", 10000, "nearly", ""),
        ("公安部对数百起重大拐卖案件挂牌督办", "数百起", 100, "vague", "起"),
        ("涉案金额逾千万元。", "逾千万元", 1e7, "over", "元"),
        ("挽回经济损失百余万元,", "百余万元", 1e6, "over", "元"),
        ("造成直接经济损失上千万元,", "上千万元", 1e7, "at_least", "元"),
    ],
)
def test_bare_magnitudes_with_a_qualifier(
    clause: str, text: str, value: float, approx: str, unit: str
):
    assert facts(clause) == [(text, value, approx, unit)]


@pytest.mark.parametrize(
    "clause",
    [
        "千方百计追赃挽损",
        "确保万无一失",
        "老百姓的钱袋子",
        "反诈宣传走进千家万户",
        "万众一心抗击疫情",
        "成千上万的网民",
        "成百上千次地演练",
        "最近百度推送了一条消息",
        "在附近千家超市张贴海报",
        "千万不要轻信陌生来电",
        "百万以上人口城市",
    ],
)
def test_magnitude_words_in_ordinary_words_are_not_numbers(clause: str):
    assert facts(clause) == [], find_quantities(clause)


def test_within_a_measured_duration_is_under():
    assert facts("止付平均响应时间压缩至3分钟以内。") == [("3分钟以内", 3, "under", "分钟")]
    assert facts("群众办事平均等待时间10分钟以内,") == [("10分钟以内", 10, "under", "分钟")]
    assert facts("审批时限压缩至5日以内,") == [("5日以内", 5, "under", "日")]
    assert facts("出警时间控制在2个小时以内") == [("2个小时以内", 2, "under", "小时")]
    # 以内 after other units: under, a fact unless a noun follows (a category)
    assert facts("误差控制在1%以内。") == [("1%以内", 1, "under", "%")]
    assert facts("对5公里以内的路段") == []
    # a time limit for an action frames it: not a measured value
    assert facts("接警后5分钟以内到达现场,") == []
    assert facts("24小时内破案") == []


def test_range_between_is_a_value_but_a_range_category_is_not():
    q = only("买卖一名儿童的价格普遍在10万元至20万元之间。")
    assert (q.value, q.value_max, q.approx, q.unit) == (1e5, 2e5, "range", "元")
    assert facts("涉案金额在10万元至20万元之间的案件") == []


def test_genre_classifiers():
    text = (
        "免费发放安全头盔三千顶,收缴管制刀具45把、仿真枪12支、子弹300余发,"
        "缴获手套20副、马3匹,比对认亲5800余对,查获烟花爆竹60箱、易制毒化学品120桶,"
        "清查出租房屋15栋,拆除违建8幢,铲除罂粟1200余株。"
    )
    units = [q.unit for q in find_quantities(text) if q.kind == "count"]
    assert units == ["顶", "把", "支", "发", "副", "匹", "对", "箱", "桶", "栋", "幢", "株"]
    # area keeps kind "other" (the spec has no kind for it)
    assert facts("铲除毒品原植物种植面积3亩") == []


# --------------------------------------------------------------------------- not facts


@pytest.mark.parametrize(
    "clause",
    [
        "2020年,全区公安机关",
        "7月20日以来,全国",
        "2021-08-18 14:28 来源: 公安部网站",
        "拨打110报警服务台",
        "开通96110预警劝阻专线",
        "12345热线",
        "侦破“7.17”特大系列抢劫案",
        "开展5.15经侦宣传日活动",
        "位居全国第5名",
        "排名第16位",
        "实现了三年来的连续下降",
        "为期三年的专项行动",
        "已连续4年下降",
        "近10年命案积案",
        "一次死亡3人、5人交通事故",
        "10人以上重特大道路交通事故",
        "18岁以下吸毒人数",
        "百万以上人口",
        "深化“川01”行动",
        "“云剑-2020”专项行动",
        "统筹疫情防控和维护稳定两个大局",
        "以两高两部关于办理黑恶案件的意见",
        "重点有五个方面的清剿内容",
        "ICP备05070218号",
        "联系电话:0471-6666666",
        "一名民警",
        "侦破“2020.6.03”吕某一杀5人案",
        "实现了三年扫黑除恶专项斗争目标",
        "戒断三年未发现复吸",
        "“1、3、5分钟”快速响应机制",
    ],
)
def test_never_facts(clause: str):
    assert facts(clause) == [], find_quantities(clause)


def test_thirty_years_ago_is_other_but_counts_after_are_facts():
    text = "其中30年前命案积案6起、20年至30年命案积案63起、10年至20年命案积案52起"
    assert [v for _, v, _, _ in facts(text)] == [6, 63, 52]


def test_scope_count_is_not_a_fact_but_the_figure_is():
    text = "全国27个地方公安机关共投入警力20万余人次,全力做好750余所定点救治医院"
    assert [t for t, *_ in facts(text)] == ["20万余人次", "750余所"]
    # a count that is the only figure of its clause stays a fact
    assert facts("21个市(州)公安局全面组建了市、县两级特警队伍,") == [("21个", 21, "exact", "个")]
    # coordinated counts stay facts
    assert [t for t, *_ in facts("组织全国15个省区市和4个部门警种,")] == ["15个", "4个"]


def test_enumeration_with_deng_keeps_the_count():
    assert facts("“山西、陕西、宁夏”等四个片区,") == [("四个", 4, "exact", "个")]


def test_list_markers_and_names_are_left_out_entirely():
    assert find_quantities("一是加强组织领导;二是强化宣传;第三,坚持“六清”") == []
    assert find_quantities("两打两控") == []


def test_classifier_then_word_is_not_swallowed():
    # 多 after a counting classifier starts the next word
    assert facts("抓获66人多次作案") == [("66人", 66, "exact", "人")]
    # 2部委 is not "2 部"
    assert facts("五部委联合印发") == []


def test_offsets_index_the_original():
    text = "１２．６％的受伤人数,同比下降１２．６％。"
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    assert [q.value for q in find_quantities(text)] == [12.6, 12.6]


def test_empty_and_odd_input():
    assert find_quantities("") == []
    odd = "\ud800１２起\x00"
    assert [(q.text, q.value, q.start) for q in find_quantities(odd)] == [("１２起", 12, 1)]
    assert [q.value for q in find_quantities("共\x0012起")] == [12]


# --------------------------------------------------------------------------- component


def test_component_on_blank_pipeline_and_round_trip(tmp_path):
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_quantities")
    doc = nlp("共破获电信网络诈骗案件3181起,同比上升116.5%。")
    assert [(q.text, q.value) for q in quantities(doc)] == [
        ("3181起", 3181),
        ("116.5%", 116.5),
    ]
    comp = nlp.get_pipe("pressie_quantities")
    assert isinstance(comp, QuantityRecognizer)
    comp.to_disk(tmp_path / "q")
    fresh = QuantityRecognizer().from_disk(tmp_path / "q")
    assert fresh.lex.raw == comp.lex.raw


def test_component_marks_skipped_ranges_other():
    nlp = spacy.blank("zh")
    nlp.add_pipe("pressie_quantities")
    text = "破获案件36239起。破获案件36239起。"
    doc = nlp.make_doc(text)
    doc._.pressie_skip = [[10, len(text)]]
    doc = nlp.get_pipe("pressie_quantities")(doc)
    assert [q.kind for q in quantities(doc)] == ["count", "other"]


@pytest.fixture(scope="module")
def pipeline():
    import pressie

    try:
        return pressie.load()
    except FileNotFoundError as exc:  # the segmentation model is built separately
        pytest.skip(f"pipeline model missing: {exc}")


def test_through_the_real_pipeline(pipeline):
    from pressie.pipeline import to_document
    from pressie.text import normalize

    original = (
        "今年以來,全省共破獲電信網絡詐騙案件36639起,抓獲犯罪嫌疑人18720名,挽回損失1.2萬餘元。"
    )
    doc = pipeline(normalize(original))
    out = to_document(doc, original)
    got = [(q.text, q.value, q.approx, q.unit) for q in out.quantities if q.kind != "other"]
    assert got == [
        ("36639起", 36639, "exact", "起"),
        ("18720名", 18720, "exact", "名"),
        ("1.2萬餘元", 12000, "over", "元"),
    ]
