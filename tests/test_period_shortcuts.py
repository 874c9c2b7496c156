"""The periods module's shortcuts give what the plain pattern searches give: the scan walked
by anchor (skipping anchors whose characters a text lacks) and the bulletin-title test that
first looks for the characters every title holds."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from pressie.periods.analyze import _BULLETIN, bulletin_month
from pressie.periods.lexicon import load_lexicon
from pressie.periods.scan import _scan
from pressie.text import normalize

ROOT = Path(__file__).resolve().parents[1]

_VOCAB = list(
    "年月日号至到-—起止自从截以来期间中在开展行动去今前上本半季度第一二三四五六七八九十〇"
    "0123456789、和及与同比较近最过个连续目当初底末旬份的是,。;\n 全内“”十五时为长多历这些"
    "春节国庆端午专项周现连"
)


def _plain_scan(text: str) -> list[tuple[str, int, int]]:
    """Every pattern over the whole text in priority order, then leftmost, longest, first."""
    lex = load_lexicon()
    cands = sorted(
        (m.start(), -(m.end() - m.start()), prio, name, m.end())
        for prio, (name, rx) in enumerate(lex.patterns)
        for m in rx.finditer(text)
        if m.end() > m.start()
    )
    out, last_end = [], -1
    for start, _neg, _prio, name, end in cands:
        if start >= last_end:
            out.append((name, start, end))
            last_end = end
    return out


def test_scan_by_anchor_gives_the_plain_scan() -> None:
    """On the seed releases and on dense random period vocabulary (many texts lacking
    some anchors' characters), the grouped scan keeps exactly the plain scan's matches."""
    lex = load_lexicon()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [normalize(p.read_text(encoding="utf-8")) for p in seeds]
    rng = random.Random(5)
    texts += ["".join(rng.choice(_VOCAB) for _ in range(rng.randint(0, 80))) for _ in range(800)]
    for text in texts:
        got = [(r.name, r.start, r.end) for r in _scan(lex, text)]
        assert got == _plain_scan(text), text[:60]


def test_scan_groups_cover_every_pattern_once() -> None:
    """Every pattern sits in exactly one group, under its own anchor; a group read as plain
    characters has an anchor that is exactly the class of those characters."""
    lex = load_lexicon()
    seen = sorted(p for g in lex.scan_groups for p, *_ in g.patterns)
    assert seen == list(range(len(lex.patterns)))
    for g in lex.scan_groups:
        for prio, name, rx, width in g.patterns:
            assert lex.patterns[prio] == (name, rx)
            assert lex.anchors[prio] == (g.anchor, width)
        if g.chars is not None:
            assert all(g.anchor.fullmatch(c) for c in g.chars)
    assert any(g.chars is None for g in lex.scan_groups)  # the look-behind anchors


_HEAD = st.text(
    alphabet=list("3月份12年2024全市警情治安案件刑事通报简报快报分析报告,。\n 的"), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(head=_HEAD, tail=st.text(alphabet=list("月警情通报分析"), max_size=300))
def test_bulletin_month_gives_the_plain_search(head: str, tail: str) -> None:
    """With and without a reference date, the month is the one the plain search of the
    first 300 characters gives (the title's characters checked first change nothing)."""
    text = head + "x" * (290 - len(head)) + tail  # words cut at the 300th character too
    for ref in (None, date(2024, 5, 1)):
        m = _BULLETIN.search(text, 0, min(len(text), 300))
        got = bulletin_month(text, ref)
        if m is None:
            assert got is None
        else:
            assert got is not None and got.month == int(m.group("m"))
    assert bulletin_month(head, None) == (
        None if (m := _BULLETIN.search(head)) is None or not m.group("y")
        else date(int(m.group("y")), int(m.group("m")), 1)
    )


def test_bulletin_month_examples() -> None:
    """A title in the head gives its month; the nouns or kinds missing give none."""
    ref = date(2024, 5, 2)
    assert bulletin_month("通城县公安局3月反电信网络诈骗警情通报\n…", ref) == date(2024, 3, 1)
    assert bulletin_month("2024年10月份治安形势分析", None) == date(2024, 10, 1)
    assert bulletin_month("通城县公安局3月反电信网络诈骗情况通报", date(2024, 5, 2)) is None
    assert bulletin_month("通城县公安局3月警情", date(2024, 5, 2)) is None
    assert bulletin_month("x" * 300 + "3月警情通报", date(2024, 5, 2)) is None


_YEARISH = st.text(
    alphabet=list("1920345678年以来即将过去结束是之的工作计划任务新闻发布会月至-—－.,。 上半季"
                  "度第初中国春节专项行动昆仑“”」·、"),
    max_size=60,
)


@settings(max_examples=400, deadline=None)
@given(text=_YEARISH)
def test_year_patterns_tried_at_year_starts_give_finditer(text: str) -> None:
    """Each year pattern tried only where a year starts gives exactly its ``finditer``
    matches (runs of digits, years next to years, matches that swallow a later year)."""
    from pressie.periods import analyze as an

    starts = an._year_starts(text)
    for rx in (an._PLAN_YEAR, an._BRIEFING_YEAR, an._THEME_YEAR, an._YEAR_ENDING,
               an._BARE_YEAR, an._SINCE_YEAR, an._YEAR_MONTHS):
        got = [m.span() for m in an._matches_at(rx, text, starts)]
        assert got == [m.span() for m in rx.finditer(text)], (rx.pattern, text)
    got = [m.span() for m in an._matches_at(an._TEXT_YEARS, text,
                                            an._text_year_starts(text, starts))]
    assert got == [m.span() for m in an._TEXT_YEARS.finditer(text)], text


def test_text_years_examples() -> None:
    """The text-year pattern's matches at a dash after a Han character, at a year after a
    quote or a Han character and at a dotted date are found as by ``finditer``."""
    from pressie.periods import analyze as an

    text = "“云剑-2020”专项行动,昆仑2021行动,“云剑”2020、2015.11.12专案,2017年5月"
    got = [m.group() for m in an._matches_at(an._TEXT_YEARS, text,
                                             an._text_year_starts(text, an._year_starts(text)))]
    assert got == [m.group() for m in an._TEXT_YEARS.finditer(text)]
    assert got == ["-2020", "2021", "2020", "2015.", "2017年"]


def test_year_starts_examples() -> None:
    """A year after a digit is no start; years side by side and at the text's start are."""
    from pressie.periods.analyze import _year_starts

    assert _year_starts("2020年至2021年") == [0, 6]
    assert _year_starts("120201年") == []
    assert _year_starts("2020,2049,2050,1979,1980") == [0, 5, 20]


def test_year_pattern_match_swallowing_a_later_year() -> None:
    """A year inside an earlier match (2016年是2017年…) starts no match of its own, as in
    ``finditer``."""
    from pressie.periods import analyze as an

    text = "2016年是2017年是之年"
    got = [m.span() for m in an._matches_at(an._THEME_YEAR, text, an._year_starts(text))]
    assert got == [m.span() for m in an._THEME_YEAR.finditer(text)] == [(0, 11)]
