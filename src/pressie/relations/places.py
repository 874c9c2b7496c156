"""Places of fact regions, from the entities' places lexicon (agency -> its place)."""

from __future__ import annotations

import re
from typing import Any

_NAMED_BRANCH = re.compile(r"公安局([\u4e00-\u9fff]{1,4}?)分局")


def _places() -> Any:
    from ..entities import default_lexicon

    return default_lexicon()


def _place_level(name: str) -> str | None:
    """Level of a full place name in the entities lexicon (province, prefecture, county)."""
    places = _places().places_by_name.get(name)
    return places[0].level if places else None


def _province_of(name: str) -> str | None:
    """The province of a full place name (阳江市 -> 广东省), or None when unknown."""
    lex = _places()
    places = lex.places_by_name.get(name)
    if not places:
        # a county written with its city (宜宾市筠连县): the province of its city
        for k in range(2, len(name) - 1):
            if name[k - 1] in "市州盟" and lex.places_by_name.get(name[:k]):
                places = lex.places_by_name[name[:k]]
                break
    if not places:
        return None
    prov = lex.province_of(places[0])
    return prov.name if prov is not None else None


def _full_region(name: str | None) -> str | None:
    """A region by its full name: the city-level entry of a special administrative region
    (香港, 澳门: the parent of their districts) is the region itself (香港特别行政区)."""
    if not name:
        return name
    places = _places().places_by_name.get(name)
    if places and places[0].level == "prefecture" and places[0].parent.startswith(name):
        parent = _places().places_by_name.get(places[0].parent)
        if parent and parent[0].level == "province":
            return parent[0].name
    return name


# _agency_place answers by canonical name, for the places lexicon they were computed with
_AGENCY_PLACE: dict[str, str | None] = {}
_AGENCY_PLACE_OF: list[Any] = [None]
_UNKNOWN = object()


def _agency_place(canonical: str) -> str | None:
    """The place an agency is named after, as a fact region: 西安市公安局 -> 西安市,
    永丰县公安局 -> 吉安市永丰县 (a county with its city), 天津市公安局 -> 天津市; None when
    the name opens with no place of the lexicon."""
    by_name = _places().places_by_name
    if _AGENCY_PLACE_OF[0] is not by_name:
        _AGENCY_PLACE.clear()
        _AGENCY_PLACE_OF[0] = by_name
    known = _AGENCY_PLACE.get(canonical, _UNKNOWN)
    if known is not _UNKNOWN:
        return known  # type: ignore[return-value]
    if len(_AGENCY_PLACE) > 4096:
        _AGENCY_PLACE.clear()
    place = _agency_place_in(canonical, by_name)
    _AGENCY_PLACE[canonical] = place
    return place


def _agency_place_in(canonical: str, by_name: Any) -> str | None:
    """:func:`_agency_place` computed over the places lexicon's ``by_name`` index."""
    place = None
    i = 0
    while i < len(canonical):
        for n in range(min(10, len(canonical) - i), 1, -1):
            cands = by_name.get(canonical[i:i + n])
            if cands:
                place = cands[0]
                i += n
                break
        else:
            break
    if place is None:
        return None
    m = _NAMED_BRANCH.match(canonical, i)
    if m is not None and place.level != "county":
        # 天津市公安局滨海分局: the branch of district 滨海新区 of that city;
        # 温州市公安局鹿城区分局: the district written in full
        stem = m.group(1)
        for suffix in ("", "区", "新区", "县", "市"):
            kids = [p for p in by_name.get(stem + suffix, []) if p.parent == place.name]
            if kids:
                place = kids[0]
                break
    if place.level == "county" and place.parent:
        return place.parent + place.name
    return place.name



