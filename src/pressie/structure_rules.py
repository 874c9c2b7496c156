"""Date patterns and the compiled rules of the structure pass (``lexicons/structure.json``).

Split out of :mod:`pressie.structure`, which re-exports every public name here
(:class:`StructureRules`, :func:`find_dates`, :func:`parse_full_date`,
:func:`resolve_month_day`, ``LEXICON_FILE``), so imports from there keep working.

Every regex has bounded repetition and runs over single lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

try:  # the regular-expression parser (required_chars)
    from re import _parser as _sre_parse  # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre_parse  # type: ignore[no-redef]

from .lexicon_schema import read_json
from .numerals import small_int
from .resources import alternation, lexicon_path

LEXICON_FILE = "structure.json"

#: the marks that open a numbered heading, by level: 一、 (2), (一) (3), 1. (4); read by the
#: period sections (:mod:`pressie.periods.index`) and by the changes a heading names
HEADING_MARKS = (
    (2, r"[一二三四五六七八九十]{1,3}、"),
    (3, r"[(（][一二三四五六七八九十]{1,3}[)）]"),
    (4, r"[0-9]{1,2}[.、．](?![0-9])"),
)

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
#: a page header's day-first date (08.10.2015 09:25: a news system's 8 October 2015)
_DMY_DATE = re.compile(
    r"(?<![0-9.])(?P<d>[0-3][0-9])\.(?P<m>[01][0-9])\.(?P<y>(?:19|20)[0-9]{2})(?![0-9.])")
_MONTH_DAY = rf"(?<![0-9])(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]"
#: the part of :data:`_MONTH_DAY` that every match of it holds (月, a day, 日/号): a line
#: without it cannot match a pattern built on it (one cheap search, starting at a literal,
#: instead of three patterns tried at every position)
MONTH_DAY_CORE = re.compile(rf"月(?:{_DAY})[日号]")
#: characters after which a bare 10日 is a length of time or another count's day, no date
#: (拘留10日, 连续10日, 每月10日, 于21日, 由20日缩短…): shared by the lead's announced day
#: and the periods' bare day of a subject (``day_mid``)
NOT_BARE_DAY_AFTER = "续历留期近用了第每个余逾共计达约仅满长超至到和、或及前后为于者由从比较月自"
_TIME = re.compile(r"[0-9]{1,2}[:：][0-9]{2}(?:[:：][0-9]{2})?")
# the parser's node kinds read by required_chars (ATOMIC_GROUP, POSSESSIVE_REPEAT: 3.11+)
_P = _sre_parse
_ATOMIC_GROUP = getattr(_P, "ATOMIC_GROUP", None)
_REPEATS = tuple(
    op for op in (_P.MAX_REPEAT, _P.MIN_REPEAT, getattr(_P, "POSSESSIVE_REPEAT", None))
    if op is not None
)


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
    if "." in text:
        for m in _DMY_DATE.finditer(text):
            d = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d is not None:
                out.append((m.start(), m.end(), d))
        out.sort()
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
    news_byline: tuple[re.Pattern[str], ...] = field(init=False)
    reported: re.Pattern[str] = field(init=False)
    reported_lead: re.Pattern[str] = field(init=False)
    inline_speaker: re.Pattern[str] = field(init=False)
    enumeration: re.Pattern[str] = field(init=False)
    event_before: re.Pattern[str] = field(init=False)
    event_noun_first: re.Pattern[str] = field(init=False)
    event_after: re.Pattern[str] = field(init=False)
    event_speech: re.Pattern[str] = field(init=False)
    news_dateline: re.Pattern[str] = field(init=False)
    announce_day: re.Pattern[str] = field(init=False)
    announce_verb: re.Pattern[str] = field(init=False)
    outlet_day: re.Pattern[str] = field(init=False)
    past_day: re.Pattern[str] = field(init=False)
    relative_days: dict[str, int] = field(init=False)
    announce_not_between: tuple[str, ...] = field(init=False)
    news_dateline_chars: frozenset[str] = field(init=False)
    surnames: frozenset[str] = field(init=False)
    min_han: re.Pattern[str] = field(init=False)
    double_surnames: frozenset[str] = field(init=False)
    not_names: frozenset[str] = field(init=False)
    role_labels: tuple[str, ...] = field(init=False)
    placeholder_dates: frozenset[date] = field(init=False)

    def __post_init__(self) -> None:
        d = self.data
        self.placeholder_dates = frozenset(
            date.fromisoformat(x) for x in d.get("placeholder_dates", [])
        )
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
        self.news_byline = tuple(re.compile(p) for p in d.get("news_byline_re", []))
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
        # 9月25日,…新闻发布会在…召开: the noun before its verb (召开/举行/举办 only, since
        # a bare 作 stands inside 工作)
        self.event_noun_first = re.compile(
            f"{_MONTH_DAY}[^。!?\\n]{{0,80}}?(?:{nouns})[^。!?\\n]{{0,40}}?"
            f"(?:{alternation(d['event_verbs_after_noun'])})"
        )
        self.event_after = re.compile(f"(?:{nouns})[^。!?\\n]{{0,20}}?于{_MONTH_DAY}")
        # ——2018年7月23日在…常务委员会第四次会议上 (also without the dash, at a line's
        # head or after the report's title; or a title block's line 2010年1月20日在江山市 whose
        # meeting follows on the next line): the day a report was delivered or heard
        self.event_speech = re.compile(
            f"(?:^[ \\u3000]*(?:[—－-]{{1,2}} ?)?|报告[ \\u3000]*)"
            f"{_MONTH_DAY}[,，]?在(?:[^。!?\\n]{{0,60}}?会议?上|[^。!?\\n,，]{{0,20}}$)"
        )
        self.news_dateline = re.compile(d["news_dateline_re"])
        # the lead's day of an announcement: 昨日 / 24日 / 5月31日 (not 12日电, a dateline; not
        # 2月9日至15日 or 3月1日起, a period's bounds)
        self.relative_days = {k: int(v) for k, v in d["relative_days"].items()}
        self.announce_day = re.compile(
            f"(?:(?P<rel>{alternation(self.relative_days)})"
            f"|(?<![0-9])(?:(?P<y>{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]"
            # (a bare day, not a length of time: 拘留10日, 连续15日, 每月10日)
            f"|(?<![0-9年号日{NOT_BARE_DAY_AFTER}])"
            f"(?P<d2>[0-9]{{1,2}})日)"
            f"(?![电讯至到起]|消息)"
        )
        # (a reporter's 获悉 counts only from an event: 在…新闻发布会上获悉)
        self.announce_verb = re.compile(
            f"{alternation(d['announce_verbs'])}"
            f"|(?:{nouns})[^。!?\\n]*?(?:{alternation(d['announce_learned_verbs'])})"
        )
        self.announce_not_between = tuple(d["announce_not_between"])
        # a day the text reports as past: 截至10月13日, the start of 8月10日至15日
        self.past_day = re.compile(
            f"(?:截至|截止)(?:到)?(?:(?:{_YEAR})年)?(?P<m>{_MONTH})月(?P<d>{_DAY})[日号]"
            f"|(?<![0-9])(?P<m2>{_MONTH})月(?P<d2>{_DAY})[日号](?:[上下]午|晚上?)?(?:至|到|[-—~])"
        )
        self.outlet_day = re.compile(f"(?<![0-9])(?P<m>{_MONTH})月(?P<d>{_DAY})日(?:电|讯)")
        self.news_dateline_chars = required_chars(self.news_dateline)
        self.surnames = frozenset(d["surnames_single"])
        # matches at the start of a line with at least title_min_han Han characters, and
        # stops at the last one it needs instead of counting all (linear: the two classes
        # are disjoint, so a failing match gives back each run of other characters once)
        self.min_han = re.compile(
            f"(?:[^{_HAN}]*[{_HAN}]){{{int(d['title_min_han'])}}}", re.DOTALL
        )
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
        # (更新时间:1970-01-01 08:00:00: a content system's empty date, the Unix epoch)
        dates = [d for d in find_dates(line) if d[2] not in self.placeholder_dates]
        keyed = None
        for m in self.date_kw.finditer(line):
            ds = find_dates(line[m.end() : m.end() + 30])
            if ds and ds[0][0] == 0 and ds[0][2] not in self.placeholder_dates:
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
        if len(line) <= self.setting("page_chrome_max_len") and _DATED_LINK.search(line):
            return True  # 全市破获电诈案件300起 2021-05-10: a related-news link
        if self.breadcrumb.search(line):
            return True
        if self.is_menu(line):
            return True
        seps = sum(line.count(c) for c in self.data["breadcrumb_separators"])
        if seps >= 2 and len(line) <= 80 and not any(c in _SENT_END for c in line):
            return True
        if len(line) <= self.setting("page_chrome_max_len") and not (
                any(c in _SENT_END for c in line) and any(c.isdigit() for c in line)):
            # (今天是人民警察节,…全市今年共破获刑事案件1200起。: a sentence with figures is
            # text, whatever chrome word it holds)
            found = [w for w in self.chrome_words if w in line]
            if len(found) >= 2 or (found and any(c in line for c in "|｜【[")):
                return True
            if len(line) <= self.setting("page_chrome_alone_len") and any(
                line.startswith(w) for w in found
            ):
                return True
        return any(p.search(line) for p in self.boilerplate)

    def is_menu(self, line: str) -> bool:
        """A navigation menu: items cut by ``|``/``｜``, short, without digits, no sentence
        end."""
        if "|" not in line and "｜" not in line or any(c in _SENT_END for c in line):
            return False
        items = [w.strip() for w in line.replace("｜", "|").split("|")]
        items = [w for w in items if w]
        # (a row of figures, 刑事案件| 120起| 同比下降5%, is a table, not a menu)
        return (len(items) >= self.setting("menu_min_items")
                and all(len(w) <= self.setting("menu_item_max_len")
                        and not any(c.isdigit() for c in w) for w in items))

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


def required_chars(pattern: re.Pattern[str]) -> frozenset[str]:
    """Characters that every match of ``pattern`` contains: a string that lacks one of
    them holds no match, so a search can be skipped after a few ``in`` tests.

    Read from the parsed pattern: a literal outside any optional part, what every branch
    of an alternation requires, a repeat's body when it repeats at least once.  Character
    classes, lookarounds and back references add nothing, and a case-insensitive pattern
    (or part) requires nothing, so the set is never more than what a match needs.
    """
    if pattern.flags & re.IGNORECASE:
        return frozenset()
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    return frozenset(chr(c) for c in _required(parsed))


def _required(items: Any) -> set[int]:
    need: set[int] = set()
    for op, av in items:
        if op is _P.LITERAL:
            need.add(av)
        elif op is _P.IN and len(av) == 1 and av[0][0] is _P.LITERAL:
            need.add(av[0][1])
        elif op is _P.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            if not add_flags & re.IGNORECASE:
                need |= _required(body)
        elif op is _ATOMIC_GROUP:
            need |= _required(av)
        elif op is _P.BRANCH:
            branches = [_required(b) for b in av[1]]
            need |= set.intersection(*branches) if branches else set()
        elif op in _REPEATS and av[0] >= 1:
            need |= _required(av[2])
    return need
