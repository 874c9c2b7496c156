"""Spec v1.1 quantities: length, 番, fraction words, spaces, Hong Kong usage (own sentences)."""

from __future__ import annotations

import pytest

from pressie.numbers import find_quantities


def facts(text: str) -> list[tuple[str, float, str, str, str]]:
    """(text, value, approx, unit, kind) of every quantity that may become a fact."""
    return [
        (q.text, q.value, q.approx, q.unit, q.kind)
        for q in find_quantities(text)
        if q.kind != "other"
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("全市累计巡逻里程12万公里。", ("12万公里", 120000, "exact", "km", "length")),
        ("新建隔离护栏800米,", ("800米", 0.8, "exact", "km", "length")),
        ("排查道路3.5千米。", ("3.5千米", 3.5, "exact", "km", "length")),
        ("案件数量翻了3番。", ("3番", 3, "exact", "番", "multiple")),
        ("近半数受访群众表示满意。", ("近半数", 50, "nearly", "%", "percent")),
        ("其中一半为网络诈骗,", ("一半", 50, "exact", "%", "percent")),
        ("涉毒人员占比近两成。", ("近两成", 20, "nearly", "%", "percent")),
        ("八成群众认为治安变好。", ("八成", 80, "exact", "%", "percent")),
        ("青少年占比过半。", ("过半", 50, "over", "%", "percent")),
        ("共破获案件15 件,", ("15 件", 15, "exact", "件", "count")),
        ("查获涉案物品200 余条。", ("200 余条", 200, "over", "条", "count")),
        ("涉案金额1.2 亿元。", ("1.2 亿元", 1.2e8, "exact", "元", "money")),
        ("警方破獲逾三百宗案件,", ("逾三百宗", 300, "over", "宗", "count")),
        ("涉款約九億港元。", ("約九億港元", 9e8, "about", "港元", "money")),
        ("发放宣传资料5000人份,", ("5000人份", 5000, "exact", "人份", "count")),
        ("网络诈骗占总数的三分之一。", ("三分之一", 100 / 3, "exact", "%", "percent")),
        ("刷单类占四分之三,", ("四分之三", 75, "exact", "%", "percent")),
        ("超速肇事死亡人数占比4成多。", ("4成多", 40, "over", "%", "percent")),
    ],
)
def test_v11_quantities(clause: str, expected: tuple[str, float, str, str, str]) -> None:
    found = facts(clause)
    assert len(found) == 1, found
    text, value, approx, unit, kind = found[0]
    assert (text, approx, unit, kind) == expected[:1] + expected[2:]
    assert value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "clause",
    [
        "民警付出了一番努力,",  # 番 only after 翻
        "工作一成不变。",  # 成 inside a word
        "共破获案件, 件件有着落。",  # a lone space does not make a number
    ],
)
def test_v11_non_quantities(clause: str) -> None:
    assert facts(clause) == []


def test_space_is_inside_the_mention_and_offsets_hold() -> None:
    text = "本周破获刑事案件15 件、抓获违法犯罪嫌疑人97 人。"
    qs = [q for q in find_quantities(text) if q.kind != "other"]
    assert [(q.text, q.unit) for q in qs] == [("15 件", "件"), ("97 人", "人")]
    assert all(text[q.start : q.end] == q.text for q in qs)


def test_a_trailing_space_without_classifier_is_not_taken() -> None:
    text = "统计数据为 2.5 ,仅供参考"
    q = next(q for q in find_quantities(text) if q.text.startswith("2.5"))
    assert q.text == "2.5"


@pytest.mark.parametrize(
    "clause",
    [
        "专案组行程逾2万公里,最终抓获嫌疑人。",  # a case narrative's travel
        "该市海岸线长约300公里,岛屿众多。",  # a place's extent
        "在1.2万公里路段推广应用预警系统。",  # a length that locates an action
        "您是第 123456 位访客",  # a rank written with spaces
    ],
)
def test_lengths_and_ranks_that_are_no_statistics(clause: str) -> None:
    assert facts(clause) == []


@pytest.mark.parametrize(
    "clause",
    [
        "涉案资金2,770亿元(人民币,下同,约3,324亿港元)",  # a currency conversion
        "每十万人命案发生数",  # a rate's denominator
        "三轮汽车出行较多",  # a vehicle type
        "辖区高速公路普遍限速80公里",  # a speed limit
    ],
)
def test_conversions_denominators_and_limits_are_no_statistics(clause: str) -> None:
    assert len(facts(clause)) <= 1 and all(not t.startswith(("约3", "十万", "三轮", "80"))
                                           for t, *_ in facts(clause))
