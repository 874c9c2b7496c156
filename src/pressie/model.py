"""The public output model of pressie (``extraction-spec.md`` section 2).

Every offset is a Python ``str`` index into the ORIGINAL input string given to
:func:`pressie.extract`, also when that input is in traditional script.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

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
    "other",
]
EntityLabel = Literal["AGENCY", "CAMPAIGN", "PERSON", "LOCATION", "CASE"]
Script = Literal["simplified", "traditional", "mixed"]
Direction = Literal["up", "down", "flat"]
Basis = Literal["yoy", "mom", "baseline"]
SectionKind = Literal["heading", "question", "answer", "speaker", "body", "boilerplate"]


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

    start: int
    end: int
    text: str


class Entity(_Model):
    """A named agency, campaign, person, place or case (spec section 5)."""

    label: EntityLabel
    start: int
    end: int
    text: str
    canonical: str
    year: int | None = None


class Quantity(_Model):
    """A normalized numeric mention (spec section 3): ``8.1万余起`` -> 81000, over, 起."""

    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    approx: Approx = "exact"
    unit: str = ""
    kind: QuantityKind = "count"


class Period(_Model):
    """The time a figure covers, as inclusive dates (spec section 4)."""

    text: str
    start: int | None = None
    end: int | None = None
    date_start: date | None = None
    date_end: date | None = None
    inherited: bool = False


class Change(_Model):
    """A year-on-year, month-on-month or baseline change of a figure."""

    direction: Direction
    amount: Quantity | None = None
    basis: Basis = "yoy"
    baseline: Quantity | None = None
    base_period: Period | None = None


class Fact(_Model):
    """One statistic: metric, value, change, period, scope, region, campaign."""

    metric: str
    metric_spans: list[Span] = []
    value: Quantity | None = None
    change: Change | None = None
    period: Period | None = None
    scope: str | None = None
    region: str | None = None
    campaign: str | None = None
    sentence: Span


class Section(_Model):
    """A typed stretch of the document: heading, question, answer, speaker, body, boilerplate."""

    kind: SectionKind
    start: int
    end: int
    text: str
    speaker: str | None = None


class Document(_Model):
    """Everything pressie extracted from one text."""

    text: str
    title: str | None = None
    published: date | None = None
    event_date: date | None = None
    reference_date: date | None = None
    script: Script = "simplified"
    entities: list[Entity] = []
    quantities: list[Quantity] = []
    facts: list[Fact] = []
    sections: list[Section] = []


__all__ = [
    "Approx",
    "Basis",
    "Change",
    "Direction",
    "Document",
    "Entity",
    "EntityLabel",
    "Fact",
    "Period",
    "Quantity",
    "QuantityKind",
    "Script",
    "Section",
    "SectionKind",
    "Span",
]
