"""pressie_sentences: sentence ranges on press text and Token.is_sent_start."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pressie.sentences import MAX_QUOTE, SentenceSplitter, split_sentences
from pressie.text import normalize


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_enders_and_line_breaks() -> None:
    text = normalize(
        "一年来,全区共破获刑事案件36239起。同比上升12.1%!\n问：今年有哪些措施？\n\n  答：继续严打。"
    )
    assert sents(text) == [
        "一年来,全区共破获刑事案件36239起。",
        "同比上升12.1%!",
        "问:今年有哪些措施?",
        "答:继续严打。",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "他强调:“要坚决打赢禁毒人民战争。”全年共破获毒品案件1320起。"
    assert sents(text) == ["他强调:“要坚决打赢禁毒人民战争。”", "全年共破获毒品案件1320起。"]


def test_no_break_inside_a_quote_that_goes_on() -> None:
    text = (
        "厅长作出批示:“好!应予表彰,并迅速投入打击工作”,对此项工作给予高度肯定。"
        "全年抓获犯罪嫌疑人4381人。"
    )
    assert sents(text) == [
        "厅长作出批示:“好!应予表彰,并迅速投入打击工作”,对此项工作给予高度肯定。",
        "全年抓获犯罪嫌疑人4381人。",
    ]


def test_unclosed_quote_does_not_swallow_the_text() -> None:
    text = "他说:“" + "全年破获案件100起。" * 30
    parts = sents(text)
    assert len(parts) > 1
    assert len(parts[0]) <= MAX_QUOTE + 20


def test_runs_of_enders_and_ellipsis() -> None:
    assert sents("真的下降了吗?!是的……下降了12%。") == ["真的下降了吗?!", "是的……下降了12%。"]


def test_decimal_points_do_not_end_sentences() -> None:
    assert sents("同比下降14.2%,环比下降3.5%。") == ["同比下降14.2%,环比下降3.5%。"]


def test_citation_marks_and_bullets_end_sentences() -> None:
    """An AI summary flattened to one line (…增长33% [1] - 单日最高…): its citation marks
    and bullets close the sentence before them; a dash between numbers (2017 - 2018年) or
    inside a word, and a bracket without a blank before it, close nothing."""
    text = ("客流数据 - 共保障4.8万人次,增长33% [1] - 单日最高达6.2万人次 [2] "
            "各口岸分布 - 机场超4万人次")
    assert sents(text) == [
        "客流数据 -", "共保障4.8万人次,增长33% [1] -", "单日最高达6.2万人次 [2]",
        "各口岸分布 -", "机场超4万人次",
    ]
    plain = "2017 - 2018年,全市共破获案件12起[1]。"
    assert sents(plain) == [plain]


def test_whitespace_is_outside_sentences() -> None:
    assert split_sentences("  \n\n  ") == []
    assert split_sentences("  甲。  乙\n") == [(2, 4), (6, 7)]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=list("甲乙丙。!?“”」「\n ,0.1[]-"), max_size=200))
def test_ranges_cover_all_text_in_order(text: str) -> None:
    ranges = split_sentences(text)
    pos = 0
    for s, e in ranges:
        assert pos <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert text[pos:s].strip() == ""
        pos = e
    assert text[pos:].strip() == ""


def _doc(words: list[str]) -> Doc:
    return Doc(Vocab(), words=words, spaces=[False] * len(words))


def test_component_marks_tokens() -> None:
    doc = _doc(["全区", "破获", "案件", "36239", "起", "。", "”", "\n\n", "问", ":", "如何", "?"])
    SentenceSplitter()(doc)
    assert [t.is_sent_start for t in doc] == [
        True, False, False, False, False, False, False, False, True, False, False, False,
    ]  # fmt: skip
    assert [s.text for s in doc.sents] == ["全区破获案件36239起。”\n\n", "问:如何?"]


def test_component_boundary_inside_a_token_moves_to_its_start() -> None:
    doc = _doc(["同比", "下降", "。今年", "上升", "。"])
    SentenceSplitter()(doc)
    assert [t.is_sent_start for t in doc] == [True, False, True, False, False]


@pytest.mark.parametrize("words", [["\n"], [" ", "甲"], ["。", "。", "。"]])
def test_component_odd_docs(words: list[str]) -> None:
    doc = SentenceSplitter()(_doc(words))
    assert doc[0].is_sent_start
    assert len(list(doc.sents)) >= 1
