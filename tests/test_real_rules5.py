"""Rules of the genre found on real pages (issue 9, fifth round), on sentences written here."""

from __future__ import annotations

from datetime import date

import pressie


def _period(f: pressie.Fact) -> tuple[date | None, date | None]:
    assert f.period is not None
    return f.period.date_start, f.period.date_end


def _by_value(doc: pressie.Document) -> dict[str, pressie.Fact]:
    return {f.value.text: f for f in doc.facts if f.value is not None}


def test_a_campaign_since_period_without_a_written_start_is_undated() -> None:
    text = ("11月19日,在扫黑除恶专项斗争中,全区查扣涉案资产46.4亿元。"
            "据悉,开展专项斗争以来,全区共起诉涉黑案件82件。"
            "扫黑除恶专项斗争开展以来,全县共抓获犯罪嫌疑人30人。")
    facts = _by_value(pressie.extract(text, published="2019-11-19"))
    # the campaign frame takes the campaign's known span, up to the release
    assert _period(facts["46.4亿元"]) == (date(2018, 1, 1), date(2019, 11, 19))
    # spec: 专项斗争以来 -> None..None; the known span does not flow into it
    assert _period(facts["82件"]) == (None, None)
    assert _period(facts["30人"]) == (None, None)
    # a start the text writes still dates it
    doc = pressie.extract("自2018年1月开展扫黑除恶专项斗争以来,全县共抓获犯罪嫌疑人30人。",
                          published="2019-11-19")
    assert _period(doc.facts[0]) == (date(2018, 1, 1), date(2019, 11, 19))


def test_an_as_of_stock_after_a_vague_paragraph_head_frames_the_rest_of_it() -> None:
    text = ("近年来,全省公安机关始终保持严打高压态势。截至9月25日,共打掉涉黑涉恶团伙45个。"
            "并结合缉枪治爆专项行动,缴获各类枪支829支。")
    facts = _by_value(pressie.extract(text, published="2018-09-26"))
    assert _period(facts["45个"]) == (None, date(2018, 9, 25))
    assert _period(facts["829支"]) == (None, date(2018, 9, 25))
    # the vague head still frames the sentence it opens
    text = "近年来,全省公安机关破获刑事案件219起。截至9月25日,共打掉涉黑涉恶团伙45个。"
    facts = _by_value(pressie.extract(text, published="2018-09-26"))
    assert _period(facts["219起"]) == (None, None)
