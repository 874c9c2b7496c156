"""Rules of the thirteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import pressie


def _by_value(text: str, published: str | None = None) -> dict[str | None, pressie.Fact]:
    doc = pressie.extract(text, published=published)
    return {f.value.text if f.value is not None else None: f for f in doc.facts}


def test_last_years_levels_written_after_a_pair_are_its_baselines() -> None:
    """…12件15人,去年同期为20件30人,件数和人数分别同比下降…: each level of the pair takes the
    compared level of its own unit and the change its unit noun names; no fact of its own."""
    text = ("今年1至6月,该院共受理审查起诉案件12件15人,去年同期为20件30人,件数和人数分别同比"
            "下降40%、50%。")
    facts = _by_value(text, "2022-07-10")
    assert set(facts) == {"12件", "15人"}
    for value, amount, base in (("12件", "40%", "20件"), ("15人", "50%", "30人")):
        ch = facts[value].change
        assert ch is not None and ch.amount is not None and ch.baseline is not None
        assert (ch.direction, ch.amount.text, ch.baseline.text) == ("down", amount, base)


def test_unit_nouns_name_the_level_of_each_change() -> None:
    """同比件数下降A、人数下降B after a 件/人 pair: 件数 is the 件 level's, 人数 the 人's."""
    text = "今年以来,全市检察机关起诉各类犯罪80件96人,同比件数下降12%、人数下降8%。"
    facts = _by_value(text, "2022-07-10")
    assert set(facts) == {"80件", "96人"}
    assert facts["80件"].change is not None and facts["80件"].change.amount is not None
    assert facts["80件"].change.amount.text == "12%"
    assert facts["96人"].change is not None and facts["96人"].change.amount is not None
    assert facts["96人"].change.amount.text == "8%"


def test_last_years_level_in_brackets_is_the_baseline() -> None:
    """受理案件2313件(去年同期为2296件),同比上升0.74%: 2296件 is no fact of its own."""
    facts = _by_value("今年1至2月,全院共受理案件2313件(去年同期为2296件),同比上升0.74%。",
                      "2022-03-10")
    assert set(facts) == {"2313件"}
    ch = facts["2313件"].change
    assert ch is not None and ch.baseline is not None and ch.baseline.text == "2296件"


def test_hong_kongs_own_word_for_itself_gives_the_region() -> None:
    """本港/全港 in a release that names no place: Hong Kong's figures."""
    doc = pressie.extract("警方今日公布,本港上半年錄得兩萬多宗罪案,較去年同期上升2%。")
    assert doc.facts and doc.facts[0].region == "香港特别行政区"


def test_a_doubled_per_cent_sign_is_one_sign() -> None:
    """19.8%%和30.5%% (a page escaping % twice): two rates, nothing read from the signs."""
    doc = pressie.extract("今年全市车站和列车发案率分别比2004年下降12.5%%和20.5%%。",
                          published="2005-12-30")
    rates = [f for f in doc.facts if f.change is not None and f.change.amount is not None]
    assert [(f.change.amount.value, f.change.amount.unit) for f in rates if f.change
            and f.change.amount] == [(12.5, "%"), (20.5, "%")]
    assert all("%" not in f.metric for f in doc.facts)


def test_holidays_before_the_calendar_data_are_the_golden_weeks() -> None:
    """国庆期间 of 2003 (before chinese-calendar's data): October 1st to 7th."""
    import datetime as dt

    from pressie.holidays import holiday_span

    assert holiday_span("national_day", 2003) == (dt.date(2003, 10, 1), dt.date(2003, 10, 7))
    assert holiday_span("mid_autumn_festival", 2003) is None  # (no day off before 2008)
    doc = pressie.extract("国庆期间,该支队连续破获偷渡案件3起,抓获涉案人员67名。",
                          published="2003-10-09")
    period = doc.facts[0].period
    assert period is not None
    assert (period.date_start, period.date_end) == (dt.date(2003, 10, 1), dt.date(2003, 10, 7))
