"""Property tests for the quantity layer: generated figures in generated genre context."""

from __future__ import annotations

from decimal import Decimal

import cn2an
import opencc
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressie.numbers import find_quantities

_FULL = {ord(c): ord(c) + 0xFEE0 for c in "0123456789.%"}
_S2T = opencc.OpenCC("s2t")

# Context as the genre writes it around a figure; none ends or starts with a character
# that the recognizer reads as part of a figure (qualifier, numeral, 第 ...).
PREFIXES = [
    "全区公安机关共破获各类刑事案件",
    "抓获犯罪嫌疑人",
    "今年以来,全省共查处",
    "其中,帮助寻找遗失物品类警情",
    "为人民群众退还金额",
    "累计部署警力",
    "缴获毒品",
    "一年来,各地公安机关处置",
    "截至目前,全市已发放",
]
SUFFIXES = [",同比上升", "。", ",有力维护了社会稳定。", ";全省", ",较去年同期", "\n"]
FILLER = st.text(
    alphabet="公安机关部署开展专项行动严厉打击违法犯罪活动群众安全感满意度", max_size=12
)

COUNT_UNITS = [
    "起",
    "件",
    "名",
    "人",
    "人次",
    "个",
    "张",
    "条",
    "次",
    "场",
    "份",
    "家",
    "处",
    "辆次",
    "台次",
    "批次",
    "艘",
    "只",
    "面",
    "支",
    "项",
    "篇",
    "所",
]
# (written unit, canonical unit, multiplier)
UNITS = [(u, u, Decimal(1)) for u in COUNT_UNITS] + [
    ("元", "元", Decimal(1)),
    ("万元", "元", Decimal(10) ** 4),
    ("亿元", "元", Decimal(10) ** 8),
    ("公斤", "kg", Decimal(1)),
    ("千克", "kg", Decimal(1)),
    ("吨", "kg", Decimal(1000)),
    ("%", "%", Decimal(1)),
    ("个百分点", "pp", Decimal(1)),
]
# (word, position, approx): position "pre" before the figure, "in" between numeral and unit,
# "post" after the unit.
QUALIFIERS = [
    ("", "pre", "exact"),
    ("近", "pre", "nearly"),
    ("接近", "pre", "nearly"),
    ("约", "pre", "about"),
    ("超过", "pre", "over"),
    ("逾", "pre", "over"),
    ("不足", "pre", "under"),
    ("余", "in", "over"),
    ("多", "in", "over"),
    ("以上", "post", "at_least"),
    ("左右", "post", "about"),
]


@st.composite
def numerals(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A numeral as written (Arabic, full-width, Chinese, 万/亿 form) and its value."""
    form = draw(st.sampled_from(["arabic", "decimal", "fullwidth", "chinese", "wan", "yi"]))
    if form == "decimal":
        whole = draw(st.integers(0, 99999))
        frac = draw(st.integers(1, 99))
        s = f"{whole}.{frac:02d}"
        return s, Decimal(s)
    if form in ("wan", "yi"):
        whole = draw(st.integers(1, 9999))
        frac = draw(st.integers(0, 9))
        s = f"{whole}.{frac}" if frac else str(whole)
        mag = "万" if form == "wan" else "亿"
        return s + mag, Decimal(s) * (Decimal(10) ** (4 if form == "wan" else 8))
    n = draw(st.integers(2, 10**9 - 1))
    if form == "chinese":
        written = cn2an.an2cn(n)
        if draw(st.booleans()):
            written = written.replace("二万", "两万").replace("二千", "两千")  # 两 for 二
        return written, Decimal(n)
    s = str(n)
    return (s.translate(_FULL) if form == "fullwidth" else s), Decimal(n)


@st.composite
def clauses(draw: st.DrawFn) -> dict:
    """A generated clause with one figure, and what the figure must normalize to."""
    numeral, value = draw(numerals())
    unit_w, unit, mult = draw(st.sampled_from(UNITS))
    qual, pos, approx = draw(st.sampled_from(QUALIFIERS))
    if unit_w in ("%", "个百分点") and pos == "in":
        qual, pos, approx = "", "pre", "exact"  # 余/多 never stand before a percent sign
    if unit_w in ("万元", "亿元") and any(c in numeral for c in "万亿"):
        unit_w, mult = "元", Decimal(1)  # 8.1万元, not 8.1万万元
    if unit_w == "千克" and numeral[-1] in "千百":
        unit_w = "公斤"  # 三千千克 is not written
    if pos == "in":
        body = numeral + qual + unit_w  # 120余起, 8.1万余起, 3000余万元
    elif pos == "pre":
        body = qual + numeral + unit_w
    else:
        body = numeral + unit_w + qual
    prefix = draw(FILLER) + draw(st.sampled_from(PREFIXES))
    suffix = draw(st.sampled_from(SUFFIXES))
    traditional = draw(st.booleans())
    text = prefix + body + suffix
    if traditional:
        trad = _S2T.convert(text)
        if len(trad) == len(text):
            text = trad
    return {
        "text": text,
        "at": len(prefix),
        "len": len(body),
        "value": value * mult,
        "approx": approx,
        "unit": unit,
    }


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clauses())
def test_generated_figures_come_back_exactly(case: dict):
    text = case["text"]
    qs = find_quantities(text)
    for q in qs:
        assert text[q.start : q.end] == q.text
    hits = [q for q in qs if q.start <= case["at"] + case["len"] - 1 and q.end > case["at"]]
    assert len(hits) == 1, (text, qs)
    q = hits[0]
    assert (q.start, q.end) == (case["at"], case["at"] + case["len"]), (text, q)
    assert Decimal(repr(q.value)) == case["value"] or q.value == pytest.approx(
        float(case["value"]), rel=1e-12
    ), (text, q)
    assert q.approx == case["approx"], (text, q)
    assert q.unit == case["unit"], (text, q)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_never_raises_and_offsets_hold(text: str):
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.text


NUMERIC_SOUP = st.text(
    alphabet="0123456789０１２３４５６７８９.,%‰-至到余多近约超万亿千百十一二两三四五六七八九零萬億餘兩"
    "起件名人次个張条元公斤吨年月日第“”、,。以上左右不足数几",
    max_size=120,
)


@settings(max_examples=300, deadline=None)
@given(NUMERIC_SOUP)
def test_numeric_soup_offsets_hold(text: str):
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        assert q.value == q.value  # never NaN
        if q.value_max is not None:
            assert q.value_max > q.value
