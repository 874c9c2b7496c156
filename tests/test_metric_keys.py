"""Canonical metric keys: one key per statistic across verb synonyms and scripts."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

import pressie
import pressie.api
from pressie.metric_keys import MetricKeyLexicon, metric_key

S2T = opencc.OpenCC("s2t")


def _keys(text: str) -> list[str | None]:
    return [f.metric_key for f in pressie.extract(text, published="2023-01-10").facts]


def _key_of(sentence: str) -> str:
    (key,) = _keys(sentence)
    assert key
    return key


@pytest.mark.parametrize(
    "sentences,key",
    [
        (
            [
                "2022年,全省公安机关共破获刑事案件3612起。",
                "2022年,全省公安机关共侦破刑事案件3612起。",
                "2022年,全省公安机关侦办各类刑事案件3612起。",
                "2022年,全省公安机关共破獲刑事案件3612起。",
            ],
            "破获刑事案件",
        ),
        (
            [
                "2022年,全市公安机关共抓获犯罪嫌疑人815名。",
                "2022年,全市公安机关抓捕犯罪嫌疑人815名。",
                "2022年,全市公安机关共抓获违法犯罪嫌疑人815名。",
                "2022年,全市公安机關共抓獲犯罪嫌疑人815名。",
            ],
            "抓获犯罪嫌疑人",
        ),
        (
            [
                "2022年,全区共缴获毒品2.36吨。",
                "2022年,全区共查缴毒品2.36吨。",
                "2022年,全区共查获毒品2.36吨。",
                "2022年,全區共繳獲毒品2.36噸。",
            ],
            "缴获毒品",
        ),
        (
            [
                "2022年,全省共打掉犯罪团伙46个。",
                "2022年,全省共摧毁犯罪团伙46个。",
                "2022年,全省共端掉犯罪团伙46个。",
            ],
            "打掉犯罪团伙",
        ),
    ],
    ids=["cases", "suspects", "seizures", "gangs"],
)
def test_synonyms_and_scripts_share_one_key(sentences: list[str], key: str) -> None:
    assert [_key_of(s) for s in sentences] == [key] * len(sentences)


def test_different_statistics_keep_different_keys() -> None:
    keys = [
        _key_of("2022年,全省共查获吸毒人员1203名。"),  # persons: 查获 reads as 抓获
        _key_of("2022年,全省共查获毒品2.36吨。"),  # goods: 查获 reads as 缴获
        _key_of("2022年,全省共处置突出火灾事故21起。"),
        _key_of("2022年,全省共处置突出安全生产事故21起。"),
    ]
    assert keys == ["抓获吸毒人员", "缴获毒品", "处置突出火灾事故", "处置突出安全生产事故"]


def test_traditional_copy_of_a_release_has_the_same_keys(seed_texts: dict[str, str]) -> None:
    text = seed_texts["004_711db7fb7eb93bd2.txt"]
    simplified = _keys(text)
    assert simplified and all(simplified)
    assert _keys(S2T.convert(text)) == simplified


@pytest.mark.parametrize(
    "metric,key",
    [
        ("群众安全感", "群众安全感"),  # unknown metric: itself
        ("群眾安全感", "群众安全感"),  # ... in simplified script
        ("“两抢一盗”警情", "两抢一盗警情"),  # quotes dropped
        ("八类严重暴力犯罪案件(放火、爆炸、劫持)", "八类严重暴力犯罪案件"),
        ("电信网络诈骗案件发案数", "电信网络诈骗案件发案"),
        ("破案", "破获案件"),
        ("累计抓获网上在逃人员", "抓获网上逃犯"),
        ("抓获涉案金额", "涉案金额"),  # a list's verb carried onto an amount
        ("破获为群众挽回经济损失", "为群众挽回经济损失"),
        ("侦破涉案金额10万元以上的诈骗案件", "破获涉案金额10万元以上的诈骗案件"),
        ("", ""),
    ],
)
def test_metric_key_rules_and_fallback(metric: str, key: str) -> None:
    assert metric_key(metric) == key


def test_metric_key_rejects_non_strings() -> None:
    with pytest.raises(TypeError, match="str"):
        metric_key(None)  # type: ignore[arg-type]


def test_every_extracted_fact_has_its_key(seed_texts: dict[str, str], monkeypatch) -> None:
    text = seed_texts["000_19e3e6d42f25ddc4.txt"]
    doc = pressie.extract(text)
    assert doc.facts and all(f.metric_key == metric_key(f.metric) for f in doc.facts)
    (many,) = list(pressie.extract_many([text]))
    assert [f.metric_key for f in many.facts] == [f.metric_key for f in doc.facts]
    # the long-document (chunked) path sets the key too
    monkeypatch.setattr(pressie.api, "LONG_DOCUMENT", 1000)
    long = pressie.extract(text)
    assert long.facts and all(f.metric_key == metric_key(f.metric) for f in long.facts)


def test_lexicon_file_must_be_well_formed(tmp_path: Path) -> None:
    bad = tmp_path / "metric_keys.json"
    bad.write_text('{"strip_chars": ""}', encoding="utf-8")
    with pytest.raises(ValueError, match="malformed"):
        MetricKeyLexicon.from_file(bad)
