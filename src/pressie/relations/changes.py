"""Stage 3, changes and baselines: every change attached to its level, or a change-only fact.

Changes attach to the preceding value (distributed over a list with 分别), to the level whose
baseline stands just before them (4.9万名,较2017年底的8.6万名下降43%), or make a change-only
fact with their own subject (侵财案件发案同比下降9.1个百分点).  One change per fact: with 同比
and 环比 (or a baseline amount), the level keeps the first non-baseline change, the others
become change-only facts.  :func:`sentence_drafts` turns the sentence's figures into
:class:`~.records.Draft` facts, whose period, region and campaign the later stages fill in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Change, Period
from ..periods.lexicon import load_lexicon as load_period_lexicon
from ..structure_rules import HEADING_MARKS
from .candidates import Item, Sentence, SentenceWork
from .context import Context, clean
from .metric import (
    _PERSON_UNITS,
    BREAKDOWN,
    RANK_WORD,
    left_pieces,
    listed_place_at,
    ranked_list_colon,
    split_subject,
)
from .patterns import _HAN, _HAN_RUN, LIST_GAPS, jiao_adverb
from .records import Draft, Site, _change, _span
from .roles import CHANGE_THEN_TO
from .scope import own_scope_before


def sentence_drafts(ctx: Context, work: SentenceWork, scope: tuple[int, int] | None
                    ) -> list[Draft]:
    """Stage 3 for one sentence: changes and baselines attached, one draft per fact.

    ``scope`` is the scope the sentence carries out (the scope of a change-only fact
    without one of its own).
    """
    _attach_changes(ctx, ctx.text, work.sent, work.live, work.clauses)
    drafts: list[Draft] = []
    for it in work.live:
        if it.role == "value":
            drafts.extend(_value_drafts(ctx, it, work.sent))
        elif it.role == "change" and it.owner is None:
            draft = _change_only_draft(ctx, it, work.sent, scope)
            if draft is not None:
                if draft.metric in ctx.lex.rate_nouns and drafts:
                    # …警情同比下降64.26%,降幅比去年上半年增加了21.82个百分点: the change of
                    # the fall just written (“两抢”警情降幅)
                    _rate_of_previous(draft, drafts[-1])
                drafts.append(draft)
    return drafts


def _rate_of_previous(draft: Draft, prev: Draft) -> None:
    """Prefix a rate-noun metric (降幅) with the metric of the fact written before it in
    its sentence, when that fact holds a rate change."""
    ch = prev.change
    if ch is None or ch.amount is None or ch.amount.kind != "percent" or not prev.metric:
        return
    draft.metric = prev.metric + draft.metric
    draft.spans = prev.spans + draft.spans


def changes_of_previous_levels(ctx: Context, work: SentenceWork, drafts: list[Draft],
                               levels: list[Draft]) -> list[Draft]:
    """A sentence of bare changes after the sentence that wrote the levels (…378起,…82人死亡、
    449人受伤,直接财产损失205万元。比去年同期分别下降了13.9%、18%、5.3%和22.1%。): its
    amounts are, in turn, the changes of the last of ``levels`` (the value drafts of the
    paragraph's sentence before it) without a change of their own; returns ``drafts`` (the
    sentence's own) less the change-only drafts of those amounts.

    Only a sentence that opens with its comparison (比/较/与…/同比), holds no level and
    no subject for its amounts, and lists them with 分别 (or has one) gives its changes back.
    """
    text = ctx.text
    sent = work.sent
    if any(it.role == "value" for it in work.live):
        return drafts
    if not _OPENS_COMPARED.match(text, sent.start):
        return drafts
    bare = [it for it in work.live
            if it.role == "change" and it.owner is None and (
                it.subject is None or _TOLD_FIGURES.fullmatch(text, *it.subject))]
    if not bare or len(bare) != sum(it.role == "change" for it in work.live):
        # (与去年同期相比,事故起数增加5起,上升6.41%…: measures given as a difference and a
        # rate; 同比去年,火灾起数下降了47.69%,伤人数上升了100%…: measures by their subject,
        # one by one; a 分别-list of named measures keeps its own nouns, spec section 4)
        drafts = _measured_changes(drafts, levels)
        if "分别" in text[sent.start:sent.end]:
            return drafts
        return measures_of_previous_levels(drafts, levels)
    if len(bare) > 1 and "分别" not in text[sent.start:bare[0].q.start]:
        return drafts
    free = [d for d in levels if d.change is None]  # (levels: value drafts only)
    if len(free) < len(bare):
        return drafts
    for d, c in zip(free[-len(bare):], bare):
        d.change = _change(c.direction or "up", c.q, c.basis or "baseline",
                           c.base_period, None, with_baseline=False)
    taken = {id(c.q) for c in bare}
    return [d for d in drafts
            if not (d.value is None and d.change is not None and d.change.amount is not None
                    and id(d.change.amount) in taken)]


def breakdown_items(ctx: Context, drafts: list[Draft], levels: list[Draft]) -> None:
    """The items of a breakdown (…共接待居民办理二代证5618张,按照日期分:2月7日349张,…。
    按照地区分:崇川69张,…; the opener 按…分: or 分…看: at a clause's head) count what the
    total before the breakdown counts: an item whose metric is only its label (no verb, at
    most 8 characters) and whose unit is the total's takes the total's metric.  ``levels``
    are the paragraph's earlier level drafts; changes ``drafts`` in place."""
    text = ctx.text
    for d in drafts:
        v = d.value
        if v is None or d.change is not None or len(d.metric) > 8:
            continue
        lo = d.site.sent.start
        item = _place_item(ctx, lo, v.start)
        if item is not None:
            place, label = item
            # 共破获…案件36起,其中乌鲁木齐16起,和田13起,吐鲁番、喀什各2起: places after 其中
            # (the total right before 其中, a comma between: …36起,其中…; a breakdown
            # opening a sentence of its own lists categories: 。其中,香港3996人次…)
            total = next((t for t in reversed([*levels, *drafts])
                          if t.value is not None and t.value.end <= place
                          and t.value.unit == v.unit and t is not d
                          and _COMMA_ONLY.fullmatch(text, t.value.end, place)), None)
            if total is not None:
                d.metric, d.spans = total.metric, list(total.spans)
                if label[1] > label[0] and (d.site.scope is None
                                            or d.site.scope[1] <= label[0]):
                    d.site.scope = label  # (the item's place is where it was counted)
                if total.site.sent is d.site.sent:
                    # (…(2011年1—10月份,全州共发生火灾67起[其中兴义市23起…]): the items
                    # count in the total's period, written in its clause
                    d.site.period_pos = total.site.pos
            continue
        marks = list(BREAKDOWN.finditer(text, max(0, lo - 400), v.start))
        if not marks or _has_verb_word(ctx, d.metric):
            continue
        m = marks[-1]
        total = next((t for t in reversed([*levels, *drafts])
                      if t.value is not None and t.value.end <= m.start()
                      and t.value.unit == v.unit and t is not d), None)
        if total is None or total.value.start < m.start() - 200:
            continue
        d.metric, d.spans = total.metric, list(total.spans)


#: only a comma (or an opening bracket) between a total and the 其中 of its breakdown
#: (…火灾48起(其中兴义市21起、…))
_COMMA_ONLY = re.compile(r"\s*[,，(（\[]\s*")
#: what may stand between a breakdown's places and their figure (吐鲁番、喀什各2起)
_PLACE_GLUE = re.compile(r"[、和及与\s]*|[、和及与\s]*(?:各|均|分别为|分别|共|为|有)")


def _place_item(ctx: Context, lo: int, at: int) -> tuple[int, tuple[int, int]] | None:
    """Where 其中 opens the breakdown, and the item's label span, when the words right
    before the figure at ``at`` are only places (LOCATION entities joined by 、/和, then 各
    or a copula) listed after 其中 in the sentence from ``lo``; else None."""
    text = ctx.text
    k = text.rfind("其中", lo, at)
    if k < 0:
        return None
    start = max(text.rfind(c, k, at) for c in ",，;；:：") + 1
    start = max(start, k + 2)
    for m in _ITEM_END.finditer(text, start, at):
        start = m.end()  # (其中汉滨分局1782起、高新分局339起: after the item before)
    if at - start < 2:
        return None
    run = _place_run(ctx, start, at, bodies=True)
    if run is None or not _PLACE_GLUE.fullmatch(text, run[1], at):
        # (…(其中兴义市21起、顶效开发区5起、兴仁县3起,其他1起): a place's name by its
        # administrative suffix (an old county's, a zone's), or the rest)
        named = _NAMED_ITEM.fullmatch(text, start, at)
        if named is None:
            return None
        if named.group("name") in _REST:
            if not (_place_run(ctx, k + 2, start, bodies=True)
                    or _NAMED_ITEM.search(text, k, start)):
                return None  # (…纠纷4起、群众求助20起、其他8起: the rest of categories)
            return k, (named.start("name"), named.start("name"))  # (the rest: no scope)
        return k, named.span("name")
    return k, run


def _place_run(ctx: Context, start: int, at: int, bodies: bool = False
               ) -> tuple[int, int] | None:
    """The places (LOCATION entities) written from ``start`` before ``at`` with only
    :data:`_PLACE_GLUE` before and between them: (the first's start, the last's end); None
    when other words stand among them or no place is written. With ``bodies`` the places'
    police bodies count as places (其中汉滨分局1782起、高新分局339起: AGENCY entities, and a
    place with a body's word after it)."""
    text = ctx.text
    labels = ("LOCATION", "AGENCY") if bodies else ("LOCATION",)
    pos = first = start
    found = False
    for e in sorted(ctx.ents_near(start, at), key=lambda e: e.start):
        if e.label not in labels or e.start < pos or e.end > at:
            continue
        if not _PLACE_GLUE.fullmatch(text, pos, e.start):
            return None
        if not found:
            first = e.start
        pos, found = e.end, True
        if bodies:
            m = _BODY_WORD.match(text, pos, at)
            if m is not None:
                pos = m.end()
    return (first, pos) if found else None


#: the rest of a breakdown's places
_REST = ("其他", "其余", "其它")
#: a breakdown item named by an administrative suffix, or the rest (其他, 其余)
_NAMED_ITEM = re.compile(
    r"\s*(?P<name>(?![\u4e00-\u9fff]{0,4}(?:小区|社区|景区|城区|郊区|辖区|市区|园区|街区|山区|"
    r"校区|片区|灾区|矿区|林区|牧区|超市|城市|都市|门市|夜市|菜市))"
    r"[\u4e00-\u9fff]{2,6}?(?:县|市|区|旗|开发区|新区)|其他|其余|其它)"
    r"(?:各|均|为|有|共)?\s*")

#: the end of a breakdown's item, its figure and a 、 (…1782起、)
_ITEM_END = re.compile(r"[0-9][0-9.]*[^\s0-9、,，;；。]{0,3}、")

#: a police body's word after a place in a breakdown by body (汉滨|分局)
_BODY_WORD = re.compile(r"(?:公安)?(?:分局|公安局|派出所|大队|支队|中队)")


def _places_only(ctx: Context, at: int) -> tuple[int, int] | None:
    """The span of the places when the words of the clause before the figure at ``at`` are
    only places (拉萨58起, 拉萨市城关区(含柳梧新区)57起, 贡嘎县、浪卡子县各1起); else None."""
    text = ctx.text
    lo = max(0, at - 40)
    start = max(text.rfind(c, lo, at) for c in ",，;；:：。\n") + 1
    start = max(start, lo)
    if text.startswith("其中", start):
        start += 2
    if at - start < 2:
        return None
    run = _place_run(ctx, start, at)
    if run is None:
        return None
    first, end = run
    pos = end
    if text[pos:pos + 1] in "(（":  # (含柳梧新区)
        close = min((k for k in (text.find(")", pos, at), text.find("）", pos, at)) if k >= 0),
                    default=-1)
        if close < 0:
            return None
        pos = close + 1
    if _PLACE_GLUE.fullmatch(text, pos, at) is not None:
        return first, end
    return None


def _opens_with_place(ctx: Context, sent_start: int, first: int) -> bool:
    """Whether the sentence from ``sent_start`` opens with a place (after 其中 and blanks),
    a breakdown by place written as sentences of their own, the figure's places at
    ``first`` among them."""
    text = ctx.text
    k = sent_start
    while k < first and text[k] in " \u3000\t\r\n":
        k += 1
    if text.startswith("其中", k):
        k += 2
        while k < first and text[k] in ",，:： ":
            k += 1
    if k == first:
        return True
    return any(e.label == "LOCATION" and e.start == k for e in ctx.ents_near(k, k))


def place_items(ctx: Context, drafts: list[Draft], earlier: list[Draft]) -> None:
    """A figure written with only places as its words, in a breakdown by place that follows
    a total in sentences of their own (全区立电信网络诈骗案件…起。\n拉萨58起,…。拉萨市城关区
    57起,墨竹工卡县1起。), counts what that total counts: it takes the metric of the nearest
    earlier figure in its unit that is no place's, when that one stands in an earlier
    sentence (a list whose first item names a kind, 外国人36618人次,香港3996人次, keeps its
    labels). Changes ``drafts`` in place; ``earlier`` are the document's drafts before."""
    for k, d in enumerate(drafts):
        v = d.value
        if v is None or d.change is not None and d.change.amount is None:
            continue
        places = _places_only(ctx, v.start) if len(d.metric) <= 12 else None
        if places is None or not _opens_with_place(ctx, d.site.sent.start, places[0]):
            continue  # (受害人主要分布在:拉萨30人…: places of something else)
        for t in reversed([*earlier, *drafts[:k]]):
            tv = t.value
            if tv is None or tv.unit != v.unit:
                continue
            if v.start - tv.end > 3000:
                break
            if _places_only(ctx, tv.start):
                continue
            if t.site.sent.start < d.site.sent.start and t.metric:
                # (the places are where it was counted: the figure's scope)
                d.metric, d.spans = t.metric, list(t.spans)
                d.site.scope = places
            break


def ranked_places(ctx: Context, drafts: list[Draft]) -> None:
    """Places listed after a colon as the ones a measure ranks or picks (…死亡人数居全国前5
    位的省份是:广东(2746人)、江苏(1857人)…): each place's figure measures what the words
    before the ranking word say (道路交通事故死亡人数), and the place is its scope. Changes
    ``drafts`` in place."""
    text = ctx.text
    for d in drafts:
        v = d.value
        if v is None or d.change is not None:
            continue
        at = v.start - 1 if v.start > 0 and text[v.start - 1] in ("(", "（") else v.start
        place = listed_place_at(ctx, at)
        if place is None:
            continue
        colon = ranked_list_colon(ctx, v.start, place[0])
        if colon is None:
            continue
        lo = max(max(text.rfind(c, max(0, colon - 80), colon) for c in ",，;；") + 1,
                 d.site.sent.start, colon - 80)
        k = bisect_left(ctx.period_starts, lo)
        if k < len(ctx.periods) and ctx.period_starts[k] == lo:
            end = ctx.periods[k].end
            if end is not None and end < colon:
                lo = end  # (一季度道路交通事故…: the period left out)
        rank = RANK_WORD.search(text, lo, colon)
        if rank is None or rank.start() - lo < 2:
            continue
        d.spans = [_span(text, lo, rank.start())]
        d.metric = ctx.join([(lo, rank.start())])
        d.site.scope = place


def _has_verb_word(ctx: Context, metric: str) -> bool:
    return any(ctx.lex.verb_at(metric, i) for i in range(len(metric)))


def measures_of_earlier_levels(ctx: Context, drafts: list[Draft], levels: list[Draft]
                               ) -> list[Draft]:
    """A change-only draft measuring a count by its verb (破案数同比上升300%) after a
    sentence of the paragraph counted it (…破案92起,抓获142人。): the change is that
    level's (the one level, without a change of its own, whose metric is the measure's verb
    or, for a stem of three characters or more, opens with it: 破案 for 破案数); a change
    with a scope of its own, in a 其中 sentence (其中,城区派出所破案数) or with a period
    written in its sentence (去年全年,破案数…) keeps its own fact.  Returns ``drafts``
    less the drafts given away."""
    given: set[int] = set()
    for d in drafts:
        ch = d.change
        if d.value is not None or ch is None or ch.amount is None:
            continue
        lead = ctx.text[d.site.sent.start:ch.amount.start]
        if "其中" in lead or any(d.site.sent.start <= p.start < ch.amount.start
                                for p in ctx.periods):
            continue  # (其中,城区派出所破案数…: a part's own change)
        stem = d.metric[:-1] if d.metric.endswith("数") else ""
        if len(stem) < 2:
            continue
        found = [lv for lv in levels if lv.change is None and lv.value is not None
                 and lv.value.kind == "count" and (lv.metric == stem or (
                     len(stem) >= 3 and lv.metric.startswith(stem)))
                 and d.site.scope in (None, lv.site.scope)]
        if len(found) != 1:
            continue
        found[0].change = ch
        given.add(id(d))
    return [d for d in drafts if id(d) not in given] if given else drafts


def _measured_changes(drafts: list[Draft], levels: list[Draft]) -> list[Draft]:
    """与去年同期相比,事故起数增加5起,上升6.41%;死亡人数减少2人,下降33.33%…: each measure
    given as a difference and a rate, whose subject measures one of the levels written just
    before (事故起数 -> the 起 of 发生道路交通事故83起; 死亡人数 -> 4人死亡; 直接财产损失 ->
    …损失127491元), gives its rate to that level; the differences stay change-only facts (a
    分别-list of rates alone stays change-only, as the golds keep it). Returns ``drafts``
    less the change-only drafts given to a level."""
    free = [d for d in levels if d.change is None]
    given: set[int] = set()
    for k, d in enumerate(drafts):
        ch = d.change
        if (d.value is not None or ch is None or ch.amount is None
                or ch.amount.kind not in ("percent", "points")):
            continue
        before = drafts[k - 1] if k else None
        if (before is None or before.value is not None or before.change is None
                or before.change.amount is None or before.metric != d.metric
                or before.change.amount.kind in ("percent", "points")):
            continue  # (only a measure given as a difference and a rate, one after the other)
        level = _measured_level(d.metric, free)
        if level is None:
            continue
        level.change = ch
        free.remove(level)
        given.add(id(d))
    return [d for d in drafts if id(d) not in given] if given else drafts


def measures_of_previous_levels(drafts: list[Draft], levels: list[Draft]) -> list[Draft]:
    """A sentence of changes only, two or more of them measures of the levels written last
    (…共发火灾1030起,死亡1人,受伤1人,直接财产损失343.4万元。…与2008年相比,火灾起数上升
    8.65%,…受伤人数上升了100%,直接财产损失上升了29.98%): each goes to the level it
    measures (:func:`_measured_level`). Returns ``drafts`` less those given away."""
    if any(d.value is not None for d in drafts):
        return drafts
    free = [d for d in levels if d.value is not None and d.change is None]
    if len(free) < 2:
        return drafts
    return _give_measures(drafts, free)


def measures_in_sentence(drafts: list[Draft], text: str | None = None) -> list[Draft]:
    """…发生火灾1135起,死亡32人,受伤25人,直接财产损失1969.66万元,与去年同期相比,起数、死亡
    人数和直接财产损失分别下降15.9%、3%和23.5%: in a sentence that wrote the levels, each
    rate whose subject measures one of them (起数, 死亡人数, 损失: :func:`_measured_level`)
    is that level's change, and so is a difference in the level's unit (死亡人数减少308人)
    unless a rate of the same subject follows it (减少11起,下降34.4%: the rate); with
    ``text``, levels written inside brackets (a breakdown, the compared period's figures) are
    none it measures. Returns ``drafts`` less the change-only
    drafts given away."""
    return _give_measures(drafts, [], text)


def _give_measures(drafts: list[Draft], free: list[Draft], text: str | None = None
                   ) -> list[Draft]:
    """Each change-only rate of ``drafts`` whose subject measures one of the ``free``
    levels (:func:`_measured_level`; the levels among ``drafts`` join them as they are
    written) gives its change to that level, when two or more do; with ``text`` (the
    levels' own sentence), so does a difference in the level's unit not followed by a rate
    of its subject. Returns ``drafts`` less
    the change-only drafts given away."""
    pairs: list[tuple[Draft, Draft]] = []
    for k, d in enumerate(drafts):
        ch = d.change
        if d.value is not None:
            if text is not None and _bracketed(text, d.site.sent.start, d.value.start):
                continue  # (…48起(其中兴义市21起…): an item, no level a measure names)
            if ch is None or (ch.amount is None and ch.baseline is not None):
                free.append(d)  # (or a level with only its compared level: 去年同期为34件)
            continue
        if (ch is None or ch.amount is None or len(d.metric) > 8 or d.metric.endswith("率")
                or (ch.amount.kind not in ("percent", "points") and text is None)):
            continue  # (不起诉率 is a rate of its own, no measure of 不起诉66人)
        level = _measured_level(d.metric, free)
        if level is None:
            continue
        if ch.amount.kind not in ("percent", "points") and (not _same_units(
                ch.amount.unit, level.value.unit if level.value is not None else None)
                or _rate_follows(drafts, k)):
            # (in its sentence, 死亡人数减少308人 measures 死亡5382人 by its unit; 事故起数减少
            # 11起,下降34.4%: the rate after the difference is the level's, as the golds keep it)
            continue
        free.remove(level)
        pairs.append((level, d))
    single = len(pairs) == 1 and text is not None and _compared_right_after(text, *pairs[0])
    if len(pairs) < 2 and not single:
        # (one rate alone is kept as the golds keep it: a change-only fact, unless it is
        # written right after its level: …伤亡事故53起,较去年同期相比,事故减少30%)
        return drafts
    for level, d in pairs:
        _give_change(level, d)
    given = {id(d) for _level, d in pairs}
    return [d for d in drafts if id(d) not in given]


def _rate_follows(drafts: list[Draft], k: int) -> bool:
    """Whether the draft after ``drafts[k]`` is a change-only rate of the same subject."""
    if k + 1 >= len(drafts):
        return False
    nxt = drafts[k + 1]
    ch = nxt.change
    return (nxt.value is None and ch is not None and ch.amount is not None
            and ch.amount.kind in ("percent", "points") and nxt.metric == drafts[k].metric)


def _same_units(a: str | None, b: str | None) -> bool:
    """Whether a difference's unit counts what a level's does (人 and 名 alike)."""
    return a is not None and b is not None and (
        a == b or (a in _PERSON_UNITS and b in _PERSON_UNITS))


#: a comparison phrase of its own clause (,较去年同期相比, / ,与去年同期相比,)
_COMPARED_CLAUSE = re.compile(r"[,，]\s*(?:较|与|和|同)[^,，。;；0-9]{1,8}?相比\s*[,，]\s*")


def _compared_right_after(text: str, level: Draft, measure: Draft) -> bool:
    """True when the one rate ``measure`` is written right after ``level``, past only a
    comparison clause (…53起,较去年同期相比,事故减少30%), its subject the head noun that
    ends the level's metric."""
    assert level.value is not None  # (the free levels have values)
    m = _COMPARED_CLAUSE.match(text, level.value.end)
    if m is None or not level.metric.endswith(measure.metric):
        return False
    return text.startswith(measure.metric, m.end())


def _give_change(level: Draft, measure: Draft) -> None:
    """``level`` takes the change of change-only ``measure``, keeping a compared level
    of its own (18件…去年同期为34件, 件数…下降47.06%: down 47.06%, baseline 34件)."""
    ch = measure.change
    old = level.change
    if ch is not None and old is not None and old.baseline is not None:
        ch = _change(ch.direction, ch.amount, ch.basis, ch.base_period, old.baseline)
    level.change = ch


#: a clause ranking a level among others (居全国第7位, 排名全省第一)
_RANK_CLAUSE = re.compile(
    r"(?:居|位居|位列|排名|名列|列)[^,，;；]{0,8}?(?:第[0-9一二三四五六七八九十]{1,3}位?|前列|首位)")

#: what opens the parts a level includes, in its brackets (包括…, 含…)
_INCLUDES = re.compile(r"[(（](?:其中)?(?:包括|含)")


def _bracket_owner(text: str, values: list[Item], pos: int, lo: int) -> Item | None:
    """The value right before the brackets still open at ``pos`` (since ``lo``), else
    None."""
    at = _open_bracket(text, lo, pos)
    if at is None:
        return None
    return next((v for v in reversed(values) if v.q.end == at), None)


def _bracketed(text: str, lo: int, pos: int) -> bool:
    """True when ``pos`` stands inside brackets opened after ``lo`` and not closed."""
    return _open_bracket(text, lo, pos) is not None


#: how far back an open bracket is looked for (a bracketed aside is shorter)
_BRACKET_REACH = 400


def _open_bracket(text: str, lo: int, pos: int) -> int | None:
    """Where the innermost bracket still open at ``pos`` was opened, at or after ``lo`` and
    at most :data:`_BRACKET_REACH` characters back (so each lookup costs a bounded scan),
    else None."""
    depth = 0
    for i in range(pos - 1, max(lo, pos - _BRACKET_REACH) - 1, -1):
        ch = text[i]
        if ch in _CLOSE_BRACKETS:
            depth += 1
        elif ch in _OPEN_BRACKETS:
            if depth == 0:
                return i
            depth -= 1
    return None


_OPEN_BRACKETS = "(（[【"
_CLOSE_BRACKETS = ")）]】"


#: the count nouns of a unit (件数 measures the 件 of 18件20人, 人数 its 人)
_UNIT_MEASURES = {"件数": ("件",), "人数": ("人", "名"), "宗数": ("宗",), "案件数": ("件", "起")}

#: a measure of an event named by what it counts (死亡人数 of 4人死亡)
_MEASURE_KEYS = ("死亡", "受伤", "伤亡", "损失", "亡人")
#: short measures of persons (死人数上升300%, 伤人数上升200%: of 死亡3人, 伤2人)
_PERSON_MEASURES = {"死人数": "死", "伤人数": "伤"}


def _measured_level(subject: str, levels: list[Draft]) -> Draft | None:
    """The level that change subject ``subject`` (事故起数, 死亡人数) measures, if one does:
    by the word of its consequence (死亡, 损失…), by its event's stem (事故 of 事故起数:
    发生道路交通事故83起; a lone 起 level otherwise), or by a metric holding it."""
    levels = [lv for lv in levels if lv.metric]
    units = _UNIT_MEASURES.get(subject)
    if units is not None:
        counted = [lv for lv in levels if lv.value is not None and lv.value.unit in units]
        return counted[0] if len(counted) == 1 else None
    for key in _MEASURE_KEYS:
        if key in subject:
            return next((lv for lv in levels if key in lv.metric), None)
    short = _PERSON_MEASURES.get(subject)
    if short is not None:
        return next((lv for lv in levels if short in lv.metric and lv.value is not None
                     and lv.value.unit in ("人", "名")), None)
    if subject.endswith(("起数", "事故数", "发生次数")):  # (事故发生次数: the 起 level)
        stem = subject[:-2]
        counted = [lv for lv in levels if lv.value is not None and lv.value.unit == "起"]
        by_stem = [lv for lv in counted if stem and stem in lv.metric]
        if by_stem:
            return by_stem[0]
        return counted[0] if len(counted) == 1 else None
    if len(subject) < 2:
        return None
    return next((lv for lv in levels if subject in lv.metric or lv.metric in subject), None)


#: a sentence opening with its comparison and no subject (比去年同期分别下降了…, 与去年同期
#: 相比,…, 同比分别…)
#: (分别比去年同期下降…: 分别 may come first; 这组数据,与去年同期相比,分别下降…: the figures
#: just told as the subject)
#: a subject that is the figures just told (这组数据, 上述数字)
_TOLD = r"(?:这组|这些|上述|以上)(?:数据|数字)"
_TOLD_FIGURES = re.compile(rf"\s*{_TOLD}\s*")
_OPENS_COMPARED = re.compile(
    rf"\s*(?:{_TOLD}[,，]?\s*)?(?:分别|均)?(?:比|较|与|同比|环比|相比)")


def _attach_changes(ctx: Context, text: str, sent: Sentence, live: list[Item],
                    clauses: list[tuple[int, int]]) -> None:
    """Attach change amounts and baselines to their values; the rest get a subject."""
    values = [it for it in live if it.role == "value"]
    for v in values:
        if v.to_level and v.absorbs is None:
            # 增加806宗(+9.1%)至9 690宗: the rate written right before 至 is the level's
            c = next((c for c in live if c.role == "change" and c.q.kind == "percent"
                      and CHANGE_THEN_TO.fullmatch(text, c.q.end, v.q.start)), None)
            if c is not None and c.owner is None:
                v.absorbs = c
        if v.absorbs is not None and v.absorbs.role == "change":
            v.absorbs.owner = v
            v.changes.append(v.absorbs)
    changes = [it for it in live if it.role == "change" and it.owner is None]
    baselines = [it for it in live if it.role == "baseline"]
    # (figures and clauses are in text order: the lookups below bisect, so a sentence of
    # thousands of figures costs n log n, not n²)
    value_ends = [v.q.end for v in values]
    change_ends = [c.q.end for c in changes]
    clause_starts = [c[0] for c in clauses]
    # baselines go to the value they compare with: the previous value or the next to-level
    for b in baselines:
        nxt = next((v for v in values if v.q.start > b.q.start and v.to_level), None)
        if nxt is not None and not text[b.q.end:nxt.q.start].count(","):
            nxt.baseline = b
            continue
        prv = _owners_before(text, values, b, b.q.start, value_ends)
        # (18件20人,去年同期为34件46人: a baseline goes to the level of its own unit among
        # a pair written just before)
        paired = [v for v in prv[-2:] if v.q.unit == b.q.unit and v.baseline is None]
        if len(prv) > 1 and prv[-1].q.unit != b.q.unit and paired:
            paired[-1].baseline = b
            continue
        # (环比4月份14起,上升…;同比去年同期54起,下降…: the first compared level is the
        # level's, a later one belongs to a change-only fact)
        if prv and prv[-1].baseline is None:
            prv[-1].baseline = b
    groups = _change_groups(ctx, text, changes)
    last_subjects: list[tuple[int, int]] = []
    for g in groups:
        first = g[0]
        marker = _marker_start(ctx, text, first, sent)
        prev_vals = _owners_before(text, values, first, marker, value_ends)
        lo = prev_vals[-1].q.end if prev_vals else sent.start
        if (prev_vals and prev_vals[-1].pieces
                and lo <= prev_vals[-1].pieces[-1][0] < prev_vals[-1].pieces[-1][1] <= marker):
            # 拘捕1763名涉及毒品的人士,分别较去年同期升…: the words written after the level
            # are its own metric, no subject of the change after it
            lo = prev_vals[-1].pieces[-1][1]
        for b in baselines:
            # (…18件20人,去年同期为31件41人,同比分别下降…: the compared levels written after
            # the levels are no subject of the changes after them)
            if lo <= b.q.start and b.q.end <= marker and b in (v.baseline for v in prev_vals[-2:]):
                lo = b.q.end
        k_chg = bisect_right(change_ends, marker)  # (no change of g ends before its marker)
        prev_chg = changes[k_chg - 1:k_chg] if k_chg else []
        if prev_chg and prev_chg[-1].q.end > lo:
            lo = prev_chg[-1].q.end
        hi = marker
        if prev_chg and prev_chg[-1].q.end == lo and _FRAME_CLOSE.match(text, lo, hi):
            # 全省刑事发案在2024年同比下降30.56%的基础上同比再降22.32%: the subject of the
            # frame (before its 在) is also the subject of the change after it
            k = text.rfind("在", sent.start, prev_chg[-1].q.start)
            if k > sent.start and not re.search(r"[,，;；]", text[k:prev_chg[-1].q.start]):
                j = bisect_right(clause_starts, k) - 1  # the clause holding that 在
                lo, hi = max(sent.start, clause_starts[j]) if j >= 0 else sent.start, k
        for b in baselines:  # 暴力罪案由8 884宗增加806宗: the subject ends before 由
            if lo <= b.q.start < marker and text[b.q.start - 1:b.q.start] in ("由", "从", "自"):
                hi = min(hi, b.q.start - 1)
        owner = _unit_owner(text, lo, first, prev_vals) if len(g) == 1 else None
        if owner is not None:
            # (…50件54人,去年同期为110件140人,同比件数下降54.55%、人数下降61.43%: 件数
            # measures the 件 of the pair, 人数 its 人)
            first.owner = owner
            owner.changes.append(first)
            continue
        subject = _subject_span(ctx, text, lo, hi, sent, clauses, clause_starts)
        if (subject is not None and prev_vals and prev_vals[-1].baseline is not None
                and lo <= prev_vals[-1].baseline.q.start < marker
                and not any(c in text[prev_vals[-1].baseline.q.end:marker]
                            for c in ",，;；")):
            # 现有吸毒人员4.9万名,较2017年底的8.6万名下降43%: the change compares the
            # level with its baseline; the words before it are no subject of their own
            subject = None
        if (subject is not None and prev_vals
                and _RANK_CLAUSE.fullmatch(text, subject[0], subject[1])):
            # (新收案件786642件,居全国第7位,同比增长36.51%: a rank names no subject)
            subject = None
        if (subject is not None and prev_vals
                and _INCLUDES.search(text, max(sent.start, subject[0] - 3), subject[0] + 2)
                and _bracket_owner(text, prev_vals, first.q.start, sent.start) is not None):
            # 行政案件11件(包括行政非审案件,同比下降8.33%): what the level includes is no
            # subject of the change closing its brackets
            subject = None
        if (subject is not None and prev_vals and first.q.kind in ("percent", "points")
                and _COMPARED.match(text, subject[0])
                and ((not prev_vals[-1].changes and prev_vals[-1].q.kind == "percent")
                     # (受理案件50101件,同比增长34.11%,比全省平均高出19.81%: compared with
                     # the province's average, the level's change)
                     or _AVERAGE_COMPARED.match(text, subject[0], subject[1]))):
            # 不捕率为33.6%,比总体刑事犯罪不捕率高11.6个百分点: a rate compared with another
            # group's; the words compared with are its baseline, no subject of their own
            subject = None
        # (同比上升25%和5.8% after 15人10.8万元: two amounts in one group are distributed
        # even without 分别)
        distributed = "分别" in text[max(lo, marker - 6):first.q.start] or len(g) > 1
        if subject is None and distributed and len(g) > 1:
            # 吸毒人员查获数、新增吸毒人员连续三年呈下降态势,下降率分别为42.8%和44.8%: the
            # listed nouns of the clause before are the subjects, not the figures before them
            subject = _listed_subject(text, lo, marker, len(g))
        if subject is None and prev_vals and (not prev_chg or prev_chg[-1].q.end
                                              <= prev_vals[-1].q.end
                                              or prev_chg[-1].owner is not None):
            if distributed and len(g) > 1:
                targets = [v for v in prev_vals if not v.to_level][-len(g):]
                last = [v for v in prev_vals if not v.to_level][-(len(g) + 1):]
                if (len(last) == len(g) + 1 and last[-1].q.kind == "percent"
                        and all(v.q.kind != "percent" for v in last[:-1])
                        and all(c.q.kind == "percent" for c in g)):
                    # (受理…件,审结…件,结案率为93.41%,分别比上年上升1.63%和1.81%: the rates
                    # of change are the counts', not the 结案率's, written between)
                    targets = last[:-1]
                if len(targets) == len(g):
                    for c, v in zip(g, targets):
                        c.owner = v
                        v.changes.append(c)
                    continue
            v = prev_vals[-1]
            outer = _bracket_owner(text, prev_vals, first.q.start, sent.start)
            if (outer is not None and outer is not v and not outer.changes
                    # (…(调撤率为70%,同比上升了6.72个百分点): a rate's own change stays)
                    and v.q.kind != "percent"):
                # (执行案件315件(包括行政非诉执行案件7件,同比增长42.53%): a change closing the
                # brackets opened right after a level is that level's, not the part's)
                v = outer
            if (len(g) == 1 and first.q.kind == "count" and first.q.unit
                    and v.q.unit != first.q.unit):
                # (…事故424起,死亡128人,同比2009年涉酒事故减少526起: a difference counted in
                # the unit of an earlier level is that level's)
                v = next((w for w in reversed(prev_vals[:-1])
                          if w.q.unit == first.q.unit and not w.changes), v)
            if (len(prev_vals) > 1 and all(c.q.kind == "percent" for c in g)
                    and _share_of(text, prev_vals[-2], v)):
                # (受理…证件12321件,占全省57%,比上年增长4%: a rate of change after a share is
                # the count's; a share changes by points)
                v = prev_vals[-2]
            for c in g:
                c.owner = v
                v.changes.append(c)
            continue
        if (subject is not None and distributed and len(g) > 1
                # (…,其中未成年人犯罪案件分别同比下降…: a part's changes, not the levels')
                and "其中" not in text[max(sent.start, subject[0] - 3):subject[1]]
                and len(split_subject(text, subject, len(g), ctx.lex.bound_conjunctions))
                != len(g)):
            # 受理案件1134件,审(执)结1123件,收结案分别比上年度增加了257件和258件: a
            # subject that names the levels together (收结案) and does not split into them;
            # the amounts, in the levels' units, are theirs in turn
            targets = [v for v in prev_vals if not v.to_level and not v.changes][-len(g):]
            if (len(targets) == len(g) and targets[-1] is prev_vals[-1]
                    # (事故四项指标同比分别下降…: a subject counted by a figure of its own
                    # names no levels written before it)
                    and re.search(r"[,，;；]", text[targets[-1].q.end:subject[0] + 1])
                    # (破结案率同比分别提升30.8和16.5个百分点: the rates of the counts
                    # before, not their changes)
                    and not text[subject[0]:subject[1]].endswith("率")
                    and all(
                        (c.q.kind == "percent" or c.q.unit == v.q.unit
                         or (c.q.kind == "points" and v.q.kind == "percent"))
                        for c, v in zip(g, targets))):
                for c, v in zip(g, targets):
                    c.owner = v
                    v.changes.append(c)
                continue
        # change-only facts
        if subject is None and prev_chg:
            # the subject of the previous change group: 环比分别下降1.8%、4.5%
            subs = last_subjects
        elif subject is not None:
            subs = split_subject(text, subject, len(g), ctx.lex.bound_conjunctions)
        else:
            # 1.盗窃电瓶。本月环比上升94.74%…: a bulletin's numbered heading names the subject
            heading = _heading_subject(text, sent.start)
            subs = [heading] if heading is not None and not prev_vals else []
        last_subjects = subs
        heads = (_shared_heads(ctx, text, subs) if len(subs) == len(g)
                 else [None] * len(subs))
        leads = (_shared_leads(ctx, text, subs) if len(subs) == len(g)
                 else [None] * len(subs))
        for k, c in enumerate(g):
            if subs:
                c.subject = subs[k] if len(subs) == len(g) else subs[0]
                c.subject_head = heads[k] if len(subs) == len(g) else None
                c.subject_lead = leads[k] if len(subs) == len(g) else None
                if len(subs) != len(g) and len(subs) > 1:
                    c.subject = (subs[0][0], subs[-1][1])



#: what stands between a count and the share of a total it makes (,占全省57%)
_SHARE_BETWEEN = re.compile(r"[,，]\s*占[\u4e00-\u9fff]{0,12}?(?:的|比例为|比重为|比例|比重)?")


def _share_of(text: str, count: Item, share: Item) -> bool:
    """True when ``share`` is the part of a total that ``count``, written right before it,
    makes (12321件,占全省57%) and the count has no change of its own."""
    return (count.q.kind != "percent" and share.q.kind == "percent" and not count.changes
            and _SHARE_BETWEEN.fullmatch(text, count.q.end, share.q.start) is not None)


_UNIT_NOUN = re.compile(
    r"(?:^|[,，、;；\s]|同比|环比)(件数|人数|宗数)(?:均|分别)?(?:同比|环比)?[^\d,，;；。、]{1,4}$")


def _unit_owner(text: str, lo: int, c: Item, prev_vals: list[Item]) -> Item | None:
    """The level of a 件/人 pair written just before that change ``c`` measures by a unit
    noun (件数下降54.55%, 、人数下降61.43%), if one does."""
    m = _UNIT_NOUN.search(text, lo, c.q.start)
    if m is None or len(prev_vals) < 2:
        return None
    units = _UNIT_MEASURES[m.group(1)]
    pair = prev_vals[-2:]
    if pair[0].q.unit == pair[1].q.unit:
        return None
    found = [v for v in pair if v.q.unit in units]
    return found[0] if len(found) == 1 else None


#: a subject that is only an area (or its average) compared with (比全省平均, 较全国平均水平)
_AVERAGE_COMPARED = re.compile(
    r"(?:比|较|相比)(?:全国|全省|全市|全区|全州)(?:[^,，;；]{0,8}?平均(?:水平|数|值)?)?$")

#: a subject span that is what a level is compared with (比总体…不捕率|高11.6个百分点)
_COMPARED = re.compile(r"(?:比|较|相比|相较)(?!例|重|率|上年|去年|同期)")

#: a numbered heading that is a sentence of its own: 1.盗窃电瓶。 (一)盗窃类警情。
_HEADING = re.compile(
    r"\s*(?:" + "|".join(mark for _level, mark in HEADING_MARKS) + ")"
    r"\s*(?P<s>[\u4e00-\u9fff]{2,14})[。:：]\s*"
)


def _heading_subject(text: str, start: int) -> tuple[int, int] | None:
    """The noun of the numbered heading right before the sentence at ``start``, when that
    heading is a sentence of its own (1.盗窃电瓶。本月环比上升94.74%: 盗窃电瓶)."""
    if start < 4 or text[start - 1] not in "。:：":
        return None
    lo = max(0, start - 30)
    cut = max(text.rfind(c, lo, start - 1) for c in "。\n！？!?;；")
    m = _HEADING.fullmatch(text, cut + 1 if cut >= 0 else lo, start)
    if m is None or (cut < 0 and lo > 0):
        return None
    return m.start("s"), m.end("s")


def _shared_heads(ctx: Context, text: str, subs: list[tuple[int, int]]
                  ) -> list[tuple[int, int] | None]:
    """The head noun the last item of a subject list shares with the short modifiers
    before it: 刑事、行政发案数 -> 刑事|发案数 (modifiers of one length, at most 3
    characters; the last item that modifier length plus a head of at least 2)."""
    out: list[tuple[int, int] | None] = [None] * len(subs)
    if len(subs) < 2:
        return out
    lens = {b - a for a, b in subs[:-1]}
    if len(lens) != 1:
        return out
    n = lens.pop()
    la, lb = subs[-1]
    if not 1 <= n <= 3 or lb - la < n + 2:
        return out
    if not all(_HAN_RUN.fullmatch(text, a, b) for a, b in subs):
        return out
    if any(text[b - 1] in ctx.lex.head_ends for a, b in subs[:-1]):
        return out  # 破案率和抓获犯罪嫌疑人数: the first item has a head noun of its own
    for k in range(len(subs) - 1):
        out[k] = (la + n, lb)
    return out


def _shared_leads(ctx: Context, text: str, subs: list[tuple[int, int]]
                  ) -> list[tuple[int, int] | None]:
    """The event noun the first item of a subject list shares with the later items that
    are only a measure of it: 道路交通事故起数、死亡人数、受伤人数 -> 道路交通事故|死亡人数
    (relation_rules.json ``event_measures``)."""
    out: list[tuple[int, int] | None] = [None] * len(subs)
    measures = ctx.lex.event_measures
    if len(subs) < 2 or not measures:
        return out
    a0, b0 = subs[0]
    first = text[a0:b0]
    m1 = next((m for m in measures if first.endswith(m)), None)
    if m1 is None or len(_HAN.findall(first[: -len(m1)])) < 2:
        return out
    for k in range(1, len(subs)):
        a, b = subs[k]
        if text[a:b] in measures:
            out[k] = (a0, b0 - len(m1))
    return out


def _parenthesized(text: str, it: Item) -> bool:
    """True when figure ``it`` stands inside parentheses closed soon after it (含…52起)."""
    lo = max(0, it.q.start - 30)
    opened = max(text.rfind("(", lo, it.q.start), text.rfind("（", lo, it.q.start))
    closed = max(text.rfind(")", lo, it.q.start), text.rfind("）", lo, it.q.start))
    if opened < 0 or closed > opened:
        return False
    rest = text[it.q.end:it.q.end + 20]
    close = min((k for k in (rest.find(")"), rest.find("）")) if k >= 0), default=-1)
    return close >= 0 and not any(c in rest[:close] for c in "(（")


#: how many values before a position :func:`_owners_before` looks at (a list of changes
#: never reaches further back than this)
_OWNER_WINDOW = 64


def _owners_before(text: str, values: list[Item], it: Item, pos: int,
                   ends: list[int] | None = None) -> list[Item]:
    """The values before ``pos`` that change or baseline ``it`` may belong to: a value in
    parentheses (1106起(含破获外省案件52起),较上年同期…上升28.9%; among the last four)
    only for a figure in them too."""
    if ends is not None:
        k = bisect_right(ends, pos)
        prv = values[max(0, k - _OWNER_WINDOW):k]
    else:
        prv = [v for v in values if v.q.end <= pos]
    if prv and not _parenthesized(text, it):
        # (…7983487件(含…1487838件、…93639件),办结7951579件,比上个五年分别增长…: the
        # figures in parentheses are passed over by a list of changes too)
        inner = [v for v in prv[-4:] if _parenthesized(text, v)]
        if inner:
            outer = [v for v in prv if v not in inner]
            if outer:
                return outer
    return prv


def _change_groups(ctx: Context, text: str, changes: list[Item]) -> list[list[Item]]:
    """Groups of change amounts written as one list (分别下降7.8%、8.6%和33.2%)."""
    groups: list[list[Item]] = []
    for c in changes:
        if groups and groups[-1][-1].q.end <= c.q.start:
            gap = text[groups[-1][-1].q.end:c.q.start].strip()  # (2%和 12.5%)
            # (29.2%、11.9%、和1.6%: a 、 written before the last item's 和 too)
            same_marker = ((gap in LIST_GAPS or gap in (",", "，", ""))
                           and c.marker_pos == groups[-1][-1].marker_pos)
            # 分别下降73%、下降84%: each amount repeats the change word
            repeated = (gap[:1] in ("、", "和", "及") and len(gap) > 1
                        and ctx.lex.change_words_m.at(gap[1:]) == gap[1:])
            if same_marker or repeated:
                groups[-1].append(c)
                continue
        groups.append([c])
    return groups


_LIST_CLAUSE = re.compile(r"[^,，;；。]+$")
_PREDICATE_START = re.compile(r"连续|呈|均|都|分别|同比|环比|持续|实现|大幅|明显")


def _listed_subject(text: str, lo: int, marker: int, n: int) -> tuple[int, int] | None:
    """The noun list (A、B) of the last clause before ``marker`` when it names ``n`` items."""
    head = text[lo:marker].rstrip("，,、 ")
    m = _LIST_CLAUSE.search(head)
    if m is None or len(m.group()) == len(text[lo:marker]):
        return None  # the list must stand in a clause of its own before the marker's
    clause = m.group()
    p = _PREDICATE_START.search(clause)
    nouns = clause[: p.start()] if p else clause
    if len(re.split("[、和及]", nouns)) != n or not nouns.strip():
        return None
    start = lo + m.start()
    return start, start + len(nouns)


#: what a change's start moves back over besides the markers and the change adverbs of
#: ``relation_rules.json`` (大幅下降29.1%)
_MOVE_BACK = ["分别", "平均", "均"]

#: 比 opening a comparison period (刑事案件立案数比2022年下降4.8%), not a word with 比 (比例)
_BI_BASE = re.compile(
    r"比(?:[0-9〇零一二三四五六七八九]{2,4} ?年|去年|上年|前年|上月|同期|前[一二三四五两]年"
    r"|(?:上|前)一?(?:周|星期|月|季度|年|期|日|天)"
    # (比上个五年分别增长…: the five years before a five-year review)
    r"|上一?个[一二三四五六七八九十两]年)"
)


#: what a change's marker is never looked for behind: a clause mark or a counted figure
#: listed before it
_MARKER_STOP = re.compile(r"[,，;；。]|[0-9](?:[万亿千百])?[件起人名宗个元台辆次]、")


def _marker_start(ctx: Context, text: str, c: Item, sent: Sentence) -> int:
    """Where change ``c`` starts, moved back over 同比/环比/较…/分别/平均 before its verb."""
    pos = c.marker_pos if c.marker_pos is not None else c.q.start
    # move back over 同比/环比/较…/分别/平均 written before the change verb
    window_lo = max(sent.start, pos - 12)
    seg = text[window_lo:pos]
    best = pos
    for m in ctx.lex.markers + _MOVE_BACK + ctx.lex.change_adverbs:
        k = seg.rfind(m)
        if m == "较" and k >= 0 and jiao_adverb(seg, k):
            k = -1  # (较大事故起数同比分别下降: an adverb of a category, no comparison)
        if k >= 0 and (m != "比" or _BI_BASE.match(seg, k)):
            cand = window_lo + k
            # (年人均办案279件、上升13.41%: never back over a figure to a 均 before it)
            if not _MARKER_STOP.search(text, cand, pos):
                best = min(best, cand)
    # 较2015年、2016年、2017年分别下降…: back over a long compared period to its 较
    k = best
    while k > sent.start and text[k - 1] in " 分别均同比":
        k -= 1
    p0 = ctx.period_ending.get(k)
    if p0 is None:
        # 同比2019年、2023年春节假期: the holiday after a compared year list
        h = _holiday_tail(text, max(sent.start, k - 12), k)
        if h:
            p0 = ctx.period_ending.get(k - h)
    while (p0 is not None and p0 > sent.start and text[p0 - 1] == "、"
           and ctx.period_ending.get(p0 - 1) is not None):
        p0 = ctx.period_ending[p0 - 1]  # 同比2019年、2023年春节假期: the list's first
    if p0 is not None and p0 >= sent.start:
        head = text[max(sent.start, p0 - 2):p0]
        cmp = next((w for w in ("相较", "相比", "同比", "较", "比", "与") if head.endswith(w)),
                   None)
        if cmp is not None and not re.search(r"[,，;；。]", text[p0:best]):
            best = min(best, p0 - len(cmp))
    # 交通事故起数、死亡人数与2022年同期相比,分别下降…: a comparison frame written before the
    # change, closed by 相比 and a comma, ends the subject at its 与
    m = _COMPARE_FRAME.search(text, max(sent.start, pos - 30), best)
    if m is not None:
        best = min(best, m.start())
    return best


def _holiday_tail(text: str, lo: int, hi: int) -> int:
    """The length of a holiday name with or without its suffix (春节假期, 国庆长假, 春节)
    ending ``text[lo:hi]``, 0 for none (the packaged period lexicon's names)."""
    lex = load_period_lexicon()
    seg = text[lo:hi]
    for suffix in (*sorted(lex.holiday_suffixes, key=len, reverse=True), ""):
        if seg.endswith(suffix):
            head = seg[:len(seg) - len(suffix)]
            name = max((n for n in lex.holidays if head.endswith(n)), key=len, default="")
            if name:
                return len(name) + len(suffix)  # (春节假期, or 春节 alone)
    return 0


#: a comparison frame 与/同/和…相比(较), closed right before the change (分别/均 between)
_COMPARE_FRAME = re.compile(
    r"(?:与|同|和|跟)[^,，;；。与]{1,16}?(?:相比较?|比较)[,，]?\s*(?:分别|均|都|同比)?$"
)


#: a level's change written as 持平 with nothing to measure (…231人,与去年同期持平;
#: 73件,同比持平; 0起,与前一周持平; 两者与去年保持持平)
_FLAT_AFTER = re.compile(
    r"[,，]?\s*(?:两者|二者|均|都|基本)?(?:(?P<yoy>同比)|(?:与|和|较|跟|比)(?:去年|上年|前年|"
    r"[0-9]{4}年|(?:上|前)一?(?:周|星期|月|季度|年|期))(?:同期)?)"
    r"(?:相比)?[,，]?(?:基本|保持|均|都|大幅|明显|有所|略有|小幅|稳步|显著)*"
    # (持平, or a direction with no amount closing the clause: 均比去年同期大幅上升。)
    r"(?P<dir>持平|上升|下降|增长|减少|增加|回落|攀升)(?=[,，。;；!！]|$)"
)

#: the share of a total written right after a count (,占全省47%)
_SHARE_AFTER = re.compile(_SHARE_BETWEEN.pattern + r"[0-9][0-9.]*%")

#: the second level of a pair whose 两者 is flat (…209起|,抓获…231人|,两者…持平;
#: …840起|,挽回…3亿元|,均比去年同期大幅上升)
_FLAT_PAIR = re.compile(
    r"[,，、][^,，;；。]{1,24}?[0-9][0-9.]*[^0-9,，;；。]{0,4}(?=[,，](?:两者|二者|均))"
)

#: the close of a frame 在…的基础上 right after its figure
_FRAME_CLOSE = re.compile(r"的?基础上[,，\s]*(?:同比|环比)?(?:再|又|继续|进一步)?$")

_BASE_FRAME = re.compile(r"在[^,，;；。]{1,30}?基础上[,，\s]*$")


def _frame_cut(text: str, a: int, b: int) -> int:
    """``b`` moved before a frame 在…的基础上 ending the span (全县刑事警情在2021年度全市降幅
    第一的基础上,今年同比再降47.38%: the subject is 全县刑事警情)."""
    m = _BASE_FRAME.search(text, a, b)
    return m.start() if m and m.start() > a else b


def _subject_span(ctx: Context, text: str, lo: int, hi: int, sent: Sentence,
                  clauses: list[tuple[int, int]], starts: list[int] | None = None
                  ) -> tuple[int, int] | None:
    """The subject of a change written between ``lo`` and ``hi`` (None when empty).

    ``clauses`` are in text order and do not overlap; ``starts`` (their starts, when
    given) lets the clause lookups bisect."""
    if hi <= lo:
        return None
    # the last clause piece before the marker holding content
    seg_lo = lo
    if starts is None:
        starts = [c[0] for c in clauses]
    j = bisect_right(starts, hi) - 1
    while j >= 0 and clauses[j][0] >= lo and clauses[j][1] + 1 >= hi:
        if clauses[j][0] <= hi:
            seg_lo = clauses[j][0]
            break
        j -= 1
    a, b = seg_lo, _frame_cut(text, seg_lo, hi)
    pieces, scope, _verb, _sub = left_pieces(ctx, text, a, b)
    s = ctx.join(pieces)
    s = re.sub(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", "", s)
    if len(_HAN.findall(s)) < 2:
        # fall back to the previous clause when this one only holds markers
        # the last clause ending by seg_lo (ends grow with starts: bisect on the starts)
        k = bisect_right(starts, seg_lo) - 1
        while k >= 0 and clauses[k][1] > seg_lo:
            k -= 1
        prev = clauses[k:k + 1] if k >= 0 and clauses[k][0] >= lo else []
        if prev and seg_lo > lo:
            pc = prev[-1]
            pieces, scope, _v, _s = left_pieces(ctx, text, pc[0],
                                                _frame_cut(text, pc[0], pc[1]))
            s2 = ctx.join(pieces)
            s2c = re.sub(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", "", s2)
            if len(_HAN.findall(s2c)) >= 2 and pieces:
                st, en = pieces[0][0], pieces[-1][1]
                en -= len(s2) - len(s2c)
                return (st, en)
        return None
    if not pieces:
        return None
    st, en = pieces[0][0], pieces[-1][1]
    m = re.search(r"(?:连续\S{1,3}年)?呈?(?:持续)?(?:下降|上升)(?:态势|趋势)$", text[st:en])
    if m:
        en = st + m.start()
    while en > st and text[en - 1] in "等的,，、":
        en -= 1
    if en - st > 2 and text[en - 1] == "在":
        en -= 1  # 全省刑事发案在|2024年…: the 在 of a frame, its period cut off
    return (st, en) if en > st else None


def _value_drafts(ctx: Context, it: Item, sent: Sentence) -> list[Draft]:
    """The facts of value ``it``: the level with its first non-baseline change (or its
    baseline), then one change-only fact per further change, all at one site."""
    text = ctx.text
    site = Site(it.q.start, sent, it.scope)
    spans = [_span(text, s, e) for s, e in it.pieces]
    changes = list(it.changes)
    primary: Item | None = None
    if changes:
        relative = [c for c in changes if c.q.kind in ("percent", "points", "multiple")]
        # 同比减少12人、下降44.44%: the level carries the rate; the absolute difference is a
        # change-only fact (as 较去年同期的1198起多破318起,同比上升26.5%, spec section 4)
        pool = relative if relative and len(relative) < len(changes) else changes
        primary = next((c for c in pool if c.basis != "baseline"), pool[0])
    change: Change | None = None
    baseline_q = it.baseline.q if it.baseline is not None else None
    if primary is not None:
        change = _change(primary.direction or "up", primary.q, primary.basis or "yoy",
                         _base_period_of(ctx, primary, it), baseline_q)
    elif it.baseline is not None:  # 提升至85%以上 alone states no change
        direction = it.direction
        if direction is None and it.baseline is not None:
            direction = ("up" if it.q.value > it.baseline.q.value else
                         "down" if it.q.value < it.baseline.q.value else "flat")
        bp = _base_period_near(ctx, it.baseline.q.start if it.baseline else it.q.start)
        change = _change(direction or "up", None, "baseline", bp, baseline_q)
    elif it.q.kind in ("count", "money"):
        flat = _FLAT_AFTER.match(text, it.q.end, sent.end)
        if flat is None:
            # 破获…209起,抓获…231人,两者与去年保持持平: the pair before 两者 both
            pair = _FLAT_PAIR.match(text, it.q.end, sent.end)
            if pair is not None:
                flat = _FLAT_AFTER.match(text, pair.end(), sent.end)
        if flat is None:
            # 港澳通行证11293件,占全省47%,与上年持平: the count's, past its share
            share = _SHARE_AFTER.match(text, it.q.end, sent.end)
            if share is not None:
                flat = _FLAT_AFTER.match(text, share.end(), sent.end)
        if flat is not None:
            # 抓获犯罪嫌疑人231人,与去年同期持平 / 不批准逮捕73件,同比持平 / …,均比去年
            # 同期大幅上升: no amount
            basis = "yoy" if flat.group("yoy") else "baseline"
            change = _change(ctx.lex.direction[flat.group("dir")], None, basis,
                             _base_period_near(ctx, it.q.end), None)
    drafts = [Draft(it.metric, spans, it.q, change, site,
                    unmarked=primary is not None and primary.unmarked)]
    for c in changes:
        if c is primary:
            continue
        drafts.append(Draft(it.metric, spans, None, _change(
            c.direction or "up", c.q, c.basis or "yoy", _base_period_of(ctx, c, it),
            with_baseline=False), site, unmarked=c.unmarked))
    return drafts


def _base_period_of(ctx: Context, c: Item, owner: Item) -> Period | None:
    """The comparison period of change ``c`` of value ``owner`` (its own, else the one
    written before the owner's baseline)."""
    if c.base_period is not None:
        return c.base_period.model_copy(update={"inherited": False})
    if owner.baseline is not None:
        return _base_period_near(ctx, owner.baseline.q.start)
    return None


def _base_period_near(ctx: Context, pos: int) -> Period | None:
    """The comparison period ending at most 4 characters before ``pos``, if any."""
    span = ctx.period_span
    near = (ctx.periods if span is None else
            ctx.periods[bisect_left(ctx.period_starts, pos - 4 - span):
                          bisect_right(ctx.period_starts, pos)])
    cands = [p for p in near
             if id(p) in ctx.base_periods and 0 <= pos - (p.end or 0) <= 4]
    return cands[-1] if cands else None


def _change_only_draft(ctx: Context, it: Item, sent: Sentence,
                       scope_span: tuple[int, int] | None) -> Draft | None:
    """The change-only fact of change ``it`` with its own subject (None without one)."""
    if it.subject is None:
        return None
    text = ctx.text
    s, e = it.subject
    metric = clean(text[s:e])
    pieces, scope, _v, _sub = left_pieces(ctx, text, s, e)
    if pieces and it.subject_head is not None and pieces[-1][1] == e:
        pieces = pieces + [it.subject_head]  # 刑事|发案数
    if pieces and it.subject_lead is not None:
        lead, _sc, _lv, _ls = left_pieces(ctx, text, *it.subject_lead)
        pieces = lead + pieces  # 道路交通事故|死亡人数
    if pieces:
        metric = ctx.join(pieces)
        spans = [_span(text, a, b) for a, b in pieces]
    else:
        spans = [_span(text, s, e)]
    if len(_HAN.findall(metric)) < 2:
        return None
    own_scope = own_scope_before(ctx, text, s, sent)
    sc = own_scope or scope or scope_span
    change = _change(it.direction or "up", it.q, it.basis or "yoy", it.base_period,
                     with_baseline=False)
    return Draft(metric, spans, None, change, Site(it.q.start, sent, sc),
                 unmarked=it.unmarked)
