"""Consistency checks (pressie.check): every finding kind, consistent and inconsistent.

Every text here was written for this test.  Each inconsistent text has a consistent twin that
differs only in the figure that breaks the arithmetic, so a check that always fires or never
fires fails one of the two.  Rounded figures (2.46万, 34%, 8000余) must never give a finding.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import opencc
import pytest

import pressie
from pressie.checks import CheckRules, bounds, check, with_findings
from pressie.model import Document, Finding, Quantity

ROOT = Path(__file__).resolve().parents[1]
S2T = opencc.OpenCC("s2t")

CHANGE_OK = (
    "2022年,全市公安机关共破获电信网络诈骗案件2463起,较去年(1832起)多破631起,同比上升34.4%。"
)
CHANGE_BAD_PERCENT = CHANGE_OK.replace("34.4%", "43.4%")
CHANGE_BAD_AMOUNT = CHANGE_OK.replace("多破631起", "多破531起")
DIRECTION_BAD = "2022年,全市公安机关共破获电信网络诈骗案件1832起,较去年(2463起)多破631起。"
POINTS_OK = "2022年,全市电信网络诈骗案件破案率达到41.8%,较去年(32.2%)提高9.6个百分点。"
POINTS_BAD = POINTS_OK.replace("9.6个百分点", "6.9个百分点")

IMPLIED_LEVEL_OK = (
    "2021年,全市公安机关共破获盗窃案件1236起。\n"
    "2022年,全市公安机关共破获盗窃案件1545起,同比上升25%。"
)
IMPLIED_LEVEL_BAD = IMPLIED_LEVEL_OK.replace("25%", "35%")
CHANGE_ONLY_OK = (
    "2021年,全市电信网络诈骗案件发案数为1237起。\n"
    "2022年,全市电信网络诈骗案件发案数为1113起。\n"
    "2022年,全市电信网络诈骗案件发案数同比下降10%。"
)
CHANGE_ONLY_BAD = CHANGE_ONLY_OK.replace("下降10%", "下降20%")

PARTS_EXHAUSTIVE_OK = (
    "2022年,全市公安机关共打掉犯罪团伙123个,其中涉黑组织8个、恶势力犯罪集团31个、其他涉恶团伙84个。"
)
PARTS_EXHAUSTIVE_BAD = PARTS_EXHAUSTIVE_OK.replace("其他涉恶团伙84个", "其他涉恶团伙74个")
PART_OVER_TOTAL_OK = "2022年,全市公安机关共抓获犯罪嫌疑人317名,其中主犯121名。"
PART_OVER_TOTAL_BAD = PART_OVER_TOTAL_OK.replace("主犯121名", "主犯321名")
PARTS_SUM_OK = "2022年,全市公安机关共破获刑事案件517起,其中盗窃案件302起、诈骗案件151起。"
PARTS_SUM_BAD = PARTS_SUM_OK.replace("诈骗案件151起", "诈骗案件251起")
DISTRIBUTIVE_OK = (
    "2022年,全市公安机关共破获侵害老年人的诈骗案件137起,"
    "其中“保健品”类和“养老投资”类案件分别为52起和41起。"
)
DISTRIBUTIVE_BAD = DISTRIBUTIVE_OK.replace("52起和41起", "92起和61起")

SHARE_OK = "2022年,全市电信网络诈骗案件中女性受害人占比为58.3%。"
SHARE_BAD = SHARE_OK.replace("58.3%", "112.5%")
RATE_OK = "2022年,全市命案破案率达到99.7%。"
RATE_BAD = RATE_OK.replace("99.7%", "103.2%")

RESTATED_OK = (
    "2022年,全省公安机关共破获刑事案件8.8万起。\n全省社会治安持续向好。\n"
    "2022年,全省公安机关共破获刑事案件88123起。"
)
RESTATED_BAD = RESTATED_OK.replace("88123起", "8.6万起")

#: (name, consistent text, inconsistent text, expected (kind, severity) of the inconsistency)
CASES = [
    ("change percent", CHANGE_OK, CHANGE_BAD_PERCENT, ("change", "error")),
    ("change amount", CHANGE_OK, CHANGE_BAD_AMOUNT, ("change", "error")),
    ("change direction", CHANGE_OK, DIRECTION_BAD, ("change", "error")),
    ("change points", POINTS_OK, POINTS_BAD, ("change", "error")),
    ("implied level", IMPLIED_LEVEL_OK, IMPLIED_LEVEL_BAD, ("implied_level", "error")),
    ("change-only", CHANGE_ONLY_OK, CHANGE_ONLY_BAD, ("implied_level", "error")),
    ("parts remainder", PARTS_EXHAUSTIVE_OK, PARTS_EXHAUSTIVE_BAD, ("parts", "error")),
    ("part over total", PART_OVER_TOTAL_OK, PART_OVER_TOTAL_BAD, ("parts", "error")),
    ("parts sum", PARTS_SUM_OK, PARTS_SUM_BAD, ("parts", "warning")),
    ("parts 分别", DISTRIBUTIVE_OK, DISTRIBUTIVE_BAD, ("parts", "warning")),
    ("share over 100", SHARE_OK, SHARE_BAD, ("over_100", "error")),
    ("rate over 100", RATE_OK, RATE_BAD, ("over_100", "warning")),
    ("restated", RESTATED_OK, RESTATED_BAD, ("restated", "warning")),
]

#: Texts that are only rounded, truncated or approximate: never a finding.
ROUNDED = [
    # 24600 / 18300 - 1 = 34.43 %: 34% is the rounded figure; the levels are rounded too
    "2022年,全市公安机关共破获电信网络诈骗案件2.46万起,较去年(1.83万起)多破6300起,同比上升34%。",
    # 3181 / 1469 - 1 = 116.54 %: written truncated
    "2020年,全区共破获电信网络诈骗案件3181起,较去年(1469起)相比多破1712起,同比上升116.5%。",
    "2020年,全区共破获电信网络诈骗案件3181起,较去年(1469起)相比多破1712起,同比上升117%。",
    # 8000余 + 4050 may be 12050..13050, 1.2万 may be 11500..12500
    "2022年,全市公安机关共破获刑事案件1.2万起,其中盗窃案件8000余起、诈骗案件4050起。",
    # 3000余人 may well be 3400
    "2022年,全市公安机关共抓获犯罪嫌疑人3400名,其中从境外劝返归案3000余名。",
    # 100% is a full share, not more
    "2022年,全市现行命案破案率为100%,涉诈重点人员管控比例为100%。",
    # growth rates may pass 100 %
    "2022年,全市电信网络诈骗案件破案数增长率为150%。",
]


def _findings(text: str) -> tuple[Document, list[Finding]]:
    doc = pressie.extract(text, published="2023-01-10")
    return doc, check(doc)


def _assert_well_formed(doc: Document, findings: list[Finding]) -> None:
    for f in findings:
        assert f.facts and all(0 <= i < len(doc.facts) for i in f.facts)
        assert f.spans and f.expected and f.written and f.message
        for span in f.spans:
            assert doc.text[span.start : span.end] == span.text
        values = {
            (q.start, q.end)
            for i in f.facts
            for q in (
                doc.facts[i].value,
                doc.facts[i].change.amount if doc.facts[i].change else None,
                doc.facts[i].change.baseline if doc.facts[i].change else None,
            )
            if q is not None
        }
        assert {(s.start, s.end) for s in f.spans} <= values


@pytest.mark.parametrize("name,good,bad,expected", CASES, ids=[c[0] for c in CASES])
def test_each_kind_consistent_and_inconsistent(
    name: str, good: str, bad: str, expected: tuple[str, str]
) -> None:
    doc, findings = _findings(good)
    assert findings == [], f"{name}: consistent text gave {findings}"
    doc, findings = _findings(bad)
    assert [(f.kind, f.severity) for f in findings] == [expected]
    _assert_well_formed(doc, findings)


@pytest.mark.parametrize("text", ROUNDED)
def test_rounded_text_gives_no_finding(text: str) -> None:
    doc, findings = _findings(text)
    assert doc.facts, "the sentence must yield facts for the test to mean anything"
    assert findings == []


def test_yoy_change_is_not_compared_with_another_years_baseline() -> None:
    """较2019年(1832起): the 同比 12.5% compares with 2021, not with 1832; 多破631起 does."""
    older = CHANGE_OK.replace("较去年", "较2019年").replace("34.4%", "12.5%")
    assert _findings(older)[1] == []
    _, findings = _findings(older.replace("多破631起", "多破531起"))
    assert [(f.kind, f.written) for f in findings] == [("change", "上升531起")]
    # the year before, written as a year, is the 同比 base
    _, findings = _findings(CHANGE_BAD_PERCENT.replace("较去年", "较2021年"))
    assert [(f.kind, f.written) for f in findings] == [("change", "上升43.4%")]


def test_change_finding_names_expected_and_written() -> None:
    doc, findings = _findings(CHANGE_BAD_PERCENT)
    (f,) = findings
    # 2463 / 1832 - 1 = 34.44 %; 2462.5..2463.5 over 1831.5..1832.5 allow 34.38..34.51
    assert f.expected_low is not None and f.expected_high is not None
    assert 34.3 < f.expected_low < 34.44 < f.expected_high < 34.6
    assert f.written == "上升43.4%" and [s.text for s in f.spans] == ["2463起", "1832起", "43.4%"]
    assert doc.facts[f.facts[0]].value.text == "2463起"


def test_change_only_amount_is_checked_against_its_level() -> None:
    doc, findings = _findings(CHANGE_BAD_AMOUNT)
    (f,) = findings
    level, change_only = doc.facts[f.facts[1]], doc.facts[f.facts[0]]
    assert level.value.text == "2463起" and change_only.value is None
    assert change_only.change.amount.text == "531起"
    assert (f.expected_low, f.expected_high) == (630.0, 632.0)


def test_parts_finding_lists_total_then_parts() -> None:
    doc, findings = _findings(PARTS_EXHAUSTIVE_BAD)
    (f,) = findings
    assert [doc.facts[i].value.text for i in f.facts] == ["123个", "8个", "31个", "74个"]
    assert f.written == "8个 + 31个 + 74个 = 113个" and f.expected == "122.5..123.5个"


@pytest.mark.parametrize(
    "text", [c[2] for c in CASES], ids=[c[0] + " (traditional)" for c in CASES]
)
def test_traditional_script_gives_the_same_findings(text: str) -> None:
    simp_doc, simp = _findings(text)
    trad_text = S2T.convert(text)
    assert trad_text != text and len(trad_text) == len(text)
    trad_doc, trad = _findings(trad_text)
    assert [(f.kind, f.severity, f.facts) for f in trad] == [
        (f.kind, f.severity, f.facts) for f in simp
    ]
    _assert_well_formed(trad_doc, trad)  # spans cut from the traditional string


def test_altered_figure_in_a_real_release_is_found(seed_texts: dict[str, str]) -> None:
    """A seed release is consistent; changing one digit of its 116.5% makes it inconsistent."""
    text = seed_texts["001_c618f2dbbfec88f1.txt"]
    doc = pressie.extract(text)
    assert [f for f in check(doc) if f.kind == "change"] == []
    assert text.count("同比上升116.5%") == 1
    altered = pressie.extract(text.replace("同比上升116.5%", "同比上升106.5%"))
    found = [f for f in check(altered) if f.kind == "change"]
    assert len(found) == 1 and found[0].spans[-1].text == "106.5%"


def test_with_findings_fills_document_findings() -> None:
    doc = pressie.extract(PARTS_SUM_BAD)
    assert doc.findings is None  # not asked for
    checked = with_findings(doc)
    assert checked.findings == check(doc) and len(checked.findings) == 1
    assert doc.findings is None  # the input is unchanged
    again = Document.model_validate_json(checked.model_dump_json())
    assert again.findings == checked.findings


def test_check_rejects_what_is_not_a_document() -> None:
    with pytest.raises(TypeError, match="Document"):
        check("2022年,全市破获刑事案件517起。")  # type: ignore[arg-type]


def test_empty_and_marker_only_documents() -> None:
    assert check(pressie.extract("")) == []
    # many markers and no figures: linear, nothing found
    assert check(Document(text="其中分别," * 50_000)) == []


def test_rules_file_must_be_well_formed(tmp_path: Path) -> None:
    bad = tmp_path / "checks.json"
    bad.write_text('{"part_markers": ["其中"]}', encoding="utf-8")
    with pytest.raises(ValueError, match="malformed"):
        CheckRules.from_file(bad)


def _q(
    text: str, value: float, approx: str = "exact", kind: str = "count", unit: str = ""
) -> Quantity:
    return Quantity(
        start=0, end=len(text), text=text, value=value, approx=approx, kind=kind, unit=unit
    )


@pytest.mark.parametrize(
    "q,truncated,expected",
    [
        (_q("14.8万起", 148000), False, (147500, 148500)),
        (_q("36239起", 36239), False, (36238.5, 36239.5)),
        (_q("3000人", 3000), False, (2500, 3500)),
        (_q("8.1万余起", 81000, "over"), False, (81000, 82000)),
        (_q("超过2万", 20000, "over"), False, (20000, math.inf)),
        (_q("近15万人次", 150000, "nearly"), False, (140000, 150000)),
        (_q("约860千克", 860, "about", "weight", "kg"), False, (850, 870)),
        (_q("2.36吨", 2360, "exact", "weight", "kg"), False, (2355, 2365)),
        (_q("不足0.1%", 0.1, "under", "percent", "%"), False, (0, 0.1)),
        (_q("20%", 20, "exact", "percent", "%"), False, (19.5, 20.5)),
        (_q("116.5%", 116.5, "exact", "percent", "%"), True, (116.4, 116.6)),
        (_q("三千二百五十", 3250), False, (3245, 3255)),
        (_q("３６２３９起", 36239), False, (36238.5, 36239.5)),
        (_q("數萬人", 10000, "vague"), False, None),
    ],
)
def test_bounds_follow_written_precision(
    q: Quantity, truncated: bool, expected: tuple[float, float] | None
) -> None:
    got = bounds(q, truncated=truncated)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got == pytest.approx(expected)


def test_cli_check_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from pressie.cli import main

    bad = tmp_path / "bad.txt"
    bad.write_text(PART_OVER_TOTAL_BAD + "\n" + SHARE_BAD, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(PART_OVER_TOTAL_OK, encoding="utf-8")

    assert main(["check", str(bad), str(good)]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == [
        "path", "kind", "severity", "facts", "figures", "offsets", "expected", "written"
    ]  # fmt: skip
    assert [line.split()[1:3] for line in table[1:]] == [["parts", "error"], ["over_100", "error"]]
    assert all(str(bad) in line for line in table[1:])

    assert main(["check", str(bad), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:3] == ["path", "kind", "severity"] and len(rows) == 3
    assert rows[1][4] == "317名 / 321名"

    assert main(["check", str(tmp_path / "missing.txt"), str(bad), "--format", "jsonl"]) == 1
    out, err = capsys.readouterr()
    assert err.count("\n") == 1 and "missing.txt" in err
    found = [json.loads(line) for line in out.splitlines()]
    assert [f["kind"] for f in found] == ["parts", "over_100"]
    assert Finding.model_validate({k: v for k, v in found[0].items() if k != "path"})

    assert main(["check", str(good), "--published", "yesterday"]) == 2
    assert "ISO date" in capsys.readouterr().err
