"""Quantities: find every numeric mention and normalize it (``extraction-spec.md`` section 3).

Structured like Microsoft Recognizers-Text:

* the **extractor** (:func:`_extract`) is one compiled regular expression, built from the
  data in ``lexicons/units.json``, that finds the span of a mention: an optional qualifier
  (超过, 近, 约, 不足 ...), a numeral (Arabic ``36239``/``1,200``/``98.55``, Chinese
  ``三千二百五十``/``两万``, vague ``数万``/``几十``, or ``百分之四十``), an optional inner
  qualifier (余/多), a magnitude (万/亿/万亿/千/百), a unit or classifier, an optional range
  tail (``至30年``, ``-10%``) and an optional trailing qualifier (以上, 左右, 以下, 以内);
  a *bare magnitude* (百/千/万/亿 without a numeral) is a number only with a qualifier:
  ``近千人`` (nearly), ``逾千万元`` (over), ``万余人``/``千余名``/``百多份`` (余/多: over),
  ``上千人``/``上万`` (上 = "reaching" the magnitude: at_least), and only before a unit,
  余/多 or a clause end, so 千方百计, 万无一失, 百姓, 千家万户, 成千上万 are no numbers;
* the **parser** (:func:`_parse`) turns the pieces into a :class:`~pressie.model.Quantity`:
  value scaled into the canonical unit (万元 -> 元 x 10^4, 吨 -> kg x 1000), ``approx``,
  ``value_max`` for ranges, and ``kind``;
* a **context pass** (:func:`_classify`) gives kind ``"other"`` to what is never a fact
  quantity: dates and times, identifiers (110, 96110, ICP numbers, “7.17”), ranks (第5名),
  numbers inside names (四个意识 in quotes, 川01, 云剑-2020), durations that only frame a
  period (三年来, 为期三年, 连续4年, 接警后5分钟以内到达; but a measured time with 以内 is a
  duration: 平均响应时间3分钟以内, approx under), category thresholds (一次死亡3人以上,
  10人以上重特大事故, 5公里以内的路段; a range before 之间 is a value: 价格在10万元至20万元之间),
  a count that is the scope of another figure in the same clause (全国27个地方公安机关共投入
  警力20万余人次), the small written-out count that sums up a just-listed enumeration
  (统筹A和B两个大局) and page chrome (浏览次数: 1234).

Numeral conversion uses ``cn2an`` (mode ``normal``) for Chinese numerals.  Written by hand,
because cn2an cannot do them: Arabic numbers (parsed with :class:`decimal.Decimal` so that
``1233.7万`` is exactly 12337000), magnitudes after Arabic digits and after a 余/多 between
numeral and magnitude (``3000余万``, ``1.2万亿``), Chinese decimals with a magnitude
(``二点五万``, which cn2an rejects), digit-by-digit numerals (``二〇二〇``, ``一一〇``), vague
numbers (``数万``), ``百分之``/``千分之`` and thousands separators (``36,239``).

The input is expected to be the pipeline's working text (:func:`pressie.text.normalize`:
half-width digits, simplified script); :func:`find_quantities` normalizes raw input itself,
so full-width (３６２３９) and traditional (萬, 億, 餘, 兩) text work too.  Offsets always
index the caller's string and ``text[q.start:q.end] == q.text``.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .extensions import ASSIGNS, REQUIRES, set_models, set_spans, skip_ranges
from .lexicon_schema import read_json
from .model import Quantity, _construct
from .numerals import DIGIT_VALUE, small_int
from .resources import alternation as _alt
from .resources import lexicon_path
from .text import doc_text, normalize

DEFAULT_LEXICON = "units.json"

_CN_DIGITS = "零〇一二两三四五六七八九"
_CN_SMALL = "十百千"
_CN_BIG = "万亿"
# Arabic number: thousands-grouped or plain, optional decimals (bounded repetition only).
# (v1.1) a single space may group thousands too (59 225宗, as Hong Kong's releases print)
_AR = r"(?:\d{1,3}(?:,\d{3}){1,5}(?!\d)|\d{1,3}(?: \d{3}){1,5}(?![\d.])|\d{1,15})(?:\.\d{1,8})?"
# Chinese numeral: starts with a digit or 十; may contain 百千万亿 and a 点 decimal part.
# 千/百 are not read into the numeral where they begin a unit (十千克, 二十百分点).
_CN = (
    f"[{_CN_DIGITS}十](?:[{_CN_DIGITS}十{_CN_BIG}]|千(?!克|米|瓦)|百(?!分)){{0,31}}"
    # (四十三.一件, 十一.三亿元: Taiwanese releases write the decimal point as a dot)
    f"(?:[点.][{_CN_DIGITS}]{{1,8}})?"
)
_HAN = re.compile("[\u3400-\u9fff]")
_POSITIONAL = re.compile("[十百千万亿点]")
_CLAUSE_END = re.compile(r"[,;。!?:，；！？：\n]")
_PUNCT_BETWEEN = re.compile(r"[,;。!?:，；！？：\n()（）]")


@dataclass(frozen=True)
class _Lexicon:
    """The parsed contents of ``units.json`` plus the compiled extractor pattern."""

    units: dict[str, dict[str, Any]]
    big: dict[str, Decimal]
    before: dict[str, str]
    inside: dict[str, str]
    after: dict[str, str]
    vague: dict[str, Decimal]
    percent_words: dict[str, str]
    fraction_words: dict[str, tuple[Decimal, str]]
    context: dict[str, Any]
    reach: dict[str, str]
    mag_not_after: frozenset[str]
    pattern: re.Pattern[str]
    names: re.Pattern[str] | None
    raw: dict[str, Any]


def _compile(raw: dict[str, Any]) -> _Lexicon:
    """Build the extractor regex and lookup tables from the lexicon data."""
    units = raw["units"]
    big = {k: Decimal(v) for k, v in raw["big"].items()}
    q = raw["qualifiers"]
    vague_mag = {k: Decimal(v) for k, v in raw["vague"]["magnitudes"].items()}
    not_before = raw.get("big_not_before", {})
    big_alts = []
    for word in sorted(big, key=lambda w: (-len(w), w)):
        guard = not_before.get(word)
        big_alts.append(re.escape(word) + (f"(?!{_alt(guard)})" if guard else ""))
    big_re = "|".join(big_alts)
    unit_not_before = raw.get("unit_not_before", {})
    unit_re = "|".join(
        re.escape(u) + (f"(?!{_alt(unit_not_before[u])})" if u in unit_not_before else "")
        for u in sorted(units, key=lambda w: (-len(w), w))
    )
    vague_re = f"(?:{_alt(raw['vague']['prefixes'])})(?:{_alt(vague_mag)})"
    seps = _alt(raw["range_separators"])
    pct = _alt(raw["percent_words"])
    fractions = {k: v for k, v in raw.get("fraction_words", {}).items() if not k.startswith("_")}
    frac = _alt(fractions) or "(?!)"
    inside = _alt(q["inside"])
    # a space or two between a number and what follows it (15 件, 200 余条), web usage
    gap = f"(?:[ \u00a0]{{1,2}}(?=(?:{inside}|{big_re}|{unit_re})))?"
    mag = raw.get("magnitude_numerals", {})
    reach = _alt(mag.get("reach", {})) or "(?!)"
    # Every match starts with one of these characters; the lookahead lets the scan skip
    # all other positions at once instead of trying each alternative there.
    first = {
        w[0]
        for words in (q["before"], raw["percent_words"], raw["vague"]["prefixes"], big, fractions)
        for w in words
        if w
    }
    first |= {w[0] for w in mag.get("reach", {}) if w}
    first |= set(_CN_DIGITS + "十")
    first_char = "(?=[\\d" + "".join(re.escape(c) for c in sorted(first)) + "])"
    pattern = (
        first_char + f"(?P<pre>{_alt(q['before'])})?"
        "(?:"
        f"(?P<fw>{frac})"
        "|"
        # N分之M (三分之一, 四分之三): a fraction as a percentage
        "(?P<fd>[二两三四五六七八九十]|[2-9])分之(?P<fn>[一二两三四五六七八九]|[1-9])(?![0-9十百千])"
        "|"
        f"(?P<pw>{pct})(?P<pn>{_AR}|{_CN})"
        "|"
        f"(?:(?<![\\d.A-Za-z])(?P<ar>{_AR})|(?P<vg>{vague_re})|(?P<cn>{_CN})"
        f"|(?P<mgq>{reach})?(?<![\\d.{_CN_DIGITS}十百千万亿])(?P<mg>{big_re}))"
        f"{gap}(?P<in1>{inside})?(?P<big>{big_re})?"
        # 5亿595万元: the 万 count after an 亿 count, one amount (Taiwanese releases also
        # write 1亿1505.8万元, 1亿2,911万元)
        # (7亿3千万支: the 万 count written with 千, as Hong Kong releases do)
        "(?:(?<=亿)(?:(?P<sub>[0-9]{1,4}(?:\\.[0-9]{1,4})?|[0-9],[0-9]{3})"
        "|(?P<subk>[1-9])千(?:(?P<subh>[1-9])百)?)万)?"
        # 2万5000起: the units after a 万 count, one amount (5,254万2,685元; 54万1千件)
        "(?:(?<=万)(?:(?P<lowk>[1-9])千(?:(?P<lowh>[1-9])百)?(?![0-9万亿])"
        "|(?P<low>[0-9],[0-9]{3}|[0-9]{1,4})(?![0-9.年月日千百]|,[0-9]{3})))?"
        f"(?P<in2>{inside})?(?P<unit>{unit_re})?"
        # 412.3万架(艘、列、辆)次: a vehicle's trips with the other vehicles in brackets, one
        # count of trips (架次); 6781人(次): the times in brackets (人次); 10201件(套): another
        # classifier of the same things in brackets (件)
        "(?:(?<=[架艘列辆])(?P<alt>[(（][架艘列辆](?:[、/][架艘列辆]){0,3}[)）])次"
        "|(?<=[人辆台家件户只个])(?P<alt_times>[(（]次[)）])"
        "|(?<=[件台个只])[(（][套件个只台][)）])?"
        # 五成三 (53%), 三成半 (35%), 3成6: a tenth of 成 written right after it, closing the
        # figure (not the first digit of another number or a count: 两成三十人)
        "(?:(?<=成)(?P<tenth>[一二三四五六七八九半]|[1-9])"
        "(?![0-9.一二两三四五六七八九十百千万亿成]|[个人名起宗件次家项条辆台种批]))?"
        # (五成三至123宗: after a tenth no range follows; 至 starts the level reached)
        f"(?(tenth)|(?:(?P<sep>{seps})(?:(?<![\\d.A-Za-z])(?P<ar2>{_AR})|(?P<cn2>{_CN}))"
        f"(?P<in3>{inside})?(?P<big2>{big_re})?(?P<unit2>{unit_re})?)?)"
        ")"
        f"(?P<post>{_alt(q['after'])})?"
    )
    return _Lexicon(
        units=units,
        big=big,
        before=q["before"],
        inside=q["inside"],
        after=q["after"],
        vague=vague_mag,
        percent_words=raw["percent_words"],
        fraction_words={k: (Decimal(v[0]), v[1]) for k, v in fractions.items()},
        # word lists as tuples: str.startswith/endswith test a whole tuple in one call
        context={k: tuple(v) if isinstance(v, list) else v for k, v in raw["context"].items()},
        reach=mag.get("reach", {}),
        mag_not_after=frozenset(mag.get("not_after", [])),
        pattern=re.compile(pattern),
        names=re.compile(_alt(raw["context"]["number_names"]))
        if raw["context"].get("number_names")
        else None,
        raw=raw,
    )


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> _Lexicon:
    """Load and compile a units lexicon (default: the packaged ``lexicons/units.json``)."""
    p = Path(path) if path else lexicon_path(DEFAULT_LEXICON)
    return _compile(read_json(p, DEFAULT_LEXICON))


# --------------------------------------------------------------------------- parser


@lru_cache(maxsize=4096)
def _cn_value(s: str) -> Decimal | None:
    """Value of a Chinese numeral (cn2an, plus the forms it cannot do; see module docstring)."""
    s = s.replace(".", "点")
    if not any(c in s for c in "十百千万亿点") and len(s) >= 2:
        return Decimal("".join(str(DIGIT_VALUE[c]) for c in s))  # 二〇二〇, 一一〇
    import cn2an

    try:
        return Decimal(str(cn2an.cn2an(s, "normal")))
    except (ValueError, KeyError, TypeError, IndexError, InvalidOperation):
        pass
    grouped = _digit_groups(s)
    if grouped is not None:
        return grouped
    for mag, power in (("万亿", 12), ("亿", 8), ("万", 4)):
        mult = Decimal(10) ** power
        if s.endswith(mag) and len(s) > len(mag):
            head = _cn_value(s[: -len(mag)])
            return None if head is None else head * mult
    return None


_DIGIT_GROUPS = re.compile(r"(?:(?P<y>[〇零一二三四五六七八九]{1,4})亿)?"
                           r"(?:(?P<w>[〇零一二三四五六七八九]{1,4})万)?"
                           r"(?P<u>[〇零一二三四五六七八九]{2,4})?")


def _digit_groups(s: str) -> Decimal | None:
    """Digits read one by one in groups of four between 亿 and 万, as Taiwanese releases
    write counts (九万三三七九 = 93379, 三二七亿六八二八万 = 32768280000), else None."""
    m = _DIGIT_GROUPS.fullmatch(s)
    if m is None or not (m.group("y") or m.group("w")):
        return None
    total = Decimal(0)
    for name, power in (("y", 8), ("w", 4), ("u", 0)):
        digits = m.group(name)
        if digits:
            total += Decimal("".join(str(DIGIT_VALUE[c]) for c in digits)) * 10 ** power
    return total


def _num(ar: str | None, cn: str | None) -> Decimal | None:
    if ar is not None:
        try:
            return Decimal(ar.replace(",", "").replace(" ", ""))
        except InvalidOperation:
            return None
    if cn is not None:
        return _cn_value(cn)
    return None


def _as_float(d: Decimal) -> float:
    # float() reads the decimal's digits, correctly rounded: 8.1E+4 and 81000.0 give the same
    return float(d)


@dataclass
class _Raw:
    """A parsed mention before the context pass."""

    start: int
    end: int
    value: Decimal
    value_max: Decimal | None
    approx: str
    unit: str
    kind: str
    written_unit: str
    chinese: bool  # numeral written in Chinese characters
    small_cn: bool  # a written-out small count like 两个, 四个
    lone_one: bool  # 一 + classifier, the indefinite article (一名民警, 一起)
    bare: bool  # no unit, magnitude, percent word or qualifier
    decimal: bool
    leading_zero: bool
    four_digit: bool
    digit_by_digit: bool  # 二〇二〇: Chinese digits read one by one, as years are
    post: str | None
    pre: str | None
    has_scale: bool  # a magnitude, percent word or vague numeral is part of the mention


@dataclass
class _Parts:
    """The fields of one extractor match while :func:`_parse` normalizes it."""

    start: int
    end: int
    pre: str | None
    post: str | None
    value: Decimal = Decimal(0)
    value_max: Decimal | None = None
    numeral: str = ""
    chinese: bool = True
    kind: str = "count"
    unit: str = ""
    unit_written: str = ""
    approx: str = "exact"
    bare: bool = False
    vague: bool = False


def _parse(m: re.Match[str], lex: _Lexicon) -> _Raw | None:
    """Normalize one extractor match; ``None`` when it is not a number after all."""
    g = m.groupdict()
    start = m.start()
    p = _Parts(start=start, end=m.end(), pre=g["pre"], post=g["post"])
    if g["fd"] or g["fw"] or g["pw"]:
        if not _parse_percent(g, lex, p):
            return None
    elif not _parse_number(m, g, lex, p):
        return None
    pre, post, end, approx = p.pre, p.post, p.end, p.approx
    if pre and lex.before.get(pre) and approx == "exact":
        approx = lex.before[pre]
    if g["mgq"] and p.start <= m.start("mgq") and approx == "exact":
        approx = lex.reach[g["mgq"]]
    if post and lex.after.get(post) and approx == "exact":
        approx = lex.after[post]
    if p.vague:
        approx = "vague"
    if p.value_max is not None:
        approx = "range"
    if post and not g["pw"] and m.start("post") >= end:
        end = m.end("post")
    chinese, vague, value, numeral = p.chinese, p.vague, p.value, p.numeral
    digits = numeral.replace(",", "").replace(" ", "")
    return _Raw(
        start=p.start,
        end=end,
        value=value,
        value_max=p.value_max,
        approx=approx,
        unit=p.unit,
        kind=p.kind,
        written_unit=p.unit_written,
        chinese=chinese,
        small_cn=chinese and not vague and not g["pw"] and value <= 10 and not g["big"],
        lone_one=numeral == "一",
        bare=p.bare,
        decimal="." in digits or "点" in digits,
        leading_zero=not chinese and len(digits) > 1 and digits[0] == "0" and digits[1] != ".",
        four_digit=not chinese and len(digits) == 4 and "." not in digits,
        digit_by_digit=chinese and len(digits) >= 2 and not _POSITIONAL.search(digits),
        post=post,
        pre=pre,
        has_scale=any(g.get(k) for k in ("fw", "fd", "pw", "big", "vg", "big2", "mg")),
    )


#: units of grades and ranks, whose neighbouring digits name two grades (一二级), no range
_GRADE_UNITS = frozenset(("级", "等", "类", "号", "期"))
#: two neighbouring digits, one or the next (五六, 两三, 一两), and the magnitude after them
_NEIGHBOURS = re.compile("([一两二三四五六七八])([两二三四五六七八九])([十百千万]?)")
_MAGNITUDE_OF = {"": 1, "十": 10, "百": 100, "千": 1000, "万": 10000}


def _neighbour_pair(cn: str) -> tuple[Decimal, Decimal] | None:
    """The range a pair of neighbouring digits writes (五六名 = 5–6, 三四十人 = 30–40, 七八百人
    = 700–800), else None (九八 is a year's digits, 五七 no pair)."""
    m = _NEIGHBOURS.fullmatch(cn)
    if m is None:
        return None
    lo, hi = DIGIT_VALUE[m.group(1)], DIGIT_VALUE[m.group(2)]
    if hi != lo + 1:
        return None
    mag = _MAGNITUDE_OF[m.group(3)]
    return Decimal(lo * mag), Decimal(hi * mag)


def _yi_then_wan(g: dict[str, Any], lex: _Lexicon) -> Decimal | None:
    """The value of a Chinese 亿 count followed by a 万 count written with its own 万
    after 余/多 or digits read one by one (一亿六千多万 = 1亿 + 6000万, 三二七亿六八二八万 =
    327亿 + 6828万; cn2an cannot read them), else None."""
    cn = g["cn"]
    if not cn or g["big"] != "万":
        return None
    k = cn.rfind("亿")
    if not 0 < k < len(cn) - 1:
        return None
    hi, lo = _num(None, cn[:k]), _num(None, cn[k + 1:])
    if hi is None or lo is None or lo >= 10000:
        return None
    return hi * lex.big["亿"] + lo * lex.big["万"]


def _parse_percent(g: dict[str, Any], lex: _Lexicon, p: _Parts) -> bool:
    """Fractions and percent words (三分之一, 半数, 百分之四十) into ``p``; False: none."""
    fd, fn, fw, pw = g["fd"], g["fn"], g["fw"], g["pw"]
    if fd:  # 三分之一 -> 33.33…%
        den = _cn_value(fd) if not fd.isdigit() else Decimal(fd)
        num = _cn_value(fn) if not fn.isdigit() else Decimal(fn)
        if not den or num is None or num >= den:
            return False
        p.value, p.approx = Decimal(100) * num / den, "exact"
        p.numeral = fd + "分之" + fn
        p.chinese = True
        p.kind, p.unit = "percent", "%"
    elif fw:  # 半数, 一半, 过半 (v1.1 fraction words)
        p.value, p.approx = lex.fraction_words[fw]
        p.numeral = fw
        p.chinese = True
        p.kind, p.unit = "percent", "%"
    else:  # 百分之四十, 千分之三
        numeral = g["pn"]
        p.numeral = numeral
        p.chinese = not numeral[0].isdigit()
        value = _num(None, numeral) if p.chinese else _num(numeral, None)
        if value is None:
            return False
        p.value = value
        p.kind = lex.percent_words[pw]
        p.unit = "%" if p.kind == "percent" else "‰"
    return True


def _parse_number(m: re.Match[str], g: dict[str, Any], lex: _Lexicon, p: _Parts) -> bool:
    """Numerals, magnitudes and vague numerals with their unit into ``p``; False: none."""
    p.vague = g["vg"] is not None
    if g["mg"]:
        mag_start = _magnitude_start(m, lex)
        if mag_start is None:
            return False
        p.start = mag_start
        if g["mgq"] and p.start > m.start("mgq"):
            p.pre = None  # 上千余名: 余 qualifies, 上 belongs to the word before
        value = lex.big[g["mg"]]
        p.numeral = g["mg"]
    elif p.vague:
        value = lex.vague[g["vg"][1:]]
        p.numeral = g["vg"]
    else:
        value = _num(g["ar"], g["cn"])
        p.numeral = g["ar"] or g["cn"] or ""
    pair = (_neighbour_pair(g["cn"])
            if g["cn"] and not g["sub"] and not g["subk"] and g["unit"] not in _GRADE_UNITS
            else None)
    if pair is not None:
        value, pair_max = pair  # 五六名, 三四十人, 七八百人: one digit or the next
    split = _yi_then_wan(g, lex)
    if value is None and split is None:
        return False
    p.chinese = g["ar"] is None
    big = g["big"]
    if big:
        if g["mg"]:
            if lex.big[big] <= value:
                return False  # 万余千: no numeral
        elif p.chinese and not p.vague and big in ("千", "百", "十万", "百万", "千万"):
            return False  # a Chinese numeral already absorbs 千/百
        if split is not None:
            value = split  # 一亿六千多万元: the 亿 count, then a 万 count with 余/多
        else:
            value *= lex.big[big]
            if pair is not None:
                pair_max *= lex.big[big]
        if g["sub"]:
            value += Decimal(g["sub"].replace(",", "")) * 10000  # 5亿595万元
        elif g["subk"]:
            # 7亿3千万支 / 1亿2千5百万元
            value += (Decimal(g["subk"]) * 1000 + Decimal(g["subh"] or 0) * 100) * 10000
        if g["low"]:
            value += Decimal(g["low"].replace(",", ""))  # 2万5000起
        elif g["lowk"]:
            value += Decimal(g["lowk"]) * 1000  # 54万1千件
            if g["lowh"]:
                value += Decimal(g["lowh"]) * 100  # 1万2千3百元
    if g["tenth"]:
        t = g["tenth"]
        value += Decimal("0.5") if t == "半" else Decimal(small_int(t) or 0) / 10
    p.value = value
    p.unit_written = (g["unit"] or "") + ("次" if g["alt"] or g["alt_times"] else "")
    p.value_max = None
    if pair is not None:
        p.value_max, p.approx = pair_max, "range"
    # Range tail: 20年至30年, 5%-10%, 3至5万人.
    if g["sep"] is not None:
        _parse_range(m, g, lex, p, big)
    p.bare = not (
        g["mg"] or p.unit_written or big or p.vague or p.pre or g["in1"] or g["in2"] or p.post
    )
    for key in ("in1", "in2", "in3"):
        if g[key] and p.approx == "exact":
            p.approx = lex.inside[g[key]]
    info = lex.units.get(p.unit_written) if p.unit_written else None
    if info:
        p.unit = info["unit"]
        p.kind = info["kind"]
        p.value *= Decimal(info.get("mult", "1"))
        if p.value_max is not None:
            p.value_max *= Decimal(info.get("mult", "1"))
    else:
        p.unit, p.kind = "", ("ratio" if p.bare and "." in p.numeral else "count")
    if p.kind == "other" and p.unit == "日" and p.post in ("以内", "之内"):
        p.kind = "duration"  # 3日以内: a number of days, not a date
    # Trailing 余/多 belong to durations and bare magnitudes only (3年多, 2万余);
    # after a count classifier they start the next word (66人多次).
    # (六吨多, 3公里多: after a weight or a length they are its own, unless a counted word
    # follows: 1吨多名, 2公斤多次)
    if (p.post in ("余", "多", "有余") and p.unit_written and p.kind not in ("duration", "percent")
            and not (p.kind in ("weight", "length")
                     and m.string[m.end("post"):m.end("post") + 1] not in _COUNTED_AFTER)):
        p.end = m.start("post")
        p.post = None
    return True


#: what a trailing 余/多 starts as a word of its own (多次, 多名, 多人…)
_COUNTED_AFTER = frozenset("次名人起种个家处项辆部条件宗批只头万亿千百")


def _parse_range(
    m: re.Match[str], g: dict[str, Any], lex: _Lexicon, p: _Parts, big: str | None
) -> None:
    """The range tail of a number (20年至30年, 5%-10%, 3至5万人): sets ``p.value_max`` and
    the end, or ends the mention before the separator when the tail is no range."""
    v2 = _num(g["ar2"], g["cn2"])
    unit2 = g["unit2"] or ""
    same_unit = not p.unit_written or not unit2 or p.unit_written == unit2
    has_scale = bool(p.unit_written or unit2 or g["big2"])
    ok = v2 is not None and same_unit and has_scale
    if ok and v2 is not None:
        if g["big2"]:
            v2 *= lex.big[g["big2"]]
            if not big:
                p.value *= lex.big[g["big2"]]
        if v2 > p.value:
            p.value_max = v2
            p.unit_written = p.unit_written or unit2
            p.end = (
                m.end("unit2")
                if g["unit2"]
                else (
                    m.end("big2")
                    if g["big2"]
                    else m.end("ar2")
                    if g["ar2"]
                    else m.end("cn2")
                )
            )
            if p.post:
                p.end = m.end("post")
        else:
            ok = False
    if not ok:
        p.end = _end_before_sep(m)
        if p.post and p.end < m.start("post"):
            p.post = None


def _magnitude_start(m: re.Match[str], lex: _Lexicon) -> int | None:
    """Start of a bare-magnitude mention (近千人, 万余人, 上万), ``None`` when it is none.

    A bare magnitude needs a qualifier (a 'before' word, 上, or 余/多 after it) and a unit,
    余/多 or a clause end after it; 近/上 glued to the word before (附近, 网上) do not count.
    """
    g = m.groupdict()
    text = m.string
    over = g["in1"] in ("余", "多")
    start = m.start()
    if g["mgq"]:
        if over or text[m.start("mgq") - 1 : m.start("mgq")] in lex.mag_not_after:
            start = m.start("mg")  # 上千余名 / 网上千人: 上 is not the qualifier
    if g["pre"] and text[start - 1 : start] in lex.mag_not_after:
        return None  # 附近, 最近
    qualified = over or (start < m.start("mg"))
    if not qualified:
        return None
    if g["unit"] or over:
        return start
    nxt = text[m.end("mg") : m.end("mg") + 1]
    return start if not nxt or not _HAN.match(nxt) else None


def _end_before_sep(m: re.Match[str]) -> int:
    for key in ("unit", "in2", "big", "in1"):
        if m.group(key):
            return m.end(key)
    for key in ("ar", "cn", "vg"):
        if m.group(key):
            return m.end(key)
    return m.start("sep")


# --------------------------------------------------------------------------- context pass


class _Clauses:
    """The positions of the clause-ending punctuation of one text, for O(log n) lookups."""

    def __init__(self, text: str) -> None:
        """Index ``text`` (one regex pass)."""
        self.n = len(text)
        self.marks = [m.start() for m in _CLAUSE_END.finditer(text)]

    def start(self, pos: int, limit: int = 60) -> int:
        """Start of the clause of ``pos``: after the last clause end in the ``limit``
        characters before it, else ``limit`` characters back."""
        lo = max(0, pos - limit)
        k = bisect.bisect_left(self.marks, pos) - 1
        return self.marks[k] + 1 if k >= 0 and self.marks[k] >= lo else lo

    def end(self, pos: int, limit: int = 80) -> int:
        """The first clause end at or after ``pos`` within ``limit`` characters, else
        ``pos + limit`` (at most the text's end)."""
        hi = min(self.n, pos + limit)
        k = bisect.bisect_left(self.marks, pos)
        return self.marks[k] if k < len(self.marks) and self.marks[k] < hi else hi


def _startswith_any(s: str, words: tuple[str, ...]) -> bool:
    return s.startswith(words)


def _endswith_any(s: str, words: tuple[str, ...]) -> bool:
    return s.endswith(words)


def _classify(text: str, r: _Raw, lex: _Lexicon, clauses: _Clauses) -> str:
    """Return the final kind of ``r``: its own kind, or ``"other"`` when it is never a fact.

    The rule groups run in a fixed order: glued digits and page chrome, bare numbers,
    framed durations, unit frames, then categories and discourse counts.
    """
    ctx = lex.context
    if r.kind == "other":
        return "other"
    if r.unit == "番" and "翻" not in text[max(0, r.start - 3) : r.start]:
        return "other"  # 一番努力: only 翻(了)N番 is a multiple
    before = text[max(0, r.start - 8) : r.start]
    after = text[r.end : r.end + 8]
    num_start = r.start + (len(r.pre) if r.pre else 0)
    if _glued_or_chrome(text, r, ctx, num_start, after):
        return "other"
    if r.bare:
        return _bare_kind(text, r, ctx, after)
    if r.kind == "duration":
        kind = _duration_kind(text, r, ctx, clauses, num_start, after)
        if kind is not None:
            return kind
    if _unit_frame(text, r, ctx, clauses, num_start, after):
        return "other"
    if _category_or_discourse(text, r, ctx, clauses, num_start, before, after):
        return "other"
    return r.kind


def _latin(ch: str) -> bool:
    """True for an ASCII letter."""
    return ch.isascii() and ch.isalpha()


def _glued_or_chrome(
    text: str, r: _Raw, ctx: dict[str, Any], num_start: int, after: str
) -> bool:
    """Ranks, quoted names, digits glued to other digits or letters, page chrome."""
    just_before = text[max(0, num_start - 6) : num_start]
    # Ranks and ordinals: 第5名, 第一批, 第 1286543 位.
    if _endswith_any(just_before.rstrip(" \u00a0"), ctx["rank_before"]):
        return True
    # Names and case numbers in quotes: “7.17”, “两个屏障”.
    if _endswith_any(just_before, ctx["name_open"]):
        return True
    # Units that name (第一师10团: a regiment).
    named = ctx.get("unit_names_before", {}).get(r.unit)
    if named and _endswith_any(just_before, tuple(named)):
        return True
    # Lunar days and school grades: 初五起迎来返程高峰, 初三学生.
    if r.small_cn and _endswith_any(just_before, ctx.get("day_before_small", ())):
        return True
    # A number inside Latin text: Processed in 0.0924 second.
    if r.bare and _latin(just_before.rstrip(" ")[-1:]) and _latin(after.lstrip(" ")[:1]):
        return True
    # Glued to other digits/letters/separators: 4·21, 2020.6.03, 14:28, 1024*768, 5G, 0471-...
    if after[:1] in ("·", ".", ":", "*", "×", "/", "_") and after[1:2].isdigit():
        return True
    if not r.written_unit and _latin(after[:1]):
        return True  # 5G, 3D
    if just_before[-1:] in ("-", ":", "/", ".", "·", "_", "#", "×", "*") and not (
            # (-14宗) in brackets: a signed count (下降2.6%(-14宗)), no code
            just_before[-1:] == "-" and just_before[-2:-1] in ("(", "（") and r.written_unit
            and r.kind == "count") and not (
            # 有效警情:1726万起, 死亡:3人: a label's figure with its unit, no time or code
            just_before[-1:] == ":" and _HAN.match(just_before[-2:-1] or "-")
            and r.written_unit):
        return True
    if r.leading_zero:
        return True
    # Page chrome: 11次阅读 (the count's unit and what follows it), 浏览次数: 1234.
    if ctx.get("chrome_after") and _startswith_any(
            text[num_start : r.end + 4].lstrip("0123456789 "), ctx["chrome_after"]):
        return True
    lead = text[max(0, num_start - 10) : num_start]
    chrome = lead.rstrip(" :\t")
    return chrome != lead and _endswith_any(chrome, ctx["chrome_before"])


def _bare_kind(text: str, r: _Raw, ctx: dict[str, Any], after: str) -> str:
    """A bare integer (110, 96110, 2020, 净网2019) is an identifier or a year; a bare
    decimal is a ratio (人案比2.1) unless it names a day or case (5.15宣传日)."""
    if not r.decimal or r.chinese:
        return "other"
    if _startswith_any(after, ctx["id_after_bare"]):
        return "other"
    tail = text[r.end : r.end + 8]
    cut = _PUNCT_BETWEEN.search(tail)
    if any(w in (tail[: cut.start()] if cut else tail) for w in ctx["id_window_bare"]):
        return "other"  # 5.15经侦宣传日
    return "ratio"


def _duration_kind(
    text: str, r: _Raw, ctx: dict[str, Any], clauses: _Clauses, num_start: int, after: str
) -> str | None:
    """The kind of a duration that a rule settles (years, time frames), else None."""
    if r.unit == "年" and (r.four_digit or r.digit_by_digit):
        return "other"  # 2020年, 二〇二〇年, 2018年至2020年
    if r.post in ("以内", "之内"):
        # 平均响应时间3分钟以内 is measured; 接警后5分钟以内到达 frames an action.
        lead = text[max(clauses.start(num_start), r.start - 8) : r.start]
        return "duration" if any(w in lead for w in ctx["measured_before"]) else "other"
    if _startswith_any(after, ctx["frame_after"]):
        return "other"  # 三年来, 30年前, 24小时内
    if r.pre == "近" or _endswith_any(text[max(0, r.start - 4) : r.start], ctx["frame_before"]):
        return "other"  # 近三年, 为期三年, 连续4年
    if any(w in text[r.end : r.end + 10] for w in ctx["campaign_after"]):
        tail = text[r.end : r.end + 10]
        cut = _PUNCT_BETWEEN.search(tail)
        if any(w in (tail[: cut.start()] if cut else tail) for w in ctx["campaign_after"]):
            return "other"  # 三年扫黑除恶专项斗争
    return None


def _unit_frame(
    text: str, r: _Raw, ctx: dict[str, Any], clauses: _Clauses, num_start: int, after: str
) -> bool:
    """Currency conversions, rate denominators and lengths that frame an action."""
    if r.kind == "money" and ctx.get("conversion_in_paren"):
        open_at = max(text.rfind("(", max(0, r.start - 16), r.start),
                      text.rfind("（", max(0, r.start - 16), r.start))
        if open_at >= 0 and not any(c in text[open_at:r.start] for c in ")）"):
            inside = text[open_at + 1 : r.start]
            if any(w in inside for w in ctx["conversion_in_paren"]):
                return True  # (人民币·下同,约3,324亿港元): a conversion
    if r.kind == "count" and text[max(0, num_start - 1) : num_start] == "每":
        return True  # 每十万人: a rate's denominator
    if r.kind == "length":
        clause = text[clauses.start(num_start) : num_start]
        if any(w in clause for w in ctx["length_frame_before"]):
            return True  # 专案组历时5个月、行程逾2万公里
        if clause.endswith("在") and _startswith_any(after, ctx["length_locating_after"]):
            return True  # 在1.8万公里路段推广
    return False


def _category_or_discourse(
    text: str,
    r: _Raw,
    ctx: dict[str, Any],
    clauses: _Clauses,
    num_start: int,
    before: str,
    after: str,
) -> bool:
    """Thresholds, case names, quotes, indefinite articles and enumeration counts."""
    # Thresholds and ranges that define a category: 10人以上重特大事故, 潜逃10年以上的逃犯,
    # 20年至30年命案积案, 一次死亡3人.
    if r.post in ("以上", "及以上", "以下", "及以下", "以内", "之内") or r.value_max is not None:
        rest = after
        if r.value_max is not None and after.startswith("之间"):
            rest = after[2:]  # 价格在10万元至20万元之间。 (but 5至10人之间的团伙)
        nxt = rest[:1]
        if nxt and _HAN.match(nxt) and not _startswith_any(rest, ctx["threshold_ok_after"]):
            return True
    clause = text[clauses.start(num_start) : num_start]
    if _endswith_any(clause, ctx["category_before"]):
        return True
    # 一杀5人案: a count that ends a case name (but not 17支案侦).
    if after[:1] == "案" and not _HAN.match(after[1:2] or " "):
        return True
    if _in_short_quote(text, r.start, r.end):
        return True  # “1、3、5分钟”快速响应机制
    # 一名民警, 一起: the indefinite article, not a statistic (but 涉案船舶一艘、海砂300吨:
    # written after its noun and closing a listed item, it counts the item)
    if r.lone_one and r.kind == "count":
        one = "一" + r.written_unit  # (发现一起、打掉一起: a slogan repeats it)
        return not (r.written_unit in ctx["one_item_units"]
                    and one not in before[-8:] and one not in after[:8]
                    and _one_closes_item(before, after, ctx))
    # 这五种案件类型 / 上述3个团伙 / 该5人: a count pointing back to what was just counted
    if r.kind == "count" and _endswith_any(before, ctx["demonstratives_before"]):
        return True
    # 两人系亲姨表关系 / 将二人抓获 / 王某等两人: a few persons referred back to by their
    # number after a clause's start or a preposition, no statistic (治安拘留三人 stays one)
    prev = text[num_start - 1:num_start] if num_start > 0 else ""
    if (r.small_cn and r.kind == "count" and r.written_unit == "人" and r.value <= 5
            and (not prev or prev in _REFERRING_BEFORE)
            and not (prev in _CLAUSE_MARKS and _startswith_any(after, _TOLL_WORDS))):
        return True  # (…造成两人死亡,三人受伤: a toll's count, not a reference)
    # A small written-out count that sums up a just-listed enumeration: A和B两个大局.
    if (r.small_cn or (r.kind == "count" and r.value <= 10)) and _startswith_any(
        after, ctx["discourse_after"]
    ):
        return True  # 五个方面, 四个阶段, 三件事
    # 三严三实、四个意识: a written-out count inside an enumeration of slogans (but not
    # one that closes a listed item, 气枪二支、管制刀具二把以及子弹四十二发)
    return bool(
        r.small_cn
        and r.kind in ("count", "duration")
        and before[-1:] != "等"
        and _HAN.match(before[-1:] or " ")
        and any(mark in clause for mark in ctx["enumeration_marks"])
        and not (r.kind == "count" and _closes_item(after, ctx))
    )


#: what stands right before a few persons referred back to by their number (。两人…, 将二人,
#: 对二人, 王某等两人, 他们二人, 经查两人, 超出的两人); not 和/与, which join counts
_REFERRING_BEFORE = frozenset("，,。;；:：\n 　对将把使等们查的")
#: clause marks among them, after which a toll's count may open its clause (,三人受伤)
_CLAUSE_MARKS = frozenset("，,。;；:：\n 　")
#: what a toll's count is followed by (三人受伤, 两人死亡)
_TOLL_WORDS = ("死亡", "受伤", "遇难", "失踪", "重伤", "轻伤", "伤亡", "被困", "获救", "中毒",
               "身亡")


def _one_closes_item(before: str, after: str, ctx: dict[str, Any]) -> bool:
    """True when a lone 一 + classifier stands right after a noun and closes a listed item
    (涉案船舶一艘、海砂300吨; 三无渔船一条,): a count of that item, no indefinite article
    (一名民警; 发现一起、查处一起 and 第一条 after the words of ``one_item_not_after``)."""
    return bool(
        _HAN.match(before[-1:] or " ")
        and before[-1:] != "的"
        and not _endswith_any(before, ctx["one_item_not_after"])
        and (_closes_item(after, ctx) or after[:1] in ("）", ")"))
    )


def _closes_item(after: str, ctx: dict[str, Any]) -> bool:
    """True when what follows a count ends a listed item: a comma, a full stop, or the
    mark that joins the next item (、管制刀具, 以及) when no numeral follows it (三轮、四轮车
    is a name)."""
    if after[:1] in ("，", ",", "。", ";", "；"):
        return True
    for mark in ctx["enumeration_marks"]:
        if after.startswith(mark):
            nxt = after[len(mark) : len(mark) + 1]
            return bool(nxt) and not nxt.isdigit() and nxt not in _CN_DIGITS + _CN_SMALL
    return False


def _in_short_quote(text: str, start: int, end: int, reach: int = 10) -> bool:
    """True when ``start:end`` stands inside a short quoted name: “1、3、5分钟”."""
    left = text[max(0, start - reach) : start]
    right = text[end : end + reach]
    i = left.rfind("“")
    if i < 0 or "”" in left[i:]:
        return False
    j = right.find("”")
    return j >= 0 and "“" not in right[:j]


def _relational_pass(
    text: str, raws: list[_Raw], kinds: list[str], lex: _Lexicon, clauses: _Clauses
) -> None:
    """Rules that look at neighbouring mentions (in place on ``kinds``)."""
    ctx = lex.context
    heads = ctx["scope_heads"]
    places = ctx["place_heads"]
    coord = tuple(ctx["coordination_before"])
    for i, r in enumerate(raws):
        if kinds[i] == "other":
            continue
        if lex.names is not None:
            lo = max(0, r.start - 8)
            for nm in lex.names.finditer(text, lo, r.end + 8):
                if nm.start() < r.end and r.start < nm.end():
                    kinds[i] = "other"  # 两高两部, 四个意识
            if kinds[i] == "other":
                continue
        # Coordinated with a category threshold: 一次死亡3人、5人交通事故.
        if i > 0 and kinds[i - 1] == "other" and raws[i - 1].unit == r.unit and r.unit:
            between = text[raws[i - 1].end : r.start]
            prev_clause = text[clauses.start(raws[i - 1].start) : raws[i - 1].start]
            if between == "、" and _endswith_any(prev_clause, ctx["category_before"]):
                kinds[i] = "other"
                continue
        # A count in the scope of another figure of the same clause:
        # 全国27个地方公安机关共投入警力20万余人次.
        if r.kind != "count":
            continue
        window = text[r.end : r.end + 12]
        cut = _PUNCT_BETWEEN.search(window)
        if cut:
            window = window[: cut.start()]
        if not (any(h in window for h in heads) or _startswith_any(window, places)):
            continue
        clause_end = clauses.end(r.end)
        for j in range(i + 1, len(raws)):
            if raws[j].start >= clause_end:
                break
            if kinds[j] != "other" and not text[: raws[j].start].endswith(coord):
                kinds[i] = "other"
                break


def _shared_unit(text: str, raws: list[_Raw]) -> None:
    """Bare Arabic numbers listed with 、 before a number with a counting unit share that
    unit (分别为3218、3051、2821起: three counts in 起), in place on ``raws``."""
    for i in range(len(raws) - 1, 0, -1):
        last = raws[i]
        if (last.bare or not last.unit or last.kind not in ("count", "percent", "points")
                or last.chinese):
            continue
        # (分别高出11.29和13.85个百分点: rates and points may have decimals; 和 may join
        # the last two)
        rate = last.kind != "count"
        j = i - 1
        while (j >= 0 and raws[j].bare and not raws[j].chinese
               and (rate or not raws[j].decimal)
               and (text[raws[j].end:raws[j + 1].start] == "、"
                    or (j == i - 1 and text[raws[j].end:raws[j + 1].start] in ("和", "及")))):
            j -= 1
        reach = 24 if rate else 12  # (分别高出同期全部刑事案件重刑率11.29和…)
        if j == i - 1 or "分别" not in text[max(0, raws[j + 1].start - reach):raws[j + 1].start]:
            continue  # (only a 分别 list: 2020、2021年 are years, not counts)
        if text[max(0, raws[j + 1].start - 1):raws[j + 1].start] == "第":
            continue  # (分别排在第3、5名: ordinals, not counts)
        for k in range(j + 1, i):
            r = raws[k]
            r.unit, r.kind, r.bare = last.unit, last.kind, False


def _extract(text: str, lex: _Lexicon) -> list[Quantity]:
    """Run extractor, parser and context pass over normalized ``text``."""
    raws: list[_Raw] = []
    pos = 0
    search = lex.pattern.search
    while True:
        m = search(text, pos)
        if m is None:
            break
        if m.end() == m.start():
            pos = m.end() + 1
            continue
        # Chinese numerals with neither unit nor magnitude (一是, 六清, 十九大, 近三来) and a
        # lone 零 (零发案, 零种植) are not quantities at all.  Without a percent word, a
        # magnitude, a written unit or a range tail, _parse would end the mention at the
        # match's end, so such a match is skipped here without parsing it.
        if (
            m.group("ar") is None
            and m.group("sep") is None
            and not any(m.group("fw", "fd", "pw", "unit", "big", "big2", "vg", "mg"))
        ):
            pos = m.end()
            continue
        r = _parse(m, lex)
        if r is None or r.end <= r.start:
            pos = m.end()
            continue
        # A rejected range tail or trailing qualifier is scanned again on its own.
        pos = r.end
        if r.chinese and not r.written_unit and not r.has_scale:
            continue
        if r.chinese and r.value == 0:
            continue
        raws.append(r)
    clauses = _Clauses(text)
    _shared_unit(text, raws)
    kinds = [_classify(text, r, lex, clauses) for r in raws]
    _relational_pass(text, raws, kinds, lex, clauses)
    return [
        _quantity(
            {
                "start": r.start,
                "end": r.end,
                "text": text[r.start : r.end],
                "value": _as_float(r.value),
                "value_max": None if r.value_max is None else _as_float(r.value_max),
                "approx": r.approx,
                "unit": r.unit,
                "kind": kind,
            }
        )
        for r, kind in zip(raws, kinds)
    ]


_QUANTITY_FIELDS = frozenset(Quantity.model_fields)


def _quantity(fields: dict[str, Any]) -> Quantity:
    """``Quantity(**fields)`` for ``fields`` naming every field with a value of its type.

    The parser produces exactly those types (ints, a str, floats, the literals of the
    lexicon), so pydantic's validation would return them unchanged; skipping it makes the
    same model (same field values, all fields set) several times faster.
    """
    return _construct(Quantity, fields, set(_QUANTITY_FIELDS))


def find_quantities(
    text: str, *, normalized: bool = False, lexicon: str | None = None
) -> list[Quantity]:
    """Find and normalize every numeric mention of ``text`` (spec section 3).

    Args:
        text: any string (full-width digits and traditional characters are fine).
        normalized: ``True`` when ``text`` is already :func:`pressie.text.normalize`'s
            output (the pipeline's ``doc.text``), to skip normalizing it again.
        lexicon: path of an alternative ``units.json`` (default: the packaged one).

    Returns:
        Quantities in text order, offsets into ``text``, each with
        ``text[q.start:q.end] == q.text``.  Those that can never be facts (dates,
        identifiers, ranks, names, period frames, thresholds ...) have kind ``"other"``.
    """
    if not text:
        return []
    work = text if normalized else normalize(text)
    found = _extract(work, load_lexicon(lexicon))
    if work is not text and work != text:
        found = [q.model_copy(update={"text": text[q.start : q.end]}) for q in found]
    return found


class QuantityRecognizer:
    """spaCy component: fills ``doc._.pressie_quantities`` with :func:`find_quantities`'s result.

    The lexicon travels with the pipeline: :meth:`to_disk` writes it, :meth:`from_disk`
    reads it back.
    """

    def __init__(
        self,
        lexicon: str | None = None,
        skip_as_other: bool = True,
        spans_key: str | None = "pressie_quantities",
    ) -> None:
        """Load the lexicon at ``lexicon`` (default: the packaged ``units.json``).

        With ``skip_as_other``, quantities inside ``doc._.pressie_skip`` ranges (boilerplate,
        the second printed copy of an article) get kind "other": they never yield facts.
        ``spans_key``: the quantities also go to ``doc.spans[spans_key]`` (label: the
        kind, ``count``, ``money`` ...), for displaCy; None leaves ``doc.spans`` alone.
        """
        self.lexicon_file = lexicon
        self.skip_as_other = skip_as_other
        self.spans_key = spans_key
        self.lex = load_lexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        """Set ``doc._.pressie_quantities`` (offsets into ``doc.text``) and return ``doc``."""
        text = doc_text(doc)
        found = _extract(text, self.lex) if text else []
        skip = skip_ranges(doc) or [] if self.skip_as_other else []
        if skip and found:
            found = [
                q.model_copy(update={"kind": "other"})
                if any(s <= q.start and q.end <= e for s, e in skip)
                else q
                for q in found
            ]
        set_models(doc, "pressie_quantities", found)
        set_spans(doc, self.spans_key, [(q.start, q.end, q.kind) for q in found])
        return doc

    def to_disk(self, path: str | Path, *, exclude: Any = ()) -> None:
        """Write the lexicon to ``path/units.json``."""
        p = Path(path)
        p.mkdir(parents=True, exist_ok=True)
        (p / DEFAULT_LEXICON).write_text(
            json.dumps(self.lex.raw, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Any = ()) -> QuantityRecognizer:
        """Read the lexicon written by :meth:`to_disk`."""
        f = Path(path) / DEFAULT_LEXICON
        self.lex = _compile(read_json(f, DEFAULT_LEXICON))
        self.lexicon_file = str(f)
        return self


@Language.factory(
    "pressie_quantities",
    default_config={"lexicon": None, "skip_as_other": True, "spans_key": "pressie_quantities"},
    assigns=ASSIGNS["pressie_quantities"],
    requires=REQUIRES["pressie_quantities"],
)
def make_quantities(
    nlp: Language, name: str, lexicon: str | None, skip_as_other: bool, spans_key: str | None
) -> QuantityRecognizer:
    """spaCy factory for :class:`QuantityRecognizer` (``lexicon``: optional units.json path)."""
    return QuantityRecognizer(lexicon, skip_as_other, spans_key)


__all__ = ["QuantityRecognizer", "find_quantities", "load_lexicon", "make_quantities"]
