"""TODO docstring."""

from __future__ import annotations

from bisect import bisect_left

from .candidates import _Sentence
from .patterns import _PLACE_LIST, _PREPOSITIONS
from .places import _agency_place, _place_level


def _opening_scope(ctx, text: str, clauses: list[tuple[int, int]], first: int
                   ) -> tuple[int, int] | None:
    """The scope named by the clauses that open a sentence before its first figure.

    ``今年5月,宝鸡市公安局成功侦破“4·07”…案,共抓获犯罪嫌疑人87名``: the figures'
    clauses name no body, the opening clause does (a named body before its first verb).
    ``first`` is where the sentence's first figure starts (its end when it has none).
    """
    found = None
    for cs, ce in clauses[:4]:
        if ce > first:
            break
        if not _has_body_start(ctx, cs, min(ce, cs + 16)):
            continue
        sc = _left_scope(ctx, text, cs, ce)[2]
        if sc is not None and _named_body_at(ctx, text, sc[0]):
            found = sc
    return found


def _body_starts_in(ctx, a: int, b: int) -> list[int]:
    """Starts of named bodies/areas (entities, scope words) in ``[a, b)``."""
    lex = ctx.lex
    k = bisect_left(ctx._body_starts, a)
    out = []
    while k < len(ctx._body_starts) and ctx._body_starts[k] < b:
        out.append(ctx._body_starts[k])
        k += 1
    for i in range(a, b):
        if ctx._text[i] in ctx._scope_first and lex.scope_words_m.at(ctx._text, i):
            out.append(i)
    return out


def _has_body_start(ctx, a: int, b: int) -> bool:
    """True when :meth:`_body_starts_in` finds something in ``[a, b)``."""
    k = bisect_left(ctx._body_starts, a)
    if k < len(ctx._body_starts) and ctx._body_starts[k] < b:
        return True
    text = ctx._text
    at = ctx.lex.scope_words_m.at
    search = ctx._scope_first_re.search
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


def _named_body_at(ctx, text: str, a: int) -> bool:
    """True when a body or area is named at ``a``: an AGENCY/LOCATION entity starts
    there, or a scope word (全省, 各地, 全国 …)."""
    lex = ctx.lex
    w = lex.scope_words_m.at(text, a)
    if w and w != "全":
        return True
    return any(e.start == a and e.label in ("AGENCY", "LOCATION")
               for e in ctx._ents_near(a, a))


def _scope_like(ctx, s: str, at: int) -> bool:
    """Words between a verb and a number that only locate it: 全省, 我区, 包括云南, 对…."""
    s = s.lstrip("对向在为给")
    if not s:
        return True
    if ctx.lex.scope_words_m.at(s):
        return True
    return any(
        e.label in ("LOCATION", "AGENCY") and at <= e.start and e.start <= at + 3
        for e in ctx._ents_near(at, at + 3)
    )


def _left_scope(ctx, text: str, s: int, e: int
                ) -> tuple[int, int, tuple[int, int] | None, bool]:
    """The first half of :meth:`_left_pieces`: where the metric may start and end after
    the periods, connectives, fillers and the scope are cut off, the scope span and
    whether 其中 opened it; ``(-1, -1, None, False)`` when no text is left."""
    lex = ctx.lex
    # remove period expressions by cutting the span into pieces around them
    spans = [(s, e)]
    for p in ctx._periods_near(s, e):
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
    a, b = spans[-1]
    # a period inside the clause splits it: 2020年全区发生的 -> 全区发生的
    # strip leading punctuation / connectives / fillers
    subcount = False
    scope: tuple[int, int] | None = None
    a = _skip_space(ctx, text, a, b)
    changed = True
    while changed and a < b:
        changed = False
        w = lex.connectives_m.at(text, a)
        if w and a + len(w) <= b:
            if w in lex.subcount:
                subcount = True
            a += len(w)
            a = _skip_punct(ctx, text, a, b)
            changed = True
            continue
        w = lex.fillers_m.at(text, a)
        if w and a + len(w) <= b:
            a += len(w)
            changed = True
    # scope: the words before the first verb when they name a body or an area
    fv = lex.first_verb(text[a:b], 0, ctx._bounds, a)
    if fv is not None and fv[0] > 0:
        head_end = a + fv[0]
        head = text[a:head_end]
        stripped = head
        while True:
            f = lex.fillers_m.end(stripped)
            if not f:
                break
            stripped = stripped[: -len(f)]
        if stripped and _is_scope(ctx, stripped, a):
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
    return a, b, scope, subcount


def _subject_end(ctx, text: str, a: int, e: int) -> int | None:
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


def _skip_space(ctx, text: str, a: int, b: int) -> int:
    while a < b and (text[a].isspace() or text[a] in ",，、;；:：。"):
        a += 1
    return a


def _skip_punct(ctx, text: str, a: int, b: int) -> int:
    while a < b and text[a] in ",，、;；:： ":
        a += 1
    return a


def _is_scope(ctx, s: str, at: int) -> bool:
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
        for e in ctx._ents_near(at - (ctx._ent_span or 0), at)
    )


def _scope_prefix(ctx, text: str, a: int, b: int) -> int | None:
    """End of a scope opening a verbless clause: 全省侵财案件… -> 全省."""
    lex = ctx.lex
    w = lex.scope_prefixes_m.at(text, a)
    if not w or w == "全":
        w = lex.national_own_m.at(text, a)
    if not w:
        for e in ctx._ents_near(a, a):
            if e.label == "LOCATION" and e.start == a and e.end < b:
                end = e.end
                # a list of places: 广元、绵阳、乐山市
                m = _PLACE_LIST.match(text, end, min(b, end + 80))
                if m:
                    for e2 in ctx._ents_near(end + 1, m.end() - 1):
                        if e2.label == "LOCATION" and end < e2.start < m.end():
                            end = max(end, e2.end)
                return end
        return None
    end = a + len(w)
    # extend over 各级 / 公安机关 …
    while True:
        h = lex.scope_heads_m.at(text, end)
        if h and end + len(h) < b:
            end += len(h)
        else:
            break
    return end if end < b else None


def _scope_text(ctx, text: str, scope: tuple[int, int] | None) -> str | None:
    if scope is None:
        return None
    return text[scope[0]:scope[1]] or None


def _region(ctx, text: str, scope: tuple[int, int] | None,
            paragraph: int | None = None) -> str | None:
    """The region of a fact with ``scope`` (spec section 4, scope and region).

    全国/公安部 -> 中国; 全省/全市/全县/我市 … -> the release's own region (its most specific
    one: a city or county bureau reports for its city or county), except 全市 in a
    provincial release after a city was named in the paragraph (that city) and 全市 in a
    county release (the county's city); a named place keeps its full name, as does the
    place of a named agency (宝鸡市公安局 -> 宝鸡市); several places inside a regional
    release lie in its region; no scope -> the release's region.
    """
    lex = ctx.lex
    own = ctx._doc_region
    if scope is None:
        return own
    s = text[scope[0]:scope[1]]
    if (paragraph is not None and paragraph in ctx._para_place
            and scope[0] >= ctx._sent_start and s.startswith(lex.anaphoric_bodies)):
        return ctx._para_place[paragraph]  # 专案组 of the case named in the paragraph
    if s.startswith(lex.national_t) or "全国" in s:
        return "中国"
    word = lex.own_region_m.at(s)
    if word is not None:
        return _own_word_region(ctx, word, paragraph)
    locs = [
        e for e in ctx._ents_near(scope[0], scope[1])
        if e.label == "LOCATION" and scope[0] <= e.start and e.end <= scope[1]
    ]
    if len(locs) == 1:
        return _note_place(ctx, locs[0].canonical, paragraph)
    if len(locs) > 1:
        # several places: inside a regional release they lie in its region
        return None if own in (None, "中国") else own
    agencies = [
        e for e in ctx._ents_near(scope[0], scope[1])
        if e.label == "AGENCY" and scope[0] <= e.start and e.end <= scope[1]
    ]
    for a in agencies:
        if a.canonical.startswith(("公安部", "国家", "国务院")):
            return "中国"
    for a in agencies:
        place = _agency_place(a.canonical)
        if place is not None:
            return _note_place(ctx, place, paragraph)
    return own


def _own_word_region(ctx, word: str, paragraph: int | None) -> str | None:
    """Region of an own-region word (全市, 全县, 我省 …) in this release."""
    own = ctx._doc_region
    if own is None or "市" not in word:
        return own
    if own.endswith(("省", "自治区")):
        # 全市 in a provincial release: the city named last in the paragraph
        return ctx._para_city.get(paragraph, own) if paragraph is not None else own
    k = own.find("市")
    if 0 < k < len(own) - 1 and own.endswith(("县", "区", "旗")):
        return own[:k + 1]  # 全市 in a county release (吉安市永丰县): its city
    return own


def _note_place(ctx, region: str, paragraph: int | None) -> str:
    """Remember the place of a named body or place in ``paragraph`` (an anaphoric body
    such as 专案组 after it reports for it), then :meth:`_note_city`."""
    if paragraph is not None:
        ctx._para_place[paragraph] = region
    return _note_city(ctx, region, paragraph)


def _note_city(ctx, region: str, paragraph: int | None) -> str:
    """Remember a city region named in ``paragraph`` (全市 after it refers to it)."""
    if paragraph is not None and _place_level(region) == "prefecture":
        ctx._para_city[paragraph] = region
    return region


def _own_scope_before(ctx, text: str, s: int, sent: _Sentence) -> tuple[int, int] | None:
    """A scope written right before a change-only subject: 全省|入室盗窃案件发案."""
    lo = max(sent.start, s - 12)
    seg = text[lo:s]
    for w in ctx.lex.scope_words:
        if seg.endswith(w) and w != "全":
            return (s - len(w), s)
    return None
