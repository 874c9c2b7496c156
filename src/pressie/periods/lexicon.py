"""The period lexicon (``lexicons/periods.json``): load it and compile the patterns."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..lexicon_schema import read_json
from ..resources import alternation as _alt
from ..resources import lexicon_path
from ..structure_rules import NOT_BARE_DAY_AFTER

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
    crime_event_words: tuple[str, ...] = ()
    #: observed days counted by year (第33个国际禁毒日): name -> the year before the first
    observance_days: dict[str, int] = field(default_factory=dict)
    anniversaries: dict[str, int] = field(default_factory=dict)
    continuation_heads: tuple[str, ...] = ()
    #: a since-period naming a campaign (专项斗争开展以来), not an era (改革开放以来)
    campaign_since_words: tuple[str, ...] = ()
    #: a bare month heading its paragraph before one of these reports a month (今年4月,全省…)
    reporting_month_scopes: tuple[str, ...] = ()
    #: words that point an event phrase back to the action just named (此次专项行动开始以来)
    event_anaphors: tuple[str, ...] = ()
    #: writers named in a news lead (记者某某 通讯员某某) before a framing period
    byline_re: re.Pattern[str] | None = None
    #: (v1.1) a campaign's written span frames its paragraph (periods.json campaign_span)
    campaign_span_re: re.Pattern[str] | None = None
    campaign_span_before: tuple[str, ...] = ()
    #: reporting verbs after a paragraph-initial day: the news day (periods.json dateline)
    dateline_verbs: tuple[str, ...] = ()
    dateline_window: int = 0
    #: a subject that may stand before a framing period (periods.json subject_head)
    subject_ends: tuple[str, ...] = ()
    subject_max: int = 0
    modifier_suffixes: tuple[str, ...] = ()
    modifier_verbs: tuple[str, ...] = ()
    modifier_gap: int = 0
    #: (v1.1) holiday name -> chinese_calendar Holiday member names; their suffixes
    holidays: dict[str, tuple[str, ...]] = field(default_factory=dict)
    holiday_suffixes: tuple[str, ...] = ()
    holiday_anaphors: tuple[str, ...] = ()
    travel_words: tuple[str, ...] = ()
    #: the travel words of the summer seasons (暑运, 暑期, 暑假): 1 July to 31 August
    summer_words: tuple[str, ...] = ()
    #: what launches a body or an action on a written day (…挂牌成立至今)
    launch_verbs: tuple[str, ...] = ()
    #: a pair of holidays told by their number (两节, 双节)
    holiday_pairs: tuple[str, ...] = ()
    #: (v1.1) events hosted in China (奥运会): name -> the spans of its editions
    hosted: dict[str, tuple[tuple[date, date], ...]] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    relative_months: dict[str, int] = field(default_factory=dict)
    stock_markers: tuple[str, ...] = ()
    days_after: tuple[str, ...] = ()
    patterns: tuple[tuple[str, re.Pattern[str]], ...] = field(default=())
    #: per pattern (same order): a character class every match contains, and the longest
    #: match; :func:`_scan` runs a pattern only in windows around those characters
    anchors: tuple[tuple[re.Pattern[str], int], ...] = field(default=())
    #: the patterns grouped by anchor (:func:`_scan_groups`), what :func:`_scan` walks
    scan_groups: tuple[_ScanGroup, ...] = field(default=())
    date_re: re.Pattern[str] | None = None
    annual_marker_re: re.Pattern[str] | None = None
    #: a heading naming a year's report (2017年…工作报告): the year reviewed
    report_title_re: re.Pattern[str] | None = None


def _byline_re(roles: list[str]) -> re.Pattern[str] | None:
    """The writers of a news lead ending where a period starts: one or more role words,
    each with a name (记者阮某 通讯员帅某曾某, 见习记者某某 发自北京), after the line's
    start or a dateline's 讯/电; matched against a bounded window before the period."""
    if not roles:
        return None
    name = "[ \u3000]*[\u4e00-\u9fff·]{2,8}"
    return re.compile(
        f"(?:^|\\n|[讯电])[ \u3000]*(?:[(（]?(?:{_alt(roles)}){name}[)）]?[ \u3000]*)+"
        f"(?:发自[\u4e00-\u9fff]{{2,4}}[ \u3000]*)?$"
    )


def _span(pair: list[str]) -> tuple[date, date]:
    return date.fromisoformat(pair[0]), date.fromisoformat(pair[1])


def load_lexicon(path: str | None = None) -> _Lexicon:
    """Load ``lexicons/periods.json`` (or ``path``) and compile the period patterns (once
    per path: ``load_lexicon()`` and ``load_lexicon(None)`` share one compiled lexicon)."""
    return _load_lexicon(path)


@lru_cache(maxsize=4)
def _load_lexicon(path: str | None) -> _Lexicon:
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
        hosted={k: tuple(_span(x) for x in v)
                for k, v in data.get("hosted_events", {}).get("events", {}).items()},
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
        summer_words=tuple(data.get("spring_travel", {}).get("summer_words", [])),
        launch_verbs=tuple(data.get("launch_verbs", {}).get("words", [])),
        holiday_pairs=tuple(data.get("holiday_pairs", {}).get("words", [])),
        stock_markers=tuple(data.get("stock_markers", {}).get("words", [])),
        days_after=tuple(data.get("days_after", {}).get("words", [])),
        crime_event_words=tuple(data.get("crime_event_words", {}).get("words", [])),
        observance_days={
            k: int(v)
            for k, v in data.get("observance_days", {}).get("first_year_minus_one", {}).items()
        },
        anniversaries={
            k: int(v) for k, v in data.get("anniversaries", {}).get("founding_year", {}).items()
        },
        continuation_heads=tuple(data.get("continuation_heads", {}).get("words", [])),
        campaign_since_words=tuple(data.get("campaign_since", {}).get("words", [])),
        reporting_month_scopes=tuple(
            data.get("reporting_month_scopes", {}).get("words", [])),
        event_anaphors=tuple(data.get("event_anaphors", {}).get("words", [])),
        byline_re=_byline_re(data.get("byline_roles", {}).get("words", [])),
        relative_days={
            k: int(v) for k, v in data.get("relative_days", {}).items() if k != "_doc"
        },
        relative_months={
            k: int(v) for k, v in data.get("relative_months", {}).items() if k != "_doc"
        },
    )
    return _compile(lex, data)


# Building blocks.  No nested quantifiers; every gap is bounded.
_NB = r"(?<![0-9.〇零一二两三四五六七八九十百千万])"  # not inside a bigger number
_DIG_Y = r"(?:1[89]|20)[0-9]{2}"
#: a year in Chinese digits (二〇〇八); pages also type its zeros as 0 or O (二00八, 二OO八)
_CN_Y = r"[〇零一二三四五六七八九]{4}|[一二][0O〇零一二三四五六七八九]{3}"
_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_DAYN = (
    r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?"
    r"|十[一二三四五六七八九]?|[一二三四五六七八九])"
)
_CN_D = "[〇零一二三四五六七八九]"
#: an hour (and minutes) after a day in a range: 2月7日零时至13日18时
_HOUR = r"(?:[0-2]?[0-9]|[零一二三四五六七八九十]{1,3}) ?[时時](?:[0-5]?[0-9]分)?"
#: a part of the day written between a day and its hour (7日晚21时, 9日凌晨2时)
_DAYPART = r"(?:凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|夜里|深夜|晚|夜)"
_HOUR_RE = re.compile(_DAYPART + "?" + _HOUR + "$")
_NUMW = r"(?:[1-9][0-9]?|[一二两三四五六七八九十]{1,3})"
#: a year's start, end or half after 年 in a range of years (2008年初, 2006年底, 2020年上半年),
#: not a word starting with 初 (初步, 初见, 初次)
_YEAR_EDGE = r"(?:初(?![步见次期中始])|底|末|上半年|下半年)"
#: the words of an as-of period (截至6月底, 截至本月15日), longest first
UNTIL_WORDS = ("截至到", "截止到", "截至", "截止")
_SEP = r"(?:起?至|起?到|开始到|开始至|[-—–~～－])"


class _Blocks(NamedTuple):
    """Pattern pieces built from the lexicon and shared by the period patterns."""

    bnd: str  #: the clause boundaries, as a character class body
    year: str  #: 2020年 / 二〇二〇年 / a relative year (今年)
    mpart: str  #: a part of a month (上旬, 底)
    month: str
    day: str
    dt: str  #: a year, month or day date


def _blocks(lex: _Lexicon) -> _Blocks:
    """The shared pattern pieces of ``lex``."""
    bnd = re.escape(lex.boundaries.replace("\n", "")) + r"\n"
    # web text may put a space between a number and 年/月/日 (2019 年底, 7 月 18 日)
    year = rf"(?:(?:{_DIG_Y}|{_CN_Y}) ?年|{_alt(lex.relative_years)})"
    mpart = rf"(?:{_alt(lex.month_parts)})"
    month = rf"{_MON} ?月份?"
    day = rf"{_DAYN} ?[日号](?:{_DAYPART}?{_HOUR})?"
    # (2023年 1-6月: a space may stand between the year and its month)
    dt = rf"(?:{year}(?: ?{month}(?:{day}|{mpart})?)?|{month}(?:{day}|{mpart})?)"
    return _Blocks(bnd, year, mpart, month, day, dt)


def _compile(lex: _Lexicon, data: dict) -> _Lexicon:  # type: ignore[type-arg]
    """``lex`` with its patterns (in priority order), their scan anchors, the date parser
    and the annual-marker pattern compiled."""
    b = _blocks(lex)
    pats = _date_patterns(lex, b) + _word_patterns(lex, data, b)
    compiled = tuple((name, re.compile(p, re.M)) for name, p in pats)
    mpart = b.mpart
    date_re = re.compile(
        rf"^(?:(?P<ya>{_DIG_Y}|{_CN_Y})年|(?P<yr>{_alt(lex.relative_years)}))?"
        rf"(?:(?P<m>{_MON})月份?(?:(?P<d>{_DAYN})[日号]|(?P<mp>{mpart}))?)?$"
    )
    annual_marker_re = re.compile(_alt(lex.annual_review_markers))
    titles = data.get("annual_report_titles", {}).get("words", [])
    report_title_re = (
        re.compile(
            rf"(?m)^[ \u3000]*(?P<y>{_DIG_Y}) ?年?度?[^。，,\n]{{0,20}}?(?:{_alt(titles)})"
            r"[ \u3000]*$"
        )
        if titles else None
    )
    span = data.get("campaign_span")
    campaign_span_re = None
    if span:
        campaign_span_re = re.compile(
            rf"(?:{_alt(span['verbs'])})的?[^。；;，,:：\n]{{0,{int(span['max_gap'])}}}?"
            rf"(?:{_alt(lex.event_nouns)})(?:中|期间)"
        )
    anchors = _anchors(lex, compiled)
    return replace(
        lex,
        campaign_span_re=campaign_span_re,
        dateline_verbs=tuple(data.get("dateline", {}).get("verbs", ())),
        dateline_window=int(data.get("dateline", {}).get("window", 0)),
        subject_ends=tuple(data.get("subject_head", {}).get("ends", ())),
        subject_max=int(data.get("subject_head", {}).get("max_len", 0)),
        campaign_span_before=tuple(span["before"]) if span else (),
        patterns=compiled,
        anchors=anchors,
        scan_groups=_scan_groups(compiled, anchors),
        date_re=date_re,
        annual_marker_re=annual_marker_re,
        report_title_re=report_title_re,
    )




def _first_chars(words: tuple[str, ...]) -> str:
    """The first characters of ``words``, escaped for a character class."""
    return re.escape("".join(sorted({w[0] for w in words if w})))


def _date_patterns(lex: _Lexicon, b: _Blocks) -> list[tuple[str, str]]:
    """The patterns of written dates, ranges, since / until and named periods (first in
    priority)."""
    bnd, year, day, dt = b.bnd, b.year, b.day, b.dt
    return [
        # (2006年至2008年初, 2006年底至2008年: a year's start or end at either side)
        # (not 初步, 初见: 2016年至2018年初步统计 is whole years)
        ("range_y", rf"(?:自|从)?{_NB}(?P<a>{_DIG_Y})(?:年(?P<ap>{_YEAR_EDGE})?)?{_SEP}"
                    rf"(?P<b>{_DIG_Y})年(?P<bp>{_YEAR_EDGE})?"),
        # (web text may space the numbers: 1 至5 月)
        (
            "range_m",
            rf"(?:自|从)?{_NB}(?P<y>{year})?(?P<a>{_MON}) ?月?{_SEP} ?(?P<b>{_MON}) ?月份?",
        ),
        # 上周一(9日)至周五(13日), 本周一至周三: days of a week counted from the reference
        (
            "week",
            # (本周, 上周 alone: the whole week)
            r"(?P<w>上|本|这)(?:周|星期)(?:(?P<a>[一二三四五六日天])(?:[(（](?P<da>[0-9]{1,2})日[)）])?"
            r"|(?![一二三四五六日天年内末]))"
            rf"(?:{_SEP}(?:周|星期)?(?P<b>[一二三四五六日天])(?:[(（](?P<db>[0-9]{{1,2}})日[)）])?)?",
        ),
        # 今年1、2月份: two months in a row written as a pair
        ("month_pair", rf"{_NB}(?P<y>{year})?(?P<a>{_MON})[、和](?P<b>{_MON})月份?"),
        ("range", rf"(?:自|从)?{_NB}(?P<a>{dt}){_SEP}(?P<nx>次年|翌年)?(?P<b>{dt}|{day})止?"),
        (
            "range_d",  # 10月28~29日: one month, the first day without 日
            # (7月24、25、26日: days listed in one month, first to last)
            rf"{_NB}(?P<y>{year})?(?P<m>{_MON}) ?月(?P<a>{_DAYN})"
            rf"(?:{_SEP}|(?:[、和及]{_DAYN}){{0,5}}[、和及])(?P<b>{_DAYN}) ?[日号]",
        ),
        # 11日至13日, / 12日, at a clause's head: days of the reference's month
        (
            "range_dd",
            rf"(?:(?<=[{bnd} \u3000])|^)(?P<a>{_DAYN}) ?[日号]{_SEP}(?P<b>{_DAYN}) ?[日号]"
            r"(?=[,，])",
        ),
        # (16日凌晨2时许, / 5日上午,: the day of an action, its hour written after it)
        (
            "day_only",
            rf"(?:(?<=[{bnd} \u3000])|^)(?P<a>{_DAYN}) ?[日号]"
            rf"(?:{_DAYPART}(?:[0-9]{{1,2}}[时点](?:[0-9]{{1,2}}分)?许?)?)?"
            r"(?=[,，])",
        ),
        # (辽宁10日出动警力…, 全国公安交管部门1日共投入…: the day of a subject's action, written
        # after the subject and before its verb; not 拘留10日, 连续10日, 10日内, 10日起, 于21日,
        # nor the day of an announcement: 记者22日从…获悉, 公安部12日召开/通报/在京…)
        (
            "day_mid",
            rf"(?<=[\u4e00-\u9fff])(?<![{NOT_BARE_DAY_AFTER}])"
            # (the part of the day read whole, then nothing of a period's start or an
            # announcement after it: 10日零时起, 12日下午召开)
            rf"(?P<a>[0-9]{{1,2}})[日号](?:(?=(?P<dp>{_DAYPART}))(?P=dp))?"
            r"(?![内以后前来之起至到左期间的止为是和与及或电讯从在向对称说零时]|获悉|召开|举行|举办|发布"
            r"|通报|表示|透露|介绍|宣布|披露|公布|消息|发出)(?=[\u4e00-\u9fff])",
        ),
        # (首七个月: Hong Kong's releases write 首 for 前)
        # (2019年前半个月: the first half of the year's first month)
        # (not 提前1个月 / 超前 / 往前: earlier by N months, no period)
        ("first_months",
         rf"{_NB}(?P<y>{year})?(?<![提超往向])[前首](?P<n>{_NUMW}|半)个?月(?:份)?"),
        ("list", rf"{_NB}(?P<a>{dt})(?:[、和及与]{dt}){{1,6}}"),
        (
            "until",
            # (至6月底, 到2003年底, 至目前 opening a clause and closed by a comma: as of,
            # like 截至; 至6月20日止 and 到目前为止, too)
            rf"(?:{_alt(UNTIL_WORDS)}|(?:(?<=[{bnd} \u3000])|^)[至到]"
            rf"(?=(?:{dt}|目前|现在|当前|年底|年末|月底)(?:底|末)?(?:为?止)?[,，]))"
            # (截至今年一季度: as of the quarter's end)
            rf"(?P<a>(?P<uy>{year})?(?P<uq>{_alt(lex.quarters) or '(?!)'})|{dt}|目前|现在|当前"
            r"|今天|今日|发稿时|发稿|日前|年底|年末|月底)"
            r"(?:底|末)?(?:为?止)?",
        ),
        # 从2020年5月起至今 / 去年至今: since X, to the reference date
        (
            "since_now",
            # (今年初至今 / 今年年初至今: from the year's start)
            rf"(?:自|从)?{_NB}(?P<a>{dt})(?:年?初)?(?:起|开始|以来)?(?:至今|到现在|至目前|到目前)"
            r"(?![年天日])",
        ),
        # 2015年来 (a written year, not 三年来): since that year
        ("since_year", rf"(?:自|从)?{_NB}(?P<a>{_DIG_Y} ?年)来(?![看说自])"),
        # (the gap names the event started at X; a year written in it starts a period of
        # its own: 5月13日电 (记者)“2021年以来 is a dateline, then 2021年以来)
        (
            "since",
            # (2020年是改革开放以来…最多的一年: a year that is a record, not a start)
            # (7月25日电(任魁)全国…行动开展以来: a dateline's day starts nothing)
            # (自/从 marks a start: its action's name may run long, 自今年2月公安部部署…
            # 五省区…专项行动以来; without it the gap stays short)
            # (8月15日消息(记者…)今年以来: a dateline's 消息, and a 今年/去年 in the gap, which
            # starts a period of its own)
            rf"(?P<sfrom>自|从)?{_NB}(?P<a>{dt})(?!是)(?![电讯][ (（\u3000]|消息)"
            rf"(?P<gap>(?(sfrom)(?:(?!{_DIG_Y} ?年|[电讯][ (（\u3000]|消息|今年|去年)[^{bnd}])"
            rf"{{0,50}}?"
            rf"|(?:(?!{_DIG_Y} ?年|[电讯][ (（\u3000]|消息|今年|去年)[^{bnd}]){{0,30}}?))以来",
        ),
        # 自2016年起 / 从2016年铺开禁毒大会战: a start written with 起/开始 or a start verb;
        # without 自/从 only a month or a day with 起/开始 closing its clause (今年5月开始,…
        # 开展…专项行动; 2022年起,…全年 is rather a year's account)
        (
            "since_from",
            rf"(?P<from>自|从)?{_NB}(?P<a>{dt})"
            rf"(?(from)(?:起|开始|(?={_alt(lex.start_verbs)}))|(?:(?<=[月日号])(?:起|开始|启动)"
            # (去年12月5日起执行威力扫荡: a day with 起 right before the action's verb)
            rf"(?=[,，])|(?<=[日号])起(?={_alt(lex.start_verbs)}|执行)))"
            r"(?![至到])",
        ),
        ("named", rf"[“\"]?(?P<name>{_alt(lex.named)})[”\"]?(?P<suf>期间|时期|以来)"),
        # 奥运期间 / 上海世博会期间: a hosted event's days in the text's year (not after its
        # written days: 9月23日至10月8日亚运会期间 is that range)
        ("hosted", rf"(?<![日号])[“\"]?(?P<name>{_alt(lex.hosted) or '(?!)'})[”\"]?期间"),
        ("holiday", _holiday_re(lex, year)),
        ("travel", _travel_re(lex, year)),
        ("short_year", rf"(?:自|从|于)(?P<a>[一二九]{_CN_D})年(?![0-9一二三四五六七八九十])"),
    ]


def _word_patterns(lex: _Lexicon, data: dict, b: _Blocks) -> list[tuple[str, str]]:  # type: ignore[type-arg]
    """The patterns of relative and word periods, events, and the plain date (last)."""
    bnd, year, dt = b.bnd, b.year, b.dt
    quarters = _alt(lex.quarters)
    ypb = re.escape(data["year_part_blockers"])
    follow = re.escape("".join(sorted(lex.near_followers)))
    no = "(?!)"
    seasons = _alt((*lex.holidays, *lex.travel_words)) or no
    return [
        ("rel_month", rf"(?P<mo>{_alt(lex.relative_months) or no})(?:(?P<d>{_DAYN})[日号])?"),
        # 昨日,…破获… / 今天下午: a day relative to the reference day, at a clause's head
        (
            "rel_day",
            rf"(?:(?<=[{bnd} \u3000)）])|^)(?P<rd>{_alt(lex.relative_days) or no})"
            r"(?=上午|下午|中午|晚上|晚间|凌晨|早上|早晨|[0-9]{1,2}[时点]|[,，])",
        ),
        (
            "campaign",
            rf"(?:在)?(?:为期(?P<n>{_NUMW})年的)?[“\"]?(?P<name>{_alt(lex.campaigns)})[”\"]?"
            r"(?P<suf>开展以来|以来|期间|中)",
        ),
        ("this_year_since", r"(?:今年|本年|年初)来(?![看说])"),
        ("until_now", r"(?<![截])至今(?!年)"),
        # (两年多来: more than N years, counted like N年来)
        ("rolling", rf"{_NB}(?P<near>近|最近|过去)?(?P<n>{_NUMW})(?P<u>个月|年)[多余]?(?:以来|来)"),
        (
            "rolling_near",
            rf"(?P<near>近|最近|过去|这)的?{_NB}(?P<n>{_NUMW})(?P<u>个月|年)"
            # (近三年春运期间: the seasons of those years; 过去五年工作回顾: a report's heading)
            rf"(?=[{follow}]|{seasons}|工作回顾|工作总结|$)",
        ),
        ("consec", rf"连续(?P<n>{_NUMW})个?年"),
        ("half", rf"{_NB}(?P<y>{year})?(?P<h>{_alt(lex.halves)})"),
        # (2023年 4季度: a data sheet may put a space between the year and its quarter)
        ("quarter", rf"{_NB}(?:(?P<y>{year}) ?)?(?P<q>{quarters})(?P<x>末)?(?P<s>以来)?"),
        (
            "part",
            # (大年初一 is the new year's first day, no 年初; 岁末年初 the turn of the year,
            # a season's name (岁末年初…专项行动), not the year's first months)
            rf"{_NB}(?:(?P<y>{year})|(?<![年大末])年)(?P<p>{_alt(lex.year_parts)})(?![{ypb}])"
            # (年初二: a lunar day; 年初三个月 is still 年初)
            r"(?!(?<=初)[一二三四五六七八九十](?![个季]))(?P<s>以来)?",
        ),
        (
            "annual",
            # (not the 年内 of 半年内 / 三年内 / 3年内: a span of time, no year's figures)
            rf"(?:{_NB}(?P<y>{year}))?(?<![半几数多两〇一二三四五六七八九十0-9])"
            rf"(?P<w>{_alt(lex.annual_words)})"
            rf"|{_NB}(?P<y2>(?:{_DIG_Y}|{_CN_Y})年)度",
        ),
        # (not the 日前 of 节日前3天 / 假日前: before a holiday, no "recently")
        ("vague", rf"(?<![节假])(?:{_alt(lex.vague)})"),
        # 当天上午,…共集中销毁… / 同日: the day written before (periods.analyze._same_day)
        (
            "same_day",
            # (在当天清查的…中: also after a clause's 在)
            rf"(?:(?<=[{bnd} \u3000])|^|(?<=[{bnd} \u3000]在)|(?<=^在))(?:当天|当日|同日|当晚|当夜"
            # (次日 / 两天后: a day counted on from the day before, periods.analyze)
            + (f"|{_alt(lex.days_after)}" if lex.days_after else "")
            + r"|(?:[一两二三四五六七八九十]{1,2}|[0-9]{1,2})天[后後])"
            r"(?:上午|下午|中午|晚上|晚间|凌晨|早上)?(?![的起前后])",
        ),
        ("same", rf"(?:{_NB}(?P<y>{year}))?同期"),
        # 除夕至正月初六, 大年三十到正月初五, 正月初一至初七: a run of days of the lunar new year
        (
            "lunar_days",
            r"(?P<a>除夕|大年三十|年三十|(?:正月|大年)?初(?P<d1>[一二三四五六七八九十]))"
            r"(?:[0-9]{1,2}[时點点])?(?:至|到|—|-)(?:正月|大年)?初(?P<d2>[一二三四五六七八九十]{1,2})"
            r"(?![0-9一二三四五六七八九十])",
        ),
        (
            "event_since",
            rf"(?:(?:(?<=[{bnd} \u3000])|^)(?:自|从)?|自|从|(?<=[)）讯]))"
            # (an alias in brackets may stand inside: …行动(以下简称“夏季行动”)开展以来;
            # a news lead 本报讯(记者…) or a dateline …6月18日电(记者…) / 8月15日消息(记者…)
            # before it is not: the event starts after it)
            rf"(?P<ev>(?![(（])(?:(?![讯电][ (（]|消息[ (（])[^{bnd}\s]){{1,24}}?"
            rf"(?:[(（][^()（）{bnd}]{{1,16}}[)）][^{bnd}\s]{{0,8}}?)?)以来",
        ),
        # 开展“夏季行动”至今: an action up to now, like 行动开展以来
        (
            "event_now",
            rf"(?:(?:(?<=[{bnd} \u3000])|^)(?:自|从)?|自|从)"
            rf"(?P<ev>[^{bnd}\s]{{0,20}}?(?:(?:{_alt(lex.event_nouns)})"
            # (从今年7月15日…百日行动开始至今: 开始 may stand before 至今)
            r"[”\"」]?(?:开始)?"
            # (自2016年9月30日挂牌成立至今: a dated launch, like …成立以来)
            rf"|(?<=[日月])[^{bnd}\s]{{0,8}}?(?:{_alt(lex.launch_verbs) or '(?!)'})))至今",
        ),
        ("during", rf"(?:(?:(?<=[{bnd} \u3000])|^)在?|在)(?P<ev>[^{bnd}\s]{{1,12}}?)期间"),
        (
            "during_in",
            rf"(?:(?<=[{bnd} \u3000])|^)在(?P<ev>[^{bnd}\s]{{1,24}}?(?:{_alt(lex.event_nouns)}))中",
        ),
        ("now", rf"(?:(?<=[{bnd} \u3000])|^)(?:{_alt(lex.now_words)})(?![{bnd}]?的|位置)"),
        ("date", rf"{_NB}(?P<a>{dt})"),
    ]


def _anchors(
    lex: _Lexicon, compiled: tuple[tuple[str, re.Pattern[str]], ...]
) -> tuple[tuple[re.Pattern[str], int], ...]:
    """Per compiled pattern: the anchor :func:`~.scan._scan` looks for, and its longest match."""
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
        "range_y": rf"{sep_start}(?<=[0-9年初底末].)",
        "range": rf"{sep_start}(?<=[{dt_end}].)",
        "list": rf"[、和及与](?<=[{dt_end}].)",
        "since_from": rf"[起开{_first_chars(lex.start_verbs)}](?<=[{dt_end}].)",
        "since": "以来",
        "since_now": r"[至到](?<=[^截].)",
        "since_year": "年来",
        "event_since": "以来",
        "event_now": "至今",
    }
    anchor_chars = {
        "range_y": "年",
        "range_m": "月",
        "month_pair": "月",
        "week": "周期",
        "range": year_month,
        "first_months": "月",
        "range_d": "月",
        "range_dd": "日号",
        "day_only": "日号",
        "day_mid": "日号",
        "list": year_month,
        "until": "截至到",
        "since": "来",
        "since_now": "今目现",
        "since_year": "来",
        "since_from": "起始",
        "named": "期来",  # 期间 / 时期 / 以来
        "hosted": "期",
        "holiday": _word_anchor(lex.holidays) or "春",
        "travel": _word_anchor(lex.travel_words) or "运",
        "rel_month": "月",
        "rel_day": "今昨前",
        "short_year": "年",
        "campaign": _word_anchor(lex.campaigns),
        "rolling": "来",
        "this_year_since": "来",
        "until_now": "今",
        "rolling_near": "近去这",  # 近 / 最近 / 过去 / 这(两年)
        "consec": "连",
        "half": _word_anchor(lex.halves),
        "quarter": _word_anchor(lex.quarters),
        "part": "年",
        "annual": _word_anchor(lex.annual_words) + "年",  # … | 2020年度
        "vague": _word_anchor(lex.vague),
        "same": "同",
        "lunar_days": "初",
        "same_day": "当同次翌隔天",
        "event_since": "来",
        "event_now": "今",
        "during": "间",
        "during_in": "中",
        "now": _word_anchor(lex.now_words),
        "date": year_month,
    }
    return tuple(
        (
            re.compile(anchor_res.get(name) or f"[{re.escape(anchor_chars[name])}]"),
            _max_width(rx),
        )
        for name, rx in compiled
    )


@dataclass(frozen=True)
class _ScanGroup:
    """The patterns sharing one scan anchor: ``(priority, name, pattern, longest match)``
    each, and, for an anchor that is a plain character class, its characters (a text
    holding none of them needs no scan for the anchor; None: a pattern anchor)."""

    anchor: re.Pattern[str]
    chars: str | None
    patterns: tuple[tuple[int, str, re.Pattern[str], int], ...]


#: an anchor that is a plain class of literal characters (``[年月]``, as :func:`_anchors`
#: writes them)
_CHAR_CLASS = re.compile(r"\[((?:\\.|[^\\\]])+)\]")


def _scan_groups(
    compiled: tuple[tuple[str, re.Pattern[str]], ...],
    anchors: tuple[tuple[re.Pattern[str], int], ...],
) -> tuple[_ScanGroup, ...]:
    """The patterns grouped by their anchor (first use of the anchor first)."""
    groups: dict[re.Pattern[str], list[tuple[int, str, re.Pattern[str], int]]] = {}
    for prio, ((name, rx), (anchor, width)) in enumerate(zip(compiled, anchors, strict=True)):
        groups.setdefault(anchor, []).append((prio, name, rx, width))
    out = []
    for anchor, pats in groups.items():
        m = _CHAR_CLASS.fullmatch(anchor.pattern)
        chars = re.sub(r"\\(.)", r"\1", m.group(1)) if m else None
        if chars is not None and anchor.pattern != f"[{re.escape(chars)}]":
            chars = None  # (not a class of plain characters after all: scanned as a pattern)
        out.append(_ScanGroup(anchor, chars, tuple(pats)))
    return tuple(out)


def _holiday_re(lex: _Lexicon, year: str) -> str:
    """(v1.1) ``[在][2021年]春节假期[期间]``: an official holiday (``holidays`` lexicon), also
    written bare before 以来 (清明节以来: from its first day);
    ``近三年“五一”假期``: that holiday over the last years (the years, as 近三年);
    ``国庆假日前夕`` / ``清明假期前,``: up to the day before the holiday."""
    names = _alt(lex.holidays) or "(?!)"
    suffixes = _alt(lex.holiday_suffixes) or "(?!)"
    return (
        rf"(?:在)?{_NB}(?:(?P<near>近|最近|过去)的?(?P<nn>{_NUMW})年)?(?P<y>{year})?"
        # (春节九天假期, 国庆7天长假: the holiday's length written inside)
        # (『十一』期间: corner brackets quote it too; 元宵节当天: the festival's own day)
        rf"[“\"『「]?(?P<h>{names})[”\"』」]?(?:(?:(?:{_NUMW}|[0-9]{{1,2}})[天日])?"
        # (国庆首日: the holiday's first day, no suffix between)
        # (除夕当晚, 除夕夜: the eve's night is its day; not 五一夜查, 春节夜市)
        rf"(?P<suf>{suffixes})(?:期间)?|(?=以来|首日)"
        r"|(?P<day>当天|当日|当晚|当夜|(?<=除夕)夜(?![间查巡市训宵])|(?<=三十)夜(?![间查巡市训宵])))"
        # (国庆长假第二天, 春节假期首日: one day of the holiday counted from its first;
        # 春节长假前三天: its first days)
        r"(?:第(?P<nth>[一二三四五六七八九十]{1,2}|[0-9]{1,2})[天日]|(?P<first>首日)"
        rf"|前(?P<fn>{_NUMW})[天日])?"
        # (国庆假日前夕, 清明假期前: the days up to the holiday)
        r"(?P<eve>前夕|前(?=[,，]))?"
    )


def _travel_re(lex: _Lexicon, year: str) -> str:
    """(v1.1) ``[今年]春运[期间|前两周|首日|以来]``: the 春运 season or a part of it."""
    words = _alt(lex.travel_words) or "(?!)"
    return (
        rf"(?:在)?{_NB}(?P<y>{year})?(?<!寒)(?:{words})"
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
