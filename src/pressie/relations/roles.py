"""Stage 1, candidates (roles): whether a figure is a value, a change or a baseline.

* baseline: in parentheses after a comparison (较去年(1469起)), or ``从/较…的N`` before a
  change or to-level verb (较去年同期的1198起多破…, 从2018年的0.34%下降到…);
* to-level: a value right after 下降到/提升至 (a change without amount, basis baseline);
* change amount: after a change word (同比下降14.2%, 多破1712起, 降幅为45%), a multiple
  (是去年同期的3倍), or continuing a list of amounts (分别下降7.8%、8.6%);

and the basis of a change (yoy, mom, baseline) from the last marker before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .candidates import Item, Sentence
from .context import Context
from .lexicon import CLOSE, OPEN, _occurrences
from .patterns import LIST_GAPS, bi_adverb, jiao_adverb

#: an averaged change and the basis it has (年均下降18%: yoy; 月均下降32%: mom)
_AVERAGE_BASIS = {"年均": "yoy", "年平均": "yoy", "平均每年": "yoy", "每年平均": "yoy",
                  "月均": "mom", "月平均": "mom", "平均每月": "mom", "每月平均": "mom"}
#: a change, its bracket closed, then 至/到 before a to-level (增加806宗(+9.1%)至9 690宗;
#: 减少了222宗,至658宗)
CHANGE_THEN_TO = re.compile(r"[)）]?\s{0,3}[,，]?\s{0,3}(?:至|到)")

# 较上年同期 / 比去年同期破案 / 较2019年 right before a figure (not 同比/环比/占比)
_COMPARED_LEVEL = re.compile(
    r"(?<![同环占对])(?:较|比)(?:[0-9]{4}年)?[^0-9,，;；。、:：()（）]{0,8}$"
)

# 环比4月份14起,上升92.86% / 同比去年同期54起,下降50%: 同比/环比 and the compared
# period right before the level, its change after a comma
_BASIS_LEVEL = re.compile(
    r"(?:同比|环比)[^,，;；。、:：()（）%]{0,8}?(?:月份?|同期|年|季度|周)的?$"
)

# 与去年同期2641起相比: 与/同/和 and a period or a few words right before the level ...
_WITH_LEVEL = re.compile(r"(?:与|同|和)(?:[0-9]{4}年)?[^0-9,，;；。、:：()（）]{0,8}$")
# 从2015年25899名: 从/由 and a year right before the figure
_FROM_YEAR = re.compile(r"(?:从|由)(?:[0-9]{4}年|去年|上年|前年)$")
# the level a to-level verb reaches: a figure within a few characters (至去年底的82600名)
_LEVEL_NEXT = re.compile(r"[^0-9,，;；。、]{0,6}[0-9]")
#: "now" written between a to-level verb and its level (激增到目前2.7万条)
_NOW_WORDS = ("目前", "现在", "当前", "如今", "现已")

#: a lead over what is compared, then the points (高出全国平均水平1个百分点)
_LEAD_OVER = re.compile(r"(高出|高于|低于|低出)[^0-9,，;；。、]{1,16}(?:约|近|超过?)?$")

# ... and 相比/比较/相较 right after it
_COMPARED_AFTER = ("相比", "相较", "比较")


def assign_role(ctx: Context, it: Item, prev: Item | None, clause: tuple[int, int],
                sent: Sentence) -> None:
    """Set the role of figure ``it`` (its direction, basis and marker when it is a change or
    a to-level value); ``prev`` is the figure before it in the sentence."""
    lex = ctx.lex
    text = ctx.text
    q = it.q
    cs, _ce = clause
    before = text[max(sent.start, q.start - 24):q.start]
    # baseline in parentheses after a comparison: 较去年(1469起)
    if before.endswith(tuple(OPEN)) and text[q.end:q.end + 1] in CLOSE:
        head = before[:-1]
        if any(m in head[-8:] for m in ("较", "比", "与", "同期")):
            it.role = "baseline"
            it.marker_pos = q.start
            return
    # baseline before a to-level verb or a change: 从2018年的0.34%下降到, 较去年同期的1198起多破
    raw_after = text[q.end:q.end + 10]
    after = lex.past_change_adverbs(raw_after)
    after_at = q.end + len(raw_after) - len(after)  # where ``after`` starts in the text
    if before.endswith("的") and re.search(r"(?:从|由|较|比|与)[^,，;；。]{0,12}的$", before):
        # (较去年同期的24752件,减少1945件: a comma may stand before the change)
        told = lex.past_change_adverbs(after.lstrip(",，"))
        if (lex.to_level_m.at(after) or lex.change_words_m.at(after)
                or lex.change_words_m.at(told)):
            it.role = "baseline"
            return
    # 较上年同期2378起上升3.3%, 较去年同期破案858起上升28.9%: the figure between a
    # comparison (and its period and verb) and the change word is the compared level
    after_basis = after[2:] if after.startswith(("同比", "环比")) else after
    if lex.change_words_m.at(after_basis) and _COMPARED_LEVEL.search(before):
        # (较2016年17起同比下降29.4%: 同比 between the compared level and the change)
        it.role = "baseline"
        it.marker_pos = q.start
        return
    if _BASIS_LEVEL.search(before) and lex.change_words_m.at(
            lex.past_change_adverbs(after.lstrip(",，"))):
        it.role = "baseline"
        it.marker_pos = q.start
        return
    # 与去年同期2641起相比下降26.2%: the level between 与 and 相比 is the compared one
    if _WITH_LEVEL.search(before):
        k = next((len(w) for w in _COMPARED_AFTER if after.startswith(w)), 0)
        if k and lex.change_words_m.at(lex.past_change_adverbs(after[k:].lstrip(",，"))):
            it.role = "baseline"
            it.marker_pos = q.start
            return
    # …18件20人,去年同期为34件46人,件数和人数分别同比下降…: the level of the same period a
    # year before, written after the level, is its baseline (and so is the figure paired
    # right after it, 34件|46人)
    if _LAST_YEAR_WAS.search(before) or (
            prev is not None and prev.role == "baseline"
            and text[prev.q.end:q.start] in ("", "、", "和")  # (34件46人, 34件、46人)
            and prev.q.unit != q.unit and prev.q.kind == q.kind == "count"
            and _LAST_YEAR_WAS.search(text[max(sent.start, prev.q.start - 12):prev.q.start])):
        it.role = "baseline"
        it.marker_pos = q.start
        return
    # 从24.1万起下降至15.8万起: 从/由 right before the figure, a to-level verb right after
    # (or a change and then 至: 由8 884宗增加806宗(9.1%)至9 690宗)
    # (自43万件增为54万件: 自 as 从, Taiwanese releases' usage)
    if before.endswith(("从", "由", "自")) and (lex.to_level_m.at(after)
                                          or lex.change_words_m.at(after)):
        it.role = "baseline"
        return
    # 从2015年25899名增加到去年底的82600名: 从 and a year before the figure
    if _FROM_YEAR.search(before) and lex.to_level_m.at(after):
        it.role = "baseline"
        return
    # 未成年吸毒人员827人降至104人: a figure right before a to-level verb and its level
    tl = lex.to_level_m.at(after)
    if tl and _LEVEL_NEXT.match(text, after_at + len(tl)):
        it.role = "baseline"
        return
    # 增加5 000宗(+9.2%): a rate in brackets right after a change amount is its rate
    if (prev is not None and prev.role == "change" and q.kind in ("percent", "points")
            and text[prev.q.end:q.start].strip().rstrip("+＋") in OPEN
            and _closes(text, q.end)):
        _same_change(it, prev)
        return
    # 上升14.7%(+61宗) / 下降2.6%(-14宗): a signed count in brackets right after a rate is
    # the same change told in the count (its sign agreeing with the rate's direction)
    if (prev is not None and prev.role == "change" and prev.q.kind in ("percent", "points")
            and q.kind == "count" and _closes(text, q.end)):
        gap = text[prev.q.end:q.start].strip()
        if len(gap) == 2 and gap[0] in OPEN and (
                (gap[1] in "+＋" and prev.direction == "up")
                or (gap[1] in "-－−" and prev.direction == "down")):
            _same_change(it, prev)
            return
    # 增加806宗(9.1%)至9 690宗: 至 after a change is a to-level
    if (prev is not None and prev.role == "change"
            and CHANGE_THEN_TO.fullmatch(text, prev.q.end, q.start)):
        it.to_level = True
        it.direction = prev.direction
        it.basis = "baseline"
        it.marker_pos = q.start - 1
        return
    # to-level: …下降到0.06% / 下降至2022年的1700余起 (a period and 的 between)
    raw = text[cs:q.start].rstrip()
    gap_text = _strip_glue(ctx, raw)
    lvl_end = _skip_period_back(ctx, text, cs, q.start)
    tl = lex.to_level_m.end(text[cs:lvl_end])
    if tl:
        it.to_level = True
        it.direction = lex.direction[tl]
        it.basis = "baseline"
        it.marker_pos = lvl_end - len(tl)
        return
    # change amount: 同比下降14.2%, 多破1712起, 降幅超17%
    cw = lex.change_words_m.end(gap_text)
    if (cw in lex.rate_nouns and gap_text[:-len(cw)].endswith(tuple(lex.average_words))
            # (…90095件、110925人,年平均增长率分别为18.25%和17.10%: the levels' changes)
            and "分别" not in raw[len(gap_text) - len(cw):]):
        lo = prev.q.end if prev is not None and prev.q.end >= sent.start else sent.start
        if last_marker(ctx, text[lo:q.start]) is None:
            cw = None  # 年均降幅超过25%: an averaged rate compared with nothing is a level
    if cw and (len(cw) > 1 or _single_char_change_ok(gap_text, cw)
               or (cw in ("降", "升", "增") and q.kind in ("percent", "points"))
               # (则升1,357宗,至2,449宗 / 跌222宗至658宗: the change before the new level)
               or (cw in ("降", "升", "增", "跌", "减")
                   and _then_to_level(text, q.end))):
        # (降2成, 升15%: a single-character change word before a rate is a change too)
        it.role = "change"
        it.direction = lex.direction[cw]
        it.marker_pos = cs + len(gap_text) - len(cw)
        it.basis = _basis(ctx, text, it, prev, sent, cw)
        if cw.startswith("比") and len(cw) == 2:
            # 发案量比降11.57% (比降/比升: the Fujian shorthand of 同比下降/同比上升)
            it.basis, it.unmarked = "yoy", False
            if text[it.marker_pos - 1:it.marker_pos] == "同":
                it.marker_pos -= 1  # (接报火灾数同比降两成: 同比 + 降, no 同 in the metric)
        pre = gap_text[:-len(cw)]
        each = "分别" if pre.endswith("分别") else ""  # (年均分别增多10.3%、21.2%)
        avg = next((w for w in _AVERAGE_BASIS if pre[:len(pre) - len(each)].endswith(w)), None)
        if avg is not None:
            # 年均下降18%: an average annual change is yoy (spec 4, v1.1), 月均下降32% month
            # on month by the same token; the metric stops before 年均/月均
            it.basis = _AVERAGE_BASIS[avg]
            it.unmarked = False
            it.marker_pos -= len(avg) + len(each)
        return
    if q.kind == "multiple" and lex.multiple_re.search(gap_text):
        it.role = "change"
        it.direction = "up"
        m = lex.multiple_re.search(gap_text)
        it.marker_pos = cs + (m.start() if m else len(gap_text))
        it.basis = _basis(ctx, text, it, prev, sent, "")
        if m and _YEAR_MULTIPLE.search(m.group()):
            # 是2017年的12.57倍, 是前年的3倍: against that year, a written comparison, which
            # is the change's base period (是2019年同期的3倍 -> 2019年同期)
            it.basis = "baseline"
            it.unmarked = False
            lo_m, hi_m = cs + m.start(), cs + m.end()
            near = (ctx.periods if ctx.period_span is None else
                    ctx.periods[bisect_left(ctx.period_starts, lo_m):][:2])
            it.base_period = next((p for p in near if lo_m <= (p.start or 0) < hi_m), None)
        return
    lead = _LEAD_OVER.search(text[cs:q.start]) if q.kind == "points" else None
    if lead is not None:
        # 满意度达96%,高出全国平均水平1个百分点: a rate's lead over another's, in points
        it.role = "change"
        it.direction = "up" if lead.group(1).startswith("高") else "down"
        it.basis = "baseline"
        it.marker_pos = cs + lead.start(1)
        return
    # continuation of a list of change amounts: 分别下降7.4%、2.9%
    if prev is None or prev.role != "change" or prev.q.end > q.start:
        return
    gap = text[prev.q.end:q.start]
    if (gap.strip() in LIST_GAPS  # (2%和 12.5%)
            or ((gap in (",", "，") or (not gap and q.kind == "percent"))
                and q.kind == prev.q.kind and prev.marker_pos is not None
                and "分别" in text[max(sent.start, prev.marker_pos - 4):prev.q.start])):
        # (同比分别上升4.59%,99.03%: after 分别 a comma goes on with the list; 分别上升16%14.1%:
        # a page that lost the 、 between two rates)
        it.role = "change"
        it.direction = prev.direction
        it.basis = _paired_basis(ctx, text, it, prev, sent) or prev.basis
        it.unmarked = prev.unmarked  # (分别下降13.7%和5.2% with no comparison word)
        it.marker_pos = prev.marker_pos
        it.base_period = prev.base_period


#: the same period a year before, as a written level: (去年同期为2296件), 上年同期分别为…
_LAST_YEAR_WAS = re.compile(r"(?:去年|上年)同期(?:分别)?(?:为|是)$")

#: a streak of years written before a change (连续三年呈下降态势)
_STREAK = re.compile(r"连续(?:[二两三四五六七八九十]|[2-9]|1[0-9])年")

#: a multiple of a written year or of 前年 (是2017年的3倍): compared with that year, not yoy
_YEAR_MULTIPLE = re.compile(r"[0-9]{4}年|前年")


def _closes(text: str, i: int) -> bool:
    """True when a closing bracket stands at ``text[i]`` (not the text's end)."""
    return i < len(text) and text[i] in CLOSE


def _same_change(it: Item, prev: Item) -> None:
    """``it`` is the change ``prev`` is, told again (in brackets): its role, direction, basis
    and base period."""
    it.role = "change"
    it.direction = prev.direction
    it.basis = prev.basis
    it.unmarked = prev.unmarked
    it.marker_pos = prev.marker_pos
    it.base_period = prev.base_period


def _skip_period_back(ctx: Context, text: str, lo: int, pos: int) -> int:
    """``pos`` moved back over a period expression (and 的) written right before it."""
    k = pos
    if k > lo and text[k - 1] == "的":
        k -= 1
    if k - 2 >= lo and text[k - 2:k] in _NOW_WORDS:
        return k - 2  # 从去年2000余条激增到目前2.7万条
    p = ctx.period_ending.get(k)
    if p is not None and p >= lo:
        return p
    return pos


def last_marker(ctx: Context, seg: str) -> str | None:
    """The basis marker written last in ``seg`` (同比/环比/较…), if any."""
    best: tuple[int, str] | None = None
    for m in ctx.lex.markers:
        if m in ("比", "与", "从"):
            continue  # too ambiguous without the change next to them
        k = seg.rfind(m)
        if m == "按年" and seg.startswith("度", k + 2):
            k = -1  # (按年度统计: by year, no comparison)
        while m == "较" and k > 0 and jiao_adverb(seg, k):
            k = seg.rfind(m, 0, k - 1)  # (比较强烈: an adverb, no comparison)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, m)
    return best[1] if best else None


def _single_char_change_ok(gap: str, cw: str) -> bool:
    """``多``/``少``/``增``/``降``/``高``/``低`` alone count only after a comparison marker
    (比去年多12起, 比平日高13.1%; not 占比高达35%)."""
    head = gap[: len(gap) - len(cw)]
    return bool(re.search(r"(?:同比|环比|按年(?!度)|较|(?<![占对])比)[^,，;；。]{0,10}$", head))


def _then_to_level(text: str, end: int) -> bool:
    """Whether 至/到 and a new level in digits follow the figure ending at ``end``
    (升1,357宗,至2,449宗)."""
    m = CHANGE_THEN_TO.match(text, end)
    return m is not None and text[m.end():m.end() + 1].isdigit()


def _strip_glue(ctx: Context, s: str) -> str:
    """``s`` without the glue words (为, 达 …) it ends with."""
    s = s.rstrip()
    while True:
        w = ctx.lex.glue_m.end(s)
        if not w:
            return s
        s = s[: -len(w)].rstrip()


#: two bases listed before 分别 (刑事案件同比、环比分别下降33.42%、28.69%)
_BASIS_PAIR = re.compile(r"(同比|环比)[、和及与](同比|环比)分别[^,，;；。\d]{0,4}$")


def _paired_basis(ctx: Context, text: str, it: Item, prev: Item | None, sent: Sentence
                  ) -> str | None:
    """The basis of a change in a 同比、环比分别… pair: the first figure takes the first
    basis, the figure listed right after it the second."""
    if (prev is not None and prev.role == "change" and prev.q.end <= it.q.start
            and text[prev.q.end:it.q.start] in LIST_GAPS):
        phi = prev.marker_pos if prev.marker_pos is not None else prev.q.start
        m = _BASIS_PAIR.search(text, max(sent.start, phi - 24), phi)
        return ctx.lex.basis_of[m.group(2)] if m is not None else None
    hi = it.marker_pos if it.marker_pos is not None else it.q.start
    m = _BASIS_PAIR.search(text, max(sent.start, hi - 24), hi)
    return ctx.lex.basis_of[m.group(1)] if m is not None else None


def _basis(ctx: Context, text: str, it: Item, prev: Item | None, sent: Sentence, cw: str) -> str:
    """The basis of change ``it`` (yoy, mom or baseline) from the last marker before it;
    sets its ``base_period`` when a period follows the marker."""
    lex = ctx.lex
    paired = _paired_basis(ctx, text, it, prev, sent)
    if paired is not None:
        return paired
    lo = sent.start
    if prev is not None and prev.role == "baseline":
        # 较去年(842起)多破215起: the marker stands before the baseline
        lo = max(lo, prev.q.start - 16)
    elif prev is not None and prev.role in ("value", "change"):
        lo = max(lo, prev.q.end)
    hi = it.marker_pos if it.marker_pos is not None else it.q.start
    window = text[lo:hi]
    best: tuple[int, str] | None = None
    for m in lex.markers:
        for pos in _occurrences(window, m):
            if m == "比" and (window[max(0, pos - 1):pos] in ("同", "环", "占", "案", "对")
                              or window[pos + 1:pos + 2] in ("例", "重", "率")
                              or bi_adverb(window, pos)):
                continue
            if m == "较" and jiao_adverb(window, pos):
                continue  # (比较强烈, 较大事故: an adverb)
            if m == "与" and "相比" not in window[pos:]:
                continue
            if best is None or pos > best[0] or (pos == best[0] and len(m) > len(best[1])):
                best = (pos, m)
    if best is None:
        if prev is not None and prev.role == "change" and prev.basis and lo == prev.q.end:
            # (…分别下降8.2%、12.77%,破案数、抓获数分别上升13.4%…: unmarked like the one
            # before, so the period decides for both)
            it.unmarked = prev.unmarked
            return prev.basis
        if _STREAK.search(text, max(sent.start, hi - 40), hi):
            # (…连续三年呈下降态势,下降率分别为42.8%和44.8%: a change over the streak's years)
            return "baseline"
        # no marker of its own: the sentence's last marker governs (…同比下降13.7%,…
        # 警情和案件均下降70%); a change compared with nothing stated is a baseline one
        # (平均车速提高约8%)
        earlier = last_marker(ctx, text[sent.start:lo])
        if earlier is None:
            it.unmarked = True  # its period decides: yoy within a year (Draft.fact, v1.1)
        return lex.basis_of[earlier] if earlier else "baseline"
    pos, m = best
    basis = lex.basis_of[m]
    if basis == "baseline" and window.rfind("同比", 0, pos + 1) >= max(0, pos - 6):
        basis = "yoy"  # 同比去年同期: the word 同比 is yoy (spec 4)
    if (basis == "yoy" and m != "同比" and window[:pos].endswith(tuple(lex.compare_words))
            and not window[:pos].endswith("同比")):
        # 较去年同期(的1198起)多破: a comparison with last year's level, spec basis baseline
        basis = "baseline"
    # base period right after the marker: 较2019年 / 同比2018年 / 较去年(…)
    abs_pos = lo + pos + len(m)
    k = bisect_left(ctx.period_starts, abs_pos)
    for p in ctx.periods[k:k + 1] if ctx.period_span is not None else ctx.periods:
        if abs_pos <= (p.start or 0) <= abs_pos + 1:
            it.base_period = p
            break
    return basis
