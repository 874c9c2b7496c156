"""Find the period mentions of a text: roles, framing, review year and the post-passes."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Literal

from ..holidays import holiday_span, lunar_new_year
from ..model import Period
from ..numerals import small_int
from ..resources import alternation as _alt
from ..text import QUOTED_NAME
from .lexicon import _CN_Y, _DIG_Y, _NUMW, _Lexicon, load_lexicon
from .mention import (
    _BASEABLE_KINDS,
    _POINT_KINDS,
    _SENTENCE_ENDERS,
    AUTO,
    PeriodMention,
    PeriodRole,
)
from .resolve import _Ctx, _resolve
from .scan import _minus_months, _month_end, _Raw, _safe_date, _scan, cn_int


def _is_base(lex: _Lexicon, text: str, start: int, end: int, kind: str) -> bool:
    if kind == "same_period":
        return True
    if kind not in _BASEABLE_KINDS:
        return False
    raw = text[max(0, start - 5) : start].rstrip()
    if raw.endswith(("(", "（")) and text[end : end + 1] in (",", "，"):
        # 与去年同期相比(2011年1—10月份,全州共发生火灾67起…): the compared period heads the
        # clause of its own figures in the brackets, it frames them
        return False
    before = raw.rstrip("(（")  # 同比(2023年)
    if any(before.endswith(w) for w in lex.base_before):
        return True
    after = text[end : end + 4].lstrip()
    if any(after.startswith(w) for w in lex.base_after):
        return True
    if _LEVEL_AFTER.match(after) and before.endswith(lex.base_from):
        return True  # 从去年2000余条激增到…: the compared level's period
    if not after.startswith("的"):
        return False
    return before.endswith(lex.base_from) or any(before.endswith(w) for w in lex.base_ratio)


#: a figure (not a date: 从2023年 3月起) right after a period: 从去年2000余条
_LEVEL_AFTER = re.compile(r"[0-9][0-9.,]*(?:余|多)?(?![0-9.,年月日号时点])")

#: start verbs right after 自X that make it the frame of a paragraph's event
_EVENT_START = ("开展", "启动", "部署", "实施", "组织开展")

_CLAUSE_MARK = re.compile(r"[，,；;：:]")


#: what follows a superlative's frame (降至近5年来最低, 再创本世纪以来新低)
_SUPERLATIVE = ("最", "新低", "新高", "同期最")
#: a record written a few words after N年来 in its clause (…命案发案首次降到…)
_RECORD_AFTER = re.compile(
    r"[^,，。;；:：\n]{0,12}?(?:首次|最低|最高|新低|新高|最多|最少|最好|最大)"
)


def _is_campaign_span(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    """(v1.1) True for a period written as the span of the campaign the paragraph reports
    on: ``在2023年11月15日至2024年1月31日组织的…行动中`` (``periods.json`` ``campaign_span``).
    It frames the paragraph like a clause-initial period although a 的 follows it."""
    if lex.campaign_span_re is None:
        return False
    if not text[max(0, start - 1) : start].endswith(lex.campaign_span_before):
        return False
    return lex.campaign_span_re.match(text, end) is not None


#: (新华社客户端甘肃频道10月29日电: an outlet's channel names it too)
_OUTLET_BEFORE = re.compile(r"(?:社|网|報|报|台|網|频道|客户端)[\u4e00-\u9fff]{0,6}$")


#: what is held on a day as an action, not as news (…举行毒品集中销毁活动 / 返赃仪式)
_HELD_ACTIONS = ("活动", "仪式", "销毁", "宣判大会", "公判大会")
#: what is held to give news (…召开新闻发布会 / 通报会)
_BRIEFINGS = ("发布会", "通报会", "新闻", "吹风会", "见面会", "会议", "座谈会", "报告会")


def _is_dateline(lex: _Lexicon, text: str, m: PeriodMention) -> bool:
    """True for the day a news item was given (``periods.json`` ``dateline``): a day at
    the head of a paragraph (or after an outlet's 讯/电) whose clause goes on with a
    reporting verb (``12月19日,记者从市公安局获悉`` / ``10月9日,市公安局召开新闻发布会``)."""
    if m.kind != "day" or not lex.dateline_verbs:
        return False
    if text[m.end:m.end + 1] in ("讯", "电") and _OUTLET_BEFORE.search(
            text, max(0, m.start - 10), m.start):
        return True  # 台海网9月6日讯, 新华社太原11月23日电: the outlet's dateline itself
    i = m.start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    if i > 0 and text[i - 1] not in "\n讯电)）】]":
        return False
    if _REPORTER_AFTER.match(text, m.end):
        return True  # 9月2日,记者从…新闻发布会上了解到 (however long the source)
    sentence = _clause_after(text, m.end)  # (up to the sentence's end, 120 characters)
    if not any(v in sentence[: lex.dateline_window] for v in lex.dateline_verbs):
        return False
    head = sentence[: lex.dateline_window + 30]
    if (any(w in head for w in _HELD_ACTIONS) and not any(w in head for w in _BRIEFINGS)
            and not any(v in head for v in lex.dateline_verbs
                        if v not in ("召开", "举行", "举办"))):
        # 6月26日,…举行了…毒品集中销毁活动,…100余人现场见证: the day of the action held
        # (a ceremony, a destruction), whose figures are that day's
        return False
    # (8月28日,禁毒大队获悉…,当天民警就抓获…: the day of an action the sentence goes on
    # to tell, not the news day)
    return not any(w in sentence for w in _SAME_DAY)


#: words that take up the day just written (当天民警就…): it is an action's day; those
#: opening a clause are periods of their own (:func:`_same_day`)
_SAME_DAY = ("当天", "当日", "同日", "当晚", "当夜")
#: a day told by its distance after the day before (两天后; the lexicon's days_after, 次日,
#: are one day); the number of days is group 1
_DAYS_AFTER = re.compile(r"([一两二三四五六七八九十]{1,2}|[0-9]{1,2})天[后後]")


#: a reporter's source right after a day (9月2日,记者从…): the day the news was given
_REPORTER_AFTER = re.compile(r"[,，]?\s*(?:本报|本台|新华社)?记者(?:从|在|自|近日从|日前从)")


#: 的, a measure (a rate: 重刑率, 破案率) and its level: …,2014年1-5月的重刑率为23.06%
_PERIOD_OF_MEASURE = re.compile(r"的[\u4e00-\u9fff]{0,10}?率(?:为|是|达到?)[0-9]")


def _is_modifier(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    """True for a mid-clause period inside a noun phrase (``periods.json`` ``noun_modifier``).

    ``对2000年以前发生的积案`` / ``降至2022年的1700余起`` (a 的 follows, after an optional
    以前/以来 and a short verb) or ``侦破2000年以来拐卖儿童积案`` (an object verb before it,
    a noun right after it).  The caller checks that the mention is not clause-initial.
    """
    after = text[end : end + 8]
    if after.startswith((*_SUPERLATIVE, "第")):  # 2015年第10次行动: ordinal
        return True  # 降至近5年来最低值: a superlative's frame, not a period
    if _SPAN_AFTER.match(after):
        return False  # 2012至2015年的四年间,…: the span of those years, told again
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


#: a length word right before a month number (历时3月, 为期3月): a count of months
_LENGTH_WORD = re.compile(r"(?:历时|为期|持续|长达|历经)$")
#: (not a date: 持续3月1日至5月31日)
_MONTH_FIRST = re.compile(
    r"(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})月(?![0-9一二三四五六七八九十日号份底初末中上下旬至到\-—~])")
#: a span of years written after a period and 的 (的四年间, 的三年里, 的五年中): the period
#: itself, told by its length
_SPAN_AFTER = re.compile(r"的[一二两三四五六七八九十0-9]{1,2}年(?:间|里|中|来)")


def _is_han(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


_HEADING_PREFIX = re.compile(
    r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|[0-9]{1,2}[.、．]|第[一二三四五六七八九十]+[,,、])$"
)


#: the end of a news dateline (…1月13日讯 , …6月20日电 ) and the space after it
_DATELINE_END = re.compile(r"(?<=[0-9一二三四五六七八九十])日(?:讯|电)[ \u3000]+")
#: a news dateline's byline in brackets and the space after it (本网讯 (张某 李某)…)
_BYLINE_END = re.compile(r"[讯电][ \u3000]*[(（][^()（）\n]{1,30}[)）][ \u3000]*")


def _after_subject(lex: _Lexicon, text: str, i: int) -> bool:
    """True when only a short subject naming a body or an area opens the clause before
    ``i`` (全省公安机关|今年以来共破获…)."""
    lo = max(0, i - lex.subject_max - 1)
    k = max((text.rfind(c, lo, i) for c in lex.boundaries), default=-1)
    # (东北网1月13日讯 全省…部门|去年受理…: a news dateline ends before the subject)
    line = _DATELINE_END.search(text, lo, i)
    if line is not None:
        k = max(k, line.end() - 1)
    # (本网讯 (张某 李某)洛南县公安机关|今年…: the byline ends before the subject)
    for by in _BYLINE_END.finditer(text, max(0, lo - 32), i):
        if by.end() >= lo:
            k = max(k, by.end() - 1)
    if k < 0 and lo > 0:
        return False
    head = text[k + 1 : i].strip()
    return (
        0 < len(head) <= lex.subject_max
        and head.endswith(lex.subject_ends)
        and not any(ch.isdigit() for ch in head)
    )


def _is_framing(lex: _Lexicon, text: str, start: int, end: int) -> bool:
    if _is_campaign_span(lex, text, start, end):
        return True
    i = start
    while i > 0 and text[i - 1] in " \t\u3000":
        i -= 1
    if i > 0 and text[i - 1] in "在于":
        i -= 1
    if i == 0 or text[i - 1] in lex.boundaries or text[i - 1] in ")）】]":
        # (【打击刑事犯罪】2020年,…: a bracketed run-in heading opens the clause too)
        clause_initial = True
    elif text[i - 1] in "讯电" and i < start:  # a dateline: 金山网讯 9月15日至17日…
        clause_initial = True
    elif text[i - 1] in "(（" and text[end:end + 1] in ")）" and (
            i < 2 or text[i - 2] == "\n"):
        clause_initial = True  # (2023年 4季度) on a line of its own: a data sheet's period
    elif (i < start and lex.byline_re is not None
          and lex.byline_re.search(text, max(0, i - 40), i) is not None):
        clause_initial = True  # 本报讯 记者某某 通讯员某某 2015年5月1日至…: the writers
    elif text[start:end].startswith(("自", "从")) and text.startswith(_EVENT_START, end):
        # 江西省自今年10月15日开展的专项行动取得阶段性成果: the start of the event the
        # paragraph reports on frames it like a clause-initial period
        clause_initial = True
    else:
        clause_initial = bool(_HEADING_PREFIX.search(text[max(0, i - 6) : i])) or (
            _after_subject(lex, text, i)
        )
    if not clause_initial:
        return False
    j = end
    while j < len(text) and text[j] in " \t\u3000":
        j += 1
    if j < len(text) and text[j] in "“\"" and text[start:end].endswith("月"):
        return True  # 本院2021年1-11月“案-件比”为…: months are no quoted name's year
    if _SPAN_AFTER.match(text, j):
        return True  # 2012至2015年的四年间,…: the years' span frames the clause
    if text[j:j + 1] == "的" and _numbered_heading(text, i):
        return True  # 一、1997年的社会治安状况: a numbered section's heading names its year
    return j >= len(text) or text[j] not in lex.framing_blockers


#: the number that opens a section's heading line (一、 / （一） / 1.)
_NUMBERED_HEADING = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]"
    r"|[0-9]{1,2}[.、．])$")


def _numbered_heading(text: str, i: int) -> bool:
    """True when ``text[:i]`` ends with a section number that opens its line."""
    m = _NUMBERED_HEADING.search(text, max(0, i - 8), i)
    return m is not None and (m.start() == 0 or text[m.start() - 1] == "\n")


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
    counts, seasons = _year_counts(lex, text, _scan(lex, text))
    return _review_year(lex, text, reference, counts, seasons)


_LEADING_YEAR = re.compile(rf"{_DIG_Y}年")
_OTHER_YEAR = ("去年", "前年", "上年", "明年", "往年", "历年")


def _year_counts(lex: _Lexicon, text: str, raws: list[_Raw]) -> tuple[Counter[int], int]:
    """How often each full year is written as one under review, and how many seasons are
    written without a year (those of the reference date's year)."""
    counts: Counter[int] = Counter()
    seasons = 0
    for r in raws:
        g = None
        if r.name == "date" and re.fullmatch(rf"(?:{_DIG_Y}|{_CN_Y})年", r.m["a"]):
            g = r.m["a"]
        elif r.name == "annual" and (r.m["y2"] or (r.m["y"] and r.m["y"][0] not in "今去前本上明")):
            g = r.m["y2"] or r.m["y"]
        elif r.name in ("holiday", "travel"):
            # 2019年春运期间, 2021年国庆假期: a season of a written year counts for that year;
            # one without a year (春运期间, 今年春节) for the reference date's
            y = _LEADING_YEAR.match(r.m.group(0))
            if y is None and not r.m.group(0).startswith(_OTHER_YEAR):
                seasons += 1
            g = y.group(0) if y else None
        if g is None or _is_base(lex, text, r.start, r.end, "year"):
            continue
        if _PLAN_YEAR.match(text, r.start) or _THEME_YEAR.match(text, r.start):
            continue  # (2019年工作安排, 2019年是…之年: the year planned for, not reviewed)
        y = cn_int(g[:-1])
        if y:
            counts[y] += 1
    return counts, seasons


def _review_year(lex: _Lexicon, text: str, ref: date | None, counts: Counter[int],
                 seasons: int = 0) -> int | None:
    if ref is None:
        if counts:
            y, n = counts.most_common(1)[0]
            if n >= 2:
                return y
            # (一、2009年全省法院工作 … 一年来,全省法院共受理…: an undated review that
            # writes one year only reviews that year)
            assert lex.annual_marker_re is not None
            if len(counts) == 1 and lex.annual_marker_re.search(text):
                return y
        return None
    prev, cur = ref.year - 1, ref.year
    if seasons:
        counts = counts.copy()
        counts[cur] += seasons
    if lex.report_title_re is not None:
        title = lex.report_title_re.search(text, 0, min(len(text), 800))
        if title is not None and int(title["y"]) in (prev, prev - 1):
            return int(title["y"])  # 2017年…工作报告 published in 2018: a review of 2017
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
    sentences.  An event phrase opened by an anaphor (此次专项行动开始以来) takes the
    nearest since-period or range of its paragraph (within 1500 chars) whose words start
    an action.  Returns (start, end or None meaning "up to the reference date").
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
    if ev.startswith(lex.event_anaphors or ("\0",)):
        # 自6月25日以来,…组织开展“断卡”等专项行动。…此次专项行动开始以来: the action the
        # paragraph has just named and dated
        for a in reversed(earlier):
            if a.start < para_start or a.start < mention.start - 1500:
                break
            if (a.role == "own" and a.kind in ("since", "range") and a.date_start is not None
                    and not _is_dateline(lex, text, a)):
                if _starts_action(text[a.end:mention.start]):
                    return a.date_start, (a.date_end if a.kind == "range" else None)
                break
    for a in reversed(earlier):
        if a.start < mention.start - 1500:
            break
        if a.role != "own" or a.date_start is None or _is_dateline(lex, text, a):
            continue  # (2月20日,警方通报了开展…情况: the news day starts nothing)
        if (a.kind == mention.kind and a.text == mention.text and ev
                and mention.text.endswith("期间")):
            # (…。行动期间,… (dated by the days before it) … 行动期间共设立…: the same
            # event phrase again, its dates already read)
            return a.date_start, a.date_end
        if (grams and a.kind != "day" and any(g in a.text for g in specific)
                and not (a.kind == "named" and mention.text.endswith("以来"))):
            # (开展专项斗争以来 after 在扫黑除恶专项斗争中: a campaign's known span dates
            # the campaign, not a since-period whose start the text does not write)
            return a.date_start, a.date_end
        if (a.kind == "since" and ev and ev in a.text
                and any(v in a.text for v in lex.start_verbs)):
            # 6月25日…“百日行动”部署开展以来,… 。行动以来: the event's own start
            return a.date_start, None
        if (a.kind == "range" and ev and ev in a.text and a.text.endswith(("中", "期间"))
                and a.date_end is not None):
            # 在8月10日至15日开展的…统一行动中,…。行动期间,…: the action's dated frame
            return a.date_start, a.date_end
        if (a.kind in ("range", "since") and ev and ev in text[max(0, a.start - 12):a.start]
                and (any(v in a.text for v in lex.start_verbs)
                     or (a.kind == "since" and a.text.endswith(("起", "开始"))))):
            # 专项行动从2017年5月开始至12月结束 … 专项行动开展以来 / 专项行动自2021年5月8日起,
            # 历时5个月。行动以来 (its length, when written, ends it)
            return a.date_start, _lasted(text, a)
        if (a.kind == "since" and ev and not specific and a.start >= max(lowest, para_start)
                and mention.text.endswith("以来") and a.text.endswith("以来")
                and ev in _clause_after(text, a.end)):
            # 自6月25日以来,按照…“百日行动”统一部署,…。行动开展以来: the since-period
            # before names the action its sentence goes on with
            return a.date_start, None
        if a.kind == "day" and ev:
            ended = _ended_span(text, a, ev, sent_starts)
            if ended is not None:
                # 为期一个月的…专项行动于5月1日结束。行动期间,…: the month before that day
                return ended
        if a.kind not in _POINT_KINDS | {"range", "since"} and not (a.kind == "year" and ev):
            continue  # (a year dates an event's period, never opens a 截至)
        clause = _clause_after(text, a.end)
        tod = _TIME_OF_DAY.match(clause)
        if tod:  # 8月11日至13日每晚8时至次日凌晨2时,…组织开展: the hours of each day
            clause = clause[tod.end():]
        # (从今年5月起,江苏省公安厅组织…三地公安机关,开展了…行动: a start written with 起
        # reaches further into its sentence)
        short_range = (a.kind == "range" and a.date_start is not None
                       and a.date_end is not None and (a.date_end - a.date_start).days <= 92)
        reach = 40 if (a.kind == "since" and a.text.endswith(("起", "开始"))) or (
            # (1月25日至2月1日,该省调动上万名警力,对…开展第一轮集中收网行动: the days of
            # the action the sentence goes on to start)
            short_range) else 16
        if short_range and mention.text.endswith("期间") and mention.start - a.end < 600:
            # (2024年12月31日至2025年2月13日,海关、烟草、海警等部门在…海域联合开展了四轮
            # …专项行动。行动期间,…: a long list of bodies before the start verb)
            reach = 90
        if (a.kind == "month" and a.framing and not ev
                and not text[max(para_start, a.start - 4):a.start].strip("今年本 ")):
            # (今年4月,为保…的绿水青山,…紧紧围绕…决策部署,打响了社会环境整治战役。…截止目前:
            # a month opening its paragraph, and the action its long sentence starts)
            reach = 90
        starts = [clause.find(v) for v in lex.start_verbs if 0 <= clause.find(v) < reach]
        if (not starts and len(ev) >= 4 and ev in clause
                and any(v in clause for v in lex.start_verbs)):
            # 9月9日至11日,根据…集中统一行动部署,全区公安机关开展…集中统一行动: the
            # sentence names the event and starts it further on
            starts = [clause.find(ev)]
        if not starts:
            continue
        first = min(starts)
        if any(0 <= clause.find(v) < first for v in lex.dateline_verbs):
            continue  # 2月20日,警方通报了开展…情况: a report of the event, not its start
        if a.start < para_start and a.start < lowest and not (ev and (ev in clause[:40] or (
                mention.text.endswith("以来") and any(g in clause[:40] for g in specific))
                # (8月12日至14日,…组织开展第二轮…集中夜查统一行动 … 在夜查统一行动期间: the
                # action named at the end of a long sentence)
                or (len(ev) >= 4 and bool(specific) and mention.text.endswith("期间")
                    and ev in clause))):
            # (“夏季行动”以来 after 2023年6月以来,公安部部署开展“夏季治安打击整治行动”: a
            # since-event named by a word of its own; a frame 在…行动中 is no period)
            # (the two sentences before an event may stand in the previous paragraph; a
            # start further back names the event itself: 自今年10月15日开展的…专项行动)
            continue
        if grams:
            if not any(g in clause for g in grams):
                continue
        elif a.start < lowest:
            return None
        elif not any(w in clause[first:first + 30] for w in lex.event_nouns):
            continue  # (今年以来,…开展协作会谈4次。截至11月8日: no action was started)
        # (2024年,…深入开展“平安护航”专项行动 … 专项行动期间: the year's action)
        return a.date_start, (a.date_end if a.kind in ("range", "year") else None)
    return None


#: the hours of each day after a range of days (每晚8时至次日凌晨2时, 20时至次日8时)
_TIME_OF_DAY = re.compile(
    r"(?:每晚|每天|每日|当晚|当日)?(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|晚)?"
    r"[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?(?:至|到|-|—)(?:次日|翌日)?"
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|晚)?[0-9]{1,2}(?:时|点)(?:[0-9]{1,2}分)?[,，]?"
)
_LASTED = re.compile(rf"[,，]?\s*(?:历时|为期|持续)(?P<n>{_NUMW})个月")


#: an action's length written before the day it ended (为期一个月的…行动于5月1日结束)
_LENGTH_BEFORE = re.compile(rf"为期(?P<n>{_NUMW})(?P<u>个月|天|日)")
#: what ends an action right after its last day (于5月1日结束, 5月1日圆满结束)
_ENDED = re.compile(r"(?:正式|圆满|全面|胜利)?(?:结束|落下帷幕|收官)")


def _ended_span(text: str, a: PeriodMention, ev: str, sent_starts: list[int]
                ) -> tuple[date, date] | None:
    """The span of an action whose sentence gives its length and the day ``a`` it ended
    (内蒙古…开展的为期一个月的“…专项行动”于5月1日结束 -> 2012-04-01..2012-05-01), when the
    sentence names the event ``ev``; None otherwise."""
    if a.date_end is None or _ENDED.match(text, a.end) is None:
        return None
    lo = sent_starts[bisect.bisect_right(sent_starts, a.start) - 1]
    m = next(reversed(list(_LENGTH_BEFORE.finditer(text, lo, a.start))), None)
    n = cn_int(m.group("n")) if m is not None else None
    if not n or ev not in text[lo:a.start]:
        return None
    if m is not None and m.group("u") == "个月":
        return _minus_months(a.date_end, n), a.date_end
    return a.date_end - timedelta(days=n - 1), a.date_end


def _lasted(text: str, a: PeriodMention) -> date | None:
    """The end of a start written with its length (自2021年5月8日起,历时5个月): the day
    before the start plus that many months; None without a length."""
    m = _LASTED.match(text, a.end)
    n = cn_int(m.group("n")) if m else None
    if not n or a.date_start is None:
        return None
    end = _minus_months(a.date_start, -n)  # (the start itself when that day does not exist)
    return end - timedelta(days=1) if end != a.date_start else None


def _inside_quoted_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands inside a quoted name with more words than it
    (“全年不打烊”的派出所, “一年一主题”): a name's words, no period. A quote that is the
    period itself (“五一”) or ends with it stays; so does quoted speech (figures or clause
    marks inside)."""
    if "“" not in text[max(0, start - 30):start]:
        return False
    m = QUOTED_NAME.search(text, max(0, start - 30), min(len(text), end + 30))
    while m is not None and m.start() < start:
        if m.start() < start and end < m.end() - 1:
            # (局长说:“2023年全市破获案件120起”: quoted speech, with figures or clause
            # marks, is no name)
            return (not _SPEECH_MARK.search(m.group())
                    and len(_HAN_CHAR.findall(m.group())) - (end - start) >= 2)
        m = QUOTED_NAME.search(text, m.end(), min(len(text), end + 30))
    return False


_HAN_CHAR = re.compile(r"[\u3400-\u9fff]")
_SPEECH_MARK = re.compile(r"[0-9０-９,，。;；:：!！?？、]")


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
    raws = [r for r in _scan(lex, text) if not _inside_quoted_name(text, r.start, r.end)]
    if review_year == AUTO:
        review_year = _review_year(lex, text, reference, *_year_counts(lex, text, raws))
    # (v1.1) no date known: the reference year may come from the text itself; relative
    # periods then resolve within that year, and nothing ends at an unknown "today"
    assumed = None
    if reference is None:
        year, ending = _text_year(text)
        if year is None:
            year = _bulletin_case_year(text)
        if year is None:
            year = _source_link_year(text)
        if year is not None:
            reference = assumed = date(year, 12, 31)
            if ending == year:
                assumed = None  # (2021即将落下帷幕: written at that year's end)
    ctx = _Ctx(lex, text, reference, review_year,  # type: ignore[arg-type]
               assumed=assumed is not None)
    ctx.bulletin = bulletin_month(text, reference)
    if reference is not None and not assumed:
        ctx.bulletin_week = _bulletin_week(text, reference)
    paras, sents = _bounds(text)
    out = _mentions(lex, text, raws, ctx, paras)
    if reference is not None:
        _dateline_days(text, out, reference)
    _lasting(text, out)
    _since_length(text, out)
    out = _since_until(text, out)
    out = _joined_ranges(text, out)
    out = _from_part(text, out)
    out = _noted_ranges(text, out)
    out = _bracketed_notes(text, out)
    if reference is not None:
        _written_start(out, reference, paras, lex.named)
    _same_day(lex, text, out)
    _this_period(lex, text, out)
    # the day the news was given (12月19日,记者从…获悉) is no period, nor does it open one
    out = [m for m in out if not (m.role == "own" and _is_dateline(lex, text, m))]
    _date_open_mentions(lex, text, out, paras, sents, reference, assumed is not None)
    _year_as_of(text, out, reference is None or assumed is not None)
    # a campaign frame (在开展…专项行动中) is no period unless the text dates the campaign;
    # nor is the season a purpose clause works for (为切实做好全国“两会”期间…工作)
    out = [m for m in out if not (m.frame and not m.dated)
           and not (not m.dated and _PURPOSE_SEASON.match(m.text))]
    if reference is not None and assumed is None:
        out = [_year_to_date(m, reference) for m in out]
    if assumed is not None:
        out = [
            replace(m, date_end=None)
            if m.date_end == assumed and m.kind in ("since", "until", "rolling", "undated")
            and not (m.kind == "until" and _WRITTEN_END.search(m.text))
            # (一年来, 连续两年 of a reviewed year end with that year, not at an unknown today)
            and not (m.kind == "rolling" and review_year == assumed.year)
            else m
            for m in out
        ]
    return out, review_year  # type: ignore[return-value]


#: a monthly bulletin's title: 3月反电信网络诈骗警情通报, 2024年10月份治安形势分析
_BULLETIN = re.compile(
    r"(?:(?P<y>(?:19|20)[0-9]{2}) ?年)?(?P<m>1[0-2]|0?[1-9]) ?月份?"
    r"[^\n。,，;；]{0,12}?(?:警情|治安|案件|刑事)[^\n。,，;；]{0,6}?(?:通报|简报|快报|分析|报告)"
)


#: the report nouns of :data:`_BULLETIN`, one of which every match holds
_BULLETIN_NOUNS = ("警情", "治安", "案件", "刑事")


def bulletin_month(text: str, reference: date | None) -> date | None:
    """The month a monthly bulletin reports on (its title in the first 300 characters:
    通城县公安局3月反电信网络诈骗警情通报): 本月 and 上月 count from it (spec section 4,
    v1.1). The year is the one written, else the latest not after the reference."""
    head = text[:300]
    # every match holds 月, one of the report nouns (警情…) and one of the kinds (通报…, all
    # written with 报 or 析): a head lacking one holds no title, and the pattern, which has
    # no literal prefix, is not tried at each of its characters
    if ("月" not in head or not ("报" in head or "析" in head)
            or not any(w in head for w in _BULLETIN_NOUNS)):
        return None
    m = _BULLETIN.search(head)
    if m is None:
        return None
    month = int(m.group("m"))
    if m.group("y"):
        return date(int(m.group("y")), month, 1)
    if reference is None:
        return None
    year = reference.year if month <= reference.month else reference.year - 1
    return date(year, month, 1)


#: the link to the article's source with its day in the path (文章出处:法制日报http://…/
#: content/20140826/Articel05008GN.htm, 来源: http://…/2019-05/21/…)
_SOURCE_LINK_DAY = re.compile(
    r"(?:出处|来源|链接|原文|网址|转自)[:：]?[^\s:：]{0,20}?https?://[!-~]{0,120}?"
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9])-?(?:0[1-9]|1[0-2])(?:/|-)?(?:0[1-9]|[12][0-9]|3[01])"
    r"(?![0-9])")


def _source_link_year(text: str) -> int | None:
    """The year of the day in the path of the article's source link (:data:`_SOURCE_LINK_DAY`),
    when the text gives no other: a page's own address copied under it."""
    if "http" not in text:
        return None
    m = _SOURCE_LINK_DAY.search(text)
    return int(m.group(1)) if m is not None else None


def _bulletin_case_year(text: str) -> int | None:
    """The year of a monthly bulletin whose title has none (5月反电信网络诈骗警情通报): the
    one year written with that month in its body (a case of 2024年5月19日); None when
    none or several are."""
    month = bulletin_month(text, date(2000, 12, 31))
    if month is None:
        return None
    days = re.compile(rf"((?:19|20)[0-9]{{2}}) ?年 ?0?{month.month} ?月")
    years = {int(m.group(1)) for m in days.finditer(text)}
    return years.pop() if len(years) == 1 else None


#: a day of a month written in a weekly bulletin (a case's day: 10月13日)
_CASE_DAY = re.compile(r"(?<![0-9年])(1[0-2]|0?[1-9])月([12][0-9]|3[01]|0?[1-9])日")


def _bulletin_week(text: str, reference: date) -> date | None:
    """The Monday of the week a weekly bulletin reports on (本周,市区110共受理…) when its
    body's case days mostly fall in one week before the reference's (a bulletin put online
    later than its week): at least two of those days, more than in any other week; None
    when the text writes no 本周 or its days say nothing."""
    if "本周" not in text:
        return None
    this_monday = reference - timedelta(days=reference.weekday())
    weeks: Counter[date] = Counter()
    for m in _CASE_DAY.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        year = reference.year if (month, day) <= (reference.month, reference.day) else (
            reference.year - 1)
        d = _safe_date(year, month, day)
        if d is not None and reference - d < timedelta(days=62):
            weeks[d - timedelta(days=d.weekday())] += 1
    if not weeks:
        return None
    (best, n), *rest = weeks.most_common(2) + [(None, 0)]
    if n < 2 or (rest and rest[0][1] == n) or best is None or best >= this_monday:
        return None
    return best


#: the first month from which the reference's own year is counted as year to date
CLIP_MONTH = 3


def _year_to_date(m: PeriodMention, reference: date) -> PeriodMention:
    """The reference's own year, not over yet (2022年 in a release of 2022-10-27), covers
    that year up to the reference date: figures are not counted ahead of their release.
    Before March (2022年 in January 2022) the year is a plan's and stays whole."""
    y = reference.year
    if (m.kind == "named" and m.date_start is not None and m.date_end is not None
            and m.date_start.year < y and m.date_start <= reference
            and (m.date_end - reference).days > 31 and reference.month >= CLIP_MONTH):
        # “十四五”期间 in a release of 2025-10-11: the plan's years so far
        return replace(m, date_end=reference)
    if (m.kind in ("year", "annual") and m.date_start == date(y, 1, 1)
            and m.date_end == date(y, 12, 31)
            and (m.date_end - reference).days > 31
            and reference.month >= CLIP_MONTH):
        return replace(m, date_end=reference)
    return m


#: a year written in a mention (2018年, 今年, 去年)
_WRITTEN_YEAR = re.compile(r"[0-9〇零一二三四五六七八九]{2,4} ?年|今年|去年|前年|明年|本年|上年")

# 截至2018年12月31日 / 截至年底: an end written in the text, not the assumed reference
_WRITTEN_END = re.compile(r"[0-9月日底末]")


def _mentions(
    lex: _Lexicon, text: str, raws: list[_Raw], ctx: _Ctx, paras: list[int]
) -> list[PeriodMention]:
    """The resolved mentions of the scanned matches ``raws``, with role, framing and
    modifier; an explicit year sets the context year of the rest of its paragraph."""
    out: list[PeriodMention] = []
    para_i = -1
    #: years counted back from the reference (今年, 去年 …), which set a paragraph's year
    past_years = tuple(w for w, n in lex.relative_years.items() if n <= 0)
    for raw in raws:
        pi = bisect.bisect_right(paras, raw.start) - 1
        if pi != para_i:
            para_i, ctx.ctx_year, ctx.ctx_month = pi, None, None
        res = _resolve(ctx, raw)
        if res is None:
            continue
        s, e, (ds, de, kind, point, event) = res
        if raw.name == "date" and raw.m["a"] == "上年" and text[max(0, s - 1) : s] == "以":
            continue
        if _LENGTH_WORD.search(text, max(0, s - 2), s) and _MONTH_FIRST.match(text, s):
            continue  # 在历时3月的活动中: three months' length, not March
        role: PeriodRole = "base" if _is_base(lex, text, s, e, kind) else "own"
        # 连续3年保持了命案全破: a streak, it frames no later sentence, and it only
        # qualifies its own figure (2020年,命案连续6年100%侦破: the rate is 2020's)
        # 再创本世纪以来新低: a superlative's frame is no period, even at a clause's head
        superlative = text.startswith(_SUPERLATIVE, e) or (
            # 近10年来命案发案首次降到200宗以下: a record over those years, no period
            # (2020年是改革开放以来甘肃破获命案积案最多的一年: an era's record)
            # (今年国庆假期,高速日均车流量近年来首次出现下降: likewise a vague 近年来)
            (raw.name in ("rolling", "rolling_near", "event_since")
             or (raw.name == "vague" and text.endswith("年来", s, e)))
            and _RECORD_AFTER.match(text, e) is not None)
        framing = (role == "own" and raw.name != "consec" and not superlative
                   and _is_framing(lex, text, s, e))
        if (point and kind == "month" and framing and text[e:e + 1] in ",，"
                and not text[paras[pi]:s].strip()
                and text.startswith(lex.reporting_month_scopes or ("\0",), e + 1)):
            point = False  # 今年4月,全省查处…: the month the paragraph reports on
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
            modifier=role == "own" and not framing and (
                superlative or raw.name == "consec"
                # (随着春运高峰来临,…: a season drawing near sets the scene, dates nothing)
                or (text.endswith("随着", 0, s) and _SCENE_AFTER.match(text, e) is not None)
                or (
                    _is_modifier(lex, text, s, e)
                    # (…,2014年1-5月的重刑率为23.06%: a clause's head naming its own
                    # measure's period, 的 and the measure, then its level)
                    and not (text[s - 1:s] in ",，;；" and _PERIOD_OF_MEASURE.match(text, e)))),
            frame=raw.name == "during_in",
        )
        out.append(mention)
        if (
            role == "own"
            and not mention.modifier
            and (kind in ("year", "range", "half", "quarter")
                 # 2015年10月,…成立…,并于当年11月实施: a written year-month sets the year too
                 or (kind == "month" and text[e:e + 1] in ",，")
                 # (2019年元宵节期间…,元宵节当天…: a holiday's written year, not 去年国庆期间)
                 or (kind == "named" and raw.name == "holiday"
                     and re.match(rf"(?:{_DIG_Y}|{_CN_Y})", mention.text) is not None))
            and ds is not None
            # (沿江2003年“12·9”入室杀人积案: the year of a case's name sets no year)
            and not _CASE_NUMBER_AFTER.match(text, e)
        ):
            if re.match(rf"(?:自|从)?(?:{_DIG_Y}|{_CN_Y})", mention.text):
                ctx.ctx_year = de.year if de is not None else ds.year
                ctx.ctx_month = ds.month if kind == "month" else None
            elif (mention.text[1:] if mention.text[:1] in "自从" else mention.text).startswith(
                    past_years):
                # 这是继2015年上半年…后的再次下降。今年上半年…,从3月20日到6月30日: a year
                # counted from the reference takes over from the one written before it
                ctx.ctx_year, ctx.ctx_month = ds.year, None
        elif (role == "own" and not mention.modifier and kind == "since" and ds is not None
              and mention.text.startswith("今年")):
            # (2017年总结…。今年以来,…。仅第一季度,…: this year's quarter, not the reviewed
            # year's)
            ctx.ctx_year, ctx.ctx_month = ds.year, None
    return out


#: a case's number in quotes after a year (2003年“12·9”…案, 2019年“5.16”专案)
_CASE_NUMBER_AFTER = re.compile(r"[“\"「]\s?[0-9]{1,2}\s?[·.．・]")


def _date_open_mentions(
    lex: _Lexicon,
    text: str,
    out: list[PeriodMention],
    paras: list[int],
    sents: list[int],
    reference: date | None,
    assumed: bool = False,
) -> None:
    """Date the undated events and the open ``截至X`` of ``out`` (in place) from what the
    text writes before them: an opening 自X起, the short range of days of an action written
    earlier (:func:`_action_days_start`), a named holiday, dates in brackets, an anchor
    (:func:`_anchor`); a campaign frame right after a day (5月24日凌晨,在…行动中) stays
    undated, so the day dates its facts."""
    for i, mention in enumerate(out):
        open_until = mention.kind == "until" and mention.date_start is None
        if open_until and mention.role == "own" and not _stock_clause(lex, text, mention):
            prev = out[i - 1] if i else None
            if (prev is not None and prev.kind == "since" and prev.date_start is not None
                    and not text[prev.end:mention.start].strip(" ,，")
                    and mention.date_end is not None and prev.date_start <= mention.date_end):
                # 今年以来截至10月10日: the start written right before its end
                out[i] = replace(mention, date_start=prev.date_start)
                continue
            opened = _opened_before(out, i, paras, text)
            if (opened is not None and mention.date_end is not None
                    and opened > mention.date_end and not _WRITTEN_YEAR.search(mention.text)):
                # 从2016年12月1日起…。截至3月31日: a yearless end falls after its start
                later = _safe_date(mention.date_end.year + 1, mention.date_end.month,
                                   mention.date_end.day)
                if later is not None and later >= opened and (
                        assumed or reference is None
                        or later <= reference + timedelta(days=31)):
                    mention = out[i] = replace(mention, date_end=later)
            if opened is None:
                opened = _action_days_start(lex, text, out, i)
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
            recent = _recent_holiday(mention.event or "", reference) if not any(
                m.dated for m in out[:i] if m.role == "own") else _holiday_of_day(
                mention.event or "", out[:i])
            if recent is not None:
                # (a release of 8 October: 长假期间,… with no holiday named and no date
                # before: the official holiday just ended)
                out[i] = replace(mention, date_start=recent[0], date_end=recent[1])
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
        if reference is None and open_until:
            continue
        if mention.frame and i > 0 and _day_before(text, out[i - 1], mention):
            continue  # 5月24日凌晨,在…收网行动中: the day written before the frame dates it
        pi = bisect.bisect_right(paras, mention.start) - 1
        anchor = _anchor(lex, text, mention, out[:i], paras[pi], sents)
        if anchor is None:
            continue
        a_start, a_end = anchor
        end = mention.date_end if open_until else (a_end or reference)
        if (not open_until and reference is not None and a_end is not None
                and a_start <= reference < a_end and mention.text.endswith(_UP_TO_NOW)):
            # 决定从6月底至9月30日开展…行动。行动至今,…: up to now, inside the action's days
            end = reference
        if end is None or a_start <= end:
            out[i] = replace(mention, date_start=a_start, date_end=end)


#: how a period running up to the reference date ends (行动开展以来, 行动至今)
_UP_TO_NOW = ("以来", "至今", "来")

#: what may stand between a day and the frame after it: its hour, a comma
_DAY_TO_FRAME = re.compile(
    r"(?:凌晨|早上|上午|中午|下午|傍晚|晚上|夜间|晚)?(?:[0-9]{1,2}[时点](?:[0-9]{1,2}分)?许?)?"
    r"[,，]?\s*在?$"
)


def _day_before(text: str, prev: PeriodMention, frame: PeriodMention) -> bool:
    """True when an own day stands right before ``frame`` (5月24日凌晨,在…行动中)."""
    return (prev.role == "own" and prev.kind == "day" and prev.end <= frame.start
            and frame.start - prev.end <= 12
            and _DAY_TO_FRAME.match(text[prev.end:frame.start]) is not None)


#: a period that points back to the one just written (在此期间, 上述期间, 这一时期)
_THIS_PERIOD = re.compile(r"(?:在)?(?:此|上述|这一?|该|这段)(?:时)?期间?$|(?:在)?这一时期$")


def _this_period(lex: _Lexicon, text: str, out: list[PeriodMention]) -> None:
    """在此期间 / 上述期间 take the dates of the nearest earlier own dated period within 600
    characters (2023年至2025年,…。上述期间,全国法院一审审结…), not the day the news was
    given (12月19日,记者从…获悉); without one they stay undated."""
    for i, m in enumerate(out):
        if m.dated or not _THIS_PERIOD.fullmatch(m.text):
            continue
        for a in reversed(out[:i]):
            if m.start - a.end > 600:
                break
            if (a.role == "own" and a.dated and not a.modifier
                    and not _is_dateline(lex, text, a)):
                out[i] = replace(m, date_start=a.date_start, date_end=a.date_end)
                break


_CN_DAY = r"[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
#: a news dateline (兰州6月24日电 (记者 某某)) and the bare day that opens its lead (24日,)
_DATELINE_DAY = re.compile(
    rf"(?<![0-9])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月(?P<d>{_CN_DAY})日(?:电|讯)"
    rf"[^。\n]{{0,40}}?[)）】]\s?(?P<day>{_CN_DAY})日(?=(?:上午|下午|晚上?|凌晨|中午)?[,，])")


def _dateline_days(text: str, out: list[PeriodMention], reference: date) -> None:
    """新华社北京5月27日电 (记者 某某) 27日,…: the bare day opening a dateline's lead is a
    day of the dateline's month (in the reference year), added to ``out`` in place."""
    if "日电" not in text and "日讯" not in text:
        return
    starts = {m.start for m in out}
    for hit in _DATELINE_DAY.finditer(text):
        month, day, own = (small_int(hit.group(g)) for g in ("m", "d", "day"))
        if not month or not day or not own or own > day or hit.start("day") in starts:
            continue
        when = _safe_date(reference.year, month, own)
        if when is None or when > reference + timedelta(days=1):
            continue
        mention = PeriodMention(text=text[hit.start("day"):hit.end()], start=hit.start("day"),
                                end=hit.end(), date_start=when, date_end=when, kind="day",
                                framing=True, point=True)
        k = bisect.bisect_left([m.start for m in out], mention.start)
        out.insert(k, mention)


def _same_day(lex: _Lexicon, text: str, out: list[PeriodMention]) -> None:
    """当天上午 / 当日 / 同日 / 当晚 take the nearest day written before them within 600
    characters (6月23日上午,…举办…活动。…当天上午,…共集中销毁…), also the day a
    briefing or an event was held (in place); 当晚 after a night's action of two or three
    days (7日晚21时至9日凌晨2时) takes those days; without one they stay undated."""
    for i, m in enumerate(out):
        if m.kind != "day" or m.date_start is not None:
            continue
        # (次日 / 翌日 / 两天后: that many days after the day written before)
        after = _DAYS_AFTER.match(m.text)
        if after is not None:
            shift = timedelta(days=small_int(after.group(1)) or 0)
        elif lex.days_after and m.text.startswith(lex.days_after):
            shift = timedelta(days=1)
        elif m.text.startswith(_SAME_DAY):
            shift = timedelta(days=0)
        else:
            continue
        for a in reversed(out[:i]):
            if m.start - a.end > 600:
                break
            if a.kind == "day" and a.date_start is not None and a.role == "own":
                if shift and (a.date_end != a.date_start or _is_dateline(lex, text, a)):
                    # (次日 after days written as one, or after the day the news was given:
                    # no day of the action to count on)
                    break
                out[i] = replace(m, date_start=a.date_start + shift,
                                 date_end=None if a.date_end is None else a.date_end + shift)
                break
            if (m.text.startswith(("当晚", "当夜")) and a.kind == "range" and a.role == "own"
                    and a.date_start is not None and a.date_end is not None
                    and (a.date_end - a.date_start).days <= 2):
                # 7月7日晚21时至9日凌晨2时,…行动…。当晚,…: the night's action spans its days
                out[i] = replace(m, date_start=a.date_start, date_end=a.date_end)
                break


def _action_days_start(lex: _Lexicon, text: str, out: list[PeriodMention], i: int
                       ) -> date | None:
    """The first day of an action's days written earlier, in any paragraph, when the open
    ``截至Y`` at ``out[i]`` falls within them: 5月23日至5月24日,…组织开展…集中收网行动 …
    截至5月24日12时 -> 5月23日, also …,为期两天的…行动在全市展开 (the nearest earlier own
    dated period decides; a year, as in 2022年“…”行动, is a name's part and passed over)."""
    end = out[i].date_end
    if end is None:
        return None
    for a in reversed(out[:i]):
        if a.start < out[i].start - 1500:
            break  # (a bounded look back: a text of many years costs no more per 截至)
        if a.role != "own" or a.modifier or not a.dated or a.kind == "year":
            continue
        if (a.kind == "range" and a.date_start is not None and a.date_end is not None
                and (a.date_end - a.date_start).days <= 31
                and a.date_start <= end <= a.date_end):
            clause = _clause_after(text, a.end)
            # (…,组织开展…行动 / …,为期3天的集中收网行动在全省进行: an action's days)
            if any(0 <= clause.find(v) < 40 for v in (*lex.start_verbs, *lex.event_nouns)):
                return a.date_start
        return None
    return None


#: what makes a written year one with a part (2017年5月, 2025年上半年, 2021年第一季度,
#: 2024年一季度, 2025年初), not a year followed by a word (2015年四川省…, 2024年中国…)
_YEAR_PART = (
    # (a month: 2017年5月, 2021年1-6月, 2020年1至10月; not 较2016年17起, a base's count)
    r"(?:1[0-2]|0?[1-9]) ?(?:月|份|[-－—~～至到、])"
    r"|[一二三四五六七八九十] ?[0-9一二月季]|[上下]半|前[0-9一二三四五六七八九十两]|第|初"
    r"|中(?![国央共华外])"
    # 2023年春节期间, 2021年国庆假期, 2017年“国庆、中秋”期间: a holiday or season of the
    # year (its name may be quoted; 2009年全市春运工作: the place's scope before it)
    r"|(?:全[市省区县州盟国])?[“\"]?(?:春节|春运|国庆|五一|元旦|清明|端午|中秋|暑期|暑假|寒假|汛期)"
)

_TEXT_YEARS = re.compile(
    # 2017年5月, 2025年上半年, 2021年第一季度, 2025年初: a year with a part is the current one
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9])(?: ?年"
    rf"(?={_YEAR_PART})"
    # 2015.11.11专案, (2017.1.27-2.2): a dotted date
    r"|\.(?=(?:1[0-2]|0?[1-9])\.[0-9]))"
    # 昆仑2021, “云剑-2020”专项行动: a campaign's year, before a quote or 专项/行动
    # (“亮剑2022·扫黑恶”: a campaign's year before its sub-title)
    r"|(?<=[\u4e00-\u9fff])[-—－]?(20[0-3][0-9])(?=[”\"」』》·•]|专项|行动|系列)"
    # “荆楚雷霆2023武汉行动”: the year inside a quoted campaign name, before its last words
    r"|(?<=[\u4e00-\u9fff])(20[0-3][0-9])(?!年)(?=[\u4e00-\u9fff]{1,4}(?:行动|专项)[”\"」』])"
    # “云剑”2020、“长城2号”: the year written after the campaign's quoted name
    r"|(?<=[”」』])(20[0-3][0-9])(?=[、,，”\"」』]|专项|行动|系列)"
    # “2018秦剑·华山一号”严打行动: the year opening a quoted campaign name
    r"|(?<=[“「『])(20[0-3][0-9])(?=[\u4e00-\u9fff]{2}[^”」』\n]{0,12}[”」』])"
    # 2025“湘超”湘西对阵常德: a year written before a quoted event's or campaign's name
    # (at a clause's head: 公安厅2022“向人民汇报” names a report, dated by its page)
    r"|(?:(?<=[,，。;；:：\s])|^)(20[0-3][0-9])(?=[“「『][\u4e00-\u9fff]{2,8}[”」』])"
)


_PLAN_YEAR = re.compile(
    # 2024年工作安排, 2026年目标任务: the year the text plans for is the current one
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年度?(?:的)?(?:工作)?(?:进行)?"
    r"(?:安排|计划|思路|要点|目标|任务)"
    # 安排部署2021年度审判执行工作任务: a year whose work is being planned
    r"|(?<=部署|谋划)((?:19[89]|20[0-4])[0-9]) ?年"
)
#: 转眼间2021即将落下帷幕: the year now ending
_YEAR_ENDING = re.compile(
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年?(?:即将|马上|就要)"
    r"(?:过去|结束|落下帷幕|收官|画上句号)"
)
_THEME_YEAR = re.compile(
    # 2016年,是全省打黑除恶专项斗争深化年 / 2023年是…开局之年: the year now under way
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年[,，]?是[^。,，;；\n]{0,24}?(?:之)?年"
)
_LAUNCH_YEAR = re.compile(
    # 组织开展…2022年“绿城反诈·断卡”第二轮集中收网行动: an action of that year launched
    # now (a year under review is written without the launch verb)
    r"(?<=开展|启动|部署|发起)((?:19[89]|20[0-4])[0-9]) ?年度?[“\"「]"
)
_BRIEFING_YEAR = re.compile(
    # 2025年江西省禁毒工作新闻发布会, 2023年全市公安工作会议: the year a briefing or a
    # yearly work meeting is named with is the current one
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年[^。,，;；:：\n0-9]{0,16}?"
    r"(?:新闻发布会|新闻通气会|发布会|工作会议)"
)
#: 举行“2017年云南省…食品安全宣传周主题日活动”: a yearly observance held now, named with
#: the current year
_OBSERVANCE_YEAR = re.compile(
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年[^。,，;；:：\n0-9]{0,24}?"
    r"(?:宣传周|宣传月|宣传日|主题日|主题活动)"
)
_BARE_YEAR = re.compile(
    # 2024年,全省共破获… / 2023年全年 / 截至2023年底: a year reviewed or closed
    # (2023年是…开局之年: the year a theme is set for, not one reviewed)
    rf"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年(?!以来|{_YEAR_PART}|[月半季]|[,，]?是)"
)
_FUTURE = ("将", "计划", "拟", "力争", "预计", "要求", "要在")


def _sentence_around(text: str, i: int) -> str:
    """The sentence around ``i`` (at most 120 characters each side)."""
    lo = max(text.rfind(c, max(0, i - 120), i) for c in "。！？!?\n") + 1
    hi_c = [k for k in (text.find(c, i, i + 120) for c in "。！？!?\n") if k >= 0]
    hi = min(hi_c) if hi_c else min(len(text), i + 120)
    return text[lo:hi]


def _sentence_has(text: str, i: int, words: tuple[str, ...]) -> bool:
    """True when the sentence around ``i`` holds one of ``words``."""
    sentence = _sentence_around(text, i)
    return any(w in sentence for w in words)


#: a since-start opened by 自/从 (自2018年1月开展…以来) and 今年 later in its sentence
_SINCE_THEN_THIS_YEAR = re.compile(r"[^。！？!?\n]{0,40}?以来[^。！？!?\n]{0,30}?今年")


def _later_this_year(text: str, i: int) -> bool:
    """True when the year at ``i`` opens a since-period (自/从 before it) whose sentence
    goes on with 今年, or a range of months that ends in 今年 (2023年1月至今年5月): the writer
    would have said 今年… had it been the current year."""
    if _RANGE_TO_THIS_YEAR.match(text, i) is not None:
        return True
    return (text[max(0, i - 1):i] in ("自", "从")
            and _SINCE_THEN_THIS_YEAR.match(text, i) is not None)


#: a year's month and a range up to a month of 今年 (2023年1月至今年5月)
_RANGE_TO_THIS_YEAR = re.compile(
    r"(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月份?(?:[0-9]{1,2} ?[日号])? ?(?:至|到|—|-|－|~) ?今年"
    r"(?![均底])")  # (not …至今年均…: 至今 and 年均)


_START_MONTH = re.compile(r" ?年 ?([0-9]{1,2}) ?月(?:[0-9]{1,2}[日号])?(?:起|开始|以来)")
_YEARLESS_DAY = re.compile(r"(?<![0-9年])([0-9]{1,2}) ?月 ?[0-9]{1,2} ?[日号]")


def _earlier_month_after(text: str, start: int, end: int) -> bool:
    """True when the year at ``start`` opens a since-period in a late month (从2016年12月1日
    起) and a yearless day of an earlier month is written after it (截至3月31日): that day
    falls in the year after."""
    if text[max(0, start - 1):start] not in ("自", "从"):
        return False
    m = _START_MONTH.match(text, end - 1 if text[end - 1:end] == "年" else end)
    if m is None:
        return False
    month = int(m.group(1))
    return any(int(d.group(1)) < month
               for d in _YEARLESS_DAY.finditer(text, m.end(), m.end() + 400))


def _planned_sentence(text: str, i: int) -> bool:
    """True when the sentence around ``i`` announces a plan (将/计划/拟…); the demands a
    past work followed (按照…的要求) are none."""
    sentence = _sentence_around(text, i).replace("的要求", "")
    return any(w in sentence for w in _FUTURE)


_YEAR_END = re.compile(r" ?(?:12|十二)月(?:底|末|31日|份)")
_SINCE_YEAR = re.compile(r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年以来")
#: a full year's digits (1980-2049), where every pattern above starts (after a non-digit)
_YEAR_DIGITS = re.compile(r"(?:19[89]|20[0-4])[0-9]")
_ASCII_DIGITS = frozenset("0123456789")


def _year_starts(text: str) -> list[int]:
    """Where a full year not preceded by a digit starts in ``text``: where a match of the
    year patterns (``(?<![0-9])((?:19[89]|20[0-4])[0-9])…``) can start.  (The year digits
    start with 1 or 2 and are found far faster than such a pattern, which
    ``re`` tries at every position; a position inside a run of digits follows a digit.)"""
    return [p for m in _YEAR_DIGITS.finditer(text)
            if (p := m.start()) == 0 or text[p - 1] not in _ASCII_DIGITS]


#: the dashes that may open a match of :data:`_TEXT_YEARS` (“云剑-2020”)
_YEAR_DASH = re.compile(r"[-—－]")


def _text_year_starts(text: str, starts: list[int]) -> list[int]:
    """Where a match of :data:`_TEXT_YEARS` can start: at a full year after a non-digit
    (``starts``, from :func:`_year_starts`; a campaign's year 20[0-3]x follows a Han
    character or a closing quote) or at a dash before a campaign's year."""
    dashes = [m.start() for m in _YEAR_DASH.finditer(text)]
    if not dashes:
        return starts
    return sorted(starts + dashes)


def _matches_at(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """``rx.finditer(text)`` for a pattern whose every match starts at one of ``starts``
    (ascending): the first match at or after the end of the last one, tried only there."""
    out = []
    last = 0
    for p in starts:
        if p >= last and (m := rx.match(text, p)) is not None:
            out.append(m)
            last = m.end()
    return out
_COMPARED = ("较", "比", "与", "从", "由", "同期")
#: a purpose clause opening an undated season (为切实做好全国“两会”期间…, 为确保春节期间…)
_PURPOSE_SEASON = re.compile(r"为了?(?:切实|全力|进一步|认真|扎实)?(?:做好|确保|保障|维护|抓好)")
#: the last year before the pandemic, a base still compared with in 2021-2023
#: (较2019年同期): alone it dates no text
_PRE_PANDEMIC = 2019
#: the words right before a year that make it the base of a comparison (较2016年)
_BASE_BEFORE = frozenset(("较", "比", "与"))
#: a figure written as a multiple of a year's total or of its same part (是2013年全年的10倍,
#: 相当于2019年同期的2.3倍)
_MULTIPLE_OF_YEAR = re.compile(
    r"(?:是|为|相当于|达到?)((?:19[89]|20[0-4])[0-9]) ?年(?:全年|同期)?的"
    r"(?:[0-9]+(?:\.[0-9]+)?|[一两二三四五六七八九十]{1,3})(?:多|余)?倍")
#: 去年(同期) glossed in brackets by its year: 去年同期(2021年4月3至5日)
_LAST_YEAR_GLOSS = re.compile(r"(?:去年|上年)(?:同期)?[(（]((?:19|20)[0-9]{2}) ?年")
#: an action since a month written without its year (自6月24日…部署开展“夏季行动”以来):
#: the action runs in the text's own year, and so does a campaign named by that year
_YEARLESS_SINCE = re.compile(
    r"(?<![0-9年])自(?:1[0-2]|0?[1-9])月(?:[0-9]{1,2}[日号])?[^,，。;；\n]{0,40}?(?:以来|至今)")
#: a text counting from the start of its own year (今年以来, 今年年初以来, 今年来)
_THIS_YEAR_SINCE = re.compile(r"(?:今年|本年)(?:年初|初)?(?:以来|来)")
#: an action's range of days written without a year and opening its clause or a 在…期间
#: frame (在10月9日至11日期间开展…, 9月8日至10日,全市开展…), not a bracketed note or a year's
#: holiday (国庆假期(10月1日至7日), 去年同期10月1日至7日)
_YEARLESS_DAYS = re.compile(
    r"(?:^|(?<=[\n,，。;；在]))(?:1[0-2]|[1-9])月[0-9]{1,2}日(?:至|到)(?:(?:1[0-2]|[1-9])月)?"
    r"[0-9]{1,2}日(?=[^。\n]{0,12}?(?:开展|组织|部署|期间))")
#: 今年 as a period of figures (今年,全市破获…), not 今年以来
_THIS_YEAR = re.compile(r"今年(?![以来初])")
#: an as-of month before December written without a year (截至6月底, 截止9月30日), or as of
#: now (截至目前): the figures of a year still under way
_EARLY_AS_OF = re.compile(
    r"(?:截至|截止)(?:(?:今年|本年)? ?(?:[1-9]|1[01]|[一二三四五六七八九十]|十一)月"
    r"|目前|当前)")
#: a day late in the year written without a year: an as-of date in December (截至12月,
#: 截至今年12月20日), a December dateline, or a November or December day opening the text
_LATE_IN_YEAR = re.compile(
    r"(?:截至|截止)(?:今年|本年)? ?(?:12|十二)月"
    # (上海12月17日电: a December dateline, the reviewed year still current)
    r"|(?<![0-9年])12月[0-9]{1,2}日(?:电|讯)"
    # (11月24日,在…会议上…报告工作 opening the text: a day late in the year it reviews)
    r"|^\s*(?:1[12]|十[一二])月[0-9]{1,2}日[,，]"
)


#: a counted observed day (第33个国际禁毒日) and a counted anniversary (澳门回归20周年):
#: NAMES stands for the alternation of the lexicon's names
_OBSERVANCE = r"第(?P<n>" + _NUMW + r")个[^,，。;；\n]{0,4}?(?P<name>NAMES)"
_ANNIVERSARY = r"(?P<name>NAMES)(?P<n>" + _NUMW + r")周年"


@functools.lru_cache(maxsize=8)
def _names_re(template: str, names: tuple[str, ...]) -> re.Pattern[str] | None:
    """``template`` compiled with its NAMES replaced by the alternation of ``names``
    (longest first); None without names."""
    return re.compile(template.replace("NAMES", _alt(names))) if names else None


def _counted_years(template: str, bases: dict[str, int], text: str) -> list[int]:
    """The years the counted names of ``template`` give in ``text``: the name's base year
    plus its count."""
    rx = _names_re(template, tuple(bases))
    if rx is None:
        return []
    years = []
    for m in rx.finditer(text):
        n = cn_int(m.group("n"))
        if n:
            years.append(bases[m.group("name")] + n)
    return years


def _observance_years(text: str) -> list[int]:
    """The years of counted observed days a text names (第33个国际禁毒日 -> 2020) and of
    counted anniversaries (澳门回归20周年 -> 2019)."""
    lex = load_lexicon()
    years = _counted_years(_OBSERVANCE, lex.observance_days, text)
    if "周年" in text:
        years += _counted_years(_ANNIVERSARY, lex.anniversaries, text)
    return years


#: the day news is given (记者1月22日从…获悉, 昆明10月16日电): its month
_NEWS_DAY = re.compile(
    # (记者今天(1月15日)从…获悉: the day in brackets after 今天)
    r"(?<![0-9年])(1[0-2]|0?[1-9]) ?月 ?([0-9]{1,2}) ?日[)）]?(?:电|讯|从|[,，]记者从|获悉)"
)
#: a written year's months up to a month (2023年1月至11月, 2023年1-11月)
_YEAR_MONTHS = re.compile(
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年 ?(?:1|一)? ?月? ?(?:至|到|-|—|－) ?"
    r"(1[0-2]|[2-9]) ?月"
)


#: a yearless day told as the lunar new year's eve or first day (2月2日(除夕), 除夕(2月2日))
_FESTIVAL_DAY = re.compile(
    r"(?<![0-9年])(?P<m>[12]) ?月 ?(?P<d>[0-9]{1,2}) ?日 ?[(（]?"
    r"(?P<f>农历除夕|除夕|大年初一|正月初一)"
    r"|(?P<f2>除夕|大年初一|正月初一)[(（](?P<m2>[12]) ?月 ?(?P<d2>[0-9]{1,2}) ?日[)）]")
#: the years a lunar new year's day may be looked for in: up to the last year pages are
#: expected from (a fixed bound, so that a text reads the same whatever the day it is run)
_LUNAR_YEARS = range(1980, 2027)


def _festival_day_years(text: str) -> list[int]:
    """The year whose lunar new year's eve (or first day) falls on a yearless day the text
    gives it (2月2日(除夕) -> 2011: 春节 of 2011 was on 3 February), the latest of
    :data:`_LUNAR_YEARS`."""
    out: list[int] = []
    for m in _FESTIVAL_DAY.finditer(text):
        month, day = (int(m["m"]), int(m["d"])) if m["m"] else (int(m["m2"]), int(m["d2"]))
        eve = "除夕" in (m["f"] or m["f2"])
        # (the lunar calendar repeats a day about every 19 years: the latest such year)
        for y in reversed(_LUNAR_YEARS):
            first = lunar_new_year(y)
            if (first - timedelta(days=1) if eve else first) == _safe_date(y, month, day):
                out.append(y)
                break
    return out


def _reported_next_year(text: str) -> list[int]:
    """The year after a written year whose months up to a later month are reported on an
    earlier month's news day (记者1月22日…获悉:2023年1月至11月…): the text is written in
    the year after."""
    day = _NEWS_DAY.search(text, 0, min(len(text), 400))
    if day is None:
        return []
    month = int(day.group(1))
    starts = _year_starts(text)
    later = [int(m.group(1)) + 1 for m in _matches_at(_YEAR_MONTHS, text, starts)
             if int(m.group(2)) > month]
    # (记者今天(1月15日)…获悉 … 2019年春节期间,…共48起: a holiday of that year told on a
    # day before it began is the last one, told in the year after)
    names = load_lexicon().holidays
    for m in _matches_at(_YEAR_HOLIDAY, text, starts):
        if _planned_sentence(text, m.start()):
            continue  # (…获悉,2019年春节期间,全省将全面禁放: a preview, told before it)
        year = int(m.group(1))
        members = names.get(m.group(2))
        span = holiday_span(members[0], year) if members else None
        told = _safe_date(year, month, int(day.group(2)))
        if span is not None and told is not None and told < span[0]:
            later.append(year + 1)
    return later


#: a written year's holiday (2019年春节期间)
_YEAR_HOLIDAY = re.compile(
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年 ?(春节|国庆节?|五一|劳动节|清明节?|端午节?|中秋节?)")


#: a part of the current year whose end is fixed (今年上半年, 今年前三季度, 今年第二季度,
#: 今年1至5月, 今年1月至11月, 截至今年10月底 / 截至今年12月25日 / 截至12月25日,今年…)
_THIS_YEAR_PART = re.compile(
    r"今年(?:的)?(?:(?P<half>上半年)|(?P<q3>前三季度)|第?(?P<q>[一二三])季度"
    r"|(?:1|一)(?: ?月份?)? ?(?:至|到|-|—|－|~) ?(?P<m>1[0-2]|[2-9]|[二三四五六七八九]|十[一二]?)"
    r" ?月)"
    r"|(?:截至|截止)今年 ?(?P<m2>1[0-2]|[1-9]) ?月(?:(?P<d2>[12][0-9]|3[01]|0?[1-9])日|底)?"
    r"|(?:截至|截止)(?P<m3>1[0-2]|[1-9]) ?月(?:(?P<d3>[12][0-9]|3[01]|0?[1-9])日|底)?[,，]今年"
)
#: words of a deadline or a next step (确保今年上半年完成…): no figures reported
_DEADLINE = ("确保", "下一步", "争取", "前完成")


#: how many days past the published date a "this year" part may end and still be this
#: year's (今年上半年 on a page of May 19: H1 told loosely before it ends)
_REPOST_SLACK = 60


def repost_reference(text: str, published: date) -> date | None:
    """The reference date of a page reposted after its year: when ``text`` reports a part of
    "this year" that ends more than ``_REPOST_SLACK`` days after ``published`` (今年上半年 on a
    page dated 2018-03-28; 截至今年12月25日 on one dated in May), the text was written in the
    year before; its reference is the latest such end in that year.  ``None`` when nothing
    overshoots or the text writes the published year itself (a plan's or a deadline's
    今年上半年, 将…, 确保…完成, is not counted)."""
    if f"{published.year}年" in text:
        return None  # (the page writes its own year: no repost of an older text)
    ends: list[date] = []
    for m in _THIS_YEAR_PART.finditer(text):
        if _planned_sentence(text, m.start()) or _sentence_has(text, m.start(), _DEADLINE):
            continue
        if m.group("half"):
            month, day = 6, 30
        elif m.group("q3"):
            month, day = 9, 30
        elif m.group("q"):
            month = 3 * "一二三".index(m.group("q")) + 3
            day = 30 if month in (6, 9) else 31
        else:
            raw = m.group("m") or m.group("m2") or m.group("m3")
            parsed = cn_int(raw)
            if parsed is None:
                continue
            month = parsed
            d = m.group("d2") or m.group("d3")
            day = int(d) if d else 0
        end = _safe_date(published.year, month, day) if day else _month_end(
            published.year, month)
        if end is not None:
            ends.append(end)
    latest = max(ends, default=None)
    if latest is None or (latest - published).days <= _REPOST_SLACK:
        return None
    return _safe_date(published.year - 1, latest.month, latest.day)


def text_year(text: str) -> int | None:
    """(v1.1) The reference year a text without any date implies, or ``None``.

    * a year written with a part of it (2017年5月, 2025年上半年), in a campaign's name
      (昆仑2021, 亮剑2022·扫黑恶) in a text counting 今年以来 or 今年 (not a plan's), in a
      plan (2024年工作安排) or in the briefing's name (2025年…新闻发布会) is the current
      year;
    * a bare full year (2020年,全区共破获…, 截至2023年底; not 2023年是…之年) is a year under
      review: the text was written after it, in the year after (unless a part of that same
      year is written);
    * a start year (2021年以来) is the current year, or the one after it when the text also
      counts 去年以来 (the same start written twice);
    * a year said to be ending (2021即将落下帷幕) is the current one;
    * a counted observed day (第33个国际禁毒日, 第三个中国人民警察节; periods.json
      ``observance_days``) falls in the current year;
    * a year's months up to a month later than the news day's month (记者1月22日…获悉:
      2023年1月至11月) were reported in the year after;
    * a year glossing 去年 in brackets (与去年同期(2021年4月3至5日)相比) is the year
      before the current one;
    * a plenary session of the national or a provincial congress (省十四届人大四次会议) is
      held in its year (1953 + 5 × the term + the session - 1).

    The latest year of these wins.
    """
    return _text_year(text)[0]


def _text_year(text: str) -> tuple[int | None, int | None]:
    """:func:`text_year`, and the first year the text says is ending (2021即将落下帷幕)."""
    current: list[int] = []
    bare_parts: list[int] = []
    crimes = load_lexicon().crime_event_words
    counts_this_year: list[bool] = []  # (worked out when a campaign's year needs it)

    def this_year() -> bool:
        if not counts_this_year:
            # (截至6月底 with no year: the campaign is still under way, not one reviewed)
            counts_this_year.append(
                _THIS_YEAR_SINCE.search(text) is not None
                or _YEARLESS_SINCE.search(text) is not None
                or _EARLY_AS_OF.search(text) is not None
                # (在10月9日至11日期间开展…: an action's days with no year, told right after)
                or _YEARLESS_DAYS.search(text) is not None
                or any(not _planned_sentence(text, m.start())
                       for m in _THIS_YEAR.finditer(text)))
        return counts_this_year[0]

    starts = _year_starts(text)
    for m in _matches_at(_TEXT_YEARS, text, _text_year_starts(text, starts)):
        if (m.group(1) and _planned_sentence(text, m.start())
                and not _APPROACHING.match(text, m.end(), m.end() + 16)):
            # 自2016年12月1日至2017年4月1日,将…开展: a plan's dates (2024年端午小长假即将
            # 到来: a holiday drawing near is the current year's)
            continue
        if m.group(1) and _sentence_has(text, m.start(), crimes):
            continue  # 1992年12月,…一家四口被杀: the date of a case, not of the text
        if m.group(1) and (_later_this_year(text, m.start())
                           or _earlier_month_after(text, m.start(), m.end())):
            # 自2018年1月开展…以来,截至今年10月31日 / 从2016年12月1日起…截至3月31日: the
            # text is written in a later year than the start
            current.append(int(m.group(1)) + 1)
            continue
        if (m.group(1) and (end := _YEAR_END.match(text, m.end())) is not None
                and not (end.group().endswith("份") and this_year())):
            # 截至2023年12月底: a closed year (not 2025年12月份记者会 in a text that counts
            # 今年1至11月: that December is the current year's)
            bare_parts.append(int(m.group(1)))
        elif not m.group(1) and not this_year():
            # 昆仑2022 in a text without 今年以来 (or a 今年 that is no plan's): a campaign
            # of the reviewed year
            bare_parts.append(int(next(g for g in m.groups() if g)))
        else:
            current.append(int(next(g for g in m.groups() if g)))
    current += _observance_years(text)
    current += _reported_next_year(text)
    current += _festival_day_years(text)
    current += [int(m.group(1) or m.group(2)) for m in _matches_at(_PLAN_YEAR, text, starts)]
    current += [int(m.group(1)) for m in _matches_at(_BRIEFING_YEAR, text, starts)]
    current += [int(m.group(1)) for m in _matches_at(_OBSERVANCE_YEAR, text, starts)]
    current += [int(m.group(1)) for m in _matches_at(_LAUNCH_YEAR, text, starts)]
    current += [int(m.group(1)) for m in _matches_at(_THEME_YEAR, text, starts)]
    current += _session_years(text)
    current += _congress_years(text)
    current += _years_on(text)
    # 与去年同期(2021年4月3至5日)相比: the year glossing 去年 is the one before the text's
    current += [int(m.group(1)) + 1 for m in _LAST_YEAR_GLOSS.finditer(text)]
    current += _campaign_start_years(text)
    # 较2016年17起, 同比2019年下降: a base year, so the text's year is a later one (at
    # least the next); 比2023年同期增长: the same part of the next year, the current one.
    # Alone a base dates nothing (较2019年同期 is also written years later), unless it
    # gives last year's own figure (较2016年17起)
    floor: list[int] = []
    same_part: list[int] = []
    figure = False
    bare_years = _matches_at(_BARE_YEAR, text, starts)
    for m in bare_years:
        if text[max(0, m.start() - 1):m.start()] in _BASE_BEFORE:
            (same_part if text.startswith("同期", m.end()) else floor).append(
                int(m.group(1)) + 1)
            figure = figure or text[m.end():m.end() + 1] in _ASCII_DIGITS
    for m in _MULTIPLE_OF_YEAR.finditer(text):
        # 查处总量是2013年全年的10倍: a multiple of a past year's total (or of its same part),
        # so the text's year is a later one
        floor.append(int(m.group(1)) + 1)
        figure = True
    if not figure and not current and not _has_other_years(text, starts):
        # alone, a base's same part (与2012年同期相比) dates the text in the next year,
        # except 2019's: the year before the pandemic, compared with for years after it
        floor = []
        same_part = [y for y in same_part if y != _PRE_PANDEMIC + 1]
    current += same_part
    ending = [int(m.group(1)) for m in _matches_at(_YEAR_ENDING, text, starts)]
    current += ending
    part = max(current) if current else None
    years = current + floor
    bare = [
        int(m.group(1)) for m in bare_years
        if not text[max(0, m.start() - 2):m.start()].endswith(_COMPARED)  # 较2019年: a base
        and not _planned_sentence(text, m.start())  # 要在2016年年底前…: a deadline
    ] + bare_parts
    since = [int(m.group(1)) for m in _matches_at(_SINCE_YEAR, text, starts)]
    if bare:
        y = max(bare)
        # 截至12月 with no year (or a late-year day opening the text): the text is written
        # late in that year, its years current
        december = _LATE_IN_YEAR.search(text) is not None
        # (2014年安徽已破获… over 2014年以来…, 今年以来…: the year both start from is current)
        started = y in since and "今年以来" in text
        years.append(y if (part is not None and part >= y) or december or started else y + 1)
    if since:
        y = max(since)
        twice = "去年以来" in text
        years.append(y + 1 if twice and (part is None or part <= y) else y)
    return (max(years) if years else None), (ending[0] if ending else None)


#: a Party congress drawing near or held in the text's year, in its security work (迎接党的
#: 十九大胜利召开, 为党的十九大胜利召开营造…环境, 十八大安保, 二十大召开期间); not one since
#: which years are counted (十九大召开以来)
_CONGRESS = re.compile(
    r"(?:(?:迎接|喜迎|为)(?:党的)?(?P<a>十[六七八九]|二十)大(?:的)?(?:胜利)?召开(?!以来|后|之后)"
    r"|(?P<b>十[六七八九]|二十)大(?:胜利)?召开(?:前夕|期间|之际)"
    r"|(?P<c>十[六七八九]|二十)大安保)")


def _congress_years(text: str) -> list[int]:
    """The years of the Party congresses ``text`` is working toward or through (the 16th
    in 2002, then one every five years: :data:`_CONGRESS`)."""
    if "大" not in text:
        return []
    out = []
    for m in _CONGRESS.finditer(text):
        n = cn_int(m.group("a") or m.group("b") or m.group("c"))
        if n is not None:
            out.append(2002 + 5 * (n - 16))
    return out


#: a since-month (2021年6月至今, 自2017年6月以来) and the years counted since it (一年来)
_SINCE_MONTH = re.compile(
    r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年 ?(?:1[0-2]|0?[1-9]) ?月(?:份)?(?:至今|以来)")
_YEARS_ON = re.compile(
    r"(?<![0-9〇零一两二三四五六七八九十上下本今去前近])([一两二三四五六七八九十]|[1-9])年(?:多)?来")


def _years_on(text: str) -> list[int]:
    """自2017年6月以来 … 一年来 (a review of the year since that month): the text is
    written that many years after the start, in its year (2018)."""
    since = _SINCE_MONTH.search(text)
    if since is None:
        return []
    # (in the title or the lead: 一年来破获… / …,2021年6月至今 — not years of something else
    # further on, 派出所成立二十年来)
    on = _YEARS_ON.search(text, 0, min(len(text), since.end() + 40))
    n = cn_int(on.group(1)) if on is not None else None
    return [int(since.group(1)) + n] if n else []


#: a plenary session of the national or a provincial people's congress (十四届全国人大二次
#: 会议, 省十四届人大四次会议, 省十一届人大五次会议): terms start in 1953 + 5 × the term's
#: number, one session a year
_SESSION = re.compile(
    r"(?:(?<!海南)(?:全国|省)第?(?P<t>十[一二三四]?|[一二三四五六七八九]|1[0-4])届(?:全国)?"
    r"|第?(?P<t2>十[一二三四]?|1[0-4])届全国)"
    r"人(?:民代表)?大(?:会)?(?:第|次)?(?P<s>[一二三四五]|[1-5])次(?:全体)?会议"
)


def _session_years(text: str) -> list[int]:
    """The years of the congress sessions ``text`` names (:data:`_SESSION`): the national
    congress and the provinces' (numbered alike, except 海南's, passed over; the autonomous
    regions' and the cities' terms are numbered on their own and not read), up to the 14th
    term (2023–2027) and five sessions a term."""
    if "届" not in text:
        return []
    out = []
    for m in _SESSION.finditer(text):
        t, sess = cn_int(m.group("t") or m.group("t2")), cn_int(m.group("s"))
        if t is None or sess is None:
            continue
        year = 1953 + 5 * t + sess - 1
        if year >= 1990:
            out.append(year)
    return out


def _campaign_start_years(text: str) -> list[int]:
    """The start year of a named campaign of known dates (periods.json
    ``named_campaign_periods``) that the text says began this year (自今年1月开展扫黑除恶专项
    斗争以来 -> 2018)."""
    if "今年" not in text:
        return []
    campaigns = load_lexicon().campaigns
    rx = _names_re(_CAMPAIGN_START, tuple(campaigns))
    if rx is None:
        return []
    return [campaigns[m.group("name")][0].year for m in rx.finditer(text)]


#: a named campaign begun this year (今年1月开展扫黑除恶专项斗争); NAMES as in _names_re
_CAMPAIGN_START = (
    r"今年 ?(?:(?:1[0-2]|0?[1-9]|[一二三四五六七八九十]{1,2}) ?月[^,，。;；\n]{0,8}?)?"
    r"(?:开展|启动|部署|开始)[“\"]?(?P<name>NAMES)"
)


def _has_other_years(text: str, starts: list[int]) -> bool:
    """Whether ``text`` writes a full year that is no comparison's base (较/比/与 X年)."""
    return any(
        text[max(0, m.start() - 1):m.start()] not in _BASE_BEFORE
        for m in _matches_at(_YEAR_ANY, text, starts)
    )


#: a season drawing near after 随着 (随着春运高峰来临, 随着国庆长假的到来)
_SCENE_AFTER = re.compile(r"[^。，,;；\n]{0,4}?(?:的)?(?:来临|到来|临近|将至)")
_YEAR_ANY = re.compile(r"(?<![0-9])((?:19[89]|20[0-4])[0-9]) ?年")
#: a year's part drawing near (端午小长假即将到来, 春节将至, 国庆临近)
_APPROACHING = re.compile(r"[^。，,;；\n]{0,8}?(?:即将到来|即将来临|将至|临近|到来之际)")
_LASTING = re.compile(rf"[^。！？!?;；\n]{{0,16}}?为期(?P<n>{_NUMW})年")


#: what may stand between an as-of date and the year it ends (截至2月24日,我省公安交管部门
#: 2019年已查处): one clause's subject, no sentence end and no other period
_AS_OF_GAP = re.compile(r"[,，\s]{1,3}[^。！？!?；;\n,，]{0,24}")


def _year_as_of(text: str, out: list[PeriodMention], yearless: bool) -> None:
    """A year written after an as-of date of that year in its clause ends there
    (截至2月24日,我省2019年已查处酒驾…, 截至5月底,全市今年共破获…): the year's figures so far,
    not the whole year.  In a text whose date is not known (``yearless``) an as-of date
    without a year of its own takes that year.  In place."""
    for i in range(1, len(out)):
        m, u = out[i], out[i - 1]
        if not (m.kind == "year" and m.role == "own" and not m.modifier
                and u.kind == "until" and u.role == "own" and u.date_end is not None
                and m.date_start is not None and m.date_end is not None
                and _AS_OF_GAP.fullmatch(text, u.end, m.start) is not None):
            continue
        end = u.date_end
        if (yearless and end.year != m.date_start.year
                and not _WRITTEN_YEAR.search(u.text)):
            # (截至2月24日 with no year of its own: the year written after it)
            end = _safe_date(m.date_start.year, end.month, end.day) or end
            if end != u.date_end:
                out[i - 1] = replace(u, date_end=end)
        if m.date_start <= end < m.date_end:
            out[i] = replace(m, date_end=end)


def _merge_adjacent(
    out: list[PeriodMention],
    join: Callable[[PeriodMention, PeriodMention], PeriodMention | None],
) -> list[PeriodMention]:
    """``out`` with each mention that ``join`` merges into the one kept before it replaced
    by the merged mention (``join(prev, m)``: the merged mention, or None to keep ``m``)."""
    merged: list[PeriodMention] = []
    for m in out:
        joined = join(merged[-1], m) if merged else None
        if joined is not None:
            merged[-1] = joined
        else:
            merged.append(m)
    return merged


def _extended(text: str, prev: PeriodMention, m: PeriodMention, **update: Any
              ) -> PeriodMention:
    """``prev`` running on to the end of ``m``: its text, end and last day (and ``update``)."""
    return replace(prev, text=text[prev.start:m.end], end=m.end, date_end=m.date_end,
                   **update)


#: 分别 later in the clause (…,全省分别发生…): listed periods, one for each figure
_EACH_AFTER = re.compile(r"[^。！？!?；;\n]{0,30}?分别")


def _joined_ranges(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """A range of months and a later month or range joined to it (2018年1月至5月和12月,
    1至3月、11至12月) are one period of the year's parts, first day to last day."""
    def join(prev: PeriodMention, m: PeriodMention) -> PeriodMention | None:
        if (prev.kind == "range" and m.kind in ("month", "range")
                and prev.role == "own" and m.role == "own"
                and text[prev.end:m.start] in ("和", "及", "、", "与")
                and prev.date_start is not None and prev.date_end is not None
                and m.date_start is not None and m.date_end is not None
                and prev.date_end < m.date_start
                and m.date_end.year == prev.date_start.year
                # (2019年1至3月、4至6月,全省分别发生…: each range its own figure's)
                and not _EACH_AFTER.match(text, m.end)):
            return _extended(text, prev, m)
        return None

    return _merge_adjacent(out, join)


#: a bracketed note on a range's first day, then the range's joiner (2月2日(除夕)至2月8日)
_NOTE_THEN_TO = re.compile(r"[(（][^()（）0-9\n]{1,8}[)）]\s?(?:至|到|—|-|～|~)")


def _noted_ranges(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """A day with a note in brackets, then 至 and a later day (2月2日(除夕)至2月8日), is one
    range of days."""
    def join(prev: PeriodMention, m: PeriodMention) -> PeriodMention | None:
        if (prev.kind == "day" and m.kind in ("day", "month")
                and prev.role == "own" and m.role == "own"
                and _NOTE_THEN_TO.fullmatch(text, prev.end, m.start) is not None
                and prev.date_start is not None and m.date_end is not None
                and prev.date_start <= m.date_end):
            return _extended(text, prev, m, kind="range", point=False)
        return None

    return _merge_adjacent(out, join)


def _from_part(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """A part of a year (去年年初, 2016年初) to a later date (至今年9月, 到今年9月底) is one
    range from that part's first day to the later date's end."""
    def join(prev: PeriodMention, m: PeriodMention) -> PeriodMention | None:
        if (prev.kind == "part" and m.role == "own" and prev.role == "own"
                and text[prev.end:m.start] in ("至", "到", "—", "-", "～", "~")
                and prev.date_start is not None and m.date_end is not None
                and m.kind in ("month", "day", "year", "part", "range", "half", "quarter")
                and prev.date_end is not None and prev.date_end < m.date_end):
            return _extended(text, prev, m, kind="range", point=False)
        return None

    return _merge_adjacent(out, join)


def _since_until(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """``X以来至Y`` is one period from X (None when X is undated) to the end of Y:
    打黑除恶专项斗争开展以来至2019年底 -> None .. 2019-12-31."""
    def join(prev: PeriodMention, m: PeriodMention) -> PeriodMention | None:
        if (prev.text.endswith("以来") and prev.role == "own" and m.role == "own"
                and m.date_end is not None
                and text[prev.end:m.start].strip() in ("至", "到")):
            return _extended(text, prev, m,
                             kind="range" if prev.date_start is not None else "until")
        return None

    return _merge_adjacent(out, join)


def _bracketed_notes(text: str, out: list[PeriodMention]) -> list[PeriodMention]:
    """An as-of date in brackets right after a period (今年一季度(截至3月31日止)) notes where
    that period ends: one mention, the period's (its end taken from the note when it has
    none)."""
    def join(prev: PeriodMention, m: PeriodMention) -> PeriodMention | None:
        if (m.kind == "until" and m.role == "own" and prev.role == "own"
                and prev.date_start is not None and m.date_end is not None
                and text[prev.end:m.start] in ("(", "（")
                and text[m.end:m.end + 2].lstrip("止")[:1] in (")", "）")):
            close = m.end + (1 if text[m.end:m.end + 1] == "止" else 0) + 1
            return replace(prev, text=text[prev.start:close], end=close,
                           date_end=prev.date_end or m.date_end)
        return None

    return _merge_adjacent(out, join)


_N_YEARS = re.compile(
    r"(?:近|最近|过去)?(?P<n>[0-9一二两三四五六七八九十]+)年(?P<more>[多余])?(?:以来|来)?$")


def _written_start(out: list[PeriodMention], reference: date, paras: list[int],
                   named: Collection[str] = ()) -> None:
    """(v1.1) N年来 keeps (R-N)-01-01 unless the text writes the start of those years
    itself (in place): “十四五”时期…五年来 -> 2021-01-01, 2018年以来…三年来 -> 2018-01-01.
    The start is the nearest earlier named span (十四五, 党的十八大以来) or since-period of the
    same paragraph whose first year makes N years up to the reference year (a named span
    starting within its year: N years after that year). A written range of N whole years
    that ended with the year before the reference year (2020年至2022年 read in 2023) gives
    both ends: those are the years counted (not for 三年多来, more than N years). A
    since-month written anywhere near (also after it: 一年来 in a headline, 2021年6月至今 in
    the lead) that lies N years back starts them too (:func:`_month_start_of_years`)."""
    for i, m in enumerate(out):
        if m.kind != "rolling" or m.date_start is None or m.role != "own":
            continue
        para = paras[bisect.bisect_right(paras, m.start) - 1]
        hit = _N_YEARS.search(m.text)
        n = cn_int(hit["n"]) if hit else None
        if n == 1 or (n and hit["more"] is None):
            # 一年来 (a headline) and 2021年6月至今 in the text: the year counted is the one
            # from that written month (any N years, when the month starts N years back)
            start = _month_start_of_years(out, m, n, reference)
            if start is not None:
                out[i] = replace(m, date_start=start)
                continue
        if not n or n < 2:
            continue
        for a in reversed(out[:i]):
            if (a.role == "own" and m.start - a.start < 1500
                    and (a.kind == "named" or a.start >= para
                         # (党的十八大以来 in an earlier paragraph: a named start)
                         or (a.kind == "since" and any(w in a.text for w in named))
                         # (2022年1月1日至2023年6月30日,… in an earlier paragraph, then
                         # 两年来: the data range written first, over those N years, starts
                         # them; 2019年至2022年 before 五年来 does not)
                         or _whole_years(a, n))
                    and a.kind in ("since", "named", "range")
                    and a.date_start is not None
                    and (reference.year - a.date_start.year + 1 == n
                         if a.date_start.month == 1
                         # (党的十八大以来…十年来: a named start within its year, 2012-11-08)
                         else reference.year - a.date_start.year == n)
                    and a.date_start != m.date_start):
                out[i] = replace(m, date_start=a.date_start)
                if (a.kind == "named" and a.date_end is not None and a.date_end <= reference
                        and a.date_end.year - a.date_start.year + 1 == n):
                    # (为期3年的扫黑除恶专项斗争中…3年来: an ended campaign's N years, also
                    # when the reference date is only assumed)
                    out[i] = replace(out[i], date_end=a.date_end, kind="range")
                break
            if (a.role == "own" and m.start - a.start < 1500 and _closed_years(a, n, reference)
                    and not hit["more"]
                    and (a.date_start, a.date_end) != (m.date_start, m.date_end)):
                # (2020年至2022年,…(published mid-2023)…近三年: the N whole years the text
                # wrote, ended before the reference year)
                out[i] = replace(m, date_start=a.date_start, date_end=a.date_end, kind="range")
                break


def _month_start_of_years(out: list[PeriodMention], m: PeriodMention, n: int,
                          reference: date) -> date | None:
    """The start of a since-period written near ``m`` (N年来) from a month other than
    January (2021年6月至今, 自去年7月以来) that lies N years, give or take a month, before
    ``reference``: the N years the text counts. ``None`` when there is none, or two that
    disagree."""
    found: set[date] = set()
    for a in out:
        if (a is m or a.role != "own" or a.kind != "since" or a.date_start is None
                or abs(a.start - m.start) > 1500 or a.date_start.month == 1):
            continue
        months = (reference.year - a.date_start.year) * 12 + reference.month - a.date_start.month
        if abs(months - 12 * n) <= 1:
            found.add(a.date_start)
    return found.pop() if len(found) == 1 else None


def _whole_years(a: PeriodMention, n: int) -> bool:
    """True when ``a`` is a written range from a 1 January over ``n`` calendar years."""
    return (a.kind == "range" and a.date_start is not None and a.date_end is not None
            and (a.date_start.month, a.date_start.day) == (1, 1)
            and a.date_end.year - a.date_start.year + 1 == n)


def _closed_years(a: PeriodMention, n: int, reference: date) -> bool:
    """True when ``a`` is a written range of ``n`` whole years ending with the year before
    the reference year (2020年至2022年 read in 2023: what 近三年 counts)."""
    return (_whole_years(a, n) and a.date_end is not None
            and (a.date_end.month, a.date_end.day) == (12, 31)
            and a.date_end.year == reference.year - 1)


#: a length written right after a since-period: 自2021年9月…以来,三个月抓获…
_SINCE_LENGTH = re.compile(rf"[,，]\s*(?:短短|仅|仅用|在)?(?P<n>{_NUMW})个月(?:来|内|里|时间)?")


def _since_length(text: str, out: list[PeriodMention]) -> None:
    """A since-period followed by its length (自2021年9月份…成立…专班以来,三个月抓获…)
    covers those months only (in place)."""
    for i, m in enumerate(out):
        if m.kind != "since" or m.date_start is None or m.role != "own":
            continue
        hit = _SINCE_LENGTH.match(text, m.end)
        n = cn_int(hit["n"]) if hit else None
        if not n:
            continue
        end = _minus_months(m.date_start, -n)
        if end != m.date_start:
            out[i] = replace(m, date_end=end - timedelta(days=1), kind="range")


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


def _recent_holiday(event: str, reference: date | None, within: int = 10
                    ) -> tuple[date, date] | None:
    """The official holiday a bare 长假 / 黄金周 / 小长假 of a release of ``reference``
    looks back on (:func:`pressie.holidays.recent_holiday`: ended at most ``within`` days
    before it), if any."""
    if reference is None:
        return None
    from ..holidays import ALL_HOLIDAYS, LONG_HOLIDAYS, recent_holiday

    if event.endswith("小长假"):
        return recent_holiday(reference, ALL_HOLIDAYS, within)
    if event.endswith(("长假", "黄金周")):
        return recent_holiday(reference, LONG_HOLIDAYS, within)
    return None


def _holiday_of_day(event: str, earlier: list[PeriodMention]) -> tuple[date, date] | None:
    """The official holiday holding the day the last dated own mention before names (own:
    not a compared or modifying period), when that is one day (10月1日,…。长假期间,…: the
    National Day holiday), for a bare 长假 / 黄金周 / 小长假 (:func:`_recent_holiday`); None
    otherwise."""
    last = next((m for m in reversed(earlier) if m.dated and m.role == "own"), None)
    if last is None or last.date_start is None or last.date_start != last.date_end:
        return None
    return _recent_holiday(event, last.date_start, within=0)


def _last_holiday(lex: _Lexicon, earlier: list[PeriodMention]) -> PeriodMention | None:
    """The nearest earlier dated holiday or 春运 mention, else the nearest short range of
    days (a holiday written by its dates), if any."""
    words = (*lex.holidays, *lex.travel_words)
    for m in reversed(earlier):
        if (m.dated and m.role == "own" and any(w in m.text for w in words)
                and not m.text.endswith(("前夕", "前"))):  # (国庆假期前夕: not the holiday)
            return m
    # (10月1日至8日,…。节日期间,…: the holiday's days written as a range of at most ten
    # days, when no holiday is named)
    for m in reversed(earlier):
        if (m.role == "own" and not m.modifier and m.kind == "range"
                and m.date_start is not None and m.date_end is not None
                and 1 <= (m.date_end - m.date_start).days <= 9):
            return m
    return None


#: the first figure of a clause (its first digit outside a quoted name: “交管12123”APP; stock
#: clauses write their figures in digits)
_FIRST_FIGURE = re.compile(r"[0-9]")


def _stock_clause(lex: _Lexicon, text: str, until: PeriodMention) -> bool:
    """True when the sentence after ``截至Y`` reports a stock or a single case's result
    (a stock marker before its first figure: 截至目前,全市共有…; not 截止6月30日,共查处…6.9万
    多起,查处总量是…, where the figure is counted before the marker)."""
    rest = _clause_after(text, until.end, 60)
    first = _FIRST_FIGURE.search(QUOTED_NAME.sub(lambda q: "“" * len(q.group()), rest))
    head = rest[:first.start()] if first is not None else rest
    return any(w in head for w in lex.stock_markers) or any(
        w in rest for w in lex.case_followers
    )


def _opened_before(out: list[PeriodMention], i: int, paras: list[int], text: str
                   ) -> date | None:
    """The start date of an open period (自X起, X以来) framing the paragraph before the
    open ``截至Y`` at ``out[i]``, if any (no other own dated period between them)."""
    until = out[i]
    pi = bisect.bisect_right(paras, until.start) - 1
    para = paras[pi]
    for j in range(i - 1, -1, -1):
        a = out[j]
        if a.start < para:
            if pi > 0 and not text[para:until.start].strip():
                # 自10月份专项行动开展以来,…(paragraph)  截至12月24日,…: a paragraph opening
                # with its as-of date goes on with the since-period heading the one before
                prev = _previous_paragraph(text, paras, pi)
                return _since_heading(out, j, paras[prev], text[paras[prev]:para])
            return None
        if a.role != "own" or a.modifier or not a.dated:
            continue
        if (a.kind == "since" or (a.kind == "undated" and a.text.endswith("以来"))) and (
                a.date_start is not None):
            # (“夏季行动”以来, dated by the start of the action written earlier, likewise)
            return a.date_start if _heads(out, a, para) else None
        if (
            # (2026年春节期间,…。截至2月23日,…: the holiday's days up to the as-of day)
            (a.kind in ("year", "half")
             or (a.kind == "named" and a.date_start is not None and a.date_end is not None
                 and (a.date_end - a.date_start).days <= 40))  # (not a campaign's years)
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


def _previous_paragraph(text: str, paras: list[int], pi: int) -> int:
    """The index of the paragraph before paragraph ``pi`` (``pi`` > 0) that holds text,
    past blank lines (paragraph 0 when all before are blank)."""
    prev = pi - 1
    while prev > 0 and not text[paras[prev]:paras[prev + 1]].strip():
        prev -= 1
    return prev


def _is_action_since(text: str) -> bool:
    """True for the since-period of an action (自10月份专项行动开展以来): a start verb or an
    event noun of ``periods.json`` in it."""
    lex = load_lexicon()
    return any(w in text for w in lex.start_verbs) or any(w in text for w in lex.event_nouns)


def _starts_action(clause: str) -> bool:
    """True when ``clause`` starts an action: a start verb and an event noun of
    ``periods.json`` in it (…对票贩…集中开展打击整治, …组织开展“断卡”等专项行动)."""
    lex = load_lexicon()
    return any(w in clause for w in lex.start_verbs) and any(w in clause for w in lex.event_nouns)


def _since_heading(out: list[PeriodMention], k: int, para: int, body: str) -> date | None:
    """The start of the since-period of an action (自X…专项行动开展以来) that heads the
    paragraph at ``para`` (text ``body``), when ``out[k]`` (that paragraph's last mention)
    is in it and no other own dated period follows the since-period there.  A bare date's
    since-period (7月下旬以来,…遭遇强降雨) frames its own paragraph only, unless it is
    the year to date heading a lead without any figure (今年以来,福州警方…保持高压态势。
    then 截至本月15日,全市共破获…)."""
    while k >= 0 and out[k].start >= para:
        a = out[k]
        if (a.role == "own" and not a.modifier and a.dated and not a.point
                and a.kind not in ("since", "undated")):
            return None  # (行动期间, dated by the since-period itself, does not count)
        if (a.kind == "since" and a.role == "own" and a.date_start is not None
                and (_is_action_since(a.text)
                     or (a.text.endswith("起")  # (自去年12月15日起开始,…集中开展打击整治。)
                         and _starts_action(_clause_after(body, a.end - para)))
                     or ((a.date_start.month, a.date_start.day) == (1, 1)
                         and not any(ch.isdigit()
                                     for ch in QUOTED_NAME.sub("", body[a.end - para:]))))
                and _heads(out, a, para)):
            return a.date_start
        k -= 1
    return None


def _heads(out: list[PeriodMention], a: PeriodMention, para: int) -> bool:
    """True when ``a`` opens the paragraph starting at ``para``: no own dated period before
    it there, or only ones that start on the same day (2020年以来…自去年初…以来)."""
    for b in out:
        if b is a or b.start >= a.start:
            return True
        if b.start >= para and b.role == "own" and b.dated and not b.modifier:
            if b.point and not b.framing:
                continue  # (记者3月24日从…获悉,自去年10月…以来: the news day frames nothing)
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
