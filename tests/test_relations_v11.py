"""Spec v1.1 fact shapes and real-page phenomena in the relation stages (own sentences)."""

from __future__ import annotations

import pressie


def facts(text: str, published: str = "2021-06-30") -> list[tuple[str, str]]:
    """(metric, value text) of every fact with a value."""
    return [(f.metric, f.value.text) for f in pressie.extract(text, published=published).facts
            if f.value is not None]


def test_cases_and_persons_written_together_are_two_facts_with_one_metric() -> None:
    got = facts("今年以来,全市法院审结涉黑案件7件42人。")
    assert got == [("审结涉黑案件", "7件"), ("审结涉黑案件", "42人")]
    got = facts("2019年,全省检察机关提起公诉涉黑案件143 件、1548 人。")
    assert [v for _m, v in got] == ["143 件", "1548 人"]
    assert got[0][0] == got[1][0]


def test_a_pair_needs_adjacent_figures_with_different_units() -> None:
    got = facts("全市破获案件30起,抓获嫌疑人40人。")
    assert [m for m, _v in got] == ["破获案件", "抓获嫌疑人"]


def test_a_headline_figure_restated_in_the_body_is_one_fact_with_the_body_period() -> None:
    text = (
        "全国共打掉涉黑组织3291个\n"
        "新华社北京8月19日电 记者从全国扫黑办获悉,扫黑除恶专项斗争启动以来,"
        "全国共打掉涉黑组织3291个、涉恶犯罪集团10418个。近一个月来,各地加快办案。"
    )
    doc = pressie.extract(text, published="2020-08-20")
    same = [f for f in doc.facts if f.value is not None and f.value.value == 3291]
    assert len(same) == 1
    assert same[0].value.start == text.index("3291")  # the first occurrence, in the headline
    assert same[0].period is not None and same[0].period.text == "扫黑除恶专项斗争启动以来"


def test_a_shared_verb_is_not_carried_onto_an_item_with_its_own_verb() -> None:
    text = (
        "今年以来,全市冻结涉案资金1200万元,为群众挽回损失800万元,"
        "检查车辆78万余台次、人员100万余人次。"
    )
    got = dict((v, m) for m, v in facts(text, "2021-05-10"))
    assert got["800万元"] == "为群众挽回损失"
    assert got["100万余人次"] == "检查人员"  # a bare noun still shares the verb


def test_from_x_to_y_over_a_span_of_years_is_the_last_years_level() -> None:
    text = "2017年至2021年,全省刑事立案从24.1万起下降至15.8万起、降幅34.3%。"
    f = pressie.extract(text, published="2022-03-01").facts[0]
    assert f.value is not None and f.value.text == "15.8万起"
    assert f.change is not None and f.change.basis == "baseline"
    assert f.change.baseline is not None and f.change.baseline.text == "24.1万起"
    assert f.change.amount is not None and f.change.amount.value == 34.3
    assert f.period is not None and str(f.period.date_start) == "2021-01-01"


def test_a_restated_level_with_a_new_change_keeps_the_level_first_and_the_change_apart() -> None:
    text = (
        "全省破获毒品案件899起\n"
        "今年以来,全省共破获毒品案件899起,缴获毒品113公斤,同比分别上升18.2%和28.5%。"
    )
    doc = pressie.extract(text, published="2015-05-29")
    levels = [f for f in doc.facts if f.value is not None and f.value.value == 899]
    assert len(levels) == 1 and levels[0].value.start == text.index("899")
    changes = [f for f in doc.facts if f.value is None and f.change is not None]
    assert any(f.change.amount.value == 18.2 and f.metric == levels[0].metric for f in changes)


def test_a_shared_verb_carries_its_averaging_word_and_courts_are_scopes() -> None:
    got = facts("春运期间全省日均出动警力1.8万余人次,警车6500台次。", "2018-03-13")
    assert [m for m, _v in got] == ["日均出动警力", "日均出动警车"]
    doc = pressie.extract("2025年以来,广阳区检察院共批准逮捕183人。", published="2025-09-25")
    assert doc.facts[0].metric == "批准逮捕" and doc.facts[0].scope == "广阳区检察院"


def test_a_change_without_comparison_word_is_yoy_within_a_year_else_baseline() -> None:
    one_year = pressie.extract("2020年,全市主干道平均车速提高约8%。", published="2021-01-10")
    assert one_year.facts[0].change is not None and one_year.facts[0].change.basis == "yoy"
    years = pressie.extract("五年来,全市刑事案件立案数下降47%。", published="2021-01-10")
    assert years.facts[0].change is not None and years.facts[0].change.basis == "baseline"


def test_each_amount_repeating_the_change_word_still_distributes_and_tongbi_is_yoy() -> None:
    text = "2022年春节假期,全省发生交通事故20起,死亡7人,同比去年同期分别下降73%、下降84%。"
    got = [(f.value.text, f.change.amount.text, f.change.basis)
           for f in pressie.extract(text, published="2022-02-08").facts
           if f.value is not None and f.change is not None and f.change.amount is not None]
    assert got == [("20起", "73%", "yoy"), ("7人", "84%", "yoy")]


def test_a_level_with_an_absolute_and_a_relative_change_carries_the_rate() -> None:
    text = "清明假期,全省死亡15人,同比减少12人、下降44.44%。"
    doc = pressie.extract(text, published="2017-04-05")
    level = next(f for f in doc.facts if f.value is not None)
    assert level.change is not None and level.change.amount.text == "44.44%"
    apart = [f for f in doc.facts if f.value is None]
    assert [f.change.amount.text for f in apart] == ["12人"]


def test_a_single_character_change_word_before_a_rate_is_a_change() -> None:
    doc = pressie.extract("2020年,全市严重暴力案件降2成。", published="2021-01-10")
    f = doc.facts[0]
    assert f.value is None and f.change is not None and f.change.amount.value == 20
    assert f.change.direction == "down"


def test_a_rate_list_takes_the_nouns_listed_in_the_clause_before() -> None:
    text = (
        "2020年,全区开展禁毒宣传活动200余场,覆盖人群1000余万人,"
        "吸毒人员查获数、新增吸毒人员连续三年呈下降态势,下降率分别为42.8%和44.8%。"
    )
    doc = pressie.extract(text, published="2021-01-08")
    levels = [f for f in doc.facts if f.value is not None]
    assert all(f.change is None for f in levels)
    changes = [(f.metric, f.change.amount.text) for f in doc.facts if f.value is None]
    assert changes == [("吸毒人员查获数", "42.8%"), ("新增吸毒人员", "44.8%")]


def test_a_level_kept_at_or_rising_has_no_verb_in_its_metric() -> None:
    import pressie

    text = (
        "2020年,全市命案破案率保持100%,群众安全感保持在98%以上。"
        "公众安全感和执法满意度持续提升,分别达92.27%和89.07%。"
    )
    metrics = [f.metric for f in pressie.extract(text, published="2021-01-09").facts]
    assert metrics == ["命案破案率", "群众安全感", "公众安全感", "执法满意度"]
