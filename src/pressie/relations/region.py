"""Stage 4, region: the region of every fact from its scope (spec section 4).

全国/我国/公安部 -> 中国; 全区/全省/全市/全县/我市 -> the release's own region (the most
specific one, ``pressie_region``); a single LOCATION -> its canonical name; a named agency
-> its place (宝鸡市公安局 -> 宝鸡市); several places inside a regional release -> that
region.  The stage remembers, per paragraph, the city and the place named last (全市 in a
provincial release after a city; 专案组 after a named bureau), so it visits the facts in
text order: :func:`attach_regions`; 全市 with no city in its paragraph is the city of the
province's place or body named last before it, in any paragraph.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from ..entities.region import region_name
from .candidates import Sentence
from .context import Context
from .places import _agency_place, _full_region, _place_level, _province_of
from .records import Site


def attach_regions(ctx: Context, sites: Iterable[Site]) -> None:
    """Set ``site.region`` of every site, in text order (the paragraph memory depends on it)."""
    for site in sites:
        site.region = _full_region(region_of(ctx, site.scope, site.sent))


def region_of(ctx: Context, scope: tuple[int, int] | None, sent: Sentence) -> str | None:
    """The region of a fact with ``scope`` (spec section 4, scope and region).

    全国/公安部 -> 中国; 全省/全市/全县/我市 … -> the release's own region (its most specific
    one: a city or county bureau reports for its city or county), except 全市 in a
    provincial release (the city named last in the paragraph, else the city of the last
    place or body of the province named before it) and 全市 in a county release (the
    county's city); a named place keeps its full name, as does the
    place of a named agency (宝鸡市公安局 -> 宝鸡市); several places inside a regional
    release lie in its region; no scope -> the release's region.
    """
    lex = ctx.lex
    own = ctx.doc_region
    heading = _place_heading(ctx, sent.start)
    if heading is not None and scope is not None:
        word = lex.own_region_m.at(ctx.text[scope[0]:scope[1]])
        if word is not None and ("省" in word or "厅" in word or "自治区" in word):
            heading = None  # (全省 under a city's heading: the province's total)
        elif word is None:
            heading = heading if not _named_scope(ctx, scope) else None
    if heading is not None:
        # 抚州市 (a line of its own) … 经过…,共打掉…: a roundup's section for that place
        return heading
    if scope is None:
        return own
    paragraph = sent.paragraph
    s = ctx.text[scope[0]:scope[1]]
    if (paragraph in ctx.para_place
            and scope[0] >= sent.start and s.startswith(lex.anaphoric_bodies)):
        return ctx.para_place[paragraph]  # 专案组 of the case named in the paragraph
    if s.startswith(lex.national_t) or "全国" in s:
        return "中国"
    word = lex.own_region_m.at(s)
    if word is not None:
        return _own_word_region(ctx, word, paragraph, scope[0])
    locs = [
        e for e in ctx.ents_near(scope[0], scope[1])
        if e.label == "LOCATION" and scope[0] <= e.start and e.end <= scope[1]
    ]
    if len(locs) == 1:
        # (江西南昌特警 -> 南昌市: a chain's place without its province)
        return _note_place(ctx, region_name(locs[0].canonical), paragraph)
    if len(locs) > 1:
        # several places: inside a regional release they lie in its region
        return None if own in (None, "中国") else own
    agencies = [
        e for e in ctx.ents_near(scope[0], scope[1])
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


def _named_scope(ctx: Context, scope: tuple[int, int]) -> bool:
    """True when ``scope`` names a place or an agency of its own (not 警方 alone)."""
    return any(e.label in ("LOCATION", "AGENCY") and scope[0] <= e.start and e.end <= scope[1]
               for e in ctx.ents_near(scope[0], scope[1]))


def _place_heading(ctx: Context, pos: int) -> str | None:
    """The place of the nearest line before ``pos`` that is only a place's name, when the
    text has at least one such line before its facts (a roundup's sections)."""
    heads = ctx.place_headings
    if not heads or heads[0][0] > pos:
        return None
    k = bisect_right(heads, (pos, "\uffff")) - 1
    return heads[k][1] if k >= 0 else None


def _own_word_region(ctx: Context, word: str, paragraph: int | None, pos: int
                     ) -> str | None:
    """Region of an own-region word (全市, 全县, 我省 …) at ``pos`` in this release."""
    own = ctx.doc_region
    if own is not None and "省" in word and not own.endswith(("省", "中国")):
        return _province_of(own) or own  # 全省 in a city's release: its province
    if own is None or "市" not in word:
        return own
    if own.endswith(("省", "自治区")):
        # 全市 in a provincial release: the city named last in the paragraph, else the city
        # of the body named last before it (…记者从昆明市公安局获悉…。\n春节期间,全市…)
        city = ctx.para_city.get(paragraph) if paragraph is not None else None
        return city or _city_named_before(ctx, pos, own) or own
    k = own.find("市")
    if 0 < k < len(own) - 1 and own.endswith(("县", "区", "旗")):
        return own[:k + 1]  # 全市 in a county release (吉安市永丰县): its city
    return own


def _city_named_before(ctx: Context, pos: int, province: str) -> str | None:
    """The last city of ``province`` named before ``pos``: a place that is a city
    (prefecture level) or an agency named after one (昆明市公安局); the release's own
    province is always the one asked for, so the marks are that province's only."""
    if ctx.city_marks is None:
        marks = []
        for e in sorted(ctx.entities, key=lambda e: e.start):
            if e.label not in ("LOCATION", "AGENCY"):
                continue
            name = (region_name(e.canonical) if e.label == "LOCATION"
                    else _agency_place(e.canonical))
            if (name and _place_level(name) == "prefecture"
                    and _province_of(name) == province):
                marks.append((e.start, name))
        ctx.city_marks = marks
    k = bisect_right(ctx.city_marks, (pos, "")) - 1
    return ctx.city_marks[k][1] if k >= 0 else None


def _note_place(ctx: Context, region: str, paragraph: int | None) -> str:
    """Remember the place of a named body or place in ``paragraph`` (an anaphoric body
    such as 专案组 after it reports for it), then :func:`_note_city`."""
    if paragraph is not None:
        ctx.para_place[paragraph] = region
    return _note_city(ctx, region, paragraph)


def _note_city(ctx: Context, region: str, paragraph: int | None) -> str:
    """Remember a city region named in ``paragraph`` (全市 after it refers to it)."""
    if paragraph is not None and _place_level(region) == "prefecture":
        ctx.para_city[paragraph] = region
    return region


