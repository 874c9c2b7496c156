"""The relation extractor on genre sentences (own ones and seed ones).

The core (:class:`pressie.relations.FactExtractor`) is run on the real quantity and period
recognizers' output; the spaCy component is tested through the full pipeline when the
segmentation model is available.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pressie.model import Entity, Fact
from pressie.numbers import find_quantities
from pressie.periods import PeriodIndex
from pressie.relations import FactExtractor
from pressie.text import normalize

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fx() -> FactExtractor:
    return FactExtractor()


def run(
    fx: FactExtractor,
    text: str,
    *,
    ref: date = date(2022, 12, 30),
    entities: tuple[Entity, ...] = (),
    region: str | None = "山东省",
    skip: tuple[tuple[int, int], ...] = (),
) -> list[Fact]:
    text = normalize(text)
    index = PeriodIndex.from_text(text, ref)
    return fx.extract(
        text,
        find_quantities(text, normalized=True),
        [m.period() for m in index.mentions],
        entities,
        skip=skip,
        region=region,
        period_for=index.period_for,
        base_periods=[(m.start, m.end) for m in index.mentions if m.role == "base"],
    )


def by_value(facts: list[Fact]) -> dict[str, Fact]:
    return {f.value.text: f for f in facts if f.value is not None}


def test_level_with_yoy_change_scope_and_filler(fx: FactExtractor) -> None:
    facts = run(
        fx, "2022年,全省公安机关共破获各类刑事案件12345起,同比下降8.5%,抓获犯罪嫌疑人6789名。"
    )
    v = by_value(facts)
    assert set(v) == {"12345起", "6789名"}
    f = v["12345起"]
    assert f.metric == "破获各类刑事案件"
    assert f.scope == "全省公安机关" and f.region == "山东省"
    assert f.change is not None and f.change.direction == "down" and f.change.basis == "yoy"
    assert f.change.amount is not None and f.change.amount.value == 8.5
    assert (f.period.date_start, f.period.date_end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert v["6789名"].metric == "抓获犯罪嫌疑人" and v["6789名"].change is None


def test_noun_after_number_joins_the_verb_and_list_shares_it(fx: FactExtractor) -> None:
    facts = run(
        fx, "今年以来,全市共打掉526个电诈团伙、38个涉黑组织,查获手机卡1.2万张、银行卡900张。"
    )
    v = by_value(facts)
    assert v["526个"].metric == "打掉电诈团伙"
    assert v["38个"].metric == "打掉涉黑组织"
    assert v["1.2万张"].metric == "查获手机卡"
    assert v["900张"].metric == "查获银行卡"


def test_rate_after_a_count_is_its_own_fact(fx: FactExtractor) -> None:
    facts = run(fx, "专项行动中,1200名目标逃犯到案率97.5%。")
    v = by_value(facts)
    assert v["1200名"].metric == "目标逃犯"
    assert v["97.5%"].metric == "到案率"


def test_distributed_change_only_facts(fx: FactExtractor) -> None:
    facts = run(
        fx, "今年1至10月,全省盗窃案件、诈骗案件同比分别下降12.1%、9.4%。", ref=date(2022, 11, 15)
    )
    assert all(f.value is None for f in facts)
    got = sorted(
        (f.metric, f.change.amount.value, f.change.direction, f.change.basis) for f in facts
    )
    assert got == [("盗窃案件", 12.1, "down", "yoy"), ("诈骗案件", 9.4, "down", "yoy")]
    assert facts[0].period.date_end == date(2022, 10, 31)


def test_changes_distribute_over_preceding_levels(fx: FactExtractor) -> None:
    facts = run(fx, "2022年,全省共破获毒品案件410起,抓获犯罪嫌疑人530名,同比分别上升6.2%和3.1%。")
    v = by_value(facts)
    assert v["410起"].change.amount.value == 6.2
    assert v["530名"].change.amount.value == 3.1
    assert len(facts) == 2


def test_baseline_and_yoy_on_one_level(fx: FactExtractor) -> None:
    facts = run(fx, "2022年,全省共侦破电信诈骗案件1057起,较去年(842起)多破215起,同比上升25.5%。")
    level = by_value(facts)["1057起"]
    assert level.change.basis == "yoy" and level.change.amount.value == 25.5
    assert level.change.baseline is not None and level.change.baseline.value == 842
    only = [f for f in facts if f.value is None]
    assert len(only) == 1
    assert only[0].change.amount.value == 215 and only[0].change.basis == "baseline"
    assert only[0].change.direction == "up"
    # the baseline quantity is never the value of a fact
    assert "842起" not in by_value(facts)


def test_level_reached_from_a_baseline(fx: FactExtractor) -> None:
    facts = run(fx, "2022年,全省移送起诉率从2019年的71.2%提升至85.6%。")
    f = by_value(facts)["85.6%"]
    assert "移送起诉率" in f.metric
    assert f.change.direction == "up" and f.change.basis == "baseline"
    assert f.change.amount is None and f.change.baseline.value == 71.2
    assert f.change.base_period is not None and f.change.base_period.date_start == date(2019, 1, 1)
    assert "71.2%" not in by_value(facts)


def test_count_inside_the_subject_is_not_a_fact(fx: FactExtractor) -> None:
    facts = run(fx, "国庆期间,全国31个省级公安机关共出动警力45万人次。", region="中国")
    v = by_value(facts)
    assert list(v) == ["45万人次"]
    assert v["45万人次"].metric == "出动警力"
    assert v["45万人次"].region == "中国"


def test_thresholds_and_enumeration_sums_are_not_facts(fx: FactExtractor) -> None:
    facts = run(
        fx,
        "2022年,全省一次死亡3人以上较大道路交通事故同比下降20%。"
        "在济南、青岛、烟台三地启动试点,受理群众求助2100起。",
    )
    values = {f.value.text for f in facts if f.value is not None}
    amounts = {f.change.amount.text for f in facts if f.change and f.change.amount}
    assert "3人" not in values and "三地" not in values
    assert "2100起" in values and "20%" in amounts


def test_restated_fact_is_kept_once(fx: FactExtractor) -> None:
    facts = run(fx, "2022年,全省共破获盗窃案件8800起。\n2022年,全省公安机关共破获盗窃案件8800起。")
    assert len([f for f in facts if f.value is not None and f.value.value == 8800]) == 1


def test_skip_ranges_give_no_facts(fx: FactExtractor) -> None:
    text = "2022年,全省共查处交通违法行为2.3万起。\n浏览次数:3456次"
    facts = run(fx, text, skip=((text.index("浏览"), len(text)),))
    assert [f.value.text for f in facts] == ["2.3万起"]


def test_campaign_context_and_named_region(fx: FactExtractor) -> None:
    text = (
        "深入推进“净网2022”专项行动,全省共侦办网络犯罪案件320起。\n"
        "另讯,青岛市公安机关破获诈骗案件57起。"
    )
    text_n = normalize(text)
    camp = text_n.index("净网")
    city = text_n.index("青岛市")
    entities = (
        Entity(
            label="CAMPAIGN", start=camp, end=camp + 6, text="净网2022", canonical="净网", year=2022
        ),
        Entity(label="LOCATION", start=city, end=city + 3, text="青岛市", canonical="青岛市"),
    )
    v = by_value(run(fx, text, entities=entities))
    assert v["320起"].campaign == "净网" and v["320起"].region == "山东省"
    assert v["57起"].campaign is None
    assert v["57起"].region == "青岛市"


def test_one_change_per_fact_yoy_and_mom(fx: FactExtractor) -> None:
    facts = run(fx, "11月,全市接报警情3.2万起,同比下降4.1%,环比下降2.2%。", ref=date(2022, 12, 5))
    level = by_value(facts)["3.2万起"]
    assert level.change.basis == "yoy" and level.change.amount.value == 4.1
    only = [f for f in facts if f.value is None]
    assert len(only) == 1 and only[0].change.basis == "mom" and only[0].change.amount.value == 2.2


def test_seed_sentences(fx: FactExtractor) -> None:
    text = (ROOT / "seeds" / "001_c618f2dbbfec88f1.txt").read_text(encoding="utf-8")
    facts = run(fx, text, ref=date(2021, 1, 8), region="内蒙古自治区")
    v = by_value(facts)
    f = v["36239起"]
    assert f.metric == "破获各类刑事案件" and f.region == "内蒙古自治区"
    assert (f.period.date_start, f.period.date_end) == (date(2020, 1, 1), date(2020, 12, 31))
    assert v["3644个" if "3644个" in v else "1212个"].metric.startswith("打掉")
    assert v["2233起"].metric == "八类严重暴力犯罪案件"
    # 较去年(1469起)相比多破1712起,同比上升116.5%
    assert v["3181起"].change.amount.value == 116.5 and v["3181起"].change.baseline.value == 1469
    assert "1469起" not in v


def test_pipeline_component_fills_document_facts() -> None:
    import pressie

    try:
        pressie.load()
    except FileNotFoundError:
        pytest.skip("segmentation model not built yet")
    doc = pressie.extract(
        "2022年,全省公安机关共破获各类刑事案件12345起,同比下降8.5%。", published="2023-01-10"
    )
    assert [f.value.text for f in doc.facts if f.value] == ["12345起"]
    assert doc.facts[0].metric == "破获各类刑事案件"
    assert doc.facts[0].change is not None and doc.facts[0].change.basis == "yoy"


def test_same_period_last_year_comparison_is_baseline(fx: FactExtractor) -> None:
    # spec: 较去年同期的…多破… is basis baseline; only 同比 is yoy
    facts = run(
        fx, "今年一季度,全省共破获盗窃案件5200起,较去年同期的4100起多破1100起,同比上升26.8%。"
    )
    level = by_value(facts)["5200起"]
    assert level.change.basis == "yoy" and level.change.amount.value == 26.8
    assert level.change.baseline is not None and level.change.baseline.value == 4100
    only = [f for f in facts if f.value is None]
    assert [(f.change.amount.value, f.change.basis) for f in only] == [(1100, "baseline")]


def test_rate_change_against_same_period_is_baseline(fx: FactExtractor) -> None:
    facts = run(fx, "今年以来,全市电诈案件破案率为38.5%,较去年同期提高4.2个百分点。")
    f = by_value(facts)["38.5%"]
    assert f.change.basis == "baseline" and f.change.amount.unit == "pp"


def test_change_after_a_baseline_level_belongs_to_the_level(fx: FactExtractor) -> None:
    facts = run(fx, "截至10月底,全省登记在册吸毒人员3.1万名,较2018年底的5.4万名下降42.6%。")
    assert len(facts) == 1
    f = facts[0]
    assert f.value.text == "3.1万名" and "吸毒人员" in f.metric
    assert f.change.direction == "down" and f.change.basis == "baseline"
    assert f.change.amount.value == 42.6 and f.change.baseline.value == 54000


def test_unmarked_change_takes_the_sentence_marker_else_baseline(fx: FactExtractor) -> None:
    facts = run(fx, "全市一季度入室盗窃同比下降11.2%,电动车盗窃和扒窃案件均下降30%。")
    amounts = {f.change.amount.value: f.change.basis for f in facts if f.change}
    assert amounts[30] == "yoy" and amounts[11.2] == "yoy"
    facts = run(fx, "全市新增智能交通信号控制路口210处,主干道早高峰平均车速提高约6%。")
    amounts = {f.change.amount.value: f.change.basis for f in facts if f.change}
    assert amounts[6] == "baseline"


def test_predicate_starts_after_subject_adverbial_or_helper_verb(fx: FactExtractor) -> None:
    text = (
        "2022年,东兴、凭祥等口岸地区查缉卡点共检查车辆96万辆次。"
        "三季度,全市交警在夜间和周末等重点时段开展集中整治行动二十次。"
        "一季度,通信管理局配合公安机关清理涉诈电话卡120万张、银行账户8万余个。"
    )
    v = by_value(run(fx, text))
    assert v["96万辆次"].metric == "检查车辆"
    assert v["二十次"].metric.startswith("开展")
    assert v["120万张"].metric == "清理涉诈电话卡"
    assert v["8万余个"].metric == "清理银行账户"


def test_copula_clause_takes_the_previous_clause_subject(fx: FactExtractor) -> None:
    facts = run(
        fx, "国庆假期,全市高速公路车流量同比上升5.1%,其中10月2日单日车流量最高,达到72.4万辆次。"
    )
    assert by_value(facts)["72.4万辆次"].metric == "单日车流量最高"


def test_token_boundaries_keep_verbs_out_of_noun_words(fx: FactExtractor) -> None:
    # 破案率: with the Doc's words the verb 破案 inside the noun 破案率 is no verb
    text = normalize("2022年,全省命案破案率为100%,刑事案件破案率达到46.1%。")
    index = PeriodIndex.from_text(text, date(2022, 12, 30))
    words = ["2022年", ",", "全省", "命案", "破案率", "为", "100%", ",", "刑事案件", "破案率",
             "达到", "46.1%", "。"]
    starts, pos = [], 0
    for w in words:
        starts.append(pos)
        pos += len(w)
    assert pos == len(text)
    facts = fx.extract(
        text, find_quantities(text, normalized=True), [m.period() for m in index.mentions],
        period_for=index.period_for, token_starts=starts,
    )
    v = by_value(facts)
    assert v["100%"].metric == "命案破案率"
    assert v["46.1%"].metric == "刑事案件破案率"
    assert fx.lex.verb_at(text, text.index("破案"), None) == "破案"


def test_boundaries_word_lookup() -> None:
    from pressie.relations import Boundaries

    b = Boundaries([0, 2, 5], 8)
    assert b.word_of(3) == (2, 5) and b.word_of(6) == (5, 8)
    assert b.at(2) and not b.at(3) and b.word(2, 5) and not b.word(2, 4)


# ---- regions of city and county releases, named bodies ---------------------------------


def run_found(fx: FactExtractor, text: str, ref: date = date(2023, 10, 1)) -> list[Fact]:
    """Run the extractor with the entities and the region found by the entities module."""
    from pressie.entities import find_entities

    text = normalize(text)
    entities, region = find_entities(text)
    return run(fx, text, ref=ref, entities=tuple(entities), region=region)


def test_county_release_reports_for_its_county(fx: FactExtractor) -> None:
    v = by_value(run_found(fx, (
        "永丰县公安局召开新闻发布会\n今年以来,全县共破获刑事案件320起,同比上升12.5%。"
        "县公安局交警大队查处无证驾驶违法行为156起。全县安全感居全市前列,全市共有8个县区参评。"
    )))
    assert v["320起"].region == "吉安市永丰县"
    assert v["156起"].region == "吉安市永丰县"
    assert v["8个"].region == "吉安市"  # 全市 in a county release: the county's city


def test_provincial_release_keeps_the_province_and_names_city_bureaus(fx: FactExtractor
                                                                       ) -> None:
    v = by_value(run_found(fx, (
        "陕西省公安厅召开新闻发布会\n上半年,全省公安机关破获案件1.2万起。今年3月,汉中市公安局"
        "成功侦破一起特大诈骗案,共抓获犯罪嫌疑人42名。\n咸阳市公安局副局长:今年以来,咸阳市公安局"
        "共破获盗窃案件530起。截至9月底,全市累计安装反诈APP的群众达到120万人。"
    )))
    assert v["1.2万起"].region == "陕西省"
    # the body named in the opening clause is the scope of the figures after it
    assert (v["42名"].scope, v["42名"].region) == ("汉中市公安局", "汉中市")
    assert v["530起"].region == "咸阳市"
    assert v["120万人"].region == "咸阳市"  # 全市 after a city was named in the answer


def test_sentence_without_figures_names_the_body_of_the_next(fx: FactExtractor) -> None:
    v = by_value(run_found(fx, (
        "浙江省公安厅召开新闻发布会\n全省公安机关破获电诈案件3200起。湖州市公安局侦破的“5·20”"
        "特大诈骗专案,犯罪团伙长期在境外作案。该案共抓获犯罪嫌疑人37名。"
    )))
    assert v["3200起"].region == "浙江省"
    assert v["37名"].region == "湖州市"


def test_district_branch_and_municipality(fx: FactExtractor) -> None:
    v = by_value(run_found(fx, (
        "天津市公安局召开新闻发布会\n全市破获刑事案件6800起。其中,市公安局河西分局破获的"
        "“7·02”盗窃案,抓获犯罪嫌疑人12名。"
    )))
    assert v["6800起"].region == "天津市"
    assert v["12名"].region == "天津市河西区"


def test_district_branch_release_reports_for_its_district(fx: FactExtractor) -> None:
    v = by_value(run_found(fx, (
        "瓯海公安分局发布9月份警情\n来源：温州市公安局瓯海区分局\n"
        "9月份，分局指挥中心共接报各类警情8640起。分局共破获刑事案件208起，"
        "温州市公安局鹿城区分局协助抓获犯罪嫌疑人12名。"
    )))
    assert v["8640起"].region == "温州市瓯海区"
    assert v["208起"].region == "温州市瓯海区"
    # a named branch with its district written in full: that district of the city
    assert v["12名"].region == "温州市鹿城区"


# ---- to-level constructions --------------------------------------------------------------


def test_level_reached_from_a_dated_baseline_and_averaged_rate(fx: FactExtractor) -> None:
    v = by_value(run(fx, (
        "全省盗窃案件立案数从2020年的8600余起下降至2022年的5100余起,下降40.7%,年均降幅超过20%。"
    )))
    f = v["5100余起"]
    assert f.metric == "盗窃案件立案数" and f.scope == "全省"
    assert f.change is not None and f.change.basis == "baseline"
    assert f.change.amount is not None and f.change.amount.value == 40.7
    assert f.change.baseline is not None and f.change.baseline.text == "8600余起"
    # an averaged rate compared with nothing is a level of the same subject
    assert v["超过20%"].metric == "盗窃案件立案数年均降幅" and v["超过20%"].change is None
    # with a comparison marker it stays a change (同比2018年,平均降幅超17%)
    facts = run(fx, "全省刑事案件立案数同比2018年,平均降幅超17%。")
    assert [f.value for f in facts] == [None]
    assert facts[0].change is not None and facts[0].change.basis == "yoy"


def test_change_then_to_level_is_one_fact(fx: FactExtractor) -> None:
    facts = run(fx, "2022年,全省电诈案件立案数同比下降18.2%,降至不足3000起,为近十年最低。")
    assert len(facts) == 1
    f = facts[0]
    assert f.value is not None and f.value.text == "不足3000起"
    assert f.metric == "电诈案件立案数"
    assert f.change is not None and (f.change.direction, f.change.basis) == ("down", "yoy")


def test_to_level_without_baseline_states_no_change(fx: FactExtractor) -> None:
    v = by_value(run(fx, "全省电动自行车骑乘人员头盔佩戴率提升至90%以上,全省命案发案数降至120起。"))
    assert v["90%以上"].metric == "电动自行车骑乘人员头盔佩戴率" and v["90%以上"].change is None
    assert v["120起"].metric == "命案发案数" and v["120起"].change is None
    f = by_value(run(fx, "全省交通事故死亡人数由2019年的820人降至2022年的610人。"))["610人"]
    assert f.metric == "交通事故死亡人数"
    assert f.change is not None and f.change.direction == "down"
    assert f.change.baseline is not None and f.change.baseline.text == "820人"


# ---- subjects, adverbials and non-facts before the predicate ------------------------------


def test_subject_adverbs_and_prepositional_phrases_are_no_metric(fx: FactExtractor) -> None:
    v = by_value(run(fx, (
        "群众提供线索7600余条,公安机关据此破获案件430起。"
        "县公安局户政、出入境、车驾管窗口共为群众办理各类业务3.2万件。"
        "全省公安机关会同有关部门从缅北、柬埔寨等地押解回国电诈犯罪嫌疑人320余名。"
        "全省公安机关同时在车站、码头开展宣传活动2.3万场次。民警先后在多地抓获犯罪嫌疑人52名。"
        "专案组民警历时8个月,跨越多个省份。我们组织开展宣传活动1.6万场。"
    ), ref=date(2023, 7, 1)))
    assert v["430起"].metric == "破获案件" and v["430起"].scope == "公安机关"
    assert v["3.2万件"].metric == "为群众办理各类业务"
    assert v["320余名"].metric == "押解回国电诈犯罪嫌疑人"
    assert v["2.3万场次"].metric == "开展宣传活动"
    assert v["52名"].metric == "抓获犯罪嫌疑人"
    assert v["8个月"].metric == "历时"
    assert v["1.6万场"].metric == "组织开展宣传活动"
    # a word ending in a trailer character stays whole
    assert by_value(run(fx, "二季度查处酒驾醉驾违法行为5380起。"))["5380起"].metric == (
        "查处酒驾醉驾违法行为")


def test_reward_caps_and_plans_are_not_facts(fx: FactExtractor) -> None:
    facts = run(fx, (
        "对提供重要线索的群众给予奖励,单条线索奖励最高可达5万元。举报人最高可获奖励10万元。"
        "下半年,全省公安机关将重点抓好三项工作:一是保持严打高压态势。"
        "今年以来,全省公安机关将1200名犯罪嫌疑人抓获归案。"
    ))
    assert [f.value.text for f in facts if f.value is not None] == ["1200名"]


def test_subcount_word_inside_and_complement_after_the_number(fx: FactExtractor) -> None:
    v = by_value(run(fx, "累计排查重点人员万余人,帮助其中1600余人找到亲人。"))
    assert v["万余人"].metric == "排查重点人员"
    assert v["1600余人"].metric == "帮助找到亲人"


def test_measured_durations_are_facts_and_time_limits_are_not(fx: FactExtractor) -> None:
    v = by_value(run(fx, "今年以来,全市110平均出警时间控制在5分钟以内,"
                         "窗口群众办事等待时间缩短至10分钟以内。"))
    assert v["5分钟以内"].metric == "110平均出警时间"  # 均 of 平均 is no filler
    assert v["10分钟以内"].metric == "窗口群众办事等待时间"
    # a duration that only sets a time limit stays out
    assert by_value(run(fx, "要求民警接警后在5分钟以内到达现场。")) == {}


def test_distributed_levels_take_one_subject_each(fx: FactExtractor) -> None:
    v = by_value(run(fx, "今年以来,全省重点场所视频监控覆盖率和联网率分别达到93.5%和88.2%。"))
    assert v["93.5%"].metric == "重点场所视频监控覆盖率"
    assert v["88.2%"].metric == "联网率"
    v = by_value(run(fx, "共破获盗窃案件320起,"
                         "其中“入室盗窃”类和“盗窃电动车”类案件分别为120起、85起。"))
    assert v["120起"].metric == "“入室盗窃”类案件"  # the head noun written once is shared
    assert v["85起"].metric == "“盗窃电动车”类案件"


def test_bare_verb_takes_its_object_from_an_earlier_clause(fx: FactExtractor) -> None:
    v = by_value(run(fx, "一季度,全市查获毒驾违法行为210起;二季度查获340起,"
                         "各地向重点人群推送反诈提醒信息,累计推送120万余条。"))
    assert v["340起"].metric == "查获毒驾违法行为"
    assert v["120万余条"].metric == "推送反诈提醒信息"
    v = by_value(run(fx, "全市加大对违规燃放烟花爆竹行为查处力度,全年共查处516人次。"))
    assert v["516人次"].metric == "查处违规燃放烟花爆竹行为"
    # an earlier figure of another unit keeps the verb bare
    v = by_value(run(fx, "全市抓获犯罪嫌疑人320名,上半年累计抓获45起。"))
    assert v["45起"].metric == "抓获"


def test_anaphor_takes_the_noun_of_the_paragraph_and_wei_modifier(fx: FactExtractor) -> None:
    facts = run(fx, "今年以来,全市公安机关破获冒充客服实施的诈骗案件86起。"
                    "10月份,此类案件发案数同比下降31.5%。")
    chg = [f for f in facts if f.value is None]
    assert [f.metric for f in chg] == ["冒充客服实施的诈骗案件发案数"]
    assert [sp.text for sp in chg[0].metric_spans] == ["冒充客服实施的诈骗案件", "发案数"]
    v = by_value(run(fx, "梳理形成问题清单,推出23项便民利民措施,确定15项为民实事。"))
    assert v["15项"].metric == "确定为民实事"


def test_counts_that_only_locate_are_not_facts(fx: FactExtractor) -> None:
    v = by_value(run(fx, "市公安局组织民警深入全市12个乡镇(街道),开展防范宣传活动160场。"))
    assert set(v) == {"160场"}
    assert v["160场"].metric == "开展防范宣传活动"
    v = by_value(run(fx, "追回被骗资金30余万元,涉案的五个村的村民送来锦旗。"))
    assert set(v) == {"30余万元"}
    # a count of places that is itself the figure stays
    v = by_value(run(fx, "受害群众遍及全国28个省份,专案组先后赴12个省区市开展抓捕。"))
    assert {"28个", "12个"} <= set(v)


def test_rewards_given_up_to_a_cap_are_not_facts(fx: FactExtractor) -> None:
    facts = run(fx, (
        "今年以来,全市公安机关破获电信诈骗案件356起。"
        "群众举报涉毒线索经查证属实的,最高给予3万元奖励。"
        "对举报非法集资线索的,公安机关将视情给予最高2000元奖励。"
    ))
    assert [f.value.text for f in facts if f.value is not None] == ["356起"]


def test_plans_and_targets_of_any_size_are_not_facts(fx: FactExtractor) -> None:
    facts = run(fx, (
        "下一步,市公安局计划在各乡镇新建智慧警务室30个,并对12个重点街道实行网格化巡逻。"
        "全省拟新增交通安全劝导站200处。"
        "2022年,全市已建成智慧警务室45个。"
    ))
    assert [f.value.text for f in facts if f.value is not None] == ["45个"]
    # a marker followed by 已 is past: 计划 … 已完成 is a fact
    done = run(fx, "今年计划改造的路口中,目前已完成改造路口86个。")
    assert [f.value.text for f in done if f.value is not None] == ["86个"]
    # 拟 inside another word (虚拟) is no plan
    v = by_value(run(fx, "2022年,全省侦破利用虚拟货币洗钱的案件47起。"))
    assert "47起" in v


def test_comparative_thresholds_and_penalty_ranges_are_not_facts(fx: FactExtractor) -> None:
    facts = run(fx, (
        "11月份,全县未发生死亡人数超过3人的较大交通事故,查处超速违法行为2150起。"
        "醉酒驾驶营运机动车的,处2000元以上5000元以下罚款。"
        "全年破获涉案金额高于500万元的经济犯罪案件18起。"
    ))
    assert sorted(f.value.text for f in facts if f.value is not None) == ["18起", "2150起"]


def test_case_team_reports_for_the_bureau_named_in_its_paragraph(fx: FactExtractor) -> None:
    v = by_value(run_found(fx, (
        "浙江省公安厅召开新闻发布会\n2023年,全省公安机关破获电诈案件3200起。\n"
        "去年,温州市公安局成功侦破“3·08”特大网络赌博案,抓获犯罪嫌疑人96名。"
        "该团伙在境外设立赌博网站,专案组历时5个月,共冻结涉案资金1.2亿元。\n"
        "专案组在全省抽调民警120名。"
    ), ref=date(2024, 1, 20)))
    assert v["3200起"].region == "浙江省"
    assert (v["5个月"].scope, v["5个月"].region) == ("专案组", "温州市")
    assert v["1.2亿元"].region == "温州市"
    # no bureau named in its own paragraph: the release's region
    assert v["120名"].region == "浙江省"
