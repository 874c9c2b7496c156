"""Resolution: the dates, kind and event of one pattern match."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import _DAYN, _HOUR_RE, UNTIL_WORDS, _Lexicon
from .mention import PeriodKind
from .scan import (
    _DateParts,
    _minus_months,
    _month_end,
    _parse_date,
    _parts_span,
    _Raw,
    _safe_date,
    cn_int,
)

# --------------------------------------------------------------------------- resolution


@dataclass
class _Ctx:
    lex: _Lexicon
    text: str
    ref: date | None
    review_year: int | None
    ctx_year: int | None = None  # last explicit year in the paragraph
    #: the month of that year when a written year-month set it (2019年9月,…)
    ctx_month: int | None = None
    bulletin: date | None = None  # first day of a monthly bulletin's month (本月 is it)
    bulletin_week: date | None = None  # Monday of a weekly bulletin's week (本周 is it)
    #: ``ref`` is only the last day of the year the undated text implies, no known day
    assumed: bool = False

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
            year = self.ctx_year
            if (self.ctx_month is not None and p.month is not None and p.day is not None
                    and p.month < self.ctx_month
                    and self.ref is not None and year < self.ref.year):
                # 成立于2019年9月,…。3月18日,…: a yearless day of an earlier month told
                # after a year-month is in the year after it (the text written later)
                year += 1
            return _parts_span(self.lex, p, year)
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


_Out = tuple[int, int, _Res] | None


def _resolve(c: _Ctx, raw: _Raw) -> _Out:
    """Dates for one match: (start, end, (date_start, date_end, kind, point, event))."""
    handler = _HANDLERS.get(raw.name)
    return None if handler is None else handler(c, raw)


def _res_range_y(c: _Ctx, raw: _Raw) -> _Out:
    """``range_y``: a range of full years (2018年至2020年, 2018-2020年)."""
    m = raw.m
    s, e = raw.start, raw.end
    a, b = int(m["a"]), int(m["b"])
    if a > b:
        return None
    # (年底 starts a range in its December, 下半年 in its July; 年初 ends one with February,
    # as 2008年初 spans, 上半年 with June)
    start = date(a, {"底": 12, "末": 12, "下半年": 7}.get(m["ap"] or "", 1), 1)
    end = _month_end(b, {"初": 2, "上半年": 6}.get(m["bp"] or "", 12))
    if start > end:
        return None
    return s, e, (start, end, "range", False, None)


def _res_range_m(c: _Ctx, raw: _Raw) -> _Out:
    """``range_m``: a range of months (1至4月, 今年1-10月), in one year."""
    m = raw.m
    s, e = raw.start, raw.end
    y, written = c.year_word(m["y"])
    a, b = cn_int(m["a"]), cn_int(m["b"])
    if a is None or b is None or not 1 <= a <= b <= 12:
        return None
    if written and y is None:
        return s, e, (None, None, "range", False, None)
    span = c.year_span(y, a, b)
    return s, e, ((span[0], span[1]) if span else (None, None)) + ("range", False, None)


_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _res_week(c: _Ctx, raw: _Raw) -> _Out:
    """``week``: a day or days of last or this week (上周一(9日)至周五(13日), 上周六), counted
    back from the reference date; a day of the month written in brackets must agree.
    本周 / 上周 alone: the whole week, Monday to Sunday (undated without a reference date,
    so that dates in brackets after it can date it: 上周(2019年4月15日至21日))."""
    m = raw.m
    if m["a"] is None:
        if c.ref is None or c.assumed:
            return raw.start, raw.end, (None, None, "undated", False, None)
        monday = c.ref - timedelta(days=c.ref.weekday())
        if m["w"] == "上":
            monday -= timedelta(days=7)
        elif c.bulletin_week is not None:
            monday = c.bulletin_week  # 本周 in a weekly bulletin: the week its cases fell in
        return raw.start, raw.end, (monday, monday + timedelta(days=6), "range", False, None)
    if c.ref is None:
        return None
    monday = c.ref - timedelta(days=c.ref.weekday())
    if m["w"] == "上":
        monday -= timedelta(days=7)
    a = monday + timedelta(days=_WEEKDAY[m["a"]])
    b = monday + timedelta(days=_WEEKDAY[m["b"]]) if m["b"] else a
    if b < a or a > c.ref:
        return None
    for day, d in ((m["da"], a), (m["db"], b)):
        if day and int(day) != d.day:
            return None  # the written day says another week: leave it to the day patterns
    return raw.start, raw.end, (a, b, "range" if b > a else "day", b == a, None)


def _res_month_pair(c: _Ctx, raw: _Raw) -> _Out:
    """``month_pair``: two months in a row (今年1、2月份), read as their range."""
    a, b = cn_int(raw.m["a"]), cn_int(raw.m["b"])
    if a is None or b is None or b != a + 1:
        return None
    return _res_range_m(c, raw)


def _res_range(c: _Ctx, raw: _Raw) -> _Out:
    """``range``: a range between two dates (11月至次年3月, 2021年1月至5月, 7月1日至15日)."""
    m = raw.m
    lex = c.lex
    s, e = raw.start, raw.end
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


def _res_this_year_since(c: _Ctx, raw: _Raw) -> _Out:
    """``this_year_since``: 今年来 (a short 今年以来)."""
    ref = c.ref
    s, e = raw.start, raw.end
    if ref is None:
        return s, e, (None, None, "since", False, None)
    return s, e, (date(ref.year, 1, 1), ref, "since", False, None)


def _res_until_now(c: _Ctx, raw: _Raw) -> _Out:
    """``until_now``: 至今; after an undated event (行动至今, 专项斗争开展至今) the event's
    span, undated like 行动开展以来."""
    ref = c.ref
    s, e = raw.start, raw.end
    before = c.text[max(0, s - 6):s]
    for verb in c.lex.start_verbs:
        if before.endswith(verb):
            before = before[: -len(verb)]
            break
    if before.endswith(c.lex.event_nouns):
        return s, e, (None, None, "undated", False, None)
    return s, e, (None, ref, "until", False, None)


def _res_range_d(c: _Ctx, raw: _Raw) -> _Out:
    """``range_d``: a range of days in one month written once (10月28~29日)."""
    m = raw.m
    s, e = raw.start, raw.end
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


def _res_days(c: _Ctx, raw: _Raw) -> _Out:
    """``range_dd`` / ``day_only``: days written without their month at a clause's head
    (11日至13日, / 12日,): days of the reference's month, else of the month before when
    they fall after the reference day; undated without a reference."""
    m = raw.m
    s, e = raw.start, raw.end
    a = cn_int(m["a"])
    b = cn_int(m["b"]) if raw.name == "range_dd" else a
    ref = c.ref
    if a is None or b is None or a > b:
        return None
    if ref is None:
        return s, e, (None, None, "range" if raw.name == "range_dd" else "day", False, None)
    y, mon = ref.year, ref.month
    if b > ref.day:
        y, mon = (y, mon - 1) if mon > 1 else (y - 1, 12)
    lo, hi = _safe_date(y, mon, a), _safe_date(y, mon, b)
    if lo is None or hi is None:
        return None
    if raw.name == "range_dd":
        return s, e, (lo, hi, "range", False, None)
    return s, e, (lo, lo, "day", True, None)


def _res_first_months(c: _Ctx, raw: _Raw) -> _Out:
    """``first_months``: the first N months of a year (今年前8个月); 2019年前半个月 (a
    year written) is the first half of its January."""
    m = raw.m
    s, e = raw.start, raw.end
    y, written = c.year_word(m["y"])
    half = m["n"] == "半"
    if half and not m["y"]:
        return None  # (前半个月 alone: no year to count it in)
    n = 1 if half else cn_int(m["n"])
    if n is None or not 1 <= n <= 12:
        return None
    span = None if (written and y is None) else c.year_span(y, 1, n)
    if half:
        if span is None:
            return None
        span = (span[0], span[0].replace(day=15))
    return s, e, ((span[0], span[1]) if span else (None, None)) + ("range", False, None)


def _res_list(c: _Ctx, raw: _Raw) -> _Out:
    """``list``: a list of dates (7月30日、8月2日和8月5日): first .. last day, a point."""
    m = raw.m
    lex = c.lex
    s, e = raw.start, raw.end
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
    if len(spans) > 1 and all(x[0].day == 1 and (x[1] + timedelta(days=1)).day == 1
                              and x[0].month == x[1].month for x in spans):
        # 7月、8月、9月份: whole months, their span (no day written, not a list of points)
        return s, e, (min(x[0] for x in spans), max(x[1] for x in spans), "range", False, None)
    return s, e, (min(x[0] for x in spans), max(x[1] for x in spans), "list", True, None)


def _res_until(c: _Ctx, raw: _Raw) -> _Out:
    """``until``: an as-of period (截至目前, 截至6月底, 截止年底): no start. One opened by 到
    that ends after the reference date is a deadline (到2022年底,全市建成…), no period."""
    out = _res_until_as_of(c, raw)
    if (out is not None and raw.m.group(0).startswith("到") and c.ref is not None
            and out[2][1] is not None and out[2][1] > c.ref):
        return None
    return out


def _res_until_as_of(c: _Ctx, raw: _Raw) -> _Out:
    """:func:`_res_until` before the deadline test."""
    m = raw.m
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
    a = m["a"]
    if m["uq"]:
        # 截至今年一季度 / 截至2021年第一季度: the quarter's last day
        _first, last = lex.quarters[m["uq"]]
        y = _parse_date(lex, m["uy"]) if m["uy"] else None
        year = (c.year_of(y) if y is not None else None) or (ref.year if ref else None)
        end = _month_end(year, last) if year else None
        return s, e, (None, end, "until", False, None)
    if a in ("目前", "现在", "当前", "今天", "今日", "发稿时", "发稿", "日前"):
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


#: who starts the action, between a start's year and its verb (自2016年海南开展…以来,
#: 从2019年全市公安机关部署…以来): a few characters, no figure, no clause break
_ACTOR_BEFORE_VERB = 12


def _actor_starts(gap: str, verbs: tuple[str, ...]) -> bool:
    """True when ``gap`` (between 自+year and 以来) opens with a start verb, or with a short
    actor (a place, 全省, 公安机关) and then one."""
    for i in range(min(len(gap), _ACTOR_BEFORE_VERB + 1)):
        if gap.startswith(verbs, i):
            return not any(ch.isdigit() for ch in gap[:i])
    return False


def _res_since(c: _Ctx, raw: _Raw) -> _Out:
    """``since`` / ``since_from``: X以来 / 自X起 (an event between X and 以来 may be undated)."""
    m = raw.m
    name = raw.name
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
    p = _parse_date(lex, m["a"])
    gap = m["gap"] if name == "since" else None
    part = next((w for w in sorted(lex.year_parts, key=len, reverse=True)
                 if gap and gap.startswith(w)), None)
    if gap and p is not None and p.month is None and part is not None:
        # 自去年初部署…以来 / 今年年初…以来: the year's part (初/底) dates the start
        y = c.year_of(p)
        if y is not None:
            lo, _hi = lex.year_parts[part]
            return s, e, (date(y, lo, 1), ref, "since", False, None)
    if (gap and p is not None and p.month is None and p.year_abs is not None
            and (raw.m.group(0)[:1] in "自从" and _actor_starts(gap, lex.start_verbs)
                 # (2000年福建省经侦机构组建以来, 自2018年扫黑除恶专项斗争开展以来: a written
                 # year, then the event and its starting verb)
                 or gap.endswith(lex.start_verbs))):
        # 自2018年开展扫黑除恶专项斗争以来: a start written with 自 + a year + the starting
        # verb dates the event from that year's start
        y = c.year_of(p)
        if y is not None:
            return s, e, (date(y, 1, 1), ref, "since", False, None)
    if gap and (p is None or p.month is None):
        # 今年夏季治安打击整治行动开展以来: a year is no start date of the event
        return s, e, (None, None, "undated", False, gap)
    sp = c.place(p) if p else None
    return s, e, (sp[0] if sp else None, ref, "since", False, None)


def _res_named(c: _Ctx, raw: _Raw) -> _Out:
    """``named``: a named period (十三五期间), or since its start (以来)."""
    m = raw.m
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
    lo, hi = lex.named[m["name"]]
    if m["suf"] == "以来":
        return s, e, (lo, ref, "since", False, None)
    return s, e, (lo, hi, "named", False, None)


def _res_hosted(c: _Ctx, raw: _Raw) -> _Out:
    """``hosted`` (v1.1): an event hosted in China (奥运期间), the edition of the text's year
    (its context year, else its reference year); undated when no edition is of that year."""
    spans = c.lex.hosted[raw.m["name"]]
    year = c.ctx_year if c.ctx_year is not None else c.ref.year if c.ref is not None else None
    own = [sp for sp in spans if year in (sp[0].year, sp[1].year)]
    if len(own) == 1:
        return raw.start, raw.end, (own[0][0], own[0][1], "named", False, None)
    return raw.start, raw.end, (None, None, "named", False, None)


def _res_holiday(c: _Ctx, raw: _Raw) -> _Out:
    """``holiday`` / ``travel`` (v1.1): an official holiday or the 春运 season."""
    m = raw.m
    name = raw.name
    s, e = raw.start, raw.end
    return s, e, _holiday_dates(c, m, name)


def _res_short_year(c: _Ctx, raw: _Raw) -> _Out:
    """``short_year``: 自一七年 (colloquial two-digit year)."""
    m = raw.m
    s, e = raw.start, raw.end
    yy = cn_int(m["a"][0]) * 10 + cn_int(m["a"][1])  # type: ignore[operator]
    y = (1900 if m["a"][0] == "九" else 2000) + yy
    return s, e, (date(y, 1, 1), date(y, 12, 31), "year", False, None)


def _res_rel_month(c: _Ctx, raw: _Raw) -> _Out:
    """``rel_month``: a month (or a day of it) relative to the reference month."""
    m = raw.m
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
    if ref is None and c.bulletin is None:
        return s, e, (None, None, "day" if m["d"] else "month", bool(m["d"]), None)
    if c.bulletin is not None:
        base = c.bulletin  # 本月 in 3月…警情通报: the bulletin's month
    else:
        assert ref is not None
        base = date(ref.year, ref.month, 1)
    first = _minus_months(base, -lex.relative_months[m["mo"]])
    until = next((w for w in UNTIL_WORDS if c.text.endswith(w, 0, s)), None)
    if until is None and s >= 1 and c.text[s - 1] in "至到" and (
            s == 1 or c.text[s - 2] in c.lex.boundaries or c.text[s - 2] in " \u3000"):
        until = c.text[s - 1]  # 至上月底,全市… / 到上月底,…: as of, at a clause's head
    if m["d"]:
        day = _safe_date(first.year, first.month, cn_int(m["d"]) or 0)
        if day is None:
            return None
        if until:  # 截至本月15日: as of that day
            return s - len(until), e, (None, day, "until", False, None)
        return s, e, (day, day, "day", True, None)
    if until:  # 截至本月: as of the month's end
        return s - len(until), e, (None, _month_end(first.year, first.month), "until", False,
                                   None)
    return s, e, (first, _month_end(first.year, first.month), "month", False, None)



def _res_rel_day(c: _Ctx, raw: _Raw) -> _Out:
    """``rel_day``: 今天 / 昨日 / 前天, a day relative to the reference day."""
    s, e = raw.start, raw.end
    if c.ref is None:
        return s, e, (None, None, "day", True, None)
    day = c.ref + timedelta(days=c.lex.relative_days[raw.m["rd"]])
    return s, e, (day, day, "day", True, None)


def _res_campaign(c: _Ctx, raw: _Raw) -> _Out:
    """``campaign``: a campaign with known dates (为期三年的扫黑除恶专项斗争中)."""
    m = raw.m
    lex = c.lex
    s, e = raw.start, raw.end
    lo, hi = lex.campaigns[m["name"]]
    if m["suf"].endswith("以来"):
        return s, e, (None, None, "vague", False, None)
    return s, e, (lo, hi, "named", False, None)


def _res_rolling(c: _Ctx, raw: _Raw) -> _Out:
    """``rolling`` / ``rolling_near``: N年来, 近N个月, 过去一年 (up to the reference date)."""
    m = raw.m
    ref = c.ref
    s, e = raw.start, raw.end
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
        if ref is not None and ref.month >= _REVIEW_MONTH:
            # 一年来 in a release of late December: the year now ending
            return s, e, (date(ref.year, 1, 1), ref, "rolling", False, None)
        if ref is not None and (m["near"] or "") == "这" and ref.month > 3:
            # 这一年 in a release of April on: the year under way, not the twelve months
            # before the reference (in January to March it is the year just closed, below)
            return s, e, (date(ref.year, 1, 1), ref, "rolling", False, None)
        if ref is not None and (
                (ref.month <= 3 and (m["near"] or "") == "这")
                or (ref.month <= _PAST_YEAR_MONTHS and (m["near"] or "") == "过去")):
            # 过去的一年 in a report of January to June (the congress season, the 110 day in
            # January, the spring meetings): the calendar year just closed; 这一年 so only to
            # March
            return s, e, (date(ref.year - 1, 1, 1), date(ref.year - 1, 12, 31), "rolling",
                          False, None)
    # N年来 / 近N年 (one year too, outside a year review): from the start of the year N years
    # before the reference (spec section 4: (R-N)-01-01 .. reference date)
    return s, e, ((date(ref.year - n, 1, 1) if ref else None), ref, "rolling", False, None)


#: from this month on, a release's 一年来 reviews the year now ending
_REVIEW_MONTH = 12
#: up to this month, a release's 过去(的)一年 is the calendar year just closed
_PAST_YEAR_MONTHS = 6


def _res_consec(c: _Ctx, raw: _Raw) -> _Out:
    """``consec``: 连续N年, the N years ending with the review year (else the year before)."""
    m = raw.m
    ref = c.ref
    s, e = raw.start, raw.end
    n = cn_int(m["n"])
    if n is None or n == 0 or n > 60:
        return None
    last = c.review_year or (ref.year - 1 if ref else None)
    if last is None:
        return s, e, (None, None, "rolling", False, None)
    return s, e, (date(last - n + 1, 1, 1), date(last, 12, 31), "rolling", False, None)


def _res_half(c: _Ctx, raw: _Raw) -> _Out:
    """``half``: 上半年 / 下半年, of a written year or the context year."""
    m = raw.m
    lex = c.lex
    s, e = raw.start, raw.end
    y, written = c.year_word(m["y"])
    lo, hi = lex.halves[m["h"]]
    span = None if (written and y is None) else c.year_span(y, lo, hi)
    return s, e, ((span[0], span[1]) if span else (None, None)) + ("half", False, None)


def _res_quarter(c: _Ctx, raw: _Raw) -> _Out:
    """``quarter``: 一季度, 前三季度; 季度末 ends a period, 以来 starts one."""
    m = raw.m
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
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


def _res_part(c: _Ctx, raw: _Raw) -> _Out:
    """``part``: a part of a year (年初, 年底), or since it (年初以来)."""
    m = raw.m
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
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


def _res_annual(c: _Ctx, raw: _Raw) -> _Out:
    """``annual``: 全年 / 年内 / 本年度 (the review year) or 2020年度 / 2020年全年."""
    m = raw.m
    ref = c.ref
    s, e = raw.start, raw.end
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
    # 2022年,江西省破获…,全年获得…: the year written before it in its paragraph
    ctx_year = (
        c.ctx_year if c.ctx_year is not None and (ref is None or c.ctx_year <= ref.year) else None
    )
    y = ctx_year or c.review_year or (ref.year if ref else None)
    return (
        s,
        e,
        ((date(y, 1, 1), date(y, 12, 31)) if y else (None, None)) + ("annual", False, None),
    )


def _res_vague(c: _Ctx, raw: _Raw) -> _Out:
    """``vague``: 近年来, 多年来 (no dates)."""
    s, e = raw.start, raw.end
    return s, e, (None, None, "vague", False, None)


def _res_same_day(c: _Ctx, raw: _Raw) -> _Out:
    """``same_day``: 当天 / 当日 / 同日, dated later by the day written before it."""
    return raw.start, raw.end, (None, None, "day", True, None)


#: the names of the lunar new year's eve (除夕, 大年三十)
_EVE_NAMES = ("除夕", "大年三十", "年三十")


def _res_lunar_days(c: _Ctx, raw: _Raw) -> _Out:
    """``lunar_days``: 除夕至正月初六, a run of days of the lunar new year around the reference
    date (the last new year's eve not more than a day after it)."""
    from ..holidays import lunar_new_year

    m = raw.m
    ref = c.ref
    s, e = raw.start, raw.end
    if ref is None:
        return s, e, (None, None, "range", False, None)
    year = ref.year
    try:
        if lunar_new_year(year) - timedelta(days=2) > ref:
            year -= 1  # (a January text: the lunar new year of the year before)
        first = lunar_new_year(year)
    except (ValueError, OverflowError):
        return s, e, (None, None, "range", False, None)  # (a date at the calendar's edge)
    if m["a"] in _EVE_NAMES:
        start = first - timedelta(days=1)
    else:
        start = first + timedelta(days=(cn_int(m["d1"]) or 1) - 1)
    last = cn_int(m["d2"])
    if last is None or not 1 <= last <= 15:
        return None
    end = first + timedelta(days=last - 1)
    if end < start:
        return None
    return s, e, (start, end, "range", False, None)


def _res_same(c: _Ctx, raw: _Raw) -> _Out:
    """``same``: 同期 / 去年同期, a comparison marker without dates."""
    s, e = raw.start, raw.end
    return s, e, (None, None, "same_period", False, None)


def _res_now(c: _Ctx, raw: _Raw) -> _Out:
    """``now``: a clause-initial 目前 / 当前 (None .. reference date)."""
    ref = c.ref
    s, e = raw.start, raw.end
    return s, e, (None, ref, "until", False, None)


#: the length of an event written right before 以来 (开展…工作7个月以来, 成立三年以来)
_EVENT_LENGTH = re.compile(
    r"(?<![0-9〇零一二三四五六七八九十两])(?P<n>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})(?P<u>个月|年)$"
)


#: spans that may be written whole before 期间 (1至10月期间, 5月1日至4日期间)
_SPAN_KINDS = frozenset({"range_y", "range_m", "range", "range_d", "range_dd", "first_months",
                         "month_pair", "half", "quarter"})


#: ranges of days or months that may open an event phrase (在8月10日至15日开展的…行动中)
_RANGE_KINDS = frozenset({"range", "range_d", "range_dd", "range_m", "month_pair"})
#: the words after such a range that launch the event it dates
_LAUNCHED = re.compile(r"(?:在全国|在全省|全国|全省)?(?:集中|统一|组织)?(?:开展|部署|举行|组织)的?")

#: what may stand before a dated campaign's name in a frame: where and how it was launched
#: and its length (在全国开展为期3年的扫黑除恶专项斗争中), nothing that names another one
_CAMPAIGN_FRAME_LEAD = re.compile(
    r"(?:(?:全国|全省|全市|全区|全县|全州)?(?:开展|部署|组织开展)?的?)?"
    r"(?:为期[0-9一二三四五六七八九十两]{1,2}年的)?[“\"]?"
)


def _res_event_since(c: _Ctx, raw: _Raw) -> _Out:
    """``event_since`` / ``during`` / ``during_in``: an event phrase (行动开展以来,
    专项行动期间, 在…行动中), dated by a holiday, a year's start or a date inside it."""
    m = raw.m
    since_like = raw.name in ("event_since", "event_now")  # (not during / during_in)
    lex = c.lex
    ref = c.ref
    s, e = raw.start, raw.end
    ev = m["ev"]
    ev_start = m.start("ev")
    if ev in lex.vague or ev + "以来" in lex.vague:
        return s, e, (None, None, "vague", False, None)
    # 在全国开展为期3年的扫黑除恶专项斗争中: a frame naming a campaign of known dates
    if raw.name == "during_in":
        named = ev.rstrip("”\"")
        for name, (lo, hi) in c.lex.campaigns.items():
            if named.endswith(name) and _CAMPAIGN_FRAME_LEAD.fullmatch(named[:-len(name)]):
                # (在常态化扫黑除恶专项斗争中: a later campaign of that name, not dated so)
                return s, e, (lo, hi, "named", False, None)
    # 近三年春运期间: the seasons of the last N years, over those years
    for _n, rx in lex.patterns:
        if _n == "rolling_near":
            near = rx.match(c.text, ev_start)
            if near is not None:
                res = _resolve(c, _Raw("rolling_near", near.start(), near.end(), near))
                if res is not None and res[2][0] is not None:
                    return ev_start, e, res[2]
    # 开展…工作7个月以来: the event's own length back from the reference (截至 written
    # after it in the sentence ends it instead: see analyze._date_open_mentions)
    if since_like:
        dur = _EVENT_LENGTH.search(ev)
        if dur is not None and ref is not None:
            n = cn_int(dur.group("n"))
            if n:
                months = n if dur.group("u") == "个月" else 12 * n
                return s, e, (_minus_months(ref, months), ref, "since", False, None)
    # a holiday or 春运 inside the event phrase: 全省春节假期期间, 今年春运以来
    for _n, rx in lex.patterns:
        if _n in ("holiday", "travel"):
            inner = rx.search(c.text, ev_start, e)
            if inner is not None:
                tail = c.text[inner.end() : e]
                return inner.start(), e, _holiday_dates(c, inner, _n, tail=tail)
    # 自去年初部署开展…以来: a year's start (年初) dates the event's start
    if since_like:
        for _n, rx in lex.patterns:
            if _n == "part":
                inner = rx.search(c.text, ev_start, e)
                if inner is not None and inner["p"] in ("初", "年初"):
                    res = _resolve(c, _Raw("part", inner.start(), inner.end(), inner))
                    if res is not None and res[2][0] is not None:
                        return inner.start(), e, (res[2][0], ref, "since", False, None)
    # a span written whole before 期间: ``1至10月期间`` is those months
    if not since_like:
        for _n, rx in lex.patterns:
            if _n in _SPAN_KINDS:
                whole = rx.fullmatch(c.text, ev_start, ev_start + len(ev))
                if whole is not None:
                    res = _resolve(c, _Raw(_n, whole.start(), whole.end(), whole))
                    if res is not None and res[2][0] is not None:
                        return ev_start, e, res[2]
        # 在8月10日至15日开展的…统一行动中: the range of days opening the event phrase, when
        # what follows it launches the event
        for _n, rx in lex.patterns:
            if _n in _RANGE_KINDS:
                head = rx.match(c.text, ev_start, ev_start + len(ev))
                if head is not None and _LAUNCHED.match(c.text, head.end()):
                    res = _resolve(c, _Raw(_n, head.start(), head.end(), head))
                    if (res is not None and res[2][0] is not None
                            and res[2][1] is not None and res[2][1] > res[2][0]):
                        return ev_start, e, (res[2][0], res[2][1], "range", False, None)
    # a date inside the event phrase: ``公安部7月20日以来`` is a dated since
    for _n, rx in lex.patterns:
        if _n == "date":
            inner = rx.search(ev)
            if inner is not None:
                p = _parse_date(lex, inner.group(0))
                # only a month or a day dates an event's start, not a year (今年…行动以来),
                # unless the year is written as the start: 自2020年运行以来, 中央于2006年
                # 启动…以来
                dated = p is not None and (
                    p.month is not None or inner.end() == len(ev)
                    or (p.year_abs is not None and inner.start() > 0
                        and ev[inner.start() - 1] in "自从于"))
                sp = c.place(p) if p and (dated or not since_like) else None
                if sp is not None:
                    st = ev_start + inner.start()
                    if since_like:
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


def _res_date(c: _Ctx, raw: _Raw) -> _Out:
    """``date``: a year, month or day; a day or bare month is a point (an event date)."""
    m = raw.m
    lex = c.lex
    s, e = raw.start, raw.end
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


#: pattern name -> its resolver (every pattern of :func:`~.lexicon._compile`)
_HANDLERS: dict[str, Callable[[_Ctx, _Raw], _Out]] = {
    "range_y": _res_range_y,
    "range_m": _res_range_m,
    "month_pair": _res_month_pair,
    "week": _res_week,
    "range": _res_range,
    "this_year_since": _res_this_year_since,
    "until_now": _res_until_now,
    "range_d": _res_range_d,
    "range_dd": _res_days,
    "day_only": _res_days,
    "day_mid": _res_days,
    "first_months": _res_first_months,
    "list": _res_list,
    "until": _res_until,
    "since": _res_since,
    "since_from": _res_since,
    "since_now": _res_since,
    "since_year": _res_since,
    "named": _res_named,
    "hosted": _res_hosted,
    "holiday": _res_holiday,
    "travel": _res_holiday,
    "short_year": _res_short_year,
    "rel_month": _res_rel_month,
    "rel_day": _res_rel_day,
    "campaign": _res_campaign,
    "rolling": _res_rolling,
    "rolling_near": _res_rolling,
    "consec": _res_consec,
    "half": _res_half,
    "quarter": _res_quarter,
    "part": _res_part,
    "annual": _res_annual,
    "vague": _res_vague,
    "same_day": _res_same_day,
    "same": _res_same,
    "lunar_days": _res_lunar_days,
    "now": _res_now,
    "event_since": _res_event_since,
    "event_now": _res_event_since,
    "during": _res_event_since,
    "during_in": _res_event_since,
    "date": _res_date,
}


#: what may stand between and around those names (中秋、国庆“双节”, “中秋”、“国庆”双节)
_PAIR_GAP = re.compile(r"[、和及与“”\"\s]")
#: how many such characters may stand there
_PAIR_GAP_MAX = 3


def _paired_holidays(c: _Ctx, m: re.Match[str]) -> tuple[str, ...] | None:
    """The holidays of 两节/双节 named right before it (中秋国庆两节, 春节、元宵“两节”), else
    None (the lexicon's default pair then)."""
    if m["h"] not in c.lex.holiday_pairs:
        return None
    names = sorted((k for k, v in c.lex.holidays.items() if len(v) == 1),
                   key=len, reverse=True)
    pos = m.start("h")
    found: list[str] = []
    while len(found) < 2:
        end = pos  # (back past the gap characters right before pos, three at most)
        while end > max(0, pos - _PAIR_GAP_MAX) and _PAIR_GAP.match(c.text, end - 1):
            end -= 1
        name = next((k for k in names if c.text.endswith(k, 0, end)), None)
        if name is None:
            break
        found.append(name)
        pos = end - len(name)
    if len(found) < 2:
        return None
    return tuple(h for k in reversed(found) for h in c.lex.holidays[k])


def _holiday_dates(c: _Ctx, m: re.Match[str], name: str, tail: str = "") -> _Res:
    """(v1.1) Dates of a holiday or 春运 match (``tail``: what follows it up to 以来)."""
    from ..holidays import festival_day, holiday_span, spring_travel_span, summer_travel_span

    if name == "holiday":
        ids = _paired_holidays(c, m) or c.lex.holidays[m["h"]]
        near = cn_int(m["nn"]) if m["near"] else None
        if near and c.ref is not None:
            # 近三年“五一”假期: the holidays of the last years, over those years (近三年)
            return date(c.ref.year - near, 1, 1), c.ref, "rolling", False, None

        def make(y: int) -> tuple[date, date] | None:
            # (a merged holiday: the calendar may file all its days under one name, 2020's
            # 中秋 inside 国庆)
            spans = [sp for sp in (holiday_span(h, y) for h in ids) if sp is not None]
            if not spans:
                return None
            return min(sp[0] for sp in spans), max(sp[1] for sp in spans)
    else:

        def make(y: int) -> tuple[date, date] | None:
            if not 1901 <= y <= 2099:
                return None
            season = (summer_travel_span if any(w in m.group(0) for w in c.lex.summer_words)
                      else spring_travel_span)
            lo, hi = season(y)
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
    eve = name == "holiday" and bool(m["eve"])
    if span is None:
        return None, None, ("since" if since else "until" if eve else "named"), False, None
    if eve:  # 国庆假日前夕: up to the day before the holiday
        return None, span[0] - timedelta(days=1), "until", False, None
    if since:
        return span[0], c.ref, "since", False, None
    nth = (cn_int(m["nth"]) if m["nth"] and not m["nth"].isdigit() else
           int(m["nth"]) if m["nth"] else 1 if m["first"] else None) if name == "holiday" else None
    fn = cn_int(m["fn"]) if name == "holiday" and m["fn"] else None
    if fn:
        # 春节长假前三天: the holiday's first days (no more than it has)
        return span[0], min(span[1], span[0] + timedelta(days=fn - 1)), "range", False, None
    if nth:
        # 国庆长假第二天 / 春节假期首日: that day of the holiday (when it has it)
        day = span[0] + timedelta(days=nth - 1)
        if day > span[1]:
            # (元旦假期第二天 of a one-day 元旦: no such day; the holiday as a whole)
            return span[0], span[1], "named", False, None
        return day, day, "day", True, None
    if name == "holiday" and m["day"]:
        # 元宵节当天, 国庆节当日: the festival's own day (春节's is the lunar new year)
        # (the holiday's own year: 元旦's days off may start the December before)
        own = festival_day(ids[0], span[1].year, span[0])
        return own, own, "day", True, None
    point = name == "travel" and bool(m["first"])
    return span[0], span[1], ("day" if point else "named"), point, None
