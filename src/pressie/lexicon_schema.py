"""Lexicons as checked data: a pydantic schema for every file in ``pressie/lexicons``.

Every lexicon file is read through :func:`read_json`, :func:`read_tsv` or
:func:`read_lines`, which check it against its schema (by file name, or the ``kind`` the
caller names for a file saved under another name) and raise :class:`LexiconError` naming
the file and the line of the first malformed entry: a missing or misspelt key, a value of
the wrong type, an empty word, a regular expression that does not compile, a TSV row with a
missing or extra column or a value outside its set.  Never a bare ``KeyError`` deep inside
a component, never a rule silently disabled by a bad entry.

The readers return the data as read (the checked models only check it), so the components
that use it are unchanged.  Line numbers of JSON entries come from
:func:`json_source_map.calculate`, run only when there is an error to report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .model import Approx, QuantityKind


class LexiconError(ValueError):
    """A lexicon file is malformed; ``path`` and ``line`` (1-based, None when the whole file
    is concerned) say where."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")


# --------------------------------------------------------------------------- value types


def _word(value: str) -> str:
    if not value or value != value.strip():
        raise ValueError("must be a non-empty word without surrounding whitespace")
    return value


def _regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"is not a valid regular expression: {exc}") from None
    return value


_PLACEHOLDER = re.compile(r"\{[A-Za-z_]+\}")


def _regex_template(value: str) -> str:
    """A regular expression with ``{name}`` placeholders the code fills in."""
    _regex(_PLACEHOLDER.sub("(?:x)", value))
    return value


def _char_class(value: str) -> str:
    """Characters placed inside ``[...]`` by the code."""
    if not value:
        raise ValueError("must name at least one character")
    _regex(f"[{value}]")
    return value


def _number(value: str) -> str:
    try:
        Decimal(value)
    except InvalidOperation:
        raise ValueError("must be a number written as a string (10000, 0.001)") from None
    return value


def _han(value: str) -> str:
    if not value or not all("\u3400" <= c <= "\u9fff" for c in value):
        raise ValueError("must be Chinese characters")
    return value


Word = Annotated[str, AfterValidator(_word)]
Regex = Annotated[str, AfterValidator(_regex)]
RegexTemplate = Annotated[str, AfterValidator(_regex_template)]
CharClass = Annotated[str, AfterValidator(_char_class)]
NumberText = Annotated[str, AfterValidator(_number)]
Char = Annotated[str, Field(min_length=1, max_length=1)]
Words = list[Word]
Range = tuple[int, int]


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class _Documented(_Schema):
    doc: str | None = Field(None, alias="_doc")


# --------------------------------------------------------------------------- JSON files


class AgencyPrefixedPattern(_Schema):
    pattern: Regex
    canonical: str
    requires: Word


class AgenciesRules(_Documented):
    departments: dict[Word, Word]
    keep_written_prefix: Words
    police_bureaus: Words
    police_stems: Words
    unit_suffixes: Words
    unit_fillers: Words
    not_agency_after: Words
    not_agency_after_exceptions: Words
    abbreviation_blockers: CharClass
    bare_bureaus: dict[Word, Word]
    office_suffixes: Words
    office_blockers: Words
    patterns: list[RegexTemplate]
    sub_bureau_blockers: CharClass
    outlet_suffixes: Words
    unit_name_blockers: CharClass
    unit_name_stop: Words
    abbreviation_local: CharClass
    abbreviation_local_before: CharClass
    ministry_bureau_blockers: CharClass
    office_unit_suffixes: Words
    office_unit_after: Words
    own_branch: Words
    sub_unit_below: dict[Word, Words]
    prefixed_patterns: list[AgencyPrefixedPattern]
    office_unit_blockers: CharClass
    ministry_unit_suffixes: Words
    ministry_bureau_blocker_words: Words
    party_organs: Words
    zone_suffixes: Words


class CampaignsRules(_Documented):
    suffixes: Words
    unquoted_suffixes: Words
    action_suffixes: Words
    middles: Words
    verbs: Words
    frames: Words
    domain_prefixes: Words
    non_campaigns: Words
    reject_core: Words
    left_patterns: list[Regex]
    max_gap_words: int
    crime_categories: Words
    drive_periods: Words


class ChangeWords(_Documented):
    up: Words
    down: Words
    flat: Words
    to_level: Words
    rate_nouns: Words
    yoy: Words
    mom: Words
    baseline: Words
    compare: Words
    glue: Words
    multiple_re: Regex
    average_words: Words


class EntityPersons(_Documented):
    titles_before: Words
    titles_after: Words
    after_words: Words
    not_names: Words
    anonymized: Regex
    common_words: Words


class LocationsRules(_Documented):
    township_suffixes: Words
    village_suffixes: Words
    name_len: Range
    name_blockers: CharClass
    stop_words: Words
    not_after: dict[Word, CharClass]
    short_county_before: Words
    list_joiners: CharClass
    short_county_stop: Words
    chain_stop: dict[Word, Words] = Field(default_factory=dict)
    national_datelines: Words = Field(default_factory=list)
    national_bodies: Words = Field(default_factory=list)
    region_bodies: dict[Word, Word] = Field(default_factory=dict)
    police_after: Words = Field(default_factory=list)
    outlet_suffixes: Words = Field(default_factory=list)
    own_level_words: dict[Word, Words] = Field(default_factory=dict)
    event_suffixes: Words = Field(default_factory=list)
    past_event_suffixes: Words = Field(default_factory=list)


class PeriodsNounModifier(_Documented):
    suffixes: Words
    verb_gap: int
    verbs: Words


class PeriodsCampaignSpan(_Documented):
    before: Words
    verbs: Words
    max_gap: int


class PeriodsDateline(_Documented):
    verbs: Words
    window: int


class PeriodsSubjectHead(_Documented):
    ends: Words
    max_len: int


class PeriodsHolidays(_Documented):
    names: dict[Word, Words]
    suffixes: Words
    anaphors: Words = Field(default_factory=list)


class PeriodsWords(_Documented):
    words: Words


class PeriodsTravel(_Documented):
    words: Words
    summer_words: Words = Field(default_factory=list)


class Periods(_Documented):
    relative_years: dict[Word, int]
    halves: dict[Word, Range]
    quarters: dict[Word, Range]
    month_parts: dict[Word, Range]
    year_parts: dict[Word, Range]
    year_part_blockers: str
    annual_words: Words
    annual_review_markers: Words
    vague: Words
    named_periods: dict[Word, tuple[date, date]]
    named_campaign_periods: dict[Word, tuple[date, date]]
    hosted_events: dict[str, Any] = Field(default_factory=dict)
    base_before: Words
    base_after: Words
    base_from_marker: str
    start_verbs: Words
    near_years_followers: str
    framing_blockers: str
    clause_boundaries: str
    event_nouns: Words
    now_words: Words
    generic_event_words: Words
    base_ratio_before: Words
    noun_modifier: PeriodsNounModifier
    campaign_span: PeriodsCampaignSpan | None = None
    dateline: PeriodsDateline | None = None
    subject_head: PeriodsSubjectHead | None = None
    case_followers: Words
    crime_event_words: PeriodsWords | None = None
    continuation_heads: PeriodsWords | None = None
    campaign_since: PeriodsWords | None = None
    reporting_month_scopes: PeriodsWords | None = None
    event_anaphors: PeriodsWords | None = None
    byline_roles: PeriodsWords | None = None
    observance_days: dict[str, Any] = Field(default_factory=dict)
    anniversaries: dict[str, Any] = Field(default_factory=dict)
    annual_report_titles: PeriodsWords | None = None
    holidays: PeriodsHolidays | None = None
    spring_travel: PeriodsTravel | None = None
    launch_verbs: PeriodsWords | None = None
    holiday_pairs: PeriodsWords | None = None
    relative_days: dict[str, Any] = Field(default_factory=dict)
    relative_months: dict[str, Any] = Field(default_factory=dict)
    stock_markers: PeriodsWords | None = None
    days_after: PeriodsWords | None = None


class RelationRules(_Documented):
    connectives: Words
    predicate_openers: Words
    adverbial_prepositions: Words
    helper_verbs: Words
    copulas: Words
    subcount: Words
    whole_verbs: Words = Field(default_factory=list)
    filler_noun_heads: dict[str, Any] = Field(default_factory=dict)
    verb_only_fillers: Words = Field(default_factory=list)
    event_heads: Words = Field(default_factory=list)
    rate_suffixes: Words
    threshold_after: Words
    threshold_before: Words
    rank_before: Words
    rank_after: Words
    inclusion_openers: Words
    measure_ends: Words
    summary_nouns: Words
    metric_cut_re: list[Regex]
    news_lead_re: list[Regex] = Field(default_factory=list)
    session_marks: Words
    session_nouns: Words
    example_nouns: Words = Field(default_factory=list)
    change_adverbs: Words = Field(default_factory=list)
    lead_adverbs: Words = Field(default_factory=list)
    money_nouns: Words = Field(default_factory=list)
    attribute_nouns: Words = Field(default_factory=list)
    place_facilities: Words = Field(default_factory=list)
    place_attributes: Words = Field(default_factory=list)
    head_ends: str = ""
    event_measures: Words = Field(default_factory=list)
    crime_topic_openers: Words = Field(default_factory=list)
    generic_objects: Words = Field(default_factory=list)
    trend_predicates: Words = Field(default_factory=list)
    record_verbs: Words = Field(default_factory=list)
    counted_topics: Words = Field(default_factory=list)
    bound_conjunctions: Words = Field(default_factory=list)
    duration_cues: Words
    metric_trailers: Words
    predicate_fillers: Words
    not_predicate: Words
    list_separators: str
    clause_separators: str
    frequency_units: Words
    trailer_words: Words
    cap_markers: Words
    future_markers: Words
    structural_units: Words
    subject_pronouns: Words
    number_modifiers: Words
    anaphors: Words
    place_nouns: Words
    locating_verbs: Words
    plan_markers: Words
    plan_blockers: Words
    threshold_comparatives: Words
    plan_marker_not_after: Words


class ScopePatterns(_Documented):
    national: Words
    own_region: Words
    heads: Words
    prefixes: Words
    anaphoric_bodies: Words


class Structure(_Documented):
    header_keywords: Words
    date_keywords: Words
    breadcrumb_re: Regex
    breadcrumb_separators: str
    page_chrome_words: Words
    page_chrome_max_len: int
    page_chrome_alone_len: int
    menu_min_items: int = 5
    menu_item_max_len: int = 8
    footer_markers_re: Regex
    footer_marker_max_len: int
    footer_words: Words
    footer_short_len: int
    boilerplate_line_re: list[Regex]
    news_byline_re: list[Regex] = Field(default_factory=list)
    question_re: list[Regex]
    answer_re: list[Regex]
    reported_answer_re: Regex
    speech_verbs: Words
    role_labels: Words
    titles: Words
    surnames_single: str
    surnames_double: Words
    not_names: Words
    event_verbs: Words
    event_verbs_after_noun: Words
    event_nouns: Words
    news_dateline_re: Regex
    event_search_paragraphs: int
    announce_verbs: Words
    announce_learned_verbs: Words
    relative_days: dict[Word, int]
    announce_not_between: Words
    announce_window_days: int
    enumeration_re: Regex
    heading_max_len: int
    inline_heading_max_len: int
    title_min_han: int
    title_max_len: int
    title_search_paragraphs: int
    header_max_len: int
    duplicate_min_key: int
    duplicate_min_chars: int
    duplicate_max_gap: int
    duplicate_gap_len: int
    related_news_markers: Words = Field(default_factory=list)
    statistics_line_min_len: int = 80
    placeholder_dates: list[str] = Field(default_factory=list)


class UnitEntry(_Schema):
    unit: Word
    kind: QuantityKind
    mult: NumberText | None = None


class UnitQualifiers(_Schema):
    before: dict[Word, Approx]
    inside: dict[Word, Approx]
    after: dict[Word, Approx]


class UnitVague(_Schema):
    prefixes: Words
    magnitudes: dict[Word, NumberText]


class UnitContext(_Documented):
    rank_before: Words
    name_open: Words
    date_after_year: Words
    frame_after: Words
    frame_before: Words
    threshold_ok_after: Words
    id_after_bare: Words
    scope_heads: Words
    category_before: Words
    enumeration_marks: Words
    small_cn_max: int
    chrome_before: Words
    chrome_after: Words = Field(default_factory=list)
    discourse_after: Words
    one_item_not_after: Words = Field(default_factory=list)
    one_item_units: Words = Field(default_factory=list)
    demonstratives_before: Words = Field(default_factory=list)
    campaign_after: Words
    place_heads: Words
    coordination_before: Words
    number_names: Words
    id_window_bare: Words
    measured_before: Words
    length_frame_before: Words = Field(default_factory=list)
    length_locating_after: Words = Field(default_factory=list)
    conversion_in_paren: Words = Field(default_factory=list)
    day_before_small: Words = Field(default_factory=list)
    unit_names_before: dict[str, Words] = Field(default_factory=dict)


class UnitMagnitudeNumerals(_Documented):
    reach: dict[Word, Approx]
    not_after: Words


class Units(_Documented):
    units: dict[Word, UnitEntry]
    big: dict[Word, NumberText]
    big_not_before: dict[Word, Words]
    qualifiers: UnitQualifiers
    vague: UnitVague
    range_separators: Words
    percent_words: dict[Word, QuantityKind]
    fraction_words: dict[str, Any] = Field(default_factory=dict)
    context: UnitContext
    unit_not_before: dict[Word, Words]
    magnitude_numerals: UnitMagnitudeNumerals


#: the schema of each JSON lexicon, by file name
JSON_SCHEMAS: dict[str, type[BaseModel]] = {
    "agencies_rules.json": AgenciesRules,
    "campaigns_rules.json": CampaignsRules,
    "change_words.json": ChangeWords,
    "entity_persons.json": EntityPersons,
    "locations_rules.json": LocationsRules,
    "periods.json": Periods,
    "relation_rules.json": RelationRules,
    "scope_patterns.json": ScopePatterns,
    "structure.json": Structure,
    "units.json": Units,
}


# --------------------------------------------------------------------------- TSV files


class LocationRow(_Schema):
    name: Word
    short: str
    level: Literal["province", "prefecture", "county"]
    parent: str
    adcode: Annotated[str, Field(pattern=r"^([0-9]{6})?$")]  # empty: no code (台湾省)


class WorldLocationRow(_Schema):
    name: Word
    full: str
    continent: Word


class ForeignPlaceRow(_Schema):
    name: Word
    canonical: Word
    kind: Literal["city", "country", "region"]


class RegionRow(_Schema):
    name: Word
    canonical: Word


class AliasRow(_Schema):
    alias: Word
    name: Word


class AgencyRow(_Schema):
    canonical: Word
    aliases: str
    units: Literal["", "yes"]


class CampaignRow(_Schema):
    name: Word
    mode: Literal["any", "marked"]
    aliases: str


class CharVariantRow(_Schema):
    variant: Char
    standard: Char


#: the row schema of each TSV lexicon (first non-comment line: the column names)
TSV_SCHEMAS: dict[str, type[BaseModel]] = {
    "locations.tsv": LocationRow,
    "locations_world.tsv": WorldLocationRow,
    "foreign_places.tsv": ForeignPlaceRow,
    "locations_regions.tsv": RegionRow,
    "locations_aliases.tsv": AliasRow,
    "agencies.tsv": AgencyRow,
    "campaigns.tsv": CampaignRow,
    "entity_char_variants.tsv": CharVariantRow,
}


# --------------------------------------------------------------------------- line lists

_NO_SPACE = re.compile(r"\S+")

#: what one line of each list lexicon must be (others: one word without whitespace)
LIST_ENTRIES: dict[str, tuple[Callable[[str], bool], str]] = {
    "entity_surnames.txt": (
        lambda s: 1 <= len(s) <= 2 and bool(_han_ok(s)),
        "a surname of one or two Chinese characters",
    ),
}


def _han_ok(value: str) -> bool:
    try:
        _han(value)
    except ValueError:
        return False
    return True


# --------------------------------------------------------------------------- readers


def _kind(path: Path, kind: str | None, known: dict[str, Any]) -> str | None:
    name = kind or path.name
    return name if name in known else None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise LexiconError(path, None, f"not UTF-8 text ({exc.reason})") from None


def _pointer(loc: tuple[Any, ...]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in loc)


def _json_line(text: str, loc: tuple[Any, ...]) -> int | None:
    """The line of the entry at ``loc`` (a pydantic error location) in the JSON ``text``:
    its key's line for an object member, its value's line otherwise; for a missing key, the
    line of the object that lacks it."""
    from json_source_map import calculate

    entries = calculate(text)
    # pydantic locations name the model field, which for ``_doc`` is its alias already
    parts = [p for p in loc if not (isinstance(p, str) and p.startswith("function-"))]
    while True:
        entry = entries.get(_pointer(tuple(parts)))
        if entry is not None:
            where = entry.key_start or entry.value_start
            return where.line + 1
        if not parts:
            return None
        parts.pop()


def read_json(path: Path | str, kind: str | None = None) -> Any:
    """The JSON lexicon at ``path``, checked against its schema (by file name, or ``kind``:
    the packaged file name it stands for, ``"units.json"`` ...).

    Raises:
        LexiconError: for a file that is no JSON or breaks its schema, naming the line.
    """
    path = Path(path)
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LexiconError(path, exc.lineno, f"not valid JSON: {exc.msg}") from None
    name = _kind(path, kind, JSON_SCHEMAS)
    if name is not None:
        try:
            JSON_SCHEMAS[name].model_validate(data)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = tuple(err["loc"])
            where = ".".join(str(p) for p in loc) or "(top level)"
            more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
            raise LexiconError(
                path, _json_line(text, loc), f"{where}: {err['msg']}{more}"
            ) from None
    return data


def read_tsv(path: Path | str, kind: str | None = None) -> list[dict[str, str]]:
    """The rows of the TSV lexicon at ``path`` as dicts (``#`` comment lines and empty
    lines skipped, the first other line names the columns), each checked against the row
    schema (by file name, or ``kind``).

    Raises:
        LexiconError: for a row with missing or extra columns or a bad value, naming its line.
    """
    path = Path(path)
    numbered = [
        (i, ln)
        for i, ln in enumerate(_read_text(path).splitlines(), 1)
        if ln and not ln.startswith("#")
    ]
    if not numbered:
        raise LexiconError(path, None, "no header line")
    header = numbered[0][1].split("\t")
    name = _kind(path, kind, TSV_SCHEMAS)
    schema = TSV_SCHEMAS[name] if name is not None else None
    if schema is not None and header != list(schema.model_fields):
        raise LexiconError(
            path,
            numbered[0][0],
            f"columns {header}, expected {list(schema.model_fields)}",
        )
    rows: list[dict[str, str]] = []
    for lineno, line in numbered[1:]:
        values = line.split("\t")  # as csv with QUOTE_NONE reads a tab-separated line
        if len(values) != len(header):
            raise LexiconError(
                path, lineno, f"{len(values)} columns, expected {len(header)} ({header})"
            )
        rows.append(dict(zip(header, values)))
    if schema is not None:
        try:  # all rows in one validation call (pydantic-core), then the first bad one
            _row_list(schema).validate_python(rows)
        except ValidationError as exc:
            err = exc.errors()[0]
            index, *field = err["loc"]
            lineno = numbered[1 + int(index)][0]
            where = ".".join(str(p) for p in field)
            raise LexiconError(path, lineno, f"{where}: {err['msg']}") from None
    return rows


@cache
def _row_list(schema: type[BaseModel]) -> TypeAdapter[list[Any]]:
    return TypeAdapter(list[schema])  # type: ignore[valid-type]


def read_lines(path: Path | str, kind: str | None = None) -> list[str]:
    """The entries of a list lexicon: non-empty lines, stripped, without ``#`` comment
    lines; each must be one word without whitespace (or what :data:`LIST_ENTRIES` says for
    the file).

    Raises:
        LexiconError: for a malformed entry, naming its line.
    """
    path = Path(path)
    check, what = LIST_ENTRIES.get(
        kind or path.name, (lambda s: _NO_SPACE.fullmatch(s) is not None, "one word")
    )
    out = []
    for lineno, line in enumerate(_read_text(path).splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if not check(line):
            raise LexiconError(path, lineno, f"{line!r} is not {what}")
        out.append(line)
    return out


def check_folder(folder: Path | str) -> list[str]:
    """Check every lexicon file of ``folder`` that has a schema; return the names checked.

    Raises:
        LexiconError: at the first malformed file.
    """
    folder = Path(folder)
    checked = []
    for path in sorted(folder.iterdir()):
        if path.name in JSON_SCHEMAS:
            read_json(path)
        elif path.name in TSV_SCHEMAS:
            read_tsv(path)
        elif path.suffix == ".txt":
            read_lines(path)
        else:
            continue
        checked.append(path.name)
    return checked


__all__ = [
    "JSON_SCHEMAS",
    "LexiconError",
    "TSV_SCHEMAS",
    "check_folder",
    "read_json",
    "read_lines",
    "read_tsv",
]
