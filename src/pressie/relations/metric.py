"""Stage 2, metric (spec section 4): what each value figure counts, as written.

The words between the previous figure of the clause and the number, without period
expressions, connectives (其中, 同时), fillers and trailers (达, 为, 共计); then

* the scope before the first verb is cut off (:func:`.scope.left_scope`);
* a total-filler before a verb, a 在-adverbial or a helper verb with a body as object open
  the predicate (:func:`_predicate_start`);
* a noun after the number joins the verb (共打掉3644个涉黑组织 -> 打掉涉黑组织), a rate noun
  gets its own figure, a coordinated list shares its verb, a copula-only clause takes the
  previous clause's subject, a bare verb takes its object from an earlier clause;
* levels listed after 分别 take one coordinated subject each.

:func:`sentence_metrics` runs the stage on one sentence; :func:`left_pieces` is also used by
the change stage for the subjects of change-only facts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from .candidates import Item, SentenceWork, rate_suffix, strip_period_text
from .context import Context
from .lexicon import CLOSE, OPEN
from .patterns import _HAN, _HAN_RUN, _SENT_END, LIST_GAPS
from .scope import GRADED_BY, body_entity_at, left_scope, opening_scope, scope_like


def _distribute_levels(ctx: Context, text: str, live: list[Item],
                       clause_of: Callable[[int], tuple[int, int]]) -> None:
    """Levels listed after 分别 take one coordinated subject each: 头盔佩戴率和安全带使用率
    分别达到91.4%和95.7% -> 头盔佩戴率 91.4%, 安全带使用率 95.7%.

    Only when the subject splits at 、/和/及 into as many parts as there are levels; a head
    noun written once after the last part is shared (“A”类和“B”类案件 -> A类案件, B类案件).
    """
    lex = ctx.lex
    k = 0
    while k < len(live):
        first = live[k]
        if first.role != "value" or not first.pieces:
            k += 1
            continue
        cs, _ce = clause_of(first.q.start)
        head = text[max(cs, first.q.start - 6):first.q.start]
        distributed = False
        while head and not distributed:  # 分别 + trailers (为, 达到 …) before the number
            distributed = head.endswith("分别")
            w = lex.trailers_m.end(head) or lex.to_level_m.end(head)  # (分别提高到99.4%)
            if not w:
                break
            distributed = distributed or w.startswith("分别")
            head = head[:-len(w)]
        if not distributed:
            # 分别占全省总数的75%和74%: 分别 before the share's whole
            distributed = _SHARES_EACH.search(text, max(cs, first.q.start - 20),
                                              first.q.start) is not None
        if not distributed and k + 1 < len(live):
            # 发起部级、省级集群案件23起、35起: a 、-list of figures right after a 、-list
            # subject of the same length, without 分别
            nxt = live[k + 1]
            pa, pb = first.pieces[-1]
            distributed = (text[first.q.end:nxt.q.start] == "、" and nxt.q.unit == first.q.unit
                           and nxt.role in ("value", "drop") and "、" in text[pa:pb])
        if not distributed:
            k += 1
            continue
        group = [first]
        j = k + 1
        while (j < len(live) and live[j].role in ("value", "drop") and not live[j].changes
               and text[group[-1].q.end:live[j].q.start] in lex.list_seps):
            group.append(live[j])
            j += 1
        if len(group) < 2:
            k += 1
            continue
        a, b = first.pieces[-1]
        shared: list[tuple[int, int]] = []
        each = text.find("分别占", a, b)
        if each > a:
            # 盗窃罪、诈骗罪分别占整体罪案的46%、21.4%: the share's whole after 分别 is
            # every part's (盗窃罪占整体罪案, 诈骗罪占整体罪案)
            shared, b = [(each + len("分别"), b)], each
        parts = split_subject(text, (a, b), len(group), ctx.lex.bound_conjunctions)
        quoted = _quoted_parts(text, (a, b), len(group)) if len(parts) != len(group) else None
        if quoted is not None:
            # 以“保健品”“养老项目投资”为幌子的案件分别为三十一起和二十四起: one name each
            per_item = quoted
        elif len(parts) == len(group) and (tail := _places_tail(ctx, text, parts)):
            # 罗湖、福田、皇岗口岸日均出入境人员分别为23万人次、…: the places are the
            # subjects, what each counts is the noun after their facility word
            per_item = [[tail]] * len(group)
        elif len(parts) == len(group):
            per_item = _share_head(ctx, text, parts)
            verb = lex.verb_at(text, a, ctx.bounds)
            if verb and parts[0][1] - a > len(verb) and not lex.verb_at(text, parts[1][0],
                                                                     ctx.bounds):
                # 发起部级、省级集群案件: the verb of the first part opens the others too
                vp = (a, a + len(verb))
                per_item = [per_item[0]] + [[vp] + p for p in per_item[1:]]
        else:
            _undivided(text, live[:k], group)
            k = j
            continue
        lead, scope, verb = first.pieces[:-1], first.scope, first.verb
        for it, part in zip(group, per_item):
            _make_level(it, lead + part + shared, ctx.join(lead + part + shared), scope, verb)
        k = j


#: names in quotes written side by side (“保健品”“养老项目投资”)
_QUOTED_RUN = re.compile(r"(?:“[^“”]{1,12}”){2,}")
_QUOTED_NAME = re.compile(r"“[^“”]{1,12}”")


def _quoted_parts(text: str, span: tuple[int, int], n: int
                  ) -> list[list[tuple[int, int]]] | None:
    """The pieces of ``span`` once for each of its ``n`` quoted names written side by side,
    with what stands before and after the run (以|“保健品”|为幌子的案件), else None."""
    a, b = span
    run = _QUOTED_RUN.search(text, a, b)
    if run is None:
        return None
    names = [m.span() for m in _QUOTED_NAME.finditer(text, run.start(), run.end())]
    if len(names) != n:
        return None
    before = [(a, run.start())] if run.start() > a else []
    after = [(run.end(), b)] if b > run.end() else []
    return [before + [name] + after for name in names]


#: 分别占…的 right before a share (分别占全省总数的75%和74%)
_SHARES_EACH = re.compile(r"分别占[^,，;；。、0-9]{0,12}$")


def _undivided(text: str, before: list[Item], group: list[Item]) -> None:
    """Levels listed after 分别 whose subject does not split into one part each: shares
    (…520起,…844名,分别占全省总数的75%和74%) are those of the values listed before them,
    one each in order; other levels (两类案件分别为75起和74起) keep the first's metric
    rather than being lost."""
    first = group[0]
    prevs = [v for v in before if v.role == "value" and v.metric]
    if first.metric.startswith("占") and len(prevs) >= len(group):
        share, share_pieces, scope = first.metric, list(first.pieces), first.scope
        whole = _SHARES_EACH.search(text, max(0, first.q.start - 20), first.q.start)
        if _SHARE_ONLY.fullmatch(share) and whole is not None:
            # (分别占全年的60.2%、65%: the whole is a period, only 占 is left: 占全年)
            a = whole.start() + len("分别")
            b = whole.start() + len(whole.group().rstrip("的"))
            share, share_pieces = text[a:b], [(a, b)]
        for it, pv in zip(group, prevs[-len(group):]):
            _make_level(it, list(pv.pieces) + share_pieces, pv.metric + share, scope, pv.verb)
        return
    for it in group[1:]:
        if it.role == "drop" or not it.metric:
            _make_level(it, list(first.pieces), first.metric, first.scope, first.verb)


def _make_level(it: Item, pieces: list[tuple[int, int]], metric: str,
                scope: tuple[int, int] | None, verb: str | None) -> None:
    """Make ``it`` a value with these metric pieces, metric, scope and verb."""
    it.pieces = pieces
    it.metric = metric
    it.role = "value"
    it.scope = scope
    it.verb = verb


#: the longest a listed place's name runs (深圳湾, 西九龙站)
_PLACE_NAME_MAX = 5


def _places_tail(ctx: Context, text: str, parts: list[tuple[int, int]]
                 ) -> tuple[int, int] | None:
    """The noun the listed places share when the list names places (short names, the last
    one with a facility word: 罗湖、福田、皇岗口岸日均出入境人员 -> 日均出入境人员), else None.
    Each figure's metric is that noun alone, as the golds write it; the places themselves
    are left out of the facts."""
    if any(not 1 < pb - pa <= _PLACE_NAME_MAX or not _HAN_RUN.fullmatch(text, pa, pb)
           for pa, pb in parts[:-1]):
        return None
    la, lb = parts[-1]
    last = text[la:lb]
    for word in ctx.lex.place_facilities:
        k = last.find(word, 1, _PLACE_NAME_MAX + len(word) + 1)
        if k > 0 and lb - (la + k + len(word)) >= 2:
            return (la + k + len(word), lb)
    return None



def _share_head(ctx: Context, text: str, parts: list[tuple[int, int]]
                ) -> list[list[tuple[int, int]]]:
    """Pieces of each coordinated part, the last part's head noun shared by parts that
    end in a classifier (“游戏装备交易”类 + 案件 of “刷单返利”类案件)."""
    la, lb = parts[-1]
    out: list[list[tuple[int, int]]] = []
    for pa, pb in parts[:-1]:
        mark = text[pb - 1]
        k = text.rfind(mark, la, lb - 1) if mark in "类型种级" else -1
        out.append([(pa, pb), (k + 1, lb)] if k >= 0 else [(pa, pb)])
    out.append([(la, lb)])
    return out


def sentence_metrics(ctx: Context, work: SentenceWork, scope: tuple[int, int] | None
                     ) -> tuple[int, int] | None:
    """Stage 2 for one sentence: the metric, scope span and verb of every value figure.

    ``scope`` is the scope carried into the sentence; returns the scope carried out of it.
    A value whose metric comes out empty is dropped.
    """
    sent = work.sent
    live = work.live
    # a body opening the sentence in a clause without figures is the sentence's scope:
    # 宝鸡市公安局成功侦破…案,共抓获犯罪嫌疑人87名
    first = min((it.q.start for it in live), default=sent.end)
    opening = opening_scope(ctx, work.clauses, first)
    if opening is not None:
        scope = opening
    if all(o.q.end >= o.q.start for o in live + work.subjects):
        work.live_starts = [o.q.start for o in live]
        work.subject_starts = [o.q.start for o in work.subjects]
    prev_value: Item | None = None
    for it in live:
        if it.role != "value":
            continue
        _metric(ctx, work, it, work.clause_of(it.q.start), prev_value)
        if it.metric and prev_value is not None:
            _share_list_with(ctx, it, prev_value)
        if not it.metric and prev_value is not None:
            _pair_with(ctx, it, prev_value)
        if not it.metric and prev_value is not None:
            _series_with(ctx, it, prev_value)
        if not it.metric and prev_value is not None:
            _dated_level_with(ctx, work, it, prev_value)
        if not it.metric:
            _breakdown_of(ctx, work, it)
        if not it.metric:
            _bracketed_after_place(ctx, it)
        if it.metric:
            if not it.scope_own:  # (高于全国的93.49%: no scope of what follows)
                if it.scope is not None:
                    scope = it.scope
                it.scope = scope
            prev_value = it
        else:
            it.role = "drop"
    if (ctx.text.find("分别", sent.start, sent.end) >= 0
            or ctx.text.find("、", sent.start, sent.end) >= 0):
        _distribute_levels(ctx, ctx.text, live, work.clause_of)
    return scope


#: verbs that are also the head noun of an object (涉黑组织): not an item's own verb when
#: they end it
_NOUN_VERBS = frozenset({"组织"})


def _has_verb(lex: Any, metric: str) -> bool:
    """True when ``metric`` has a verb of its own (为群众挽回损失, 紧急止付涉案资金): a list's
    shared verb is then not carried onto it.  A verb that ends the item as its head noun
    (涉黑组织) does not count."""
    for i in range(len(metric)):
        v = lex.verb_at(metric, i)
        if v and not (v in _NOUN_VERBS and i + len(v) == len(metric)):
            return True
    return False


def _share_list_with(ctx: Context, it: Item, prev: Item) -> None:
    """A share listed right after another share with only its whole (…APP安装人数占全省60%、
    全国33%, 占全省60%、占全国33%): it is the share of what the one before measures, in
    that whole (APP安装人数占全国)."""
    text = ctx.text
    if (it.q.kind != "percent" or prev.q.kind != "percent" or len(it.pieces) != 1
            or len(prev.pieces) < 1 or prev.pieces[-1][1] != prev.q.start):
        return
    a, b = it.pieces[0]
    if (text[prev.q.end:a] != "、" or b != it.q.start or not 1 <= b - a <= 8
            or _has_verb(ctx.lex, text[a:b].lstrip("占"))):
        return
    pa, pb = prev.pieces[-1]
    at = text.rfind("占", pa, pb)
    if at < 0 or "占" in text[a + 1:b] or (at == pa and len(prev.pieces) == 1):
        return
    head = [*prev.pieces[:-1], (pa, at)] if at > pa else list(prev.pieces[:-1])
    whole = (a, b) if text[a] == "占" else None
    pieces = [*head, whole] if whole else [*head, (at, at + 1), (a, b)]
    _counts_as(it, prev, pieces, ctx.join(pieces))


def _counts_as(it: Item, src: Item, pieces: list[tuple[int, int]] | None = None,
               metric: str | None = None) -> None:
    """``it`` counts what ``src`` counts: ``src``'s metric and pieces (or these), its verb,
    and its scope when ``it`` has none of its own."""
    it.pieces = list(src.pieces) if pieces is None else pieces
    it.metric = src.metric if metric is None else metric
    it.verb = src.verb
    if it.scope is None:
        it.scope = src.scope


#: what may stand between the two figures of a pair (7件42人, 143 件、1548 人)
_PAIR_GAPS = frozenset({"", "、", " ", "\u3000", "/", "共", "、共"})


def _pair_with(ctx: Context, it: Item, prev: Item) -> None:
    """(v1.1) 7件42人: a figure written right after another one, with another unit and no
    words of its own, counts the same thing: it takes the previous figure's metric."""
    if prev.q.end > it.q.start or prev.q.unit == it.q.unit or not prev.metric:
        return
    # 判决4个涉恶团伙72人: the noun written after the first figure stands between the two
    noun_between = bool(prev.noun_after and prev.pieces and prev.pieces[-1][1] == it.q.start
                        and prev.q.kind == it.q.kind == "count" and it.q.unit in _PERSON_UNITS)
    if ctx.text[prev.q.end:it.q.start] not in _PAIR_GAPS and not noun_between:
        return
    _counts_as(it, prev)


#: a breakdown of the total just written (按照日期分:, 按地区分:, 分区域看:)
BREAKDOWN = re.compile(
    r"(?:(?<=[,，。;；:：\n])|^)(?:按照?|分)[\u4e00-\u9fff]{1,6}(?:分|看|统计)[:：]", re.M)


def _breakdown_of(ctx: Context, work: SentenceWork, it: Item) -> None:
    """An item of a breakdown with no words of its own (…办理二代证5618张,按照日期分:2月7日
    349张,2月9日167张): it counts what the total before the breakdown's opener counts."""
    marks = list(BREAKDOWN.finditer(ctx.text, work.sent.start, it.q.start))
    if not marks:
        return
    start = marks[-1].start()
    total = next((o for o in reversed(work.live) if o.role == "value" and o.metric
                  and o.q.end <= start and o.q.unit == it.q.unit), None)
    if total is not None:
        _counts_as(it, total)


#: what opens a series of values of one metric (分别为7702件、6003件、…)
SERIES_OPENERS = ("分别为", "分别是", "依次为", "依次是", "分别达到", "分别达")


def _series_with(ctx: Context, it: Item, prev: Item) -> None:
    """A value listed after another one of the same unit, with only 、 between, in a series
    opened by 分别为 (分别为7702件、6003件、5612件): it counts the same thing, for its own
    year or item (:func:`.yearly.date_yearly_series` dates the years)."""
    if (prev.q.unit != it.q.unit or not prev.metric or prev.q.kind != it.q.kind
            or ctx.text[prev.q.end:it.q.start] != "、"
            or not in_series(ctx.text, prev.q.start, ctx.series_memo)):
        return
    _counts_as(it, prev)


#: a clause of only a date and the level reached (2月7日增至1412人次, 8日攀升至1849人次)
_DATED_LEVEL = re.compile(
    r"[,，]?(?:又|再|则|便|即)?(?:增至|增加到|增加至|增长至|增长到|升至|上升至|上升到|攀升至|攀升到"
    r"|跃升至|降至|下降至|下降到|减至|减少至|减少到|回落至|回落到)")


def _dated_level_with(ctx: Context, work: SentenceWork, it: Item, prev: Item) -> None:
    """A level reached on a later day, its clause holding only that day and the words of
    reaching (…1223人次,2月7日增至1412人次,2月8日攀升至1849人次): it counts what the figure
    before it, of the same unit, counts (its own day is its period)."""
    cs, _ce = work.clause_of(it.q.start)
    if (prev.q.unit != it.q.unit or not prev.metric or prev.q.kind != it.q.kind
            or prev.q.end > cs or not any(
                cs <= (p.start or 0) < it.q.start for p in ctx.periods_near(cs, it.q.start))):
        return
    if _DATED_LEVEL.fullmatch(strip_period_text(ctx, cs, it.q.start)) is None:
        return
    _counts_as(it, prev)


def in_series(text: str, start: int, memo: dict[int, bool] | None = None) -> bool:
    """True when the figure at ``start`` is the first of a series (分别为 right before it) or
    follows one after 、 only (…分别为1件、2件、|3件).

    ``memo`` (per document: ``Context.series_memo``) keeps the answer for every position
    the walk back passes, so that the figures of one long 、-list cost one walk in all."""
    memo = {} if memo is None else memo
    seen: list[int] = []
    k = start
    while True:
        if k in memo:
            found = memo[k]
            break
        seen.append(k)
        if text.endswith(SERIES_OPENERS, max(0, k - 4), k):
            found = True
            break
        if k < 1 or text[k - 1] != "、":
            found = False
            break
        j = k - 1  # back over the figure before the 、
        while j > 0 and text[j - 1] not in "、，,;；。:：为是达 \n":
            j -= 1
        if j >= k - 1:
            found = False
            break
        k = j
    for p in seen:  # (every position walked leads to the same answer)
        memo[p] = found
    return found


#: the words that spread a count over days or months (每天有11万报警电话)
_PER_TIME = frozenset(("每天", "每日", "每月", "每年", "每周", "平均每天", "平均每日"))
#: how many characters after such a count may name what it counts
_PER_TIME_TAIL = 10

#: what may stand between a label's colon and its figure (死亡:3人, 呼入总量: 约4077万次)
_LABELLED = re.compile(r"\s*(?:约|近|共|共计|达|超|超过)?\s*")
#: what may follow a label's figure (it ends the item)
_LABEL_VALUE_ENDS = frozenset(",，;；。、 \n)）")

#: how far before a colon its verb may start (此次三县一区公安机关共销毁:)
_VERB_BEFORE_COLON = 8


def _metric(ctx: Context, work: SentenceWork, it: Item, clause: tuple[int, int],
            prev_value: Item | None) -> None:
    """Set the metric, pieces, scope span and verb of value ``it`` (spec section 4)."""
    lex = ctx.lex
    text = ctx.text
    q = it.q
    cs, ce = clause
    live = work.live
    left_start, left_end = _left_bounds(ctx, work, it, cs)
    area = _AREA_LEVEL.fullmatch(text, left_start, left_end)
    if (area is not None and prev_value is not None and prev_value.pieces
            and prev_value.q.unit == q.unit and prev_value.q.end <= left_start):
        # 执结率为96.88%,高于全国的93.49%和全省的93.61%: the same measure of the wider
        # area it is compared with, that area its scope
        it.scope = area.span("area")
        it.scope_own = True
        it.subcount = False
        it.verb = None
        it.pieces = list(prev_value.pieces)
        it.metric = prev_value.metric
        return
    pieces, scope, verb, subcount = left_pieces(ctx, text, left_start, left_end)
    counted = _persons_before(work, it, cs)
    if counted is not None and pieces:
        # 全市共有4246名申请执行人领取案款…: a count of persons is no part of what they did
        # (the scope before it stays)
        pieces = [(max(a, counted), b) for a, b in pieces if b > counted] or pieces
    if it.to_level and not pieces and it.baseline is None:
        # 立案数同比下降23.6%,降至不足500起: the level of the change before it
        c = _change_before(ctx, text, it, live)
        if c is not None:
            pieces, scope, verb, subcount = c
    it.scope = scope
    it.subcount = subcount
    # 抓获吴某国、颜某宏等|11名涉案人员: names cut out first, so the verb meets its object
    pieces = _past_listed_item(ctx, text, _cut_pieces(ctx, text, pieces))
    pieces, verb, np_span = _with_object(ctx, it, clause, live, pieces, verb)
    metric = ctx.join(pieces)
    if metric in lex.copulas and np_span is None:
        # 其中10月1日单日车流量最高,达到86.5万辆次: the subject is the previous clause's
        prev_pieces = _previous_clause_pieces(ctx, text, cs)
        if (prev_value is not None and prev_value.pieces and prev_value.q.end < cs
                and _no_clause_mark(text, prev_value.q.end, cs - 1)):
            # 安全感连续四年保持在98%以上,2025年上半年达到99.21%: the figure of the clause
            # before counts the same thing
            prev_pieces = list(prev_value.pieces)
        if prev_pieces:
            pieces, metric, verb = prev_pieces, ctx.join(prev_pieces), None
    if (not metric and np_span is None and cs > 0 and text[cs - 1] in ":："
            and _LABELLED.fullmatch(text, cs, q.start) is not None
            and (q.end >= len(text) or text[q.end] in _LABEL_VALUE_ENDS)):
        # 有效警情:1726万起 / 死亡:3人: a label and its figure alone after it, the label the
        # metric (not 原标题:…240件1423人, nor 调查:50%电动车有关)
        label = _previous_clause_pieces(ctx, text, cs, ":：")
        if label:
            pieces, metric, verb = label, ctx.join(label), None
    if metric in _PER_TIME and np_span is None and q.end < ce and not q.unit:
        # 每天有11万报警电话 / 每日4.5万余警力在岗在位: a count without a classifier counts
        # the words after it, each day
        k = q.end
        while k < min(ce, q.end + _PER_TIME_TAIL) and _HAN.match(text[k]):
            k += 1
        if k > q.end and not lex.verb_at(text, q.end, ctx.bounds):
            it.verb = None
            it.pieces = pieces + [(q.end, k)]
            it.metric = metric + text[q.end:k]
            return
    if (metric in lex.average_words and np_span is None and prev_value is not None
            and prev_value.metric and prev_value.q.end <= q.start
            and _unbroken(text, prev_value.q.end, q.start)):
        # 共计保障1.1亿人次中外人员出入境,日均177.9万人次: the daily average of the figure
        # before (日均保障中外人员出入境)
        _of_previous(it, prev_value, pieces, "", prefix=metric)
        return
    carried = None
    if metric and not verb and not _has_verb(lex, metric) and cs > 0 and text[cs - 1] in ":：":
        # 此次共销毁:炮弹16枚、手榴弹8枚: the verb before the colon heads the listed items
        carried = lex.verb_suffix(text[max(0, cs - 1 - _VERB_BEFORE_COLON):cs - 1])
    # share the verb of a coordinated list: 检查车辆78万余台次、人员100万余人次
    if (metric and not verb and not subcount and prev_value is not None
            and not _WEIGHT_ONLY.fullmatch(metric)):
        pv = prev_value.verb
        if pv and not _has_verb(lex, metric) and prev_value.q.end <= q.start:
            gap = text[prev_value.q.end:q.start]
            if (len(gap) <= len(metric) + 4 and _unbroken(gap, 0, len(gap))
                    # (…事故378起,造成82人死亡: the consequence of the figure, not its verb's)
                    and not _CAUSED.search(gap)
                    # (…30起,涉案金额1200万元: the cases' attribute, no 破获涉案金额; 冻结
                    # 账户200个、涉案资金…: a listed object still shares the verb)
                    and not (metric.startswith(_OWN_ATTRIBUTE) and _has_comma(gap))
                    and not _DUI.search(gap)  # 对2100余名…实施惩戒: a clause of its own
                    and not _is_rate(ctx, metric)
                    # (…证件12321件,占全省57%: a share names what it is of, below)
                    and not (q.kind == "percent" and _SHARE_OF.match(metric))
                    # (发生交通事故4116起,死433人,伤2477人,损失1799.9万元: the toll of the
                    # events, no 发生死 / 发生伤)
                    and not (pv.endswith("发生") and metric in _TOLL_WORDS)):
                # the verb with what qualifies it before: 日均出动警力…,警车… -> 日均出动警车
                at = prev_value.metric.find(pv)
                carried = prev_value.metric[:at + len(pv)] if 0 <= at <= 3 else pv
    if metric and not verb and not carried and prev_value is not None:
        caused = _caused_by(ctx, text, prev_value, it, pieces)
        if caused is not None:
            pieces, metric = caused, ctx.join(caused)
    if metric and not _has_content(ctx, metric) and np_span is None:
        # only function words (的, 降至): fall back to the noun written after the number
        np2, _pred = _noun_after(ctx, text, it, ce, live)
        if np2 is not None:
            pieces, metric = [np2], ctx.join([np2])
    if it.q.kind == "percent" and not carried and _SHARE_ONLY.fullmatch(metric):
        own = _figureless_clause_before(ctx, work, cs)
        if own:
            # 其次是酒后驾驶肇事,占11%: the share of the figure-less clause before it
            it.verb = None
            it.pieces = own
            it.metric = ctx.join(own) + "占比"
            return
    if prev_value is not None and prev_value.metric and not carried:
        # 查获冰毒片剂25包,计重16.95公斤 / 处置警情1004535起,仅占38.3%: the weight or the
        # share of the figure before
        if it.q.kind == "weight" and _WEIGHT_ONLY.fullmatch(metric):
            _of_previous(it, prev_value, pieces, metric)
            return
        if (it.q.kind == "percent" and _SHARE_ONLY.fullmatch(metric)
                and "分别" not in text[cs:q.start]):  # (分别占…: one each, see _undivided)
            _of_previous(it, prev_value, [], "占比")
            return
    if (it.q.kind == "percent" and not carried and _SHARE_OF.match(metric)
            and pieces and _SHARE_OF.match(text, pieces[0][0])
            and "分别" not in text[cs:q.start]):  # (分别占…: each level names its own)
        # 其中无效警情880万余起,占接警总量的57% / 网络诈骗高发,已占到全部…的八成: a share
        # names what it is a share of, the count or the figure-less clause before it
        own = _figureless_clause_before(ctx, work, cs)
        if not own and (prev_value is not None and prev_value.pieces
                        and prev_value.q.kind == "count" and prev_value.q.end <= q.start
                        and _unbroken(text, prev_value.q.end, q.start)):
            own = list(prev_value.pieces)
        if own:
            pieces = own + pieces
            metric = ctx.join(pieces)
    if (metric in lex.attribute_nouns and not carried and np_span is None
            and it.q.kind == "money"):
        # 抢夺…项链一条,价值10000余元 / 返还资金,金额总计528万余元: the attribute of what the
        # clause before counts
        own = _previous_clause_pieces(ctx, text, cs)
        if own and _HEDGE.fullmatch(ctx.join(own)):
            # 查获被盗摩托车12辆,经鉴定,价值3万元: a hedge is no head; the figure's before it
            own = (list(prev_value.pieces) if prev_value is not None and prev_value.pieces
                   and _unbroken(text, prev_value.q.end, cs) else [])
        elif (prev_value is not None and prev_value.pieces and own
                and own[0][0] <= prev_value.q.start < cs):
            own = list(prev_value.pieces)
        if own:
            pieces = own + pieces
            metric = ctx.join(pieces)
    bare = metric
    bare = bare[len(lex.average_words_m.at(bare) or ""):]
    if bare and (bare in lex.rate_nouns or bare in lex.rate_suffixes) and not carried:
        # 网络刷单返利诈骗,占比34.6%: a clause without a figure names what the rate is of
        own = _figureless_clause_before(ctx, work, cs)
        if own:
            pieces = own + pieces
            metric = ctx.join(pieces)
        elif prev_value is not None and prev_value.metric:
            # 年均降幅超过25% after 立案数…1700余起: the rate of the previous figure's metric
            pieces = prev_value.pieces + pieces
            metric = prev_value.metric + metric
    elif (_ACT_RATE.fullmatch(bare) and not carried and prev_value is not None
            and prev_value.metric and prev_value.q.end <= q.start
            and _unbroken(text, prev_value.q.end, q.start)):
        # 七类重点车辆检验率为99.95%,报废率为100%: coordinated rates share what they are
        # of (after a count the golds keep the rate bare: 判处…35人,重刑率…)
        lead = _object_of(ctx, prev_value)
        if lead:
            pieces = lead + pieces
            metric = ctx.join(pieces)
    if verb is None and pieces:
        verb = lex.verb_at(text, pieces[0][0], ctx.bounds)
        avg = lex.average_words_m.at(text, pieces[0][0]) if verb is None else None
        if avg:  # 日均出动警力: the verb after an averaging word
            verb = lex.verb_at(text, pieces[0][0] + len(avg), ctx.bounds)
    if (np_span is None and not carried and len(pieces) == 1 and metric.startswith(_ONLY)
            and metric[1:] in lex.verb_set):
        pieces = [(pieces[0][0] + 1, pieces[0][1])]  # (只发生19宗: 发生, "only" left out)
        metric = ctx.join(pieces)
    if np_span is None and not carried and metric in lex.verb_set and len(pieces) == 1:
        topic = _dui_topic(ctx, work, cs) or _dui_topic_in_clause(ctx, it, cs, pieces[0],
                                                                  prev_value)
        trend = _trend_topic(ctx, work, it, cs) if topic is None else None
        if topic is not None:
            # 对校园欺凌暴力犯罪,批准逮捕16人、起诉9人: the crimes the clause before names
            pieces = [topic, pieces[0]]
            metric = ctx.join(pieces)
        elif trend is not None:
            # 盗伐、滥伐林木案件数居高不下,共办理83706起: the noun whose trend the clause
            # before tells, after the verb
            pieces = [pieces[0], trend]
            metric = ctx.join(pieces)
        elif not metric.endswith("案"):  # (打击假币犯罪,立案83件: 立案 holds its object)
            crime = _crime_clause(ctx, work, cs)
            if crime is not None:
                # 依法严惩严重暴力犯罪,起诉3058人: the verb, then the crimes its clause names
                pieces = [pieces[0], crime]
                metric = ctx.join(pieces)
    if np_span is None and not carried and metric in lex.verb_set and len(pieces) == 1:
        # 发送预警短信,共计发送9亿余人次 / 对报假警行为查处力度…,共查处928人次: a bare verb
        # takes the object it was written with earlier in the sentence
        obj = _earlier_object(ctx, work, metric, cs, it)
        if obj is None:
            obj = _paired_object(ctx, it, prev_value, pieces[0])
        if obj is not None:
            pieces = [pieces[0], obj]
            metric = ctx.join(pieces)
    if np_span is None and not carried and len(pieces) == 1:
        topic = _crime_topic(ctx, work, it, pieces[0])
        if topic is not None:  # 审结|侵犯公民信息犯罪|案件 (审结该类案件: the 该类 left out)
            crime, verb_end = topic
            a, b = pieces[0]
            pieces = [(a, verb_end), crime, (b - _generic_len(ctx, text[a:b]), b)]
            metric = ctx.join(pieces)
    if q.kind == "percent" and not carried and (
            not metric or not _has_content(ctx, metric) or scope_like(ctx, metric, cs)):
        population = _population_clause(ctx, work, it, ce)
        if population is not None:
            # 56.6%的刑事案件在24小时内侦破: a share written before its population is a
            # fact with the clause as metric (spec 4, v1.1)
            pieces, metric, verb = [population], ctx.join([population]), None
    cut = _cut_pieces(ctx, text, pieces)
    if cut is not pieces:
        pieces, metric = cut, ctx.join(cut)
    it.verb = verb or carried
    it.pieces = pieces
    it.metric = ((carried or "") + metric) if metric else ""


def _persons_before(work: SentenceWork, it: Item, cs: int) -> int | None:
    """Where the count of persons ends that is the subject of ``it``'s clause (4246名|申请执行
    人领取案款9.27亿元), or None."""
    o = _prev_in_clause(work, it, cs)
    if o is not None and o in work.subjects and o.q.unit in _PERSON_UNITS:
        return o.q.end
    return None


#: a wider area's level a figure is compared with, written between the figure and that
#: level (…96.88%,高于全国的93.49%和全省的93.61%)
_AREA_LEVEL = re.compile(
    r"\s*[,，]?\s*(?:(?:略|明显|远|均|分别)?(?:高于|低于|好于|优于|超过|超出)|[和与及、])"
    r"(?P<area>全国|全省|全市|全区|全州|全县|全盟)(?:平均水平|平均值|平均)?的\s*")


#: a rate named by its act alone (破案率, 结案率, 报废率): the rate of some object
_ACT_RATE = re.compile(r"[\u4e00-\u9fff]{2}率")


def _object_of(ctx: Context, prev: Item) -> list[tuple[int, int]]:
    """The pieces of what the rate ``prev`` is of: its metric without its own rate word
    (two characters and 率) and a verb it opens with (七类重点车辆|检验率); empty when
    ``prev`` is no such rate, its rate word is longer (…检验合格率: what is left ends in a
    verb) or nothing of at least two characters is left."""
    metric = prev.metric
    back = 3 if metric.endswith("率") else 0
    if back and ctx.lex.verb_suffix(metric[:-back]):
        return []  # (七类重点车辆检验|合格率: the rate word is longer than three)
    if not back or len(metric) - back < 2 or sum(
            b - a for a, b in prev.pieces) != len(metric):
        return []  # (判处…35人,重刑率…: a rate of the act, as written)
    front = len(prev.verb) if prev.verb and metric.startswith(prev.verb) else 0
    if len(metric) - front - back < 2:
        return []
    out: list[tuple[int, int]] = []
    pos = 0
    for a, b in prev.pieces:
        lo = max(a, a + front - pos)
        hi = min(b, a + len(metric) - back - pos)
        if lo < hi:
            out.append((lo, hi))
        pos += b - a
    return out


#: the toll of events counted before (死433人, 伤2477人, 直接财产损失…元)
_TOLL_WORDS = frozenset(("死", "伤", "亡", "死亡", "受伤", "死伤", "伤亡", "损失", "财产损失",
                         "直接财产损失", "经济损失", "直接经济损失"))

#: a metric that is only a weight word after a count (查获冰毒片剂25包,计重16.95公斤)
_WEIGHT_ONLY = re.compile(r"(?:共)?(?:计重|净重|重约|约重|重达|总重)")

#: a metric opening so names an attribute of the cases counted before it, no object of
#: their verb (破获诈骗案件30起,涉案金额1200万元)
_OWN_ATTRIBUTE = ("涉案", "案值", "涉及金额")

#: a clause that only says how a figure is known (经鉴定, 据统计, 经查): no head of one
_HEDGE = re.compile(r"(?:经|据)(?:初步|进一步)?(?:鉴定|统计|查|核查|核实|调查|了解|介绍|估算|测算)"
                    r"(?:发现|显示)?")


def _unbroken(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` holds no sentence end or ';': what stands on both sides is
    one item of one sentence."""
    return not any(c in text[a:b] for c in "。;；")


def _has_comma(s: str) -> bool:
    return "," in s or "，" in s


#: a share verb with what the share is of after it (占接警总量, 已占到全部…): needs its subject
_SHARE_OF = re.compile(r"(?:仅|约|已|共|只|所)?占(?:到|了)?(?!用|领|据|地|有)[\u4e00-\u9fff“]")

#: a metric that is only a share verb (仅占, 约占, 占到): the share of the figure before it
_SHARE_ONLY = re.compile(r"(?:仅|约|已|共|只|所)?占(?:到|了)?")


def _of_previous(it: Item, prev: Item, pieces: list[tuple[int, int]], suffix: str,
                 prefix: str = "") -> None:
    """Give ``it`` the metric of the figure before it, ``suffix`` or ``prefix`` (and its
    ``pieces``, after the figure's in text order) added: 查获冰毒片剂 + 计重, 处置警情 + 占比,
    日均 + 保障中外人员出入境."""
    it.verb = prev.verb
    it.pieces = list(prev.pieces) + pieces
    it.metric = prefix + prev.metric + suffix


def _cut_pieces(ctx: Context, text: str, pieces: list[tuple[int, int]]
                ) -> list[tuple[int, int]]:
    """``pieces`` without what ``metric_cut_re`` cuts out (以…为首的, 陈某森、文某德等);
    the same list when nothing is cut."""
    rx = ctx.lex.metric_cut
    out: list[tuple[int, int]] = []
    changed = False
    for a, b in pieces:
        cur = a
        # (a few more characters: a lookahead past the metric, 等|10名犯罪嫌疑人)
        for m in rx.finditer(text, a, min(len(text), b + _CUT_LOOKAHEAD)):
            if m.end() <= m.start() or m.end() > b:
                continue
            changed = True
            if m.start() > cur:
                out.append((cur, m.start()))
            cur = m.end()
        if b > cur:
            out.append((cur, b))
    return out if changed and out else pieces


#: a figure's digits with its magnitude and qualifier (1.2万余, 400余, 3.7亿)
_FIGURE = r"[0-9][0-9.]*(?:万|亿)?(?:余|多)?(?:万|亿)?"
#: an item of a list with its own figure, closed by 、 (木材10000余立方米、): a figure
#: pressie does not count as a fact (a volume) or one dropped, written inside a metric
_LISTED_ITEM = re.compile(
    rf"(?<![A-Za-z0-9.]){_FIGURE}[\u4e00-\u9fff]{{1,3}}(?:[(（][\u4e00-\u9fff]{{1,2}}[)）])?、")


#: a bracketed alternative unit and the 、 after it, opening the words of a list's next item
_UNIT_NOTE_HEAD = re.compile(r"[(（]?[\u4e00-\u9fff]{1,2}[)）]、|[)）]、")
#: a figure with its unit ending right before (or at the bracket of) such a note
_FIGURE_BEFORE = re.compile(rf"{_FIGURE}[\u4e00-\u9fff]{{1,2}}[(（]?$")


def _past_listed_item(ctx: Context, text: str, pieces: list[tuple[int, int]]
                      ) -> list[tuple[int, int]]:
    """``pieces`` from past the last listed item with its own figure (收缴木材10000余立方米、
    珍稀植物 -> 收缴 + 珍稀植物: the verb at their head is kept) or past the bracketed unit
    or note closing the figure before (…400余株(件)、野生动物, …约37000元)、手机); the same
    list when neither."""
    if not pieces:
        return pieces
    a, b = pieces[0][0], pieces[-1][1]
    head = _UNIT_NOTE_HEAD.match(text, a, b)
    if head is not None and _FIGURE_BEFORE.search(text, max(0, a - 10), a):
        # 珍稀植物400余株(件)、野生动物…: the previous figure's bracketed unit is no part
        # of the next item's words
        return [(max(x, head.end()), y) for x, y in pieces if y > head.end()] or pieces
    last = None
    for m in _LISTED_ITEM.finditer(text, a, b):
        last = m
    if last is None or last.end() >= b:
        return pieces
    rest = [(max(x, last.end()), y) for x, y in pieces if y > last.end()]
    verb = ctx.lex.verb_at(text, a, ctx.bounds)
    if verb and a + len(verb) <= last.start():
        return [(a, a + len(verb)), *rest]
    # (金链2条、戒指1枚 with no verb at their head: the verb is shared later, over the
    # whole list, so the words stay)
    return pieces


#: how far past a metric piece a ``metric_cut_re`` lookahead may read
_CUT_LOOKAHEAD = 8


def _left_bounds(ctx: Context, work: SentenceWork, it: Item, cs: int) -> tuple[int, int]:
    """Where the metric words written before value ``it`` may lie: after the previous
    figure of its clause (before 从 when that figure is the baseline of a to-level)."""
    text = ctx.text
    q = it.q
    left_start, left_end = cs, q.start
    o = _prev_in_clause(work, it, cs)
    if o is not None and o.role == "change" and it.to_level:
        # 由8 884宗增加806宗(+9.1%)至9 690宗: back over the changes to the baseline
        k = work.live.index(o)
        while k > 0 and work.live[k].role == "change" and work.live[k - 1].q.start >= cs:
            k -= 1
        if work.live[k].role == "baseline":
            o = work.live[k]
    if o is not None:
        if o in work.subjects:
            left_start = o.q.start  # (全国27个地方公安机关共投入警力: with the body's name)
        elif o.role == "baseline" and it.to_level:
            # 移送起诉人案比从2018年的1.4提升至2.1: the metric stands before 从
            earlier = [x for x in work.live
                       if x is not o and cs <= x.q.start and x.q.end <= o.q.start]
            left_start = earlier[-1].q.end if earlier else cs
            seg = text[left_start:o.q.start]
            marks = list(re.finditer(r"从|由|自|较|比", seg))
            left_end = left_start + marks[-1].start() if marks else o.q.start
        else:
            left_start = o.q.end
            if o.noun_after and o.pieces:
                left_start = max(left_start, o.pieces[-1][1])
            if o.role == "baseline":
                left_start = min(o.q.end + 1, q.start)
    if it.to_level and it.marker_pos is not None and left_start <= it.marker_pos < left_end:
        left_end = it.marker_pos  # 全省命案发案数|降至120起: the verb is no part of the metric
    for mark in _HEADLINE_SEPS:
        # “打”的能力大幅提升——黔西南州公安发起部级集群案件: a headline's dash or a heading's
        # closing bracket ends what came before; the metric starts after it (『』 are quotes)
        k = text.rfind(mark, left_start, left_end)
        if k >= 0:
            left_start = k + len(mark)
    return left_start, left_end


#: marks that end a headline's or a heading's words inside one line
_HEADLINE_SEPS = ("——", "】")


def _with_object(ctx: Context, it: Item, clause: tuple[int, int], live: list[Item],
                 pieces: list[tuple[int, int]], verb: str | None
                 ) -> tuple[list[tuple[int, int]], str | None, tuple[int, int] | None]:
    """The metric pieces with what is written after the number: the object noun
    (共打掉3644个涉黑组织), a verb's complement (帮助1600余人找到亲人) or the verb phrase after
    a frequency (先后3次召开…会议); also the verb and the object span (None without one)."""
    lex = ctx.lex
    text = ctx.text
    q = it.q
    cs, ce = clause
    left_metric = ctx.join(pieces)
    if len(_HAN.findall(left_metric)) < 2 and not lex.verb_set & {left_metric}:
        left_metric = ""
    left_verb = lex.verb_suffix(left_metric.rstrip("的了")) if left_metric else None
    verb_piece: tuple[int, int] | None = None
    if left_verb:
        end = pieces[-1][1]
        while end > pieces[-1][0] and text[end - 1] in "的了":
            end -= 1
        verb_piece = (end - len(left_verb), end)
    noun_after_ok = not left_metric or left_verb is not None
    if left_metric and not left_verb:
        fv = lex.first_verb(left_metric)
        if fv is None:
            noun_after_ok = True
        else:
            # 完成全省3377万余辆… / 推动全区103个旗县: verb + scope, object after the number
            vpos = _last_verb(ctx, text, pieces)
            if vpos is not None:
                vs, ve = vpos
                rest = ctx.join([(ve, pieces[-1][1])])
                if rest in _RESULT_COMPLEMENTS and ve + len(rest) == pieces[-1][1]:
                    # 接获/抓到3746宗…: a verb and its result complement (获, 到) are one verb
                    vpos = (vs, pieces[-1][1])
                    rest = ""
                if not rest or scope_like(ctx, rest, vpos[1]):
                    noun_after_ok = True
                    verb_piece = vpos
                    left_verb = text[vpos[0]:vpos[1]]
    # a noun written after the number: 共打掉3644个涉黑组织 / 27403件…线索全部清仓
    np_span = pred_span = None
    if noun_after_ok:
        np_span, pred_span = _noun_after(ctx, text, it, ce, live)
        if np_span is not None and "在" in text[cs:q.start] and text[np_span[1] - 1] == "中":
            np_span = (np_span[0], np_span[1] - 1)
    if np_span is not None:
        it.noun_after = True
        if verb_piece is not None:
            pieces = [verb_piece]
            verb = left_verb
        else:
            pieces = []
        pieces = pieces + [np_span]
        if pred_span is not None and not verb:
            light = _light_verb_at(text, pred_span[0]) or ""
            if (light and pred_span[0] + len(light) < pred_span[1]
                    and _DUI.search(text[cs:q.start + 1])):
                # 对22起涉枪涉爆案件进行挂牌督办: the action after the light verb, then its
                # object (挂牌督办涉枪涉爆案件)
                pieces = [(pred_span[0] + len(light), pred_span[1])] + pieces
            else:
                pieces.append(pred_span)
    elif (left_verb is not None and left_metric == left_verb and verb_piece is not None
          and lex.verb_at(text, q.end, ctx.bounds)):
        # 帮助1600余人找到亲人: a verb whose complement follows the number
        nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
        if min(ce, nxt) > q.end:
            pieces = [verb_piece, (q.end, min(ce, nxt))]
            verb = left_verb
    elif (left_metric.endswith(_CAUSE_VERBS) and len(left_metric) > 2 and pieces
          and (cm := _CONSEQUENCE.match(text, q.end)) is not None and cm.end() <= ce):
        # 今年春节期间发生的交通事故造成1107人死亡: the cause, its verb and the consequence
        # written after the number (the consequence word only: …12人受伤后送医救治)
        pieces = [*pieces, cm.span()]
    elif (not left_metric and q.unit in _PERSON_UNITS and text.startswith("被", q.end)
          and q.end + 1 < ce and lex.first_verb(text[q.end + 1:ce]) is not None):
        # 其中18人被警方拘捕: persons counted by what was done to them, the passive clause
        # after the number their metric
        nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
        pieces = [(q.end, min(ce, nxt))]
    elif lex.verb_at(text, q.end, ctx.bounds) and (
            not left_metric
            or (q.unit in lex.frequency_units and lex.first_verb(left_metric) is None)):
        # 先后3次召开全国公安机关视频会议: the verb phrase after a frequency (交警总队先后
        # 4次召开视频会议: the words before it hold no verb, only its subject)
        nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
        end = min(ce, nxt)
        if end > q.end:
            pieces = [(q.end, end)]
            verb = lex.verb_at(text, q.end, ctx.bounds)
    return pieces, verb, np_span


#: result complements that close a verb written right before a number (接获, 抓到, 查出)
_RESULT_COMPLEMENTS = frozenset("获到出住掉得回")


def _earlier_object(ctx: Context, work: SentenceWork, verb: str, cs: int, it: Item
                    ) -> tuple[int, int] | None:
    """The object of ``verb`` written in an earlier clause of the sentence.

    * the same verb with its object: 一季度查处酒驾醉驾违法行为4120起;二季度查处5380起 ->
      酒驾醉驾违法行为 (the earlier figure, if any, in the same unit);
    * an object before the verb: 加大对报假警、恶意扰警行为查处力度 -> 报假警、恶意扰警行为.
    """
    text = ctx.text
    lo = max(work.sent.start, cs - 120)
    p = text.rfind(verb, lo, cs)
    # (平均每日查处酒驾醉驾31宗、每月查处964宗,4月份查处1810宗: the verb written bare
    # before passes the object on from further back)
    for _ in range(3):
        if p < 0 or not text[p + len(verb):p + len(verb) + 1].isdigit():
            break
        p = text.rfind(verb, lo, p)
    if p < 0:
        return None
    seps = ctx.lex.clause_seps
    k = text.rfind("对", max(lo, p - 24), p)
    if k >= 0 and p - k - 1 >= 2 and not any(c in seps for c in text[k + 1:p]):
        return (k + 1, p)  # 对 + object + verb
    a = p + len(verb)
    e = a
    while e < cs and e - a <= 24 and _HAN.match(text[e]) and text[e] not in seps:
        e += 1
    if e - a < 2 or not (e >= cs or text[e] in seps or text[e].isdigit()):
        return None
    if text[e].isdigit():
        j = bisect_left(work.kept_starts, e)
        if j < len(work.kept) and work.kept[j].q.start == e and (
                work.kept[j].q.unit != it.q.unit):
            return None  # the earlier figure counts something else
    return (a, e)


def _generic_len(ctx: Context, metric: str) -> int:
    """Length of the generic object (案件) ``metric`` ends with, 0 for none."""
    return next((len(g) for g in ctx.lex.generic_objects if metric.endswith(g)), 0)


def _bare_clause_match(ctx: Context, work: SentenceWork, cs: int, rx: re.Pattern[str] | None
                       ) -> re.Match[str] | None:
    """``rx`` matched in full on the figure-less clause written right before the clause at
    ``cs`` in its sentence, if any."""
    span = _bare_clause_before(ctx, work, cs) if rx is not None else None
    if span is None:
        return None
    assert rx is not None
    return rx.fullmatch(ctx.text, *span)


def _dui_topic(ctx: Context, work: SentenceWork, cs: int) -> tuple[int, int] | None:
    """The span of a figure-less clause 对…犯罪 (or …案件) written right before the clause at
    ``cs`` in its sentence, if any: what the bare verbs after it count."""
    m = _bare_clause_match(ctx, work, cs, _DUI_TOPIC)
    return m.span(1) if m is not None else None


def _trend_topic(ctx: Context, work: SentenceWork, it: Item, cs: int
                 ) -> tuple[int, int] | None:
    """The noun of cases of a figure-less clause that only tells its trend (…案件数居高不下,),
    written right before the clause at ``cs``, if any: what the bare verb after a count of
    cases counts (the clause's scope, 全县, left out)."""
    if it.q.unit not in _CASE_UNITS:
        return None  # (刑事发案大幅下降,共抓获300人: persons, not the cases whose trend it is)
    m = _bare_clause_match(ctx, work, cs, ctx.lex.trend_topic_re)
    if m is None:
        return None
    a, b = m.span("np")
    scope = ctx.lex.scope_words_m.at(ctx.text, a)
    if scope and a + len(scope) < b:
        a += len(scope)  # (全县盗窃案件居高不下,共办理83起: the scope is no part of it)
    if not ctx.text[a:b].endswith(ctx.lex.counted_topics):
        return None
    return (a, b)


#: the units of a count of persons
_PERSON_UNITS = frozenset({"名", "人"})
#: the units of a count of cases
_CASE_UNITS = frozenset({"起", "件", "宗"})


def _dui_topic_in_clause(ctx: Context, it: Item, cs: int, verb: tuple[int, int],
                        prev: Item | None) -> tuple[int, int] | None:
    """The 对…犯罪 topic written in the figure's own clause right before its bare verb
    (检察机关对侵害未成年人犯罪批准逮捕1189人), or the one the figure listed just before it
    took (…1189人、起诉1717人); None otherwise."""
    text = ctx.text
    m = _DUI_TOPIC.fullmatch(text, cs, verb[0])
    if m is not None:
        return m.span(1)
    if (prev is not None and len(prev.pieces) == 2 and prev.q.end <= it.q.start
            and text[prev.q.end:verb[0]] in LIST_GAPS
            and text.startswith("对", prev.pieces[0][0])
            and prev.pieces[0][1] <= prev.pieces[1][0]):
        return prev.pieces[0]
    return None


def _bare_clause_before(ctx: Context, work: SentenceWork, cs: int) -> tuple[int, int] | None:
    """The span of the clause right before the clause at ``cs`` in its sentence (closed by a
    comma) when it holds no kept figure; else None."""
    text = ctx.text
    end = cs - 1
    if end <= work.sent.start or text[end] not in ",，":
        return None
    k = max(text.rfind(c, work.sent.start, end) for c in ",，;；。:：")
    start = max(k + 1, work.sent.start)
    if any(start <= o.q.start < end for o in work.kept):
        return None
    return start, end


def _population_clause(ctx: Context, work: SentenceWork, it: Item, ce: int
                       ) -> tuple[int, int] | None:
    """The rest of the clause after a share and its 的 (97.1%的|居民群众认为社会治安良好),
    or after a bounded share (98%以上|案件经…服判息诉) or one in 成 (六成|案件调解、撤诉),
    when no other figure counts in it; else None."""
    text = ctx.text
    a = it.q.end
    if text.startswith("的", a):
        a += 1
    elif not (_HAN.match(text, a) and (it.q.approx in ("over", "under", "about", "nearly")
                                       or it.q.text.endswith("成"))):
        # (98%以上案件经…服判息诉, 近六成案件调解: a share with its bound, or a share in 成,
        # then its population)
        return None
    b = ce
    while b > a and text[b - 1] in " \u3000,，。;；:：!！?？、":
        b -= 1
    if b - a < 4 or any(a <= o.q.start < b for o in work.live if o.role in ("value", "change")):
        return None
    return (a, b)


def _crime_clause(ctx: Context, work: SentenceWork, cs: int) -> tuple[int, int] | None:
    """The crimes of a figure-less clause right before the clause at ``cs`` that ends
    with a crime after a topic opener (依法严惩严重暴力犯罪, / 全链条打击毒品犯罪,), if any:
    what a bare verb after it counts."""
    rx = ctx.lex.crime_topic_re
    text = ctx.text
    span = _bare_clause_before(ctx, work, cs) if rx is not None else None
    if span is None:
        return None
    start, end = span
    found = None
    for m in rx.finditer(text, start, end):
        found = m
    if found is None or found.end() != end:
        return None
    return _crime_kind(text, *found.span(1))


def _crime_kind(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The kind of crime named by ``text[a:b]`` (…犯罪): after a list's 等 (its items parted
    by 、 or 以及, or closed by a quote) the words after 等 when they are more than 犯罪
    (毒品、涉枪等严重暴力犯罪 -> 严重暴力犯罪), else the whole list (毒品、涉枪等犯罪); None
    for a description after it (…等人民群众反映强烈的突出违法犯罪). A 等 inside a word (平等)
    lists nothing."""
    k = text.rfind("等", a, b)
    listed = k > a and ("、" in text[a:k] or "以及" in text[a:k]
                        or text[k - 1] in ("”", "\"", "」"))
    if not listed:
        return (a, b)
    if "的" in text[k + 1:b]:
        return None
    return (k + 1, b) if b - (k + 1) > 2 else (a, b)


#: a consequence written between two figures (…起,造成…人死亡): no shared verb across it
_CAUSED = re.compile(r"造成|导致|致使|致")
#: a consequence clause right after a figure: …1519起,造成|452人死亡
_CAUSE_GAP = re.compile(r"[,，]\s*(造成|导致|致使)")
#: the verbs of a consequence written after its count (造成1107人死亡)
_CAUSE_VERBS = ("造成", "导致", "致使")
#: the consequences such a verb counts
_CONSEQUENCE = re.compile(r"(?:死亡|受伤|伤亡|重伤|轻伤|遇难|失踪|中毒|被困)")


def _caused_by(ctx: Context, text: str, prev: Item, it: Item,
               pieces: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The pieces of a consequence written with its cause verb right after the figure of
    the clause before (…事故1519起,造成452人死亡): 造成 + the noun, and when the figure
    before counts a subject without a verb (两轮摩托车交通肇事1519起), that subject first
    (两轮摩托车交通肇事造成死亡); else None."""
    if not pieces or prev.q.end > it.q.start or not prev.pieces:
        return None
    gap = text[prev.q.end:it.q.start]
    m = _CAUSE_GAP.fullmatch(gap)
    if m is None or pieces[0][0] < it.q.end:
        return None  # (the noun after the number only: 造成452人死亡, not 造成死亡452人)
    cause = (prev.q.end + m.start(1), prev.q.end + m.end(1))
    if prev.verb or _has_verb(ctx.lex, prev.metric):
        return [cause, *pieces]
    return [*prev.pieces, cause, *pieces]

#: a clause naming the crimes the figures after it are of (对侵害老年人合法权益犯罪,)
_DUI_TOPIC = re.compile(
    r"[^,，;；。:：0-9对]{0,12}(对[^,，;；。:：0-9]{2,40}?(?:犯罪|案件))"  # (全省检察机关|对…)
    # (对危害公共安全和严重暴力犯罪保持高压打击,起诉96人: the stance after the crimes)
    r"(?:保持高压(?:态势|打击)?|零容忍|从严从快(?:打击)?|重拳出击|严厉打击|依法严惩)?"
)


def _crime_topic(ctx: Context, work: SentenceWork, it: Item, piece: tuple[int, int]
                 ) -> tuple[tuple[int, int], int] | None:
    """The crime a sentence opened with, for a metric that is a verb and a generic object
    (审结案件): 严打涉税经济犯罪,共侦办案件411起 -> 涉税经济犯罪 (the kind after a list's 等),
    with where the verb ends (审结该类案件: before the anaphor 该类); None for none."""
    rx = ctx.lex.crime_topic_re
    text = ctx.text
    a, b = piece
    g = _generic_len(ctx, text[a:b])
    if rx is None or not g:
        return None
    verb = text[a:b - g]
    verb = verb[:len(verb) - _anaphor_len(ctx, verb)]  # 审结该类案件: the kind just opened
    if verb not in ctx.lex.verb_set:
        return None
    found = None
    for m in rx.finditer(text, work.sent.start, a):
        found = m
    if found is None:
        return None
    kind = _crime_kind(text, *found.span(1))
    if kind is None or kind[1] - kind[0] < 2:
        return None
    return kind, a + len(verb)


def _anaphor_len(ctx: Context, words: str) -> int:
    """Length of the anaphor (该类, 此类) ``words`` end with, 0 for none."""
    return next((len(w) for w in ctx.lex.anaphors if words.endswith(w)), 0)


def _bracketed_after_place(ctx: Context, it: Item) -> None:
    """A figure in brackets right after a place of a list of places a measure ranks (…的省份
    是:广东(2746人)、江苏(1857人)): the place is its label, as 广东2746人 would be (the
    measure is given by :func:`.changes.ranked_places`)."""
    text = ctx.text
    at = it.q.start - 1
    if at < 0 or text[at] not in ("(", "（") or text[it.q.end:it.q.end + 1] not in (")", "）"):
        return
    place = listed_place_at(ctx, at)
    if place is None or ranked_list_colon(ctx, it.q.start, place[0]) is None:
        return
    it.pieces = [place]
    it.metric = ctx.join(it.pieces)


def listed_place_at(ctx: Context, at: int) -> tuple[int, int] | None:
    """The place (LOCATION entity) ending at ``at`` that opens a listed item (after a colon,
    a list mark or a comma), if any."""
    text = ctx.text
    place = next((e for e in ctx.ents_near(max(0, at - 12), at)
                  if e.label == "LOCATION" and e.end == at), None)
    if place is None or (place.start > 0
                         and text[place.start - 1] not in (":", "：", "、", ",", "，")):
        return None
    return place.start, place.end


def ranked_list_colon(ctx: Context, pos: int, first: int) -> int | None:
    """The colon before ``first`` (within :data:`_RANKED_REACH` characters of ``pos``, in
    its sentence) that ends the words naming places a measure ranks or picks (…居全国前5位
    的省份是:), if any."""
    text = ctx.text
    lo = max(0, pos - _RANKED_REACH)
    colon = max(text.rfind(":", lo, first), text.rfind("：", lo, first))
    if colon < 0 or any(c in text[colon:first] for c in "。！？!?\n"):
        return None
    return colon if RANKED_PLACES.search(text, max(lo, colon - 40), colon) else None


#: how far back a ranked list's colon is looked for (characters)
_RANKED_REACH = 200
#: what ends the words that name the places a measure ranks or picks (…的省份是:)
RANKED_PLACES = re.compile(
    r"的(?:省份|省区市|省[(（]区、市[)）]|地市|城市|地区|县市区|县区)"
    r"(?:是|为|有|依次是|依次为|分别是|分别为)?\s*$")
#: the word that ranks or picks them, after the measure (居全国前5位, 排名前三, 超过), not
#: the 居 of 居民/居住
RANK_WORD = re.compile(
    r"居(?=全|首|前|第|榜|各|同)|排名|排在|位列|位居|名列|最多|最高|较多|较高|超过")


def _paired_object(ctx: Context, it: Item, prev: Item | None, verb_piece: tuple[int, int]
                   ) -> tuple[int, int] | None:
    """The object of the figure just before, for a bare verb of the next clause counting
    the same thing: 受理一审刑事案件70826件,审结67008件 -> 审结一审刑事案件 (same unit, the
    earlier metric a verb and its object, only a separator and a filler between)."""
    if prev is None or len(prev.pieces) != 1 or prev.q.unit != it.q.unit:
        return None
    if it.q.unit is None or prev.noun_after:
        return None
    text = ctx.text
    verb = text[verb_piece[0]:verb_piece[1]]
    if verb.endswith("案") or verb in ctx.lex.whole_verbs:
        return None  # 受理…案件994起,立案476起 / 抓获…300人,逮捕236人: counted as written
    a, b = prev.pieces[0]
    if prev.verb and text.startswith(prev.verb, a):
        fv: tuple[int, str] | None = (0, prev.verb)  # (共立|刑事案件: 立 read in its clause)
    else:
        fv = ctx.lex.first_verb(text[a:b], 0, ctx.bounds, a)
    if fv is None:
        return None
    start = a + fv[0] + len(fv[1])
    more = ctx.lex.verb_at(text, start, ctx.bounds)
    while more and start + len(more) < b:  # (受理立案|非法侵占林地…案件: both verbs)
        start += len(more)
        more = ctx.lex.verb_at(text, start, ctx.bounds)
    obj = (start, b)
    if obj[1] - obj[0] < 2 or b > prev.q.start:
        return None
    if ctx.lex.verb_suffix(text[obj[0]:obj[1]]):
        return None  # (受理提请批捕9605人、移送起诉13825人: what 受理 takes, a verb phrase)
    gap_start = prev.q.end
    gap = text[gap_start:verb_piece[0]]
    # (受理刑事案件564件,同比下降25.69%,审结540件: the first figure's change between them)
    change = _CHANGE_BETWEEN.match(gap)
    if change is not None:
        gap_start += change.end()
        gap = gap[change.end():]
    if not gap or gap[0] not in ",，;；、":
        return None
    rest = gap[1:]
    # (7月15日至8月15日,城区发生“双抢”案件27宗,8月16日至9月15日只发生19宗: the same
    # count of the next period, its dates opening the clause)
    k = bisect_left(ctx.period_starts, gap_start + 1)
    own = None
    while k < len(ctx.periods) and ctx.period_starts[k] == gap_start + 1:
        end = ctx.periods[k].end
        if end is not None and end <= verb_piece[0]:
            own = end
            break
        k += 1
    if own is not None:
        rest = text[own:verb_piece[0]]
        rest = rest[1:] if rest.startswith(_ONLY) else rest
    elif len(gap) > 4:
        return None
    if rest and ctx.lex.fillers_m.at(rest) != rest:
        return None  # 受理…,其中审结… / 受理…,当年审结…: not a plain pair
    return obj


#: "only" before a bare verb (…只发生19宗), no part of the metric
_ONLY = ("只", "仅", "才")


#: a change clause written right after a figure (,同比下降25.69%)
_CHANGE_BETWEEN = re.compile(
    r"[,，](?:同比|环比|较上年|比上年|较去年|比去年)[\u4e00-\u9fff]{1,3}[0-9.]+(?:%|个百分点)")


def _prev_in_clause(work: SentenceWork, it: Item, cs: int) -> Item | None:
    """The item of ``live + subjects`` other than ``it`` that starts last in
    ``[cs, it.q.start]`` and ends by ``it.q.start`` (the first such in list order)."""
    q = it.q
    live, subjects = work.live, work.subjects
    if work.live_starts is None or work.subject_starts is None:
        found: Item | None = None
        for o in live + subjects:
            if o is not it and cs <= o.q.start and o.q.end <= q.start:
                if found is None or o.q.start > found.q.start:
                    found = o
        return found
    best: Item | None = None
    for items, starts in ((live, work.live_starts), (subjects, work.subject_starts)):
        # both lists are in text order and every item ends at or after its start
        k = bisect_right(starts, q.start) - 1
        lo = bisect_left(starts, cs)
        cand: Item | None = None
        while k >= lo:
            o = items[k]
            if cand is not None and o.q.start < cand.q.start:
                break
            if o is not it and o.q.end <= q.start:
                cand = o  # going down: the last one kept is the first of equal starts
            k -= 1
        if cand is not None and (best is None or cand.q.start > best.q.start):
            best = cand
    return best


def _change_before(ctx: Context, text: str, it: Item, live: list[Item]
                   ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool
                              ] | None:
    """The change amount written right before a to-level value (``…同比下降23.6%,降至``)
    and the pieces of its subject; the change is absorbed by the value."""
    mp = it.marker_pos if it.marker_pos is not None else it.q.start
    prev = [o for o in live if o.role == "change" and o.q.end <= mp]
    if not prev:
        return None
    c = prev[-1]
    if text[c.q.end:mp].strip(" ,，") or c.marker_pos is None:
        return None
    lo = c.marker_pos
    for m in ctx.lex.markers:  # move back over 同比 / 环比 written before the verb
        k = text.rfind(m, max(0, lo - 6), lo)
        if k >= 0 and not text[k:lo].strip(m + " "):
            lo = min(lo, k)
    start = lo
    while start > max(0, lo - 60) and text[start - 1] not in ctx.lex.clause_seps:
        start -= 1
    if any(o.q.start >= start and o.q.end <= lo for o in live):
        return None
    res = left_pieces(ctx, text, start, lo)
    if not res[0]:
        return None
    it.absorbs = c
    return res


def _has_content(ctx: Context, metric: str) -> bool:
    """True when ``metric`` holds more than function words (fillers, connectives,
    trailers, change and to-level verbs, particles)."""
    lex = ctx.lex
    i = 0
    while i < len(metric):
        w = lex.function_words_m.at(metric, i)
        if w:
            i += len(w)
        elif metric[i] in "的了着地得之" or not _HAN.match(metric[i]):
            i += 1
        else:
            return True
    return False


def _no_clause_mark(text: str, a: int, b: int) -> bool:
    """True when ``text[a:b]`` holds no clause or sentence mark."""
    return not any(c in ",，;；。！？!?\n" for c in text[a:b])


def _figureless_clause_before(ctx: Context, work: SentenceWork, cs: int
                              ) -> list[tuple[int, int]]:
    """Metric pieces of the clause before ``cs`` when that clause holds no kept figure
    (网络刷单返利诈骗,|占比34.6%), else empty."""
    own = _previous_clause_pieces(ctx, ctx.text, cs)
    if own and any(own[0][0] <= o.q.start < cs for o in work.kept):
        return []
    return own


def _previous_clause_pieces(ctx: Context, text: str, cs: int, seps: str = ",，"
                           ) -> list[tuple[int, int]]:
    """Metric pieces of the clause before ``cs`` in the same sentence, when one of ``seps``
    ends it (empty if none)."""
    end = cs - 1
    if end <= 0 or text[end] not in seps:
        return []
    k = end
    stops = ctx.lex.clause_seps | set(_SENT_END)
    while k > max(0, end - 40) and text[k - 1] not in stops:
        k -= 1
    if k > 0 and text[k - 1] not in stops:
        return []  # no clause start within reach
    pieces, _scope, _verb, _sub = left_pieces(ctx, text, k, end)
    if pieces:
        a, b = pieces[0]
        cop = next((c for c in sorted(ctx.lex.copulas, key=len, reverse=True)
                    if text.startswith(c, a) and b - a > len(c) + 1), None)
        word = ctx.lex.fillers_m.at(text, a)
        if cop is not None and word and len(word) > len(cop) and not ctx.lex.filler_at(text, a):
            cop = None  # (有效警情:…: 有 opens a noun's modifier, no copula)
        if cop is not None:  # 均为非公安警务警情,高达1616453起: the clause's predicate noun
            pieces = [(a + len(cop), b)] + pieces[1:]
    if len(_HAN.findall(ctx.join(pieces))) < 2:
        return []
    return pieces


def _last_verb(ctx: Context, text: str, pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Span of the last lexicon verb inside ``pieces``."""
    best = None
    search = ctx.lex.verbs_m._first_re.search
    verb_at = ctx.lex.verb_at
    bounds = ctx.bounds
    for a, b in pieces:
        i = a
        while i < b:
            if i >= 0:
                m = search(text, i, b)  # positions skipped hold no verb
                if m is None:
                    break
                i = m.start()
            v = verb_at(text, i, bounds)
            if v and i + len(v) <= b:
                best = (i, i + len(v))
                i += len(v)
            else:
                i += 1
    return best


def _is_rate(ctx: Context, metric: str) -> bool:
    return metric.endswith(tuple(ctx.lex.rate_suffixes)) or metric.endswith("数")


def left_pieces(ctx: Context, text: str, s: int, e: int
                ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool]:
    """The metric pieces written in ``text[s:e]`` (before a number), the scope span, the
    verb, and whether 其中 opened them."""
    while s < e and text[s] in " \u3000":
        s += 1
    if s < e and text[s] == "【":
        close = text.find("】", s, min(e, s + 14))
        if close > 0:
            s = close + 1  # 【民生在线】青岛市刑事警情: a column tag opens no metric
    a, b, scope, subcount = left_scope(ctx, text, s, e)
    if a < 0:
        return [], None, None, False
    return _left_rest(ctx, text, a, b, scope, subcount)


#: a length written before the verb (三个月抓获…, 短短两个月破案…): it frames the figure
_LEAD_LENGTH = re.compile(
    r"(?:短短|仅用|仅|在)?[0-9一二两三四五六七八九十半]{1,3}(?:个月|天|周)(?:来|内|里|时间)?"
)


def _left_rest(ctx: Context, text: str, a: int, b: int, scope: tuple[int, int] | None,
               subcount: bool
               ) -> tuple[list[tuple[int, int]], tuple[int, int] | None, str | None, bool]:
    """The second half of :func:`left_pieces`, from what :func:`.scope.left_scope` left."""
    lex = ctx.lex
    if a < b and text[a] in OPEN:  # (含破获外省案件52起): a sub-count in parentheses
        a += 1
        a += len(next((w for w in lex.inclusion_openers if text.startswith(w, a)), ""))
    topic: tuple[int, int] | None = None
    # fillers, adverbs and pronoun subjects again after the scope: 共 / 据此 / 同时 / 我们
    for _round in range(4):
        changed = True
        while changed and a < b:
            changed = False
            w = (lex.filler_at(text, a) or lex.connectives_m.at(text, a)
                 or lex.pronouns_m.at(text, a))
            if w and a + len(w) < b:
                a += len(w)
                changed = True
        length = _LEAD_LENGTH.match(text, a, b)
        if length and length.end() < b and lex.verb_at(text, length.end()):
            a = length.end()
        a2 = _predicate_start(ctx, text, a, b)
        if a2 == a:
            a2 = _after_campaign(ctx, text, a, b)
        if a2 == a:
            break
        if topic is None:
            topic = _counted_topic(ctx, text, a, a2)
        a = a2
    # trailing fillers: 达 / 为 / 共计
    changed = True
    while changed and b > a:
        changed = False
        w = lex.trailers_m.end(text[a:b])
        if w and text[a:b].endswith(lex.trailer_words):
            break  # 违法行为: a word, not a trailer 为
        if w and b - len(w) > a:
            b -= len(w)
            changed = True
    while b > a and not (_HAN.match(text[b - 1]) or text[b - 1].isalnum()
                         or text[b - 1] in "”)）\"》"):
        b -= 1
    pieces = [(a, b)] if b > a else []
    # fillers inside the metric: 共打掉 / 成功止付 / 依法行政拘留 / 处置了
    pieces = _drop_inner_fillers(ctx, text, pieces)
    if pieces and topic is not None and len(pieces) == 1 and (
            text[pieces[0][0]:pieces[0][1]] in lex.verb_set
            or text[pieces[0][0]:pieces[0][1]] in lex.record_verbs):
        pieces.append(topic)  # 诈骗警情|共|接报 -> 接报诈骗警情 (a bare verb only)
    verb = None
    if pieces:
        verb = lex.verb_at(text, pieces[0][0], ctx.bounds)
    return pieces, scope, verb, subcount


#: a subject opening with one of these points back to a case told of (该案, 此案, 本案)
_DEMONSTRATIVES = frozenset("该此本这其")


def _counted_topic(ctx: Context, text: str, a: int, a2: int) -> tuple[int, int] | None:
    """The subject ``text[a:…]`` before a total-filler opening the predicate at ``a2``
    (全市诈骗警情|共|接报) when it names what is counted (it ends in a counted topic:
    警情, 案件…) rather than who counts; None otherwise."""
    lex = ctx.lex
    opener = lex.openers_m.end(text[a:a2])
    if not opener or not lex.counted_topics:
        return None
    end = a2 - len(opener)
    while end > a and text[end - 1] in " \u3000":
        end -= 1
    k = text.rfind("等", a, end)
    if (k > a and text[k + 1:end].endswith(lex.counted_topics)
            # (the 等 closing a list: before a count of kinds or after a quote; not 高等)
            and (text[k + 1:k + 2] in _KIND_COUNT_START or text[k - 1] in "”\"」、")):
        # (“杀人、抢劫…”等八类案件共立案5493起: the kinds listed are summed up after 等)
        a = k + 1
    if text[a] in "「『“\"" and text[end - 1:end] in ("」", "』", "”", "\""):
        a, end = a + 1, end - 1  # (「侵犯人身罪」共录得…: the name inside its quotes)
    topic = text[a:end].strip("“”\"")
    if topic[:1] in _DEMONSTRATIVES:
        return None  # 该案共抓获…: the case the sentence tells of, not what is counted
    recorded = text.startswith(lex.record_verbs, a2) if lex.record_verbs else False
    if recorded and (lex.scope_words_m.at(text, a) or body_entity_at(ctx, a)):
        return None  # (全港共录得1809宗 / 澳门共录得…: who counts, not what is counted)
    if (len(topic) < 2 or len(topic) > 12
            or not (recorded or topic.endswith(lex.counted_topics))
            or _HAS_CLAUSE_MARK.search(text, a, end) or any(c.isdigit() for c in topic)
            or lex.first_verb(text[a:end], 0, ctx.bounds, a) is not None):
        return None
    return (a, end)


#: how a count of kinds after 等 starts (等八类案件, 等3类)
_KIND_COUNT_START = "一二两三四五六七八九十0123456789"


def _after_campaign(ctx: Context, text: str, a: int, b: int) -> int:
    """Where the predicate starts after a campaign named at the metric's head (“云剑2023反诈2号”
    集群战役|抓获…, 三年扫黑除恶专项斗争|打掉…) or an agency opening it (襄阳市公安局|集中
    调警…): the campaign is the fact's campaign and the agency its subject, neither is its
    metric; ``a`` when no such name ends right before a verb there."""
    for e in ctx.ents_near(a, a + _CAMPAIGN_LEAD):
        lead = _CAMPAIGN_LEAD if e.label == "CAMPAIGN" else 0 if e.label == "AGENCY" else -1
        if (a <= e.start <= a + lead and e.end < b
                and not _HAS_CLAUSE_MARK.search(text, a, e.start)
                # (公安部督捕的118名: the body grades the persons counted, it counts none)
                and not (e.label == "AGENCY" and GRADED_BY.match(text, e.end))):
            # (an adverb of up to two characters may stand before the verb: 精准止付)
            if any(ctx.lex.verb_at(text, k, ctx.bounds) for k in range(e.end, e.end + 3)
                   if k < b):
                return e.end
    return a


#: how far into the metric's words a campaign name may start (夏季治安打击整治“百日行动”)
_CAMPAIGN_LEAD = 10
_HAS_CLAUSE_MARK = re.compile(r"[,，;；。:：]")


def _predicate_start(ctx: Context, text: str, a: int, b: int) -> int:
    """Where the predicate starts when a subject or an adverbial stands before it.

    * a total-filler right before a verb opens the predicate: 边境口岸地区毒品查缉卡点
      |共|检查车辆, 各地|累计|排查 (共/累计/共计 … in ``predicate_openers``);
    * a leading 在…-adverbial ends at the first verb: 在夜间和节假日等重点时段|开展…;
    * a helper verb with a body as its object hands over to the next verb:
      配合公安机关|清理涉诈电话卡 (``helper_verbs`` + scope head + verb).
    """
    lex = ctx.lex
    i = lex.openers_m.next_at(text, a + 1, b)
    while i >= 0:
        w = lex.openers_m.at(text, i)
        if w and i + len(w) < b and lex.verb_at(text, i + len(w), ctx.bounds):
            return i + len(w)
        i = lex.openers_m.next_at(text, i + 1, b)
    preps = lex.adverbial_preps_t
    for i in range(a, min(b, a + 12)):
        # 在… at the start, or right after a body (全市交警|在夜间…开展)
        if not text.startswith(preps, i):
            continue
        lead = text[a:i]
        for adv in lex.lead_adverbs:  # 民警当场|从其携带的密码箱内查获…
            if lead.endswith(adv):
                lead = lead[:-len(adv)]
                break
        if i > a and lead and not lex.scope_heads_m.end(lead):
            continue
        start = 1
        after = next((p for p in preps if text.startswith(p, i)), "")
        if after in ("从", "在"):
            # 当场从其携带的密码箱内|查获…: the place ends with 内/中/里/上 before the verb
            j = i + 2
            while j < b - 1:
                if text[j] in "内中里上" and lex.verb_at(text, j + 1, ctx.bounds):
                    return j + 1
                v = lex.verb_at(text, j, ctx.bounds)
                if text[j] in ",，;；。" or (v and not text.startswith("的", j + len(v))):
                    break  # (a verb before any place word: 在…时段|开展…, the rule below)
                j += len(v) if v else 1
        if text.startswith("“", i + len(after)):
            close = text.find("”", i + len(after), b)
            if close > 0:
                start = close - i  # 利用“通讯诈骗案件侦办平台”冻结…: no verb inside the name
        fv = lex.first_verb(text[i:b], start, ctx.bounds, i)
        if (fv is not None and after == "对"
                and text[i + 1:i + fv[0]].endswith(_PERSONS_DEALT_WITH)):
            continue  # (对未成年犯罪嫌疑人批捕3987人: whom the count counts, kept)
        if fv is not None and fv[0] >= 2:
            return i + fv[0]
    i = lex.helper_verbs_m.next_at(text, a, b)
    while i >= 0:
        hv = lex.helper_verbs_m.at(text, i)
        if not hv or lex.verb_at(text, i, ctx.bounds) != hv:
            i = lex.helper_verbs_m.next_at(text, i + 1, b)
            continue
        j = i + len(hv)
        head = lex.scope_heads_m.at(text, j)
        if head is None:
            ent = next((e for e in ctx.ents_near(j, j)
                        if e.label == "AGENCY" and e.start == j), None)
            k = ent.end if ent is not None else None
            if k is None:
                # 会同有关部门 / 联合金融、通信部门: a body of up to 10 characters
                for m in range(min(b, j + 10), j + 1, -1):
                    if lex.scope_heads_m.end(text[j:m]) and not lex.first_verb(
                            text[j:m], 0, ctx.bounds, j):
                        k = m
                        break
        else:
            k = j + len(head)
        if k is not None and k < b and (lex.verb_at(text, k, ctx.bounds)
                                        or lex.adverbial_preps_m.at(text, k)):
            return k
        i = lex.helper_verbs_m.next_at(text, i + 1, b)
    return a


#: persons a prosecution or a court deals with, after 对 before the verb that counts them
_PERSONS_DEALT_WITH = ("犯罪嫌疑人", "被告人", "未成年人", "罪犯")


def _drop_inner_fillers(ctx: Context, text: str, pieces: list[tuple[int, int]]
                        ) -> list[tuple[int, int]]:
    out = []
    search = ctx.lex._inner_re.search
    plain = ctx.lex._inner_plain
    for a, b in pieces:
        cur = a
        i = a
        while i < b:
            if not plain:
                m = search(text, i, b)  # positions skipped hold no filler, 其中 or 了
                if m is None:
                    break
                i = m.start()
            w = ctx.lex.fillers_m.at(text, i)
            sub = ctx.lex.subcount_m.at(text, i)
            drop = None
            if (w and i + len(w) < b and ctx.lex.verb_at(text, i + len(w), ctx.bounds)
                    and not (i > a and _inside_average(ctx, text, i))):
                drop = len(w)
            elif sub and i > a:
                drop = len(sub)  # 帮助其中1600余人找到亲人: 其中 is no part of the metric
            elif text[i] == "了" and i > a and ctx.lex.verb_suffix(text[a:i]):
                drop = 1
            if drop:
                if i > cur:
                    out.append((cur, i))
                i += drop
                cur = i
            else:
                i += 1
        if b > cur:
            out.append((cur, b))
    return out


#: the fillers dropped at the end of a noun written after its number, where they stand
#: before the next figure (派出8个督导组共33人), longest first; not 还 or 已, which end
#: words (返还)
_TRAILING_FILLERS = ("共计", "总计", "合计", "累计", "分别", "一共", "共", "均")
#: what makes 均 part of an averaging word (平均, 人均, 日均, 月均, 年均, 户均)
_AVERAGE_BEFORE = frozenset("平人日月年户")


def _inside_average(ctx: Context, text: str, i: int) -> bool:
    """True when ``text[i]`` ends an averaging word started just before it: the 均 of
    平均出警时间 is no filler."""
    w = ctx.lex.average_words_m.at(text, i - 1)
    return w is not None and len(w) >= 2


#: units that count events besides the frequencies (开展120场宣传活动, 两轮次…行动)
_EVENT_UNITS = frozenset(("场", "场次", "轮次", "波次"))


#: the list marks: what follows the last of them before a number is that number's words
_LIST_MARK_CHARS = "、和及与"


#: a change amount right after a change word (上升了一倍, 下降35%, 增加12起)
_CHANGE_AMOUNT_NEXT = re.compile(r"了?(?:约|近|超|逾)?[0-9一二两三四五六七八九十百千万半]")


def _noun_after(ctx: Context, text: str, it: Item, ce: int, live: list[Item]
                ) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The object written after the number (3644个涉黑组织) and a predicate after it."""
    lex = ctx.lex
    q = it.q
    if q.kind not in ("count", "weight", "money") or not q.unit:
        return None, None  # 3644个涉黑组织 / 缴获6.7吨各类毒品 / 追缴130万元…维修基金
    i = q.end
    if i >= ce or not (_HAN.match(text[i]) or text[i].isalpha() or text[i] in "“\"《"):
        return None, None
    if lex.not_predicate_m.at(text, i) or lex.threshold_after_m.at(text, i):
        return None, None
    if (text[i] in "及和与" and not _in_bound_word(text, i, lex.bound_conjunctions)
            or text.startswith("以及", i)):
        return None, None  # 子弹4发及打猎用的子弹: the count ends its item; the next one follows
    if not lex.number_modifiers_m.at(text, i) and (
            lex.verb_at(text, i, ctx.bounds) or text[i] in "的被是为达"):
        return None, None  # (10名公诉案件被告人: a noun opened by a verb's word)
    tail = lex.past_change_adverbs(text[i:i + 10])
    cw = lex.change_words_m.at(tail)
    if cw and _CHANGE_AMOUNT_NEXT.match(tail, len(cw)):
        return None, None  # 纵火案52宗上升了一倍: the figure's change follows, no object
    nxt = next((o.q.start for o in live if o.q.start >= q.end), ce)
    limit = min(ce, nxt)
    # a rate noun right before the next number: 5824名目标在逃人员到案率99%
    if nxt == limit and nxt < ce:
        rate = rate_suffix(ctx, i, nxt)
        if rate is not None:
            return (i, rate), None
    # the noun runs to a verb, a predicate filler, or a list separator before a number
    # (an event's name runs to its head, verbs inside: 3次集中清查行动)
    event = ((q.unit in lex.frequency_units or q.unit in _EVENT_UNITS)
             and text[i:limit].rstrip(" \u3000").endswith(lex.event_heads))
    # (12辆被盗车辆, 15名被执行人: a modifier opening the noun holds no verb that ends it)
    mod = len(lex.number_modifiers_m.at(text, i) or "")
    j = i + mod if mod and _HAN.match(text[i + mod:i + mod + 1] or ",") else i
    # the last list mark before the next number (one search, so the loop stays linear)
    last_mark = max((text.rfind(c, i, nxt) for c in _LIST_MARK_CHARS), default=-1)
    while j < limit:
        v = (lex.verb_at(text, j, ctx.bounds) or _light_verb_at(text, j)) if (
            j > i and not event) else None
        if v and j + len(v) < limit and (_HAN.match(text[j + len(v)])
                                          or text[j + len(v)] in "“\"《"):
            break
        if j > i and lex.pred_fillers_m.at(text, j) and lex.verb_at(
                text, j + len(lex.pred_fillers_m.at(text, j) or "")):
            break
        if text[j] in "、和及" and j + 1 < len(text) and (
                text[j + 1].isdigit() or _quantity_at(ctx, live, j + 1)):
            break
        if (j == last_mark and text[j] == "、" and j > i and nxt < ce
                and not any(lex.verb_at(text, k, ctx.bounds) for k in range(j + 1, nxt))):
            # 造成1407人死亡、798人受伤、直接财产损失36.75亿元: the words after the last 、
            # before the next number are that number's metric (not when a verb stands
            # there: 打掉12个涉黑、涉恶团伙抓获成员86人, the next figure's clause)
            break
        if text[j] == "被":
            w = _person_noun_at(lex, text, j)
            if not w:
                break
            j += w  # (公诉案件被告人: a noun opened by 被, no passive)
            continue
        j += 1
    np_end = j
    while np_end > i and text[np_end - 1] in "、和及的与以":
        np_end -= 1
    if np_end == nxt:
        # (派出8个督导组共33人: 共 before the next figure is that figure's, not the noun's; not
        # the 均 of 平均/人均)
        w = next((w for w in _TRAILING_FILLERS if text.startswith(w, np_end - len(w))), None)
        if (w is not None and np_end - len(w) > i
                and not (w == "均" and text[np_end - 2] in _AVERAGE_BEFORE)):
            np_end -= len(w)
    if np_end <= i:
        return None, None
    if q.kind == "money" and not text[i:np_end].endswith(lex.money_nouns):
        return None, None  # 涉案金额3亿元,… : only a sum of money is written after money
    np_span = (i, np_end)
    # the predicate: after the noun (or after the last list item) to the clause end
    pred = None
    k = j
    last_end = np_end
    for o in live:
        if o.q.start >= q.end and o.q.end <= ce and text[o.q.start - 1:o.q.start] in "、和及":
            last_end = max(last_end, o.q.end)
    if last_end > np_end:
        k = last_end
        while (k < ce and not lex.verb_at(text, k, ctx.bounds) and text[k] not in "被"
               and not lex.pred_fillers_m.at(text, k)):
            k += 1
            k += _person_noun_at(lex, text, k)  # (…16名自诉案件被告人宣告无罪: 被告人)
    while k < ce:
        w = lex.pred_fillers_m.at(text, k)
        if w:
            k += len(w)
        else:
            break
    if k < ce and (lex.verb_at(text, k, ctx.bounds) or text[k] == "被"
                   or _light_verb_at(text, k)):
        pe = ce
        nq = next((o.q.start for o in live if o.q.start >= k), ce)
        pe = min(pe, nq)
        if pe > k:
            pred = (k, pe)
    return np_span, pred


def _person_noun_at(lex: Any, text: str, i: int) -> int:
    """The length of a noun of persons opened by a function character (被告人, 被执行人:
    ``number_modifiers`` ending in 人) at ``text[i]``; 0 when there is none."""
    w = lex.number_modifiers_m.at(text, i)
    return len(w) if w and w.endswith("人") else 0


#: 对 opening the object of a light-verb clause (对22起…案件进行挂牌督办)
_DUI = re.compile(
    r"(?:^|(?<=[,，、;；\s]))对|(?<=[\u4e00-\u9fff])对(?=[0-9一二三四五六七八九十两我全各辖本该所])"
)
#: light verbs of 对…进行X: the action X is the metric's verb
_LIGHT_VERBS = ("进行", "实行", "予以", "实施", "给予")


def _light_verb_at(text: str, i: int) -> str | None:
    """The light verb at ``i`` (with its 了: 进行了清查), if any."""
    w = next((w for w in _LIGHT_VERBS if text.startswith(w, i)), None)
    return w + "了" if w is not None and text.startswith("了", i + len(w)) else w


def _quantity_at(ctx: Context, live: list[Item], pos: int) -> bool:
    return any(o.q.start == pos for o in live)


def split_subject(text: str, span: tuple[int, int], n: int, bound: tuple[str, ...] = ()
                  ) -> list[tuple[int, int]]:
    """``span`` cut at 、/和/及 outside parentheses (not inside a ``bound`` word: 涉及)
    into ``n`` parts, else at 、 alone when that gives ``n`` non-empty parts (an item
    holding 和: 火警和消防救援类警情); ``[span]`` otherwise."""
    s, e = span
    if n <= 1:
        return [span]
    for words in ((bound, ()) if bound else ((),)):
        # (涉及 cuts no list; when the list then comes out short of n, 电诈案件和平台类
        # 案件, the bound word was a real 和 after all)
        parts = [(a, b) for a, b in _between(s, e, _top_level_cuts(text, s, e, True, words))
                 if a < b]
        if len(parts) == n:
            return parts
    # (…交通类警情、火警和消防救援类警情…分别下降…、0.9%和29.1%: an item holding 和 of
    # its own; the 、 alone cut the list into n parts)
    parts = _between(s, e, _top_level_cuts(text, s, e, False))
    if len(parts) == n and all(a < b for a, b in parts):
        return parts
    return [span]


#: what opens and closes a stretch that a list is not cut inside: parentheses, quotes
_OPEN_NESTING = OPEN + "“《"
_CLOSE_NESTING = CLOSE + "”》"


def _between(s: int, e: int, cuts: list[int]) -> list[tuple[int, int]]:
    """The spans of ``[s, e)`` between the one-character ``cuts``."""
    return list(zip([s, *[c + 1 for c in cuts]], [*cuts, e]))


def _top_level_cuts(text: str, s: int, e: int, conjunctions: bool,
                    bound: tuple[str, ...] = ()) -> list[int]:
    """Positions in ``text[s:e]`` of the 、 outside parentheses and quotes (扰乱公共秩序和
    “黄、赌、毒”案件), and of 和/及 too (not as the last character, nor inside a ``bound``
    word) with ``conjunctions``."""
    out = []
    depth = 0
    for i in range(s, e):
        ch = text[i]
        if ch in _OPEN_NESTING:
            depth += 1
        elif ch in _CLOSE_NESTING:
            depth = max(0, depth - 1)
        elif depth == 0 and (ch == "、" or (conjunctions and ch in "和及" and i + 1 < e
                                            and not _in_bound_word(text, i, bound))):
            out.append(i)
    return out


def _in_bound_word(text: str, i: int, bound: tuple[str, ...]) -> bool:
    """True when the 和/及 at ``i`` stands inside one of the ``bound`` words (涉及, 和谐)."""
    return any(text.startswith(w, i - w.index(text[i])) for w in bound if text[i] in w
               and i >= w.index(text[i]))
