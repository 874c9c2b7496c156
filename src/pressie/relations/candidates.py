"""Stage 1, candidates: the sentences, clauses and figures of a document, each figure
with its role.

:func:`sentence_work` takes the figures of one sentence and

* drops the non-facts (spec section 3): numbers inside a period expression, reward caps,
  plan counts, ranks (第N, 位居), thresholds (3人以上死亡, 18岁以下), durations that only frame
  a period, enumeration sums (在天津、成都、苏州三地) and counts that only locate;
* gives every other figure its role, ``value``, ``change`` or ``baseline`` (:mod:`.roles`);
* drops the counts that stand in the subject of another figure of their clause
  (全国27个地方公安机关共投入警力20万余人次).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Period, Quantity
from ..sentences import split_sentences
from .context import Context
from .lexicon import CLOSE, OPEN, RelationLexicon
from .patterns import _ENUM, _HAN, _PAREN, _RANGE_ENDS, _RANGE_NEXT


@dataclass(eq=False)
class Item:
    """One figure (quantity) of a sentence and what the stages found out about it."""

    q: Quantity
    role: str = "value"  # value | change | baseline | drop
    direction: str | None = None
    basis: str | None = None
    marker_pos: int | None = None  # where the change marker / verb starts
    base_period: Period | None = None
    to_level: bool = False
    changes: list[Item] = field(default_factory=list)
    baseline: Item | None = None
    metric: str = ""
    pieces: list[tuple[int, int]] = field(default_factory=list)
    scope: tuple[int, int] | None = None
    scope_own: bool = False  # the scope is this figure's alone (a compared area): not carried
    noun_after: bool = False
    verb: str | None = None
    subcount: bool = False
    owner: Item | None = None  # for change amounts attached to a value
    subject: tuple[int, int] | None = None  # change-only subject span
    subject_head: tuple[int, int] | None = None  # a head noun shared from the list's last
    subject_lead: tuple[int, int] | None = None  # an event noun shared from the list's first
    absorbs: Item | None = None  # a change written before a to-level value (…下降23.6%,降至…)
    unmarked: bool = False  # a change with no comparison word in its sentence (v1.1 basis)


@dataclass(eq=False)
class Sentence:
    """A sentence ``[start, end)`` of the working text and the number of its paragraph."""

    start: int
    end: int
    paragraph: int


@dataclass(eq=False)
class SentenceWork:
    """The figures of one sentence on their way through the sentence stages.

    ``kept`` are the figures left after the non-fact filter (subject counts included),
    ``live`` those left after the subject counts are dropped too, ``subjects`` the subject
    counts; all three in text order.
    """

    sent: Sentence
    clauses: list[tuple[int, int]]
    items: list[Item]
    kept: list[Item] = field(default_factory=list)
    kept_starts: list[int] = field(default_factory=list)
    live: list[Item] = field(default_factory=list)
    subjects: list[Item] = field(default_factory=list)
    live_starts: list[int] | None = None  # starts of ``live`` (None: no index usable)
    subject_starts: list[int] | None = None  # starts of ``subjects``

    def __post_init__(self) -> None:
        self.clause_starts = [c[0] for c in self.clauses]

    def clause_of(self, pos: int) -> tuple[int, int]:
        """The clause holding ``pos`` (the whole sentence when none does)."""
        # clauses are sorted and disjoint: only the last one starting at or before ``pos``
        # can hold it
        k = bisect_right(self.clause_starts, pos) - 1
        if k >= 0 and pos < self.clauses[k][1]:
            return self.clauses[k]
        return (self.sent.start, self.sent.end)


def sentences(text: str, given: Sequence[tuple[int, int]] | None) -> list[Sentence]:
    """The sentences of ``text`` (``given`` ones, else :func:`pressie.sentences.split_sentences`),
    numbered by paragraph (a line break between two sentences starts a new paragraph)."""
    if given:
        spans = sorted((s, e) for s, e in given if e > s)
    else:
        spans = split_sentences(text)
    out = []
    para = 0
    prev_end = 0
    for s, e in spans:
        if "\n" in text[prev_end:s + 1] or (s > 0 and text[s - 1] == "\n"):
            para += 1
        out.append(Sentence(s, e, para))
        prev_end = e
    return out


def _thousands_comma(text: str, i: int) -> bool:
    """True for the comma of a thousands-grouped number (1,400宗): it parts no clauses."""
    return (text[i] == "," and 0 < i and text[i - 1].isascii() and text[i - 1].isdigit()
            and text[i + 1:i + 4].isascii() and text[i + 1:i + 4].isdigit()
            and not text[i + 4:i + 5].isdigit())


def clauses(ctx: Context, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of a sentence: split at clause punctuation outside parentheses."""
    text = ctx.text
    out = []
    depth = 0
    cs = start
    opened_long = False
    for m in ctx.lex.clause_chars_re.finditer(text, start, end):
        i = m.start()
        ch = text[i]
        if ch in OPEN:
            if depth == 0 and _LONG_ASIDE.match(text, i + 1, end):
                # (与去年同期相比(2011年1—10月份,全州共发生火灾67起…,直接财产损失2386317元),…:
                # brackets holding clauses of figures of their own split like the sentence)
                opened_long = True
                if i > cs:
                    out.append((cs, i))
                cs = i + 1
                continue
            depth += 1
        elif ch in CLOSE:
            if depth == 0 and opened_long:
                opened_long = False
                if i > cs:
                    out.append((cs, i))
                cs = i + 1
                continue
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ctx.lex.clause_seps and not _thousands_comma(text, i):
            if i > cs:
                out.append((cs, i))
            cs = i + 1
    if end > cs:
        out.append((cs, end))
    if out and not any(c in text[start:end] for c in "，,。;；"):
        # a headline: spaces between words part its clauses (…成果发布 抓获犯罪嫌疑人23606人;
        # 正在阅读:…10.2万人次坚守岗位 全市…警情同比降5.7%)
        out = [piece for a, b in out for piece in _space_parts(text, a, b)]
    return out


#: a long aside in brackets: clauses of their own with figures (40 to 400 characters, a
#: comma and a digit before the bracket closes; bounded, so each bracket costs at most
#: a few hundred steps)
_LONG_ASIDE = re.compile(
    r"(?=[^()（）]{40,400}?[)）])(?=[^()（）,，]{0,400}[,，][^()（）]{0,400}?[0-9])")

#: a time unit after a count in 个 (三个多月, 两个多星期, 2个多小时): the count is a span
_SPAN_AFTER_GE = re.compile(r"多?(?:月|星期|礼拜|小时|钟头)")

#: characters before 前 that make it a time word (目前, 此前, 之前, 以前, 当前, 提前, 日前)
_NOT_RANK_FRONT = frozenset("目此之以当提日")

_HEADLINE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff”」）)])[ \u3000]+(?=[\u4e00-\u9fff“「（(])")


def _space_parts(text: str, a: int, b: int) -> list[tuple[int, int]]:
    parts = []
    for m in _HEADLINE_SPACE.finditer(text, a, b):
        parts.append((a, m.start()))
        a = m.end()
    parts.append((a, b))
    return parts


def sentence_work(ctx: Context, sent: Sentence, items: list[Item]) -> SentenceWork:
    """Stage 1 for one sentence: non-facts dropped, roles given, subject counts dropped."""
    from .roles import assign_role

    work = SentenceWork(sent, clauses(ctx, sent.start, sent.end), items)
    text = ctx.text
    prev: Item | None = None
    for it in items:
        cl = work.clause_of(it.q.start)
        if _drop_reason(ctx, text, it, prev, cl, sent.start):
            it.role = "drop"
        else:
            assign_role(ctx, it, prev, cl, sent)
        prev = it
    work.kept = [it for it in items if it.role != "drop"]
    work.kept_starts = [it.q.start for it in work.kept]
    # subject counts: a count before the verb of a clause whose figure follows
    for it in work.kept:
        if it.role == "value" and _in_subject(ctx, work, it, work.clause_of(it.q.start)):
            it.role = "drop"
            work.subjects.append(it)
    work.live = [it for it in work.kept if it.role != "drop"]
    return work


#: what follows a count of which the subject is one (7个省级反诈中心之一)
_ONE_OF = re.compile(r"[^0-9，,。;；、:：()（）]{0,16}?(?<!分)之一")  # (not 三分之一)


#: what follows the count of those a rank is among (38个|镇街中排名第一, 12个城市中位列第三)
_RANKED_AMONG = re.compile(
    r"[\u4e00-\u9fff、]{1,10}?(?<![集其空心])(?:之中|中)[,，]?"
    r"(?:排名|位列|名列|位居|居于|居|列|排在|排)(?:第|前|首|末|倒数)")


def _drop_reason(ctx: Context, text: str, it: Item, prev: Item | None,
                 clause: tuple[int, int], sent_start: int) -> str | None:
    """Why figure ``it`` is no fact (period, cap, plan, rank, threshold, duration,
    enumeration, locating), or None."""
    lex = ctx.lex
    q = it.q
    cs, ce = clause
    before = text[cs:q.start]
    after = text[q.end:ce]
    for p in ctx.periods_near(q.start, q.end):
        overlaps = (p.start or 0) < q.end and q.start < (p.end or 0)
        if overlaps and q.kind in ("duration", "count"):
            if q.unit in ("年", "月", "天", "日", "") or q.kind == "duration":
                return "period"
    if q.kind == "count" and q.text.endswith("个") and _SPAN_AFTER_GE.match(after):
        return "period"  # 经过三个多月的艰苦奋战 / 18个多月艰苦侦查: a span of time
    if lex.cap_re.search(before):
        return "cap"  # 单条线索奖励最高可达5万元
    if _plan_count(ctx, before, after, q) or _planned(ctx, text, q, sent_start):
        return "plan"  # 将重点抓好三项工作:一是… / 计划新建工作站50个
    rank = lex.rank_before_m.end(before)
    if rank == "前" and before[-2:-1] in _NOT_RANK_FRONT:
        rank = None  # 到目前2.7万条 / 此前3起: 前 of a time word, no rank
    if rank or q.text.startswith("第"):
        return "rank"
    if after.startswith(("位", "名")) and before.endswith("第"):
        return "rank"
    if q.unit == "位" and before.endswith(("列", "居")):
        return "rank"  # 柴桑区列23位
    if _RANKED_AMONG.match(after):
        return "rank"  # 在全市38个镇街中排名第一: the places a rank is among, no statistic
    if (q.kind == "count" and q.value is not None and q.value <= 10
            and (q.unit in lex.structural_units or q.unit == "组")
            and any(n in after[:6] and after.find(n) <= 4 for n in lex.summary_nouns)):
        return "summary"  # 三个明显成效 / 四项指数明显下降 / 七组数据: announces a summary
    if (q.kind == "count" and q.value is not None and q.value <= 10 and q.approx == "exact"
            and q.unit in lex.structural_units and after[:1] in _OPEN_QUOTES):
        return "summary"  # 实现了三个“第一次” / 九个“零发生”: a slogan's count, no statistic
    if q.kind == "count" and _example_count(lex, after):
        return "examples"  # 发布10起涉黑涉恶典型案例: the cases listed, no statistic
    if q.kind == "count" and _ONE_OF.match(after):
        return "one of"  # 成为全国首批建成的7个省级反诈中心之一: a rank among N, no statistic
    if (q.unit == "次" and after.startswith(lex.session_nouns)
            and any(m in before[-12:] for m in lex.session_marks)):
        return "name"  # 市第十六届人大四次会议: a congress's session
    w = lex.threshold_after_m.at(after)
    if w and len(after) > len(w) and _HAN.match(after[len(w)]) and after[len(w)] not in "的":
        return "threshold"
    if w and after[len(w):len(w) + 1] == "的":
        return "threshold"
    if after[:1] in _RANGE_NEXT and text[q.end - 2:q.end] in _RANGE_ENDS:
        return "threshold"  # a range: 处1000元以上2000元以下罚款
    if w and after[len(w):len(w) + 1] in _RANGE_NEXT:
        return "threshold"
    if (after.startswith("的") and len(after) > 1 and _HAN.match(after[1])
            and (lex.threshold_comparatives_m.end(before)
                 or lex.threshold_comparatives_m.at(text, q.start))):
        return "threshold"  # 未发生涉案金额超过1000万元的案件
    if lex.threshold_before_m.end(before):
        return "threshold"
    if (prev is not None and prev.role == "drop" and prev.q.end <= q.start
            and text[prev.q.end:q.start].strip() in ("、", "和", "或")):
        return "threshold"
    if q.kind == "duration" and after.startswith("的") and _HAN.match(after[1:2] or "-"):
        return "attribute"  # 抓获潜逃12年的逃犯: a noun's attribute (…37年之久的 is measured)
    if q.kind == "duration":
        window = before[-8:]
        if not any(c in window for c in lex.duration_cues) and not after.startswith("之久"):
            return "duration"
    if _enumeration_sum(before, after, q):
        return "enumeration"
    if q.kind == "count" and _locating_count(ctx, before, after):
        return "locating"
    return None


#: quotation marks that open a slogan or a named term (三个“第一次”)
_OPEN_QUOTES = frozenset("“\"「『")


def _example_count(lex: RelationLexicon, after: str) -> bool:
    """True when the noun written after a count is one of ``example_nouns`` (典型案例),
    with at most 10 modifier characters and no figure between."""
    for n in lex.example_nouns:
        k = after.find(n, 0, 10 + len(n))
        if k >= 0 and not any(ch.isdigit() for ch in after[:k]):
            # (48个案件入选全国典型案例: cases chosen as examples elsewhere, an
            # achievement counted, not the examples a release lists)
            return not _SELECTED.search(after, 0, k)
    return False


#: a count's noun chosen as an example by others (案件入选…, 被评为…)
_SELECTED = re.compile(r"入选|被评为|获评|评为")


#: bodies of the places counted before them (14个市的公安消防部门): the places locate them
_BODY_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,4}?(?:公安|部门|机关|法院|检察院|政府|党委|警方|交警|派出所)")


def _locating_count(ctx: Context, before: str, after: str) -> bool:
    """A count of places that only locates other figures: 涉案的八个村的群众 (count + place
    noun between two 的-modifiers), 深入全县21个乡镇(场),开展… (a locating verb, the place
    noun ends the clause)."""
    lex = ctx.lex
    w = lex.place_nouns_m.at(after)
    if not w:
        return False
    rest = after[len(w):]
    own = lex.national_own_m.end(before)  # (全省, 全国… right before the count)
    if rest.startswith("的") and (before.endswith("的") or (
            own and _BODY_AFTER.match(rest, 1))):
        # inside a noun phrase: 涉案的八个村的群众, 全省14个市的公安消防部门 (but 全国20多个
        # 省区市的毒品…渗透 counts the provinces)
        return True
    if own and before[:-len(own)].endswith("对") and lex.verb_at(rest, 0):
        return True  # the object an action is done to: 对全省14个市开展…督导检查
    rest = _PAREN.sub("", rest).strip()
    return not rest and any(v in before[-12:] for v in lex.locating_verbs)


def _plan_count(ctx: Context, before: str, after: str, q: Quantity) -> bool:
    """A structural count in a plan: 将(重点)抓好三项工作 — a future marker followed by a
    verb before a small count of 项/个/条/方面 that announces a list (…工作:一是)."""
    lex = ctx.lex
    if q.kind != "count" or q.unit not in lex.structural_units or q.value > 10:
        return False
    for m in lex.future_markers:
        k = before.rfind(m)
        if k < 0:
            continue
        rest = before[k + len(m):]
        if rest and not any(ch.isdigit() for ch in rest) and lex.first_verb(rest[:6]):
            return True
    return False


def _planned(ctx: Context, text: str, q: Quantity, sent_start: int) -> bool:
    """A figure in a plan or target: a plan marker (计划, 拟, 力争) earlier in its sentence
    with no blocker (已, 累计) between — 计划在全市新建社区反诈工作站50个, 并对5个地级市的
    重点物流园区实行全覆盖检查."""
    lo = max(sent_start, q.start - 60)
    if lo >= q.start:
        return False
    before = text[lo:q.start]
    lex = ctx.lex
    for m in lex.plan_markers:
        k = before.rfind(m)
        if k < 0 or (k > 0 and before[k - 1] in lex.plan_not_after):
            continue
        if ctx.bounds is not None and not ctx.bounds.at(lo + k):
            continue
        rest = before[k + len(m):]
        if any(b in rest for b in lex.plan_blockers):
            continue
        if lex.first_verb(rest[:10]) is not None:
            return True
    return False


def _enumeration_sum(before: str, after: str, q: Quantity) -> bool:
    """在天津、成都、苏州三地: a count that sums the list written before it (not one that
    ends its clause: 查封售假、制假窝点2个。 counts the dens)."""
    if q.approx != "exact" or q.value != int(q.value) or not 2 <= q.value <= 20:
        return False
    if not after.strip():
        return False
    if before.endswith(("等", "”", '"', "的")):
        return False
    m = _ENUM.search(before[-80:])
    if not m:
        return False
    items = re.split(r"[、,]|和|及", m.group())
    if any(_COUNTED_ITEM.search(item) for item in items):
        return False  # 气枪二支、管制刀具二把: the items are counted, the figure is one of them
    return len(items) == int(q.value)


#: a list item that ends with its own count (气枪二支)
_COUNTED_ITEM = re.compile(
    r"[0-9零〇一二两三四五六七八九十百千万]{1,6}[支把发件起人名辆个只头枚颗条部台套处家宗张克吨]$")


def _in_subject(ctx: Context, work: SentenceWork, it: Item, clause: tuple[int, int]) -> bool:
    """``全国27个地方公安机关共投入警力20万余人次``: 27个 stands in the subject."""
    q = it.q
    cs, ce = clause
    if q.kind not in ("count",):
        return False
    text = ctx.text
    head = strip_period_text(ctx, cs, q.start)
    if ctx.lex.first_verb(head):
        return False
    nxt = None
    # ``kept`` is in text order: the first item starting at q.end or later
    for o in work.kept[bisect_left(work.kept_starts, q.end):]:
        if o is not it:
            if o.q.start < ce:
                nxt = o
            break
    if nxt is None:
        return False
    between = text[q.end:nxt.q.start]
    if not between or not (_HAN.match(between[0]) or between[0] in "“\""):
        return False
    if rate_suffix(ctx, q.end, nxt.q.start) is not None:
        return False  # 5824名目标在逃人员到案率99%
    if any(ch in between for ch in ",，;；"):
        return False
    if between.endswith(_LIST_GLUE):
        return False  # (对10名公诉案件被告人、16名自诉案件被告人宣告无罪: items of one list)
    if ctx.lex.first_verb(between, 0, ctx.bounds, q.end) is not None:
        return True
    # 全市6条高速进出总流量368.1万辆: the figure after measures what the count locates
    # (…6条高速公路车流量达到了179万台次, …总流量约达368.1万辆: copulas and qualifiers of
    # any length and order before the figure)
    return _strip_measure_tail(between).endswith(ctx.lex.measure_ends)


#: what joins a list's items (an item ends with it)
_LIST_GLUE = ("、", "和", "及")
#: what may stand between a measured noun and its figure (共计, 达到了, 约), longest first
_MEASURE_TAIL_WORDS = ("达到了", "共计", "总计", "合计", "累计", "高达", "达到", "达了", "超过",
                       "突破", "共", "达", "为", "是", "约", "近")


def _strip_measure_tail(between: str) -> str:
    """``between`` without the run of :data:`_MEASURE_TAIL_WORDS` that ends it."""
    changed = True
    while changed and between:
        changed = False
        for w in _MEASURE_TAIL_WORDS:
            if between.endswith(w):
                between = between[: -len(w)]
                changed = True
                break
    return between


def strip_period_text(ctx: Context, s: int, e: int) -> str:
    """``text[s:e]`` without the period expressions in it (and without spaces)."""
    text = ctx.text
    chars: list[str] | None = None
    for p in ctx.periods_near(s, e):
        ps, pe = p.start or 0, p.end or 0
        if pe <= s or ps >= e:
            continue
        if chars is None:
            chars = list(text[s:e])
        for k in range(max(ps, s), min(pe, e)):
            chars[k - s] = " "
    if chars is None:
        return text[s:e].replace(" ", "")
    return "".join(chars).replace(" ", "")


def rate_suffix(ctx: Context, a: int, b: int) -> int | None:
    """Start of a rate noun ending ``text[a:b]`` (到案率 in 5824名目标在逃人员到案率), or None."""
    text = ctx.text
    seg = text[a:b]
    if not seg or not all(_HAN.match(c) for c in seg):
        return None
    for suf in ctx.lex.rate_suffixes:
        if seg.endswith(suf):
            # take the rate noun as the last 2-3 characters before the suffix (到案率)
            k = len(seg) - len(suf)
            start = max(0, k - 2)
            if start <= 0:
                return None
            return a + start
    return None
