"""The entity lexicon: places, agencies, campaigns, names (``lexicons/``), loaded and compiled."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..lexicon_schema import read_json, read_tsv
from ..resources import alternation, lexicon_path, read_list

#: the lexicon files the component reads (and copies in ``to_disk``)
LEXICON_FILES: tuple[str, ...] = (
    "locations.tsv",
    "locations_world.tsv",
    "locations_regions.tsv",
    "locations_aliases.tsv",
    "locations_short_stop.txt",
    "locations_rules.json",
    "foreign_places.tsv",
    "campaigns.tsv",
    "campaigns_rules.json",
    "agencies.tsv",
    "agencies_rules.json",
    "entity_persons.json",
    "entity_surnames.txt",
    "entity_char_variants.tsv",
)

NATIONAL = "中国"
_HAN = "\u4e00-\u9fff"
_LEVEL_RANK = {"province": 0, "prefecture": 1, "foreign": 2, "region": 3, "county": 4}
#: when two candidate mentions overlap and are equally long, the earlier label wins
_LABEL_RANK = {"CASE": 0, "AGENCY": 1, "CAMPAIGN": 2, "PERSON": 3, "LOCATION": 4}
_OPEN_Q = '“"「『'
_CLOSE_Q = '”"」』'


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# --------------------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class Place:
    """A place of the lexicon: full (canonical) name, level and parent (full name)."""

    name: str
    level: str
    parent: str = ""


@dataclass(frozen=True)
class _Surface:
    place: Place
    short: bool
    standalone: bool


def _read_tsv(path: Path) -> list[dict[str, str]]:
    return read_tsv(path)  # checked against the file's schema (pressie.lexicon_schema)


def _plain_autonomous(name: str, short: str) -> str | None:
    """The plain county name of an autonomous county or banner (大通回族土族自治县 ->
    大通县, 鄂温克族自治旗 -> 鄂温克旗), else None."""
    for suffix, plain in (("自治县", "县"), ("自治旗", "旗")):
        if name.endswith(suffix) and short and len(short) >= 2 and name.startswith(short):
            return short + plain
    return None


def _place_surfaces(
    path: Callable[[str], Path], rows: list[dict[str, str]], places: list[Place]
) -> dict[str, list[_Surface]]:
    """The written forms of every place (full and short names, foreign places, regions),
    each with whether it may stand alone, the standalone and full forms first."""
    stop = set(read_list(path("locations_short_stop.txt")))
    short_count = Counter(r["short"] for r in rows if r["short"] and r["level"] != "county")
    county_count = Counter(p.name for p in places if p.level == "county")

    surfaces: dict[str, list[_Surface]] = {}

    def add(surface: str, place: Place, short: bool, standalone: bool) -> None:
        if len(surface) < 2:
            return
        surfaces.setdefault(surface, []).append(_Surface(place, short, standalone))

    for r, p in zip(rows, places):
        short = r["short"]
        if p.level == "province":
            add(p.name, p, False, True)
            if short:
                add(short, p, True, short not in stop)
        elif p.level == "prefecture":
            add(p.name, p, False, True)
            if short:
                ok = short not in stop and short_count[short] == 1
                add(short, p, True, ok)
        else:
            unique = county_count[p.name] == 1
            ok = len(p.name) >= 3 and (unique or not p.name.endswith("区"))
            add(p.name, p, False, ok)
            if short and short != p.name:
                add(short, p, True, False)
            plain = _plain_autonomous(p.name, short)
            if plain and plain not in county_count:
                # 大通县 for 大通回族土族自治县, 酉阳县 for 酉阳土家族苗族自治县: the name the
                # county's own releases use
                add(plain, p, False, True)
    for r in _read_tsv(path("locations_world.tsv")):
        p = Place(r["name"], "foreign")
        add(r["name"], p, False, r["name"] not in stop)
        if r["full"] and r["full"] != r["name"]:
            add(r["full"], p, False, True)
    for r in _read_tsv(path("foreign_places.tsv")):
        add(r["name"], Place(r["canonical"], "foreign"), False, r["name"] not in stop)
    for r in _read_tsv(path("locations_regions.tsv")):
        add(r["name"], Place(r["canonical"], "region"), False, True)
    by_name = {p.name: p for p in places if p.level == "prefecture"}
    for r in _read_tsv(path("locations_aliases.tsv")):
        # 哈市 for 哈尔滨市: a short form of the city's own press, read only before its
        # police or territory (哈市警方, not 最佳市民)
        place = by_name.get(r["name"])
        if place is None:
            raise ValueError(f"locations_aliases.tsv: {r['name']!r} is no city of locations.tsv")
        add(r["alias"], place, True, False)
    for lst in surfaces.values():
        lst.sort(key=lambda s: (not s.standalone, s.short, _LEVEL_RANK[s.place.level]))
    return surfaces


def _named_entries(
    path: Callable[[str], Path],
) -> tuple[dict[str, tuple[str, bool]], dict[str, tuple[str, str]]]:
    """The agencies (name or alias -> canonical name, has units) and the campaigns (name or
    alias -> name, mode) of the lexicon files."""
    agencies: dict[str, tuple[str, bool]] = {}
    for r in _read_tsv(path("agencies.tsv")):
        units = r.get("units", "") == "yes"
        agencies[r["canonical"]] = (r["canonical"], units)
        for alias in filter(None, (r.get("aliases") or "").split(",")):
            agencies[alias.strip()] = (r["canonical"], units)

    campaigns: dict[str, tuple[str, str]] = {}
    for r in _read_tsv(path("campaigns.tsv")):
        campaigns[r["name"]] = (r["name"], r["mode"])
        for alias in filter(None, (r.get("aliases") or "").split(",")):
            campaigns[alias.strip()] = (r["name"], r["mode"])
    return agencies, campaigns


@dataclass
class Lexicon:
    """Every data file the entity recognizer uses, loaded and indexed."""

    surfaces: dict[str, list[_Surface]]
    max_place_len: int
    provinces: dict[str, Place]
    places_by_name: dict[str, list[Place]]
    agencies: dict[str, tuple[str, bool]]
    campaigns: dict[str, tuple[str, str]]
    campaign_rules: dict[str, Any]
    agency_rules: dict[str, Any]
    person_rules: dict[str, Any]
    location_rules: dict[str, Any]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    char_variants: dict[int, int]
    #: lengths (longest first) of the place surfaces / agency names starting with each
    #: two-character prefix: the scans probe only these at a candidate start
    place_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict)
    agency_prefix: dict[str, tuple[int, ...]] = field(default_factory=dict)
    regex: dict[str, Any] = field(default_factory=dict)

    # ---- building -------------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path | None = None) -> Lexicon:
        """Load the lexicon from ``folder`` (default: the packaged ``pressie/lexicons``)."""

        def path(name: str) -> Path:
            return (folder / name) if folder is not None else lexicon_path(name)

        rows = _read_tsv(path("locations.tsv"))
        places = [Place(r["name"], r["level"], r["parent"] or "") for r in rows]
        by_name: dict[str, list[Place]] = {}
        for p in places:
            by_name.setdefault(p.name, []).append(p)
        provinces = {p.name: p for p in places if p.level == "province"}
        surfaces = _place_surfaces(path, rows, places)
        agencies, campaigns = _named_entries(path)

        names = read_list(path("entity_surnames.txt"))
        lex = cls(
            surfaces=surfaces,
            max_place_len=max(len(s) for s in surfaces),
            provinces=provinces,
            places_by_name=by_name,
            agencies=agencies,
            campaigns=campaigns,
            campaign_rules=read_json(path("campaigns_rules.json")),
            agency_rules=read_json(path("agencies_rules.json")),
            person_rules=read_json(path("entity_persons.json")),
            location_rules=read_json(path("locations_rules.json")),
            surnames=frozenset(n for n in names if len(n) == 1),
            compound_surnames=frozenset(n for n in names if len(n) == 2),
            char_variants={
                ord(r["variant"]): ord(r["standard"])
                for r in _read_tsv(path("entity_char_variants.tsv"))
                if len(r["variant"]) == 1 and len(r["standard"]) == 1
            },
        )
        lex.place_prefix = _prefix_lengths(surfaces)
        lex.agency_prefix = _prefix_lengths(agencies)
        lex._compile()
        return lex

    def _compile(self) -> None:
        """Compile the lexicon's patterns into ``self.regex``."""
        self._compile_agency_units()
        self._compile_places_bureaus()
        self._compile_campaigns()
        self._compile_persons_cases()

    def _compile_agency_units(self) -> None:
        """The patterns of agency starts, departments, a bureau's units, stations, abbreviations."""
        ar = self.agency_rules
        rx = self.regex
        # candidate starts of the dictionary scans: a character some entry starts with (a
        # place scan starts at Han characters only)
        rx["place_start"] = _first_chars(self.place_prefix, han_only=True)
        # characters the entity lexicon writes in their standard form (峯 -> 峰)
        rx["variants"] = (
            re.compile("[" + "".join(re.escape(chr(c)) for c in self.char_variants) + "]")
            if self.char_variants
            else re.compile("(?!)")
        )
        rx["agency_start"] = _first_chars(self.agency_prefix)
        rx["dept"] = re.compile(alternation(ar["departments"]))
        # a bureau's internal unit: a functional one (刑侦大队, 政工室), a named 分局 or a
        # named 派出所; group "named" is set for the last two
        unit_name = f"(?:(?![{ar['unit_name_blockers']}])[{_HAN}])"
        rx["unit"] = re.compile(
            f"(?:{alternation(ar['unit_fillers'])})?"
            f"(?:(?:{alternation(ar['police_stems'])})(?:{alternation(ar['unit_suffixes'])})"
            f"|(?P<named>{unit_name}{{2,4}}?(?:分局|派出所)))"
        )
        # a 派出所 written alone: a name with a place suffix (沙溪镇, 经八路), or a two-character
        # name after a boundary (、恩江派出所)
        rx["station"] = re.compile(
            f"{unit_name}{{2}}(?:街道|镇|乡|路|街)派出所"
            f"|(?:^|(?<=[\\s，。；、：:,;（(“和与及同合]))({unit_name}{{2}})派出所",
            re.M,
        )
        rx["ministry_unit"] = re.compile(
            f"(?:(?![{ar['ministry_bureau_blockers']}]"
            f"|{alternation(ar['ministry_bureau_blocker_words'])})[{_HAN}]){{2,8}}?"
            f"(?:{alternation(ar['ministry_unit_suffixes'])})"
        )
        # a Party organ coordinated with the government it leads (自治区党委、政府, 市委市政府):
        # the 政府 after it is the region's 人民政府
        party_pair = f"(?:{alternation(ar['party_organs'])})[、和与及]?(?=政府)"
        rx["party_pair"] = re.compile(party_pair)
        rx["zone"] = re.compile(alternation(ar["zone_suffixes"]))
        rx["abbr"] = re.compile(
            f"(自治区|省|市)(?=(?:{party_pair})?(?:{alternation(ar['departments'])}))"
        )
        rx["abbr_local"] = re.compile(
            f"([{ar['abbreviation_local']}])(?=(?:{alternation(ar['departments'])}))"
        )
        rx["own_unit"] = re.compile("我局")
        rx["own_branch"] = re.compile(alternation(ar["own_branch"]))
        rx["office_unit"] = re.compile(
            f"(?:(?![{ar['office_unit_blockers']}])[{_HAN}]){{2,4}}?"
            f"(?:{alternation(ar['office_unit_suffixes'])})"
            f"(?=$|[^{_HAN}]|(?:{alternation(ar['office_unit_after'])}))"
        )
        rx["prefixed"] = [
            (re.compile(p["pattern"]), p["canonical"], p.get("requires", ""))
            for p in ar["prefixed_patterns"]
        ]

    def _compile_places_bureaus(self) -> None:
        """The patterns of townships, villages, bare bureaus, offices, outlets and agencies."""
        ar = self.agency_rules
        lr = self.location_rules
        rx = self.regex
        t_lo, t_hi = (int(x) for x in lr["name_len"])
        place_name = f"(?:(?![{lr['name_blockers']}])[{_HAN}])"
        rx["township"] = re.compile(
            f"{place_name}{{{t_lo},{t_hi}}}?(?:{alternation(lr['township_suffixes'])})"
        )
        rx["village"] = re.compile(
            f"{place_name}{{{t_lo},{t_hi}}}?(?:{alternation(lr['village_suffixes'])})"
        )
        rx["bare"] = re.compile(alternation(ar["bare_bureaus"]))
        rx["office"] = re.compile(
            f"(自治区|省|市)([{_HAN}]{{2,24}}?)({alternation(ar['office_suffixes'])})"
        )
        rx["outlet"] = re.compile(alternation(ar["outlet_suffixes"]))
        rx["not_agency"] = re.compile(
            f"(?!{alternation(ar['not_agency_after_exceptions'])})"
            f"(?:{alternation(ar['not_agency_after'])})"
        )
        prov_short = "|".join(
            sorted(
                {
                    s
                    for s, lst in self.surfaces.items()
                    for x in lst
                    if x.short and x.place.level == "province"
                },
                key=len,
                reverse=True,
            )
        )
        rx["agency_patterns"] = re.compile(
            "|".join(
                f"(?:{p.replace('{province_short}', f'(?:{prov_short})')})" for p in ar["patterns"]
            )
        )

    def _compile_campaigns(self) -> None:
        """The patterns of quoted and unquoted campaign names."""
        cr = self.campaign_rules
        rx = self.regex
        rx["quote"] = re.compile(f"[{_OPEN_Q}]([^{_OPEN_Q}{_CLOSE_Q}\\n]{{1,24}})[{_CLOSE_Q}]")
        rx["camp_suffix"] = re.compile(
            f"(?:等)?(?:(?:{alternation(cr['middles'])})?(?:{alternation(cr['suffixes'])})"
            f"|[{_HAN}]{{1,4}}?(?:{alternation(cr['action_suffixes'])}))"
        )
        rx["camp_inner_suffix"] = re.compile(f"(?:{alternation(cr['suffixes'])})$")
        rx["camp_period"] = re.compile(f"(?:{alternation(cr['drive_periods'])})$")
        rx["camp_unquoted_suffix"] = re.compile(alternation(cr["unquoted_suffixes"]))
        rx["camp_gap"] = re.compile(f"(?:[、和与及][{_HAN}]{{0,{int(cr['max_gap_words'])}}})?")
        rx["camp_verb"] = re.compile(f"(?:{alternation(cr['verbs'])})$")
        rx["camp_frame"] = re.compile(f"为(?:{alternation(cr['frames'])})")
        rx["camp_reject"] = re.compile("|".join(f"(?:{p})" for p in cr["reject_core"]))
        rx["camp_left"] = re.compile("|".join(f"(?:{p})" for p in cr["left_patterns"]))
        rx["year_split"] = re.compile(
            f"^(?P<name>[{_HAN}]{{2,12}}?)(?:[-－—]?(?P<y4>(?:19|20)\\d{{2}})|[-－—](?P<y2>\\d{{2}}))$"
        )
        rx["year_before"] = re.compile(r"((?:19|20)\d{2})年$")
        any_names = [n for n, (_c, mode) in self.campaigns.items() if mode == "any"]
        marked = [n for n, (_c, mode) in self.campaigns.items() if mode == "marked"]
        rx["camp_any"] = re.compile(alternation(any_names)) if any_names else re.compile("(?!)")
        rx["camp_marked"] = re.compile(
            f"({alternation(marked)})(?:[-－—]?((?:19|20)\\d{{2}})|[-－—](\\d{{2}}))?"
            f"(?=({alternation(cr['unquoted_suffixes'])})?)"
        )

    def _compile_persons_cases(self) -> None:
        """The patterns of titles and speakers around names, case codes and case names."""
        pr = self.person_rules
        rx = self.regex
        rx["title_before"] = re.compile(alternation(pr["titles_before"]))
        rx["title_after"] = re.compile(alternation(pr["titles_after"]))
        rx["after_word"] = re.compile(alternation(pr["after_words"]))
        rx["speaker"] = re.compile(f"(?m)^[ \\t\\u3000]*([{_HAN}]{{2,4}})[:：]")
        code = r"(?:\d{4}[.·・•．\-])?\d{1,2}[.·・•．\-]\d{1,2}"
        rx["case"] = re.compile(f"[{_OPEN_Q}]{code}[{_CLOSE_Q}]")
        rx["case_body"] = re.compile(
            f"[^\\s，。；：:{_OPEN_Q}{_CLOSE_Q}!?！？()（）,;]{{0,24}}?(?:专案|案)(?![件例情由卷底发子值])"
        )
        rx["case_named"] = re.compile(
            f"[^\\s，。；：:{_OPEN_Q}{_CLOSE_Q},;]{{0,15}}?的[{_OPEN_Q}]"
            f"([^{_OPEN_Q}{_CLOSE_Q}\\n]{{1,20}}?案)[{_CLOSE_Q}]"
        )

    # ---- queries --------------------------------------------------------------------

    def province_of(self, place: Place) -> Place | None:
        """The province-level division containing ``place`` (itself for a province)."""
        seen = 0
        while place.level != "province" and seen < 4:
            parents = self.places_by_name.get(place.parent)
            if not parents:
                return None
            place = parents[0]
            seen += 1
        return place if place.level == "province" else None

    def is_descendant(self, child: Place, ancestor: Place) -> bool:
        """True when ``child`` lies (directly or two levels) under ``ancestor``."""
        if child.level in ("foreign", "region") or ancestor.level in ("foreign", "region"):
            return False
        if child.parent == ancestor.name:
            return True
        return any(p.parent == ancestor.name for p in self.places_by_name.get(child.parent, []))


def _prefix_lengths(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """Map each two-character prefix of ``words`` to the words' lengths, longest first."""
    lengths: dict[str, set[int]] = {}
    for w in words:
        if len(w) >= 2:
            lengths.setdefault(w[:2], set()).add(len(w))
    return {p: tuple(sorted(ls, reverse=True)) for p, ls in lengths.items()}


def _first_chars(prefixes: Iterable[str], han_only: bool = False) -> re.Pattern[str]:
    """The first character of one of the two-character ``prefixes`` (only a Han one with
    ``han_only``), followed by a character some of them has second: a prefilter of the
    offsets where a dictionary entry may start (it matches one character)."""
    pairs = [p for p in prefixes if _is_han(p[0]) or not han_only]
    if not pairs:
        return re.compile("(?!)")

    def char_class(chars: set[str]) -> str:
        return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"

    return re.compile(
        char_class({p[0] for p in pairs}) + "(?=" + char_class({p[1] for p in pairs}) + ")"
    )


@lru_cache(maxsize=4)
def default_lexicon(folder: str | None = None) -> Lexicon:
    """The packaged lexicon (or the one in ``folder``), loaded once per process."""
    return Lexicon.load(Path(folder) if folder else None)
