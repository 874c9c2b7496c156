"""Place mentions: dictionary scan of the location lexicon, lists, townships and chains."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import Lexicon, Place, _Surface

# --------------------------------------------------------------------------------------
# candidates


@dataclass
class _Cand:
    start: int
    end: int
    label: str
    canonical: str
    year: int | None = None
    #: for a bureau named after a place: its department (公安局), whose units may follow
    bureau: str = ""
    #: for a named branch (温州市公安局鹿城区分局): the branch's name as written (鹿城区)
    branch: str = ""


@dataclass
class _PlaceMatch:
    start: int
    end: int
    places: list[Place]
    short_only: bool

    #: the written chain's full names (山东菏泽 -> 山东省菏泽市); a city district written alone
    #: is prefixed with its city when its name is unique (吴江区 -> 苏州市吴江区)
    prefix: str = ""
    #: a township / village written after a county-level chain (永丰县恩江镇), as written
    tail: str = ""

    @property
    def canonical(self) -> str:
        return self.prefix + "".join(p.name for p in self.places) + self.tail

    @property
    def last(self) -> Place:
        return self.places[-1]


def _dict_starts(
    text: str, pattern: re.Pattern[str], prefix_lengths: dict[str, tuple[int, ...]]
) -> list[int]:
    """The offsets where a dictionary entry may start: its first two characters match
    (``pattern`` is the dictionary's :func:`_first_chars` prefilter)."""
    found = [m.start() for m in pattern.finditer(text)]
    return [i for i in found if text[i : i + 2] in prefix_lengths]


def _place_starts(text: str, lex: Lexicon) -> list[int]:
    """The offsets where some place surface may start (its first two characters match)."""
    return _dict_starts(text, lex.regex["place_start"], lex.place_prefix)


def _scan_places(
    text: str,
    lex: Lexicon,
    token_bounds: set[int] | None = None,
    region: str | None = None,
    starts: list[int] | None = None,
) -> list[_PlaceMatch]:
    """Longest-match scan for places, merging written chains (山东菏泽 -> 山东省菏泽市).

    With the release's ``region`` known, a district name shared by several cities (白云区)
    is accepted when one of them lies in that region.  ``starts`` are the text's
    :func:`_place_starts` when already known.
    """
    out: list[_PlaceMatch] = []
    n = len(text)
    prefix_lengths = lex.place_prefix
    surfaces = lex.surfaces
    short_stop = lex.location_rules["short_county_stop"]
    pos = 0
    told: dict[str, bool] = {}  # (names written twice or more, for _inside_other_name)
    for i in _place_starts(text, lex) if starts is None else starts:
        if i < pos:
            continue
        found = None
        for length in prefix_lengths[text[i : i + 2]]:
            if i + length > n:
                continue
            cands = surfaces.get(text[i : i + length])
            if not cands:
                continue
            best = cands[0]
            zhou = False
            if not best.standalone:
                local = [
                    s
                    for s in cands
                    if region
                    and not s.short
                    and s.place.level == "county"
                    and s.place.parent == region
                ]
                if not local and text[i : i + length] not in short_stop:
                    local = _short_county(text, i + length, cands, lex, region)
                if not local and (text[i : i + length] not in short_stop
                                  or text.startswith("警方", i + length)) and text.startswith(
                    tuple(lex.location_rules.get("police_after", ())), i + length
                ):  # 大同警方: the city, although 大同 alone is a common word (全州公安机关
                    # is the whole prefecture's, 全州警方 the county's)
                    local = [
                        s for s in cands if s.short and s.place.level in ("prefecture", "province")
                    ]
                    counties = [
                        s for s in cands if s.place.level == "county"
                        and (not s.short or text.startswith(_POLICE_BODIES, i + length))
                    ]
                    police = tuple(lex.location_rules.get("police_after", ()))
                    if (not local and len(counties) == 1 and text[i:i + length] not in police
                            and not _AGENCY_AFTER.match(text, i + length)
                            and text[i - 1:i] not in "“\"《「"):  # “鹿城公安”公众号: a name
                        local = counties  # 藤县警方, 洞口公安交警: one county only
                if not local and text.startswith("州", i + length):
                    # 大理州, 红河州: an autonomous prefecture by its short form and 州,
                    # although 大理 alone is also a county-level city's (or a word)
                    local = [s for s in cands if s.short and s.place.level == "prefecture"
                             and s.place.name.endswith("州")]
                    zhou = bool(local)
                if not local and _BRIEFING_AFTER.match(text, i + length):
                    # 醴陵市2023年禁毒工作新闻通报会: a county-level place (full name, one
                    # only) naming a briefing
                    counties = [s for s in cands if s.place.level == "county" and not s.short]
                    if len(counties) == 1:
                        local = counties
                if not local:
                    continue
                best = local[0]
            end = i + length + (1 if zhou else 0)
            if best.short or best.place.level == "foreign":
                if end < n and text[end] == "族":
                    continue
                if (
                    token_bounds is not None
                    and best.short
                    and (i not in token_bounds or end not in token_bounds)
                ):
                    continue
            if i > 0 and _inside_other_name(text, i, end, lex, told):
                break  # (仙桃城区: 仙桃's 城区, not 衡水's 桃城区)
            found = _PlaceMatch(i, end, [best.place], best.short)
            break
        if found is None:
            continue
        _extend_chain(text, lex, found)
        first = found.places[0]
        if (
            len(found.places) == 1
            and first.level == "county"
            and first.name.endswith("区")
            and (len(lex.places_by_name.get(first.name, [])) == 1 or first.parent == region)
        ):
            found.prefix = first.parent
        if found.last.level == "county" and not found.short_only:
            _extend_township(text, lex, found)
        out.append(found)
        pos = found.end
    return _listed_places(text, lex, out)


def _inside_other_name(text: str, i: int, end: int, lex: Lexicon, told: dict[str, bool]
                       ) -> bool:
    """True when the place found at ``i`` starts inside another place's name written from
    the character before it and elsewhere in the text too (仙桃 of 仙桃城区, in a text naming
    仙桃 again, holds the 桃 of 桃城区), that name ending before this one does.  ``told``
    remembers which names are written twice or more (one count per name)."""
    for length in lex.place_prefix.get(text[i - 1:i + 1], ()):
        other = text[i - 1:i - 1 + length]
        if length < 2 or i - 1 + length >= end or not lex.surfaces.get(other):
            continue
        if other not in told:
            told[other] = text.count(other) >= 2
        if told[other]:
            return True
    return False


#: a briefing a place names (醴陵市2023年禁毒工作新闻通报会)
_BRIEFING_AFTER = re.compile(
    r"(?:[0-9]{4}年)?[\u4e00-\u9fff“”]{0,12}?(?:新闻发布会|新闻通报会|新闻通气会)"
)
#: what may follow a county's short form (洞口公安交警): its police, not 禁毒/辖区 (新建禁毒…)
_POLICE_BODIES = ("警方", "公安", "交警", "民警")
#: a police word that goes on into an agency's name (鹿城公安分局): the place is the agency's
_AGENCY_AFTER = re.compile(r"(?:公安|交警|刑警|特警)?(?:分局|局|厅|大队|支队|总队|派出所|中队)")


def _short_county(
    text: str, end: int, cands: list[_Surface], lex: Lexicon, region: str | None
) -> list[_Surface]:
    """A county-level short form (鹿城 for 鹿城区) right before 辖区 / 公安分局 …: accepted when
    it names one county only, or one county of the release's ``region``."""
    if not any(text.startswith(w, end) for w in lex.location_rules["short_county_before"]):
        return []
    counties = [s for s in cands if s.short and s.place.level == "county"]
    if len(counties) > 1 and region:
        counties = [s for s in counties if region in (s.place.parent, _province_name(lex, s.place))]
    return counties if len(counties) == 1 else []


def _province_name(lex: Lexicon, place: Place) -> str:
    prov = lex.province_of(place)
    return prov.name if prov is not None else ""


def _listed_places(text: str, lex: Lexicon, found: list[_PlaceMatch]) -> list[_PlaceMatch]:
    """Add stop-listed short forms (普洱) listed right next to a recognized place of the same
    level and parent (普洱、临沧两市; 大同和朔州)."""
    joiners = lex.location_rules["list_joiners"]
    taken = {(pm.start, pm.end) for pm in found}
    todo = list(found)
    added: list[_PlaceMatch] = []
    while todo:
        pm = todo.pop()
        ref = pm.places[-1]
        spans = []
        if pm.start > 0 and text[pm.start - 1] in joiners:
            spans += [(pm.start - 1 - k, pm.start - 1) for k in (2, 3)]
        if pm.end < len(text) and text[pm.end] in joiners:
            spans += [(pm.end + 1, pm.end + 1 + k) for k in (2, 3)]
        for a, b in spans:
            if a < 0 or (a, b) in taken:
                continue
            for surf in lex.surfaces.get(text[a:b], []):
                p = surf.place
                if p.level == ref.level and p.parent == ref.parent and p.name != ref.name:
                    new = _PlaceMatch(a, b, [p], surf.short)
                    if any(x.start < b and a < x.end for x in found + added):
                        break
                    taken.add((a, b))
                    added.append(new)
                    todo.append(new)
                    break
    if not added:
        return found
    return sorted(found + added, key=lambda m: m.start)


def _sub_county(text: str, lex: Lexicon, pos: int, kind: str) -> re.Match[str] | None:
    """A township (kind ``township``) or village (``village``) name starting at ``pos``."""
    lr = lex.location_rules
    m = lex.regex[kind].match(text, pos)
    if m is None or m.group() in lr["stop_words"]:
        return None
    word = m.group()
    for suffix, blocked in lr["not_after"].items():
        if word.endswith(suffix) and m.end() < len(text) and text[m.end()] in blocked:
            return None
    return m


def _extend_township(text: str, lex: Lexicon, match: _PlaceMatch) -> None:
    """Join a township and then a village written right after a county-level chain."""
    town = _sub_county(text, lex, match.end, "township")
    if town is None:
        return
    end = town.end()
    village = _sub_county(text, lex, end, "village")
    if village is not None:
        end = village.end()
    match.tail = text[match.end : end]
    match.end = end


def _extend_chain(text: str, lex: Lexicon, match: _PlaceMatch) -> None:
    n = len(text)
    while match.end < n and len(match.places) < 3:
        j = match.end
        nxt = None
        for length in lex.place_prefix.get(text[j : j + 2], ()):
            if j + length > n:
                continue
            for s in lex.surfaces.get(text[j : j + length], []):
                if lex.is_descendant(s.place, match.last):
                    nxt = (s, j + length)
                    break
            if nxt:
                break
        if nxt is None:
            return
        stop = lex.location_rules.get("chain_stop", {}).get(text[j : nxt[1]])
        if stop and text.startswith(tuple(stop), nxt[1]):
            return  # 湖北公安机关: 公安 is the police, not 公安县
        match.places.append(nxt[0].place)
        match.end = nxt[1]
        match.short_only = match.short_only and nxt[0].short


#: where a township of a county's release may stand: at a clause's head, after 其中
_CLAUSE_HEAD = re.compile(r"(?:^|(?<=[,，;；。、:：\n]))[ \u3000]*(?:其中)?")


def listed_townships(
    text: str, lex: Lexicon, region: str | None, places: list[_PlaceMatch]
) -> list[_Cand]:
    """Townships a county's release lists by their bare names (隽水镇损失207.26万元;五里镇
    损失1.3万元;…): in a release whose own region is a county, a township name (2-3
    characters + 镇/乡/街道, ``locations_rules.json``) opening a clause is a place of that
    county when its paragraph opens clauses with at least two of them.  Canonical name:
    the county and the township (通城县隽水镇)."""
    county = _release_county(lex, region)
    if county is None:
        return []
    taken = sorted((pm.start, pm.end) for pm in places)
    starts = [a for a, _b in taken]
    by_para: dict[int, list[re.Match[str]]] = {}
    para, seen_to = -1, 0  # the paragraph's line break, and how far it was looked for
    for head in _CLAUSE_HEAD.finditer(text):
        m = _sub_county(text, lex, head.end(), "township")
        if m is None:
            continue
        # the last place starting before the name's end overlaps it if any does (the
        # scanned places do not overlap one another, so their ends are in order too)
        k = bisect.bisect_left(starts, m.end())
        if k and taken[k - 1][1] > m.start():
            continue
        nl = text.rfind("\n", seen_to, m.start())  # (names come in order: linear)
        para, seen_to = (nl if nl >= 0 else para), m.start()
        by_para.setdefault(para, []).append(m)
    out: list[_Cand] = []
    for found in by_para.values():
        if len({m.group() for m in found}) < 2:
            continue
        out += [_Cand(m.start(), m.end(), "LOCATION", county + m.group()) for m in found]
    return out


def _release_county(lex: Lexicon, region: str | None) -> str | None:
    """The county-level place a release's own ``region`` ends with (咸宁市通城县 -> 通城县)."""
    if not region:
        return None
    for k in range(max(0, len(region) - 8), len(region) - 1):
        name = region[k:]
        if any(p.level == "county" for p in lex.places_by_name.get(name, [])):
            return name
    return None
