"""Pinyin readings after characters (mirror sites): spec 3 (v1.1)."""

from __future__ import annotations

import pressie
from pressie.readings import restore_offsets, strip_readings

TEXT = (
    "某市公安局召開(kāi)新聞發(fā)布會(huì ),今年以來(lái),全市公安機關(guān)"
    "共破獲刑事案件1.2萬(wàn)余起,抓獲犯罪嫌疑人3000余名。"
)


def test_strip_maps_every_kept_character() -> None:
    stripped, positions = strip_readings(TEXT)  # type: ignore[misc]
    assert "(" not in stripped and "kāi" not in stripped
    assert len(positions) == len(stripped) + 1
    assert all(TEXT[p] == c for p, c in zip(positions, stripped))
    assert positions[-1] == len(TEXT)


def test_text_without_readings_is_left_alone() -> None:
    assert strip_readings("抓获犯罪嫌疑人30名(其中女性3名)。") is None
    assert strip_readings("下载APP(ios)查询。") is None


def test_quantity_runs_through_the_reading_and_metric_has_none() -> None:
    doc = pressie.extract(TEXT, published="2021-06-30")
    by_unit = {f.value.unit: f for f in doc.facts if f.value}
    cases = by_unit["起"]
    assert cases.value is not None
    assert cases.value.value == 12000 and cases.value.approx == "over"
    assert cases.value.text == "1.2萬(wàn)余起"
    assert TEXT[cases.value.start : cases.value.end] == cases.value.text
    for f in doc.facts:
        assert "(" not in f.metric and not any(c in f.metric for c in "āáǎàīíǐì")
        for span in f.metric_spans:
            assert TEXT[span.start : span.end] == span.text
    assert by_unit["名"].value.value == 3000  # type: ignore[union-attr]
    assert cases.period is not None and str(cases.period.date_start) == "2021-01-01"


def test_restore_keeps_document_text() -> None:
    stripped, positions = strip_readings(TEXT)  # type: ignore[misc]
    doc = restore_offsets(pressie.extract(stripped), TEXT, positions)
    assert doc.text == TEXT
    for q in doc.quantities:
        assert TEXT[q.start : q.end] == q.text
