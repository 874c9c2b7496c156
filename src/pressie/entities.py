"""Component ``pressie_entities``: AGENCY, CAMPAIGN, PERSON, LOCATION and CASE mentions.

The work is done by :func:`find_entities`, a pure function over the working text (simplified
script, half-width digits, see :mod:`pressie.text`) that returns :class:`pressie.model.Entity`
objects with character offsets and canonical names (``extraction-spec.md`` section 5) plus the
release's own region (内蒙古自治区, 四川省, or 中国 for a national release).  The spaCy
component :class:`EntityRecognizer` is a thin wrapper: it matches the lexicon's agencies and
campaigns as token phrases (a :class:`spacy.matcher.PhraseMatcher`; a
:class:`spacy.pipeline.SpanRuler` once a user adds patterns), merges these matches with the
character-level patterns, writes ``doc._.pressie_entities`` and ``doc._.pressie_region`` and
fills ``doc.spans["pressie_entities"]`` / ``doc.ents`` where the mentions align with tokens.

Cost: the dictionary scans probe only offsets whose first two characters start a lexicon
entry (one regular-expression pass finds them), patterns that end with a fixed word
(…派出所) are tried only before it, and the spaCy side writes spans and ``doc.ents`` from
token offset arrays; ``python benchmarks/components.py`` measures the component.

Why character level: pkuseg segmentation often puts entity boundaries inside a token
(``通辽市冯强``, ``猎狐2019专项行动``), and the naming systems are productive
(X省公安厅刑侦总队, “7.17”…案, “云剑-2020”), so the recognizers are dictionary scans and
bounded regular expressions over ``doc.text``.  Every pattern and lexicon lives in
``pressie/lexicons`` (``locations*.tsv``, ``foreign_places.tsv``, ``campaigns*``,
``agencies*``, ``entity_*``); nothing here is keyed to a particular document.

Recognizers, in order:

* LOCATION — a longest-match scan over Chinese divisions (province / prefecture / county,
  generated from a maintained dataset by ``scripts/build_locations.py``), countries and the
  foreign places of the genre.  Short forms (河南, 通辽) stand alone only where they are
  unambiguous and not common words; a written chain (山东菏泽, 成都都江堰) is one entity with
  the full names joined (山东省菏泽市).  Below the county level there is no lexicon: a
  township and then a village (恩江镇, 西溪街道, 黄家溪村; ``locations_rules.json``) join a
  written county-level chain (江西省吉安市永丰县恩江镇) and are never recognized alone.
* AGENCY — national bodies from ``agencies.tsv``; region + department (山东省公安厅,
  呼和浩特市公安局, 四川省卫计委、生态环境厅 …); abbreviations resolved with the release's region
  (自治区禁毒办, 省厅, 市公安局, bare 公安厅); county-level abbreviations (县公安局, 区公安分局,
  县政府, 县局) and 我局 resolved with the release's own agency (:func:`detect_own_agency`: a
  place-named body in the title or a source / 发布 line); police sub-units (刑侦总队, 禁毒局,
  政工室, named 分局 and 派出所, two levels under a named 分局), units listed after the first
  one inheriting its bureau (交警大队、治安大队), any 公安部 + name + 局 / 中心 / 研究所 / 研究院
  (公安部物证鉴定中心, 公安部第三研究所); named 派出所 written alone
  (沙溪镇派出所, 、城北派出所); offices of leading groups and joint meetings; Party organs,
  mechanisms, command posts, generic plurals (各派出所, 基层派出所) and news outlets (X日报,
  X县融媒体中心) dropped.  District branches: X市公安局Y区分局 (+ up to two unit levels:
  分局政治处宣传科); a branch's release (its title / source line) names itself 分局, 本分局,
  我分局 and its stations (五马派出所) under its full name, its title's short form (鹿城公安分局)
  is an alias of the source line's official name, and its region is the district with its
  city (温州市鹿城区).  A city's release names its district branches by short name (思明分局,
  X分局 where X is a district of the release's city): they are the city bureau's branches
  (厦门市公安局思明分局); elsewhere a bare X分局 keeps its written name.  Non-police bodies
  take internal units (教育局安全科); 人民银行 branches are agencies (中国人民银行昆明中心支行);
  a body's app (国家反诈中心APP) is no mention.  Customs and coast guard bodies keep the place
  as written (福州海关缉私局, 福建海警局, 中国海警局), as do bureaus of zones (平潭综合实验区公安局,
  福州高新区公安分局: the zone's name is its own); the place inside is no LOCATION.  The 政府
  coordinated with a Party organ (自治区党委、政府, 市委市政府) is the region's 人民政府; the
  Party organ is no agency.
* Abbreviated names (``agencies_rules.json`` ``departments``): an abbreviation of a
  government department's current official name resolves to that name (市场监管局 →
  市场监督管理局, 卫健委 → 卫生健康委员会, 网信办 → 互联网信息办公室, 人社局, 住建局, 医保局,
  文旅局, 发改委, 工信厅), as the national ones do in ``agencies.tsv`` (国家卫健委 →
  国家卫生健康委员会).  The spec's usual-name rule keeps the names of coordinating committees
  and their offices (禁毒委, 禁毒办, 扫黑办, 国家禁毒办, 全国扫黑办: the abbreviation is how they
  are named) and of bodies merged away whose abbreviation is how releases refer to them
  (卫计委, 食药监局, seed gold); local bodies whose official name varies by place (金融监管局,
  城管局, 文广旅局) stay as written.
* LOCATION extras: a county short form before 辖区 / 公安分局 (鹿城辖区) when unique or in the
  release's region; a stop-listed short city listed next to a place of the same level
  (普洱、临沧两市).
* CAMPAIGN — quoted names followed by a campaign suffix (also several quoted names sharing
  one suffix), names introduced by 开展/实施, names with a glued year, and well-known national
  campaigns from ``campaigns.tsv``.  Days (110宣传日, 全民国家安全教育日) and quoted crime
  categories (“两抢一盗”) are no campaigns; weeks and months (集中办证周, 禁毒宣传月) are: a
  quoted name ending with a drive period (宣传月, 宣传周, 办证周 …) needs no suffix
  (“全民禁毒宣传月”期间), and 全民禁毒宣传月 is known unquoted.
* PERSON — names after a title (处长张志华), before an honorific (习近平总书记), in speaker
  lines (王海防:) and in lists of the form place + name (通辽市冯强、…); never anonymized names,
  and never a common word that starts with a surname character (民警平均到场, 局长高度重视,
  处长平安说明: ``entity_persons.json`` ``common_words``), as a name or a name's first two
  characters.
* CASE — a quoted date code followed by the case's description up to 案/专案.
"""

from __future__ import annotations

import json
import re
import shutil
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, LENGTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import SpanRuler
from spacy.pipeline.span_ruler import (
    prioritize_existing_ents_filter,
    prioritize_new_ents_filter,
)
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import extensions as _extensions  # noqa: F401  (registers Doc._ attributes)
from .extensions import ASSIGNS, REQUIRES, set_models
from .lexicon_schema import read_json, read_tsv
from .model import Entity, _construct
from .resources import alternation, lexicon_path, read_list
from .text import doc_text
from .tokenizer import working_doc

#: the lexicon files the component reads (and copies in ``to_disk``)
LEXICON_FILES: tuple[str, ...] = (
    "locations.tsv",
    "locations_world.tsv",
    "locations_regions.tsv",
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

        stop = set(read_list(path("locations_short_stop.txt")))
        rows = _read_tsv(path("locations.tsv"))
        places = [Place(r["name"], r["level"], r["parent"] or "") for r in rows]
        by_name: dict[str, list[Place]] = {}
        for p in places:
            by_name.setdefault(p.name, []).append(p)
        provinces = {p.name: p for p in places if p.level == "province"}
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
        for r in _read_tsv(path("locations_world.tsv")):
            p = Place(r["name"], "foreign")
            add(r["name"], p, False, r["name"] not in stop)
            if r["full"] and r["full"] != r["name"]:
                add(r["full"], p, False, True)
        for r in _read_tsv(path("foreign_places.tsv")):
            add(r["name"], Place(r["canonical"], "foreign"), False, r["name"] not in stop)
        for r in _read_tsv(path("locations_regions.tsv")):
            add(r["name"], Place(r["canonical"], "region"), False, True)
        for lst in surfaces.values():
            lst.sort(key=lambda s: (not s.standalone, s.short, _LEVEL_RANK[s.place.level]))

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
        ar, cr, pr = self.agency_rules, self.campaign_rules, self.person_rules
        lr = self.location_rules
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
                if not local and text.startswith(
                    tuple(lex.location_rules.get("police_after", ())), i + length
                ):  # 大同警方: the city, although 大同 alone is a common word
                    local = [
                        s for s in cands if s.short and s.place.level in ("prefecture", "province")
                    ]
                if not local:
                    continue
                best = local[0]
            end = i + length
            if best.short or best.place.level == "foreign":
                if end < n and text[end] == "族":
                    continue
                if (
                    token_bounds is not None
                    and best.short
                    and (i not in token_bounds or end not in token_bounds)
                ):
                    continue
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


# ---- region ---------------------------------------------------------------------------


def _guess_title(text: str) -> str:
    for line in text.splitlines()[:8]:
        line = line.strip()
        han = sum(1 for c in line if _is_han(c))
        if han >= 6 and ">" not in line and "位置" not in line and "http" not in line:
            return line
    return text[:80]


def detect_region(
    text: str,
    places: list[_PlaceMatch],
    explicit_agencies: list[tuple[_Cand, _PlaceMatch]],
    lex: Lexicon,
    title: str | None = None,
) -> str | None:
    """The release's own region: 中国 for a national release, else a province or city name.

    The title decides first (公安部/国新办 -> 中国; a named place or a place-prefixed agency);
    otherwise provinces are scored by place-prefixed agency names (x3), source/footer lines
    (x3) and place mentions (x1), under the constraint of an abbreviated title agency
    (自治区公安厅 -> an autonomous region, 省公安厅 -> a 省).
    """
    title = title or _guess_title(text)
    t_start = text.find(title) if title else -1
    t_end = t_start + len(title) if t_start >= 0 else -1
    # (a flattened page's long first line is no title for this test)
    short_title = title if title and len(title) <= 80 else ""
    national = re.search("公安部|国新办|国务院新闻办", short_title)
    in_title = [pm for pm in places if t_start <= pm.start < t_end]
    title_agencies = [(c, pm) for c, pm in explicit_agencies if t_start <= c.start < t_end]
    first_place = min(
        [pm.start for pm in in_title] + [c.start for c, _ in title_agencies], default=None
    )
    if national and (first_place is None or national.start() < first_place - t_start):
        return NATIONAL
    if first_place is None and _national_lead(text, lex, t_end):
        return NATIONAL
    host = _host_place(text, places, lex, t_end) if first_place is None else None
    if host is not None:
        return host
    for cand, pm in sorted(title_agencies, key=lambda x: x[0].start):
        if pm.last.level == "prefecture" and cand.canonical.startswith(pm.canonical):
            return pm.last.name
        prov = lex.province_of(pm.places[0])
        if prov:
            return prov.name
    for pm in sorted(in_title, key=lambda m: m.start):
        prov = lex.province_of(pm.places[0])
        if prov:
            return _title_place(pm, lex) or prov.name
    want = None
    if title and re.search("自治区", title):
        want = "自治区"
    elif title and re.search("(?<![全本我各])省", title):
        want = "省"
    scores: Counter[str] = Counter()
    source_lines = [
        m.span() for m in re.finditer(r"(?m)^.*(?:来源|网站管理|主办|版权所有).*$", text)
    ]
    for pm in places:
        prov = lex.province_of(pm.places[0])
        if prov is None:
            continue
        weight = 3 if any(a <= pm.start < b for a, b in source_lines) else 1
        scores[prov.name] += weight
    for _cand, pm in explicit_agencies:
        prov = lex.province_of(pm.places[0])
        if prov is not None:
            scores[prov.name] += 3
    for name, _score in scores.most_common():
        if want is None or name.endswith(want):
            return name
    outlet = _outlet_place(text, places, lex)
    if outlet is None and "全国" in text[max(t_end, 0) : max(t_end, 0) + 300]:
        return NATIONAL  # no place at all, and the lead speaks of the whole country
    return outlet


def _outlet_place(text: str, places: list[_PlaceMatch], lex: Lexicon) -> str | None:
    """The place of a regional outlet the release opens with (湖南日报3月13日讯 -> 湖南省).

    A place inside an outlet's name is no LOCATION entity (spec 5), so the outlet's name is
    looked up here on its own: the 2-5 characters before an outlet suffix in the first 200
    characters, longest first.
    """
    suffixes = lex.location_rules.get("outlet_suffixes", ())
    if not suffixes:
        return None
    alt = "|".join(map(re.escape, sorted(suffixes, key=len, reverse=True)))
    for m in re.finditer(rf"([\u4e00-\u9fff]{{2,5}})(?:{alt})", text[:200]):
        head = m.group(1)
        for length in range(len(head), 1, -1):
            for surf in lex.surfaces.get(head[:length], ()):
                if surf.place.level in ("province", "prefecture"):
                    pm = _PlaceMatch(m.start(1), m.start(1) + length, [surf.place], surf.short)
                    prov = lex.province_of(surf.place)
                    return _title_place(pm, lex) or (prov.name if prov else None)
    return None


def _title_place(pm: _PlaceMatch, lex: Lexicon) -> str | None:
    """A city's or county's release is the city or county (徐州市, 鄂尔多斯市准格尔旗), not its
    province: the most specific place of a title's first place chain below the province."""
    last = pm.last
    if last.level == "prefecture":
        return last.name
    if last.level == "county":
        parent = lex.places_by_name.get(last.parent, [])
        if parent and parent[0].level == "prefecture":
            return parent[0].name + last.name
        return last.name
    return None


_HOSTS = re.compile(
    r"(?:市|州|县|区)?(?:公安局|公安分局|公安厅|人民政府|政府|法院|检察院)?(?:召开|举行|举办)"
)


def _host_place(text: str, places: list[_PlaceMatch], lex: Lexicon, after: int) -> str | None:
    """A city or county that holds the press conference in the lead (日照市召开新闻发布会,
    四川阿坝州公安局召开…) is the release region, when the title names no place."""
    lo = max(after, 0)
    for pm in places:
        if pm.start < lo:
            continue
        if pm.start > lo + 300:
            break
        if pm.last.level in ("prefecture", "county") and _HOSTS.match(text, pm.end):
            return _title_place(pm, lex)
    return None


def _national_lead(text: str, lex: Lexicon, after: int) -> bool:
    """A national release by its lead: a 北京 dateline of a national outlet (新华社北京5月27日电)
    or a national body reporting in the first sentences (记者从公安部获悉, 全国扫黑办…)."""
    rules = lex.location_rules
    lead = text[max(after, 0) : max(after, 0) + 300]
    outlets = rules.get("national_datelines", [])
    outlet_re = "|".join(map(re.escape, outlets))
    if outlets and re.search(
        rf"(?:{outlet_re})[^。\n]{{0,12}}北京\d{{1,2}}月\d{{1,2}}日[电讯]", lead
    ):
        return True
    bodies = rules.get("national_bodies", [])
    first = text[max(after, 0) : max(after, 0) + 400]
    body_re = "|".join(map(re.escape, bodies))
    verbs = "获悉|了解到|召开|举行|通报|发布|介绍|披露|公布"
    return bool(bodies) and re.search(
        rf"(?:从|据|^|[。，,\n 】」]|中国)(?:{body_re})[^。，,;；]{{0,8}}?(?:{verbs})", first
    ) is not None


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
            and (c.canonical.endswith(c.bureau) or (c.branch and c.canonical.endswith("分局")))
        ]
        if inside:
            cand, pm = min(inside, key=lambda x: x[0].start)
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
    ar = lex.agency_rules
    rx = lex.regex
    blockers = ar["abbreviation_blockers"]
    place_ends = {pm.end: pm for pm in places}
    out = [c for c, _pm in explicit]
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

    # other names of the own agency (the title's short form)
    if own is not None and own.aliases:
        for c in out:
            for alias in own.aliases:
                if c.canonical.startswith(alias):
                    c.canonical = own.canonical + c.canonical[len(alias) :]
                    break

    return [c for c in out if not _not_agency_follows(text, c.end, lex)]


# ---- campaigns ------------------------------------------------------------------------


def _campaign_core(core: str, lex: Lexicon) -> tuple[str, int | None] | None:
    """Canonical name and year of a quoted campaign core, or None when it is no campaign."""
    cr = lex.campaign_rules
    rx = lex.regex
    core = core.strip()
    year = None
    m = rx["camp_inner_suffix"].search(core)
    if m and len(core) - len(m.group()) >= 2:
        core = core[: m.start()]
    y = rx["year_split"].match(core)
    if y:
        core = y.group("name")
        year = int(y.group("y4")) if y.group("y4") else 2000 + int(y.group("y2"))
    for pre in cr["domain_prefixes"]:
        rest = core[len(pre) :]
        if core.startswith(pre) and rest in lex.campaigns:
            core = rest
            break
    if core in lex.campaigns:
        return lex.campaigns[core][0], year
    if core in cr["non_campaigns"] or any(nc in core for nc in cr["non_campaigns"]):
        return None
    if core in cr["crime_categories"]:
        return None
    if rx["camp_reject"].search(core) or not any(map(_is_han, core)):
        return None
    return core, year


def _campaigns(text: str, lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    out: list[_Cand] = []
    quotes = list(rx["quote"].finditer(text))
    # group quoted names that share one suffix: “A”、“B”和“C”专项行动
    groups: list[list[re.Match[str]]] = []
    for q in quotes:
        if groups:
            prev = groups[-1][-1]
            gap = text[prev.end() : q.start()]
            if len(gap) <= 6 and rx["camp_gap"].fullmatch(gap):
                groups[-1].append(q)
                continue
        groups.append([q])
    for group in groups:
        last = group[-1]
        suffix = rx["camp_suffix"].match(text, last.end())
        for q in group:
            core = q.group(1)
            parsed = _campaign_core(core, lex)
            if parsed is None:
                continue
            name, year = parsed
            known = core in lex.campaigns or name in lex.campaigns
            inner_suffix = rx["camp_inner_suffix"].search(core) is not None
            glued_year = year is not None
            drive = rx["camp_period"].search(core) is not None
            before = text[max(0, q.start() - 6) : q.start()]
            after = text[q.end() : q.end() + 1]
            verb = rx["camp_verb"].search(before) is not None and (
                after in "，。；、,;" or not after
            )
            frame = before.endswith("以") and rx["camp_frame"].match(text, q.end()) is not None
            if not (suffix or known or inner_suffix or glued_year or verb or frame or drive):
                continue
            if year is None:
                yb = rx["year_before"].search(text, max(0, q.start() - 5), q.start())
                if yb:
                    year = int(yb.group(1))
            end = q.end()
            if suffix and q is last:
                end = suffix.end()
            out.append(_Cand(q.start(), end, "CAMPAIGN", name, year))
    # unquoted: distinctive names anywhere, marked names with a suffix or a glued year
    for m in rx["camp_any"].finditer(text):
        canon = lex.campaigns[m.group()][0]
        s = rx["camp_unquoted_suffix"].match(text, m.end())
        out.append(_Cand(m.start(), s.end() if s else m.end(), "CAMPAIGN", canon))
    for m in rx["camp_marked"].finditer(text):
        y4, y2, suffix = m.group(2), m.group(3), m.group(4)
        if not (y4 or y2 or suffix):
            continue
        if m.start() > 0 and text[m.start() - 1] in _OPEN_Q:
            continue  # quoted: handled above
        year = int(y4) if y4 else (2000 + int(y2) if y2 else None)
        end = m.end() + (len(suffix) if suffix else 0)
        out.append(_Cand(m.start(), end, "CAMPAIGN", lex.campaigns[m.group(1)][0], year))
    for m in rx["camp_left"].finditer(text):
        out.append(_Cand(m.start(), m.end(), "CAMPAIGN", m.group()))
    return out


# ---- persons --------------------------------------------------------------------------


class _Names:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        pr = lex.person_rules
        self.not_names = set(pr["not_names"])
        self.common = frozenset(pr["common_words"]) | {w for w in self.not_names if len(w) == 2}
        self.anon = set(pr["anonymized"])

    def valid(self, cand: str) -> bool:
        if len(cand) < 2 or not all(map(_is_han, cand)) or cand in self.not_names:
            return False
        if cand[:2] in self.common:
            return False  # 平均, 经过调(查): a common word, no name
        if any(c in self.anon for c in cand):
            return False
        if len(cand) == 4:
            return cand[:2] in self.lex.compound_surnames
        return cand[0] in self.lex.surnames or cand[:2] in self.lex.compound_surnames

    def boundary(self, pos: int, allowed: str | None = None) -> bool:
        text = self.text
        if pos >= len(text):
            return True
        if allowed is not None:
            return text[pos] in allowed
        if not _is_han(text[pos]):
            return True
        return self.lex.regex["after_word"].match(text, pos) is not None

    def after(self, pos: int, allowed: str | None = None) -> tuple[int, int] | None:
        """A name starting at ``pos`` followed by a boundary: (start, end) or None."""
        text = self.text
        for length in (3, 2, 4):
            cand = text[pos : pos + length]
            if len(cand) != length:
                continue
            end = pos + length
            if allowed is not None:
                # the cheap boundary test first (both tests have no side effects)
                if (end >= len(text) or text[end] in allowed) and self.valid(cand):
                    return pos, end
            elif self.valid(cand) and self.boundary(end):
                return pos, end
        return None


def _persons(text: str, places: list[_PlaceMatch], lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    names = _Names(text, lex)
    out: list[_Cand] = []

    def emit(span: tuple[int, int] | None) -> None:
        if span:
            out.append(_Cand(span[0], span[1], "PERSON", text[span[0] : span[1]]))

    for m in rx["title_before"].finditer(text):
        if m.start() > 0 and text[m.start() - 1] in "全各本该每":
            continue
        pos = m.end()
        while pos < len(text) and pos - m.end() < 2 and text[pos] in ":： \t\u3000":
            pos += 1
        emit(names.after(pos))
    func = set("向由对和与及为以让请把被给同跟将是在从于")
    for m in rx["title_after"].finditer(text):
        s = m.start()
        three, two = text[max(0, s - 3) : s], text[max(0, s - 2) : s]
        if len(three) == 3 and names.valid(three) and three[0] not in func:
            emit((s - 3, s))
        elif names.valid(two):
            emit((s - 2, s))
    for m in rx["speaker"].finditer(text):
        if names.valid(m.group(1)):
            emit((m.start(1), m.end(1)))
    # lists of place + name: 通辽市冯强、呼和浩特市苗迎春……等
    starts = {pm.start for pm in places}
    for pm in places:
        span = names.after(pm.end, "、等")
        if span is None:
            continue
        nxt = span[1]
        if (
            text[nxt : nxt + 1] == "、"
            and nxt + 1 in starts
            or text[nxt : nxt + 1] == "等"
            and pm.start > 0
            and (text[pm.start - 1] == "、")
        ):
            emit(span)
    return out


# ---- cases ----------------------------------------------------------------------------


def _cases(text: str, lex: Lexicon) -> list[_Cand]:
    rx = lex.regex
    out: list[_Cand] = []
    for m in rx["case"].finditer(text):
        body = rx["case_body"].match(text, m.end())
        if body is not None:
            out.append(_Cand(m.start(), body.end(), "CASE", text[m.start() : body.end()]))
            continue
        named = rx["case_named"].match(text, m.end())
        if named is not None:
            out.append(_Cand(m.start(), named.end(), "CASE", m.group() + named.group(1)))
    return out


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
        if not outlets.match(text, pm.end)
    ]
    explicit = _explicit_agencies(text, places, lex)
    region = detect_region(text, places, explicit, lex, title)
    if region and region != NATIONAL:
        places = [
            pm
            for pm in _scan_places(text, lex, token_bounds, region, starts)
            if not outlets.match(text, pm.end)
        ]
        explicit = _explicit_agencies(text, places, lex)
    own = detect_own_agency(text, explicit, lex, title)
    cands: list[_Cand] = [_Cand(pm.start, pm.end, "LOCATION", pm.canonical) for pm in places]
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
    return entities, release_region(region, own)


# --------------------------------------------------------------------------------------
# spaCy component


_ENTITY_FIELDS = frozenset(Entity.model_fields)
_RULED_FIELDS = _ENTITY_FIELDS - {"year"}


def _ruler_patterns(lex: Lexicon) -> list[dict[str, Any]]:
    """Phrase patterns for the lexicon's fixed names (agencies, distinctive campaigns)."""
    pats: list[dict[str, Any]] = []
    for surface, (canon, _units) in sorted(lex.agencies.items()):
        pats.append({"label": "AGENCY", "pattern": surface, "id": canon})
    for surface, (canon, mode) in sorted(lex.campaigns.items()):
        if mode == "any":
            pats.append({"label": "CAMPAIGN", "pattern": surface, "id": canon})
    return pats


_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_KB_ID]


#: the token attributes the component reads at once: offsets (spans) and KB ids (ents)
_TOKEN_ATTRS = [IDX, LENGTH, ENT_KB_ID]


def _entity_spans(doc: Doc, entities: list[Entity], tokens: Any) -> list[Span]:
    """The entities as labelled spans (KB id: the canonical name): ``doc.char_span`` of each,
    else its ``expand`` alignment.  Spans on token boundaries (most) are looked up in the
    token offsets at once instead of one ``char_span`` call each.  ``tokens`` is
    ``doc.to_array(_TOKEN_ATTRS)``."""
    if not entities or not len(doc):
        return []
    offsets = tokens[:, :2].astype(numpy.int64)
    tok_starts = offsets[:, 0]
    tok_ends = tok_starts + offsets[:, 1]
    starts = numpy.array([e.start for e in entities], dtype=numpy.int64)
    ends = numpy.array([e.end for e in entities], dtype=numpy.int64)
    last = len(doc) - 1
    first_tok = numpy.minimum(numpy.searchsorted(tok_starts, starts), last)
    last_tok = numpy.minimum(numpy.searchsorted(tok_ends, ends), last)
    aligned = (tok_starts[first_tok] == starts) & (tok_ends[last_tok] == ends)
    spans: list[Span] = []
    for e, a, b, ok in zip(entities, first_tok.tolist(), last_tok.tolist(), aligned.tolist()):
        span: Span | None
        if ok:
            span = Span(doc, a, b + 1, label=e.label, kb_id=e.canonical)
        else:
            span = doc.char_span(
                e.start, e.end, label=e.label, kb_id=e.canonical, alignment_mode="expand"
            )
        if span is not None:
            spans.append(span)
    return spans


def _set_ents(doc: Doc, ents: list[Span], kb_ids: Any) -> None:
    """``doc.ents = ents`` for non-overlapping ``ents``, in one array write: B / I inside the
    entities with their label and KB id, O elsewhere (other tokens keep their KB id
    ``kb_ids``, as spaCy's setter does).  spaCy's setter walks every token in Python."""
    if not len(doc):
        return
    arr = numpy.zeros((len(doc), 3), dtype=numpy.uint64)
    arr[:, 0] = 2  # O
    arr[:, 2] = kb_ids
    ents = [span for span in ents if span.end > span.start]
    if ents:
        starts = numpy.array([span.start for span in ents], dtype=numpy.int64)
        sizes = numpy.array([span.end for span in ents], dtype=numpy.int64) - starts
        # every token of every entity, with the entity it belongs to
        owner = numpy.repeat(numpy.arange(len(ents)), sizes)
        inside = (
            starts[owner]
            + numpy.arange(len(owner))
            - numpy.repeat(numpy.cumsum(sizes) - sizes, sizes)
        )
        arr[inside, 0] = 1  # I
        arr[starts, 0] = 3  # B
        arr[inside, 1] = numpy.array([span.label for span in ents], dtype=numpy.uint64)[owner]
        arr[inside, 2] = numpy.array([span.kb_id for span in ents], dtype=numpy.uint64)[owner]
    doc.from_array(_ENT_ATTRS, arr)


#: serializes the lazy build of components' matchers (module level: components stay picklable)
_BUILD_LOCK = threading.Lock()


class _Matchers:
    """The token matchers of an :class:`EntityRecognizer`, built together from its lexicon
    and user patterns (tokenizing the patterns needs the pipeline's loaded tokenizer)."""

    def __init__(
        self, nlp: Language, name: str, lexicon: Lexicon, user_patterns: list[dict[str, Any]]
    ) -> None:
        self.user_patterns = bool(user_patterns)
        self.ruler: SpanRuler | None = None
        if user_patterns:
            self.ruler = SpanRuler(
                nlp,
                name=f"{name}_ruler",
                spans_key=None,
                annotate_ents=False,
                phrase_matcher_attr="ORTH",
                validate=False,
            )
            self.ruler.add_patterns(_ruler_patterns(lexicon) + user_patterns)  # type: ignore[arg-type]
        self.phrases, self.phrase_keys = _lexicon_matcher(nlp, lexicon)


def _lexicon_matcher(
    nlp: Language, lexicon: Lexicon
) -> tuple[PhraseMatcher, dict[int, tuple[str, str, int, int]]]:
    """The lexicon's patterns (those of the ruler without user patterns) in a plain
    :class:`spacy.matcher.PhraseMatcher`: match key -> (label, id, label hash, id hash)."""
    strings = nlp.vocab.strings
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    keys: dict[int, tuple[str, str, int, int]] = {}
    by_key: dict[str, list[Doc]] = {}
    for pat in _ruler_patterns(lexicon):
        key = repr((pat["label"], pat["id"]))
        keys[strings.add(key)] = (
            pat["label"],
            pat["id"],
            strings.add(pat["label"]),
            strings.add(pat["id"]) if pat["id"] else 0,
        )
        by_key.setdefault(key, []).append(nlp.make_doc(pat["pattern"]))
    for key, docs in by_key.items():
        matcher.add(key, docs)
    return matcher, keys


class EntityRecognizer:
    """spaCy component: fills ``doc._.pressie_entities`` and ``doc._.pressie_region``.

    A :class:`spacy.pipeline.SpanRuler` holds phrase patterns for the lexicon's fixed names
    and any patterns added with :meth:`add_patterns` (label, pattern, optional ``id`` used as
    the canonical name); its token-aligned matches are merged with the character-level
    recognizers of :func:`find_entities`.  While no user patterns were added, a plain
    :class:`spacy.matcher.PhraseMatcher` with the lexicon's patterns gives the same matches
    more cheaply (the ruler's matches can matter: 公安部 in 公安部刑侦局党委, where the longer
    name is a Party organ).

    The matchers are built in :meth:`initialize` or, at the latest, on the first Doc (the
    patterns are tokenized with the pipeline's tokenizer, which ``spacy.load`` loads only
    after constructing the components); the constructor tokenizes nothing.
    """

    def __init__(
        self,
        nlp: Language,
        name: str = "pressie_entities",
        *,
        check_token_bounds: bool = False,
        overwrite_ents: bool = False,
    ) -> None:
        """Build the component with the packaged lexicon.

        ``overwrite_ents``: what happens to entities already in ``doc.ents`` (an upstream
        ``entity_ruler`` or ``ner``).  False (default) keeps them and adds pressie's
        entities where they overlap none; True lets pressie's entities replace the upstream
        ones they overlap, keeping the others (spaCy's entity_ruler ``overwrite_ents``).
        """
        self.name = name
        self.check_token_bounds = check_token_bounds
        self.overwrite_ents = overwrite_ents
        self.lexicon = default_lexicon()
        self._lexicon_dir: Path | None = None
        self._user_patterns: list[dict[str, Any]] = []
        self._nlp = nlp
        self._matchers: _Matchers | None = None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        patterns: list[dict[str, Any]] | None = None,
    ) -> None:
        """Build the matchers now (``nlp.initialize()``), adding ``patterns`` when given
        (SpanRuler patterns, as for :meth:`add_patterns`)."""
        if patterns:
            self._user_patterns = [*self._user_patterns, *patterns]
        self._matchers = _Matchers(self._nlp, self.name, self.lexicon, self._user_patterns)

    def _ready(self) -> _Matchers:
        """The matchers, built on first use (once, also when threads race for them)."""
        matchers = self._matchers
        if matchers is None:
            with _BUILD_LOCK:
                matchers = self._matchers
                if matchers is None:
                    matchers = _Matchers(
                        self._nlp, self.name, self.lexicon, self._user_patterns
                    )
                    self._matchers = matchers
        return matchers

    def _ruled(self, doc: Doc, text: str) -> list[Entity]:
        """The ruler's matches as entities.  Without user patterns, the lexicon's phrase
        matcher gives the same spans (deduplicated and ordered like the ruler's) without
        building :class:`spacy.tokens.Span` objects."""
        matchers = self._ready()
        doc = working_doc(doc)  # token texts as the working text (traditional input)
        if matchers.ruler is not None:
            return [
                Entity(
                    label=s.label_,  # type: ignore[arg-type]
                    start=s.start_char,
                    end=s.end_char,
                    text=s.text,
                    canonical=s.id_ or s.text,
                )
                for s in matchers.ruler.match(doc)
                if s.label_ in _LABEL_RANK
            ]
        found: set[tuple[int, int, int, int, str, str]] = set()
        for key, start, end in matchers.phrases(doc):
            label, canonical, label_hash, id_hash = matchers.phrase_keys[key]
            first, last = doc[start], doc[end - 1]
            found.add((first.idx, last.idx + len(last), label_hash, id_hash, label, canonical))
        # Entity(label=..., start=..., end=..., text=..., canonical=...) without validation.
        return [
            _construct(
                Entity,
                {
                    "label": label,
                    "start": a,
                    "end": b,
                    "text": text[a:b],
                    "canonical": canonical or text[a:b],
                    "year": None,
                },
                set(_RULED_FIELDS),
            )
            for a, b, _lh, _ih, label, canonical in sorted(found)
            if label in _LABEL_RANK
        ]

    def add_patterns(self, patterns: list[dict[str, Any]]) -> None:
        """Add SpanRuler patterns (``{"label": ..., "pattern": ..., "id": canonical}``).

        The matchers are rebuilt with them on the next Doc.
        """
        with _BUILD_LOCK:
            self._user_patterns = [*self._user_patterns, *patterns]
            self._matchers = None

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The patterns added with :meth:`add_patterns` (the lexicon's are not listed)."""
        return list(self._user_patterns)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` (never raises on odd input: an empty text gives no entities)."""
        bounds = None
        if self.check_token_bounds:
            bounds = {t.idx for t in doc} | {t.idx + len(t.text) for t in doc}
        text = doc_text(doc)
        entities, region = find_entities(
            text,
            self.lexicon,
            title=doc._.pressie_title,
            token_bounds=bounds,
            extra=self._ruled(doc, text),
        )
        set_models(doc, "pressie_entities", entities)
        doc._.pressie_region = region
        tokens = doc.to_array(_TOKEN_ATTRS) if len(doc) else None
        spans = _entity_spans(doc, entities, tokens)
        doc.spans["pressie_entities"] = spans
        if tokens is None:
            return doc
        upstream = doc.ents
        if upstream:
            # spaCy's own filters, as its entity_ruler uses them for overwrite_ents
            merge = (
                prioritize_new_ents_filter if self.overwrite_ents
                else prioritize_existing_ents_filter
            )
            doc.ents = sorted(merge(upstream, spans))
        else:
            _set_ents(doc, filter_spans(spans), tokens[:, 2])
        return doc

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the lexicon files and the user's SpanRuler patterns under ``path``."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        src = self._lexicon_dir
        for name in LEXICON_FILES:
            shutil.copyfile((src / name) if src else lexicon_path(name), path / name)
        (path / "patterns.json").write_text(
            json.dumps(self._user_patterns, ensure_ascii=False), encoding="utf-8"
        )
        cfg = {"check_token_bounds": self.check_token_bounds, "overwrite_ents": self.overwrite_ents}
        (path / "cfg.json").write_text(json.dumps(cfg), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        """Load the lexicon files and user patterns saved by :meth:`to_disk`."""
        path = Path(path)
        self._lexicon_dir = path
        self.lexicon = Lexicon.load(path)
        cfg_file = path / "cfg.json"
        if cfg_file.exists():
            cfg = json.loads(cfg_file.read_text())
            self.check_token_bounds = bool(cfg["check_token_bounds"])
            self.overwrite_ents = bool(cfg.get("overwrite_ents", self.overwrite_ents))
        pats_file = path / "patterns.json"
        with _BUILD_LOCK:
            self._user_patterns = (
                json.loads(pats_file.read_text(encoding="utf-8")) if pats_file.exists() else []
            )
            self._matchers = None
        return self


@Language.factory(
    "pressie_entities",
    default_config={"check_token_bounds": False, "overwrite_ents": False},
    assigns=ASSIGNS["pressie_entities"],
    requires=REQUIRES["pressie_entities"],
)
def make_entities(
    nlp: Language, name: str, check_token_bounds: bool, overwrite_ents: bool
) -> EntityRecognizer:
    """spaCy factory for :class:`EntityRecognizer` (``overwrite_ents``: see its constructor)."""
    return EntityRecognizer(
        nlp, name, check_token_bounds=check_token_bounds, overwrite_ents=overwrite_ents
    )


__all__ = [
    "EntityRecognizer",
    "Lexicon",
    "Place",
    "default_lexicon",
    "detect_region",
    "release_region",
    "find_entities",
    "make_entities",
]
