""":func:`find_entities`: every candidate, resolved to non-overlapping entities."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Entity, _construct
from .agencies import _agencies, _agency_ok, _explicit_agencies, detect_own_agency, release_region
from .campaigns import _campaigns, _cases
from .lexicon import _LABEL_RANK, NATIONAL, Lexicon, default_lexicon
from .persons import _persons
from .places import _Cand, _place_starts, _scan_places, listed_townships
from .region import _guess_title, detect_region

# ---- resolution -----------------------------------------------------------------------


def _resolve(cands: list[_Cand]) -> list[_Cand]:
    """Keep non-overlapping candidates: longer first, then by label rank, then leftmost."""
    order = sorted(cands, key=lambda c: (-(c.end - c.start), _LABEL_RANK[c.label], c.start))
    size = max((c.end for c in cands), default=0)
    taken = bytearray(size)
    kept: list[_Cand] = []
    for c in order:
        if c.end <= c.start or any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def find_entities(
    text: str,
    lexicon: Lexicon | None = None,
    *,
    title: str | None = None,
    token_bounds: set[int] | None = None,
    extra: Iterable[Entity] = (),
) -> tuple[list[Entity], str | None]:
    """Find the named entities of a working text and the release's own region.

    Args:
        text: the normalized working text (simplified script, half-width digits).
        lexicon: the lexicon to use (default: the packaged one).
        title: the document's title when known (helps to find the region).
        token_bounds: character offsets where tokens start or end; when given, short place
            names (通辽, 河南) are kept only where they align with tokens.
        extra: further candidate entities (e.g. from a SpanRuler), merged before overlaps
            are resolved.

    Returns:
        ``(entities, region)``: entities sorted by offset, without overlaps, with canonical
        names per spec section 5; region is the release's most specific own region (a full
        division name: 四川省, 成都市, 吉安市永丰县 for a county bureau), 中国, or None.
    """
    lex = lexicon or default_lexicon()
    if not text:
        return [], None
    if lex.regex["variants"].search(text):
        text = text.translate(lex.char_variants)
    outlets = lex.regex["outlet"]
    starts = _place_starts(text, lex)
    places = [
        pm
        for pm in _scan_places(text, lex, token_bounds, starts=starts)
        if not outlets.match(text, pm.end) and not _in_company_name(text, pm.start, pm.end)
    ]
    explicit = _explicit_agencies(text, places, lex)
    title = title or _guess_title(text)  # (guessed once for the region, the agency, the branch)
    region = detect_region(text, places, explicit, lex, title)
    if region and region != NATIONAL:
        places = [
            pm
            for pm in _scan_places(text, lex, token_bounds, region, starts)
            if not outlets.match(text, pm.end) and not _in_company_name(text, pm.start, pm.end)
        ]
        explicit = _explicit_agencies(text, places, lex)
    own = detect_own_agency(text, explicit, lex, title)
    cands: list[_Cand] = [_Cand(pm.start, pm.end, "LOCATION", pm.canonical) for pm in places]
    cands += listed_townships(text, lex, release_region(region, own), places)
    cands += _agencies(text, places, explicit, region, lex, own)
    cands += _campaigns(text, lex)
    cands += _persons(text, places, lex)
    cands += _cases(text, lex)
    cands += [
        _Cand(e.start, e.end, e.label, e.canonical, e.year)
        for e in extra
        if e.label != "AGENCY" or _agency_ok(text, e.end, lex)
    ]
    # Entity(label=..., ..., year=...) without re-validating fields that have their types.
    entities = [
        _construct(
            Entity,
            {
                "label": c.label,
                "start": c.start,
                "end": c.end,
                "text": text[c.start : c.end],
                "canonical": c.canonical,
                "year": c.year if c.label == "CAMPAIGN" else None,
            },
            set(_ENTITY_FIELDS),
        )
        for c in _resolve(cands)
    ]
    released = release_region(region, own)
    return entities, _title_branch(text, title, entities, released) or released


def _title_branch(
    text: str, title: str | None, entities: list[Entity], region: str | None
) -> str | None:
    """The district of a city's police branch the title names (鄂城分局10日刑拘279人 in a
    release of 鄂州市 -> 鄂州市鄂城区: the branch reports for its district), else None."""
    if not region or not title:
        return None
    t0 = text.find(title)
    if t0 < 0:
        return None
    from ..relations.places import _agency_place

    for e in entities:
        if (e.label == "AGENCY" and t0 <= e.start < t0 + len(title)
                and e.canonical.startswith(region) and e.canonical.endswith("分局")):
            place = _agency_place(e.canonical)
            if place and place != region and place.startswith(region):
                return place
    return None


_ENTITY_FIELDS = frozenset(Entity.model_fields)


#: a company's name after a place in brackets: 高原(北京)文化传播有限公司
_COMPANY_AFTER = re.compile(r"[)）][\u4e00-\u9fff]{0,10}(?:有限公司|股份公司|集团|公司)")


def _in_company_name(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start:end`` is the bracketed place of a company's name
    (高原(北京)文化传播有限公司, a footer's copyright holder): no place of the release."""
    return (start > 0 and text[start - 1] in "(（"
            and _COMPANY_AFTER.match(text, end) is not None)
