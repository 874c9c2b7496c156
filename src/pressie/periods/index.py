"""Inheritance: :class:`PeriodIndex`, the period that governs each position of a text."""

from __future__ import annotations

import bisect
import functools
import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Literal

from spacy.tokens import Doc

from ..extensions import doc_date, skip_ranges
from ..model import Period
from ..resources import alternation as _alt
from ..structure_rules import HEADING_MARKS
from ..text import doc_text
from .analyze import _CLAUSE_MARK, _analyze, _bounds, _previous_paragraph
from .lexicon import load_lexicon
from .mention import AUTO, PeriodMention

# --------------------------------------------------------------------------- inheritance

_Q_LINE = re.compile(
    r"^\s*(?:问[:：]|问题[一二三四五六七八九十0-9]{1,3}[:：]|[^\s:：。]{2,24}记者[:：])"
)
_ANSWER_LINE = re.compile(r"^\s*(?:答[:：]|[^\s:：。,,]{2,4}[:：])")
_NUM_HEAD = tuple((level, re.compile(r"^\s*" + mark)) for level, mark in HEADING_MARKS)


@dataclass
class _Section:
    start: int
    level: int
    parent: int  # index of the enclosing section, -1 for none
    governor: PeriodMention | None = None

#: what may stand before a paragraph's head period: a news dateline with its byline
#: (本报讯 (记者张亮 通讯员倪雯烨)) and the order followed (根据…统一部署,)
def _dateline(ends: str) -> str:
    """A news dateline ending with one of ``ends`` (讯, 电) and its byline in brackets
    (本报讯 (记者张亮 通讯员倪雯烨)), or an outlet's bracketed source tag ([河北新闻]),
    optional, with the spaces after it."""
    return (rf"(?:[^\s,，。;；]{{0,12}}[{ends}][ \u3000]{{0,3}}(?:[(（][^()（）\n]{{0,30}}[)）])?"
            r"|[【\[〔][^\]】〕\n]{1,12}[】\]〕])?"  # (or a source tag: [河北新闻], 【人民网】)
            r"[ \u3000]{0,3}")


_HEAD_LEAD = re.compile(_dateline("讯") + r"(?:(?:根据|按照|依据)[^,，。;；\n]{0,40}[,，])?")
#: what may stand before a short range heading its paragraph: _HEAD_LEAD, or a source word
#: (通报称,8月9日至11日,…)
_RANGE_LEAD = re.compile(
    _HEAD_LEAD.pattern
    + r"(?:(?:通报称|通报显示|据介绍|据了解|据悉|据统计|统计显示|数据显示)\s?[,，:：]\s?)?"
)


#: how near the text's top the only period of a data release is written (characters)
_EARLY_CHARS = 200


def _is_campaign_since(text: str) -> bool:
    """True for a campaign's own span (专项斗争开展以来, “百日行动”启动以来), not an era
    (改革开放以来)."""
    return text.endswith("以来") and any(w in text for w in load_lexicon().campaign_since_words)


#: a news dateline with its byline before a paragraph's heading day
_DAY_LEAD = re.compile(_dateline("讯电"))

#: a reporter's source opening the lead (记者从省公安厅新闻发布会了解到,), after a dateline
_SOURCE_LEAD = re.compile(
    _dateline("讯电")
    + r"(?:记者)?(?:(?:从|在|自)[^,，。;；\n]{1,40}?)?(?:获悉|了解到|得知|获知)[,，]"
)


#: the body a news item comes from, opening the lead (呼和浩特市消防支队消息,), after a dateline
_NEWS_FROM = re.compile(
    _dateline("讯电") + r"(?:据|从)?[^,，。;；\n0-9]{2,30}?(?:消息|通报|获悉)[,，:：]\s?")


#: a briefing held on the day just written (,市局召开新闻发布会): the day is the news day
_BRIEFING_AFTER = re.compile(
    r"[^。！？!?；;\n]{0,30}?(?:召开|举行|举办|发布会|通报会|吹风会|见面会|座谈会|会议)")


#: purpose clauses opening a paragraph before its action's day (为加强…工作,为…环境,)
_PURPOSE_LEAD = re.compile(
    # (运城长安网讯(通讯员 柴川)为深入推进…,按照…部署,12月31日,…: past a dateline too)
    r"\s*" + _dateline("讯电")
    + r"(?:为了?|为进一步|按照|根据|依据|针对|围绕)[^。！？!?；;\n,，]{2,60}[,，]"
    r"(?:[^。！？!?；;\n,，0-9]{2,60}[,，]){0,3}")
#: a paragraph telling what went on in the action (行动中,…): its own frame, undated, but
#: the longest title line whose period may be the release's (PeriodIndex._title_period)
_TITLE_MAX = 60
#: the kinds of a title's period that date a release (上半年, 2019年, 前三季度, 1至10月)
_TITLE_KINDS = frozenset({"year", "half", "quarter", "month", "range", "since", "part"})

#: the paragraph after it may go on from the action's day through it
_ACTION_IN = re.compile(r"\s*(?:在)?(?:此次|本次)?(?:专项|集中)?行动中[,，]")
#: the longest line read as a caption between two paragraphs of one story
_CAPTION_CHARS = 30
#: a figure: a digit, ASCII or full-width, or a Chinese numeral before a classifier (十二名)
_DIGIT = re.compile(
    r"[0-9０-９]|[〇零一二两三四五六七八九十百千万]+[名人起件个次辆元家处条宗支只吨]")
#: the longest a range of days heading an action's paragraph may run (7月12-15日)
_SHORT_ACTION_DAYS = 10


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
        self._own_starts = [m.start for m in self._own]
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
        if self._short_event(m):
            return False
        return not self._forward(m)

    def _short_event(self, m: PeriodMention) -> bool:
        """True for a range of a few days inside a paragraph (…。2月12日至13日,组织全省开展
        集中清查行动,…): the dates of one action, which frame their own sentence only; at a
        paragraph's head (10月1日至7日,全市…) the range frames the paragraph."""
        if m.kind != "range" or m.date_start is None or m.date_end is None:
            return False
        if (m.date_end - m.date_start).days > _SHORT_EVENT_DAYS:
            return False
        para = self._paras[bisect.bisect_right(self._paras, m.start) - 1]
        lead = self.text[para:m.start]
        # (本报讯 (记者…) 根据…统一部署,11日至13日,…: a dateline and the order the action
        # follows still leave the range at the paragraph's head)
        lead = lead.strip()  # (bounded: a lead longer than any match is no head)
        return bool(lead) and (len(lead) > 120 or _RANGE_LEAD.fullmatch(lead) is None)

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
            sec.governor = self._section_governor(ps, heading_end, pi, level)
            sections.append(sec)
        return sections, [s.start for s in sections], lead_end

    def _section_governor(self, start: int, heading_end: int, pi: int, level: int
                          ) -> PeriodMention | None:
        i = bisect.bisect_left(self._m_starts, start)
        while i < len(self.mentions) and self.mentions[i].end <= heading_end:
            m = self.mentions[i]
            if m.role == "own" and not m.point and m.dated and not self._forward(m):
                return m
            i += 1
        # the first governing mention of the section's first body paragraph
        paras = self._paras
        next_para = paras[pi + 1] if pi + 1 < len(paras) else len(self.text)
        # (a numbered heading alone on its line, 3、未结案情况, leaves its body to the next
        # paragraph; a title line's section takes no period from the paragraph after it)
        body_start = (
            heading_end
            if heading_end < next_para and (
                level < 2 or self.text[heading_end:next_para].strip())
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
            g = self._gov[k]
            if pj > pi and g.kind in ("month", "day"):
                # (二、打击整治养老诈骗 / 3月份起,…开展专项行动: an action's month or day
                # opens the story of the section, not the period of all its paragraphs)
                return None
            return g
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
        titled = self._title_period()
        if titled is not None:
            # 福建检察上半年逮捕…7063人 (title) … 共批准逮捕…7063人 … (paragraphs later)
            # 截至6月底,…: the title's period is the release's when the body opens without one
            return titled
        k = 0
        while k < len(self._gov) and self._gov[k].start < lead_end:
            g = self._gov[k]
            if k == 0 and not g.dated and _is_campaign_since(g.text) and self._heads_lead(g):
                # 本报讯(记者…)夏季治安打击整治行动开展以来,全市…: the campaign's own span
                # is the release's period, not a year written further on
                return g.period(inherited=True)
            if g.dated and not (g.text in ("目前", "当前")
                                and (k > 0 or self._late(g) or self._figureless(g))):
                # (a 目前 after the lead's own frame is an as-of clause, not the release's
                # period: “百日行动”以来,… 。目前已返还…; nor is one closing a story told
                # paragraphs before it: …16日凌晨,专案组抓获…。(paragraph) 目前,12名犯罪嫌疑人…)
                since = self._since_after_as_of(g, k)
                if since is not None:
                    return since
                return g.period(inherited=True)
            k += 1
        # a data release writing one period again and again (2022年上半年,…受理…。2022年
        # 上半年,…审结…。共退回补充侦查36件): that period is the whole release's
        dated = [m for m in self._gov
                 if m.dated and not (m.text in ("目前", "当前") and self._figureless(m))]
        if dated and len({(m.date_start, m.date_end) for m in dated}) == 1 and (
                len(dated) >= 2 or dated[0].start < _EARLY_CHARS):
            # (黄梅县检察院检察业务数据情况 一、… 1、… 本院2021年1-11月…: the only period of a
            # data release, written near its top under its headings, is the release's too)
            return dated[0].period(inherited=True)
        return None

    def _title_period(self) -> Period | None:
        """The dated period of the title (a short line without a sentence end above the body:
        福建检察上半年逮捕各类犯罪嫌疑人7063人, past a breadcrumb or a source line) when the
        body's first paragraph (the first line with a sentence end) holds no period of its
        own; else None."""
        paras = self._paras
        ends = "。!?！？"
        heads: list[tuple[int, int]] = []
        body: tuple[int, int] | None = None
        for i, a in enumerate(paras):
            b = paras[i + 1] if i + 1 < len(paras) else len(self.text)
            line = self.text[a:b].strip()
            if not line:
                continue
            if any(c in line for c in ends):
                body = (a, b)
                break
            if len(line) <= _TITLE_MAX:
                heads.append((a, b))
        if body is None or not heads:
            return None
        if any(body[0] <= m.start < body[1] for m in self._own):
            return None
        found = [m for m in self._own if m.dated and m.kind in _TITLE_KINDS
                 and any(a <= m.start < b for a, b in heads)]
        return found[0].period(inherited=True) if len(found) == 1 else None

    def _since_after_as_of(self, g: PeriodMention, k: int) -> Period | None:
        """The release's period when its lead's as-of ``g`` (截至6月底,全省…) is followed by a
        since-period of that year heading the next paragraph (通报称,今年以来,…): the since's
        start to the as-of day (2020-01-01..2020-06-30); None otherwise."""
        if g.kind != "until" or g.date_start is not None or g.date_end is None:
            return None
        if k + 1 >= len(self._gov):
            return None
        s = self._gov[k + 1]
        if (s.kind != "since" or s.date_start is None or not s.dated
                or s.date_start.year != g.date_end.year or s.date_start > g.date_end):
            return None
        pg = bisect.bisect_right(self._paras, g.start) - 1
        ps = bisect.bisect_right(self._paras, s.start) - 1
        # (the next paragraph that holds text, past blank lines)
        if (ps <= pg or _previous_paragraph(self.text, self._paras, ps) != pg
                or _RANGE_LEAD.fullmatch(self.text, self._paras[ps], s.start) is None):
            return None
        return s.period(inherited=True).model_copy(update={"date_end": g.date_end})

    def _caption(self, pi: int) -> bool:
        """True when paragraph ``pi`` is a short line with no sentence end (a photo's
        caption or a sub-heading between two paragraphs of one story)."""
        end = self._paras[pi + 1] if pi + 1 < len(self._paras) else len(self.text)
        line = self.text[self._paras[pi]:end].strip()
        return len(line) <= _CAPTION_CHARS and not any(c in line for c in "。!?！？;；")

    def _figureless(self, m: PeriodMention) -> bool:
        """True when the sentence of ``m`` writes no figure after it (:data:`_DIGIT`):
        当前,疫情仍在全球蔓延,… sets the scene and dates no figure of the release."""
        si = bisect.bisect_right(self._sents, m.start)
        end = self._sents[si] if si < len(self._sents) else len(self.text)
        return _DIGIT.search(self.text, m.end, end) is None

    def _late(self, m: PeriodMention) -> bool:
        """True when ``m`` stands after the third non-empty paragraph of the text."""
        pi = bisect.bisect_right(self._paras, m.start) - 1
        seen = 0
        for k in range(pi):
            end = self._paras[k + 1] if k + 1 < len(self._paras) else len(self.text)
            if self.text[self._paras[k]:end].strip():
                seen += 1
                if seen >= 3:
                    return True
        return False

    def _heads_lead(self, m: PeriodMention) -> bool:
        """True when ``m`` opens its paragraph (after a dateline) and is the only period
        written in its sentence (…开展以来,截至7月底,… is dated by the 截至)."""
        para = self._paras[bisect.bisect_right(self._paras, m.start) - 1]
        lead = self.text[para:m.start].strip()
        if len(lead) > 60 or (_HEAD_LEAD.fullmatch(lead) is None
                              and _SOURCE_LEAD.fullmatch(lead) is None):
            return False
        si = bisect.bisect_right(self._sents, m.start)
        sent_end = self._sents[si] if si < len(self._sents) else len(self.text)
        i = bisect.bisect_right(self._m_starts, m.start)
        return i >= len(self.mentions) or self.mentions[i].start >= sent_end

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
            if _closed_frame(self.text, m, position):
                i -= 1  # 在2024年同比下降30.56%的基础上,再降22.32%: the frame's own year
                continue
            if (m.kind == "vague" and not _ACTION_SINCE.search(m.text)
                    and _LIST_MARK.search(self.text, m.end, position)):
                # 近期…通缉100名;拦截诈骗电话36亿次: a vague period ends at its ';' (a
                # campaign's 专项斗争开展以来, read as vague, frames its whole sentence)
                i -= 1
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
        if self.text[sent:sent + 8].lstrip().startswith(_DURING_THEN):
            # …8月12日20时至8月15日2时,全省开展…行动。期间,共出动警力…: the sentence goes on
            # in the days just written, however short
            i = bisect.bisect_right(self._own_ends, sent) - 1
            if i >= 0 and self._own[i].start >= para and self._own[i].dated:
                return self._own[i].period(inherited=True)
        k = bisect.bisect_left(self._gov_starts, sent) - 1
        # an as-of stock (截至12月底,累计…) frames only its sentence after the paragraph's
        # own period (全年…。截至…。…共推动出台26项 -> 全年)
        while (k >= 1 and self._gov[k].kind == "until" and self._gov[k].date_start is None
               and self._gov[k - 1].start >= para and self._gov[k - 1].kind != "vague"):
            k -= 1
        head = self._day_head(para, sent)
        if head is not None and (k < 0 or self._gov[k].start < head.start):
            # 9月15日,全省28家法院对37件…案件集中宣判。其中,…: the day heading the
            # paragraph dates its later sentences
            return head.period(inherited=True)
        if k >= 0 and self._gov[k].start >= para:
            g = self._gov[k]
            if not g.dated:
                until = self._until_after(g, sent)
                if until is not None:
                    # 自…专项斗争开展以来,…,截至2019年5月31日,共打掉…。其中…: the action's
                    # since-phrase and the as-of date of its sentence are one range
                    return until.period(inherited=True)
            return g.period(inherited=True)
        pi = bisect.bisect_right(self._paras, position) - 1
        if pi > 0 and _continues(self.text, para):
            prev = _previous_paragraph(self.text, self._paras, pi)  # (past blank lines)
            while prev > 0 and self._caption(prev):
                # (…3月24日凌晨3时许,…查获…。(paragraph) 民警查获涉案司机 (a photo's caption)
                # (paragraph) 随后,…: the story goes on past the caption)
                prev = _previous_paragraph(self.text, self._paras, prev)
            if k >= 0 and self._gov[k].start >= self._paras[prev]:
                # 具体来看,铁路客运量…: a paragraph detailing the one before keeps its period
                return self._gov[k].period(inherited=True)
            day = self._day_head(self._paras[prev], para)
            # (…,7月12-15日,…开展…。(paragraph) 行动中,…。(paragraph) 此次行动,…: past a
            # paragraph that itself goes on from the one before it or tells what went on in
            # the action, twice at most)
            hops = 0
            while day is None and prev > 0 and hops < 2 and (
                    _continues(self.text, self._paras[prev])
                    or _ACTION_IN.match(self.text, self._paras[prev]) is not None):
                hops += 1
                prev = _previous_paragraph(self.text, self._paras, prev)
                day = self._day_head(self._paras[prev], para)
            if day is not None:
                # 4月11日,全州开展…收网行动。(paragraph) 此次行动…: the action's day
                return day.period(inherited=True)
        si = bisect.bisect_right(self._sec_starts, position) - 1
        while si >= 0:
            sec = self._sections[si]
            if sec.governor is not None and sec.governor.start < sent:
                return sec.governor.period(inherited=True)
            si = sec.parent
        return self.document_period

    def _until_after(self, g: PeriodMention, before: int) -> PeriodMention | None:
        """A dated as-of mention (截至Y) written after the undated governor ``g`` in ``g``'s
        own sentence, or opening a later sentence of its paragraph (自开展…专项斗争以来,…。
        截至目前,…。检察机关共…), before ``before`` and with no other own period between;
        None when there is none."""
        gs = self._sents[bisect.bisect_right(self._sents, g.start) - 1]
        para_end = self._paras[bisect.bisect_right(self._paras, g.start)] if (
            bisect.bisect_right(self._paras, g.start) < len(self._paras)) else len(self.text)
        i = bisect.bisect_right(self._own_starts, g.end - 1)
        while i < len(self._own) and self._own[i].start < min(before, para_end):
            u = self._own[i]
            same = self._sents[bisect.bisect_right(self._sents, u.start) - 1] == gs
            if u.kind == "until" and u.dated and not u.modifier and (same or u.framing):
                return u
            if not same and not u.modifier:
                return None  # (another period of a later sentence: its own frame)
            i += 1
        return None

    def _day_head(self, lo: int, hi: int) -> PeriodMention | None:
        """The dated day that opens the paragraph ``[lo, hi)`` as its first words
        (``4月11日,…``), if any."""
        i = bisect.bisect_left(self._own_starts, lo)
        if i >= len(self._own) or self._own[i].start >= hi:
            return None
        m = self._own[i]
        if not (m.framing and m.dated and (
                (m.point and m.kind == "day")
                # (7月12-15日: the few days of an action)
                or (m.kind == "range" and m.date_start is not None and m.date_end is not None
                    and (m.date_end - m.date_start).days <= _SHORT_ACTION_DAYS))):
            return None
        # (直报网北京11月7日电(华西都市报报道)昨日,…: past a news dateline and its byline)
        head = self.text[lo:m.start]
        # (为加强…管理工作,9月12日晚,…开展…行动: past the purpose clauses opening it)
        if not head.strip() or _DAY_LEAD.fullmatch(head) or _PURPOSE_LEAD.fullmatch(head):
            return m
        # (呼和浩特市消防支队消息,1月31日除夕,… / 记者从…获悉,1月31日,…: past the source the
        # news comes from, unless the day is a briefing's: …获悉,4月20日,市局召开新闻发布会)
        if ((_SOURCE_LEAD.fullmatch(head) or _NEWS_FROM.fullmatch(head))
                and _BRIEFING_AFTER.match(self.text, m.end) is None):
            return m
        return None

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


#: a sentence opening in the days the sentence before wrote (期间,共出动警力…)
_DURING_THEN = ("期间", "其间", "在此期间", "此期间", "此间")


def _continues(text: str, para: int) -> bool:
    """The paragraph at ``para`` details the one before: it opens with a continuation head
    (具体来看, 此次行动) or with an anaphor and an action's name (此次集中统一行动, 本轮
    “清网”行动)."""
    lex = load_lexicon()
    head = text[para:para + 24].lstrip()
    if head.startswith(lex.continuation_heads or ("\0",)):
        return True
    rx = _anaphor_action(lex.event_anaphors, lex.event_nouns)
    return rx is not None and rx.match(head) is not None


@functools.lru_cache(maxsize=4)
def _anaphor_action(anaphors: tuple[str, ...], nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """An anaphor, then an action's name of at most 10 characters (此次集中统一行动)."""
    if not anaphors or not nouns:
        return None
    return re.compile(rf"(?:{_alt(anaphors)})[\u4e00-\u9fff“”\"]{{0,10}}?(?:{_alt(nouns)})")


def _closed_frame(text: str, m: PeriodMention, position: int) -> bool:
    """True when mention ``m`` stands inside a frame 在…的基础上 that closes before
    ``position`` (全省刑事发案在2024年同比下降30.56%的基础上同比再降22.32%: 2024年 dates the
    frame's figure, not the ones after it)."""
    k = text.rfind("在", max(0, m.start - 8), m.start)
    if k < 0 or _CLAUSE_MARK.search(text, k, m.start):
        return False
    j = text.find("基础上", m.end, min(position, m.end + 40))
    return j >= 0 and not _CLAUSE_MARK.search(text, m.end, j)


#: the longest range, in days past its first, that is one action's dates
_SHORT_EVENT_DAYS = 3

#: an action's since/during phrase (专项斗争开展以来, 行动期间), not a vague word (长期以来)
_ACTION_SINCE = re.compile(r"(?:斗争|行动|战役|会战|专项|整治|工作|活动)\S{0,4}(?:以来|期间)$")

#: the mark that ends a ';'-list item (a vague period does not reach past it)
_LIST_MARK = re.compile(r"[;；]")

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


def _outside_skip(
    mentions: list[PeriodMention], skip: list[tuple[int, int]] | None
) -> list[PeriodMention]:
    """Drop mentions in no-fact ranges (boilerplate such as a 当前位置 breadcrumb, the repeated
    copy of an article): a period there neither dates a fact nor governs one."""
    if not skip:
        return mentions
    from ..structure import in_skip

    return [m for m in mentions if not in_skip(skip, m.start, m.end)]
