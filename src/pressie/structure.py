"""Document structure of a press release: title, dates, sections and no-fact ranges.

The core is :func:`analyze_structure`, a pure function over the (normalized) working
text; the spaCy component ``pressie_structure`` is a thin wrapper that writes its result
onto ``Doc._``:

``pressie_title``
    the first substantial line that is not navigation, a header or a URL.
``pressie_published``
    kept when the caller set it before the pipeline ran, otherwise read from the header
    lines (``发布日期: 2021-10-13 05:05``, ``时间:2020-12-29``, ``2021-08-18 14:28 来源: …``,
    ``发布时间:2022年3月1日``, ``二〇二一年一月八日`` as a signature line).
``pressie_event_date``
    when the conference or briefing was held (``9月17日在京举行新闻发布会``,
    ``1月8日,自治区公安厅召开…发布会``); a month-day without year takes the year that puts
    it on or before the published date.
``pressie_reference_date``
    ``event_date``, else ``published``.
``pressie_sections``
    a list of :class:`pressie.model.Section` in text order, without overlaps.  Normally one
    section per non-empty line; an enumerated paragraph that opens with a short lead
    sentence (``一、扫黑除恶专项斗争取得丰硕战果。2018年…``) is split into a ``heading`` for
    the lead and a ``body``/``answer`` for the rest; a repeated printed copy of the article
    is one ``boilerplate`` section.  Kinds:

    * ``heading``: the title, short lines without sentence punctuation, enumerated leads;
    * ``question``: ``问:``, ``问题一:``, ``记者:``, ``xx记者:`` turns (``speaker`` = the
      asking label when there is one, e.g. ``北方新报正北方网记者``);
    * ``answer``: ``答:`` turns, ``姓名:`` turns after a question, reported answers
      (``李国忠在回答记者关于…时介绍``) and the paragraphs that continue an answer;
    * ``speaker``: a line that only names who speaks next (``…处长 张志华``, ``王海防:``);
    * ``body``: everything else; ``speaker`` is set inside a named speaker's statement;
    * ``boilerplate``: navigation, header lines, page chrome, copyright/ICP footers,
      addresses and phone numbers, editor lines, the repeated copy of the article.
``pressie_skip``
    sorted, merged ``(start, end)`` character ranges that must never yield facts: every
    boilerplate section (header lines and the repeated copy included).

Helpers for later components: :func:`sections_of_kind`, :func:`in_skip`,
:func:`section_at`, :func:`heading_before` and :func:`governing_headings`.

All patterns are data (``lexicons/structure.json``); every regex has bounded repetition
and runs over single lines, so the cost is linear in the text length.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .extensions import ASSIGNS, REQUIRES, doc_date, iso, sections, set_models, skip_ranges
from .model import Section, SectionKind, _construct
from .numerals import small_int
from .structure_rules import (  # noqa: F401  (rules and date helpers, re-exported)
    _HAN_RE,
    _NOT_KEY,
    _SENT_END,
    _SPACE,
    LEXICON_FILE,
    MONTH_DAY_CORE,
    StructureRules,
    _make_date,
    find_dates,
    parse_full_date,
    resolve_month_day,
)
from .text import doc_text

# ---------------------------------------------------------------------------- analysis


@dataclass
class StructureResult:
    """What :func:`analyze_structure` finds in one text (offsets into that text)."""

    title: str | None = None
    title_span: tuple[int, int] | None = None
    published: date | None = None
    event_date: date | None = None
    reference_date: date | None = None
    sections: list[Section] = field(default_factory=list)
    skip: list[tuple[int, int]] = field(default_factory=list)

    def clipped(self, a: int, b: int) -> StructureResult:
        """The result for the slice ``text[a:b]``: sections and skip ranges cut to it and
        shifted to its offsets; document-level fields kept."""
        sections = [
            sec.model_copy(update={"start": max(sec.start, a) - a, "end": min(sec.end, b) - a})
            for sec in self.sections
            if sec.end > a and sec.start < b
        ]
        skip = [(max(s, a) - a, min(e, b) - a) for s, e in self.skip if e > a and s < b]
        return replace(self, title_span=None, sections=sections, skip=skip)


def write_structure(
    doc: Doc, res: StructureResult, spans_key: str | None = "pressie_sections"
) -> None:
    """Store ``res`` on ``doc._`` (title, dates, sections, skip ranges) and the sections in
    ``doc.spans[spans_key]`` (label = kind; None: not in ``doc.spans``)."""
    put = _extensions.set_value  # doc._ without spaCy's Underscore proxy
    put(doc, "pressie_title", res.title)
    put(doc, "pressie_published", iso(res.published))
    put(doc, "pressie_event_date", iso(res.event_date))
    put(doc, "pressie_reference_date", iso(res.reference_date))
    set_models(doc, "pressie_sections", res.sections)
    put(doc, "pressie_skip", [[s, e] for s, e in res.skip])
    if spans_key is None:
        return
    spans = []
    for sec in res.sections:
        span = doc.char_span(sec.start, sec.end, label=sec.kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[spans_key] = spans


#: page chrome with figures only (dates, times, counts) opening a line of text
_CHROME_HEAD = re.compile(
    r"(?:[ \u3000]*(?:发布日期|发布时间|更新时间|点击次数|点击数|点击量|浏览次数|浏览量|"
    r"阅读次数|阅读量)[:：][ \u3000]*[0-9:\-/. 年月日]{1,25})+[ \u3000]*")


def _chrome_head(text: str) -> int:
    """The length of page chrome (发布日期:2023-09-11 13:56 点击次数:115) glued to the start of
    a line of text holding a sentence of 30 characters or more; 0 when there is none."""
    m = _CHROME_HEAD.match(text)
    if m is None:
        return 0
    rest = text[m.end():]
    if len(rest) < 30 or not any(c in rest for c in "。;；"):
        return 0
    return m.end()


@dataclass
class _Para:
    start: int
    end: int
    text: str


def _paragraphs(text: str) -> list[_Para]:
    """Non-empty lines with surrounding whitespace trimmed."""
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        s, e = pos, nl
        while s < e and text[s] in _SPACE:
            s += 1
        while e > s and text[e - 1] in _SPACE:
            e -= 1
        if e > s:
            out.append(_Para(s, e, text[s:e]))
        pos = nl + 1
    return out


def _duplicate_stretches(paras: Sequence[_Para], rules: StructureRules) -> list[tuple[int, int]]:
    """Paragraph index ranges ``(first, last)`` that repeat earlier text verbatim.

    A paragraph is repeated when its letters and digits (punctuation and spaces
    ignored) already formed an earlier paragraph of at least ``duplicate_min_key``
    characters.  Consecutive repeated paragraphs form a stretch, bridging at most
    ``duplicate_max_gap`` short or header/boilerplate paragraphs (a reprinted header line
    such as ``发布日期:…``); a stretch counts when its repeated text totals at least
    ``duplicate_min_chars`` characters.  One pass with a hash table: linear cost.
    """
    min_key = rules.setting("duplicate_min_key")
    seen: set[str] = set()
    keys = []
    repeated = []
    for p in paras:
        key = _NOT_KEY.sub("", p.text)
        keys.append(key)
        rep = len(key) >= min_key and key in seen
        repeated.append(rep)
        seen.add(key)
    max_gap = rules.setting("duplicate_max_gap")
    gap_len = rules.setting("duplicate_gap_len")
    min_chars = rules.setting("duplicate_min_chars")
    out = []
    i, n = 0, len(paras)
    while i < n:
        if not repeated[i]:
            i += 1
            continue
        last, gap, k = i, 0, i + 1
        while k < n:
            if repeated[k]:
                last, gap = k, 0
            elif len(paras[k].text) < gap_len or rules.header_date(paras[k].text)[0]:
                gap += 1
                if gap > max_gap:
                    break
            else:
                break
            k += 1
        if sum(len(keys[x]) for x in range(i, last + 1) if repeated[x]) >= min_chars:
            out.append((i, last))
        i = last + 1
    return out


class _Names:
    """Validates speaker names against the document: a plausible name that appears
    after a title word somewhere (``处长张志华``) or elsewhere in the text."""

    _MAX_COUNTS = 500

    def __init__(self, text: str, rules: StructureRules) -> None:
        self.text = text
        self.rules = rules
        self.after_title: set[str] = set()
        for m in rules.title_name_finder.finditer(text):
            run = m.group("run")
            for k in range(2, len(run) + 1):
                self.after_title.add(run[:k])
        self._counts: dict[str, int] = {}

    def titled(self, name: str) -> bool:
        """The name stands right after a title word somewhere in the text."""
        return self.rules.plausible_name(name) and name in self.after_title

    def known(self, name: str) -> bool:
        """Titled, or appears at least twice in the text."""
        if not self.rules.plausible_name(name):
            return False
        if name in self.after_title:
            return True
        if name not in self._counts:
            if len(self._counts) >= self._MAX_COUNTS:
                return False
            self._counts[name] = self.text.count(name)
        return self._counts[name] >= 2


def _speaker_label(line: str, rules: StructureRules, names: _Names) -> tuple[str, str, int] | None:
    """``(speaker, role, colon_end)`` for a ``姓名:`` / ``发言人李国忠:`` / ``主持人:`` turn.

    ``role`` is ``"person"`` or ``"role"`` (a role label such as 主持人).
    """
    m = rules.label.match(line)
    if not m:
        return None
    label = m.group("label")
    for role in rules.role_labels:
        if label == role:
            return label, "role", m.end()
    if names.known(label):
        return label, "person", m.end()
    t = rules.title_then_name.search(label)
    if t and rules.plausible_name(t.group("name")):
        return t.group("name"), "person", m.end()
    for role in rules.role_labels:
        if label.endswith(role):
            return label, "role", m.end()
    return None


#: days after a page's date that its outlet's dateline may still name (a page dated a day early)
_DATELINE_SLACK = 2


def _event_date(
    paras: Sequence[_Para], rules: StructureRules, published: date | None,
    lead: Sequence[_Para] = (), text: str = "",
) -> date | None:
    """The day the briefing was held (X月X日…召开新闻发布会) or a report delivered
    (——2018年7月23日在…会议上), else the news dateline's day
    (中新网南昌6月20日电, 中新社肇庆六月二十七日电), searched in the ``lead`` paragraphs (past
    captions and image lines), when nothing else dates the page (with ``published``, an
    outlet's dateline on or before it, a reporter's day only when no ``published``), after
    the lead's announced day (:func:`_announced_day`, with ``published``); the year from the
    match, else from ``published``, else (v1.1) from the year the undated ``text`` (the whole
    working text) implies (:func:`pressie.periods.text_year`)."""
    year_hint: list[int | None] = []

    def dated(month: int | None, day: int | None, year: int | None) -> date | None:
        if month is None or day is None:
            return None
        if year is not None:
            return _make_date(year, month, day)
        if published is not None:
            return resolve_month_day(month, day, published)
        if not text:
            return None
        if not year_hint:
            from .periods import text_year

            year_hint.append(text_year(text))
        return _make_date(year_hint[0], month, day) if year_hint[0] else None

    for k, p in enumerate(paras):
        if MONTH_DAY_CORE.search(p.text) is None:
            continue  # every event pattern holds a month and day (_MONTH_DAY)
        # (the words after a meeting may open the next line: …电视电话会议\n,部署开展…)
        tail = p.text + (paras[k + 1].text[:12] if k + 1 < len(paras) else "")
        for pattern in (
            rules.event_before, rules.event_noun_first, rules.event_after, rules.event_speech
        ):
            m = pattern.search(p.text)
            if m and "仪式" in m.group() and (k > 0 or _told_before(m, p.text)):
                # (a ceremony dates the page as its lead; one told later, or of a year
                # before one the page writes, is a past event)
                continue
            while m and ((_FOLLOWED.search(p.text, max(0, m.start() - 12), m.start())
                          and _ORDERS.match(p.text, m.end()))
                         or _DEPLOYS.match(tail, m.end())
                         or p.text.startswith(("电", "讯"), m.end("d") + 1)
                         or _APPROACHING_DAY.match(p.text, m.end("d") + 1)):
                # (按照9月26日公安部召开的…电视电话会议的统一部署: a meeting whose orders
                # the page follows, not the page's briefing; a later day may still be; nor
                # is 中新网4月16日电 昨日,…召开 the dateline's day, nor a day drawing near:
                # 在1月10日…警察节即将到来之际,…昨天召开)
                m = pattern.search(p.text, m.end())
            if m:
                y = small_int(m.group("y")) if m.group("y") else None
                d = dated(small_int(m.group("m")), small_int(m.group("d")), y)
                if d is not None:
                    return d
    if published is not None:
        # the lead's announced day (昨日,…召开; 24日,…通报), before the outlet's dateline it
        # may count from; not on a page reposted after its year
        from .periods import repost_reference

        announced = _announced_day(
            (lead or paras)[: rules.setting("event_search_paragraphs")], rules, published, text,
        )
        if announced is not None and repost_reference(text, published) is None:
            return announced
    # (an outlet's dateline also when the page is published: a report sent on 六月二十七日
    # and put online two days later tells of 今天 as the 27th; so does a repost put online
    # months later: 中新网 杭州12月28日电 on a page of the next November)
    need = rules.news_dateline_chars
    for p in lead or paras:
        if not all(c in p.text for c in need):
            continue  # a character every dateline holds is missing (required_chars)
        m = rules.news_dateline.search(p.text)
        if m:
            # (a national outlet's dateline, or the reporter's day: 记者1月22日从…获悉,
            # 今天(4月25日),…)
            g = next(g for g in ("", "2", "3", "4") if m.group(f"m{g}"))
            month, day = small_int(m.group(f"m{g}")), small_int(m.group(f"d{g}"))
            if published is None:
                return dated(month, day, None)
            if g in ("", "3") and month is not None and day is not None:
                # (an outlet's 电/讯, not the reporter's day; a day or two after the page's
                # date is that year's, a page dated by its crawl a day early)
                return resolve_month_day(month, day, published + timedelta(days=_DATELINE_SLACK))
            return None
    return None


def _announced_day(
    paras: Sequence[_Para], rules: StructureRules, published: date, text_all: str
) -> date | None:
    """The day the lead says something was announced or held (昨日,省公安厅召开新闻发布会;
    24日,在…发布会上记者获悉; 5月31日,安徽省高院通报…; 公安部19日召开…), when no briefing
    pattern dated the page: the first day in the ``paras`` followed in its sentence, before
    any other day, by an announcement verb (``announce_verbs``; a reporter's 获悉 only at an
    event) with no period word between (自2月7日专项行动以来 starts a period).  Days count
    from the outlet's dateline before them (中新网4月16日电 昨日 -> 15 April; a repost's 13日
    after 郑州8月13日电 is August's), else from ``published``: 昨日 the day before, a written
    day the last such day on or before it.  Only a day at most ``announce_window_days``
    before that anchor counts, and none before a later day ``text_all`` reports as past
    (截至10月13日, 8月10日至15日 on a page whose lead names a meeting of 10月10日 or 8月8日)."""
    window = rules.setting("announce_window_days")
    latest = published + timedelta(days=_DATELINE_SLACK)
    anchor: date | None = None  # (the outlet's dateline day, once one is read)
    for p in paras:
        text = p.text
        days = list(rules.announce_day.finditer(text))
        outlets = list(rules.outlet_day.finditer(text))
        o_next = 0  # (the datelines before each day, read once in text order)
        for k, m in enumerate(days):
            while o_next < len(outlets) and outlets[o_next].end() <= m.start():
                o = outlets[o_next]
                anchor = resolve_month_day(
                    small_int(o.group("m")) or 0, small_int(o.group("d")) or 0, latest
                ) or anchor
                o_next += 1
            if text[max(0, m.start() - 2): m.start()].endswith(_UNTIL):
                continue  # (截至昨日, 9月30日至8日: a period's end)
            stop = min(m.end() + _ANNOUNCE_REACH, len(text))
            end = _SENTENCE_END.search(text, m.end(), stop)
            if end is not None:
                stop = end.start()
            if k + 1 < len(days):
                stop = min(stop, days[k + 1].start())
            gap = text[m.end(): stop]
            v = rules.announce_verb.search(gap)
            if v is None or any(w in gap[: v.start()] for w in rules.announce_not_between):
                continue
            top = anchor or latest
            day: date | None
            if m.group("rel"):
                day = (anchor or published) + timedelta(days=rules.relative_days[m.group("rel")])
            elif m.group("d2"):
                day = _day_of_month_before(int(m.group("d2")), top)
            else:
                month, dom = small_int(m.group("m")), small_int(m.group("d"))
                y = small_int(m.group("y")) if m.group("y") else None
                if month is None or dom is None:
                    continue
                day = _make_date(y, month, dom) if y else resolve_month_day(month, dom, top)
            if day is None or not (top - timedelta(days=window) <= day <= top):
                return None  # (the lead's first announced day is an older one: no guess)
            for u in rules.past_day.finditer(text_all):
                month = small_int(u.group("m") or u.group("m2"))
                dom = small_int(u.group("d") or u.group("d2"))
                told = resolve_month_day(month, dom, top) if month and dom else None
                if told is not None and told > day:
                    return None  # (截至10月13日 after a meeting of 10月10日: a later day)
            return day
    return None


#: what ends a period before a day (截至昨日, 9月30日至8日)
_UNTIL = ("截至", "截止", "至", "到", "-", "—", "~")
#: characters after the lead's day within which its announcement verb stands
_ANNOUNCE_REACH = 80
#: what ends the sentence of the lead's day
_SENTENCE_END = re.compile(r"[。!?\n]")


def _day_of_month_before(dom: int, anchor: date) -> date | None:
    """The last date on or before ``anchor`` whose day of the month is ``dom``."""
    year, month = anchor.year, anchor.month
    for _ in range(3):
        d = _make_date(year, month, dom)
        if d is not None and d <= anchor:
            return d
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


#: words before a meeting's day that make it one whose orders are followed (按照…部署)
_FOLLOWED = re.compile(r"(?:按照|根据|依照|遵照|贯彻|落实)[^,，。;；]{0,10}$")
#: a meeting that deploys the action the page reports (公安部8月8日召开…电视电话会议,部署开展
#: 集中收缴管制刀具统一行动): the page's day is a later one
_DEPLOYS = re.compile(r"[^。!?\n,，]{0,4}?[,，]?\s*(?:统一|全面)?部署(?:开展|在全国|全国)?")
#: what follows such a meeting when its orders are followed (…会议的统一部署, …会议精神)
_ORDERS = re.compile(r"[^,，。;；]{0,6}?(?:的)?(?:统一)?(?:部署|精神|要求)")

#: a day drawing near, not yet come (1月10日第二个“中国人民警察节”即将到来之际, 6月26日
#: 国际禁毒日前夕): no briefing is held on it
_APPROACHING_DAY = re.compile(
    r"[^。!?\n,，]{0,16}?(?:即将到来|即将来临|来临之际|到来之际|将至|前夕)")

_SECTION_FIELDS = frozenset(Section.model_fields)


class _Builder:
    """Collects sections and keeps the speaker/answer state of the transcript."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sections: list[Section] = []

    def add(self, kind: SectionKind, start: int, end: int, speaker: str | None = None) -> None:
        # Section(kind=..., start=..., end=..., text=..., speaker=...) without re-validating
        # fields that already have their types.
        self.sections.append(
            _construct(
                Section,
                {
                    "kind": kind,
                    "start": start,
                    "end": end,
                    "text": self.text[start:end],
                    "speaker": speaker,
                },
                set(_SECTION_FIELDS),
            )
        )

    def add_split(
        self, p: _Para, kind: SectionKind, speaker: str | None, rules: StructureRules
    ) -> None:
        """Add a body/answer paragraph, splitting off an enumerated short lead sentence."""
        if rules.enumeration.match(p.text):
            limit = rules.setting("inline_heading_max_len")
            for k, ch in enumerate(p.text[: limit + 1]):
                if ch in "。!?！？":
                    rest = k + 1
                    while rest < len(p.text) and p.text[rest] in _SPACE + "”’":
                        rest += 1
                    if rest < len(p.text):
                        self.add("heading", p.start, p.start + k + 1, speaker)
                        self.add(kind, p.start + rest, p.end, speaker)
                        return
                    break
        self.add(kind, p.start, p.end, speaker)


def _find_title(
    paras: Sequence[_Para], dup_at: dict[int, int], rules: StructureRules, result: StructureResult
) -> tuple[int | None, int]:
    """The title paragraph (set on ``result``) and the first content paragraph.

    The title is the first substantial line; everything above it is navigation.  Returns
    ``(title index or None, index of the first content paragraph)``.
    """
    title_idx: int | None = None
    first_content = 0
    for i, p in enumerate(paras[: rules.setting("title_search_paragraphs")]):
        if i in dup_at or rules.is_chrome(p.text) or rules.is_footer_marker(p.text):
            continue
        if rules.header_date(p.text)[0]:
            continue
        if any(b.match(p.text) for b in rules.news_byline):
            continue  # 海报新闻记者 孙佃潇 北京报道: the reporter's line, no title
        if rules.min_han.match(p.text) is None:  # fewer than title_min_han Han characters
            continue
        first_content = i
        if (
            len(p.text) <= rules.setting("title_max_len")
            and p.text[-1] not in "。:：,，;；"
            and not rules.question_label(p.text)[0]
            and not rules.is_answer_marker(p.text)
        ):
            title_idx = i
            result.title = p.text
            result.title_span = (p.start, p.end)
        break
    return title_idx, first_content


class _Walk:
    """The paragraph loop of :func:`analyze_structure`: one instance per call, holding the
    speaker/answer/footer state of the transcript while the paragraphs are classified."""

    def __init__(self, text: str, rules: StructureRules, names: _Names) -> None:
        self.rules = rules
        self.names = names
        self.build = _Builder(text)
        self.header_dates: list[tuple[int, date, bool]] = []  # (paragraph index, date, keyed)
        self.event_paras: list[_Para] = []
        #: the first text paragraphs, searched for a news dateline (captions, bylines and
        #: image lines may stand before it)
        self.lead_paras: list[_Para] = []
        self.first_body: int | None = None
        self.speaker: str | None = None
        self.in_answer = self.after_question = self.footer = self.related = False
        self.question_open: str | None = None  # asker of a question marker with no text yet

    def run(
        self,
        paras: Sequence[_Para],
        dup_at: dict[int, int],
        title_idx: int | None,
        first_content: int,
    ) -> None:
        """Classify every paragraph into sections, in text order."""
        rules, build = self.rules, self.build
        i = 0
        while i < len(paras):
            p = paras[i]
            t = p.text
            if i in dup_at:
                last = dup_at[i]
                build.add("boilerplate", p.start, paras[last].end)
                self.speaker, self.in_answer = None, False
                self.after_question = self.footer = False
                i = last + 1
                continue
            i += 1
            idx = i - 1
            if idx < first_content:
                build.add("boilerplate", p.start, p.end)
                is_header, hdate, keyed = rules.header_date(t)
                if hdate is not None:
                    self.header_dates.append((idx, hdate, keyed))
                continue
            if idx == title_idx:
                build.add("heading", p.start, p.end)
                self.event_paras.append(p)
                continue
            head = _chrome_head(t)
            if head:
                # 发布日期:2023-09-11 13:56 点击次数:115广西…通报…: page chrome glued to the
                # lead; the chrome is boilerplate, the rest a paragraph of its own
                build.add("boilerplate", p.start, p.start + head)
                is_header, hdate, keyed = rules.header_date(t[:head])
                if hdate is not None:
                    self.header_dates.append((idx, hdate, keyed))
                p = _Para(p.start + head, p.end, t[head:])
                t = p.text
            if self._page_line(idx, p):
                continue
            if self.first_body is None and len(t) >= 30:
                self.first_body = idx
            if len(self.event_paras) <= rules.setting("event_search_paragraphs"):
                self.event_paras.append(p)
            if len(self.lead_paras) < 2 * rules.setting("event_search_paragraphs"):
                self.lead_paras.append(p)
            if not self._marked_turn(p):
                self._unmarked_turn(p)

    def _page_line(self, idx: int, p: _Para) -> bool:
        """Footer, related-news, header and chrome lines: True when ``p`` is boilerplate."""
        rules, build, t = self.rules, self.build, p.text
        if self.footer:
            if rules.is_footerish(t):
                build.add("boilerplate", p.start, p.end)
                return True
            self.footer = False
        if self.related:
            if len(t) <= rules.setting("page_chrome_max_len") and not any(
                c in _SENT_END for c in t
            ):
                build.add("boilerplate", p.start, p.end)
                return True
            self.related = False
        if rules.is_related_marker(t):
            self.related = True
            build.add("boilerplate", p.start, p.end)
            return True
        is_header, hdate, keyed = rules.header_date(t)
        if hdate is not None:
            self.header_dates.append((idx, hdate, keyed))
        if rules.is_footer_marker(t):
            self.footer = True
        if self.footer or is_header or rules.is_chrome(t):
            build.add("boilerplate", p.start, p.end)
            self.speaker, self.in_answer, self.after_question = None, False, False
            return True
        return False

    def _marked_turn(self, p: _Para) -> bool:
        """Question and answer markers and speaker labels: True when ``p`` was one."""
        rules, build, t = self.rules, self.build, p.text
        if self.question_open is not None and not rules.is_answer_marker(t):
            # the text of a question whose marker stood alone on the line before
            build.add("question", p.start, p.end, self.question_open or None)
            self.question_open = None
            return True
        self.question_open = None
        asked, asker, marker_end = rules.question_label(t)
        if asked:
            build.add("question", p.start, p.end, asker)
            self.speaker, self.in_answer, self.after_question = None, False, True
            if not t[marker_end:].strip(_SPACE):
                self.question_open = asker or ""
            return True
        if rules.is_answer_marker(t):
            self.speaker, self.in_answer, self.after_question = None, True, False
            build.add_split(p, "answer", None, rules)
            return True
        label = _speaker_label(t, rules, self.names)
        if label is None:
            return False
        who, role, colon_end = label
        if not t[colon_end:].strip(_SPACE):
            build.add("speaker", p.start, p.end, who)
            self.speaker, self.in_answer = who, self.after_question or self.in_answer
            self.after_question = False
            return True
        if role == "person":  # a named turn inside a Q&A continues the answers
            self.in_answer = self.after_question or self.in_answer
        else:  # 发言人 answers a question; 主持人 never does
            self.in_answer = self.after_question and who != "主持人"
        self.speaker, self.after_question = who, False
        build.add_split(p, "answer" if self.in_answer else "body", self.speaker, rules)
        return True

    def _unmarked_turn(self, p: _Para) -> None:
        """Reported answers, bylines, headings and plain paragraphs."""
        rules, build, names, t = self.rules, self.build, self.names, p.text
        m = rules.reported.match(t) or rules.reported_lead.match(t)
        if m and names.known(m.group("name")):
            self.speaker, self.in_answer, self.after_question = m.group("name"), True, False
            build.add_split(p, "answer", self.speaker, rules)
            return
        b = rules.byline.match(t)
        if b and rules.plausible_name(b.group("name")):
            self.speaker, self.in_answer, self.after_question = b.group("name"), False, False
            build.add("speaker", p.start, p.end, self.speaker)
            return
        if rules.is_heading(t):
            if not rules.enumeration.match(t):
                self.speaker, self.in_answer = None, False
            self.after_question = False
            build.add("heading", p.start, p.end, self.speaker)
            return
        answering = self.after_question  # an unlabelled paragraph right after a question
        if answering:
            self.in_answer, self.after_question = True, False
        s = rules.inline_speaker.match(t)
        if s and names.titled(s.group("name")) and s.group("name") != self.speaker:
            if answering:  # 问:… / 韦志刚表示,…: the answer, reported
                self.speaker = s.group("name")
                build.add_split(p, "answer", self.speaker, rules)
                return
            # 韦志刚表示,… after someone else's turn: a reported statement ends that turn.
            build.add_split(p, "body", s.group("name"), rules)
            self.speaker, self.in_answer = None, False
            return
        build.add_split(p, "answer" if self.in_answer else "body", self.speaker, rules)


def analyze_structure(
    text: str, published: date | None = None, rules: StructureRules | None = None
) -> StructureResult:
    """Read the layout of one press release or transcript.

    Args:
        text: the working text (``pressie.text.normalize`` output, though raw simplified
            text works too).
        published: the publication date when the caller knows it; it wins over the
            header and anchors month-day event dates.
        rules: compiled lexicon (default: the packaged one).

    Returns:
        A :class:`StructureResult`; see the module docstring for the meaning of each field.
    """
    rules = rules or StructureRules.default()
    paras = _paragraphs(text)
    result = StructureResult()
    if not paras:
        result.published = published
        result.reference_date = published
        return result
    names = _Names(text, rules)
    dup_at = {first: last for first, last in _duplicate_stretches(paras, rules)}
    title_idx, first_content = _find_title(paras, dup_at, rules, result)
    walk = _Walk(text, rules, names)
    walk.run(paras, dup_at, title_idx, first_content)

    result.sections = walk.build.sections
    result.skip = _merge((s.start, s.end) for s in walk.build.sections if s.kind == "boilerplate")
    line_only = False  # (published read from a date-only line, not the page's header)
    if published is not None:
        result.published = published
    else:
        result.published, line_only = _pick_published(walk.header_dates, walk.first_body,
                                                       len(paras))
    result.event_date = _event_date(walk.event_paras, rules, result.published, walk.lead_paras,
                                    text)
    if (line_only and result.event_date is not None and result.published is not None
            and (result.published - result.event_date).days > _LINE_DATE_SLACK):
        # 中新网上海10月12日电 … (last line, cut off) 2018年7月19日: a date-only line months
        # after the dateline's day read in the year before is a date the text tells of, not
        # the page's: the dateline's day falls on or after it, in its year
        later = _make_date(result.published.year, result.event_date.month,
                           result.event_date.day)
        if later is not None and later >= result.published:
            result.event_date = later
    result.reference_date = result.event_date or result.published
    if result.event_date is None and result.published is not None:
        # a page reposted after its year (今年上半年 on a page dated in March): the text's
        # own year, not the repost's
        from .periods import repost_reference

        result.reference_date = repost_reference(text, result.published) or result.published
    return result


_YEAR = re.compile(r"((?:19|20)[0-9]{2})\s*年")


def _told_before(m: re.Match[str], text: str) -> bool:
    """Whether event match ``m`` writes a year earlier than another year of ``text``."""
    if not m.group("y"):
        return False
    y = small_int(m.group("y"))
    return y is not None and any(int(g) > y for g in _YEAR.findall(text))


#: how many days before a date-only line the dateline's day may fall and still be the page's
#: (a signature date a few weeks after the news day)
_LINE_DATE_SLACK = 31


def _pick_published(
    header_dates: Sequence[tuple[int, date, bool]],
    first_body: int | None,
    n_paras: int,
) -> tuple[date | None, bool]:
    """Header dates before the body first; then a keyed header date anywhere; then a
    date-only line (a signature date such as ``二〇二一年一月八日``). The flag is True for
    that last kind, read from the body (a signature, or a cut paragraph's opening date)."""
    head_end = first_body if first_body is not None else n_paras
    for idx, d, _keyed in header_dates:
        if idx < head_end:
            return d, False
    for _idx, d, keyed in header_dates:
        if keyed:
            return d, False
    for _idx, d, _keyed in header_dates:
        return d, True
    return None, False


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if out and s <= out[-1][1] + 1:
            if e > out[-1][1]:
                out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


# ---------------------------------------------------------------------------- helpers


def sections_of_kind(doc: Doc, kind: SectionKind) -> list[Section]:
    """The sections of ``doc`` of one kind (``"heading"``, ``"answer"``, …), in order."""
    return [s for s in sections(doc) or [] if s.kind == kind]


def in_skip(doc: Doc | Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when the character range ``[start, end)`` overlaps a no-fact range.

    ``doc`` is a processed Doc (its ``pressie_skip``) or the list of ranges itself.
    """
    ranges = skip_ranges(doc) if isinstance(doc, Doc) else doc
    if not ranges:
        return False
    k = bisect_right(ranges, (start, float("inf"))) - 1
    if k >= 0 and ranges[k][1] > start:
        return True
    return k + 1 < len(ranges) and ranges[k + 1][0] < max(end, start + 1)


def section_at(doc: Doc, offset: int) -> Section | None:
    """The section containing character ``offset`` (None between sections)."""
    found = sections(doc) or []
    k = bisect_right([s.start for s in found], offset) - 1
    if k >= 0 and found[k].start <= offset < found[k].end:
        return found[k]
    return None


def heading_before(doc: Doc, offset: int) -> Section | None:
    """The nearest heading that starts before ``offset`` (None when there is none)."""
    for s in reversed(sections(doc) or []):
        if s.start < offset and s.kind == "heading":
            return s
    return None


def _heading_level(rules: StructureRules, text: str) -> int:
    """1 for a plain heading or the title; 2 ``一、``; 3 ``(一)``; 4 ``一是``/``第一``; 5 ``1.``."""
    m = rules.enumeration.match(text)
    if not m:
        return 1
    marker = m.group()
    if marker[0] in "(（":
        return 3
    if marker.endswith("是") or marker.startswith("第"):
        return 4
    if marker[0].isdigit():
        return 5
    return 2


def governing_headings(doc: Doc, offset: int) -> list[Section]:
    """The headings that govern ``offset``, outermost first.

    Walking back from ``offset``: the nearest heading of each shallower level (plain
    heading/title, then ``一、``, ``(一)``, ``一是``, ``1.``).  Enumerated headings do not
    reach across a question or speaker turn; plain headings do.  Use it to inherit a
    period or campaign named in a heading (``二、“云剑-2020”专项行动成效显著。``).
    """
    rules = StructureRules.default()
    found: list[Section] = []
    best = 99
    turn_crossed = False
    for s in reversed(sections(doc) or []):
        if s.start >= offset:
            continue
        if s.kind in ("question", "speaker"):
            turn_crossed = True
            continue
        if s.kind != "heading":
            continue
        level = _heading_level(rules, s.text)
        if level < best and (level == 1 or not turn_crossed):
            found.append(s)
            best = level
            if level == 1:
                break
    return found[::-1]


# ---------------------------------------------------------------------------- component


class StructureAnnotator:
    """spaCy component: runs :func:`analyze_structure` on ``doc.text`` and stores the
    result on ``doc._`` (see the module docstring) and the sections in
    ``doc.spans["pressie_sections"]`` (label = kind)."""

    def __init__(
        self, lexicon: str | None = None, spans_key: str | None = "pressie_sections"
    ) -> None:
        """Load the packaged lexicon, or the JSON file at ``lexicon`` when given.
        ``spans_key``: where in ``doc.spans`` the sections go (None: nowhere)."""
        self.rules = StructureRules.from_file(lexicon) if lexicon else StructureRules.default()
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and return it."""
        published = doc_date(doc, "pressie_published")
        write_structure(
            doc, analyze_structure(doc_text(doc), published, self.rules), self.spans_key
        )
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon as ``structure.json`` in the folder ``path``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / LEXICON_FILE).write_text(
            json.dumps(self.rules.data, ensure_ascii=False, indent=1), encoding="utf-8"
        )

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> StructureAnnotator:
        """Load the lexicon saved by :meth:`to_disk`."""
        self.rules = StructureRules.from_file(Path(path) / LEXICON_FILE)
        return self


@Language.factory(
    "pressie_structure",
    default_config={"lexicon": None, "spans_key": "pressie_sections"},
    assigns=ASSIGNS["pressie_structure"],
    requires=REQUIRES["pressie_structure"],
)
def make_structure(
    nlp: Language, name: str, lexicon: str | None, spans_key: str | None
) -> StructureAnnotator:
    """spaCy factory for :class:`StructureAnnotator` (``lexicon``: optional JSON path;
    ``spans_key``: the sections' ``doc.spans`` group, None: none)."""
    return StructureAnnotator(lexicon, spans_key)
