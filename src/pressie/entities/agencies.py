"""AGENCY mentions: explicit and coordinated agencies, units, stations, the release's own agency."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import NATIONAL, Lexicon, Place
from .places import _Cand, _dict_starts, _PlaceMatch
from .region import _guess_title, deployed_by

# ---- agencies -------------------------------------------------------------------------


#: non-police bodies whose internal units (安全科, 办公室, 法规处) may follow their name
_OFFICE_BODIES = ("局", "厅", "委", "委员会", "办")
_OFFICE_BODIES_END_SKIP = frozenset({"派出所", "分局"})


def _match_unit(text: str, lex: Lexicon, pos: int, bureau: str) -> tuple[int, str] | None:
    """An internal unit of ``bureau`` written at ``pos``: (end, unit name without fillers)."""
    ar = lex.agency_rules
    below = ar["sub_unit_below"].get(bureau)
    if bureau not in ar["police_bureaus"] and below is None:
        if bureau in _OFFICE_BODIES_END_SKIP or not bureau.endswith(_OFFICE_BODIES):
            return None
        m = lex.regex["office_unit"].match(text, pos)
        return (m.end(), m.group()) if m is not None else None
    m = lex.regex["unit"].match(text, pos)
    if m is not None and below is not None and (m.group("named") or m.group()[-1] not in below):
        return None
    if m is not None and m.group("named"):
        named = m.group("named")
        stem = named[:-2] if named.endswith("分局") else named[:-3]
        if stem not in lex.surfaces and any(w in stem for w in ar["unit_name_stop"]):
            m = None
    if m is None and bureau == "公安部":
        m = lex.regex["ministry_unit"].match(text, pos)
    if m is None:
        return None
    unit = m.group()
    for filler in ar["unit_fillers"]:
        if unit.startswith(filler):
            unit = unit[len(filler) :]
    return m.end(), unit


def _extend_unit(text: str, lex: Lexicon, cand: _Cand, bureau: str) -> list[_Cand]:
    """Extend ``cand`` (a bureau) with the internal units written after it.

    A named 分局 may take one more level (公安局金水分局经八路派出所).  Units listed after
    the first one (刑侦大队、治安大队) inherit its bureau: they are returned as new candidates.
    """
    more: list[_Cand] = []
    for _level in range(3):
        hit = _match_unit(text, lex, cand.end, bureau)
        if hit is None:
            break
        base = cand.canonical
        cand.end, unit = hit[0], hit[1]
        cand.canonical += unit
        end = cand.end
        while end < len(text) and text[end] == "、":
            nxt = _match_unit(text, lex, end + 1, bureau)
            if nxt is None:
                break
            more.append(_Cand(end + 1, nxt[0], "AGENCY", base + nxt[1]))
            end = nxt[0]
        if more:
            break
        if unit.endswith("分局"):
            if _level == 0 and cand.canonical == base + unit:
                cand.branch = unit[:-2]
            bureau = "分局"
        elif unit[-1] in lex.agency_rules["sub_unit_below"]:
            bureau = unit[-1]
        else:
            break
    return more


def _region_prefix(region: str | None, prefix: str, lex: Lexicon) -> str | None:
    """Resolve an abbreviated prefix (自治区 / 省 / 市) against the release's region."""
    if not region or region == NATIONAL:
        return None
    places = lex.places_by_name.get(region, [])
    place = places[0] if places else None
    prov = lex.province_of(place) if place else None
    if prefix in ("自治区", "省"):
        if prov is not None and prov.name.endswith(prefix):
            return prov.name
        return None
    if prefix == "市":
        if place is not None and place.level == "prefecture":
            return place.name
        if place is not None and place.level == "province" and place.name.endswith("市"):
            return place.name
    return None


@dataclass
class _Own:
    """The release's own agency: its canonical name, department and place chain.

    ``chain`` lists the places the agency is named after, lowest first, with the prefix each
    resolves to (永丰县公安局 -> 永丰县, 吉安市, 江西省).
    """

    canonical: str
    bureau: str
    chain: list[tuple[Place, str]]
    #: other names of the same body in the title / source lines (鹿城公安分局 for
    #: 温州市公安局鹿城区分局), mapped to ``canonical`` wherever they occur
    aliases: tuple[str, ...] = ()

    @property
    def is_county_police(self) -> bool:
        """A county bureau or a district branch (its stations are named under it)."""
        return (
            bool(self.chain)
            and self.chain[0][0].level == "county"
            and self.bureau in ("公安局", "公安分局", "分局")
        )


_SOURCE_LINE = re.compile(r"(?m)^.{0,80}?(?:来源|发布|主办|网站管理|版权所有|供稿).{0,80}$")


def detect_own_agency(
    text: str,
    explicit: list[tuple[_Cand, _PlaceMatch]],
    lex: Lexicon,
    title: str | None = None,
) -> _Own | None:
    """The release's own agency, found like its region: a place-named body in the title, else
    in a source / 发布 line (来源:永丰县公安局, 永丰县公安局发布)."""
    title = title or _guess_title(text)
    t_start = text.find(title) if title else -1
    spans = [(t_start, t_start + len(title))] if t_start >= 0 and title else []
    spans += [m.span() for m in _SOURCE_LINE.finditer(text)]
    found: list[_Own] = []
    for a, b in spans:
        inside = [
            (c, pm)
            for c, pm in explicit
            if a <= c.start < b
            and c.bureau
            and not deployed_by(text, c.start)  # (根据合肥市公安局统一部署: its superior)
            and (c.canonical.endswith(c.bureau) or (c.branch and c.canonical.endswith("分局")))
        ]
        if inside:
            inside.sort(key=lambda x: x[0].start)
            cand, pm = inside[0]
            if len(inside) > 1:
                src = _FROM_SOURCE.match(text, cand.end)
                if src is not None and inside[1][0].start - src.end() <= 1:
                    # 记者从青海省公安厅获悉,…都兰县公安局近日破获…: the source, then the body
                    # whose release it is
                    cand, pm = inside[1]
            found.append(_own_of(cand, pm, lex))
    if not found:
        return None
    own = found[0]
    # the same body named twice (鹿城公安分局 in the title, 温州市公安局鹿城区分局 in the
    # source line): the official branch form (市公安局…分局) is the name, the others aliases
    if own.bureau not in _POLICE_OWN:
        return own
    same = [
        o
        for o in found
        if o.bureau in _POLICE_OWN and o.chain and own.chain and o.chain[0][0] == own.chain[0][0]
    ]
    best = next((o for o in same if o.bureau == "分局"), None)
    if best is None:
        return own
    aliases = tuple(sorted({o.canonical for o in same} - {best.canonical}))
    return _Own(best.canonical, best.bureau, best.chain, aliases)


#: what follows a reporter's source (记者从X获悉,): the body named next acts
_FROM_SOURCE = re.compile(r"(?:获悉|了解到|获得消息|得到消息)[,，:：]")

#: the police bureaus a release may name itself by (title / source line)
_POLICE_OWN = frozenset({"公安局", "公安分局", "分局"})


def _own_of(cand: _Cand, pm: _PlaceMatch, lex: Lexicon) -> _Own:
    """The :class:`_Own` of a place-named body; a named branch (公安局鹿城区分局) adds the
    branch's district below the city when the lexicon knows it."""
    chain: list[tuple[Place, str]] = []
    written = pm.prefix
    names = []
    for p in pm.places:
        written += p.name
        names.append((p, written))
    chain.extend(reversed(names))
    place: Place | None = pm.places[0]
    seen = 0
    while place is not None and place.parent and seen < 4:
        parents = lex.places_by_name.get(place.parent)
        place = parents[0] if parents else None
        if place is not None:
            chain.append((place, place.name))
        seen += 1
    bureau = cand.bureau
    if cand.branch:
        bureau = "分局"
        district = next(
            (
                s.place
                for s in lex.surfaces.get(cand.branch, [])
                if s.place.level == "county" and s.place.parent == pm.last.name
            ),
            None,
        )
        if district is not None:
            chain.insert(0, (district, pm.canonical + district.name))
    return _Own(cand.canonical, bureau, chain)


def release_region(region: str | None, own: _Own | None) -> str | None:
    """The release's most specific own region, from its region and its own agency.

    A city or county bureau reports for its city or county: 永丰县公安局 -> 吉安市永丰县 (a
    county with its city, as 自贡市荣县), 西安市公安局 -> 西安市, when that place lies in the
    ``region`` found by :func:`detect_region` (a national release reposted by a city outlet
    stays 中国).  Provincial bodies keep the province.
    """
    if not region or region == NATIONAL or own is None or not own.chain:
        return region
    names = [p.name for p, _written in own.chain]
    if region not in names:
        return region
    place = own.chain[0][0]
    if place.level == "prefecture" or (place.level == "county" and len(own.chain) == 1):
        return place.name
    if place.level == "county":
        parent = own.chain[1][0]
        return parent.name + place.name
    return region


def _release_city(region: str | None, own: _Own | None, lex: Lexicon) -> Place | None:
    """The city (a prefecture or a municipality) the release belongs to, if any."""
    if own is not None:
        for place, _prefix in own.chain:
            if place.level == "prefecture":
                return place
    places = lex.places_by_name.get(region or "", [])
    place = places[0] if places else None
    if place is not None and (
        place.level == "prefecture" or (place.level == "province" and place.name.endswith("市"))
    ):
        return place
    return None


def _district_of(name: str, city: Place, lex: Lexicon) -> bool:
    """True when ``name`` (思明, 思明区) names a county-level division of ``city``."""
    return any(
        s.place.level == "county" and s.place.parent == city.name
        for s in lex.surfaces.get(name, ())
    )


def _local_prefix(own: _Own | None, pre: str) -> str | None:
    """Resolve a county-level abbreviation (县 / 区 / 旗 / 市 / 州 / 盟) with the own agency."""
    if own is None:
        return None
    levels = {"县": ("county",), "区": ("county",), "旗": ("county",), "州": ("prefecture",)}
    allowed = levels.get(pre, ("county", "prefecture"))
    for place, prefix in own.chain:
        if place.level in allowed and place.name.endswith(pre):
            return prefix
    return None


def _not_agency_follows(text: str, end: int, lex: Lexicon) -> bool:
    return lex.regex["not_agency"].match(text, end) is not None


def _agency_ok(text: str, end: int, lex: Lexicon) -> bool:
    """False where the name ending at ``end`` is part of 部门/部署 or a Party organ/mechanism."""
    if text[end - 1 : end] == "部" and text[end : end + 1] in ("门", "署"):
        return False
    return not _not_agency_follows(text, end, lex)


def _explicit_agencies(
    text: str, places: list[_PlaceMatch], lex: Lexicon
) -> list[tuple[_Cand, _PlaceMatch]]:
    """Place + department names (山东省公安厅, 柳州警方融媒体中心), with coordinated ones."""
    ar = lex.agency_rules
    keep = set(ar["keep_written_prefix"])
    out: list[tuple[_Cand, _PlaceMatch]] = []
    rx = lex.regex
    for pm in places:
        pos = pm.end
        party = rx["party_pair"].match(text, pos)
        zone = rx["zone"].match(text, pos) if party is None else None
        if party is not None:
            pos = party.end()
        elif zone is not None:
            pos = zone.end()
        m = rx["dept"].match(text, pos)
        if m is None:
            continue
        dept = m.group()
        canon_dept = ar["departments"][dept]
        if zone is not None:
            # a zone keeps its written name (平潭综合实验区公安局, 福州高新区公安分局)
            prefix = text[pm.start : zone.end()]
        else:
            prefix = text[pm.start : pm.end] if canon_dept in keep else pm.canonical
        start = pos if party is not None else pm.start
        cand = _Cand(start, m.end(), "AGENCY", prefix + canon_dept, bureau=canon_dept)
        more = _extend_unit(text, lex, cand, canon_dept)
        out.append((cand, pm))
        out.extend((c, pm) for c in more)
        out.extend((c, pm) for c in _coordinated(text, lex, cand.end, prefix))
    return out


def _coordinated(text: str, lex: Lexicon, end: int, prefix: str) -> Iterator[_Cand]:
    """Departments listed after a prefixed one inherit its region (省卫计委、生态环境厅)."""
    ar = lex.agency_rules
    while end < len(text) and text[end] == "、":
        m = lex.regex["dept"].match(text, end + 1)
        if m is None or ar["departments"][m.group()] in ar["keep_written_prefix"]:
            return
        after = m.end()
        if after < len(text) and text[after] == "长":
            return
        cand = _Cand(end + 1, after, "AGENCY", prefix + ar["departments"][m.group()])
        yield cand
        end = after


#: where a match of the ``station`` pattern starts, relative to the 派出所 it ends with:
#: two name characters and a two- or one-character place suffix, or two name characters
_STATION_STARTS = (4, 3, 2)


def _station_matches(text: str, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` for the ``station`` pattern, tried only where
    one can start: a fixed distance before a 派出所 (the pattern ends with it)."""
    starts: set[int] = set()
    k = text.find("派出所")
    while k >= 0:
        starts.update(k - d for d in _STATION_STARTS if k >= d)
        k = text.find("派出所", k + 3)
    end = 0
    for i in sorted(starts):
        if i < end:
            continue
        m = pattern.match(text, i)
        if m is not None:
            end = m.end()
            yield m


def _agencies(
    text: str,
    places: list[_PlaceMatch],
    explicit: list[tuple[_Cand, _PlaceMatch]],
    region: str | None,
    lex: Lexicon,
    own: _Own | None = None,
) -> list[_Cand]:
    """AGENCY candidates: ``explicit`` ones, then each kind of name in turn (see the
    module docstring), the own agency's short names written out in full."""
    place_ends = {pm.end: pm for pm in places}
    out = [c for c, _pm in explicit]
    _fixed_agencies(text, lex, out)
    _abbreviated_agencies(text, lex, out, region, own, place_ends)
    _own_agency_words(text, lex, out, own)
    _stations_and_bare(text, lex, out, region, own)
    _offices_and_patterns(text, lex, out, region, own, place_ends)

    # other names of the own agency (the title's short form)
    if own is not None and own.aliases:
        for c in out:
            for alias in own.aliases:
                if c.canonical.startswith(alias):
                    c.canonical = own.canonical + c.canonical[len(alias) :]
                    break

    return [c for c in out if not _not_agency_follows(text, c.end, lex)]


def _fixed_agencies(text: str, lex: Lexicon, out: list[_Cand]) -> None:
    """National bodies and fixed names (the lexicon's agencies) and their units."""
    rx = lex.regex
    n = len(text)
    # national bodies and fixed names: the longest name at each offset, left to right
    pos = 0
    prefix_lengths = lex.agency_prefix
    for i in _dict_starts(text, rx["agency_start"], prefix_lengths):
        if i < pos:
            continue
        hit = None
        for length in prefix_lengths[text[i : i + 2]]:
            val = lex.agencies.get(text[i : i + length]) if i + length <= n else None
            if val is not None:
                hit = (length, val)
                break
        if hit is None:
            continue
        length, (canon, units) = hit
        end = i + length
        if text[end - 1] == "部" and end < n and text[end] in "门署":
            continue
        cand = _Cand(i, end, "AGENCY", canon)
        if units:
            out.extend(_extend_unit(text, lex, cand, canon))
        out.append(cand)
        pos = end


def _abbreviated_agencies(
    text: str, lex: Lexicon, out: list[_Cand],
    region: str | None,
    own: _Own | None,
    place_ends: dict[int, _PlaceMatch],
) -> None:
    """Departments written with an abbreviated region (省公安厅, 县公安局) and their units."""
    ar = lex.agency_rules
    rx = lex.regex
    blockers = ar["abbreviation_blockers"]
    # abbreviations of the release's own region: 自治区禁毒办, 省公安厅, 市公安局
    for m in rx["abbr"].finditer(text):
        start, pre = m.start(), m.group(1)
        if start > 0 and text[start - 1] in blockers:
            continue
        if pre == "市" and start > 0 and text[start - 1] in "城超都股上夜门集闹":
            continue
        if m.end() in place_ends:
            continue  # 山东省公安厅: handled as an explicit name
        prefix = (_local_prefix(own, pre) if pre == "市" else None) or _region_prefix(
            region, pre, lex
        )
        if prefix is None:
            continue
        party = rx["party_pair"].match(text, m.end())
        pos = party.end() if party is not None else m.end()
        d = rx["dept"].match(text, pos)
        if d is None:
            continue
        canon_dept = ar["departments"][d.group()]
        cand = _Cand(start if pos == m.end() else pos, d.end(), "AGENCY", prefix + canon_dept)
        out.extend(_extend_unit(text, lex, cand, canon_dept))
        out.append(cand)
        out.extend(_coordinated(text, lex, cand.end, prefix))

    # county-level abbreviations of the release's own agency: 县公安局, 区公安分局, 县政府
    local_before = ar["abbreviation_local_before"]
    for m in rx["abbr_local"].finditer(text):
        start, pre = m.start(), m.group(1)
        if start > 0 and text[start - 1] not in local_before:
            continue  # part of a name: 高新区公安分局, 自治区公安厅
        prefix = _local_prefix(own, pre)
        d = rx["dept"].match(text, m.end())
        if prefix is None or d is None:
            continue
        canon_dept = ar["departments"][d.group()]
        cand = _Cand(start, d.end(), "AGENCY", prefix + canon_dept)
        out.extend(_extend_unit(text, lex, cand, canon_dept))
        out.append(cand)
        out.extend(_coordinated(text, lex, cand.end, prefix))


def _own_agency_words(text: str, lex: Lexicon, out: list[_Cand], own: _Own | None) -> None:
    """The own agency named by itself (我局, 本分局) and its units."""
    rx = lex.regex
    local_before = lex.agency_rules["abbreviation_local_before"]
    # the own agency named by itself: 我局 (刑侦大队)
    if own is not None and own.bureau.endswith("局"):
        for m in rx["own_unit"].finditer(text):
            cand = _Cand(m.start(), m.end(), "AGENCY", own.canonical)
            out.extend(_extend_unit(text, lex, cand, own.bureau))
            out.append(cand)

    # a district branch names itself: 分局指挥中心, 本分局, 我分局
    if own is not None and own.canonical.endswith("分局"):
        for m in rx["own_branch"].finditer(text):
            start = m.start()
            if m.group() == "分局" and start > 0 and text[start - 1] not in local_before:
                continue  # part of a name: 公安分局, 各分局, 滨海分局
            cand = _Cand(start, m.end(), "AGENCY", own.canonical)
            out.extend(_extend_unit(text, lex, cand, "分局"))
            out.append(cand)


def _stations_and_bare(
    text: str, lex: Lexicon, out: list[_Cand], region: str | None, own: _Own | None
) -> None:
    """Police stations written alone and bureaus written with no region (公安厅, 市局)."""
    ar = lex.agency_rules
    rx = lex.regex
    blockers = ar["abbreviation_blockers"]
    n = len(text)
    # police stations written alone: 沙溪镇派出所, 、恩江派出所; in a county bureau's or a
    # district branch's release they are its own (温州市公安局鹿城区分局五马派出所)
    stop = ar["unit_name_stop"]
    station_prefix = own.canonical if own is not None and own.is_county_police else ""
    for m in _station_matches(text, rx["station"]):
        name = m.group()
        if any(w in name[:-3] for w in stop):
            continue
        out.append(_Cand(m.end() - len(name), m.end(), "AGENCY", station_prefix + name))

    # bureaus written with no region at all: 公安厅, 省厅, 市局
    for m in rx["bare"].finditer(text):
        word = m.group()
        start = m.start()
        if start > 0 and (text[start - 1] in blockers or text[start - 1] in "城超都股上夜门集闹"):
            continue
        if m.end() < n and text[m.end()] in "级长":
            continue
        pre = word[0] if word[0] in "市县区旗" else "省"
        prefix = (
            (_local_prefix(own, pre) if pre != "省" else None)
            or _region_prefix(region, pre, lex)
            or (_region_prefix(region, "自治区", lex) if pre == "省" else None)
        )
        if prefix is None:
            continue
        canon_dept = ar["bare_bureaus"][word]
        cand = _Cand(start, m.end(), "AGENCY", prefix + canon_dept)
        out.extend(_extend_unit(text, lex, cand, canon_dept))
        out.append(cand)


def _offices_and_patterns(
    text: str, lex: Lexicon, out: list[_Cand],
    region: str | None,
    own: _Own | None,
    place_ends: dict[int, _PlaceMatch],
) -> None:
    """Offices of leading groups and other productive names (lexicon patterns)."""
    ar = lex.agency_rules
    rx = lex.regex
    blockers = ar["abbreviation_blockers"]
    # offices of leading groups and joint meetings
    for m in rx["office"].finditer(text):
        start, pre, middle, suffix = m.start(), m.group(1), m.group(2), m.group(3)
        if any(b in middle for b in ar["office_blockers"]):
            continue
        pm = place_ends.get(start + len(pre))
        if pm is not None:
            prefix, start = pm.canonical, pm.start
        else:
            if start > 0 and text[start - 1] in blockers:
                continue
            prefix = _region_prefix(region, pre, lex)
            if prefix is None:
                continue
        out.append(_Cand(start, m.end(), "AGENCY", prefix + middle + suffix))

    # other productive names (国家毒品实验室四川分中心, 中科院…所, 站前分局)
    sub_block = ar["sub_bureau_blockers"]
    city: Place | None = None
    for m in rx["agency_patterns"].finditer(text):
        name = m.group()
        if name.startswith("公安") and name.endswith("分局"):
            # 公安南开分局: a city bureau's district branch written police-first
            city = city or _release_city(region, own, lex)
            if city is not None and _district_of(name[2:-2], city, lex):
                out.append(_Cand(m.start(), m.end(), "AGENCY", city.name + "公安局" + name[2:]))
            continue
        if name.endswith("分局") and name[0] in sub_block:
            continue
        if name.endswith("分局"):
            city = city or _release_city(region, own, lex)
            if city is not None and _district_of(name[:-2], city, lex):
                # a city bureau names its district branches by short name (思明分局)
                name = city.name + "公安局" + name
        out.append(_Cand(m.start(), m.end(), "AGENCY", name))
    for pattern, canonical, requires in rx["prefixed"]:
        if requires not in text:
            continue
        for m in pattern.finditer(text):
            out.append(_Cand(m.start(), m.end(), "AGENCY", canonical.format(**m.groupdict())))
