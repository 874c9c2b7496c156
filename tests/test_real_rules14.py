"""Rules of the fourteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

import pressie


def _values(doc: pressie.Document) -> dict[str | None, pressie.Fact]:
    return {f.value.text if f.value is not None else None: f for f in doc.facts}


def test_a_report_heard_on_a_day_written_without_a_dash_dates_the_page() -> None:
    """The day a work report was delivered or heard, at a line's head without the dash
    (2014年2月10日,在…人大三次会议上) or as the title block's line (…工作报告 / 2010年1月20日在
    某市 / 第十四届人民代表大会…会议上), is the page's event day: 今年以来 ends there."""
    body = "今年以来,全县法院共受理各类案件3512件。"
    heard = pressie.extract(
        "2014年2月10日,在县第十七届人大三次会议上,听取和审议了县法院的工作报告。\n" + body)
    assert heard.event_date == heard.reference_date == dt.date(2014, 2, 10)
    block = pressie.extract("某市人民法院工作报告\n2010年1月20日在某市\n"
                            "第十四届人民代表大会第四次会议上\n" + body)
    assert block.reference_date == dt.date(2010, 1, 20)
    fact = _values(block)["3512件"]
    assert fact.period is not None and fact.period.date_end == dt.date(2010, 1, 20)
    # a day in the body that is no meeting's is no event day
    plain = pressie.extract("2010年1月20日,某市公安局破获盗窃案件12起。\n" + body)
    assert plain.event_date is None and plain.reference_date is None


def test_written_out_counts_that_close_listed_items_are_counts() -> None:
    """气枪二支、管制刀具二把以及子弹四十二发: a small written-out count after its noun closes a
    listed item and is a count, while one inside a list of slogans (三严三实、四个意识) and a
    vehicle's name (三轮、四轮车) are none."""
    doc = pressie.extract("民警随后在其住处搜出气枪二支、管制刀具二把以及子弹四十二发。",
                          published="2007-06-28")
    facts = _values(doc)
    assert set(facts) == {"二支", "二把", "四十二发"}
    assert facts["二把"].metric is not None and "管制刀具" in facts["二把"].metric
    slogans = pressie.extract("全局民警牢固树立四个意识、坚定四个自信。", published="2019-06-01")
    assert slogans.facts == []
    wheels = pressie.extract("追回被盗电动自行车以及三轮、四轮车40余辆。", published="2019-06-01")
    assert [f.value.text for f in wheels.facts if f.value is not None] == ["40余辆"]


def test_a_count_joined_to_the_next_item_by_ji_takes_the_noun_before_it() -> None:
    """猎枪2支、子弹4发及打猎用的黑火药: 及 after a count joins the next item; the noun after
    it is no object of the count."""
    facts = _values(pressie.extract(
        "警方在黄某家中缴获猎枪2支、子弹4发及打猎用的黑火药。", published="2007-06-28"))
    fact = facts["4发"]
    assert fact.metric is not None and "子弹" in fact.metric and "火药" not in fact.metric
