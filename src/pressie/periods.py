"""Period expressions: find them, resolve them to dates, and say which one governs a fact.

Spec section 4: a fact's period is the time its number covers, as inclusive dates resolved
against the document's *reference date* (``Doc._.pressie_reference_date``: the conference
date, else the publication date).  This module is pure Python over the working text
(``doc.text``); the spaCy component :class:`PeriodRecognizer` (factory ``pressie_periods``)
is a thin wrapper that stores the result on ``doc._.pressie_periods``.

Public API (what the relations component calls)
-----------------------------------------------

``find_periods(text, reference, review_year="auto") -> list[Period]``
    Every period mention in ``text`` with ``start``/``end`` offsets, dates and
    ``inherited=False``, in text order.  Comparison periods (``同比2018年``, ``较去年``,
    ``比2019年``, ``从2018年的0.34%``, ``去年同期``) are included; use
    :func:`find_period_mentions` to tell them apart.

``find_period_mentions(text, reference, review_year="auto") -> list[PeriodMention]``
    The same mentions with their analysis: ``kind`` (year, range, since, until, rolling,
    quarter, half, month, day, part, list, named, vague, undated, same_period, annual),
    ``role`` (``"own"``: the fact's period, ``"base"``: the compared-to period that belongs
    in ``Change.base_period``), ``framing`` (clause-initial, so it frames what follows:
    ``2020年,全区…`` / ``一年来,`` / ``截至目前,``), ``point`` (a single day or month,
    usually an event date: ``1月8日,自治区公安厅召开…``; points never govern other
    sentences).  ``mention.period()`` gives the :class:`~pressie.model.Period`.

``review_year_of(text, reference) -> int | None``
    The year a release *reviews*.  Rule: count explicit full-year mentions (``2020年``,
    ``2020年全年``, ``2020年度``; not comparison periods, not ``2020年7月``).  With reference
    year R, the review year is R-1 when (a) the release is from January-March and mentions
    R-1 at least as often as R, and at least once or uses an annual marker (``一年来``,
    ``全年``, ``年内``, ``过去一年``); or (b) R-1 has >= 3 mentions and more than twice as many
    as R plus ``今年``.  Without a reference date: the most frequent explicit year with >= 2
    mentions.  Otherwise None.  The review year resolves ``一年来`` (Y-01-01..Y-12-31, else the
    year up to the reference date), ``全年``/``年内``/``本年度`` (year Y, else the reference
    year), ``连续N年`` (ending with Y, else with R-1), and is the document-level period.

``PeriodIndex.from_text(text, reference)`` / ``PeriodIndex.from_doc(doc)`` and
``index.period_for(position) -> Period | None``
    Inheritance.  Built once per document (linear time), then each query is
    O(log n).  ``period_for(position)`` returns, for a fact whose value starts at char
    ``position``:

    1. the nearest own mention earlier in the same sentence (``inherited=False``, with
       offsets); an undated ``…期间`` yields to an earlier dated mention of that sentence
       (``截至去年12月底,在专项行动期间共破获…``);
    2. else the nearest *governing* mention earlier in the same paragraph;
    3. else the governing period of the enclosing section: a period in its heading
       (``内蒙古融媒网记者:2020年,全区禁毒部门…取得了哪些成效?`` governs the answer), else the
       first governing mention of the section's first paragraph; sections nest (一、 >
       (一) > 1.), so an empty sub-section falls back to its parent;
    4. else the document period: the review year when there is one, else the first
       governing mention of the lead (the text before the first numbered heading or
       question).

    Steps 2-4 return ``inherited=True`` with ``start``/``end`` None and the governing
    expression's text.  A *governing* mention is own, clause-initial (``framing``), not a
    point, not a streak (``连续3年保持了…``), and not forward-looking (most of its span
    after the reference date, e.g. ``2021年,我们将…`` in a January 2021 release).

    A mid-clause mention inside a noun phrase (``modifier``: followed by 的, as in
    ``对2000年以前发生的积案``, or after an object verb and before a noun, as in
    ``侦破2000年以来拐卖儿童积案``) is a category, never step 1's period; followed by
    的 + a number (``下降至2022年的1700余起``) it is the period of that number only.

    ``period_for(doc_or_index_or_text, position, reference=None)`` is the module-level
    shortcut (for a ``Doc`` the index built by the component is reused).
    ``index.base_period_in(start, end)`` returns the comparison period written inside a
    char range (a change clause), for ``Change.base_period``.

Resolution conventions (reference date ``ref``, its year R)
----------------------------------------------------------

======================================= ==================================================
``2020年`` / ``2020年全年`` / ``2020年度`` 2020-01-01 .. 2020-12-31
``今年`` / ``今年以来`` / ``年初以来``   R-01-01 .. ref (``今年全年``: the whole year R)
``去年`` / ``上年``, ``前年``            the whole year R-1, R-2
``今年1至4月``, ``1-10月``, ``1—10月``,  first day of the first month .. last day of the last
``今年前8个月``, ``11月至次年3月``
``2021年1月至5月``, ``1月至8月``
``上半年`` / ``下半年``                  Y-01-01..Y-06-30 / Y-07-01..Y-12-31
``一季度`` ``第四季度`` ``前三季度``     quarter tables in ``lexicons/periods.json``
``X月份`` / ``今年X月``                  the whole month; ``X月上旬/中旬/下旬/初/底``: its part
``X月X日`` / ``7月30日、8月2日和8月5日``  that day / first .. last day of the list
``X月X日以来``, ``自X以来``, ``X以来``    X's first day .. ref (also ``2018年1月中央部署开展
                                        扫黑除恶专项斗争以来``: a dated event, then 以来)
``X月X日至X月X日``                       inclusive range, missing year/month copied from X
``2018年至2020年`` / ``2018-2020年``      2018-01-01 .. 2020-12-31
``截至X`` / ``截至X底`` / ``截止``        None .. end of X; ``截至目前``: None .. ref
``目前,`` / ``当前,`` (clause-initial)   None .. ref (a stock "as of now")
``N年来`` / ``近N年(来)``                 (R-N)-01-01 .. ref (spec); ``近N个月``: N months
                                        back .. ref.  ``近10年命案积案`` (no 来, a noun follows)
                                        is a category, not a period
``一年来``                               the review year, else ref minus one year .. ref
``全年`` / ``年内`` / ``本年度``         the review year, else year R
``连续N年``                              the N years ending with the review year (else R-1)
``近年来`` / ``多年来`` / ``长期以来``   vague: no dates (kind ``vague``)
``同期`` / ``去年同期``                  comparison marker: role ``base``, no dates (use
                                        :func:`same_period_years_back`)
``汛期以来`` / ``行动开展以来`` /        no dates (kind ``undated``), unless the same
``专项行动期间`` / ``疫情期间``           paragraph dates the event's start: ``于2020年10月中旬
                                        组织开展了…专项行动 … 截至去年12月底`` -> start
                                        2020-10-11; ``6月7日…启动…试点 … 自试点工作启动以来``
                                        -> 6月7日 .. ref (an anchor: a day/month mention
                                        followed by a start verb, sharing a word with the
                                        event, the start verb itself not counted);
                                        a year is no start date (``今年…行动开展以来``
                                        stays undated); also ``在“断流”专项行动中``.  An event
                                        dated in brackets (``国庆假期期间(10月1日至7日)``)
                                        takes those dates, and a later mention of the same
                                        event (``假期期间``) copies them
``十三五期间`` (``“十三五”时期``)         2016-01-01 .. 2020-12-31 (named periods table)
``为期三年的扫黑除恶专项斗争中``          the campaign's dates from the named campaign table
Chinese numerals                          ``二〇二〇年``, ``三月``, ``十二月三十一日``, ``近三年``
======================================= ==================================================

Year-less dates take the year of the nearest explicit year earlier in the same paragraph
(``2020年,… 7月,…``), else the year that places them before the reference date (a span
may end at most 31 days after it).  Without a reference date, mentions that need it keep
``None`` dates while explicit ones (``2020年``) still resolve.

Cost: every pattern is a regex without nested quantifiers and with bounded gaps
(``{0,30}``), so scanning is linear in the text length; selection and inheritance are
linear too (plus a sort).
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401
from .extensions import ASSIGNS, REQUIRES, doc_date, set_models, set_spans, skip_ranges
from .lexicon_schema import read_json
from .model import Period, _construct
from .numerals import small_int
from .resources import alternation as _alt
from .resources import lexicon_path
from .text import doc_text

PeriodKind = Literal[
    "year",
    "range",
    "since",
    "until",
    "rolling",
    "quarter",
    "half",
    "month",
    "day",
    "part",
    "list",
    "named",
    "vague",
    "undated",
    "same_period",
    "annual",
]
PeriodRole = Literal["own", "base"]
AUTO: Literal["auto"] = "auto"

_SENTENCE_ENDERS = "。！？!?\n"
_POINT_KINDS = frozenset({"day", "month", "part", "list"})
_BASEABLE_KINDS = frozenset(
    {"year", "half", "quarter", "month", "day", "part", "same_period", "annual", "range",
     "named"}
)


# --------------------------------------------------------------------------- data model


#: the fields a Period built from a mention is given (the rest keep their defaults)
_OWN_GIVEN = frozenset({"text", "start", "end", "date_start", "date_end", "inherited"})
_INHERITED_GIVEN = frozenset({"text", "date_start", "date_end", "inherited"})


@dataclass(frozen=True)
class PeriodMention:
    """One period expression in the text with its analysis (see the module docstring)."""

    text: str
    start: int
    end: int
    date_start: date | None
    date_end: date | None
    kind: PeriodKind
    role: PeriodRole = "own"
    framing: bool = False
    point: bool = False
    event: str | None = None  #: the event phrase of ``汛期以来`` / ``专项行动期间``
    #: inside a noun phrase (``侦破2000年以来拐卖儿童积案``, ``降至2022年的1700余起``):
    #: the period of the number right after it at most, never of the sentence
    modifier: bool = False
    #: a campaign frame (``在开展…专项行动中``): no period of its own unless dated
    frame: bool = False

    def period(self, inherited: bool = False) -> Period:
        """This mention as a :class:`~pressie.model.Period` (offsets dropped when inherited)."""
        fields = {
            "text": self.text,
            "start": None if inherited else self.start,
            "end": None if inherited else self.end,
            "date_start": self.date_start,
            "date_end": self.date_end,
            "inherited": inherited,
        }
        given = _INHERITED_GIVEN if inherited else _OWN_GIVEN
        return _construct(Period, fields, set(given))

    @property
    def dated(self) -> bool:
        """True when at least one end of the period is known."""
        return self.date_start is not None or self.date_end is not None


# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class _Lexicon:
    relative_years: dict[str, int]
    halves: dict[str, tuple[int, int]]
    quarters: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    annual_words: tuple[str, ...]
    annual_review_markers: tuple[str, ...]
    vague: frozenset[str]
    named: dict[str, tuple[date, date]]
    campaigns: dict[str, tuple[date, date]]
    base_before: tuple[str, ...]
    base_after: tuple[str, ...]
    base_from: str
    base_ratio: tuple[str, ...]
    start_verbs: tuple[str, ...]
    near_followers: frozenset[str]
    framing_blockers: frozenset[str]
    boundaries: str
    event_nouns: tuple[str, ...] = ()
    now_words: tuple[str, ...] = ()
    generic_event_words: frozenset[str] = frozenset()
    case_followers: tuple[str, ...] = ()
    modifier_suffixes: tuple[str, ...] = ()
    modifier_verbs: tuple[str, ...] = ()
    modifier_gap: int = 0
    #: (v1.1) holiday name -> chinese_calendar Holiday member names; their suffixes
    holidays: dict[str, tuple[str, ...]] = field(default_factory=dict)
    holiday_suffixes: tuple[str, ...] = ()
    holiday_anaphors: tuple[str, ...] = ()
    travel_words: tuple[str, ...] = ()
    relative_months: dict[str, int] = field(default_factory=dict)
    stock_markers: tuple[str, ...] = ()
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(default=())
    #: per pattern (same order): a character class every match contains, and the longest
    #: match; :func:`_scan` runs a pattern only in windows around those characters
    anchors: tuple[tuple[re.Pattern[str], int], ...] = field(default=())
    date_re: re.Pattern[str] | None = None
    annual_marker_re: re.Pattern[str] | None = None


def _span(pair: list[str]) -> tuple[date, date]:
    return date.fromisoformat(pair[0]), date.fromisoformat(pair[1])


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> _Lexicon:
    """Load ``lexicons/periods.json`` (or ``path``) and compile the period patterns."""
    data = read_json(lexicon_path("periods.json") if path is None else Path(path), "periods.json")
    lex = _Lexicon(
        relative_years=dict(data["relative_years"]),
        halves={k: tuple(v) for k, v in data["halves"].items()},  # type: ignore[misc]
        quarters={k: tuple(v) for k, v in data["quarters"].items()},  # type: ignore[misc]
        month_parts={k: tuple(v) for k, v in data["month_parts"].items()},  # type: ignore[misc]
        year_parts={k: tuple(v) for k, v in data["year_parts"].items()},  # type: ignore[misc]
        annual_words=tuple(data["annual_words"]),
        annual_review_markers=tuple(data["annual_review_markers"]),
        vague=frozenset(data["vague"]),
        named={k: _span(v) for k, v in data["named_periods"].items()},
        campaigns={k: _span(v) for k, v in data["named_campaign_periods"].items()},
        base_before=tuple(sorted(data["base_before"], key=len, reverse=True)),
        base_after=tuple(data["base_after"]),
        base_from=data["base_from_marker"],
        base_ratio=tuple(data["base_ratio_before"]),
        start_verbs=tuple(data["start_verbs"]),
        near_followers=frozenset(data["near_years_followers"]),
        framing_blockers=frozenset(data["framing_blockers"]),
        boundaries=data["clause_boundaries"],
        event_nouns=tuple(data["event_nouns"]),
        now_words=tuple(data["now_words"]),
        generic_event_words=frozenset(data["generic_event_words"]),
        case_followers=tuple(sorted(data.get("case_followers", []), key=len, reverse=True)),
        modifier_suffixes=tuple(
            sorted(data.get("noun_modifier", {}).get("suffixes", []), key=len, reverse=True)
        ),
        modifier_verbs=tuple(data.get("noun_modifier", {}).get("verbs", [])),
        modifier_gap=int(data.get("noun_modifier", {}).get("verb_gap", 0)),
        holidays={
            k: tuple(v) for k, v in data.get("holidays", {}).get("names", {}).items()
        },
        holiday_suffixes=tuple(data.get("holidays", {}).get("suffixes", [])),
        holiday_anaphors=tuple(data.get("holidays", {}).get("anaphors", [])),
        travel_words=tuple(data.get("spring_travel", {}).get("words", [])),
        stock_markers=tuple(data.get("stock_markers", {}).get("words", [])),
        relative_months={
            k: int(v) for k, v in data.get("relative_months", {}).items() if k != "_doc"
        },
    )
    return _compile(lex, data)


# Building blocks.  No nested quantifiers; every gap is bounded.
_NB = r"(?<![0-9.〇零一二两三四五六七八九十百千万])"  # not inside a bigger number
_DIG_Y = r"(?:1[89]|20)[0-9]{2}"
_CN_Y = r"[〇零一二三四五六七八九]{4}"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAYN = (
    r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?"
    r"|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_CN_D = "[〇零一二三四五六七八九]"
#: an hour (and minutes) after a day in a range: 2月7日零时至13日18时
_HOUR = r"(?:[0-2]?[0-9]|[零一二三四五六七八九十]{1,3}) ?[时時](?:[0-5]?[0-9]分)?"
_HOUR_RE = re.compile(_HOUR + "$")
_NUMW = r"(?:[1-9][0-9]?|[一二两三四五六七八九十]{1,3})"
_SEP = r"(?:起?至|起?到|开始到|开始至|[-—–~～－])"


def _compile(lex: _Lexicon, data: dict) -> _Lexicon:  # type: ignore[type-arg]
    bnd = re.escape(lex.boundaries.replace("\n", "")) + r"\n"
    # web text may put a space between a number and 年/月/日 (2019 年底, 7 月 18 日)
    year = rf"(?:(?:{_DIG_Y}|{_CN_Y}) ?年|{_alt(lex.relative_years)})"
    mpart = rf"(?:{_alt(lex.month_parts)})"
    month = rf"{_MON} ?月份?"
    day = rf"{_DAYN} ?[日号](?:{_HOUR})?"
    dt = rf"(?:{year}(?:{month}(?:{day}|{mpart})?)?|{month}(?:{day}|{mpart})?)"
    quarters = _alt(lex.quarters)
    ypb = re.escape(data["year_part_blockers"])
    follow = re.escape("".join(sorted(lex.near_followers)))
    no = "(?!)"
    pats: list[tuple[str, str]] = [
        ("range_y", rf"(?:自|从)?{_NB}(?P<a>{_DIG_Y})年?{_SEP}(?P<b>{_DIG_Y})年"),
        ("range_m", rf"(?:自|从)?{_NB}(?P<y>{year})?(?P<a>{_MON})月?{_SEP}(?P<b>{_MON})月份?"),
        ("range", rf"(?:自|从)?{_NB}(?P<a>{dt}){_SEP}(?P<nx>次年|翌年)?(?P<b>{dt}|{day})止?"),
        (
            "range_d",  # 10月28~29日: one month, the first day without 日
            rf"{_NB}(?P<y>{year})?(?P<m>{_MON}) ?月(?P<a>{_DAYN}){_SEP}(?P<b>{_DAYN}) ?[日号]",
        ),
        ("first_months", rf"{_NB}(?P<y>{year})?前(?P<n>{_NUMW})个?月(?:份)?"),
        ("list", rf"{_NB}(?P<a>{dt})(?:[、和及与]{dt}){{1,6}}"),
        (
            "until",
            rf"(?:截至到|截止到|截至|截止)(?P<a>{dt}|目前|现在|当前|今天|今日|发稿时|日前|年底|年末|月底)"
            r"(?:底|末)?",
        ),
        ("since", rf"(?:自|从)?{_NB}(?P<a>{dt})(?P<gap>[^{bnd}]{{0,30}}?)以来"),
        ("since_from", rf"(?:自|从){_NB}(?P<a>{dt})(?:起|开始|(?=开展|启动|部署|实施))(?![至到])"),
        ("named", rf"[“\"]?(?P<name>{_alt(lex.named)})[”\"]?(?P<suf>期间|时期|以来)"),
        ("holiday", _holiday_re(lex, year)),
        ("travel", _travel_re(lex, year)),
        ("short_year", rf"(?:自|从|于)(?P<a>[一二九]{_CN_D})年(?![0-9一二三四五六七八九十])"),
        ("rel_month", rf"(?P<mo>{_alt(lex.relative_months) or no})(?:(?P<d>{_DAYN})[日号])?"),
        (
            "campaign",
            rf"(?:在)?(?:为期(?P<n>{_NUMW})年的)?[“\"]?(?P<name>{_alt(lex.campaigns)})[”\"]?"
            r"(?P<suf>开展以来|以来|期间|中)",
        ),
        ("this_year_since", r"(?:今年|本年|年初)来(?![看说])"),
        ("until_now", r"(?<![截])至今(?!年)"),
        ("rolling", rf"{_NB}(?P<near>近|最近|过去)?(?P<n>{_NUMW})(?P<u>个月|年)(?:以来|来)"),
        (
            "rolling_near",
            rf"(?P<near>近|最近|过去){_NB}(?P<n>{_NUMW})(?P<u>个月|年)(?=[{follow}]|$)",
        ),
        ("consec", rf"连续(?P<n>{_NUMW})个?年"),
        ("half", rf"{_NB}(?P<y>{year})?(?P<h>{_alt(lex.halves)})"),
        ("quarter", rf"{_NB}(?P<y>{year})?(?P<q>{quarters})(?P<x>末)?(?P<s>以来)?"),
        (
            "part",
            rf"{_NB}(?:(?P<y>{year})|(?<![年])年)(?P<p>{_alt(lex.year_parts)})(?![{ypb}])(?P<s>以来)?",
        ),
        (
            "annual",
            rf"(?:{_NB}(?P<y>{year}))?(?P<w>{_alt(lex.annual_words)})"
            rf"|{_NB}(?P<y2>(?:{_DIG_Y}|{_CN_Y})年)度",
        ),
        ("vague", _alt(lex.vague)),
        ("same", rf"(?:{_NB}(?P<y>{year}))?同期"),
        (
            "event_since",
            rf"(?:(?:(?<=[{bnd} \u3000])|^)(?:自|从)?|自|从)(?P<ev>[^{bnd}\s]{{1,24}}?)以来",
        ),
        ("during", rf"(?:(?:(?<=[{bnd} \u3000])|^)在?|在)(?P<ev>[^{bnd}\s]{{1,12}}?)期间"),
        (
            "during_in",
            rf"(?:(?<=[{bnd} \u3000])|^)在(?P<ev>[^{bnd}\s]{{1,24}}?(?:{_alt(lex.event_nouns)}))中",
        ),
        ("now", rf"(?:(?<=[{bnd} \u3000])|^)(?:{_alt(lex.now_words)})(?![{bnd}]?的)"),
        ("date", rf"{_NB}(?P<a>{dt})"),
    ]
    compiled = tuple((name, re.compile(p, re.M)) for name, p in pats)
    # A character every match of the pattern contains (checked in tests on the corpus and
    # on random text; a pattern without one would simply need the full-text scan).
    year_month = "年月"  # dt: a year (2020年 / a relative year 今年…) or a month
    # The last character of any dt (or year / month number), and what follows it in a range
    # (the first character of _SEP), a list or a since_from (起/开始): those patterns anchor
    # on the character right after the date, far rarer than 年/月 themselves.
    ends = {"年", "月", "份", "日", "号", "时", "時", "分"}
    ends |= {w[-1] for w in (*lex.relative_years, *lex.month_parts)}
    dt_end = re.escape("".join(sorted(ends)))
    # (the following character first, then a look back: a pattern starting with a
    # character class is searched for quickly)
    sep_start = r"[起开至到\-—–~～－]"
    anchor_res = {
        "range_y": rf"{sep_start}(?<=[0-9年].)",
        "range": rf"{sep_start}(?<=[{dt_end}].)",
        "list": rf"[、和及与](?<=[{dt_end}].)",
        "since_from": rf"[起开](?<=[{dt_end}].)",
        "since": "以来",
        "event_since": "以来",
    }
    anchor_chars = {
        "range_y": "年",
        "range_m": "月",
        "range": year_month,
        "first_months": "月",
        "range_d": "月",
        "list": year_month,
        "until": "截",
        "since": "来",
        "since_from": "起始",
        "named": "期来",  # 期间 / 时期 / 以来
        "holiday": _word_anchor(lex.holidays) or "春",
        "travel": _word_anchor(lex.travel_words) or "运",
        "rel_month": "月",
        "short_year": "年",
        "campaign": _word_anchor(lex.campaigns),
        "rolling": "来",
        "this_year_since": "来",
        "until_now": "今",
        "rolling_near": "近去",  # 近 / 最近 / 过去
        "consec": "连",
        "half": _word_anchor(lex.halves),
        "quarter": _word_anchor(lex.quarters),
        "part": "年",
        "annual": _word_anchor(lex.annual_words) + "年",  # … | 2020年度
        "vague": _word_anchor(lex.vague),
        "same": "同",
        "event_since": "来",
        "during": "间",
        "during_in": "中",
        "now": _word_anchor(lex.now_words),
        "date": year_month,
    }
    anchors = tuple(
        (
            re.compile(anchor_res.get(name) or f"[{re.escape(anchor_chars[name])}]"),
            _max_width(rx),
        )
        for name, rx in compiled
    )
    date_re = re.compile(
        rf"^(?:(?P<ya>{_DIG_Y}|{_CN_Y})年|(?P<yr>{_alt(lex.relative_years)}))?"
        rf"(?:(?P<m>{_MON})月份?(?:(?P<d>{_DAYN})[日号]|(?P<mp>{mpart}))?)?$"
    )
    annual_marker_re = re.compile(_alt(lex.annual_review_markers))
    return replace(
        lex,
        patterns=compiled,
        anchors=anchors,
        date_re=date_re,
        annual_marker_re=annual_marker_re,
    )


def _holiday_re(lex: _Lexicon, year: str) -> str:
    """(v1.1) ``[在][2021年]春节假期[期间]``: an official holiday (``holidays`` lexicon)."""
    names = _alt(lex.holidays) or "(?!)"
    suffixes = _alt(lex.holiday_suffixes) or "(?!)"
    return rf"(?:在)?{_NB}(?P<y>{year})?[“\"]?(?P<h>{names})[”\"]?(?P<suf>{suffixes})(?:期间)?"


def _travel_re(lex: _Lexicon, year: str) -> str:
    """(v1.1) ``[今年]春运[期间|前两周|首日|以来]``: the 春运 season or a part of it."""
    words = _alt(lex.travel_words) or "(?!)"
    return (
        rf"(?:在)?{_NB}(?P<y>{year})?(?:{words})"
        rf"(?:前(?P<n>{_NUMW})(?P<u>周|天|日)|(?P<first>首日|第一天)|(?P<week>首周|第一周)"
        r"|(?P<since>开始以来|启动以来|以来)|(?:工作)?期间)?"
    )


def _word_anchor(words: Iterable[str]) -> str:
    """Characters of which every word in ``words`` contains one (a shared one if any)."""
    ws = list(words)
    if not ws:
        return ""
    shared = set(ws[0]).intersection(*ws[1:])
    if shared:
        return min(shared)
    return "".join(sorted({w[0] for w in ws}))


def _max_width(rx: re.Pattern[str]) -> int:
    """The longest string ``rx`` can match (every period pattern is bounded)."""
    from re import _parser  # type: ignore[attr-defined]

    hi = _parser.parse(rx.pattern, rx.flags).getwidth()[1]
    if hi >= _parser.MAXREPEAT:  # pragma: no cover - guarded by the pattern style
        raise ValueError(f"unbounded period pattern {rx.pattern!r}")
    return int(hi)


# --------------------------------------------------------------------------- numerals & dates

cn_int = small_int


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= y <= 9999):
        return None
    d = min(d, calendar.monthrange(y, m)[1])
    return date(y, m, d) if d >= 1 else None


def _minus_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 - n, 12)
    return _safe_date(y, m + 1, d.day) or d


@dataclass(frozen=True)
class _DateParts:
    year_abs: int | None
    year_rel: int | None
    month: int | None
    day: int | None
    part: str | None


def _parse_date(lex: _Lexicon, s: str) -> _DateParts | None:
    assert lex.date_re is not None
    s = _HOUR_RE.sub("", s.replace(" ", ""))
    m = lex.date_re.match(s)
    if m is None or not s:
        return None
    ya = cn_int(m["ya"]) if m["ya"] else None
    yr = lex.relative_years[m["yr"]] if m["yr"] else None
    mon = cn_int(m["m"]) if m["m"] else None
    day = cn_int(m["d"]) if m["d"] else None
    if mon is not None and not 1 <= mon <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return _DateParts(ya, yr, mon, day, m["mp"])


def _parts_span(lex: _Lexicon, p: _DateParts, y: int) -> tuple[date, date] | None:
    """The inclusive span of a parsed date in year ``y``."""
    if p.month is None:
        return date(y, 1, 1), date(y, 12, 31)
    if p.day is not None:
        d = _safe_date(y, p.month, p.day)
        return (d, d) if d else None
    if p.part is not None:
        lo, hi = lex.month_parts[p.part]
        a, b = _safe_date(y, p.month, lo), _safe_date(y, p.month, hi)
        return (a, b) if a and b else None
    return date(y, p.month, 1), _month_end(y, p.month)


# --------------------------------------------------------------------------- scanning


@dataclass
class _Raw:
    name: str
    start: int
    end: int
    m: re.Match[str]


def _scan(lex: _Lexicon, text: str) -> list[_Raw]:
    """All pattern matches, reduced to non-overlapping ones (leftmost, longest, then order)."""
    cands: list[tuple[int, int, int, _Raw]] = []
    n = len(text)
    positions: dict[re.Pattern[str], list[int]] = {}
    for prio, ((name, rx), (anchor, width)) in enumerate(zip(lex.patterns, lex.anchors)):
        hits = positions.get(anchor)
        if hits is None:
            hits = positions[anchor] = [m.start() for m in anchor.finditer(text)]
        for lo, hi in _windows(hits, width, n):
            for m in rx.finditer(text, lo, hi):
                if m.end() > m.start():
                    cands.append(
                        (m.start(), -(m.end() - m.start()), prio, _Raw(name, *m.span(), m))
                    )
    cands.sort(key=lambda c: c[:3])
    out: list[_Raw] = []
    last_end = -1
    for s, _neg, _p, raw in cands:
        if s >= last_end:
            out.append(raw)
            last_end = raw.end
    return out


def _windows(hits: list[int], width: int, n: int) -> list[tuple[int, int]]:
    """The ``(pos, endpos)`` ranges in which a pattern of at most ``width`` characters that
    contains one of the characters at ``hits`` can match.

    Scanning each range gives exactly the full-text matches: a match containing the anchor
    at ``q`` lies in ``[q - width + 1, q + width)``; ``endpos`` is 3 characters past the last
    possible match end, beyond the longest lookahead of the patterns (2), and ranges closer
    than that are merged, so no match crosses a gap between ranges (the scan arrives at
    every range in step with the full-text scan) and none is cut or made up by ``endpos``.
    """
    out: list[tuple[int, int]] = []
    if not hits:
        return out
    lo = max(0, hits[0] - width + 1)
    hi = hits[0] + width + _LOOKAHEAD
    for q in hits:
        a = q - width + 1
        if a >= hi:
            out.append((lo, min(n, hi)))
            lo = a
        hi = q + width + _LOOKAHEAD
    out.append((lo, min(n, hi)))
    return out


#: characters a period pattern's lookahead reads past its match, plus one
_LOOKAHEAD = 3


# --------------------------------------------------------------------------- resolution


@dataclass
class _Ctx:
    lex: _Lexicon
    text: str
    ref: date | None
    review_year: int | None
    ctx_year: int | None = None  # last explicit year in the paragraph

    def year_of(self, p: _DateParts) -> int | None:
        if p.year_abs is not None:
            return p.year_abs
        if p.year_rel is not None:
            return None if self.ref is None else self.ref.year + p.year_rel
        return None

    def place(self, p: _DateParts) -> tuple[date, date] | None:
        """Span of a parsed date; year-less ones get the context year or precede ``ref``."""
        y = self.year_of(p)
        if y is None and (p.year_abs is not None or p.year_rel is not None):
            return None
        if y is not None:
            span = _parts_span(self.lex, p, y)
            if span and p.year_rel == 0 and p.month is None and self.ref is not None:
                span = (span[0], self.ref)  # 今年 -> Jan 1 .. reference date
            return span
        if self.ctx_year is not None and (self.ref is None or self.ctx_year <= self.ref.year):
            return _parts_span(self.lex, p, self.ctx_year)
        if self.ref is None:
            return None
        return self.before_ref(lambda yy: _parts_span(self.lex, p, yy))

    def before_ref(self, make) -> tuple[date, date] | None:  # type: ignore[no-untyped-def]
        """The latest year (reference year or the one before) whose span precedes ``ref``."""
        assert self.ref is not None
        span = make(self.ref.year)
        if span and span[0] <= self.ref and span[1] <= self.ref + timedelta(days=31):
            return span
        return make(self.ref.year - 1)

    def year_span(self, y: int | None, lo: int, hi: int) -> tuple[date, date] | None:
        if y is not None:
            return date(y, lo, 1), _month_end(y, hi)
        if self.ctx_year is not None and (self.ref is None or self.ctx_year <= self.ref.year):
            return date(self.ctx_year, lo, 1), _month_end(self.ctx_year, hi)
        if self.review_year is not None and self.ref is not None:
            span = date(self.review_year, lo, 1), _month_end(self.review_year, hi)
            if span[0] <= self.ref:
                return span
        if self.ref is None:
            return None
        return self.before_ref(lambda yy: (date(yy, lo, 1), _month_end(yy, hi)))

    def year_word(self, s: str | None) -> tuple[int | None, bool]:
        """(year, written) for an optional ``2020年`` / ``今年`` prefix group."""
        if not s:
            return None, False
        p = _parse_date(self.lex, s)
        if p is None:
            return None, True
        return self.year_of(p), True


_Res = tuple[date | None, date | None, PeriodKind, bool, str | None]


def _resolve(c: _Ctx, raw: _Raw) -> tuple[int, int, _Res] | None:
    """Dates for one match: (start, end, (date_start, date_end, kind, point, event))."""
    m, name, lex, ref = raw.m, raw.name, c.lex, c.ref
    s, e = raw.start, raw.end
    if name == "range_y":
        a, b = int(m["a"]), int(m["b"])
        if a > b:
            return None
        return s, e, (date(a, 1, 1), date(b, 12, 31), "range", False, None)
    if name == "range_m":
        y, written = c.year_word(m["y"])
        a, b = cn_int(m["a"]), cn_int(m["b"])
        if a is None or b is None or not 1 <= a <= b <= 12:
            return None
        if written and y is None:
            return s, e, (None, None, "range", False, None)
        span = c.year_span(y, a, b)
        return s, e, ((span[0], span[1]) if span else (None, None)) + ("range", False, None)
    if name == "range":
        pa = _parse_date(lex, m["a"])
        b_text = _HOUR_RE.sub("", m["b"].replace(" ", ""))
        pb = _parse_date(lex, b_text)
        if pb is None and re.fullmatch(rf"{_DAYN}[日号]", b_text) and pa and pa.month:
            pb = _DateParts(None, None, pa.month, cn_int(b_text[:-1]), None)
        if pa is None or pb is None:
            return None
        sa = c.place(pa)
        if sa is None:
            return s, e, (None, None, "range", False, None)
        if m["nx"] and pb.year_abs is None and pb.year_rel is None and pb.month is not None:
            sb = _parts_span(lex, pb, sa[0].year + 1)
        elif pb.year_abs is None and pb.year_rel is None:
            if pb.month is None:
                return None
            sb = _parts_span(lex, pb, sa[0].year)
            if sb and sb[1] < sa[0]:
                sb = _parts_span(lex, pb, sa[0].year + 1)
        else:
            sb = c.place(pb)
        if sb is None or sb[1] < sa[0]:
            return None
        return s, e, (sa[0], sb[1], "range", False, None)
    if name == "this_year_since":  # 今年来 (a short 今年以来)
        if ref is None:
            return s, e, (None, None, "since", False, None)
        return s, e, (date(ref.year, 1, 1), ref, "since", False, None)
    if name == "until_now":  # 至今
        return s, e, (None, ref, "until", False, None)
    if name == "range_d":
        y, written = c.year_word(m["y"])
        mon, a, b = cn_int(m["m"]), cn_int(m["a"]), cn_int(m["b"])
        if mon is None or a is None or b is None or not 1 <= mon <= 12 or a > b:
            return None
        p_a = _DateParts(y if written else None, None, mon, a, None)
        sa = c.place(p_a)
        if sa is None:
            return s, e, (None, None, "range", False, None)
        end = _safe_date(sa[0].year, mon, b)
        return (s, e, (sa[0], end, "range", False, None)) if end else None
    if name == "first_months":
        y, written = c.year_word(m["y"])
        n = cn_int(m["n"])
        if n is None or not 1 <= n <= 12:
            return None
        span = None if (written and y is None) else c.year_span(y, 1, n)
        return s, e, ((span[0], span[1]) if span else (None, None)) + ("range", False, None)
    if name == "list":
        items = re.split(r"[、和及与]", m.group(0))
        spans: list[tuple[date, date]] = []
        for it in items:
            p = _parse_date(lex, it)
            if p is not None and spans and p.year_abs is None and p.year_rel is None:
                sp = _parts_span(lex, p, spans[0][0].year)
            else:
                sp = c.place(p) if p else None
            if sp is None:
                return None
            spans.append(sp)
        return s, e, (min(x[0] for x in spans), max(x[1] for x in spans), "list", True, None)
    if name == "until":
        a = m["a"]
        if a in ("目前", "现在", "当前", "今天", "今日", "发稿时", "日前"):
            return s, e, (None, ref, "until", False, None)
        if a in ("年底", "年末"):
            y = c.review_year or (ref.year if ref else None)
            return s, e, (None, date(y, 12, 31) if y else None, "until", False, None)
        if a == "月底":
            return (
                s,
                e,
                (None, _month_end(ref.year, ref.month) if ref else None, "until", False, None),
            )
        p = _parse_date(lex, a)
        sp = c.place(p) if p else None
        return s, e, (None, sp[1] if sp else None, "until", False, None)
    if name in ("since", "since_from"):
        p = _parse_date(lex, m["a"])
        gap = m["gap"] if name == "since" else None
        if gap and p is not None and p.month is None and gap[0] in lex.year_parts:
            # 自去年初部署…以来: the year's part (初/底) dates the start
            y = c.year_of(p)
            if y is not None:
                lo, _hi = lex.year_parts[gap[0]]
                return s, e, (date(y, lo, 1), ref, "since", False, None)
        if gap and (p is None or p.month is None):
            # 今年夏季治安打击整治行动开展以来: a year is no start date of the event
            return s, e, (None, None, "undated", False, gap)
        sp = c.place(p) if p else None
        return s, e, (sp[0] if sp else None, ref, "since", False, None)
    if name == "named":
        lo, hi = lex.named[m["name"]]
        if m["suf"] == "以来":
            return s, e, (lo, ref, "since", False, None)
        return s, e, (lo, hi, "named", False, None)
    if name in ("holiday", "travel"):
        return s, e, _holiday_dates(c, m, name)
    if name == "short_year":  # 自一七年 (colloquial two-digit year)
        yy = cn_int(m["a"][0]) * 10 + cn_int(m["a"][1])  # type: ignore[operator]
        y = (1900 if m["a"][0] == "九" else 2000) + yy
        return s, e, (date(y, 1, 1), date(y, 12, 31), "year", False, None)
    if name == "rel_month":
        if ref is None:
            return s, e, (None, None, "day" if m["d"] else "month", bool(m["d"]), None)
        first = _minus_months(date(ref.year, ref.month, 1), -lex.relative_months[m["mo"]])
        if m["d"]:
            day = _safe_date(first.year, first.month, cn_int(m["d"]) or 0)
            if day is None:
                return None
            return s, e, (day, day, "day", True, None)
        return s, e, (first, _month_end(first.year, first.month), "month", False, None)
    if name == "campaign":
        lo, hi = lex.campaigns[m["name"]]
        if m["suf"].endswith("以来"):
            return s, e, (lo, ref, "since", False, None)
        return s, e, (lo, hi, "named", False, None)
    if name in ("rolling", "rolling_near"):
        n = cn_int(m["n"])
        if n is None or n == 0 or n > 60:
            return None
        if m["u"] == "个月":
            return s, e, ((_minus_months(ref, n) if ref else None), ref, "rolling", False, None)
        if n == 1:  # 一年来 / 过去一年 / 近一年
            if c.review_year is not None:
                return (
                    s,
                    e,
                    (
                        date(c.review_year, 1, 1),
                        date(c.review_year, 12, 31),
                        "rolling",
                        False,
                        None,
                    ),
                )
            return s, e, ((_minus_months(ref, 12) if ref else None), ref, "rolling", False, None)
        return s, e, ((date(ref.year - n, 1, 1) if ref else None), ref, "rolling", False, None)
    if name == "consec":
        n = cn_int(m["n"])
        if n is None or n == 0 or n > 60:
            return None
        last = c.review_year or (ref.year - 1 if ref else None)
        if last is None:
            return s, e, (None, None, "rolling", False, None)
        return s, e, (date(last - n + 1, 1, 1), date(last, 12, 31), "rolling", False, None)
    if name == "half":
        y, written = c.year_word(m["y"])
        lo, hi = lex.halves[m["h"]]
        span = None if (written and y is None) else c.year_span(y, lo, hi)
        return s, e, ((span[0], span[1]) if span else (None, None)) + ("half", False, None)
    if name == "quarter":
        y, written = c.year_word(m["y"])
        lo, hi = lex.quarters[m["q"]]
        if m["x"]:
            lo = hi
        span = None if (written and y is None) else c.year_span(y, lo, hi)
        if span is None:
            return s, e, (None, None, "quarter", False, None)
        if m["s"]:
            return s, e, (span[0], ref, "since", False, None)
        if m["x"]:
            return s, e, (None, span[1], "until", False, None)
        return s, e, (span[0], span[1], "quarter", False, None)
    if name == "part":
        if m["y"]:
            y, _w = c.year_word(m["y"])
        else:
            y = c.ctx_year or (ref.year if ref else None)
            if c.review_year is not None and m["s"] is None and m["p"] != "初":
                y = c.review_year
        lo, hi = lex.year_parts[m["p"]]
        if m["s"]:
            return s, e, ((date(y, lo, 1) if y else None), ref, "since", False, None)
        if y is None:
            return s, e, (None, None, "part", True, None)
        return s, e, (date(y, lo, 1), _month_end(y, hi), "part", True, None)
    if name == "annual":
        if m["y2"]:
            y = cn_int(m["y2"][:-1])
            return s, e, (date(y, 1, 1), date(y, 12, 31), "year", False, None) if y else None
        y, written = c.year_word(m["y"])
        if written:
            return (
                s,
                e,
                ((date(y, 1, 1), date(y, 12, 31)) if y else (None, None)) + ("year", False, None),
            )
        y = c.review_year or (ref.year if ref else None)
        return (
            s,
            e,
            ((date(y, 1, 1), date(y, 12, 31)) if y else (None, None)) + ("annual", False, None),
        )
    if name == "vague":
        return s, e, (None, None, "vague", False, None)
    if name == "same":
        return s, e, (None, None, "same_period", False, None)
    if name == "now":
        return s, e, (None, ref, "until", False, None)
    if name in ("event_since", "during", "during_in"):
        ev = m["ev"]
        ev_start = m.start("ev")
        if ev in lex.vague or ev + "以来" in lex.vague:
            return s, e, (None, None, "vague", False, None)
        # a holiday or 春运 inside the event phrase: 全省春节假期期间, 今年春运以来
        for _n, rx in lex.patterns:
            if _n in ("holiday", "travel"):
                inner = rx.search(c.text, ev_start, e)
                if inner is not None:
                    tail = c.text[inner.end() : e]
                    return inner.start(), e, _holiday_dates(c, inner, _n, tail=tail)
        # 自去年初部署开展…以来: a year's start (年初) dates the event's start
        if name == "event_since":
            for _n, rx in lex.patterns:
                if _n == "part":
                    inner = rx.search(c.text, ev_start, e)
                    if inner is not None and inner["p"] == "初":
                        res = _resolve(c, _Raw("part", inner.start(), inner.end(), inner))
                        if res is not None and res[2][0] is not None:
                            return inner.start(), e, (res[2][0], ref, "since", False, None)
        # a date inside the event phrase: ``公安部7月20日以来`` is a dated since
        for _n, rx in lex.patterns:
            if _n == "date":
                inner = rx.search(ev)
                if inner is not None:
                    p = _parse_date(lex, inner.group(0))
                    # only a month or a day dates an event's start, not a year (今年…行动以来)
                    dated = p is not None and (p.month is not None or inner.end() == len(ev))
                    sp = c.place(p) if p and (dated or name != "event_since") else None
                    if sp is not None:
                        st = ev_start + inner.start()
                        if name == "event_since":
                            return st, e, (sp[0], ref, "since", False, None)
                        return st, e, (sp[0], sp[1], "range", False, None)
        s = ev_start - 1 if ev_start > s and c.text[ev_start - 1] in "自从" else ev_start
        # the phrase starts at the last 自/从/在 inside it (``全市公安机关在春节期间``)
        cut = max(ev.rfind(ch) for ch in ("自", "从", "在"))
        if cut >= 0 and ev[cut : cut + 2] not in ("自治", "自愿", "从业", "从事", "在逃"):
            s, ev = ev_start + cut, ev[cut + 1 :]
        if not ev:
            return None
        return s, e, (None, None, "undated", False, ev)
    if name == "date":
        p = _parse_date(lex, m["a"])
        if p is None:
            return None
        sp = c.place(p)
        if p.month is None:
            kind: PeriodKind = "year"
        elif p.day is not None:
            kind = "day"
        else:
            kind = "month"
        # A day, or a bare month (今年3月), usually dates an event; ``X月份`` is the month as a
        # reporting period (10月份,全区共接报警情…) and governs the figures that follow.
        point = kind == "day" or (kind == "month" and not m.group().rstrip().endswith("份"))
        if sp is None:
            return s, e, (None, None, kind, point, None)
        return s, e, (sp[0], sp[1], kind, point, None)
    return None


def _holiday_dates(c: _Ctx, m: re.Match[str], name: str, tail: str = "") -> _Res:
    """(v1.1) Dates of a holiday or 春运 match (``tail``: what follows it up to 以来)."""
    from .holidays import holiday_span, spring_travel_span

    if name == "holiday":
        ids = c.lex.holidays[m["h"]]

        def make(y: int) -> tuple[date, date] | None:
            spans = [holiday_span(h, y) for h in ids]
            if any(sp is None for sp in spans):
                return None
            return min(sp[0] for sp in spans), max(sp[1] for sp in spans)  # type: ignore[index]
    else:

        def make(y: int) -> tuple[date, date] | None:
            if not 1901 <= y <= 2099:
                return None
            lo, hi = spring_travel_span(y)
            if m["n"]:
                n = cn_int(m["n"]) or 0
                days = n * 7 if m["u"] == "周" else n
                hi = min(hi, lo + timedelta(days=max(days, 1) - 1))
            elif m["first"]:
                hi = lo
            elif m["week"]:
                hi = lo + timedelta(days=6)
            return lo, hi

    y, written = c.year_word(m["y"])
    if written:
        span = make(y) if y is not None else None
    elif c.ctx_year is not None and (c.ref is None or c.ctx_year <= c.ref.year):
        span = make(c.ctx_year)
    elif c.ref is not None:
        span = make(c.ref.year)
        if span is not None and span[0] > c.ref + timedelta(days=31):
            span = make(c.ref.year - 1)
    else:
        span = None
    since = name == "travel" and m["since"] or "以来" in tail
    if span is None:
        return None, None, ("since" if since else "named"), False, None
    if since:
        return span[0], c.ref, "since", False, None
    point = name == "travel" and bool(m["first"])
    return span[0], span[1], ("day" if point else "named"), point, None


def _is_base(lex: _Lexicon, text: str, start: int, end: int, kind: str) -> bool:
    if kind == "same_period":
        return True
    if kind not in _BASEABLE_KINDS:
        return False
    before = text[max(0, start - 4) : start].rstrip()
    if any(before.endswith(w) for w in lex.base_before):
        return True
    after = text[end : end + 4].lstrip()
    if any(after.startswith(w) for w in lex.base_after):
        return True
    if not after.startswith("的"):
        return False
    return before.endswith(lex.base_from) or any(before.endswith(w) for w in lex.base_ratio)


#: start verbs right after 自X that make it the frame of a paragraph's event
_EVENT_START = ("开展", "启动", "部署", "实施", "组织开展")

_CLAUSE_MARK = re.compile(r"[，,；;：:]")


def _is_modifier(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    """True for a mid-clause period inside a noun phrase (``periods.json`` ``noun_modifier``).

    ``对2000年以前发生的积案`` / ``降至2022年的1700余起`` (a 的 follows, after an optional
    以前/以来 and a short verb) or ``侦破2000年以来拐卖儿童积案`` (an object verb before it,
    a noun right after it).  The caller checks that the mention is not clause-initial.
    """
    after = text[end : end + 8]
    if after.startswith(("最", "新低", "新高", "同期最", "第")):  # 2015年第10次行动: ordinal
        return True  # 降至近5年来最低值: a superlative's frame, not a period
    for suf in lex.modifier_suffixes:
        if after.startswith(suf):
            after = after[len(suf) :]
            break
    i = 0
    while i < lex.modifier_gap and i < len(after) and after[i] != "的" and _is_han(after[i]):
        i += 1
    if after[i : i + 1] == "的":
        return True
    before = text[max(0, start - 4) : start]
    return _is_han(after[:1]) and any(before.endswith(v) for v in lex.modifier_verbs)


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


_HEADING_PREFIX = re.compile(
    r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]{1,2}[.、．]|第[一二三四五六七八九十]+[,,、])$"
)


def _is_framing(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    if i > 0 and text[i - 1] in "在于":
        i -= 1
    if i == 0 or text[i - 1] in lex.boundaries or text[i - 1] in ")）":
        clause_initial = True
    elif text[i - 1] in "讯电" and i < start:  # a dateline: 金山网讯 9月15日至17日…
        clause_initial = True
    elif text[start:end].startswith(("自", "从")) and text.startswith(_EVENT_START, end):
        # 江西省自今年10月15日开展的专项行动取得阶段性成果: the start of the event the
        # paragraph reports on frames it like a clause-initial period
        clause_initial = True
    else:
        clause_initial = bool(_HEADING_PREFIX.search(text[max(0, i - 6) : i]))
    if not clause_initial:
        return False
    j = end
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    return j >= len(text) or text[j] not in lex.framing_blockers


def _bounds(text: str) -> tuple[list[int], list[int]]:
    """``(_paragraph_bounds(text), _sentence_starts(text))``, computed once for the text
    that :func:`_analyze` and then :class:`PeriodIndex` read (neither list is modified)."""
    last = _LAST_BOUNDS[0]  # one read: safe when threads interleave
    if last is not None and last[0] is text:
        return last[1]
    bounds = _paragraph_bounds(text), _sentence_starts(text)
    _LAST_BOUNDS[0] = (text, bounds)
    return bounds


#: the last text given to :func:`_bounds`, with its bounds
_LAST_BOUNDS: list[tuple[str, tuple[list[int], list[int]]] | None] = [None]


def _paragraph_bounds(text: str) -> list[int]:
    """Start offsets of the lines (paragraphs) of ``text``."""
    starts = [0]
    pos = text.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = text.find("\n", pos + 1)
    return starts


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    starts += [m.end() for m in _SENTENCE_END_RE.finditer(text, 0, len(text) - 1)]
    return starts


_SENTENCE_END_RE = re.compile(f"[{re.escape(_SENTENCE_ENDERS)}]")


def review_year_of(text: str, reference: date | None, lexicon: str | None = None) -> int | None:
    """The year a release reviews (rule in the module docstring), or None."""
    lex = load_lexicon(lexicon)
    counts = _year_counts(lex, text, _scan(lex, text))
    return _review_year(lex, text, reference, counts)


def _year_counts(lex: _Lexicon, text: str, raws: list[_Raw]) -> Counter[int]:
    counts: Counter[int] = Counter()
    for r in raws:
        g = None
        if r.name == "date" and re.fullmatch(rf"(?:{_DIG_Y}|{_CN_Y})年", r.m["a"]):
            g = r.m["a"]
        elif r.name == "annual" and (r.m["y2"] or (r.m["y"] and r.m["y"][0] not in "今去前本上明")):
            g = r.m["y2"] or r.m["y"]
        if g is None or _is_base(lex, text, r.start, r.end, "year"):
            continue
        y = cn_int(g[:-1])
        if y:
            counts[y] += 1
    return counts


def _review_year(lex: _Lexicon, text: str, ref: date | None, counts: Counter[int]) -> int | None:
    if ref is None:
        if counts:
            y, n = counts.most_common(1)[0]
            return y if n >= 2 else None
        return None
    prev, cur = ref.year - 1, ref.year
    assert lex.annual_marker_re is not None
    markers = len(lex.annual_marker_re.findall(text))
    if ref.month <= 3 and counts[prev] >= counts[cur] and (counts[prev] >= 1 or markers >= 1):
        return prev
    if counts[prev] >= 3 and counts[prev] > 2 * (counts[cur] + text.count("今年")):
        return prev
    return None


def _clause_after(text: str, end: int, limit: int = 120) -> str:
    stop = end
    while stop < len(text) and stop - end < limit and text[stop] not in "。!?！？\n":
        stop += 1
    return text[end:stop]


def _anchor(
    lex: _Lexicon,
    text: str,
    mention: PeriodMention,
    earlier: list[PeriodMention],
    para_start: int,
    sent_starts: list[int],
) -> tuple[date, date | None] | None:
    """Dates of an undated event (``专项行动期间``) or the start of an open ``截至X``.

    For an event phrase: the nearest earlier dated mention (within 1500 chars) that
    names the same event, i.e. shares a specific two-character word (not
    ``行动``/``专项``): ``国庆假期期间(10月1日至7日)`` ... ``假期期间``.  Else the
    nearest earlier day/month/range mention of the paragraph followed within its clause
    by a start verb (``开展``, ``启动``…) whose clause shares a two-character word with
    the event.  For ``截至X``: such a start-verb mention within the two previous
    sentences.  Returns (start, end or None meaning "up to the reference date").
    """
    si = bisect.bisect_right(sent_starts, mention.start) - 1
    k, seen = si, 0  # two sentences back, not counting blank lines
    while k > 0 and seen < 2:
        k -= 1
        if text[sent_starts[k] : sent_starts[k + 1]].strip():
            seen += 1
    lowest = sent_starts[max(0, k)]
    ev = mention.event or ""
    for verb in lex.start_verbs:  # 行动开展以来: the event is 行动, 开展 is no name
        if ev.endswith(verb):
            ev = ev[: -len(verb)]
            break
    grams = {
        ev[i : i + 2]
        for i in range(len(ev) - 1)
        if "\u4e00" <= ev[i] <= "\u9fff" and "\u4e00" <= ev[i + 1] <= "\u9fff"
    }
    specific = grams - lex.generic_event_words
    for a in reversed(earlier):
        if a.start < mention.start - 1500:
            break
        if a.role != "own" or a.date_start is None:
            continue
        if grams and a.kind != "day" and any(g in a.text for g in specific):
            return a.date_start, a.date_end
        if (a.start < para_start and a.start < lowest) or a.kind not in _POINT_KINDS | {
            "range", "since"}:
            continue  # (the two sentences before an event may stand in the previous paragraph)
        clause = _clause_after(text, a.end)
        if not any(v in clause[:16] for v in lex.start_verbs):
            continue
        if grams:
            if not any(g in clause for g in grams):
                continue
        elif a.start < lowest:
            return None
        return a.date_start, (a.date_end if a.kind == "range" else None)
    return None


def find_period_mentions(
    text: str,
    reference: date | None,
    review_year: int | None | Literal["auto"] = AUTO,
    lexicon: str | None = None,
) -> list[PeriodMention]:
    """Every period mention of ``text`` with dates, role and framing (module docstring)."""
    return _analyze(text, reference, review_year, lexicon)[0]


def _analyze(
    text: str,
    reference: date | None,
    review_year: int | None | Literal["auto"],
    lexicon: str | None,
) -> tuple[list[PeriodMention], int | None]:
    """Mentions and the review year actually used (computed when ``"auto"``)."""
    lex = load_lexicon(lexicon)
    raws = _scan(lex, text)
    if review_year == AUTO:
        review_year = _review_year(lex, text, reference, _year_counts(lex, text, raws))
    # (v1.1) no date known: the reference year may come from the text itself; relative
    # periods then resolve within that year, and nothing ends at an unknown "today"
    assumed = None
    if reference is None:
        year = text_year(text)
        if year is not None:
            reference = assumed = date(year, 12, 31)
    ctx = _Ctx(lex, text, reference, review_year)  # type: ignore[arg-type]
    paras, sents = _bounds(text)
    out: list[PeriodMention] = []
    para_i = -1
    for raw in raws:
        pi = bisect.bisect_right(paras, raw.start) - 1
        if pi != para_i:
            para_i, ctx.ctx_year = pi, None
        res = _resolve(ctx, raw)
        if res is None:
            continue
        s, e, (ds, de, kind, point, event) = res
        if raw.name == "date" and raw.m["a"] == "上年" and text[max(0, s - 1) : s] == "以":
            continue
        role: PeriodRole = "base" if _is_base(lex, text, s, e, kind) else "own"
        # 连续3年保持了命案全破: a streak, it frames no later sentence
        framing = role == "own" and raw.name != "consec" and _is_framing(lex, text, s, e)
        mention = PeriodMention(
            text=text[s:e],
            start=s,
            end=e,
            date_start=ds,
            date_end=de,
            kind=kind,
            role=role,
            framing=framing,
            point=point,
            event=event,
            modifier=role == "own" and not framing and _is_modifier(lex, text, s, e),
            frame=raw.name == "during_in",
        )
        out.append(mention)
        if (
            role == "own"
            and not mention.modifier
            and kind in ("year", "range", "half", "quarter")
            and ds is not None
        ):
            if re.match(rf"(?:自|从)?(?:{_DIG_Y}|{_CN_Y})", mention.text):
                ctx.ctx_year = de.year if de is not None else ds.year
    _lasting(text, out)
    out = _since_until(text, out)
    for i, mention in enumerate(out):
        open_until = mention.kind == "until" and mention.date_start is None
        if open_until and mention.role == "own" and not _stock_clause(lex, text, mention):
            opened = _opened_before(out, i, paras)
            if opened is not None and (mention.date_end is None or opened <= mention.date_end):
                # 自今年2月起,… 。截至目前,… : one period, start and end written apart
                out[i] = replace(mention, date_start=opened)
                continue
        if mention.kind != "undated" and not open_until:
            continue
        if mention.kind == "undated" and (mention.event or "").endswith(lex.holiday_anaphors):
            holiday = _last_holiday(lex, out[:i])
            if holiday is not None:  # 有力维护节日期间: the holiday named before
                out[i] = replace(
                    mention, date_start=holiday.date_start, date_end=holiday.date_end
                )
                continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        if (
            mention.kind == "undated"
            and nxt is not None
            and nxt.start == mention.end + 1
            and text[mention.end] in "(（"
            and nxt.date_start is not None
        ):  # 国庆假期期间(10月1日至7日)
            out[i] = replace(mention, date_start=nxt.date_start, date_end=nxt.date_end)
            continue
        if reference is None:
            continue
        pi = bisect.bisect_right(paras, mention.start) - 1
        anchor = _anchor(lex, text, mention, out[:i], paras[pi], sents)
        if anchor is None:
            continue
        a_start, a_end = anchor
        end = mention.date_end if open_until else (a_end or reference)
        if end is None or a_start <= end:
            out[i] = replace(mention, date_start=a_start, date_end=end)
    # a campaign frame (在开展…专项行动中) is no period unless the text dates the campaign
    out = [m for m in out if not (m.frame and not m.dated)]
    if assumed is not None:
        out = [
            replace(m, date_end=None)
            if m.date_end == assumed and m.kind in ("since", "until", "rolling")
            else m
            for m in out
        ]
    return out, review_year  # type: ignore[return-value]


_TEXT_YEARS = re.compile(
    # 2017年5月, 2025年上半年, 2021年第一季度: a year with a part of it is the current one
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年(?=[0-9一二三四五六七八九十上下前第] ?[0-9月半季]?)"
    # 昆仑2021, “云剑-2020”专项行动: a campaign's year, before a quote or 专项/行动
    r"|(?<=[\u4e00-\u9fff])[-—－]?(20[0-3][0-9])(?=[”\"」』》]|专项|行动|系列)"
)


def text_year(text: str) -> int | None:
    """(v1.1) The reference year a text without any date implies: the latest year it writes
    with a part of it (2017年5月, 2025年上半年) or in a campaign's name (昆仑2021), or
    ``None``.  A bare full year (2020年,全区…) is not taken: a review names the past year."""
    years = [int(m.group(1) or m.group(2)) for m in _TEXT_YEARS.finditer(text)]
    return max(years) if years else None


_LASTING = re.compile(rf"[^。！？!?;；\n]{{0,16}}?为期(?P<n>{_NUMW})年")


def _since_until(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``X以来至Y`` is one period from X (None when X is undated) to the end of Y:
    打黑除恶专项斗争开展以来至2019年底 -> None .. 2019-12-31."""
    merged: list[PeriodMention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.text.endswith("以来")
            and prev.role == "own"
            and m.role == "own"
            and m.date_end is not None
            and text[prev.end : m.start].strip() in ("至", "到")
        ):
            merged[-1] = replace(
                prev,
                text=text[prev.start : m.end],
                end=m.end,
                date_end=m.date_end,
                kind="range" if prev.date_start is not None else "until",
            )
            continue
        merged.append(m)
    return merged


def _lasting(text: str, out: list[PeriodMention]) -> None:
    """A start year followed in its clause by 为期N年 covers those N years (in place):
    自一七年部署为期三年的专项行动 -> 2017-01-01 .. 2019-12-31."""
    for i, m in enumerate(out):
        if m.kind not in ("year", "since") or m.date_start is None or m.role != "own":
            continue
        if not m.text.startswith(("自", "从", "于")):
            continue
        hit = _LASTING.match(text, m.end)
        n = cn_int(hit["n"]) if hit else None
        if n:
            end = date(m.date_start.year + n - 1, 12, 31)
            out[i] = replace(m, date_end=end, kind="range")


def _last_holiday(lex: _Lexicon, earlier: list[PeriodMention]) -> PeriodMention | None:
    """The nearest earlier dated holiday or 春运 mention, if any."""
    words = (*lex.holidays, *lex.travel_words)
    for m in reversed(earlier):
        if m.dated and m.role == "own" and any(w in m.text for w in words):
            return m
    return None


def _stock_clause(lex: _Lexicon, text: str, until: PeriodMention) -> bool:
    """True when the sentence after ``截至Y`` reports a stock or a single case's result."""
    rest = _clause_after(text, until.end, 60)
    return any(w in rest for w in lex.stock_markers) or any(
        w in rest for w in lex.case_followers
    )


def _opened_before(out: list[PeriodMention], i: int, paras: list[int]) -> date | None:
    """The start date of an open period (自X起, X以来) framing the paragraph before the
    open ``截至Y`` at ``out[i]``, if any (no other own dated period between them)."""
    until = out[i]
    para = paras[bisect.bisect_right(paras, until.start) - 1]
    for a in reversed(out[:i]):
        if a.start < para:
            return None
        if a.role != "own" or a.modifier or not a.dated:
            continue
        if a.kind == "since" and a.date_start is not None:
            return a.date_start if _heads(out, a, para) else None
        if (
            a.kind == "year"
            and a.framing
            and a.date_start is not None
            and a.date_end is not None
            and until.date_end is not None
            and a.date_start <= until.date_end <= a.date_end
        ):
            return a.date_start if _heads(out, a, para) else None  # 2021年,…截至2021年11月
        if not a.point:
            return None
    return None


def _heads(out: list[PeriodMention], a: PeriodMention, para: int) -> bool:
    """True when ``a`` opens the paragraph starting at ``para``: no own dated period before
    it there, or only ones that start on the same day (2020年以来…自去年初…以来)."""
    for b in out:
        if b is a or b.start >= a.start:
            return True
        if b.start >= para and b.role == "own" and b.dated and not b.modifier:
            if b.date_start != a.date_start:
                return False
    return True


def find_periods(
    text: str,
    reference: date | None,
    review_year: int | None | Literal["auto"] = AUTO,
) -> list[Period]:
    """Every period mention of ``text`` as a :class:`Period` (``inherited=False``)."""
    return [m.period() for m in find_period_mentions(text, reference, review_year)]


def same_period_years_back(period: Period | None, years: int = 1) -> Period | None:
    """The comparison period of ``同期``/``去年同期``: ``period`` shifted ``years`` back."""
    if period is None:
        return None

    def shift(d: date | None) -> date | None:
        return None if d is None else (_safe_date(d.year - years, d.month, d.day) or d)

    return Period(
        text=period.text,
        date_start=shift(period.date_start),
        date_end=shift(period.date_end),
        inherited=True,
    )


# --------------------------------------------------------------------------- inheritance

_Q_LINE = re.compile(
    r"^\s*(?:问[:：]|问题[一二三四五六七八九十0-9]{1,3}[:：]|[^\s:：。]{2,24}记者[:：])"
)
_ANSWER_LINE = re.compile(r"^\s*(?:答[:：]|[^\s:：。,,]{2,4}[:：])")
_NUM_HEAD = (
    (2, re.compile(r"^\s*[一二三四五六七八九十]{1,3}、")),
    (3, re.compile(r"^\s*[(（][一二三四五六七八九十]{1,3}[)）]")),
    (4, re.compile(r"^\s*[0-9]{1,2}[.、．](?![0-9])")),
)


@dataclass
class _Section:
    start: int
    level: int
    parent: int  # index of the enclosing section, -1 for none
    governor: PeriodMention | None = None


class PeriodIndex:
    """Per-document period lookup: ``period_for(position)`` in O(log n) after a linear build."""

    def __init__(
        self,
        text: str,
        mentions: list[PeriodMention],
        reference: date | None,
        review_year: int | None,
    ) -> None:
        """Index ``mentions`` (from :func:`find_period_mentions`) of ``text``."""
        self.text = text
        self.reference = reference
        self.review_year = review_year
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self._m_starts = [m.start for m in self.mentions]
        self._paras, self._sents = _bounds(text)
        self._own = [m for m in self.mentions if m.role == "own"]
        self._own_ends = [m.end for m in self._own]
        self._gov = [m for m in self._own if self._governs(m)]
        self._gov_starts = [m.start for m in self._gov]
        self._sections, self._sec_starts, lead_end = self._build_sections()
        self.document_period = self._document_period(lead_end)

    # -- construction -----------------------------------------------------------------

    @classmethod
    def from_text(
        cls,
        text: str,
        reference: date | None,
        review_year: int | None | Literal["auto"] = AUTO,
    ) -> PeriodIndex:
        """Scan ``text`` and index its periods."""
        mentions, review = _analyze(text, reference, review_year, None)
        return cls(text, mentions, reference, review)

    @classmethod
    def from_doc(cls, doc: Doc) -> PeriodIndex:
        """The index of ``doc`` (built from ``doc.text`` and its reference date).

        The index built by the ``pressie_periods`` component for the same text and
        reference date is reused (a small in-process cache, nothing stored on the Doc, so
        Docs stay serializable); otherwise it is built here, in linear time.
        """
        ref = doc_date(doc, "pressie_reference_date")
        text = doc_text(doc)
        cached = _INDEX_CACHE.get((text, ref))
        if cached is not None:
            return cached
        mentions, review = _analyze(text, ref, AUTO, None)
        mentions = _outside_skip(mentions, skip_ranges(doc))
        return _remember(cls(text, mentions, ref, review))

    def _governs(self, m: PeriodMention) -> bool:
        if m.role != "own" or m.point or not m.framing:
            return False
        return not self._forward(m)

    def _forward(self, m: PeriodMention) -> bool:
        ref = self.reference
        if ref is None or m.date_start is None:
            return False
        if m.date_start > ref:
            return True
        return m.date_end is not None and (m.date_end - ref) > (ref - m.date_start)

    def _build_sections(self) -> tuple[list[_Section], list[int], int]:
        text = self.text
        sections: list[_Section] = []
        lead_end = len(text)
        paras = self._paras
        for pi, ps in enumerate(paras):
            pe = paras[pi + 1] - 1 if pi + 1 < len(paras) else len(text)
            line = text[ps:pe]
            if not line.strip():
                continue
            level = 0
            heading_end = pe
            if _Q_LINE.match(line):
                level = 1
            else:
                for lv, rx in _NUM_HEAD:
                    if rx.match(line):
                        level = lv
                        break
                if level == 0 and len(line.strip()) <= 40 and not re.search(r"[。！!;；]", line):
                    if not _ANSWER_LINE.match(line):
                        level = 1
            if level == 0:
                continue
            if level >= 2 or _Q_LINE.match(line):
                lead_end = min(lead_end, ps)
            if level >= 2:
                stop = re.search(r"[。！？!?]", line)
                if stop:
                    heading_end = ps + stop.end()
            parent = len(sections) - 1
            while parent >= 0 and sections[parent].level >= level:
                parent = sections[parent].parent
            sec = _Section(ps, level, parent)
            sec.governor = self._section_governor(ps, heading_end, pi)
            sections.append(sec)
        return sections, [s.start for s in sections], lead_end

    def _section_governor(self, start: int, heading_end: int, pi: int) -> PeriodMention | None:
        i = bisect.bisect_left(self._m_starts, start)
        while i < len(self.mentions) and self.mentions[i].end <= heading_end:
            m = self.mentions[i]
            if m.role == "own" and not m.point and m.dated and not self._forward(m):
                return m
            i += 1
        # the first governing mention of the section's first body paragraph
        paras = self._paras
        body_start = (
            heading_end
            if heading_end < (paras[pi + 1] if pi + 1 < len(paras) else len(self.text))
            else None
        )
        if body_start is None:
            j = pi + 1
            while j < len(paras):
                pe = paras[j + 1] if j + 1 < len(paras) else len(self.text)
                if self.text[paras[j] : pe].strip():
                    break
                j += 1
            if j >= len(paras):
                return None
            body_start = paras[j]
        pj = bisect.bisect_right(paras, body_start) - 1
        body_end = paras[pj + 1] if pj + 1 < len(paras) else len(self.text)
        k = bisect.bisect_left(self._gov_starts, body_start)
        if k < len(self._gov) and self._gov[k].start < body_end:
            return self._gov[k]
        return None

    def _document_period(self, lead_end: int) -> Period | None:
        y = self.review_year
        if y is not None:
            full = (date(y, 1, 1), date(y, 12, 31))
            for m in self._gov:
                if (m.date_start, m.date_end) == full:
                    return m.period(inherited=True)
            for m in self._own:
                if (m.date_start, m.date_end) == full and m.kind == "year":
                    return m.period(inherited=True)
            return Period(text=f"{y}年", date_start=full[0], date_end=full[1], inherited=True)
        k = 0
        while k < len(self._gov) and self._gov[k].start < lead_end:
            if self._gov[k].dated:
                return self._gov[k].period(inherited=True)
            k += 1
        return None

    # -- queries ----------------------------------------------------------------------

    def own_period(self, position: int) -> Period | None:
        """The period written earlier in the sentence of ``position`` (``inherited=False``)."""
        sent = self._sents[bisect.bisect_right(self._sents, position) - 1]
        i = bisect.bisect_right(self._own_ends, position) - 1
        best: PeriodMention | None = None
        while i >= 0 and self._own[i].start >= sent:
            m = self._own[i]
            if m.modifier and self.text[m.end : position] != "的":
                i -= 1  # 侦破2000年以来拐卖儿童积案: a category, not this fact's period
                continue
            if m.text.startswith("连续") and _CLAUSE_MARK.search(self.text, m.end, position):
                i -= 1  # 发案数连续三年下降,命案破案率96.6%: a streak frames its own clause
                continue
            if best is None:
                best = m
                if m.dated or m.kind != "undated" or not m.text.endswith("期间"):
                    break
            elif m.dated:
                return m.period()
            i -= 1
        return best.period() if best else None

    def governing_period(self, position: int) -> Period | None:
        """The inherited period at ``position`` (paragraph, section, document; see docstring)."""
        sent = self._sents[bisect.bisect_right(self._sents, position) - 1]
        para = self._paras[bisect.bisect_right(self._paras, position) - 1]
        case = self._case_date(sent, para)
        if case is not None:
            return case
        k = bisect.bisect_left(self._gov_starts, sent) - 1
        # an as-of stock (截至12月底,累计…) frames only its sentence after the paragraph's
        # own period (全年…。截至…。…共推动出台26项 -> 全年)
        while (k >= 1 and self._gov[k].kind == "until" and self._gov[k].date_start is None
               and self._gov[k - 1].start >= para):
            k -= 1
        if k >= 0 and self._gov[k].start >= para:
            return self._gov[k].period(inherited=True)
        si = bisect.bisect_right(self._sec_starts, position) - 1
        while si >= 0:
            sec = self._sections[si]
            if sec.governor is not None and sec.governor.start < sent:
                return sec.governor.period(inherited=True)
            si = sec.parent
        return self.document_period

    def _case_date(self, sent: int, para: int) -> Period | None:
        """The date of the case a sentence continues: a sentence opening with a case
        follower (专案组, 该案, 该团伙) after a paragraph that opened with a dated event
        (``2022年3月,公安部指挥…侦破…专案,…。专案组民警历时8个月``) takes that date."""
        followers = load_lexicon().case_followers
        if not followers:
            return None
        head = self.text[sent:sent + 12].lstrip()
        if not head.startswith(followers):
            return None
        i = bisect.bisect_right(self._own_ends, sent) - 1
        if i < 0:
            return None
        m = self._own[i]
        if m.start < para or not (m.point and m.framing and m.dated):
            return None
        lead = self.text[para:m.start].strip()
        if lead and not (len(lead) <= 12 and lead[-1] in "：:" and "。" not in lead):
            return None  # the dated event opens the paragraph (or an answer: 李文斌：2022年8月,…)
        return m.period(inherited=True)

    def period_for(self, position: int) -> Period | None:
        """The period of a fact whose value starts at char ``position`` (own, else inherited)."""
        own = self.own_period(position)
        return own if own is not None else self.governing_period(position)

    def base_period_in(self, start: int, end: int) -> Period | None:
        """The first comparison period (``同比2018年``, ``较去年``) inside ``[start, end)``."""
        i = bisect.bisect_left(self._m_starts, start)
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].role == "base":
                return self.mentions[i].period()
            i += 1
        return None


_INDEX_CACHE: OrderedDict[tuple[str, date | None], PeriodIndex] = OrderedDict()
_INDEX_CACHE_SIZE = 8


def _remember(index: PeriodIndex) -> PeriodIndex:
    key = (index.text, index.reference)
    _INDEX_CACHE[key] = index
    _INDEX_CACHE.move_to_end(key)
    while len(_INDEX_CACHE) > _INDEX_CACHE_SIZE:
        _INDEX_CACHE.popitem(last=False)
    return index


def period_for(
    source: Doc | PeriodIndex | str,
    position: int,
    reference: date | None = None,
) -> Period | None:
    """Shortcut: the period of a fact at ``position`` in a Doc, an index or a plain text.

    For a plain ``str`` an index is built on every call (linear); build a
    :class:`PeriodIndex` once when querying many positions.
    """
    if isinstance(source, PeriodIndex):
        return source.period_for(position)
    if isinstance(source, Doc):
        return PeriodIndex.from_doc(source).period_for(position)
    return PeriodIndex.from_text(source, reference).period_for(position)


# --------------------------------------------------------------------------- component


class PeriodRecognizer:
    """spaCy component: ``doc._.pressie_periods`` = every period mention, resolved.

    Reads ``doc._.pressie_reference_date`` (None keeps relative mentions undated).  The
    :class:`PeriodIndex` it builds is kept in a small in-process cache that
    :meth:`PeriodIndex.from_doc` reuses.
    """

    def __init__(
        self, lexicon: str | None = None, spans_key: str | None = "pressie_periods"
    ) -> None:
        """``lexicon``: optional path of a periods JSON replacing the packaged one.
        ``spans_key``: the periods also go to ``doc.spans[spans_key]`` (label: the dates,
        ``2021-01-01..2021-04-30``, or ``undated``), for displaCy; None: not."""
        self.lexicon = lexicon
        self.spans_key = spans_key
        load_lexicon(lexicon)  # fail early on a broken lexicon

    def _lexicon_file(self) -> Path:
        return lexicon_path("periods.json") if self.lexicon is None else Path(self.lexicon)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the period lexicon in use to ``path/periods.json`` (``nlp.to_disk``)."""
        out = Path(path)
        out.mkdir(parents=True, exist_ok=True)
        (out / "periods.json").write_text(self._lexicon_file().read_text("utf-8"), "utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> PeriodRecognizer:
        """Use the lexicon saved by :meth:`to_disk` (``nlp.from_disk``)."""
        saved = Path(path) / "periods.json"
        if saved.is_file():
            self.lexicon = str(saved)
            load_lexicon(self.lexicon)
        return self

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and return it."""
        text = doc_text(doc)
        ref = doc_date(doc, "pressie_reference_date")
        mentions, review = _analyze(text, ref, AUTO, self.lexicon)
        mentions = _outside_skip(mentions, skip_ranges(doc))
        found = [m.period() for m in mentions]
        set_models(doc, "pressie_periods", found)
        spans = [(p.start, p.end, _span_label(p)) for p in found if p.start is not None]
        set_spans(doc, self.spans_key, spans)  # type: ignore[arg-type]
        _remember(PeriodIndex(text, mentions, ref, review))
        return doc


def _span_label(period: Period) -> str:
    if period.date_start is None or period.date_end is None:
        return "undated"
    return f"{period.date_start.isoformat()}..{period.date_end.isoformat()}"


def _outside_skip(
    mentions: list[PeriodMention], skip: list[tuple[int, int]] | None
) -> list[PeriodMention]:
    """Drop mentions in no-fact ranges (boilerplate such as a 当前位置 breadcrumb, the repeated
    copy of an article): a period there neither dates a fact nor governs one."""
    if not skip:
        return mentions
    from .structure import in_skip

    return [m for m in mentions if not in_skip(skip, m.start, m.end)]


@Language.factory(
    "pressie_periods",
    default_config={"lexicon": None, "spans_key": "pressie_periods"},
    assigns=ASSIGNS["pressie_periods"],
    requires=REQUIRES["pressie_periods"],
)
def make_periods(
    nlp: Language, name: str, lexicon: str | None, spans_key: str | None
) -> PeriodRecognizer:
    """spaCy factory for :class:`PeriodRecognizer`."""
    return PeriodRecognizer(lexicon, spans_key)


__all__ = [
    "AUTO",
    "PeriodIndex",
    "PeriodKind",
    "PeriodMention",
    "PeriodRecognizer",
    "PeriodRole",
    "cn_int",
    "find_period_mentions",
    "find_periods",
    "load_lexicon",
    "make_periods",
    "period_for",
    "review_year_of",
    "same_period_years_back",
]
