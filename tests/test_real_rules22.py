"""Rules of the twenty-second round on real pages (own sentences, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, change_of, period_of

import pressie


def test_measures_by_subject_in_the_next_sentence_are_the_levels_changes() -> None:
    """A sentence of levels, then a sentence opening with its comparison that measures each
    level by its subject (火灾起数, 伤人数, 直接财产损失): each change is its level's, and no
    change-only fact is left for them."""
    text = ("国庆期间,全市共发生火灾52起,受伤3人,直接财产损失12.6万元。同比去年,火灾起数下降了"
            "21.5%,伤人数上升了50%,直接财产损失下降了8.2%。")
    doc = pressie.extract(text, published="2019-10-08")
    facts = by_value(doc)
    assert change_of(facts["52起"]) == ("down", "21.5%")
    assert change_of(facts["3人"]) == ("up", "50%")
    assert change_of(facts["12.6万元"]) == ("down", "8.2%")
    assert [f for f in doc.facts if f.value is None] == []
    # (a 分别-list of named measures keeps its nouns: change-only facts, spec section 4)
    text = ("假期期间,全省共接报道路交通事故312起,造成41人死亡。与去年同期相比,"
            "事故起数、死亡人数分别下降11.2%、9.8%。")
    doc = pressie.extract(text, published="2018-05-02")
    assert by_value(doc)["312起"].change is None
    assert sorted(change_of(f) for f in doc.facts if f.value is None) == [
        ("down", "11.2%"), ("down", "9.8%")]


def test_the_figures_just_told_as_the_subject_of_their_changes() -> None:
    """这组数据,与去年同期相比,分别下降…: 这组数据 is the levels just told, no metric of its
    own; a subject of its own (全市破案数) keeps its change apart."""
    text = ("今年以来,全市共发生火灾860起,造成12人死亡,直接财产损失1530.4万元。这组数据,"
            "与去年同期相比,分别下降3.1%、25%和6.4%。")
    doc = pressie.extract(text, published="2016-11-20")
    facts = by_value(doc)
    assert change_of(facts["860起"]) == ("down", "3.1%")
    assert change_of(facts["12人"]) == ("down", "25%")
    assert change_of(facts["1530.4万元"]) == ("down", "6.4%")
    assert "这组数据" not in {f.metric for f in doc.facts}


def test_another_years_same_part_dates_an_undated_text() -> None:
    """今年上半年…与2012年同期相比: the text is of 2013 (2019's same part, the year before
    the pandemic, is compared with for years after it and dates nothing)."""
    text = "今年上半年,全省高速公路共发生交通事故311起,与2012年同期相比增加43起。"
    fact = by_value(pressie.extract(text))["311起"]
    assert period_of(fact) == (dt.date(2013, 1, 1), dt.date(2013, 6, 30))
    text = "今年上半年,全省高速公路共发生交通事故311起,与2019年同期相比增加43起。"
    assert period_of(by_value(pressie.extract(text))["311起"]) == (None, None)
