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
from datetime import date
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .extensions import ASSIGNS, REQUIRES, doc_date, iso, sections, set_models, skip_ranges
from .lexicon_schema import read_json
from .model import Section, SectionKind, _construct
from .numerals import small_int
from .resources import alternation, lexicon_path
from .text import doc_text

LEXICON_FILE = "structure.json"

_HAN = "\u3400-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{_HAN}]")
_HAN_CLASS = f"[{_HAN}]"
_NOT_KEY = re.compile(r"[\W_]+")
_SPACE = " \t\r\n\u3000\xa0\ufeff"
_SENT_END = frozenset("。!?！？;；")
#: a link title with its date at the end of the line (related-news lists)
_DATED_LINK = re.compile(
    r"[\u4e00-\u9fff]\S*\s*[\[(（]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?\s*$"
)
_CLOSE_PUNCT = ":：,，、"

# Dates.  Year, month and day accept ASCII digits and Chinese numerals (二〇二一年一月八日).
_YEAR = "(?:19|20)[0-9]{2}|[〇零○一二][〇零○Oo一二三四五六七八九]{3}"
_MONTH = "[0-9]{1,2}|十[一二]?|[一二三四五六七八九]"
_DAY = "[0-9]{1,2}|三十一?|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_FULL_DATE = re.compile(
    rf"(?<![0-9])(?P<y>{_YEAR})[ ]{{0,2}}(?P<s1>[-/.年])[ ]{{0,2}}(?P<m>{_MONTH})[ ]{{0,2}}"
    rf"(?P<s2>[-/.月])[ ]{{0,2}}(?P<d>{_DAY})(?![0-9])(?P<s3>[日号])?"
)
_MONTH_DAY = rf"(?<![0-9])(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]"
_TIME = re.compile(r"[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?")


def _make_date(y: int | None, m: int | None, d: int | None) -> date | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_full_date(match: re.Match[str]) -> date | None:
    """Turn a match of the full-date pattern into a ``date`` (None when inconsistent).

    Separators must agree: ``2021-10-13``, ``2021/10/13``, ``2021.10.13`` or
    ``2021年10月13日``; a mix such as ``2021年10-13`` is rejected.
    """
    s1, s2 = match.group("s1"), match.group("s2")
    if s1 == "年":
        if s2 != "月":
            return None
    elif s2 != s1 or match.group("s3"):
        return None
    return _make_date(
        small_int(match.group("y")), small_int(match.group("m")), small_int(match.group("d"))
    )


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """Every full calendar date in ``text`` as ``(start, end, date)``.

    Examples: ``2021-10-13 05:05`` -> 2021-10-13, ``2022年3月1日``, ``二〇二一年一月八日``.
    """
    out = []
    for m in _FULL_DATE.finditer(text):
        d = parse_full_date(m)
        if d is not None:
            out.append((m.start(), m.end(), d))
    return out


def resolve_month_day(month: int, day: int, anchor: date) -> date | None:
    """The date with ``month``/``day`` on or before ``anchor`` (at most one year earlier).

    ``1月8日`` with anchor 2021-01-08 -> 2021-01-08; ``12月30日`` with anchor 2021-01-02 ->
    2020-12-30.  None for impossible dates (``2月30日``).
    """
    for year in (anchor.year, anchor.year - 1):
        d = _make_date(year, month, day)
        if d is not None and d <= anchor:
            return d
    # 2月29日 against a non-leap anchor year: look back to the last leap year.
    for year in range(anchor.year - 2, anchor.year - 5, -1):
        d = _make_date(year, month, day)
        if d is not None:
            return d
    return None


# ---------------------------------------------------------------------------- rules


@dataclass
class StructureRules:
    """The compiled form of ``lexicons/structure.json`` (see that file for the data)."""

    data: dict[str, Any]
    header_kw: re.Pattern[str] = field(init=False)
    date_kw: re.Pattern[str] = field(init=False)
    breadcrumb: re.Pattern[str] = field(init=False)
    chrome_words: tuple[str, ...] = field(init=False)
    footer_marker: re.Pattern[str] = field(init=False)
    footer_words: tuple[str, ...] = field(init=False)
    boilerplate: tuple[re.Pattern[str], ...] = field(init=False)
    question: tuple[re.Pattern[str], ...] = field(init=False)
    answer: tuple[re.Pattern[str], ...] = field(init=False)
    label: re.Pattern[str] = field(init=False)
    title_then_name: re.Pattern[str] = field(init=False)
    title_name_finder: re.Pattern[str] = field(init=False)
    byline: re.Pattern[str] = field(init=False)
    reported: re.Pattern[str] = field(init=False)
    reported_lead: re.Pattern[str] = field(init=False)
    inline_speaker: re.Pattern[str] = field(init=False)
    enumeration: re.Pattern[str] = field(init=False)
    event_before: re.Pattern[str] = field(init=False)
    event_after: re.Pattern[str] = field(init=False)
    surnames: frozenset[str] = field(init=False)
    double_surnames: frozenset[str] = field(init=False)
    not_names: frozenset[str] = field(init=False)
    role_labels: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        d = self.data
        no_han_before = f"(?<!{_HAN_CLASS})"
        self.header_kw = re.compile(
            f"{no_han_before}(?:{alternation(d['header_keywords'])})[ ]{{0,3}}[:：]"
        )
        self.date_kw = re.compile(
            f"{no_han_before}(?:{alternation(d['date_keywords'])})[ ]{{0,3}}[:：]?[ ]{{0,3}}"
            f"(?={_FULL_DATE.pattern})"
        )
        self.breadcrumb = re.compile(d["breadcrumb_re"])
        self.chrome_words = tuple(d["page_chrome_words"])
        self.footer_marker = re.compile(d["footer_markers_re"])
        self.footer_words = tuple(d["footer_words"])
        self.boilerplate = tuple(re.compile(p) for p in d["boilerplate_line_re"])
        self.question = tuple(re.compile(p) for p in d["question_re"])
        self.answer = tuple(re.compile(p) for p in d["answer_re"])
        self.label = re.compile(r"^(?P<label>[^:：,，。!?;；\s“”\"]{2,30})[ ]{0,2}[:：]")
        titles = alternation(d["titles"])
        self.title_then_name = re.compile(f"(?:{titles})[ ]{{0,3}}(?P<name>{_HAN_CLASS}{{2,4}})$")
        self.byline = re.compile(
            f"^[^。!?,，:：;；]{{0,50}}?(?:{titles})[ ]{{0,3}}(?P<name>{_HAN_CLASS}{{2,4}})$"
        )
        self.reported = re.compile(f"^(?P<name>{_HAN_CLASS}{{2,4}}?){d['reported_answer_re']}")
        self.reported_lead = re.compile(
            f"^{d['reported_answer_re']}[^。!?\\n]{{0,80}}?时[,，]"
            f"(?P<name>{_HAN_CLASS}{{2,4}}?)(?:{alternation(d['speech_verbs'])})"
        )
        self.inline_speaker = re.compile(
            f"^(?P<name>{_HAN_CLASS}{{2,4}}?)(?:{alternation(d['speech_verbs'])})[,，:：]"
        )
        self.title_name_finder = re.compile(f"(?:{titles})[ ]{{0,2}}(?P<run>{_HAN_CLASS}{{2,4}})")
        self.enumeration = re.compile(d["enumeration_re"])
        verbs = alternation(d["event_verbs"])
        nouns = alternation(d["event_nouns"])
        self.event_before = re.compile(
            f"{_MONTH_DAY}[^。!?\\n]{{0,80}}?(?:{verbs})[^。!?\\n]{{0,40}}?(?:{nouns})"
        )
        self.event_after = re.compile(f"(?:{nouns})[^。!?\\n]{{0,20}}?于{_MONTH_DAY}")
        self.surnames = frozenset(d["surnames_single"])
        self.double_surnames = frozenset(d["surnames_double"])
        self.not_names = frozenset(d["not_names"])
        self.role_labels = tuple(sorted(d["role_labels"], key=len, reverse=True))

    @classmethod
    def from_file(cls, path: str | Path) -> StructureRules:
        """Load rules from a JSON lexicon file."""
        return cls(read_json(Path(path), LEXICON_FILE))

    @classmethod
    def default(cls) -> StructureRules:
        """The packaged rules (``lexicons/structure.json``), loaded once."""
        global _DEFAULT_RULES
        if _DEFAULT_RULES is None:
            _DEFAULT_RULES = cls.from_file(lexicon_path(LEXICON_FILE))
        return _DEFAULT_RULES

    def setting(self, name: str) -> int:
        """A numeric setting of the lexicon (``heading_max_len`` etc.)."""
        return int(self.data[name])

    # -- line tests ---------------------------------------------------------------

    def header_date(self, line: str) -> tuple[bool, date | None, bool]:
        """Classify a header line such as ``来源: xx | 发布日期: 2021-10-13 05:05``.

        Returns ``(is_header, date, keyed)``: whether the line is a header line, the
        publication date it states (the one after a date keyword, else the first date),
        and whether that date came after a date keyword.
        """
        if len(line) > self.setting("header_max_len"):
            return False, None, False
        kws = list(self.header_kw.finditer(line))
        dates = find_dates(line)
        keyed = None
        for m in self.date_kw.finditer(line):
            ds = find_dates(line[m.end() : m.end() + 30])
            if ds and ds[0][0] == 0:
                keyed = ds[0][2]
                break
        first = dates[0][2] if dates else None
        if keyed is not None:
            return True, keyed, True
        if dates and kws:
            return True, first, False
        if len(kws) >= 2:
            return True, None, False
        if dates and dates[0][0] <= 2:
            rest = _TIME.sub("", line[dates[0][1] :])
            if len(_HAN_RE.findall(rest)) < 4 and not any(c in _SENT_END for c in rest):
                return True, first, False
        if (
            len(kws) == 1
            and kws[0].start() <= 2
            and len(line) <= 40
            and not any(c in _SENT_END for c in line)
        ):
            return True, None, False
        return False, None, False

    def is_footer_marker(self, line: str) -> bool:
        """A short line that opens a page footer (``版权所有``, ``ICP备``, ``主办单位:``)."""
        return (
            len(line) <= self.setting("footer_marker_max_len")
            and "。" not in line
            and self.footer_marker.search(line) is not None
        )

    def is_chrome(self, line: str) -> bool:
        """Navigation, page chrome and one-line boilerplate (not the footer markers).

        A line without Han characters and digits (``EN``, ``|``) is chrome; so is a short
        line with two page-chrome words (``字号 … 打印``), one next to a ``|``/``【``/``[``
        separator, or one that the line starts with when it is very short (``扫一扫…``).
        """
        if not _HAN_RE.search(line) and not any(c.isdigit() for c in line):
            return True
        if len(line) >= self.data.get("statistics_line_min_len", 80) and any(
            c in _SENT_END for c in line
        ):
            return False  # a page flattened to one line: its text stays, cues and all
        if _DATED_LINK.search(line) and len(line) <= self.setting("page_chrome_max_len"):
            return True  # 全市破获电诈案件300起 2021-05-10: a related-news link
        if self.breadcrumb.search(line):
            return True
        seps = sum(line.count(c) for c in self.data["breadcrumb_separators"])
        if seps >= 2 and len(line) <= 80 and not any(c in _SENT_END for c in line):
            return True
        if len(line) <= self.setting("page_chrome_max_len"):
            found = [w for w in self.chrome_words if w in line]
            if len(found) >= 2 or (found and any(c in line for c in "|｜【[")):
                return True
            if len(line) <= self.setting("page_chrome_alone_len") and any(
                line.startswith(w) for w in found
            ):
                return True
        return any(p.search(line) for p in self.boilerplate)

    def is_related_marker(self, line: str) -> bool:
        """A short line that opens a list of related-news links (相关新闻, 推荐阅读 …)."""
        words = self.data.get("related_news_markers", [])
        return len(line) <= 20 and any(w in line for w in words)

    def is_footerish(self, line: str) -> bool:
        """A line that continues a copyright/ICP footer."""
        if self.is_footer_marker(line) or self.is_chrome(line):
            return True
        if len(line) <= self.setting("footer_short_len") and not any(c in "。!?" for c in line):
            return True
        return any(w in line for w in self.footer_words)

    def question_label(self, line: str) -> tuple[bool, str | None, int]:
        """``(True, asking label or None, end of the marker)`` when ``line`` opens a
        question turn (``问:``, ``问题一:``, ``北方新报记者:``); ``(False, None, 0)`` otherwise."""
        for p in self.question:
            m = p.match(line)
            if m:
                label = m.group().rstrip(":： ").strip("【】[] ")
                asker = (
                    label
                    if label not in {"问", "提问", "记者问"} and not label.startswith("问")
                    else None
                )
                return True, asker, m.end()
        return False, None, 0

    def is_answer_marker(self, line: str) -> bool:
        """True when ``line`` opens with ``答:``."""
        return any(p.match(line) for p in self.answer)

    def plausible_name(self, name: str) -> bool:
        """A 2-4 character Han string that starts with a surname and is no common word."""
        if not 2 <= len(name) <= 4 or name in self.not_names:
            return False
        if not all(_HAN_RE.match(c) for c in name):
            return False
        if name[:2] in self.double_surnames:
            return len(name) >= 3
        return name[0] in self.surnames and len(name) <= 3

    def is_heading(self, line: str) -> bool:
        """A short line without sentence punctuation (``三、下步工作``)."""
        return (
            len(line) <= self.setting("heading_max_len")
            and not any(c in _SENT_END for c in line)
            and line[-1] not in _CLOSE_PUNCT
            and len(_HAN_RE.findall(line)) >= 4
        )


_DEFAULT_RULES: StructureRules | None = None


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


def write_structure(doc: Doc, res: StructureResult) -> None:
    """Store ``res`` on ``doc._`` (title, dates, sections, skip ranges) and the sections in
    ``doc.spans["pressie_sections"]`` (label = kind)."""
    x = doc._
    x.pressie_title = res.title
    x.pressie_published = iso(res.published)
    x.pressie_event_date = iso(res.event_date)
    x.pressie_reference_date = iso(res.reference_date)
    set_models(doc, "pressie_sections", res.sections)
    x.pressie_skip = [[s, e] for s, e in res.skip]
    spans = []
    for sec in res.sections:
        span = doc.char_span(sec.start, sec.end, label=sec.kind, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["pressie_sections"] = spans


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


def _event_date(
    paras: Sequence[_Para], rules: StructureRules, published: date | None
) -> date | None:
    for p in paras:
        for pattern in (rules.event_before, rules.event_after):
            m = pattern.search(p.text)
            if not m:
                continue
            month, day = small_int(m.group("m")), small_int(m.group("d"))
            if month is None or day is None:
                continue
            if m.group("y"):
                d = _make_date(small_int(m.group("y")), month, day)
            elif published is not None:
                d = resolve_month_day(month, day, published)
            else:
                d = None
            if d is not None:
                return d
    return None


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

    # Title: the first substantial line; everything above it is navigation.
    title_idx: int | None = None
    first_content = 0
    for i, p in enumerate(paras[: rules.setting("title_search_paragraphs")]):
        if i in dup_at or rules.is_chrome(p.text) or rules.is_footer_marker(p.text):
            continue
        if rules.header_date(p.text)[0]:
            continue
        if len(_HAN_RE.findall(p.text)) < rules.setting("title_min_han"):
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

    build = _Builder(text)
    header_dates: list[tuple[int, date, bool]] = []  # (paragraph index, date, keyed)
    event_paras: list[_Para] = []
    first_body: int | None = None
    speaker: str | None = None
    in_answer = after_question = footer = related = False
    question_open: str | None = None  # asker of a question marker with no text yet
    i = 0
    while i < len(paras):
        p = paras[i]
        t = p.text
        if i in dup_at:
            last = dup_at[i]
            build.add("boilerplate", p.start, paras[last].end)
            speaker, in_answer, after_question, footer = None, False, False, False
            i = last + 1
            continue
        i += 1
        idx = i - 1
        if idx < first_content:
            build.add("boilerplate", p.start, p.end)
            is_header, hdate, keyed = rules.header_date(t)
            if hdate is not None:
                header_dates.append((idx, hdate, keyed))
            continue
        if idx == title_idx:
            build.add("heading", p.start, p.end)
            event_paras.append(p)
            continue
        if footer:
            if rules.is_footerish(t):
                build.add("boilerplate", p.start, p.end)
                continue
            footer = False
        if related:
            if len(t) <= rules.setting("page_chrome_max_len") and not any(
                c in _SENT_END for c in t
            ):
                build.add("boilerplate", p.start, p.end)
                continue
            related = False
        if rules.is_related_marker(t):
            related = True
            build.add("boilerplate", p.start, p.end)
            continue
        is_header, hdate, keyed = rules.header_date(t)
        if hdate is not None:
            header_dates.append((idx, hdate, keyed))
        if rules.is_footer_marker(t):
            footer = True
        if footer or is_header or rules.is_chrome(t):
            build.add("boilerplate", p.start, p.end)
            speaker, in_answer, after_question = None, False, False
            continue
        if first_body is None and len(t) >= 30:
            first_body = idx
        if len(event_paras) <= rules.setting("event_search_paragraphs"):
            event_paras.append(p)
        if question_open is not None and not rules.is_answer_marker(t):
            # the text of a question whose marker stood alone on the line before
            build.add("question", p.start, p.end, question_open or None)
            question_open = None
            continue
        question_open = None
        asked, asker, marker_end = rules.question_label(t)
        if asked:
            build.add("question", p.start, p.end, asker)
            speaker, in_answer, after_question = None, False, True
            if not t[marker_end:].strip(_SPACE):
                question_open = asker or ""
            continue
        if rules.is_answer_marker(t):
            speaker, in_answer, after_question = None, True, False
            build.add_split(p, "answer", None, rules)
            continue
        label = _speaker_label(t, rules, names)
        if label is not None:
            who, role, colon_end = label
            if not t[colon_end:].strip(_SPACE):
                build.add("speaker", p.start, p.end, who)
                speaker, in_answer = who, after_question or in_answer
                after_question = False
                continue
            if role == "person":  # a named turn inside a Q&A continues the answers
                in_answer = after_question or in_answer
            else:  # 发言人 answers a question; 主持人 never does
                in_answer = after_question and who != "主持人"
            speaker, after_question = who, False
            build.add_split(p, "answer" if in_answer else "body", speaker, rules)
            continue
        m = rules.reported.match(t) or rules.reported_lead.match(t)
        if m and names.known(m.group("name")):
            speaker, in_answer, after_question = m.group("name"), True, False
            build.add_split(p, "answer", speaker, rules)
            continue
        b = rules.byline.match(t)
        if b and rules.plausible_name(b.group("name")):
            speaker, in_answer, after_question = b.group("name"), False, False
            build.add("speaker", p.start, p.end, speaker)
            continue
        if rules.is_heading(t):
            if not rules.enumeration.match(t):
                speaker, in_answer = None, False
            after_question = False
            build.add("heading", p.start, p.end, speaker)
            continue
        answering = after_question  # an unlabelled paragraph right after a question answers it
        if answering:
            in_answer, after_question = True, False
        s = rules.inline_speaker.match(t)
        if s and names.titled(s.group("name")) and s.group("name") != speaker:
            if answering:  # 问:… / 韦志刚表示,…: the answer, reported
                speaker = s.group("name")
                build.add_split(p, "answer", speaker, rules)
                continue
            # 韦志刚表示,… after someone else's turn: a reported statement ends that turn.
            build.add_split(p, "body", s.group("name"), rules)
            speaker, in_answer = None, False
            continue
        build.add_split(p, "answer" if in_answer else "body", speaker, rules)

    result.sections = build.sections
    result.skip = _merge((s.start, s.end) for s in build.sections if s.kind == "boilerplate")
    result.published = (
        published
        if published is not None
        else _pick_published(header_dates, first_body, len(paras))
    )
    result.event_date = _event_date(event_paras, rules, result.published)
    result.reference_date = result.event_date or result.published
    return result


def _pick_published(
    header_dates: Sequence[tuple[int, date, bool]],
    first_body: int | None,
    n_paras: int,
) -> date | None:
    """Header dates before the body first; then a keyed header date anywhere; then a
    date-only line (a signature date such as ``二〇二一年一月八日``)."""
    head_end = first_body if first_body is not None else n_paras
    for idx, d, _keyed in header_dates:
        if idx < head_end:
            return d
    for _idx, d, keyed in header_dates:
        if keyed:
            return d
    for _idx, d, _keyed in header_dates:
        return d
    return None


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

    def __init__(self, lexicon: str | None = None) -> None:
        """Load the packaged lexicon, or the JSON file at ``lexicon`` when given."""
        self.rules = StructureRules.from_file(lexicon) if lexicon else StructureRules.default()

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` and return it."""
        published = doc_date(doc, "pressie_published")
        write_structure(doc, analyze_structure(doc_text(doc), published, self.rules))
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
    default_config={"lexicon": None},
    assigns=ASSIGNS["pressie_structure"],
    requires=REQUIRES["pressie_structure"],
)
def make_structure(nlp: Language, name: str, lexicon: str | None) -> StructureAnnotator:
    """spaCy factory for :class:`StructureAnnotator` (``lexicon``: optional JSON path)."""
    return StructureAnnotator(lexicon)
