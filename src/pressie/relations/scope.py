"""Scope spans: the body or area a figure reports for, as written before its verb.

Used by the metric stage (the scope is cut off the metric) and by the change stage
(change-only subjects): 全区公安机关, an AGENCY/LOCATION entity, a place list (广元、绵阳、
乐山市), a body subject before adverbials (公安机关|据此破获).  A scope carries over within a
paragraph, and a body named before its verb in a sentence's opening clauses
(宝鸡市公安局成功侦破…案,共抓获…) becomes the scope of the figures after it
(:func:`opening_scope`, :func:`carried_scope`).  Spans only: the region of a scope is
decided by the region stage (:mod:`.region`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .candidates import Sentence, clauses
from .context import Context
from .lexicon import RelationLexicon
from .patterns import _PLACE_LIST, _PREPOSITIONS


def carried_scope(ctx: Context, scope: tuple[int, int] | None, quiet: list[Sentence]
                  ) -> tuple[int, int] | None:
    """The scope a sentence with figures starts with: ``scope`` carried over from the
    paragraph's previous figures, unless one of the ``quiet`` sentences (without figures,
    since them) opens with a named body (深圳市公安局侦破的…专案,…。该案共抓获…): the latest
    such one wins."""
    for sent in reversed(quiet):
        opening = opening_scope(
            ctx, clauses(ctx, sent.start, min(sent.end, sent.start + 80)), sent.end)
        if opening is not None:
            return opening
    return scope


def opening_scope(ctx: Context, spans: list[tuple[int, int]], first: int
                  ) -> tuple[int, int] | None:
    """The scope named by the clauses that open a sentence before its first figure.

    ``今年5月,宝鸡市公安局成功侦破“4·07”…案,共抓获犯罪嫌疑人87名``: the figures'
    clauses name no body, the opening clause does (a named body before its first verb).
    ``first`` is where the sentence's first figure starts (its end when it has none).
    """
    found = None
    text = ctx.text
    for cs, ce in spans[:4]:
        if ce > first:
            break
        if not _has_body_start(ctx, cs, min(ce, cs + 16)):
            continue
        if text[cs:ce].rstrip(" ,，、").endswith(_TIME_CLAUSE_ENDS):
            continue  # 全省公安机关…专项行动部署后,X公安局…: a time clause names no subject
        sc = left_scope(ctx, text, cs, ce)[2]
        if sc is not None and _named_body_at(ctx, text, sc[0]):
            found = sc
    return found


#: what ends an opening time clause (全省…专项行动部署后, 全国…行动开展以来)
_TIME_CLAUSE_ENDS = ("后", "以后", "之后", "以来", "期间", "之际")


def _has_body_start(ctx: Context, a: int, b: int) -> bool:
    """True when a named body or area (an AGENCY/LOCATION entity, a scope word) starts in
    ``[a, b)``."""
    k = bisect_left(ctx.body_starts, a)
    if k < len(ctx.body_starts) and ctx.body_starts[k] < b:
        return True
    text = ctx.text
    at = ctx.lex.scope_words_m.at
    search = ctx.lex.scope_first_re.search
    i = a
    while i < b:
        m = search(text, i, b)
        if m is None:
            return False
        i = m.start()
        if at(text, i):
            return True
        i += 1
    return False


def _named_body_at(ctx: Context, text: str, a: int) -> bool:
    """True when a body or area is named at ``a``: an AGENCY/LOCATION entity starts
    there, or a scope word (全省, 各地, 全国 …)."""
    lex = ctx.lex
    w = lex.scope_words_m.at(text, a)
    if w and w != "全":
        return True
    return body_entity_at(ctx, a)


def body_entity_at(ctx: Context, a: int) -> bool:
    """True when a place or body (a LOCATION or AGENCY entity) starts at ``a``."""
    return any(e.start == a and e.label in ("AGENCY", "LOCATION") for e in ctx.ents_near(a, a))


def scope_like(ctx: Context, s: str, at: int) -> bool:
    """Words between a verb and a number that only locate it: 全省, 我区, 包括云南, 对…."""
    s = s.lstrip("对向在为给")
    if not s:
        return True
    if ctx.lex.scope_words_m.at(s):
        return True
    return any(
        e.label in ("LOCATION", "AGENCY") and at <= e.start and e.start <= at + 3
        for e in ctx.ents_near(at, at + 3)
    )


def _only_trailers(lex: RelationLexicon, words: str) -> bool:
    """True when ``words`` hold nothing but metric trailers (保持在, 达, 均)."""
    rest = words.strip()
    while rest:
        w = lex.trailers_m.end(rest)
        if not w:
            return False
        rest = rest[: -len(w)]
    return True


def left_scope(ctx: Context, text: str, s: int, e: int
               ) -> tuple[int, int, tuple[int, int] | None, bool]:
    """The first half of :func:`.metric.left_pieces`: where the metric may start and end after
    the periods, connectives, fillers and the scope are cut off, the scope span and
    whether 其中 opened it; ``(-1, -1, None, False)`` when no text is left."""
    lex = ctx.lex
    # remove period expressions by cutting the span into pieces around them
    spans = [(s, e)]
    for p in ctx.periods_near(s, e):
        ps, pe = p.start or 0, p.end or 0
        new = []
        for a, b in spans:
            if pe <= a or ps >= b:
                new.append((a, b))
                continue
            if a < ps:
                new.append((a, ps))
            if pe < b:
                new.append((pe, b))
        spans = new
    # the metric lives in the last contiguous piece; earlier ones hold scope/adverbials
    spans = [(a, b) for a, b in spans if b > a]
    if not spans:
        return -1, -1, None, False
    chosen = len(spans) - 1  # the piece the metric lives in
    a, b = spans[chosen]
    if len(spans) > 1 and _only_trailers(lex, text[a:b]):
        # 命案侦破率连续五年保持100%: a piece of only 保持/达 after the period is no
        # metric; the metric is the piece before the period (in the same clause)
        pa, pb = spans[-2]
        if not any(c in text[pb:a] for c in ",，;；。:："):
            chosen -= 1
            a, b = pa, pb
    # a period inside the clause splits it: 2020年全区发生的 -> 全区发生的
    # strip leading punctuation / connectives / fillers
    subcount = False
    scope: tuple[int, int] | None = None
    a = _skip_space(text, a, b)
    if text[a:a + 1] == "的" and a + 1 < b and text[a - 1:a] in ("年", "月", "日", "度"):
        a += 1  # (2014年1-5月的重刑率: the 的 after a period opens no metric)
    if lex.news_lead is not None:
        lead = lex.news_lead.match(text, a, b)
        if lead is not None and lead.end() < b:
            a = lead.end()  # 中新网江苏新闻6月11日电(谷华 吴坚)打掉…: the outlet's dateline
    changed = True
    while changed and a < b:
        changed = False
        w = lex.connectives_m.at(text, a)
        if w and a + len(w) <= b:
            if w in lex.subcount:
                subcount = True
            a += len(w)
            a = _skip_punct(text, a, b)
            changed = True
            continue
        w = lex.filler_at(text, a)
        if w and a + len(w) <= b:
            a += len(w)
            changed = True
    # scope: the words before the first verb when they name a body or an area
    fv = lex.first_verb(text[a:b], 0, ctx.bounds, a)
    if fv is not None and fv[0] > 0:
        head_end = a + fv[0]
        head = text[a:head_end]
        stripped = head
        while True:
            f = lex.fillers_m.end(stripped)
            if not f:
                break
            stripped = stripped[: -len(f)]
        if stripped and (GRADED_BY.match(text, a + len(stripped)) or (
                stripped.endswith(_BODY_ENDS) and _GRADED.match(text, a + len(stripped)))):
            # (公安部B级通缉的5名, 公安部督捕的118名, 其中公安部挂牌督办案件74起: the body
            # grades them, no scope)
            pass
        elif stripped and _is_scope(ctx, stripped, a):
            scope = (a, a + len(stripped))
            a = head_end
        else:
            sc = _subject_end(ctx, text, a, head_end)
            if sc is None:
                sc = _scope_prefix(ctx, text, a, head_end)
            if sc is not None:
                scope = (a, sc)
                a = sc
    elif fv is None:
        sc = _scope_prefix(ctx, text, a, b)
        if sc is not None:
            scope = (a, sc)
            a = sc
    if scope is None and fv is not None and fv[0] == 0 and chosen > 0:
        # 鄂尔多斯市警方日前摧毁…: the body written right before the period that splits
        # its clause (nothing but the period between them)
        pa, pb = spans[chosen - 1]
        p_end = pb
        while p_end > pa and text[p_end - 1] in " \u3000":
            p_end -= 1
        gap = text[pb:spans[chosen][0]]
        if (p_end > pa and not any(c in gap for c in ",，;；。:：")
                and _is_scope(ctx, text[pa:p_end], pa)):
            scope = (pa, p_end)
    return a, b, scope, subcount


def _subject_end(ctx: Context, text: str, a: int, e: int) -> int | None:
    """End of a body subject followed by adverbials before the verb at ``e``.

    公安机关|据此破获, 专案组民警|历时, …车驾管窗口|共为群众办理, 民警|先后在多地抓获: the
    longest stretch from ``a`` that names a body (ends with a scope head or is an entity)
    and is followed by a filler, an adverb, a pronoun, a preposition or a helper verb.
    """
    lex = ctx.lex
    for k in range(e - 1, a + 1, -1):
        if not lex.scope_heads_m.end(text[a:k]) or not _is_scope(ctx, text[a:k], a):
            continue
        if (lex.fillers_m.at(text, k) or lex.connectives_m.at(text, k)
                or lex.adverbial_preps_m.at(text, k) or text[k] in "为给"
                or lex.helper_verbs_m.at(text, k)):
            return k
    return None


def _skip_space(text: str, a: int, b: int) -> int:
    while a < b and (text[a].isspace() or text[a] in ",，、;；:：。"):
        a += 1
    return a


def _skip_punct(text: str, a: int, b: int) -> int:
    while a < b and text[a] in ",，、;；:： ":
        a += 1
    return a


def _is_scope(ctx: Context, s: str, at: int) -> bool:
    """A whole pre-verb stretch that names a reporting body or area."""
    lex = ctx.lex
    if s[:1] in _PREPOSITIONS:
        return False  # 从缅甸、柬埔寨等国家和地区缉捕…: an adverbial, not a scope
    if lex.scope_heads_m.end(s) or s in lex.scope_prefixes:
        return True
    if s in lex.national or s in lex.own_region:
        return True
    return any(
        e.label in ("AGENCY", "LOCATION") and e.start <= at and at + len(s) <= e.end
        for e in ctx.ents_near(at - (ctx.ent_span or 0), at)
    )


def _scope_prefix(ctx: Context, text: str, a: int, b: int) -> int | None:
    """End of a scope opening a verbless clause: 全省侵财案件… -> 全省."""
    lex = ctx.lex
    w = lex.scope_prefixes_m.at(text, a)
    if not w or w == "全":
        w = lex.national_own_m.at(text, a)
    if not w:
        for e in ctx.ents_near(a, a):
            if e.label == "LOCATION" and e.start == a and e.end < b:
                if text.startswith(lex.place_attributes, e.end):
                    return None  # 台湾通行证45件: the place qualifies the noun, no scope
                end = e.end
                # a list of places: 广元、绵阳、乐山市
                m = _PLACE_LIST.match(text, end, min(b, end + 80))
                if m:
                    for e2 in ctx.ents_near(end + 1, m.end() - 1):
                        if e2.label == "LOCATION" and end < e2.start < m.end():
                            end = max(end, e2.end)
                return end
        return None
    end = a + len(w)
    if w.endswith(_BODY_ENDS) and _GRADED.match(text, end):
        return None  # 公安部B级通缉在逃人员23名: the body grades the noun, it reports nothing
    # extend over 各级 / 公安机关 …
    while True:
        h = lex.scope_heads_m.at(text, end)
        if h and end + len(h) < b:
            end += len(h)
        else:
            break
    return end if end < b else None


#: a body's grading words (公安部A级通缉, 挂牌督办, 督捕)
_GRADING = r"(?:[A-Da-dＡ-Ｄ]级)?(?:通缉|督捕|挂牌督办|重点督办|督办|交办|挂牌)"
#: what makes a body before a noun its grader, not the reporting scope (公安部A级通缉,
#: 公安部挂牌督办, 公安部和省公安厅督捕)
_GRADED = re.compile(rf"(?:[和、及与][^,，。;；的]{{2,8}}?)?(?:{_GRADING}|[A-Da-dＡ-Ｄ]级)")
#: a body's grading of the persons or cases counted, as a modifier (…B级通缉的, 督捕的)
GRADED_BY = re.compile(rf"(?:和[^,，、的]{{2,8}}?)?{_GRADING}的")
#: how a body's name ends (公安部, 省公安厅, 公安局), unlike an area word (全省)
_BODY_ENDS = ("部", "厅", "局", "署", "办")


def own_scope_before(ctx: Context, text: str, s: int, sent: Sentence) -> tuple[int, int] | None:
    """A scope written right before a change-only subject: 全省|入室盗窃案件发案."""
    lo = max(sent.start, s - 12)
    seg = text[lo:s]
    for w in ctx.lex.scope_words:
        if seg.endswith(w) and w != "全":
            return (s - len(w), s)
    return None
