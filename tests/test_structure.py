"""pressie_structure: header and event dates, title, Q&A sections, boilerplate, repeated copies."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pressie.structure import (
    StructureAnnotator,
    analyze_structure,
    find_dates,
    governing_headings,
    heading_before,
    in_skip,
    resolve_month_day,
    section_at,
    sections_of_kind,
)
from pressie.text import normalize

ROOT = Path(__file__).resolve().parents[1]

LEAD = (
    "3月2日上午,市公安局召开新闻发布会,通报今年以来全市公安机关打击电信网络诈骗犯罪工作情况。"
    "市公安局副局长陈立新出席发布会并回答记者提问。"
)
BODY = "今年1至2月,全市共破获电信网络诈骗案件1260起,抓获犯罪嫌疑人980名,同比分别上升21.4%、16.2%。"


def analyze(text: str, published: date | None = None):  # type: ignore[no-untyped-def]
    """Run the pure function on the pipeline's working copy of ``text``."""
    return analyze_structure(normalize(text), published)


def covered(result, needle: str, text: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the first occurrence of ``needle`` lies in a skip range."""
    pos = normalize(text).find(needle)
    assert pos >= 0, needle
    return in_skip(result.skip, pos, pos + len(needle))


def kinds(result) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(s.kind, s.speaker, s.text) for s in result.sections]


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("来源：青州市公安局　|　发布日期：2022-07-05 09:12　|　作者：宣传处", date(2022, 7, 5)),
        ("时间:2019-03-02 来源: 作者:", date(2019, 3, 2)),
        ("2022-11-03 10:15 來源: 國務院新聞辦公室網站", date(2022, 11, 3)),
        ("发布时间：2022年3月1日", date(2022, 3, 1)),
        ("2021年05月31日 10:20", date(2021, 5, 31)),
        ("来源：漳州市公安局 日期：2023/02/14", date(2023, 2, 14)),
        ("来源:编辑:时间: 2020-09-09", date(2020, 9, 9)),
        ("发布时间：2022.06.24　浏览次数：1382", date(2022, 6, 24)),
        ("【发布单位：市公安局】【发布时间：2020年12月1日】", date(2020, 12, 1)),
    ],
)
def test_header_styles_give_published(header: str, expected: date) -> None:
    text = f"漳州市公安局召开打击电信网络诈骗犯罪新闻发布会\n\n{header}\n\n{LEAD}\n\n{BODY}\n"
    res = analyze(text)
    assert res.published == expected
    assert covered(res, normalize(header).strip(), text)  # the header never yields facts
    assert not covered(res, BODY, text)


def test_signature_date_in_chinese_numerals_gives_published() -> None:
    text = (
        "关于元旦期间全市道路交通安全情况的通报\n\n"
        "元旦假期,全市共查处酒驾违法行为312起,同比下降8.5%,未发生一次死亡3人以上事故。\n\n"
        "某某市公安局交通警察支队\n二〇二一年一月八日\n"
    )
    res = analyze(text)
    assert res.published == date(2021, 1, 8)
    assert res.reference_date == date(2021, 1, 8)
    assert covered(res, "二〇二一年一月八日", text)


def test_body_dates_are_not_the_publication_date() -> None:
    text = (
        "自治区公安厅召开新闻发布会\n\n"
        "2020年7月28日,自治区公安厅召开表彰大会,对在比武中取得优异成绩的集体和个人予以表彰。\n"
    )
    assert analyze(text).published is None


def test_caller_published_wins_over_header() -> None:
    text = f"市公安局召开新闻发布会\n\n发布日期:2021-10-13\n\n{LEAD}\n"
    res = analyze(text, published=date(2021, 3, 9))
    assert res.published == date(2021, 3, 9)
    assert res.event_date == date(2021, 3, 2)


@pytest.mark.parametrize(
    ("lead", "published", "expected"),
    [
        ("国新办9月17日在京举行新闻发布会,介绍有关情况。", date(2021, 10, 13), date(2021, 9, 17)),
        ("1月8日,自治区公安厅召开新闻发布会,通报全年工作。", date(2021, 1, 8), date(2021, 1, 8)),
        ("12月30日,市公安局召开年终新闻通气会。", date(2021, 1, 2), date(2020, 12, 30)),
        (
            "5月14日下午,省政法委在省政府新闻办召开全省政法机关新闻发布会。",
            date(2021, 5, 31),
            date(2021, 5, 14),
        ),
        ("市公安局新闻发布会于3月5日在指挥中心举行。", date(2022, 3, 20), date(2022, 3, 5)),
        ("2022年6月24日上午,自治区禁毒办召开新闻发布会。", None, date(2022, 6, 24)),
        ("十一月二十日,省公安厅举行新闻发布会。", date(2020, 12, 1), date(2020, 11, 20)),
    ],
)
def test_event_date(lead: str, published: date | None, expected: date) -> None:
    res = analyze(f"某某公安新闻发布会实录\n\n{lead}\n\n{BODY}\n", published)
    assert res.event_date == expected
    assert res.reference_date == expected


def test_no_conference_means_reference_is_published() -> None:
    text = "全省公安机关开展夏季治安打击整治行动\n\n7月20日以来,全省共破获刑事案件3200起。\n"
    res = analyze(text, date(2021, 8, 18))
    assert res.event_date is None
    assert res.reference_date == date(2021, 8, 18)


def test_month_day_without_any_year_stays_unresolved() -> None:
    res = analyze(f"某市公安局新闻发布会\n\n{LEAD}\n")
    assert res.published is None
    assert res.event_date is None
    assert res.reference_date is None


def test_resolve_month_day() -> None:
    assert resolve_month_day(1, 8, date(2021, 1, 8)) == date(2021, 1, 8)
    assert resolve_month_day(12, 30, date(2021, 1, 2)) == date(2020, 12, 30)
    assert resolve_month_day(2, 29, date(2021, 3, 1)) == date(2020, 2, 29)
    assert resolve_month_day(2, 30, date(2021, 3, 1)) is None


def test_find_dates() -> None:
    found = [d for _, _, d in find_dates("二〇二〇年十二月二十九日 与 2021/1/8 和 2019.03.31")]
    assert found == [date(2020, 12, 29), date(2021, 1, 8), date(2019, 3, 31)]
    assert find_dates("2021-13-45") == []
    assert find_dates("2021年10-13") == []  # separators must agree
    assert find_dates("电话 0771-2021-1234") == []


# --------------------------------------------------------------------------- title


def test_title_skips_navigation() -> None:
    text = (
        "EN\nhttps://www.gov.cn/\n公安\n您当前的位置:首页 > 政务公开 > 新闻发布\n\n"
        "省公安厅通报上半年全省社会治安形势\n\n发布时间:2022-07-20\n\n"
        f"{LEAD}\n"
    )
    res = analyze(text)
    assert res.title == "省公安厅通报上半年全省社会治安形势"
    assert res.sections[0].kind == "boilerplate"
    for nav in ("EN", "https://www.gov.cn/", "首页 > 政务公开"):
        assert covered(res, nav, text), nav
    title = next(s for s in res.sections if s.text == res.title)
    assert title.kind == "heading"


def test_no_title_when_text_starts_with_body() -> None:
    res = analyze(f"{LEAD}\n{BODY}\n")
    assert res.title is None
    assert [s.kind for s in res.sections] == ["body", "body"]
    assert res.skip == []


# --------------------------------------------------------------------------- Q&A

TRANSCRIPT = """成都市公安局举行新闻发布会

10月19日下午,成都市人民政府新闻办公室举行新闻发布会。成都市公安局副局长周卫东、刑侦支队支队长欧阳明出席并回答记者提问。

记者（成都日报）：今年以来成都打击电信网络诈骗有哪些新举措？

周卫东：今年1至9月,全市电信网络诈骗立案数同比下降31.8%。

一是强化预警劝阻。全市累计劝阻潜在受害群众62万人次。

在这里也提醒广大市民,接到96110来电请务必接听。

问题二:刑侦部门今年侦破了哪些案件?

欧阳明:

今年以来,刑侦支队牵头侦破“3·08”系列入室盗窃案,抓获犯罪嫌疑人11名。

问:下一步有什么打算?

答:全市公安机关将继续深化打击整治。

主持人:今天的发布会到此结束,谢谢大家。

地址:成都市武侯区少陵路1号
"""


def test_question_answer_speaker_sections() -> None:
    res = analyze(TRANSCRIPT, date(2022, 10, 20))
    got = [(k, sp, t[:8]) for k, sp, t in kinds(res)]
    assert got == [
        ("heading", None, "成都市公安局举行"),
        ("body", None, "10月19日下午"),
        ("question", "记者(成都日报)", "记者(成都日报)"),
        ("answer", "周卫东", "周卫东:今年1至"),
        ("heading", "周卫东", "一是强化预警劝阻"),
        ("answer", "周卫东", "全市累计劝阻潜在"),
        ("answer", "周卫东", "在这里也提醒广大"),
        ("question", None, "问题二:刑侦部门"),
        ("speaker", "欧阳明", "欧阳明:"),
        ("answer", "欧阳明", "今年以来,刑侦支"),
        ("question", None, "问:下一步有什么"),
        ("answer", None, "答:全市公安机关"),
        ("body", "主持人", "主持人:今天的发"),
        ("boilerplate", None, "地址:成都市武侯"),
    ]
    assert res.event_date == date(2022, 10, 19)


def test_unlabelled_answers_and_marker_lines() -> None:
    text = (
        "市公安局答记者问\n\n"
        "问:\n\n今年以来全市治安形势如何?\n\n"
        "今年1至6月,全市刑事警情同比下降12.4%。\n\n"
        "其中,两抢警情同比下降22.5%。\n\n"
        "问:交管部门做了哪些工作?\n\n"
        "答:\n\n全市新增智能信号控制路口320处。\n"
    )
    got = [(k, t[:6]) for k, _, t in kinds(analyze(text))]
    assert got == [
        ("heading", "市公安局答记"),
        ("question", "问:"),
        ("question", "今年以来全市"),
        ("answer", "今年1至6月"),
        ("answer", "其中,两抢警"),
        ("question", "问:交管部门"),
        ("answer", "答:"),
        ("answer", "全市新增智能"),
    ]


def test_label_that_is_no_name_is_body() -> None:
    text = (
        "全市公安机关推进“我为群众办实事”\n\n"
        "目前:全市已建成智慧平安小区2860个,覆盖常住人口约940万人。\n\n"
        "时间紧任务重:各单位要在9月底前完成排查。\n"
    )
    res = analyze(text)
    assert [s.kind for s in res.sections] == ["heading", "body", "body"]
    assert all(s.speaker is None for s in res.sections)


def test_byline_and_reported_answers() -> None:
    text = (
        "持续推进新时代禁毒人民战争\n\n"
        "省禁毒办副主任、公安厅禁毒总队政委 何建平\n\n"
        "2020年,全省禁毒部门共破获毒品刑事案件1320起,同比上升6.1%。\n\n"
        "一、主要做法及工作成效\n\n"
        "(一)全覆盖毒品预防教育。全年开展宣传活动1.2万场。\n\n"
        "何建平在回答记者关于禁毒示范城市创建的提问时介绍,全省已有3个城市通过验收。\n"
    )
    res = analyze(text)
    got = [(k, sp, t[:6]) for k, sp, t in kinds(res)]
    assert got == [
        ("heading", None, "持续推进新时"),
        ("speaker", "何建平", "省禁毒办副主"),
        ("body", "何建平", "2020年,"),
        ("heading", "何建平", "一、主要做法"),
        ("heading", "何建平", "(一)全覆盖"),
        ("body", "何建平", "全年开展宣传"),
        ("answer", "何建平", "何建平在回答"),
    ]


# --------------------------------------------------------------------------- boilerplate

FOOTER_PAGE = """首页 > 警务公开 > 正文

字号：大 中 小 | 打印 | 关闭

市公安局通报一季度全市治安形势

发布日期：2022-04-12　来源：市公安局　浏览次数：1024

一季度,全市刑事警情同比下降12.4%,治安警情同比下降8.9%,110共接报群众求助9.8万起。

信息来源: 市公安局新闻中心

[责任编辑:王晓燕]

版权声明

一、凡注明来源为“平安某市”的所有作品,版权均属本网所有,未经授权不得转载。

二、本网转载稿件旨在传递更多信息,不代表本网赞同其观点。

联系方式：电话：0571-87280000 | E-mail:news@example.cn

Copyright 2019-2022 某市公安局 版权所有

浙ICP备05012345号　浙公网安备 33010202000123号

地址：某市某区解放路100号　邮编：310000

网站标识码：3301000001　联系电话：0571-87281234
"""


def test_boilerplate_is_skipped_and_body_is_not() -> None:
    res = analyze(FOOTER_PAGE)
    assert res.title == "市公安局通报一季度全市治安形势"
    assert res.published == date(2022, 4, 12)
    body = "一季度,全市刑事警情同比下降12.4%"
    assert not covered(res, body, FOOTER_PAGE)
    for junk in (
        "字号",
        "浏览次数",
        "信息来源",
        "责任编辑",
        "版权声明",
        "凡注明来源",
        "本网转载稿件",
        "0571-87280000",
        "Copyright",
        "浙ICP备",
        "解放路100号",
        "网站标识码",
    ):
        assert covered(res, junk, FOOTER_PAGE), junk
    assert [s.kind for s in res.sections].count("body") == 1


def test_footer_mode_ends_at_real_content() -> None:
    text = (
        "市公安局召开新闻发布会\n\n版权声明\n\n"
        "全年共破获刑事案件14.8万起,抓获犯罪嫌疑人17.3万名,同比分别上升6.2%、8.5%。"
        "其中,破获命案积案186起,抓获命案在逃人员203名。\n"
    )
    res = analyze(text)
    assert not covered(res, "全年共破获刑事案件", text)
    assert covered(res, "版权声明", text)


def test_chrome_words_inside_content_are_not_boilerplate() -> None:
    text = (
        "市公安局通报打击假证犯罪情况\n\n"
        "严打非法打印证件\n\n"
        "网安部门为侦破案件提供技术支持,全年协助破获伪造证件案件56起。主办民警获嘉奖。\n\n"
        "36239\n\n"
        "查处的窝点中,有的自称“版权所有”,实为盗版印刷作坊。\n"
    )
    res = analyze(text)
    assert res.skip == []
    assert [s.kind for s in res.sections] == ["heading", "heading", "body", "body", "body"]


# --------------------------------------------------------------------------- repeated copy

ARTICLE = """市公安局新闻发布会答记者问

问:今年以来打击电信网络诈骗成效如何?

答:今年以来,全市共破获电信网络诈骗案件2460起,抓获犯罪嫌疑人3900名,同比分别上升34.4%、12.1%。

问:下一步有哪些措施?

答:全市公安机关将深入推进“断卡”行动,全面强化预警劝阻,力争全年发案数继续下降。
"""


def test_second_printed_copy_is_skipped() -> None:
    text = (
        "市公安局新闻发布会答记者问\n\n发布日期:2021-10-13 05:05\n\n"
        + ARTICLE.split("\n", 1)[1]
        + "\n政策解读\n\n"
        + ARTICLE.replace("\n\n", "\n\n发布日期:2021-10-13 来源:市公安局\n\n", 1)
        + "\n网站管理:某市公安局 地址:某市学院路6号\n"
    )
    res = analyze(text)
    norm = normalize(text)
    fact = "全市共破获电信网络诈骗案件2460起"
    first = norm.find(fact)
    second = norm.find(fact, first + 1)
    assert second > first >= 0
    assert not in_skip(res.skip, first, first + len(fact))
    assert in_skip(res.skip, second, second + len(fact))
    assert len([s for s in res.sections if s.kind == "answer"]) == 2
    assert res.published == date(2021, 10, 13)


def test_repeated_short_lines_are_not_a_copy() -> None:
    text = (
        "全省公安机关工作情况\n\n一、主要做法\n\n"
        "全年共破获刑事案件14.8万起,同比上升6.2%。\n\n一、主要做法\n\n"
        "全年共查处治安案件9.1万起,同比下降3.5%。\n"
    )
    res = analyze(text)
    assert res.skip == []


# --------------------------------------------------------------------------- seeds


def _gold(path: Path) -> dict[str, dict]:
    return {
        d["source"]: d
        for d in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
        if d
    }


SEED_GOLD = _gold(ROOT / "benchmarks" / "data" / "seeds.jsonl")
OWN_GOLD = _gold(ROOT / "tests" / "data" / "own_gold.jsonl")


@pytest.mark.parametrize("source", sorted(SEED_GOLD))
def test_seed_dates_from_the_text(source: str) -> None:
    gold = SEED_GOLD[source]
    text = (ROOT / "seeds" / source).read_text(encoding="utf-8")
    res = analyze(text)
    if res.published is None:
        # No date anywhere in the header: the caller supplies it (as the benchmark does).
        res = analyze(text, date.fromisoformat(gold["published"]))
    assert res.published == date.fromisoformat(gold["published"])
    assert res.reference_date == date.fromisoformat(gold["reference_date"])
    assert res.title


@pytest.mark.parametrize("source", sorted(OWN_GOLD))
def test_own_doc_dates(source: str) -> None:
    gold = OWN_GOLD[source]
    text = (ROOT / "tests" / "data" / "docs" / source).read_text(encoding="utf-8")
    res = analyze(text)
    assert res.published == date.fromisoformat(gold["published"])
    assert res.reference_date == date.fromisoformat(gold["reference_date"])
    expected_event = gold.get("event_date")
    assert res.event_date == (date.fromisoformat(expected_event) if expected_event else None)


def test_seed_000_second_copy_and_footer(seed_texts: dict[str, str]) -> None:
    text = seed_texts["000_19e3e6d42f25ddc4.txt"]
    res = analyze(text)
    norm = normalize(text)
    questions = [s for s in res.sections if s.kind == "question"]
    assert len(questions) == 10  # the first copy's questions, each once
    cut = norm.find("政策解读")
    assert all(q.end < cut for q in questions)
    assert in_skip(res.skip, cut + 10, norm.find("网站管理"))
    for q in questions:  # every question of the first copy is also printed again, skipped
        again = norm.find(q.text, q.end)
        assert again > cut and in_skip(res.skip, again, again + len(q.text))
    assert in_skip(res.skip, norm.find("桂ICP备"), norm.find("桂ICP备") + 5)


def test_seed_001_transcript_speakers(seed_texts: dict[str, str]) -> None:
    res = analyze(seed_texts["001_c618f2dbbfec88f1.txt"], date(2021, 1, 8))
    assert res.event_date == date(2021, 1, 8)
    speakers = {s.speaker for s in res.sections if s.kind == "answer"}
    assert speakers == {"张志华", "徐欣", "王铁峰"}
    askers = [s.speaker for s in res.sections if s.kind == "question"]
    assert all(a and a.endswith("记者") for a in askers) and len(askers) == 4
    bylines = [s.speaker for s in res.sections if s.kind == "speaker"]
    assert bylines == ["张志华", "赵景华"]
    # the copyright block at the end never yields facts
    norm = normalize(seed_texts["001_c618f2dbbfec88f1.txt"])
    pos = norm.find("版权声明")
    assert in_skip(res.skip, pos, len(norm.rstrip()))


# --------------------------------------------------------------------------- spaCy side


def _doc(text: str) -> Doc:
    """A Doc with one token per character, built without any tokenizer."""
    return Doc(Vocab(), words=list(text), spaces=[False] * len(text))


@pytest.fixture(scope="module")
def annotated() -> Doc:
    extra = "\n一、刑事犯罪打击成效显著。全年共破获刑事案件14.8万起。\n"
    doc = _doc(normalize(FOOTER_PAGE + extra))
    doc._.pressie_published = None
    return StructureAnnotator()(doc)


def test_component_fills_doc(annotated: Doc) -> None:
    x = annotated._
    assert x.pressie_title == "市公安局通报一季度全市治安形势"
    assert x.pressie_published == "2022-04-12"  # plain data: ISO dates, dict sections
    assert x.pressie_reference_date == "2022-04-12"
    spans = annotated.spans["pressie_sections"]
    assert [s.label_ for s in spans] == [s["kind"] for s in x.pressie_sections]
    assert all(s.text == annotated.text[s.start_char : s.end_char] for s in spans)


def test_component_keeps_caller_published() -> None:
    doc = _doc(normalize("市公安局新闻发布会\n\n发布日期:2021-10-13\n\n" + LEAD))
    doc._.pressie_published = date(2021, 3, 9)
    StructureAnnotator()(doc)
    assert doc._.pressie_published == "2021-03-09"
    assert doc._.pressie_reference_date == "2021-03-02"


def test_helpers(annotated: Doc) -> None:
    text = annotated.text
    assert [s.text for s in sections_of_kind(annotated, "heading")] == [
        "市公安局通报一季度全市治安形势",
        "一、刑事犯罪打击成效显著。",
    ]
    pos = text.find("全年共破获刑事案件14.8万起")
    assert section_at(annotated, pos).kind == "body"  # type: ignore[union-attr]
    assert heading_before(annotated, pos).text == "一、刑事犯罪打击成效显著。"  # type: ignore[union-attr]
    assert [h.text for h in governing_headings(annotated, pos)] == [
        "市公安局通报一季度全市治安形势",
        "一、刑事犯罪打击成效显著。",
    ]
    assert not in_skip(annotated, pos, pos + 5)
    icp = text.find("浙ICP备")
    assert in_skip(annotated, icp, icp + 3)
    assert in_skip(annotated, icp - 3, icp + 1)  # overlapping counts


def test_governing_headings_levels() -> None:
    text = normalize(
        "市公安局工作情况\n\n一、打击犯罪\n\n(一)打击电诈。全年破获电诈案件2460起。\n\n"
        "(二)打击盗窃。全年破获盗窃案件6100起。\n\n二、服务群众\n\n全年办理户籍业务38万件。\n"
    )
    doc = StructureAnnotator()(_doc(text))
    theft = text.find("全年破获盗窃案件")
    assert [h.text for h in governing_headings(doc, theft)] == [
        "市公安局工作情况",
        "一、打击犯罪",
        "(二)打击盗窃。",
    ]
    service = text.find("全年办理户籍业务")
    expected = ["市公安局工作情况", "二、服务群众"]
    assert [h.text for h in governing_headings(doc, service)] == expected


def test_to_disk_round_trip(tmp_path: Path) -> None:
    comp = StructureAnnotator()
    comp.to_disk(tmp_path)
    data = json.loads((tmp_path / "structure.json").read_text(encoding="utf-8"))
    data["event_nouns"] = ["表彰大会"]
    data["event_verbs_after_noun"] = ["落幕"]
    (tmp_path / "structure.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    other = StructureAnnotator().from_disk(tmp_path)
    doc = other(_doc(normalize("表彰情况\n\n6月3日,市公安局表彰大会落幕。\n")))
    assert doc._.pressie_event_date is None  # no published date to anchor it
    doc = _doc(normalize("表彰情况\n\n发布日期:2022-06-05\n\n6月3日,市公安局表彰大会落幕。\n"))
    assert other(doc)._.pressie_event_date == "2022-06-03"
    assert StructureAnnotator()(doc)._.pressie_event_date is None


# --------------------------------------------------------------------------- robustness

ALPHABET = list(
    "问答记者:：,。!?“”\n 一二、()王海防处长发布日期时间来源"
    "2021-0年月日召开新闻发布会版权ICP备>首页"
)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=300))
def test_sections_are_consistent(text: str) -> None:
    res = analyze_structure(text)
    prev_end = 0
    for s in res.sections:
        assert prev_end <= s.start < s.end <= len(text)
        assert s.text == text[s.start : s.end] and s.text.strip() == s.text
        prev_end = s.end
    for (s1, e1), (s2, _e2) in zip(res.skip, res.skip[1:]):
        assert s1 < e1 < s2


@pytest.mark.parametrize(
    "text",
    [
        "1月1日" * 5000,
        "“" * 20000,
        ("王海防:" * 3000) + "\n",
        ("问:" + "a" * 50 + "\n") * 2000,
        "首页 > " * 5000,
        ("2021-10-13 来源:" * 800) + "\n",
        "",
        "\n\n\n",
    ],
)
def test_adversarial_input_does_not_crash(text: str) -> None:
    res = analyze_structure(text)
    assert all(0 <= s.start < s.end <= len(text) for s in res.sections)


# --------------------------------------------------------------------------- real pipeline


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    import pressie

    try:
        return pressie.load(("pressie_sentences", "pressie_structure"))
    except FileNotFoundError:
        pytest.skip("segmentation model not built yet")


def test_pipeline_on_traditional_seed(nlp, seed_texts: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    from pressie.pipeline import to_document

    original = seed_texts["003_41108e8487400670.txt"]
    doc = nlp(normalize(original))
    out = to_document(doc, original)
    assert out.title == "公安部新聞發佈會通報公安機關全力投入抗洪搶險和疫情防控有關情況"
    assert out.published == date(2021, 8, 18)
    assert out.reference_date == date(2021, 8, 18)
    answers = [s for s in out.sections if s.kind == "answer"]
    assert answers and all(s.speaker == "李国忠" for s in answers)
    assert all(s.text == original[s.start : s.end] for s in out.sections)
    # sentences never straddle a section boundary
    bounds = {s.start for s in out.sections}
    for sent in doc.sents:
        inner = [b for b in bounds if sent.start_char < b < sent.end_char]
        assert not inner, sent.text


def test_pipeline_keeps_caller_published(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(normalize("市公安局新闻发布会\n\n发布日期:2021-10-13\n\n" + LEAD))
    doc._.pressie_published = date(2021, 3, 9)
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    assert doc._.pressie_published == "2021-03-09"
    assert doc._.pressie_event_date == "2021-03-02"


def test_a_flattened_page_keeps_its_statistics_and_related_links_give_none() -> None:
    import pressie

    flat = (
        "首页 > 新闻中心 > 警务动态 今年以来,全市破获电诈案件300起,抓获嫌疑人200名,"
        "冻结涉案资金1200万元,为群众挽回损失800万元。联系方式 版权所有"
    )
    got = {f.value.text for f in pressie.extract(flat, published="2021-05-10").facts if f.value}
    assert {"300起", "200名", "1200万元", "800万元"} <= got
    page = (
        "某市公安局通报\n今年以来,全市破获电诈案件300起。\n相关新闻\n"
        "全市抓获嫌疑人200名\n全省破获案件500起 2021-05-01\n"
    )
    got = [f.value.text for f in pressie.extract(page, published="2021-05-10").facts if f.value]
    assert got == ["300起"]
