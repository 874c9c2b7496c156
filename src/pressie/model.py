"""The public output model of pressie (``extraction-spec.md`` section 2).

Every offset is a Python ``str`` index into the ORIGINAL input string given to
:func:`pressie.extract`, also when that input is in traditional script.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Approx = Literal["exact", "over", "nearly", "about", "under", "at_least", "range", "vague"]
QuantityKind = Literal[
    "count",
    "money",
    "percent",
    "permille",
    "points",
    "multiple",
    "weight",
    "duration",
    "data",
    "ratio",
    "length",
    "other",
]
EntityLabel = Literal["AGENCY", "CAMPAIGN", "PERSON", "LOCATION", "CASE"]
Script = Literal["simplified", "traditional", "mixed"]
Direction = Literal["up", "down", "flat"]
Basis = Literal["yoy", "mom", "baseline"]
SectionKind = Literal["heading", "question", "answer", "speaker", "body", "boilerplate"]
FindingKind = Literal["change", "parts", "over_100", "restated", "implied_level"]
Severity = Literal["error", "warning"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


_M = TypeVar("_M", bound=_Model)


_new = object.__new__
_set = object.__setattr__


_ALL_FIELDS: dict[type, set[str]] = {}


def all_fields_set(cls: type) -> set[str]:
    """One ``set`` of every field name of model class ``cls``, shared by its instances.

    pydantic keeps a ``model_fields_set`` per instance (a set of 5-9 names takes 216-728
    bytes, as much as the rest of a small model); every model built with all its fields
    given shares this one.  pydantic only ever adds field names to an instance's set (on
    assignment) and copies it for ``model_copy``, so a set that already names every field
    never changes.
    """
    full = _ALL_FIELDS.get(cls)
    if full is None:
        full = _ALL_FIELDS.setdefault(cls, set(cls.model_fields))  # type: ignore[attr-defined]
    return full


def _construct(cls: type[_M], fields: dict[str, Any], fields_set: set[str]) -> _M:
    """``cls(**fields)`` without validation, for ``fields`` already of their fields' types.

    ``fields`` must name every field of ``cls`` (defaults included) with a value pydantic's
    validation would return unchanged; ``fields_set`` is the set of names the caller would
    have passed to ``cls(...)`` (when that is every field, the model gets the shared set of
    :func:`all_fields_set`).  Gives the same model several times faster.
    """
    m = _new(cls)
    full = _ALL_FIELDS.get(cls) or all_fields_set(cls)
    _set(m, "__dict__", fields)
    _set(m, "__pydantic_extra__", None)
    _set(m, "__pydantic_fields_set__", full if fields_set == full else fields_set)
    _set(m, "__pydantic_private__", None)
    return m


class Span(_Model):
    """A piece of the original text: ``text == original[start:end]``."""

    start: int = Field(description="Start offset (Python str index) into the original input.")
    end: int = Field(description="End offset (exclusive) into the original input.")
    text: str = Field(description="The original text between start and end, as written.")


class Entity(_Model):
    """A named agency, campaign, person, place or case (spec section 5)."""

    label: EntityLabel = Field(description="AGENCY, CAMPAIGN, PERSON, LOCATION or CASE.")
    start: int = Field(description="Start offset into the original input.")
    end: int = Field(description="End offset (exclusive) into the original input.")
    text: str = Field(description="The surface as written (may be traditional script).")
    canonical: str = Field(
        description="Normalized name in simplified script: the full official name of a place "
        "or agency (河南 -> 河南省), a campaign's core name without quotes, suffix or year "
        "(“云剑-2020”专项行动 -> 云剑)."
    )
    year: int | None = Field(
        None, description="CAMPAIGN only: the year in its name (云剑-2020, 天目-20 -> 2020)."
    )


class Quantity(_Model):
    """A normalized numeric mention (spec section 3): ``8.1万余起`` -> 81000, over, 起."""

    start: int = Field(description="Start offset into the original input.")
    end: int = Field(description="End offset (exclusive) into the original input.")
    text: str = Field(description="The mention as written, e.g. 8.1万余起.")
    value: float = Field(
        description="The normalized number in the canonical unit: 8.1万余起 -> 81000, "
        "3000余万元 -> 30000000, 18.62公斤 -> 18.62 (kg); the lower bound of a range."
    )
    value_max: float | None = Field(
        None, description="Ranges only: the upper bound (20年至30年 -> 20, value_max 30)."
    )
    approx: Approx = Field(
        "exact",
        description="Qualifier: exact; over (余, 多, 超过); nearly (近); about (约); under "
        "(不足); at_least (以上); range (X至Y); vague (数万).",
    )
    unit: str = Field(
        "",
        description="Canonical unit: the classifier as written in simplified script for "
        "counts (起, 名, 人次), 元 for money, %, ‰, pp (个百分点), 倍, kg, km, TB; "
        "'' when none.",
    )
    kind: QuantityKind = Field(
        "count",
        description="What the number measures (one of the values of the type); other: "
        "dates, identifiers, list markers and the like, never a fact's value.",
    )


class Period(_Model):
    """The time a figure covers, as inclusive dates (spec section 4)."""

    text: str = Field(description="The period expression as written (今年1至4月, 2020年).")
    start: int | None = Field(
        None, description="Start offset of the expression; None when inherited from context."
    )
    end: int | None = Field(
        None, description="End offset (exclusive) of the expression; None when inherited."
    )
    date_start: date | None = Field(
        None, description="First day covered (inclusive); None when the text does not say."
    )
    date_end: date | None = Field(
        None, description="Last day covered (inclusive); None when the text does not say."
    )
    inherited: bool = Field(
        False,
        description="True when the period comes from an earlier sentence, paragraph opening "
        "or heading rather than the fact's own clause.",
    )


class Change(_Model):
    """A year-on-year, month-on-month or baseline change of a figure."""

    direction: Direction = Field(description="up, down or flat.")
    amount: Quantity | None = Field(
        None, description="How much it changed: 14.2%, 9.1个百分点 (pp), 2倍, 多破1712起."
    )
    basis: Basis = Field(
        "yoy",
        description="yoy (同比), mom (环比) or baseline (compared with a stated level or "
        "period: 较去年(1469起), 比2019年).",
    )
    baseline: Quantity | None = Field(
        None, description="The compared-to level when written: 较去年(1469起) -> 1469起."
    )
    base_period: Period | None = Field(
        None, description="The compared-to period when written: 较2019年, 同比2018年."
    )


class Fact(_Model):
    """One statistic: metric, value, change, period, scope, region, campaign."""

    metric: str = Field(
        description="What was measured, with its action verb, without scope, period, number "
        "and filler adverbs: 破获各类刑事案件."
    )
    metric_key: str | None = Field(
        None,
        description="Canonical key of the metric (pressie.metric_key): the same statistic "
        "worded with synonym verbs or in traditional script gets the same key.",
    )
    metric_spans: list[Span] = Field(
        [], description="Where the metric's pieces stand in the text (several when joined)."
    )
    value: Quantity | None = Field(
        None, description="The level; None when only a change is given (下降9.1个百分点)."
    )
    change: Change | None = Field(
        None, description="The year-on-year, month-on-month or baseline change, if written."
    )
    period: Period | None = Field(None, description="The time the figure covers.")
    scope: str | None = Field(
        None, description="The reporting body or area as written: 全区公安机关, 全省, 全国."
    )
    region: str | None = Field(
        None,
        description="The scope normalized to a full place name: 全国 -> 中国; 全区 in an "
        "Inner Mongolia release -> 内蒙古自治区.",
    )
    campaign: str | None = Field(
        None, description="Canonical name of the campaign the figure is reported under."
    )
    sentence: Span = Field(description="The sentence the fact stands in.")


class Section(_Model):
    """A typed stretch of the document: heading, question, answer, speaker, body, boilerplate."""

    kind: SectionKind = Field(
        description="heading, question, answer, speaker, body or boilerplate (page chrome; "
        "never yields facts)."
    )
    start: int = Field(description="Start offset into the original input.")
    end: int = Field(description="End offset (exclusive) into the original input.")
    text: str = Field(description="The section's text as written.")
    speaker: str | None = Field(
        None, description="Who speaks in a question or answer, when the transcript says."
    )


class Finding(_Model):
    """A consistency problem among a document's figures (:func:`pressie.check`).

    ``facts`` are indexes into :attr:`Document.facts` (the fact checked first), ``spans``
    the figures involved as written; ``expected`` is what the other figures imply (with the
    rounding their written precision allows), ``written`` what the text says.
    """

    kind: FindingKind = Field(
        description="change (level/baseline/amount/percentage), parts (其中/分别 vs total), "
        "over_100 (a share above 100%), restated (a figure restated with another value), "
        "implied_level (a change contradicting a level stated elsewhere)."
    )
    severity: Severity = Field(
        description="error: the figures cannot all be right; warning: probably not."
    )
    facts: list[int] = Field(
        description="Indexes into Document.facts of the facts involved (the checked one first)."
    )
    spans: list[Span] = Field(description="The figures involved, as written in the text.")
    expected: str = Field(description="What the other figures imply, as text.")
    written: str = Field(description="What the text says instead.")
    expected_low: float | None = Field(
        None, description="Lower end of the implied value (rounding of the written precision)."
    )
    expected_high: float | None = Field(
        None, description="Upper end of the implied value (rounding of the written precision)."
    )
    message: str = Field(description="A one-line explanation for people.")


class Document(_Model):
    """Everything pressie extracted from one text."""

    text: str = Field(description="The input, unchanged; every offset indexes this string.")
    title: str | None = Field(None, description="The release's title, when it has one.")
    published: date | None = Field(
        None,
        description="Publication date: the caller's published= argument, else the header "
        "(发布日期/时间/来源 lines).",
    )
    event_date: date | None = Field(
        None, description="When the conference or briefing was held (9月17日在京举行新闻发布会)."
    )
    reference_date: date | None = Field(
        None,
        description="What 今年/去年/以来 resolve against: event_date, else published.",
    )
    script: Script = Field(
        "simplified", description="simplified, traditional or mixed: the script of the input."
    )
    entities: list[Entity] = Field(
        [], description="Agencies, campaigns, persons, places and named cases, in text order."
    )
    quantities: list[Quantity] = Field(
        [], description="Every normalized numeric mention the pipeline recognized."
    )
    facts: list[Fact] = Field([], description="The statistics, in text order.")
    sections: list[Section] = Field(
        [], description="Headings, questions, answers, speakers, body and boilerplate."
    )
    findings: list[Finding] | None = Field(
        None,
        description="Consistency findings; None until asked for (pressie.with_findings).",
    )


__all__ = [
    "Approx",
    "Basis",
    "Change",
    "Direction",
    "Document",
    "Entity",
    "EntityLabel",
    "Fact",
    "Finding",
    "FindingKind",
    "Period",
    "Quantity",
    "QuantityKind",
    "Script",
    "Section",
    "SectionKind",
    "Severity",
    "Span",
]
