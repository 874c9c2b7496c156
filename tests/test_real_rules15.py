"""Rules of the fifteenth round on real pages (sentences written here, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie


def test_a_bracketed_source_tag_before_a_heading_range_keeps_the_range_the_paragraphs() -> None:
    """[某某新闻]3月5日20时至6日凌晨,…开展…统一行动 … 此次行动,全市共查处…: the outlet's tag
    before the range stands where a dateline stands, and the range still dates the action's
    figures told after it; without the range nothing dates them."""
    body = ("{lead}某市公安局在全市范围内组织开展集中清查统一行动,掀起打击高潮。\n"
            "经过民警连夜奋战,集中行动取得明显成效。据统计,此次行动,全市共查处治安案件43起。")
    for tag in ("[某某新闻]", "【某某日报】", ""):
        doc = pressie.extract(body.format(lead=tag + "3月5日20时至6日凌晨,"),
                              published="2015-03-10")
        assert period_of(by_value(doc)["43起"]) == (dt.date(2015, 3, 5), dt.date(2015, 3, 6))
    bare = pressie.extract(body.format(lead="[某某新闻]"), published="2015-03-10")
    assert by_value(bare)["43起"].period is None


def test_a_figure_told_again_with_fewer_words_is_one_fact() -> None:
    """公安110接报警情770余万起 … 接报警情770余万起: a restatement whose metric is written
    inside the first one's (same value, period and place) is one fact, also when one of them
    is an open 截至 ending a few days from the other's end; two rates of 100% stay two."""
    doc = pressie.extract(
        "2025年,全省公安110接报警情770余万起,同比下降3.2%。\n"
        "据介绍,2025年全省接报警情770余万起,其中刑事警情占比不足5%。",
        published="2026-01-10")
    told = [f for f in doc.facts if f.value is not None and f.value.text == "770余万起"]
    assert len(told) == 1 and told[0].metric.endswith("110接报警情")
    as_of = pressie.extract(
        "今年以来,全市共缴获各类毒品54.6公斤,抓获犯罪嫌疑人407人。\n"
        "截至11月8日,全市共缴获各类毒品54.6公斤。",
        published="2018-11-13")
    assert sum(f.value is not None and f.value.text == "54.6公斤" for f in as_of.facts) == 1
    rates = pressie.extract(
        "今年以来,全市命案现案破案率100%。涉枪、重大伤害等5类案件破案率100%。",
        published="2018-11-13")
    assert sum(f.value is not None and f.value.text == "100%" for f in rates.facts) == 2
