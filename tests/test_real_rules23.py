"""Rules of the twenty-third round on real pages (own sentences, not copied from pages)."""

from __future__ import annotations

import datetime as dt

from factview import by_value, period_of

import pressie


def test_a_lone_one_after_its_noun_counts_a_listed_item() -> None:
    """一 + classifier is the indefinite article (一名民警), but written after its noun and
    closing a listed item it counts that item (涉案船舶一艘、海砂300吨)."""
    text = ("行动中,民警共查获涉案船舶一艘、海砂300吨,缴获运毒汽车一辆及毒资2万元,"
            "抓获犯罪嫌疑人5名。")
    facts = by_value(pressie.extract(text, published="2021-04-10"))
    assert facts["一艘"].metric == "查获涉案船舶"
    assert facts["300吨"].metric == "查获海砂"
    assert facts["一辆"].metric == "缴获运毒汽车"


def test_a_lone_one_stays_an_article_or_a_slogans_word() -> None:
    """一名民警 before its noun, 发现一起、查处一起 (a slogan), 最多的一次 (a superlative),
    一批 (a batch) and 第一条 are no counts."""
    text = ("当天,一名民警在巡逻中发现线索。民警坚持发现一起、查处一起,收缴作案工具一批。"
            "这是全市销毁毒品数量最多的一次。安全第一条,全市共查处违法行为120起。")
    doc = pressie.extract(text, published="2021-04-10")
    assert [f.value.text for f in doc.facts if f.value is not None] == ["120起"]


def test_a_hosted_event_is_a_period_of_its_edition() -> None:
    """奥运期间 / 世博会期间: the event's own days in the text's year; a name held in several
    years (亚运会) takes that year's edition, none in a year without one."""
    text = "奥运期间,北京警方共破获盗窃案件930余起,抓获违法犯罪嫌疑人1000余名。"
    doc = pressie.extract(text, published="2008-08-29")
    assert period_of(by_value(doc)["930余起"]) == (dt.date(2008, 8, 8), dt.date(2008, 8, 24))
    text = "亚运会期间,全市公安机关共接报110警情2.1万起。"
    assert period_of(by_value(pressie.extract(text, published="2023-10-12"))["2.1万起"]) == (
        dt.date(2023, 9, 23), dt.date(2023, 10, 8))
    assert period_of(by_value(pressie.extract(text, published="2010-12-01"))["2.1万起"]) == (
        dt.date(2010, 11, 12), dt.date(2010, 11, 27))
    assert period_of(by_value(pressie.extract(text, published="2018-12-01"))["2.1万起"]) == (
        None, None)
